//! Mentions added, as text, to events a file holds: the sentences of a new source that tell
//! an event again go at the end of its `mentions:` list (made when it has none), in the list's
//! own indentation, and a month the extractor gave takes the day a new source tells. Only an
//! event written as a block mapping (`- id: ...` then its keys, one a line) can be extended;
//! one in flow style (`- {id: a, ...}`) is left out of joining.

use super::{Join, Line, UpdateError, inline_value, lines, list_items, top_level_key};
use crate::timeline::outline::{Outline, Segment};

/// Where the event at one position of the `events:` list is written.
struct Entry {
    /// Its lines (0-based, end exclusive), up to the next event or the end of the list.
    lines: std::ops::Range<usize>,
    /// The column of its keys (0-based).
    keys: usize,
    /// Its `mentions:` key: the line and column, when it has one.
    mentions: Option<(usize, usize)>,
    /// Its `date:` line.
    date: usize,
    /// Its `status:` line, when it has one.
    status: Option<usize>,
    /// Its `title:` line.
    title: usize,
}

/// Which of the file's `count` events can take mentions as text: the line of the `title:`
/// key (0-based) of each that can.
pub(super) fn editable(text: &str, count: usize) -> Vec<Option<usize>> {
    let outline = Outline::new(text);
    let all = lines(text);
    (0..count)
        .map(|i| entry(text, &all, &outline, i).map(|entry| entry.title))
        .collect()
}

/// `text` with each join's mentions (and day) written into its event.
pub(super) fn apply(text: &str, joins: &[Join], newline: &str) -> Result<String, UpdateError> {
    let outline = Outline::new(text);
    let all = lines(text);
    // Each edit as (offset, bytes removed, text inserted), applied from the last so that the
    // offsets of earlier ones stay right.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for join in joins {
        let entry = entry(text, &all, &outline, join.entry).ok_or(UpdateError::RoundTrip)?;
        if let Some(date) = &join.date {
            let line = &all[entry.date];
            let content = &text[line.start..line.end];
            let (at, len) = value_of(content, "date").ok_or(UpdateError::RoundTrip)?;
            edits.push((line.start + at, len, scalar(&date.to_string())));
        }
        // Without a `status:` line the event is `happened` already.
        if let (Some(status), Some(n)) = (&join.status, entry.status) {
            let line = &all[n];
            let content = &text[line.start..line.end];
            let (at, len) = value_of(content, "status").ok_or(UpdateError::RoundTrip)?;
            edits.push((line.start + at, len, scalar(status)));
        }
        if let Some(title) = &join.title {
            let line = &all[entry.title];
            let content = &text[line.start..line.end];
            let (at, len) = value_of(content, "title").ok_or(UpdateError::RoundTrip)?;
            edits.push((line.start + at, len, scalar(title)));
        }
        edits.push(mentions_edit(text, &all, &entry, join, newline)?);
    }
    edits.sort_by_key(|&(at, _, _)| std::cmp::Reverse(at));
    let mut text = text.to_string();
    for (at, removed, inserted) in edits {
        text.replace_range(at..at + removed, &inserted);
    }
    Ok(text)
}

/// The edit that lists `join`'s mentions after the event's own.
fn mentions_edit(
    text: &str,
    all: &[Line],
    entry: &Entry,
    join: &Join,
    newline: &str,
) -> Result<(usize, usize, String), UpdateError> {
    let Some((key_line, column)) = entry.mentions else {
        // No list yet: one is made after the event's last line of its own.
        let after = last_content(text, all, entry.lines.clone()).unwrap_or(entry.lines.start);
        let at = all[after].next;
        let block = format!(
            "{}{}mentions:{newline}{}",
            ending(text, at, newline),
            " ".repeat(entry.keys),
            list_items(&join.mentions, entry.keys, newline)
        );
        return Ok((at, 0, block));
    };
    let line = &all[key_line];
    let content = &text[line.start..line.end];
    if inline_value(content) == "[]" {
        // An empty flow list becomes a block list, as `events: []` does.
        let bracket = content.find("[]").ok_or(UpdateError::RoundTrip)?;
        let head = content[..bracket].trim_end().len();
        let tail = &content[bracket + 2..];
        let block = list_items(&join.mentions, column, newline);
        let replaced = format!("{tail}{newline}{block}");
        return Ok((line.start + head, line.next - line.start - head, replaced));
    }
    // The list runs on while lines are deeper than its key, or items at the key's column.
    let end = (key_line + 1..entry.lines.end)
        .find(|&n| {
            let content = &text[all[n].start..all[n].end];
            let trimmed = content.trim_start();
            let indent = content.len() - trimmed.len();
            let inside = trimmed.is_empty()
                || trimmed.starts_with('#')
                || indent > column
                || (indent == column && (trimmed.starts_with("- ") || trimmed == "-"));
            !inside
        })
        .unwrap_or(entry.lines.end);
    let indent = (key_line + 1..end)
        .map(|n| &text[all[n].start..all[n].end])
        .find_map(|content| {
            let trimmed = content.trim_start();
            (trimmed.starts_with("- ") || trimmed == "-").then(|| content.len() - trimmed.len())
        })
        .unwrap_or(column);
    let after = last_content(text, all, key_line..end).unwrap_or(key_line);
    let at = all[after].next;
    let block = format!(
        "{}{}",
        ending(text, at, newline),
        list_items(&join.mentions, indent, newline)
    );
    Ok((at, 0, block))
}

/// The event at position `index` of the `events:` list, when written as a block mapping.
fn entry(text: &str, all: &[Line], outline: &Outline, index: usize) -> Option<Entry> {
    let path = |key: Option<&str>| {
        let mut path = vec![Segment::Key("events".into()), Segment::Index(index)];
        path.extend(key.map(|k| Segment::Key(k.into())));
        path
    };
    let first = outline.key(&path(None))?.line - 1;
    let id = outline.key(&path(Some("id")))?;
    let date = outline.key(&path(Some("date")))?.line - 1;
    let status = outline.key(&path(Some("status"))).map(|p| p.line - 1);
    let title = outline.key(&path(Some("title")))?.line - 1;
    // The outline counts columns in characters; what precedes a key is spaces and `- `.
    let keys = id.column - 1;
    let next = outline.key(&[Segment::Key("events".into()), Segment::Index(index + 1)]);
    let end = match next {
        Some(place) => place.line - 1,
        None => (first + 1..all.len())
            .find(|&n| top_level_key(&text[all[n].start..all[n].end]).is_some())
            .unwrap_or(all.len()),
    };
    let mentions = outline
        .key(&path(Some("mentions")))
        .map(|p| (p.line - 1, p.column - 1));
    if let Some((line, _)) = mentions {
        let content = &text[all[line].start..all[line].end];
        if !matches!(inline_value(content), "" | "[]") {
            return None;
        }
    }
    (first <= date && date < end && id.line > first && id.line <= end).then_some(Entry {
        lines: first..end,
        keys,
        mentions,
        date,
        status,
        title,
    })
}

/// The last line of `range` with something of its own: no blank line, no comment (a comment
/// after an event may be about the next).
fn last_content(text: &str, all: &[Line], range: std::ops::Range<usize>) -> Option<usize> {
    range.rev().find(|&n| {
        let trimmed = text[all[n].start..all[n].end].trim_start();
        !trimmed.is_empty() && !trimmed.starts_with('#')
    })
}

/// A line ending when the text before `at` does not end with one (the file's last line).
fn ending<'n>(text: &str, at: usize, newline: &'n str) -> &'n str {
    if at == 0 || text[..at].ends_with('\n') {
        ""
    } else {
        newline
    }
}

/// The byte offset and length of the value of a line's `key` (`date` in `date:`, `"date":`
/// or `'date':`), quotes included, without the comment after it.
pub(super) fn value_of(line: &str, key: &str) -> Option<(usize, usize)> {
    // The line's key comes after its indentation and any `- ` of a list item.
    let mut rest = line.trim_start();
    while let Some(item) = rest.strip_prefix('-').filter(|r| r.starts_with(' ')) {
        rest = item.trim_start();
    }
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''));
    let rest = quote.map_or(Some(rest), |q| rest.strip_prefix(q))?;
    let rest = rest.strip_prefix(key)?;
    let rest = quote.map_or(Some(rest), |q| rest.strip_prefix(q))?;
    let colon = line.len() - rest.strip_prefix(':')?.len();
    let rest = &line[colon..];
    let start = colon + (rest.len() - rest.trim_start().len());
    let value = &line[start..];
    let len = match value.chars().next()? {
        quote @ ('"' | '\'') => value[1..].find(quote)? + 2,
        _ => value
            .find(" #")
            .map_or(value, |i| &value[..i])
            .trim_end()
            .len(),
    };
    Some((start, len))
}

/// Whether line `line` of `text` (split as `all`) holds the whole `title` after its key: a
/// title folded over several lines is never rewritten.
pub(super) fn one_line_title(text: &str, all: &[Line], line: usize, title: &str) -> bool {
    let content = &text[all[line].start..all[line].end];
    value_of(content, "title").is_some_and(|(at, len)| {
        serde_yaml::from_str::<String>(&content[at..at + len]).is_ok_and(|read| read == title)
    })
}

/// A value as a YAML scalar, quoted where YAML would read it otherwise (`'2019'`).
pub(super) fn scalar<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let yaml = serde_yaml::to_string(value).unwrap_or_default();
    yaml.trim_end().to_string()
}
