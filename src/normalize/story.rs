//! The narrative reading: the story's point (the date told last) stands in for the reference
//! date, which in a history dates nothing but "today".

use chrono::{Datelike, NaiveDate};

use super::{Context, Value, absolute, duration, offset, ref_shift};
use crate::recognize::{Amount, Expression, Producer};
use crate::timex::{self, Point, Ref, TimexType, Unit};

impl Context {
    /// In a narrative, the year of `month` said after the story's point: the point's year,
    /// or the next one when the story is at a month late in a year and `month` comes at most
    /// four months after it ("December 1864 ... on April 1" is 1865); a month further back
    /// is a flashback within the year ("in August ... had begun in June").
    pub(super) fn story_year(&self, month: u32) -> Option<i32> {
        let anchor = self.previous?;
        let year = self.narrative_anchor()?.year();
        let at = anchor.first_day()?.month();
        let within_year = anchor.unknown_inside(Unit::Month).is_none();
        Some(year + i32::from(within_year && month < at && month + 12 - at <= 4))
    }
}

/// A narrative's reading of the expressions that news reads against the reference date: they
/// follow the story's point instead (`context.previous`), and "today" is the writer's present.
/// `None` leaves the expression to the common reading, which in a narrative has for reference
/// date only the story's day, if it is at one.
pub(super) fn story(expression: &Expression, context: &Context) -> Option<Option<Value>> {
    let s = &expression.slots;
    let anchor = context.previous;
    Some(match expression.producer {
        // "today", "to this day", "the present day": the writer's, not the story's.
        Producer::Day(fixed, part)
            if fixed.or(s.day_shift) == Some(0) && part.or(s.daypart).is_none() =>
        {
            Some(Value::plain(
                TimexType::Date,
                timex::Value::Ref(Ref::Present),
            ))
        }
        Producer::Shift(fixed)
            if fixed.or(s.shift).unwrap_or(0) == 0
                && s.unit == Some(Unit::Day)
                && s.daypart.is_none()
                && !s.plural =>
        {
            Some(Value::plain(
                TimexType::Date,
                timex::Value::Ref(Ref::Present),
            ))
        }
        // "was soon divided", "their upcoming offensives": later in the story, not in the
        // writer's future, and with no value of their own ("the future" keeps its reading).
        Producer::Ref if s.reference == Some(Ref::Future) && expression.tokens.len() == 1 => None,
        Producer::Shift(fixed) if anchor.is_some() => {
            let n = fixed.or(s.shift).unwrap_or(0);
            if s.number == Some(Amount::Vague) {
                let value = if n > 0 { Ref::Future } else { Ref::Past };
                Some(Value::plain(TimexType::Date, timex::Value::Ref(value)))
            } else if s.plural {
                Some(duration(s.unit.unwrap_or(Unit::Year).duration(None)))
            } else {
                ref_shift(s, Some(n), context)
            }
        }
        // In a story at a year, "a decade earlier" is the year ten years before, not a decade.
        Producer::RefOffset
            if let (
                Some(direction),
                Some(Point::Year(year)),
                Some(Amount::Exact(n)),
                Some(per),
            ) = (
                s.direction,
                anchor,
                s.number,
                match s.unit {
                    Some(Unit::Decade) => Some(10),
                    Some(Unit::Century) => Some(100),
                    _ => None,
                },
            ) =>
        {
            let years = direction
                .checked_mul(i32::try_from(n).ok()?)?
                .checked_mul(per)?;
            Some(Value::point(Point::Year(year.checked_add(years)?)))
        }
        Producer::Offset(direction) if anchor.is_some() => offset(s, direction, context, true),
        Producer::Date if s.year.is_none() && s.date.is_none() => {
            let mut with_year = s.clone();
            with_year.year = Some(context.narrative_anchor()?.year() + s.shift?);
            absolute(&with_year).map(Value::point)
        }
        Producer::YearEnd => {
            let year = context.narrative_anchor()?.year();
            Some(Value::point(Point::Day(NaiveDate::from_ymd_opt(
                year, 12, 31,
            )?)))
        }
        _ => return None,
    })
}
