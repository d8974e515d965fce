//! Whether an event happened, is planned, or is only reported.
//!
//! Planned: the date lies after the reference date, or the clause before the event word says
//! so ("will", "set to", "plans to", "is due to", "upcoming", "scheduled"). Reported: the
//! sentence attributes it ("reportedly", "allegedly", "according to", "X reported", "is said
//! to"). A plan wins over a report: "is reportedly set to visit" is still a plan.

use chrono::NaiveDate;

use super::words::{PLAN_BEFORE_TO, PLAN_WORDS, REPORT_WORDS, Token, is_in};
use crate::timeline::Status;
use crate::timeline::date::TimelineDate;

/// The status of an event dated `date`, whose clause up to the event word speaks of a plan
/// (see [`Plans`]) or not, in a sentence that [`is_reported`] or not.
#[must_use]
pub fn status(
    planned_words: bool,
    date: &TimelineDate,
    reference: Option<NaiveDate>,
    reported: bool,
) -> Status {
    if reference.is_some_and(|r| date.first_day() > r) || planned_words {
        Status::Planned
    } else if reported {
        Status::Reported
    } else {
        Status::Happened
    }
}

/// Where the words of a sentence speak of a plan ("will", "set to", "upcoming"), so that
/// asking for a stretch of it costs one lookup, however many events share the stretch.
pub struct Plans<'t> {
    tokens: &'t [Token],
    /// `last_start[i]`: the last first token of a plan cue that ends at or before `tokens[i]`,
    /// read as far as asked.
    last_start: Vec<Option<usize>>,
    /// The last word read, if it comes before "to" in a plan ("set to").
    before_to: Option<usize>,
}

impl<'t> Plans<'t> {
    #[must_use]
    pub fn new(tokens: &'t [Token]) -> Self {
        Self {
            tokens,
            last_start: Vec::new(),
            before_to: None,
        }
    }

    /// The words of `tokens[from..=trigger]` speak of a plan.
    pub fn within(&mut self, from: usize, trigger: usize) -> bool {
        while self.last_start.len() <= trigger {
            let i = self.last_start.len();
            let t = &self.tokens[i];
            let mut last = self.last_start.last().copied().flatten();
            if t.is_word() {
                if is_in(PLAN_WORDS, &t.lower) {
                    last = Some(i);
                } else if t.lower == "to" && self.before_to.is_some() {
                    last = self.before_to;
                }
                self.before_to = is_in(PLAN_BEFORE_TO, &t.lower).then_some(i);
            }
            self.last_start.push(last);
        }
        self.last_start[trigger].is_some_and(|s| s >= from)
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
