//! The timeline file, version 1, as Rust types. Field names are the YAML keys; unknown keys
//! are errors so that a typo such as `titel:` cannot pass silently.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::date::TimelineDate;
use super::mentions::Mentions;

/// A whole timeline file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// Format version; 1 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 1))]
    pub version: Option<u32>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// The date the timeline is "as of": the reference date, drawn as a line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<TimelineDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Background bands naming periods ("Trump's first term").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eras: Vec<Era>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default, skip_serializing_if = "ChartOptions::is_default")]
    pub chart: ChartOptions,
}

impl Timeline {
    /// A new timeline of `events` from `sources`, titled after its first source, as of
    /// `as_of`.
    #[must_use]
    pub fn of_sources(
        sources: Vec<Source>,
        events: Vec<Event>,
        as_of: Option<TimelineDate>,
    ) -> Self {
        Self {
            version: Some(1),
            title: sources.first().map(|s| s.title.clone()).unwrap_or_default(),
            as_of,
            sources,
            events,
            ..Self::default()
        }
    }
}

/// Where events come from: an article, a report, a book.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Publication date; also the reference date its relative expressions were resolved against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<TimelineDate>,
}

/// One happening on the timeline. Read and written as `EventFields` are, its fields in that
/// order.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "EventFields")]
pub struct Event {
    /// Stable identifier: extraction gives the same mention the same id on every run.
    pub id: String,
    pub date: TimelineDate,
    /// For a range: the last date it covers, or `ongoing`.
    pub end: Option<EventEnd>,
    pub title: String,
    pub status: Status,
    /// The `id` of one of the timeline's sources.
    pub source: Option<Shared>,
    /// The sentence the event was read from.
    pub quote: Option<Quote>,
    pub review: Review,
    /// Where extraction read the event, one entry per sentence that mentions it (100 at most).
    pub mentions: Mentions,
    /// How many more sentences mention the event, past the 100 listed. In 32 bits, as a
    /// mention's offsets: a huge text has an event for each of its dates, and a `usize` here
    /// made each 8 bytes longer.
    pub more_mentions: u32,
    /// What a person adds to an event, extraction never: boxed, as a huge text's events have
    /// none (`None` holds the same as empty notes).
    pub notes: Option<Box<Notes>>,
}

/// An event's description, lane and tags: see [`Event::notes`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notes {
    pub description: Option<String>,
    pub lane: Option<String>,
    pub tags: Vec<String>,
}

impl Notes {
    /// The notes of these fields, `None` when they are all empty.
    #[must_use]
    pub fn boxed(
        description: Option<String>,
        lane: Option<String>,
        tags: Vec<String>,
    ) -> Option<Box<Self>> {
        let notes = Self {
            description,
            lane,
            tags,
        };
        (notes != Self::default()).then(|| Box::new(notes))
    }
}

/// An event as the file spells it: the keys, their order and what the schema says of them.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Event", description = "One happening on the timeline.")]
struct EventFields {
    /// Stable identifier: extraction gives the same mention the same id on every run.
    id: String,
    date: TimelineDate,
    /// For a range: the last date it covers, or `ongoing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<EventEnd>,
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, skip_serializing_if = "Status::is_default")]
    status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lane: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    /// The `id` of one of the timeline's sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<Shared>,
    /// The sentence the event was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quote: Option<Quote>,
    #[serde(default, skip_serializing_if = "Review::is_default")]
    review: Review,
    /// Where extraction read the event, one entry per sentence that mentions it (100 at most).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    mentions: Vec<Mention>,
    /// How many more sentences mention the event, past the 100 listed.
    #[serde(default, skip_serializing_if = "is_zero")]
    more_mentions: u32,
}

impl From<EventFields> for Event {
    fn from(f: EventFields) -> Self {
        Self {
            id: f.id,
            date: f.date,
            end: f.end,
            title: f.title,
            status: f.status,
            source: f.source,
            quote: f.quote,
            review: f.review,
            mentions: f.mentions.into(),
            more_mentions: f.more_mentions,
            notes: Notes::boxed(f.description, f.lane, f.tags),
        }
    }
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (description, lane, tags) = (self.description(), self.lane(), self.tags());
        let fields = 3
            + usize::from(self.end.is_some())
            + usize::from(description.is_some())
            + usize::from(!self.status.is_default())
            + usize::from(lane.is_some())
            + usize::from(!tags.is_empty())
            + usize::from(self.source.is_some())
            + usize::from(self.quote.is_some())
            + usize::from(!self.review.is_default())
            + usize::from(!self.mentions.is_empty())
            + usize::from(self.more_mentions != 0);
        let mut s = serializer.serialize_struct("Event", fields)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("date", &self.date)?;
        if let Some(end) = &self.end {
            s.serialize_field("end", end)?;
        }
        s.serialize_field("title", &self.title)?;
        if let Some(description) = description {
            s.serialize_field("description", description)?;
        }
        if !self.status.is_default() {
            s.serialize_field("status", &self.status)?;
        }
        if let Some(lane) = lane {
            s.serialize_field("lane", lane)?;
        }
        if !tags.is_empty() {
            s.serialize_field("tags", tags)?;
        }
        if let Some(source) = &self.source {
            s.serialize_field("source", source)?;
        }
        if let Some(quote) = &self.quote {
            s.serialize_field("quote", quote)?;
        }
        if !self.review.is_default() {
            s.serialize_field("review", &self.review)?;
        }
        if !self.mentions.is_empty() {
            s.serialize_field("mentions", &self.mentions)?;
        }
        if self.more_mentions != 0 {
            s.serialize_field("more_mentions", &self.more_mentions)?;
        }
        s.end()
    }
}

impl JsonSchema for Event {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        EventFields::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        EventFields::json_schema(generator)
    }
}

/// Text that many events may hold, held once: the id of their source, the sentence that several
/// of them quote (a huge sentence of dates quoted by each of its thousands of events).
pub type Shared = Arc<str>;

/// A quote: a range of a text that many quotes share, read as a `str`. Extraction quotes each
/// sentence as a range of its article's text, held once (a chronology has an event for each of
/// its sentences: a copy of each took more than the text); a quote read from a file or changed
/// from its sentence (see `events::output::quote`) is a text of its own.
#[derive(Clone, Deserialize)]
#[serde(from = "Shared")]
pub struct Quote {
    text: Shared,
    /// The quote's bytes in `text`, which holds its whole text when it is of its own; `(1, 0)`
    /// stands for all of a text past 4 GB (no file is as large).
    start: u32,
    end: u32,
}

impl Quote {
    /// The quote `text[range]`, sharing `text`.
    #[must_use]
    pub fn of(text: &Shared, range: std::ops::Range<u32>) -> Self {
        Self {
            text: Shared::clone(text),
            start: range.start,
            end: range.end,
        }
    }
}

impl From<Shared> for Quote {
    fn from(text: Shared) -> Self {
        let (start, end) = u32::try_from(text.len()).map_or((1, 0), |end| (0, end));
        Self { text, start, end }
    }
}

impl From<String> for Quote {
    fn from(text: String) -> Self {
        Shared::from(text).into()
    }
}

impl From<&str> for Quote {
    fn from(text: &str) -> Self {
        Shared::from(text).into()
    }
}

impl std::ops::Deref for Quote {
    type Target = str;

    fn deref(&self) -> &str {
        self.text
            .get(self.start as usize..self.end as usize)
            .unwrap_or(&self.text)
    }
}

impl PartialEq for Quote {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Quote {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl Serialize for Quote {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

/// A quote is written as its text.
impl JsonSchema for Quote {
    fn inline_schema() -> bool {
        String::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        String::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

/// The most mentions an event lists; the others are only counted (`more_mentions`). The
/// evaluation articles mention an event at most five times, a long history its war a few dozen
/// times: a hundred keeps every article's list whole, while one happening a huge file tells
/// in every sentence lists a hundred, not hundreds of thousands (and the file stays readable).
pub const MAX_MENTIONS: usize = 100;

impl Event {
    #[must_use]
    pub fn description(&self) -> Option<&str> {
        self.notes.as_ref()?.description.as_deref()
    }

    #[must_use]
    pub fn lane(&self) -> Option<&str> {
        self.notes.as_ref()?.lane.as_deref()
    }

    #[must_use]
    pub fn tags(&self) -> &[String] {
        self.notes.as_ref().map_or(&[], |n| &n.tags)
    }

    /// The event's notes, made empty if it has none, to be changed.
    pub fn notes_mut(&mut self) -> &mut Notes {
        self.notes.get_or_insert_with(Box::default)
    }

    /// Adds `mention` after the event's mentions, or counts it past [`MAX_MENTIONS`].
    pub fn add_mention(&mut self, mention: Mention) {
        if self.mentions.len() < MAX_MENTIONS {
            self.mentions.push(mention);
        } else {
            self.more_mentions = self.more_mentions.saturating_add(1);
        }
    }
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde passes a reference"
)]
fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One sentence an extracted event was read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// The `id` of one of the timeline's sources.
    pub source: Shared,
    /// Byte offsets of the sentence in the source's text.
    // In 32 bits: no file is past 4 GB, and a huge text has a mention for each of its events.
    pub start: u32,
    pub end: u32,
    /// How sure extraction was that the sentence dates or names this event, 0 to 1.
    pub confidence: f64,
    /// The sentence, when it is not the event's own `quote`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
}

/// The end of a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventEnd {
    Date(TimelineDate),
    /// Still going on at the timeline's `as_of` date.
    Ongoing,
}

/// Whether the event took place, is expected, or is only claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Happened,
    Planned,
    Reported,
}

impl Status {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// A person's verdict on an extracted event. Re-extraction never brings back a rejected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    #[default]
    Draft,
    Confirmed,
    Rejected,
}

impl Review {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// A named period drawn as a background band.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub title: String,
    pub start: TimelineDate,
    pub end: EventEnd,
}

/// Per-file chart settings; every field has a default.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChartOptions {
    /// Width in pixels (default chosen by the layout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = *super::validate::CHART_WIDTHS.start(), max = *super::validate::CHART_WIDTHS.end()))]
    pub width: Option<u32>,
    /// Height in pixels (default: as tall as the content needs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// Lane names in the order they are drawn; lanes not listed follow in order of appearance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lanes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orientation: Option<Orientation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// Draw events still in review (`draft`); rejected events are never drawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_drafts: Option<bool>,
    /// Print the source credits in a footer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_sources: Option<bool>,
}

impl ChartOptions {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Orientation {
    Auto,
    Horizontal,
    Vertical,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Light, switching to dark where the reader's system prefers it.
    Auto,
    Light,
    Dark,
}

/// A date field holds a string or, for `date: 2019`, a number; anything else is refused with
/// a message that shows the spellings.
struct DateText;

impl serde::de::Visitor<'_> for DateText {
    type Value = String;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a date such as 2019, 2019-02 or 2019-02-27")
    }

    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<String, E> {
        Ok(n.to_string())
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<String, E> {
        Ok(n.to_string())
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<String, E> {
        Ok(text.to_string())
    }
}

impl<'de> Deserialize<'de> for TimelineDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = deserializer.deserialize_any(DateText)?;
        TimelineDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl Serialize for TimelineDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EventEnd {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = deserializer.deserialize_any(DateText)?;
        if text.trim() == "ongoing" {
            return Ok(Self::Ongoing);
        }
        TimelineDate::parse(&text)
            .map(Self::Date)
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for EventEnd {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Date(d) => d.serialize(serializer),
            Self::Ongoing => serializer.serialize_str("ongoing"),
        }
    }
}

/// What the JSON Schema (`timeliner schema`) says of a date; the loader's parser is the
/// authority, so the schema describes the spellings rather than repeating them as a pattern.
const DATE_SPELLINGS: &str = "A date as precise as the source: 2019-02-27, 2019-02, 2019 (a \
     number is fine), 2019-Q3, 2019-SU (SP, SU, FA, WI), 2019-W12 (an ISO week), 1990s, 19th century, 44 BCE, \
     5th century BCE or -0043-03-15; a leading ~ marks it approximate.";

impl JsonSchema for TimelineDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "integer"],
            "description": DATE_SPELLINGS,
            "examples": ["2019-02-27", "2019-02", 2019, "2019-Q3", "1990s", "44 BCE", "~2019"],
        })
    }
}

impl JsonSchema for EventEnd {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "End".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "integer"],
            "description": format!("`ongoing`, or the last date the range covers. {DATE_SPELLINGS}"),
            "examples": ["ongoing", "2019-12", 2021],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unquoted_years_and_strings_both_read() {
        let yaml = "title: T\nevents:\n  - id: a\n    date: 2019\n    title: A\n  - id: b\n    date: \"2019-02\"\n    end: ongoing\n    title: B\n    status: planned\n";
        let t: Timeline = serde_yaml::from_str(yaml).unwrap();
        assert_eq!(t.events[0].date, TimelineDate::year(2019));
        assert_eq!(t.events[1].end, Some(EventEnd::Ongoing));
        assert_eq!(t.events[1].status, Status::Planned);
        let back: Timeline = serde_yaml::from_str(&serde_yaml::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn an_event_without_notes_is_small() {
        // A huge text has an event for each of its dates (see the bench README's memory table);
        // its quote, a range of the shared text, takes 8 bytes more than a string of its own,
        // and its one mention is held in it (a list of its own took 88 bytes: 24 here, 64 on
        // the heap).
        assert!(std::mem::size_of::<Mention>() <= 56);
        assert!(std::mem::size_of::<Event>() <= 200);
        let yaml = "title: T\nevents:\n  - {id: a, date: 2019, title: A, tags: []}\n";
        let t: Timeline = serde_yaml::from_str(yaml).unwrap();
        assert_eq!(t.events[0].notes, None);
    }

    #[test]
    fn typos_are_errors() {
        let err = serde_yaml::from_str::<Timeline>("titel: T\n").unwrap_err();
        assert!(err.to_string().contains("unknown field `titel`"), "{err}");
    }
}
