//! Days a month names by counting ("the first Tuesday in November", "the last Monday of May
//! 2025", "the second week of October", "the third weekend of June") and holidays ("the day
//! after Christmas").

use chrono::{Datelike, Months, NaiveDate, Weekday};

use super::{Context, Value, add_days, nearest_weekday, weekday, with_daypart, year_by_tense};
use crate::recognize::{Amount, Slots};
use crate::text::Tense;
use crate::timex::{Point, Unit, Within};

/// A day of a month said without the month. "On the 21st": the reference month's (news tells of
/// days near its date). "Thursday the 23rd": the nearest month whose 23rd is a Thursday, ahead
/// of the reference date, or before it in the past tense.
pub(super) fn without_month(s: &Slots, context: &Context) -> Option<Value> {
    let day = s.day?;
    let Some(reference) = context.reference else {
        return Some(Value::unresolved_date(Within::Day(None, Some(day))));
    };
    let Some(iso) = s.weekday else {
        return Some(Value::point(Point::Day(reference.with_day(day)?)));
    };
    let target = weekday(iso)?;
    let back = context.tense == Tense::Past;
    let mut first = reference.with_day(1)?;
    // Every weekday falls on every day of the month within 14 months.
    for _ in 0..14 {
        if let Some(date) = first.with_day(day)
            && date.weekday() == target
            && (if back {
                date <= reference
            } else {
                date >= reference
            })
        {
            return Some(Value::point(Point::Day(date)));
        }
        first = if back {
            first.checked_sub_months(Months::new(1))?
        } else {
            first.checked_add_months(Months::new(1))?
        };
    }
    None
}

/// The year of a month said without one: the story's in a narrative, else the reference
/// date's moved by tense; `Err` with the unresolved value when there is no reference date.
pub(super) fn year_of_month(month: u32, s: &Slots, context: &Context) -> Result<i32, Value> {
    if let Some(year) = s.year.or_else(|| context.story_year(month)) {
        return Ok(year);
    }
    match context.reference {
        Some(reference) => Ok(year_by_tense(reference, (month, 0), context.tense)),
        None => Err(Value::unresolved_date(Within::Month(Some(month)))),
    }
}

/// "The first Tuesday in November", "the last Monday of May", "the second week of October",
/// "the third weekend of June", and in a year (`of_year`) "the last day of the year", "the first
/// week of 2011", "the final month of 1944": counted from the month's or the year's start, or
/// back from its end (`fixed` -1).
pub(super) fn nth(
    s: &Slots,
    fixed: Option<i32>,
    of_year: bool,
    context: &Context,
) -> Option<Value> {
    let span = if of_year {
        year_span(s, context)
    } else {
        month_span(s, context)
    };
    let (first, last) = match span? {
        Ok(span) => span,
        Err(unresolved) => return Some(unresolved),
    };
    let n = match fixed {
        Some(n) => n,
        None => i32::try_from(s.ordinal?).ok()?,
    };
    let inside = |day: NaiveDate| (first..=last).contains(&day).then_some(day);
    let point = match (s.weekday, s.unit) {
        (Some(day), _) => Point::Day(nth_weekday(first, last, weekday(day)?, n)?),
        // A week of a month: the week of its (7n-6)th day; the last, the week that holds most
        // of the month's last seven days. A year's weeks are ISO weeks: the first holds most
        // of its first seven days.
        (None, Some(Unit::Week)) => {
            let day = if n < 0 {
                add_days(last, -3)?
            } else {
                let start = if of_year { add_days(first, 3)? } else { first };
                add_days(start, 7 * i64::from(n - 1))?
            };
            Point::containing(inside(day)?, Unit::Week)
        }
        // "The last day of March", "the first day of next month", "the 15th of next month".
        // A day the month does not have ("the 31st of next month" in April) is none.
        (None, Some(Unit::Day) | None) => {
            let day = if n < 0 {
                add_days(last, i64::from(n + 1))?
            } else {
                add_days(first, i64::from(n - 1))?
            };
            Point::Day(inside(day)?)
        }
        // A weekend of a month: the weekend of its nth Saturday.
        (None, Some(Unit::Weekend)) => {
            Point::containing(nth_weekday(first, last, Weekday::Sat, n)?, Unit::Weekend)
        }
        // "The final month of 1944": the twelfth.
        (None, Some(Unit::Month)) if of_year => {
            let month = if n < 0 { 13 + n } else { n };
            Point::Month(
                first.year(),
                u32::try_from(month).ok().filter(|m| (1..=12).contains(m))?,
            )
        }
        _ => return None,
    };
    Some(Value::point(point))
}

/// The first and last day of the month `nth` counts in; `Err` with the unresolved value when
/// there is no reference date to place it.
fn month_span(s: &Slots, context: &Context) -> Option<Result<(NaiveDate, NaiveDate), Value>> {
    let (year, month) = match s.month {
        Some(month) => match year_of_month(month, s, context) {
            Ok(year) => (year, month),
            Err(unresolved) => return Some(Err(unresolved)),
        },
        // "The last Friday of the month", "the first Monday of next month": the reference
        // month, moved by the shift.
        None => {
            let Some(reference) = context.reference else {
                return Some(Err(Value::unresolved_date(Within::Month(None))));
            };
            let first = reference.with_day(1)?;
            let shift = s.shift.unwrap_or(0);
            let first = if shift < 0 {
                first.checked_sub_months(Months::new(shift.unsigned_abs()))?
            } else {
                first.checked_add_months(Months::new(shift.unsigned_abs()))?
            };
            (first.year(), first.month())
        }
    };
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    Some(Ok((first, last_of_month(first)?)))
}

/// The first and last day of the year `nth` counts in: the one written, else "the year" of the
/// story in a narrative, else the reference date's, either moved by the shift ("next year").
fn year_span(s: &Slots, context: &Context) -> Option<Result<(NaiveDate, NaiveDate), Value>> {
    let shift = s.shift.unwrap_or(0);
    let year = match (s.year, context.narrative_anchor(), context.reference) {
        (Some(year), ..) => year,
        (None, Some(anchor), _) => anchor.year().checked_add(shift)?,
        (None, None, Some(reference)) => reference.year().checked_add(shift)?,
        (None, None, None) => return Some(Err(Value::unresolved_date(Within::Year))),
    };
    Some(Ok((
        NaiveDate::from_ymd_opt(year, 1, 1)?,
        NaiveDate::from_ymd_opt(year, 12, 31)?,
    )))
}

/// "Christmas 1998", "last Thanksgiving", "on Easter Sunday": the holiday in the year written,
/// else the one before or after the reference date that "last", "next" or the tense says.
pub(super) fn holiday(s: &Slots, days: i32, context: &Context) -> Option<Value> {
    let holiday = s.holiday?;
    let year = match (s.year, context.narrative_anchor(), context.reference) {
        (Some(year), ..) => year,
        (None, Some(anchor), _) => anchor.year(),
        (None, None, Some(reference)) => {
            let this_year = reference.year();
            let this = holiday.in_year(this_year)?;
            match s.shift {
                Some(0) => this_year,
                Some(n) if n < 0 => this_year - i32::from(this >= reference),
                Some(_) => this_year + i32::from(this <= reference),
                None => year_by_tense(reference, (this.month(), this.day()), context.tense),
            }
        }
        (None, None, None) => return Some(Value::unresolved_date(Within::Day(None, None))),
    };
    let day = add_days(holiday.in_year(year)?, i64::from(days))?;
    Some(Value::point(with_daypart(day, s.daypart)))
}

/// The day the slots name to count from: a holiday, a date, a month and day, a day name (the
/// next, unless the tense is past) or a day shift ("tomorrow"); `Err` with the unresolved
/// value when there is no reference date.
pub(super) fn named_day(s: &Slots, context: &Context) -> Option<Result<NaiveDate, Value>> {
    if s.holiday.is_some() {
        let mut plain = s.clone();
        plain.daypart = None;
        let value = holiday(&plain, 0, context)?;
        return Some(match value.anchor().and_then(|point| point.first_day()) {
            Some(day) => Ok(day),
            None => Err(value),
        });
    }
    if let Some(date) = s.date {
        return Some(Ok(date));
    }
    if let (Some(month), Some(day)) = (s.month, s.day)
        && let Some(year) = s.year.or_else(|| context.story_year(month))
    {
        return NaiveDate::from_ymd_opt(year, month, day).map(Ok);
    }
    let Some(reference) = context.reference else {
        return Some(Err(Value::unresolved_date(Within::Day(None, None))));
    };
    Some(Ok(match (s.month, s.day, s.weekday, s.day_shift) {
        (Some(month), Some(day), ..) => NaiveDate::from_ymd_opt(
            year_by_tense(reference, (month, day), context.tense),
            month,
            day,
        )?,
        (None, None, Some(iso), _) => {
            let tense = if context.tense == Tense::Past {
                Tense::Past
            } else {
                Tense::Future
            };
            nearest_weekday(reference, weekday(iso)?, tense)
        }
        (None, None, None, Some(n)) => add_days(reference, i64::from(n))?,
        _ => return None,
    }))
}

/// "Three days before Easter", "a week from Friday", "a year ago today": the named day moved
/// by the number of units in `direction`; with `whole`, the unit (week, weekend, month) that
/// holds the day so reached ("the week after Easter", "the week of March 4", "Memorial Day
/// weekend", which for a holiday on a Monday is the weekend before it).
pub(super) fn counted_from(
    s: &Slots,
    direction: i32,
    whole: bool,
    context: &Context,
) -> Option<Value> {
    let day = match named_day(s, context)? {
        Ok(day) => day,
        Err(unresolved) => return Some(unresolved),
    };
    let n = match s.number {
        Some(Amount::Exact(n)) => i64::from(n),
        Some(Amount::Vague) => return None,
        None => 1,
    } * i64::from(direction);
    let Some(unit) = s.unit else {
        // "The night of March 3": the day itself.
        return Some(Value::point(with_daypart(day, s.daypart)));
    };
    let moved = match unit {
        Unit::Day => add_days(day, n)?,
        Unit::Week | Unit::Weekend => add_days(day, 7 * n)?,
        Unit::Month | Unit::Year => {
            let months = n * if unit == Unit::Year { 12 } else { 1 };
            let by = Months::new(u32::try_from(months.unsigned_abs()).ok()?);
            if months < 0 {
                day.checked_sub_months(by)?
            } else {
                day.checked_add_months(by)?
            }
        }
        _ => return None,
    };
    if !whole {
        return Some(Value::point(with_daypart(moved, s.daypart)));
    }
    let moved = if unit == Unit::Weekend && moved.weekday() == Weekday::Mon {
        add_days(moved, -1)?
    } else {
        moved
    };
    Some(Value::point(Point::containing(moved, unit)))
}

/// The nth `day` between `first` and `last` (a month), counted back from `last` if `n` < 0.
fn nth_weekday(first: NaiveDate, last: NaiveDate, day: Weekday, n: i32) -> Option<NaiveDate> {
    let target = i64::from(day.num_days_from_monday());
    let found = if n > 0 {
        let ahead = (target - i64::from(first.weekday().num_days_from_monday())).rem_euclid(7);
        add_days(first, ahead + 7 * i64::from(n - 1))?
    } else {
        let back = (i64::from(last.weekday().num_days_from_monday()) - target).rem_euclid(7);
        add_days(last, -back - 7 * i64::from(-n - 1))?
    };
    (found >= first && found <= last).then_some(found)
}

fn last_of_month(first: NaiveDate) -> Option<NaiveDate> {
    first.checked_add_months(chrono::Months::new(1))?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nth_weekdays_count_from_either_end_of_the_month() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let nov = ymd(2024, 11, 1);
        let end = ymd(2024, 11, 30);
        assert_eq!(
            nth_weekday(nov, end, Weekday::Tue, 1),
            Some(ymd(2024, 11, 5))
        );
        assert_eq!(
            nth_weekday(nov, end, Weekday::Fri, 1),
            Some(ymd(2024, 11, 1))
        );
        assert_eq!(
            nth_weekday(nov, end, Weekday::Thu, 4),
            Some(ymd(2024, 11, 28))
        );
        assert_eq!(
            nth_weekday(nov, end, Weekday::Sat, -1),
            Some(ymd(2024, 11, 30))
        );
        assert_eq!(
            nth_weekday(nov, end, Weekday::Mon, -1),
            Some(ymd(2024, 11, 25))
        );
        assert_eq!(nth_weekday(nov, end, Weekday::Mon, 5), None);
    }
}
