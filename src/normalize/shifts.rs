//! Dates counted from another: "last week", "next Tuesday", "this spring" (from the reference
//! date), "the following day", "that year" (from the date mentioned before), "three days ago",
//! "two weeks later".

use chrono::{Datelike, NaiveDate};

use super::{
    Context, Tense, Value, add_days, duration, partial, weekday, weekday_from, with_daypart,
    year_by_tense,
};
use crate::recognize::{Amount, Slots};
use crate::timex::{
    self, Partial, Point, Ref, TimeOfDay, TimexType, Unit, Within, Year, shift_date,
};

pub(super) fn shift(s: &Slots, fixed: Option<i32>, context: &Context) -> Option<Value> {
    let n = fixed.or(s.shift).unwrap_or(0);
    let Some(reference) = context.reference else {
        let (within, time) = match (s.month, s.weekday, s.season, s.daypart, s.unit) {
            (Some(m), ..) => (Within::Month(Some(m)), None),
            (_, Some(w), ..) => (Within::Weekday(w), None),
            (_, _, Some(_), ..) => (Within::Year, None),
            (_, _, _, Some(p), _) => (Within::Day(None, None), Some(TimeOfDay::Part(p))),
            (.., Some(Unit::Month)) => (Within::Month(None), None),
            (.., Some(Unit::Week | Unit::Weekend)) => (Within::Week(None), None),
            (.., Some(Unit::Day)) => (Within::Day(None, None), None),
            (.., Some(Unit::Quarter)) => (Within::Quarter(None), None),
            _ => (Within::Year, None),
        };
        return Some(Value::unresolved(
            TimexType::Date,
            partial(Year::Unknown, within, time),
        ));
    };
    if let Some(month) = s.month {
        // "last Oct. 23": the latest such day before the reference date, as "last October" is
        // the latest such month.
        let here = (reference.month(), s.day.map_or(0, |_| reference.day()));
        let there = (month, s.day.unwrap_or(0));
        let year = reference.year()
            + if n < 0 && there >= here {
                -1
            } else if n > 0 && there <= here {
                1
            } else {
                0
            };
        return Some(Value::point(match s.day {
            Some(day) => Point::Day(NaiveDate::from_ymd_opt(year, month, day)?),
            None => Point::Month(year, month),
        }));
    }
    if let Some(day) = s.weekday {
        let day = if s.unit == Some(Unit::Week) {
            // "Friday of next week": that day of the week moved.
            add_days(weekday_from(reference, weekday(day)?, 0)?, 7 * i64::from(n))?
        } else {
            weekday_from(reference, weekday(day)?, n)?
        };
        return Some(Value::point(with_daypart(day, s.daypart)));
    }
    if let Some(season) = s.season {
        let year = if fixed.is_some() {
            year_by_tense(reference, (season.first_month(), 0), context.tense)
        } else {
            reference.year() + n + latest_season(season, n, reference.month())
        };
        return Some(Value::point(Point::Season(year, season)));
    }
    if let Some(part) = s.daypart {
        let back = if n < 0 { -1 } else { 0 };
        return Some(Value::point(Point::DayPart(
            add_days(reference, back)?,
            part,
        )));
    }
    let unit = s.unit.unwrap_or(Unit::Year);
    if unit == Unit::Weekend && fixed == Some(0) && context.tense != Tense::Future {
        // "over the weekend", told on a weekday: the one just past.
        let back = i64::from(reference.weekday().num_days_from_monday()).min(5) + 1;
        let day = if back >= 6 {
            reference
        } else {
            add_days(reference, -back)?
        };
        return Some(Value::point(Point::containing(day, Unit::Weekend)));
    }
    if s.number == Some(Amount::Vague) {
        // "the past several quarters", "the next few days": a vague pointer.
        let value = if n > 0 { Ref::Future } else { Ref::Past };
        return Some(Value::plain(TimexType::Date, timex::Value::Ref(value)));
    }
    if s.plural {
        // "the coming weeks", "over the years": a stretch of unknown length.
        return Some(duration(unit.duration(None)));
    }
    Some(Value::point(
        Point::containing(reference, unit).shifted(unit, n)?,
    ))
}

/// "A drought that started last spring", told in October: the latest spring, this year's, over
/// by then (as "last March" would be); "next summer" told in February is this year's, not
/// begun. The years to add to a plain count of years; a winter straddles two years and keeps
/// the count.
fn latest_season(season: timex::Season, n: i32, month: u32) -> i32 {
    let start = season.first_month();
    match n.signum() {
        _ if season == timex::Season::Winter => 0,
        -1 if start + 2 < month => 1,
        1 if start > month => -1,
        _ => 0,
    }
}

/// "The following year", "that morning", "the previous Friday", "that summer": moved from the
/// date told before (else the reference date).
pub(super) fn ref_shift(s: &Slots, fixed: Option<i32>, context: &Context) -> Option<Value> {
    let Some(mut anchor) = context.previous.or(context.reference.map(Point::Day)) else {
        return Some(Value::unresolved_date(Within::Year));
    };
    let said = fixed.or(s.ref_shift);
    let shift = said.unwrap_or(0);
    // "in the morning": the story's day itself, if the story is at a day; else today's.
    if said.is_none()
        && anchor.unknown_inside(Unit::Day).is_some()
        && let Some(reference) = context.reference
    {
        anchor = Point::Day(reference);
    }
    if let Some(month) = s.month {
        // "in March that year", "on May 5 the following year".
        let year = anchor.first_day()?.year().checked_add(shift)?;
        return Some(Value::point(match s.day {
            Some(day) => Point::Day(NaiveDate::from_ymd_opt(year, month, day)?),
            None => Point::Month(year, month),
        }));
    }
    if let Some(season) = s.season {
        let year = anchor.first_day()?.year();
        let start = season.first_month();
        // After "in 1950", "the following summer" is 1951's; after "in March 1950", 1950's.
        let within_year = anchor.unknown_inside(Unit::Month).is_none();
        let month = anchor.first_day()?.month();
        let year = match shift.signum() {
            1 if within_year && start > month => year,
            -1 if within_year && start < month => year,
            // "In December 1940 ... in the spring": the one to come, as a month would.
            0 if within_year && start < month && start + 12 - month <= 4 => year + 1,
            n => year + n,
        };
        return Some(Value::point(Point::Season(year, season)));
    }
    // "the following morning" and "the previous Friday" move by days.
    let unit = match s.unit {
        Some(unit) => unit,
        None if s.daypart.is_some() || s.weekday.is_some() => Unit::Day,
        // "At the same time": in a story, the time just told; in news a connective ("at the
        // same time, he said").
        None if shift == 0 && context.narrative && context.previous.is_some() => {
            return Some(Value::point(anchor));
        }
        None => return None,
    };
    if s.plural {
        // "in the next days": a stretch, as "the coming days" is.
        return Some(duration(unit.duration(None)));
    }
    if let Some(value) = anchor.unknown_inside(unit) {
        return Some(match (s.daypart, value) {
            (Some(part), timex::Value::Partial(p)) => Value::plain(
                TimexType::Time,
                timex::Value::Partial(Box::new(Partial {
                    time: Some(TimeOfDay::Part(part)),
                    ..*p
                })),
            ),
            (_, value) => Value::plain(TimexType::Date, value),
        });
    }
    if let Some(day) = s.weekday {
        let day = weekday_from(anchor.first_day()?, weekday(day)?, shift)?;
        return Some(Value::point(with_daypart(day, s.daypart)));
    }
    // "In March 2019 ... the following year": the unit named is the granularity.
    let day = shift_date(anchor.first_day()?, unit, shift)?;
    Some(Value::point(match s.daypart {
        Some(part) => Point::DayPart(day, part),
        None => Point::containing(day, unit),
    }))
}

pub(super) fn offset(
    s: &Slots,
    direction: i32,
    context: &Context,
    from_previous: bool,
) -> Option<Value> {
    let unit = s.unit?;
    let anchor = match (
        context.previous.filter(|_| from_previous),
        context.reference,
    ) {
        (Some(previous), _) => previous,
        (None, Some(reference)) => Point::Day(reference),
        (None, None) => return Some(Value::unresolved_date(Within::Year)),
    };
    let n = match s.number? {
        Amount::Exact(n) => i32::try_from(n).ok()?,
        Amount::Vague => {
            let kind = if direction < 0 {
                Ref::Past
            } else {
                Ref::Future
            };
            if unit != Unit::Year {
                return Some(Value::plain(TimexType::Date, timex::Value::Ref(kind)));
            }
            let decade = anchor.first_day()?.year().div_euclid(10);
            let value = partial(Year::Decade(decade), Within::Year, None);
            return Some(Value::plain(TimexType::Date, value));
        }
    };
    // Business news compares with the same quarter a year before.
    if unit == Unit::Year
        && let Some(previous @ (Point::Quarter(..) | Point::Half(..))) = context.previous
    {
        return Some(Value::point(previous.shifted(unit, direction * n)?));
    }
    if let Some(value) = anchor.unknown_inside(unit) {
        return Some(Value::plain(TimexType::Date, value));
    }
    let anchor = match anchor {
        Point::Day(_) | Point::DayPart(..) | Point::Clock(..) => anchor,
        // "Two hours later" than a month: hours count from the reference date.
        _ if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) => {
            Point::Day(context.reference?)
        }
        _ => anchor,
    };
    Some(Value::point(anchor.shifted(unit, direction * n)?))
}
