//! What the export and import formats share: an export's bytes with the count of what the
//! format could not hold, an import's located error, and the small conversions both need.

use std::fmt;

use serde::Serialize;

use crate::timeline::date::{Precision, TimelineDate};
use crate::timeline::{EventEnd, Review, Timeline};

/// An exported timeline: the bytes, and what the format left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub bytes: Vec<u8>,
    pub dropped: Vec<Dropped>,
}

/// So many things of one kind that an export left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    pub count: usize,
    pub one: &'static str,
    pub many: &'static str,
}

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = if self.count == 1 { self.one } else { self.many };
        write!(f, "{} {noun}", self.count)
    }
}

/// `3 eras and 2 quotes`, or `None` when nothing was dropped.
#[must_use]
pub fn describe(dropped: &[Dropped]) -> Option<String> {
    let parts: Vec<String> = dropped.iter().map(ToString::to_string).collect();
    match parts.split_last() {
        None => None,
        Some((last, [])) => Some(last.clone()),
        Some((last, rest)) => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// The parts of a timeline a format may be unable to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Title,
    Subtitle,
    AsOf,
    Sources,
    Eras,
    Descriptions,
    Statuses,
    Lanes,
    Tags,
    SourceLinks,
    Quotes,
    Reviews,
    Mentions,
    Chart,
    Approximations,
    OngoingEnds,
    RejectedEvents,
}

impl Part {
    const ALL: [Part; 17] = [
        Part::Title,
        Part::Subtitle,
        Part::AsOf,
        Part::Sources,
        Part::Eras,
        Part::Descriptions,
        Part::Statuses,
        Part::Lanes,
        Part::Tags,
        Part::SourceLinks,
        Part::Quotes,
        Part::Reviews,
        Part::Mentions,
        Part::Chart,
        Part::Approximations,
        Part::OngoingEnds,
        Part::RejectedEvents,
    ];

    fn nouns(self) -> (&'static str, &'static str) {
        match self {
            Part::Title => ("title", "titles"),
            Part::Subtitle => ("subtitle", "subtitles"),
            Part::AsOf => ("as_of date", "as_of dates"),
            Part::Sources => ("source", "sources"),
            Part::Eras => ("era", "eras"),
            Part::Descriptions => ("description", "descriptions"),
            Part::Statuses => ("status", "statuses"),
            Part::Lanes => ("lane", "lanes"),
            Part::Tags => ("tag", "tags"),
            Part::SourceLinks => ("event's source", "events' sources"),
            Part::Quotes => ("quote", "quotes"),
            Part::Reviews => ("review verdict", "review verdicts"),
            Part::Mentions => ("mention", "mentions"),
            Part::Chart => ("chart setting", "chart settings"),
            Part::Approximations => ("approximate mark (~)", "approximate marks (~)"),
            Part::OngoingEnds => ("ongoing end", "ongoing ends"),
            Part::RejectedEvents => ("rejected event", "rejected events"),
        }
    }

    /// How many of this part `timeline` holds; for the events' parts, only in the events a
    /// format writes (all but the rejected ones).
    fn count(self, timeline: &Timeline) -> usize {
        let events = || kept_events(timeline);
        let flag = |b: bool| usize::from(b);
        match self {
            Part::Title => 1,
            Part::Subtitle => flag(timeline.subtitle.is_some()),
            Part::AsOf => flag(timeline.as_of.is_some()),
            Part::Sources => timeline.sources.len(),
            Part::Eras => timeline.eras.len(),
            Part::Descriptions => events().filter(|e| e.description().is_some()).count(),
            Part::Statuses => events()
                .filter(|e| e.status != crate::timeline::Status::Happened)
                .count(),
            Part::Lanes => events().filter(|e| e.lane().is_some()).count(),
            Part::Tags => events().map(|e| e.tags().len()).sum(),
            Part::SourceLinks => events().filter(|e| e.source.is_some()).count(),
            Part::Quotes => events().filter(|e| e.quote.is_some()).count(),
            Part::Reviews => events().filter(|e| e.review != Review::Draft).count(),
            Part::Mentions => events().map(|e| e.mentions.len()).sum(),
            Part::Chart => flag(timeline.chart != crate::timeline::ChartOptions::default()),
            Part::Approximations => {
                let ends = events().filter_map(|e| e.end);
                let era_ends = timeline.eras.iter().map(|e| e.end);
                let dates = events().map(|e| e.date);
                let era_starts = timeline.eras.iter().map(|e| e.start);
                let approximate_end =
                    |end: EventEnd| matches!(end, EventEnd::Date(d) if d.approximate);
                dates.chain(era_starts).filter(|d| d.approximate).count()
                    + ends.chain(era_ends).filter(|e| approximate_end(*e)).count()
            }
            Part::OngoingEnds => events()
                .filter_map(|e| e.end)
                .chain(timeline.eras.iter().map(|e| e.end))
                .filter(|end| *end == EventEnd::Ongoing)
                .count(),
            Part::RejectedEvents => timeline.events.len() - events().count(),
        }
    }
}

/// Everything of `timeline` outside `kept`, in a fixed order, leaving out what is absent.
#[must_use]
pub fn dropped_parts(timeline: &Timeline, kept: &[Part]) -> Vec<Dropped> {
    Part::ALL
        .iter()
        .filter(|part| !kept.contains(part))
        .filter_map(|&part| {
            let (one, many) = part.nouns();
            let count = part.count(timeline);
            (count > 0).then_some(Dropped { count, one, many })
        })
        .collect()
}

/// The events a format other than the model's JSON writes: rejected ones are left out, as
/// the chart leaves them out.
pub fn kept_events(timeline: &Timeline) -> impl Iterator<Item = &crate::timeline::Event> {
    timeline
        .events
        .iter()
        .filter(|e| e.review != Review::Rejected)
}

/// The YAML spelling of a keyword (`planned`, `confirmed`).
pub fn keyword<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Reads a keyword written by [`keyword`].
pub fn from_keyword<T: serde::de::DeserializeOwned>(word: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(word.trim().to_ascii_lowercase())).ok()
}

/// Whether a date says no more than a year, month or day (no `~`, quarter, decade…): what
/// formats with a year-month-day date hold exactly.
#[must_use]
pub fn is_plain(date: TimelineDate) -> bool {
    !date.approximate
        && matches!(
            date.precision,
            Precision::Year | Precision::Month(_) | Precision::Day(..)
        )
}

/// An error in an imported file, at a 1-based line and column when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for ReadError {}

/// An id made of a title's letters and digits, unique among `taken` (which it joins).
pub fn unique_id(title: &str, taken: &mut std::collections::HashSet<String>) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 48 {
            break;
        }
    }
    let base = match slug.trim_end_matches('-') {
        "" => "event".to_string(),
        s => s.to_string(),
    };
    let mut id = base.clone();
    let mut n = 1;
    while taken.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    taken.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_are_counted_and_said_in_words() {
        let t: Timeline = serde_yaml::from_str(
            "title: T\neras:\n- {title: E, start: 2019, end: ongoing}\nevents:\n- {id: a, date: ~2019, title: A, tags: [x, y]}\n- {id: b, date: 2019, title: B, review: rejected}\n",
        )
        .unwrap();
        let dropped = dropped_parts(&t, &[Part::Title, Part::Tags]);
        assert_eq!(
            describe(&dropped).unwrap(),
            "1 era, 1 approximate mark (~), 1 ongoing end and 1 rejected event"
        );
        assert_eq!(describe(&[]), None);
    }

    #[test]
    fn ids_are_slugs_made_unique() {
        let mut taken = std::collections::HashSet::new();
        assert_eq!(unique_id("Talks in Hanoi!", &mut taken), "talks-in-hanoi");
        assert_eq!(unique_id("Talks in Hanoi", &mut taken), "talks-in-hanoi-2");
        assert_eq!(unique_id("—", &mut taken), "event");
    }
}
