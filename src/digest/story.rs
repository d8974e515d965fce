//! The digest as timeline entries: one event per day (its id is the day, so a later run over
//! more articles finds the day already in the file, edited or rejected as it may be), with the
//! day's sentences as description and a mention of each, and the articles they came from as
//! sources.

use chrono::{Datelike, NaiveDate};

use crate::pipeline::source_id;
use crate::timeline::date::{Precision, TimelineDate};
use crate::timeline::{Event, Mention, Notes, Review, Source, Status};
use crate::timex::offset;

use super::Day;

/// Sources and events of `days`; an article `known` already lists (by path) keeps its id.
#[must_use]
pub fn entries(days: &[Day], known: &[Source]) -> (Vec<Source>, Vec<Event>) {
    let mut sources: Vec<Source> = Vec::new();
    let best = days.iter().map(|d| d.score).fold(0.0, f64::max);
    let mut events = Vec::new();
    for day in days {
        let mut mentions = Vec::new();
        for chosen in &day.sentences {
            let source = match known
                .iter()
                .chain(&sources)
                .find(|s| s.path.as_deref() == Some(&chosen.article))
            {
                Some(s) => s.id.clone(),
                None => {
                    let id = source_id(&chosen.article, known, &sources);
                    sources.push(Source {
                        id: id.clone(),
                        title: chosen.article.clone(),
                        path: Some(chosen.article.clone()),
                        published: Some(as_day(chosen.published)),
                        ..Source::default()
                    });
                    id
                }
            };
            mentions.push(Mention {
                source: source.into(),
                start: offset(chosen.span.start),
                end: offset(chosen.span.end),
                confidence: confidence(day.score, best),
                quote: None,
            });
        }
        let description = day
            .sentences
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        events.push(Event {
            id: day.date.to_string(),
            date: as_day(day.date),
            end: None,
            title: day.title.clone(),
            status: Status::Happened,
            notes: Notes::boxed(Some(description), None, Vec::new()),
            source: mentions.first().map(|m| m.source.clone()),
            quote: None,
            review: Review::Draft,
            mentions: mentions.into(),
            more_mentions: 0,
        });
    }
    (sources, events)
}

/// The day's score against the best day's, rounded to two places so the file stays calm.
fn confidence(score: f64, best: f64) -> f64 {
    if best <= 0.0 {
        return 0.0;
    }
    ((score / best).clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// A day as the timeline writes it.
fn as_day(date: NaiveDate) -> TimelineDate {
    // A month is 1 to 12 and a day 1 to 31: both fit a byte.
    let byte = |n: u32| u8::try_from(n).unwrap_or(u8::MAX);
    TimelineDate {
        year: date.year(),
        precision: Precision::Day(byte(date.month()), byte(date.day())),
        approximate: false,
    }
}
