//! Adding extracted sources and events to a timeline file that a person may have edited.
//!
//! The file is the user's: it is never re-serialised. New entries are inserted as text at the
//! end of the `sources:` and `events:` lists, in the list's own indentation and line endings,
//! so every existing byte (comments, quoting, order, blank lines) stays as it was. The result
//! is parsed again and must equal the old timeline plus the new entries, else nothing is
//! returned.
//!
//! Which extracted events are new is decided by [`new_events`]: an event whose id is already
//! in the file, whatever its `review` (so a `rejected` event never comes back), is not new;
//! nor is one read from a sentence (source and span) that the file's events were read from,
//! as long as the file holds as many events from that sentence (so changing an event's
//! title, date and id by hand does not make the extractor add it again). Deleted events are
//! not remembered: to keep an extracted event out for good, set `review: rejected` instead.
//!
//! A new event that tells again an event of the file, as the cross-article joiner reads them
//! ([`Joined`]), is no entry of its own: its sentences are added to that event's mentions
//! (see [`sort_out`]), which keeps its id, title and review as the file has them.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io;

use chrono::NaiveDate;

use super::date::{Precision, TimelineDate};
use super::load::parse;
use super::model::{Event, Mention, Review, Source, Status, Timeline};
use crate::events::across::Joined;
use crate::events::event_id;

mod joins;

/// Why new entries could not be added to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateError {
    /// `key:` holds a flow list (`[...]`) with entries, which cannot be extended as text.
    FlowList { key: &'static str, line: usize },
    /// The updated text would not read back as the old timeline plus the new entries.
    RoundTrip,
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
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

/// The events of `extracted` that `existing` does not hold yet, in their order.
///
/// An extracted event is held when an event of the file has its id. Otherwise the file's
/// events not matched by id are matched by the sentences they were read from (the first
/// mention of each of their sources, with its span): first one with the same date, then any,
/// each at most once.
#[must_use]
pub fn new_events(existing: &Timeline, extracted: Vec<Event>) -> Vec<Event> {
    let file_ids: HashSet<&str> = existing.events.iter().map(|e| e.id.as_str()).collect();
    let extracted_ids: HashSet<&str> = extracted.iter().map(|e| e.id.as_str()).collect();
    // Per sentence, the dates of the file's events read from it that no extracted id names:
    // an event's first sentence of each source (an event joined from several articles was
    // read from each).
    let mut unmatched: HashMap<SentenceKey<'_>, Vec<_>> = HashMap::new();
    for known in &existing.events {
        if extracted_ids.contains(known.id.as_str()) {
            continue;
        }
        let mut sources: Vec<&str> = Vec::new();
        for mention in &known.mentions {
            if !sources.contains(&&*mention.source) {
                sources.push(&mention.source);
                unmatched.entry(key(mention)).or_default().push(known.date);
            }
        }
    }
    let mut held = vec![false; extracted.len()];
    for same_date in [true, false] {
        for (event, held) in extracted.iter().zip(&mut held) {
            if *held || file_ids.contains(event.id.as_str()) {
                *held = true;
                continue;
            }
            let Some(dates) = event
                .mentions
                .first()
                .and_then(|m| unmatched.get_mut(&key(m)))
            else {
                continue;
            };
            if let Some(at) = dates.iter().position(|d| !same_date || *d == event.date) {
                dates.swap_remove(at);
                *held = true;
            }
        }
    }
    extracted
        .into_iter()
        .zip(held)
        .filter_map(|(event, held)| (!held).then_some(event))
        .collect()
}

/// What extracted events add to a file: see [`sort_out`].
#[derive(Debug, Default)]
pub struct Additions {
    /// Events of their own, to append to the file's list.
    pub events: Vec<Event>,
    /// The file's events that extracted events tell again, with what each gains.
    pub joins: Vec<Join>,
    /// How many extracted events were joined to the file's events.
    pub joined: usize,
    /// How many extracted events the file holds already.
    pub held: usize,
}

/// What an event of the file gains from the extracted events that tell it again.
#[derive(Debug, Clone, PartialEq)]
pub struct Join {
    /// Its position in the file's `events:` list.
    pub entry: usize,
    /// The sentences that tell it again, listed after its mentions.
    pub mentions: Vec<Mention>,
    /// A day of its month that a new source tells, when its date is the extractor's.
    pub date: Option<TimelineDate>,
    /// `happened`, when the extractor's `planned` or `reported` event is told as happened by
    /// a new source that saw it (as the cross-article joiner reads statuses).
    pub status: Option<Status>,
    /// The title of the source that told it happened, with `status`.
    pub title: Option<String>,
}

/// Sorts `extracted` against the file `text` (the timeline `existing`): events that tell
/// again one of the file's events from another source, whose sentences join that event's
/// mentions (its id and date, or as [`Joined`] reads titles: the same date or a day of its
/// month, the same deed of the same actors), events the file holds (see [`new_events`]), and
/// events of their own.
///
/// The joined event keeps its id and review. Its date becomes the day a new source tells
/// within its month, and its status becomes `happened`, with the title of the source that
/// says so, when a source published on or after it (one of `sources` or of the file) tells it
/// as happened; only when it is a draft whose id is still the one its title and date (or the
/// month of its day) give: neither was changed by hand (a status a person wants kept is kept
/// by `review: confirmed`). An event written in flow style is joined by none.
#[must_use]
pub fn sort_out(
    text: &str,
    existing: &Timeline,
    sources: &[Source],
    extracted: Vec<Event>,
) -> Additions {
    let count = extracted.len();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let editable = joins::editable(text, existing.events.len());
    // An event of the file's id and date read from another source tells it again, as the
    // joiner reads ids; one of a source it has is held.
    let file_ids: HashMap<&str, usize> = (existing.events.iter().enumerate())
        .map(|(at, e)| (e.id.as_str(), at))
        .collect();
    let (retold, others): (Vec<Event>, Vec<Event>) = extracted.into_iter().partition(|event| {
        (file_ids.get(event.id.as_str()))
            .is_some_and(|&at| editable[at].is_some() && retells(&existing.events[at], event))
    });
    let fresh = new_events(existing, others);
    let mut additions = Additions {
        held: count - retold.len() - fresh.len(),
        ..Additions::default()
    };
    if retold.is_empty() && fresh.is_empty() {
        return additions;
    }
    // The joiner's positions, each with the file's.
    let mut entries = Vec::new();
    let mut joiner = Joined::default();
    for (at, (event, editable)) in existing.events.iter().zip(&editable).enumerate() {
        if editable.is_some() {
            joiner.hold(event.clone());
            entries.push(at);
        }
    }
    let mut listed: Vec<usize> = (entries.iter())
        .map(|&at| existing.events[at].mentions.len())
        .collect();
    let published: HashMap<&str, NaiveDate> = (sources.iter().chain(&existing.sources))
        .filter_map(|s| Some((s.id.as_str(), s.published.as_ref()?.first_day())))
        .collect();
    let mut touched = Vec::new();
    for event in retold.into_iter().chain(fresh) {
        let told = (event.source.as_deref()).and_then(|id| published.get(id).copied());
        match joiner.join(&event, told) {
            Some(at) if joiner.events()[at].mentions.len() > listed[at] => {
                listed[at] = joiner.events()[at].mentions.len();
                additions.joined += 1;
                touched.push(at);
            }
            // Its sentences are listed already, or past the most an event lists.
            Some(_) => additions.held += 1,
            None => additions.events.push(event),
        }
    }
    touched.sort_unstable();
    touched.dedup();
    let joined = joiner.into_events();
    additions.joins = (touched.into_iter())
        .map(|at| {
            let before = &existing.events[entries[at]];
            let after = &joined[at];
            let untouched = before.review == Review::Draft && made_by_extractor(before);
            let happened =
                untouched && after.status == Status::Happened && before.status != Status::Happened;
            Join {
                entry: entries[at],
                mentions: after.mentions[before.mentions.len()..].to_vec(),
                date: (untouched && after.date != before.date).then_some(after.date),
                status: happened.then_some(Status::Happened),
                title: (happened && after.title != before.title).then(|| after.title.clone()),
            }
        })
        .collect();
    // A title is rewritten only where its words are all on the line of its key.
    if additions.joins.iter().any(|j| j.title.is_some()) {
        let all = lines(text);
        for join in &mut additions.joins {
            let whole = editable[join.entry].is_some_and(|line| {
                joins::one_line_title(text, &all, line, &existing.events[join.entry].title)
            });
            if !whole {
                join.title = None;
            }
        }
    }
    additions
}

/// `event`'s id is the one the extractor gave its title and date, or the month of its day
/// (a day a later source told): no one changed either by hand.
fn made_by_extractor(event: &Event) -> bool {
    let month = match event.date.precision {
        Precision::Day(month, _) => Some(TimelineDate {
            precision: Precision::Month(month),
            ..event.date
        }),
        _ => None,
    };
    std::iter::once(event.date)
        .chain(month)
        .any(|date| event_id(&date, &event.title) == event.id)
}

/// `event` has the date (and end) of `known` and a source it has not.
fn retells(known: &Event, event: &Event) -> bool {
    let told_by = |source: &str| {
        known.source.as_deref() == Some(source)
            || known.mentions.iter().any(|m| &*m.source == source)
    };
    (known.date, known.end) == (event.date, event.end)
        && event.mentions.iter().any(|m| !told_by(&m.source))
}

/// A sentence of a source, as a mention records it.
type SentenceKey<'a> = (&'a str, u32, u32);

fn key(mention: &Mention) -> SentenceKey<'_> {
    (&*mention.source, mention.start, mention.end)
}

/// The command that writes a new timeline file, named in the file's first comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MadeBy {
    Extract,
    Digest,
    Merge,
}

/// A new timeline file: a comment on how to edit it, then the timeline.
#[must_use]
pub fn new_file(timeline: &Timeline, made_by: MadeBy) -> String {
    let mut bytes = Vec::new();
    // Into memory, the YAML writer's own error alone can fail it; it writes UTF-8, and were
    // it not to, the header alone stays as well.
    match write_new_file(&mut bytes, timeline, made_by) {
        Ok(()) => String::from_utf8(bytes).unwrap_or_else(|_| header(made_by)),
        Err(_) => header(made_by),
    }
}

/// [`new_file`] written to `out` as it is serialised, never held whole: the file of a huge
/// article can be many times as large as the article (each mention quotes its sentence).
///
/// # Errors
/// The first error of `out` (a reader that closed a pipe shows as `BrokenPipe`), or an error
/// of the YAML writer.
pub fn write_new_file<W: io::Write + ?Sized>(
    out: &mut W,
    timeline: &Timeline,
    made_by: MadeBy,
) -> io::Result<()> {
    out.write_all(header(made_by).as_bytes())?;
    let mut kept = KeptError { out, error: None };
    serde_yaml::to_writer(&mut kept, timeline)
        .map_err(|yaml| kept.error.take().unwrap_or_else(|| io::Error::other(yaml)))
}

/// The comment a new file opens with: who made it and how to edit it.
fn header(made_by: MadeBy) -> String {
    let (done, command, run) = match made_by {
        MadeBy::Extract => ("Extracted", "extract", "extraction"),
        MadeBy::Digest => ("Digested", "digest", "digest"),
        MadeBy::Merge => ("Merged", "merge", "merge"),
    };
    format!(
        "# {done} by `timeliner {command}`; edit freely. Re-running {command} only appends new\n\
         # events: your edits and comments stay. To drop an event for good, set `review: rejected`\n\
         # (a deleted event comes back on the next {run}); `review: confirmed` marks it checked.\n",
    )
}

/// A writer that keeps its first error: the YAML writer's own error would hide its kind.
struct KeptError<'a, W: ?Sized> {
    out: &'a mut W,
    error: Option<io::Error>,
}

impl<W: ?Sized> KeptError<'_, W> {
    /// Keeps the first `err` and gives the YAML writer one of its kind.
    fn keep(&mut self, err: io::Error) -> io::Error {
        let kind = err.kind();
        self.error.get_or_insert(err);
        io::Error::from(kind)
    }
}

impl<W: io::Write + ?Sized> io::Write for KeptError<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf).map_err(|err| self.keep(err))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush().map_err(|err| self.keep(err))
    }
}

/// The YAML entries `items` as list items at `indent`, with `newline` line endings.
fn list_items<T: serde::Serialize>(items: &[T], indent: usize, newline: &str) -> String {
    let yaml = serde_yaml::to_string(items).unwrap_or_default();
    let pad = " ".repeat(indent);
    yaml.lines()
        .map(|line| format!("{pad}{line}{newline}"))
        .collect()
}

/// `existing`, the text of the timeline `before` (as [`super::load`] read it), with `sources`
/// and `events` appended to its lists as text.
///
/// # Errors
/// [`UpdateError`] when the file holds a list in flow style, or the result would not read
/// back as the old timeline plus the new entries.
pub fn append(
    existing: &str,
    before: &Timeline,
    sources: &[Source],
    events: &[Event],
) -> Result<String, UpdateError> {
    edit(existing, before, sources, &[], events)
}

/// `existing`, the text of the timeline `before`, with `sources` and the events of
/// `additions` appended and its joins' mentions (and days) written into the events they join.
///
/// # Errors
/// As [`append`].
pub fn update(
    existing: &str,
    before: &Timeline,
    sources: &[Source],
    additions: &Additions,
) -> Result<String, UpdateError> {
    edit(
        existing,
        before,
        sources,
        &additions.joins,
        &additions.events,
    )
}

fn edit(
    existing: &str,
    before: &Timeline,
    sources: &[Source],
    joins: &[Join],
    events: &[Event],
) -> Result<String, UpdateError> {
    // A byte-order mark stays where it is, out of the way of the line-based edits.
    let (mark, existing) = match existing.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", existing),
    };
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
    let mut text = if joins.is_empty() {
        existing.to_string()
    } else {
        joins::apply(existing, joins, newline)?
    };
    let as_of = later_as_of(before, sources).filter(|date| {
        let Some((at, len)) = as_of_value(&text) else {
            return false;
        };
        text.replace_range(at..at + len, &joins::scalar(&date.to_string()));
        true
    });
    if !sources.is_empty() {
        text = insert_items(&text, "sources", sources, newline, Some("events"))?;
    }
    if !events.is_empty() {
        text = insert_items(&text, "events", events, newline, None)?;
    }
    let after = parse("", &text).map_err(|_| UpdateError::RoundTrip)?;
    let mut expected = before.clone();
    for join in joins {
        let event = (expected.events.get_mut(join.entry)).ok_or(UpdateError::RoundTrip)?;
        event.mentions.extend_from_slice(&join.mentions);
        if let Some(date) = join.date {
            event.date = date;
        }
        if let Some(status) = join.status {
            event.status = status;
        }
        if let Some(title) = &join.title {
            event.title.clone_from(title);
        }
    }
    expected.sources.extend_from_slice(sources);
    if as_of.is_some() {
        expected.as_of = as_of;
    }
    expected.events.extend_from_slice(events);
    if after == expected {
        Ok(format!("{mark}{text}"))
    } else {
        Err(UpdateError::RoundTrip)
    }
}

/// The latest publication date of `sources`, when it is after the file's `as_of` and that is
/// the extractor's (its sources' latest): the chart's "as of" line and its ongoing ends then
/// follow the story. An `as_of` a person set stays.
fn later_as_of(before: &Timeline, sources: &[Source]) -> Option<TimelineDate> {
    let latest = |sources: &[Source]| {
        (sources.iter().filter_map(|s| s.published)).max_by_key(TimelineDate::first_day)
    };
    let as_of = before.as_of?;
    let new = latest(sources)?;
    (latest(&before.sources) == Some(as_of) && new.first_day() > as_of.first_day()).then_some(new)
}

/// The byte offset and length of the value of the top-level `as_of:` line.
fn as_of_value(text: &str) -> Option<(usize, usize)> {
    let line = lines(text)
        .into_iter()
        .find(|line| top_level_key(&text[line.start..line.end]) == Some("as_of"))?;
    let (at, len) = joins::value_of(&text[line.start..line.end], "as_of")?;
    Some((line.start + at, len))
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
mod tests;
