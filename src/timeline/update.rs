//! Adding extracted sources and events to a timeline file that a person may have edited.
//!
//! The file is the user's: it is never re-serialised. New entries are inserted as text at the
//! end of the `sources:` and `events:` lists, in the list's own indentation and line endings,
//! so every existing byte (comments, quoting, order, blank lines) stays as it was. The result
//! is parsed again and must equal the old timeline plus the new entries, else nothing is
//! returned.
//!
//! Which extracted events are new is decided by [`is_known`]: an event whose id is already in
//! the file, whatever its `review` (so a `rejected` event never comes back), or one read from
//! the same sentence of the same source with the same date (so changing an event's title by
//! hand does not make the extractor add it again). Deleted events are not remembered: to keep
//! an extracted event out for good, set `review: rejected` instead of deleting it.

use std::fmt;

use super::model::{Event, Source, Timeline};

/// Why new entries could not be added to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateError {
    /// The file is not a timeline that serde can read.
    Unreadable(String),
    /// `key:` holds a flow list (`[...]`) with entries, which cannot be extended as text.
    FlowList { key: &'static str, line: usize },
    /// The updated text would not read back as the old timeline plus the new entries.
    RoundTrip,
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(e) => write!(f, "{e}"),
            Self::FlowList { key, line } => write!(
                f,
                "line {line}: `{key}:` is a flow list ([...]); write it as a block list \
                 (one `- ` entry per line) so that new entries can be appended"
            ),
            Self::RoundTrip => f.write_str(
                "appending the new entries would change existing ones; the file was left as it was",
            ),
        }
    }
}

impl std::error::Error for UpdateError {}

/// Whether `existing` already holds `event`: the same id, or the same first sentence of the
/// same source with the same date.
#[must_use]
pub fn is_known(existing: &Timeline, event: &Event) -> bool {
    let first_sentence = |e: &Event| {
        e.mentions
            .first()
            .map(|m| (m.source.clone(), m.start, m.end))
    };
    existing.events.iter().any(|known| {
        known.id == event.id
            || (known.date == event.date
                && first_sentence(known).is_some()
                && first_sentence(known) == first_sentence(event))
    })
}

/// A new timeline file: a comment on how to edit it, then the timeline.
#[must_use]
pub fn new_file(timeline: &Timeline) -> String {
    let mut out = String::from(
        "# Extracted by `timeliner extract`; edit freely. Re-running extract only appends new\n\
         # events: your edits and comments stay. To drop an event for good, set `review: rejected`\n\
         # (a deleted event comes back on the next extraction); `review: confirmed` marks it checked.\n",
    );
    out.push_str(&serde_yaml::to_string(timeline).unwrap_or_default());
    out
}

/// The YAML entries `items` as list items at `indent`, with `newline` line endings.
fn list_items<T: serde::Serialize>(items: &[T], indent: usize, newline: &str) -> String {
    let yaml = serde_yaml::to_string(items).unwrap_or_default();
    let pad = " ".repeat(indent);
    yaml.lines()
        .map(|line| format!("{pad}{line}{newline}"))
        .collect()
}

/// `existing` with `sources` and `events` appended to its lists as text.
///
/// # Errors
/// [`UpdateError`] when the file does not parse, holds a list in flow style, or the result
/// would not read back as the old timeline plus the new entries.
pub fn append(existing: &str, sources: &[Source], events: &[Event]) -> Result<String, UpdateError> {
    let before: Timeline =
        serde_yaml::from_str(existing).map_err(|e| UpdateError::Unreadable(e.to_string()))?;
    // Refuse before changing anything, so that line numbers are those of the user's file.
    for (key, adding) in [
        ("sources", !sources.is_empty()),
        ("events", !events.is_empty()),
    ] {
        if adding {
            check_extensible(existing, key)?;
        }
    }
    let newline = if existing.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut text = existing.to_string();
    if !sources.is_empty() {
        text = insert_items(&text, "sources", sources, newline, Some("events"))?;
    }
    if !events.is_empty() {
        text = insert_items(&text, "events", events, newline, None)?;
    }
    let after: Timeline = serde_yaml::from_str(&text).map_err(|_| UpdateError::RoundTrip)?;
    let mut expected = before;
    expected.sources.extend_from_slice(sources);
    expected.events.extend_from_slice(events);
    if after == expected {
        Ok(text)
    } else {
        Err(UpdateError::RoundTrip)
    }
}

/// A line of the file: its byte range without the line ending, and the offset after it.
struct Line {
    start: usize,
    end: usize,
    next: usize,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let next = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
        let end = if text[start..next].ends_with("\r\n") {
            next - 2
        } else if text[start..next].ends_with('\n') {
            next - 1
        } else {
            next
        };
        out.push(Line { start, end, next });
        start = next;
    }
    out
}

/// The key of a top-level mapping line (`events:` → `events`).
fn top_level_key(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if first.is_whitespace() || matches!(first, '#' | '-' | '.') {
        return None;
    }
    let (key, _) = line.split_once(':')?;
    let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
    key.chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        .then_some(key)
}

/// What follows `key:` on its line, without a trailing comment.
fn inline_value(line: &str) -> &str {
    let after = line.split_once(':').map_or("", |(_, v)| v);
    let value = after.find(" #").map_or(after, |i| &after[..i]);
    value.trim()
}

/// `key:` is absent, a block list, or an empty flow list: something text can be added to.
fn check_extensible(text: &str, key: &'static str) -> Result<(), UpdateError> {
    for (n, line) in lines(text).iter().enumerate() {
        let content = &text[line.start..line.end];
        if top_level_key(content) == Some(key) && !matches!(inline_value(content), "" | "[]") {
            return Err(UpdateError::FlowList { key, line: n + 1 });
        }
    }
    Ok(())
}

/// Inserts `items` at the end of the top-level list `key`. When the file has no such key, the
/// list is added before the key `before` if present, else at the end.
fn insert_items<T: serde::Serialize>(
    text: &str,
    key: &'static str,
    items: &[T],
    newline: &str,
    before: Option<&str>,
) -> Result<String, UpdateError> {
    let all = lines(text);
    let key_line = all
        .iter()
        .position(|l| top_level_key(&text[l.start..l.end]) == Some(key));
    let Some(k) = key_line else {
        let block = format!("{key}:{newline}{}", list_items(items, 2, newline));
        let at = before
            .and_then(|b| {
                all.iter()
                    .find(|l| top_level_key(&text[l.start..l.end]) == Some(b))
            })
            .map(|l| l.start);
        return Ok(match at {
            Some(at) => format!("{}{block}{}", &text[..at], &text[at..]),
            None => format!("{}{}{block}", text, ending_if_missing(text, newline)),
        });
    };
    let key_text = &text[all[k].start..all[k].end];
    let mut text = text.to_string();
    let value = inline_value(key_text);
    let mut insert_at = all[k].next;
    let mut indent = None;
    match value {
        "" => {
            let region_end = all[k + 1..]
                .iter()
                .position(|l| top_level_key(&text[l.start..l.end]).is_some())
                .map_or(all.len(), |p| k + 1 + p);
            for line in &all[k + 1..region_end] {
                let content = &text[line.start..line.end];
                let trimmed = content.trim_start();
                if indent.is_none() && (trimmed.starts_with("- ") || trimmed == "-") {
                    indent = Some(content.len() - trimmed.len());
                }
                // Comments at column 0 after the list belong to what follows it.
                let belongs = !trimmed.is_empty() && !content.starts_with('#');
                if belongs {
                    insert_at = line.next;
                }
            }
        }
        "[]" => {
            // An empty flow list becomes a block list: only `[]` is removed from that line.
            let line = &all[k];
            let bracket = text[line.start..line.end]
                .find("[]")
                .map(|i| line.start + i);
            if let Some(b) = bracket {
                let head = text[line.start..b].trim_end().len() + line.start;
                text.replace_range(head..b + 2, "");
                insert_at = all[k].next - (b + 2 - head);
            }
        }
        _ => {
            return Err(UpdateError::FlowList { key, line: k + 1 });
        }
    }
    let prefix = ending_if_missing(&text[..insert_at], newline);
    let block = list_items(items, indent.unwrap_or(2), newline);
    text.insert_str(insert_at, &format!("{prefix}{block}"));
    Ok(text)
}

/// A line ending if `text` does not end with one, so that appended lines start a new line.
fn ending_if_missing<'n>(text: &str, newline: &'n str) -> &'n str {
    if text.is_empty() || text.ends_with('\n') {
        ""
    } else {
        newline
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::date::TimelineDate;
    use crate::timeline::{Review, Status};

    fn event(id: &str) -> Event {
        Event {
            id: id.into(),
            date: TimelineDate::year(2019),
            end: None,
            title: "Talks break down".into(),
            description: None,
            status: Status::Happened,
            lane: None,
            tags: Vec::new(),
            source: None,
            quote: None,
            review: Review::Draft,
            mentions: Vec::new(),
        }
    }

    #[test]
    fn appends_in_the_lists_own_indentation_and_keeps_what_follows() {
        let file = "title: T   # mine\nevents:\n    - id: a\n      date: 2020\n      title: A\n\n# about the chart\nchart:\n  width: 800\n";
        let out = append(file, &[], &[event("b")]).unwrap();
        assert_eq!(
            out,
            "title: T   # mine\nevents:\n    - id: a\n      date: 2020\n      title: A\n    - id: b\n      date: '2019'\n      title: Talks break down\n\n# about the chart\nchart:\n  width: 800\n"
        );
    }

    #[test]
    fn empty_flow_list_and_missing_lists_and_crlf() {
        assert_eq!(
            append("title: T\nevents: [] # none yet\n", &[], &[event("b")]).unwrap(),
            "title: T\nevents: # none yet\n  - id: b\n    date: '2019'\n    title: Talks break down\n"
        );
        assert_eq!(
            append("title: T", &[], &[event("b")]).unwrap(),
            "title: T\nevents:\n  - id: b\n    date: '2019'\n    title: Talks break down\n"
        );
        assert_eq!(
            append(
                "title: T\r\nevents:\r\n- id: a\r\n  date: 2020\r\n  title: A\r\n",
                &[],
                &[event("b")]
            )
            .unwrap(),
            "title: T\r\nevents:\r\n- id: a\r\n  date: 2020\r\n  title: A\r\n- id: b\r\n  date: '2019'\r\n  title: Talks break down\r\n"
        );
        let source = Source {
            id: "s".into(),
            title: "S".into(),
            ..Source::default()
        };
        assert_eq!(
            append("title: T\nevents: []\n", &[source], &[]).unwrap(),
            "title: T\nsources:\n  - id: s\n    title: S\nevents: []\n"
        );
    }

    #[test]
    fn flow_lists_with_entries_are_refused() {
        let err = append(
            "title: T\nevents: [{id: a, date: 2020, title: A}]\n",
            &[],
            &[event("b")],
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 2: `events:` is a flow list ([...]); write it as a block list (one `- ` entry per line) so that new entries can be appended"
        );
    }

    #[test]
    fn known_events_by_id_or_by_sentence_and_date() {
        let mut timeline: Timeline = serde_yaml::from_str("title: T\n").unwrap();
        let mut rejected = event("a");
        rejected.review = Review::Rejected;
        timeline.events.push(rejected);
        assert!(is_known(&timeline, &event("a")));
        assert!(!is_known(&timeline, &event("b")));
    }
}
