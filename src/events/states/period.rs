//! A period's end: "the quarter ended Sept. 30" dates the quarter, the calendar quarter of that
//! day.

use super::super::words::{PERIOD_END_VERBS, is_in};
use crate::timeline::date::{Precision, TimelineDate};
use crate::timex::Timex;

/// "the fourth quarter ended Sept. 30": only words of a period's end ("ended", "ending on")
/// stand between the expressions `period` and `end` of `text`.
pub(in crate::events) fn ends_period(text: &str, period: &Timex, end: &Timex) -> bool {
    let Some(between) = text.get(period.span().end..end.span().start) else {
        return false;
    };
    // Only the first three words matter: the text between may be the rest of the article.
    let mut words = between.split_whitespace();
    let verb = words
        .next()
        .is_some_and(|w| is_in(PERIOD_END_VERBS, &super::super::words::lowercase(w)));
    verb && match (words.next(), words.next()) {
        (None, _) => true,
        (Some(on), None) => on.to_lowercase() == "on",
        _ => false,
    }
}

/// A quarter that ends on `end` is the calendar quarter of that day; other periods keep their
/// date.
pub(in crate::events) fn period_date(
    period: TimelineDate,
    end: Option<TimelineDate>,
) -> TimelineDate {
    match (period.precision, end) {
        (
            Precision::Quarter(_),
            Some(TimelineDate {
                year,
                precision: Precision::Day(month, _),
                ..
            }),
        ) => TimelineDate {
            year,
            precision: Precision::Quarter(month.div_ceil(3)),
            approximate: period.approximate,
        },
        _ => period,
    }
}
