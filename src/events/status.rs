//! Whether an event happened, is planned, or is only reported.
//!
//! Planned: the date lies after the reference date, or the clause before the event word says
//! so ("will", "set to", "plans to", "is due to", "upcoming", "scheduled"). Reported: the
//! sentence attributes it ("reportedly", "allegedly", "according to", "X reported", "is said
//! to"). A plan wins over a report: "is reportedly set to visit" is still a plan.

use std::ops::Range;

use chrono::NaiveDate;

use super::words::{PLAN_BEFORE_TO, PLAN_WORDS, REPORT_WORDS, Token, is_in};
use crate::timeline::Status;
use crate::timeline::date::TimelineDate;

/// The status of the event at `tokens[trigger]`, whose clause is `clause`, dated `date`, in a
/// sentence that [`is_reported`] or not.
#[must_use]
pub fn status(
    tokens: &[Token],
    clause: &Range<usize>,
    trigger: usize,
    date: &TimelineDate,
    reference: NaiveDate,
    reported: bool,
) -> Status {
    let words: Vec<&str> = tokens[clause.start..=trigger]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    let planned_words = words.iter().any(|w| is_in(PLAN_WORDS, w))
        || words
            .windows(2)
            .any(|p| is_in(PLAN_BEFORE_TO, p[0]) && p[1] == "to");
    if date.first_day() > reference || planned_words {
        Status::Planned
    } else if reported {
        Status::Reported
    } else {
        Status::Happened
    }
}

/// The sentence of `tokens` attributes what it says ("reportedly", "according to", "is said
/// to"): read once per sentence, whatever the number of its events.
#[must_use]
pub fn is_reported(tokens: &[Token]) -> bool {
    let sentence: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    sentence.iter().any(|w| is_in(REPORT_WORDS, w))
        || sentence.windows(2).any(|p| p == ["according", "to"])
        || sentence.windows(3).any(|p| {
            matches!(p[0], "is" | "was" | "are" | "were") && p[1] == "said" && p[2] == "to"
        })
}
