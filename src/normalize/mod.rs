//! Normalisation: an expression as recognised, plus its context (the reference date, the date
//! mentioned before it, the tense of its sentence), becomes a TIMEX3 type and value.
//!
//! Pure functions only: no text, no tokens. The policy for news is that a month or day name
//! without a year takes the reference date's, moved by tense, and unknown tense leans to the
//! past, because news mostly reports what happened.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::recognize::{Amount, DurationKind, Expression, Period, Producer, Slots};
use crate::timex::{self, DayPart, Partial, Point, TimeOfDay, TimexType, Unit, Within, Year};

pub use crate::text::Tense;
use shifts::{offset, ref_shift, shift};

/// What normalisation knows besides the expression.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The document's date; `None` leaves relative values unresolved (`XXXX`).
    pub reference: Option<NaiveDate>,
    /// The last date mentioned before the expression, for "two days later".
    pub previous: Option<Point>,
    pub tense: Tense,
    /// A narrative (history, a profile): month and day names follow the story, taking the
    /// year or week of the date mentioned before them rather than the reference date's.
    pub narrative: bool,
}

impl Context {
    /// In a narrative, the first day of the date mentioned before, if it names a year or a
    /// shorter period (a decade or century says too little to take a year from).
    fn narrative_anchor(&self) -> Option<NaiveDate> {
        let previous = self.previous.filter(|_| self.narrative)?;
        match previous {
            Point::Century(_) | Point::Decade(_) => None,
            _ => previous.first_day(),
        }
    }
}

/// A normalised value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub kind: TimexType,
    pub value: timex::Value,
    /// The value is a calendar point the next expression may count from ("two days later").
    pub anchors: bool,
    /// The value depends on a reference date that was not given.
    pub unresolved: bool,
}

impl Value {
    fn point(point: Point) -> Self {
        let kind = match point {
            Point::DayPart(..) | Point::Clock(..) => TimexType::Time,
            _ => TimexType::Date,
        };
        Self {
            anchors: true,
            ..Self::plain(kind, timex::Value::Point(point))
        }
    }
    fn plain(kind: TimexType, value: timex::Value) -> Self {
        Self {
            kind,
            value,
            anchors: false,
            unresolved: false,
        }
    }
    fn unresolved(kind: TimexType, value: timex::Value) -> Self {
        Self {
            unresolved: true,
            ..Self::plain(kind, value)
        }
    }
    /// A date whose year is not known (no reference date), and perhaps more.
    fn unresolved_date(within: Within) -> Self {
        Self::unresolved(TimexType::Date, partial(Year::Unknown, within, None))
    }

    /// The calendar point the next expression may count from ("two days later").
    #[must_use]
    pub fn anchor(&self) -> Option<Point> {
        match self.value {
            timex::Value::Point(point) if self.anchors => Some(point),
            _ => None,
        }
    }
}

fn partial(year: Year, within: Within, time: Option<TimeOfDay>) -> timex::Value {
    timex::Value::Partial(Box::new(Partial { year, within, time }))
}

/// Whether normalising `expression` reads the tense, which is costly to find: month and day
/// names, quarters, halves, holidays and clock times do, and so do a season or "the weekend" said
/// without "last" or "next"; years, durations and "next month" do not.
#[must_use]
pub fn needs_tense(expression: &Expression) -> bool {
    let s = &expression.slots;
    match expression.producer {
        Producer::Month
        | Producer::Weekday
        | Producer::Quarter(_)
        | Producer::Half(_)
        | Producer::Time(..)
        | Producer::Holiday(_)
        | Producer::From(..) => true,
        Producer::Nth(_, of_year) => !of_year && s.year.is_none(),
        // "A quarter to six am on Friday": the Friday before or after.
        Producer::Clock(..) => s.weekday.is_some(),
        Producer::Shift(fixed) => {
            fixed.is_some() && (s.season.is_some() || s.unit == Some(Unit::Weekend))
        }
        _ => false,
    }
}

/// Which quarter or half: fixed by the rule ("the final quarter"), or counted by a number
/// ("Q3") or an ordinal ("the third quarter").
fn part_number(s: &Slots, fixed: Option<u32>) -> Option<u32> {
    match (fixed, s.number) {
        (Some(n), _) | (None, Some(Amount::Exact(n))) => Some(n),
        // "the September quarter": the quarter that ends in that month. A month that ends
        // no quarter ("the May quarter") gives a number out of range, so no date.
        _ => s
            .ordinal
            .or(s.month.map(|m| if m % 3 == 0 { m / 3 } else { 0 })),
    }
}

/// The TIMEX3 type and value of `expression` in `context`; `None` when the captured
/// values make no date (February 30) or the rule data asks for something impossible.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use timeliner::normalize::{Context, Tense, normalize};
/// use timeliner::recognize::recognize;
///
/// let found = recognize("They met in March.");
/// let reference = NaiveDate::from_ymd_opt(2013, 2, 12);
/// let past = Context { reference, previous: None, tense: Tense::Past, narrative: false };
/// let future = Context { tense: Tense::Future, ..past };
/// assert_eq!(normalize(&found[0], &past).unwrap().value.to_string(), "2012-03");
/// assert_eq!(normalize(&found[0], &future).unwrap().value.to_string(), "2013-03");
/// ```
#[must_use]
pub fn normalize(expression: &Expression, context: &Context) -> Option<Value> {
    if context.narrative
        && let Some(value) = story::story(expression, context)
    {
        return value;
    }
    let s = &expression.slots;
    let reference = context.reference;
    match &expression.producer {
        Producer::Date if s.year.is_none() && s.date.is_none() => {
            // "June last year": the year comes from a shift of the reference year.
            let Some(reference) = reference else {
                return Some(Value::unresolved_date(Within::Year));
            };
            let year = reference.year() + s.shift?;
            let mut with_year = s.clone();
            with_year.year = Some(year);
            absolute(&with_year).map(Value::point)
        }
        Producer::Date => absolute(s).map(Value::point),
        Producer::Month if s.month.is_none() => days::without_month(s, context),
        Producer::Month => {
            let month = s.month?;
            // "In 2011 ... In December": in a narrative, the story's year.
            if let Some(year) = context.story_year(month) {
                return Some(Value::point(match s.day {
                    Some(day) => Point::Day(NaiveDate::from_ymd_opt(year, month, day)?),
                    None => Point::Month(year, month),
                }));
            }
            let Some(reference) = reference else {
                return Some(Value::unresolved_date(match s.day {
                    Some(day) => Within::Day(Some(month), Some(day)),
                    None => Within::Month(Some(month)),
                }));
            };
            let year = year_by_tense(reference, (month, s.day.unwrap_or(0)), context.tense);
            Some(Value::point(match s.day {
                Some(day) => Point::Day(NaiveDate::from_ymd_opt(year, month, day)?),
                None => Point::Month(year, month),
            }))
        }
        Producer::Weekday => {
            if s.plural {
                // "Mondays", "Tuesday nights": every such day.
                let time = s.daypart.map(TimeOfDay::Part);
                return Some(Value::plain(
                    TimexType::Set,
                    partial(Year::Unknown, Within::Weekday(s.weekday?), time),
                ));
            }
            let weekday = weekday(s.weekday?)?;
            // "On March 3 ... On Monday": in a narrative, the Monday after the story's day.
            if let Some(Point::Day(day) | Point::DayPart(day, _) | Point::Clock(day, ..)) =
                context.previous.filter(|_| context.narrative)
            {
                let day = nearest_weekday(day, weekday, Tense::Future);
                return Some(Value::point(with_daypart(day, s.daypart)));
            }
            let Some(reference) = reference else {
                let time = s.daypart.map(TimeOfDay::Part);
                let value = partial(Year::Unknown, Within::Weekday(s.weekday?), time);
                return Some(Value::unresolved(TimexType::Date, value));
            };
            let day = nearest_weekday(reference, weekday, context.tense);
            Some(Value::point(with_daypart(day, s.daypart)))
        }
        Producer::Shift(fixed) => shift(s, *fixed, context),
        Producer::RefShift(fixed) => ref_shift(s, *fixed, context),
        Producer::Offset(direction) => offset(s, *direction, context, false),
        Producer::RefOffset => offset(s, s.direction?, context, true),
        Producer::Day(fixed, part) => {
            let n = fixed.or(s.day_shift)?;
            let part = part.or(s.daypart);
            let Some(reference) = reference else {
                return Some(Value::unresolved_date(Within::Day(None, None)));
            };
            let day = add_days(reference, i64::from(n))?;
            Some(Value::point(with_daypart(day, part)))
        }
        Producer::Quarter(fixed) if part_number(s, *fixed).is_none() => {
            // "last year's quarter": the reported quarter, shifted by years.
            let Some(reference) = reference else {
                return Some(Value::unresolved_date(Within::Quarter(None)));
            };
            let reported =
                Point::containing(reference.checked_sub_days(Days::new(45))?, Unit::Quarter);
            if let (Some(year), Point::Quarter(_, q)) = (s.year, reported) {
                return Some(Value::point(Point::Quarter(year, q)));
            }
            Some(Value::point(reported.shifted(Unit::Year, s.shift?)?))
        }
        Producer::Quarter(fixed) | Producer::Half(fixed) => {
            let n = part_number(s, *fixed)?;
            let per_year = if matches!(expression.producer, Producer::Quarter(_)) {
                4
            } else {
                2
            };
            if !(1..=per_year).contains(&n) {
                return None;
            }
            let make = |y| {
                if per_year == 4 {
                    Point::Quarter(y, n)
                } else {
                    Point::Half(y, n)
                }
            };
            if let Some(year) = s.year {
                return Some(Value::point(make(year)));
            }
            if let (Some(shift), Some(reference)) = (s.shift, reference) {
                return Some(Value::point(make(reference.year() + shift)));
            }
            let Some(reference) = reference else {
                return Some(Value::unresolved_date(if per_year == 4 {
                    Within::Quarter(Some(n))
                } else {
                    Within::Half(n)
                }));
            };
            // A quarter not yet begun is last year's unless said in the future tense; a
            // quarter already begun is this year's even then ("expects third-quarter results").
            let current = (reference.month() - 1) / (12 / per_year) + 1;
            let year = reference.year() - i32::from(context.tense != Tense::Future && n > current);
            Some(Value::point(make(year)))
        }
        Producer::Reported(years) => {
            let Some(reference) = reference else {
                return Some(Value::unresolved_date(Within::Quarter(None)));
            };
            // News reports on the quarter that ended most recently, a few weeks back.
            let reported =
                Point::containing(reference.checked_sub_days(Days::new(45))?, Unit::Quarter);
            Some(Value::point(reported.shifted(Unit::Year, *years)?))
        }
        Producer::Decade => match (s.decade, s.shift) {
            // "The 1800s" is the 19th century; "the 2000s" stays the decade, as people use it.
            (Some(decade @ 10..200), _) if decade % 10 == 0 => {
                Some(Value::point(Point::Century(decade / 10)))
            }
            (Some(decade), _) => Some(Value::point(Point::Decade(decade))),
            (None, Some(shift)) => match reference {
                Some(r) => Some(Value::point(Point::Decade(r.year().div_euclid(10) + shift))),
                None => Some(Value::unresolved(
                    TimexType::Date,
                    timex::Value::PartialDecade(None),
                )),
            },
            (None, None) => None,
        },
        Producer::Century => {
            let n = i32::try_from(s.ordinal?).ok()?;
            // "the 4th century BC" is `BC03`: counted back from the common era.
            let century = if s.era == Some(-1) { 1 - n } else { n - 1 };
            Some(Value::point(Point::Century(century)))
        }
        Producer::YearEnd => match reference {
            Some(r) => Some(Value::point(Point::Day(NaiveDate::from_ymd_opt(
                r.year(),
                12,
                31,
            )?))),
            None => Some(Value::unresolved_date(Within::Day(Some(12), Some(31)))),
        },
        Producer::Duration(DurationKind::HalfUnit) => {
            let half = match s.unit? {
                Unit::Century => Unit::Year.duration(Some(50)),
                Unit::Decade => Unit::Year.duration(Some(5)),
                Unit::Year => Unit::Month.duration(Some(6)),
                Unit::Day => Unit::Hour.duration(Some(12)),
                Unit::Hour => Unit::Minute.duration(Some(30)),
                Unit::Minute => Unit::Second.duration(Some(30)),
                // Half a month or a week has no exact TIMEX3 value.
                _ => return None,
            };
            Some(Value::plain(
                TimexType::Duration,
                timex::Value::Duration(half),
            ))
        }
        Producer::Duration(kind) => {
            let unit = s.unit?;
            if s.number.is_none() && !s.plural && *kind == DurationKind::Vague {
                // A bare singular unit ("year") is not an expression.
                return None;
            }
            let n = match (kind, s.number) {
                (DurationKind::Vague, _) | (_, Some(Amount::Vague)) => None,
                (_, Some(Amount::Exact(n))) => Some(n),
                (_, None) if s.plural => None,
                (_, None) => Some(1),
            };
            let mut value = unit.duration(n);
            if *kind == DurationKind::AndAHalf {
                value = value.and_a_half();
            }
            Some(Value::plain(
                TimexType::Duration,
                timex::Value::Duration(value),
            ))
        }
        Producer::Set(period) => {
            if let Some(month) = s.month {
                let value = partial(Year::Unknown, Within::Month(Some(month)), None);
                return Some(Value::plain(TimexType::Set, value));
            }
            let units = match (*period, s.number) {
                (Period::One, _) | (Period::Counted, None) => Some(1),
                (Period::Fixed(n), _) | (Period::Counted, Some(Amount::Exact(n))) => Some(n),
                (Period::Counted, Some(Amount::Vague)) => None,
            };
            // "every Monday at 9am": the clock time is more precise than a part of the day.
            let time = s
                .clock
                .map(|(h, m)| TimeOfDay::Clock(h, m))
                .or(s.daypart.map(TimeOfDay::Part));
            let value = match (s.weekday, s.daypart, s.unit, s.season) {
                (Some(day), ..) => partial(Year::Unknown, Within::Weekday(day), time),
                (None, Some(_), ..) => partial(Year::Unknown, Within::Day(None, None), time),
                (None, None, Some(unit), _) => timex::Value::Duration(unit.duration(units)),
                (None, None, None, Some(season)) => {
                    partial(Year::Unknown, Within::Season(season), None)
                }
                (None, None, None, None) => return None,
            };
            Some(Value::plain(TimexType::Set, value))
        }
        Producer::Value(kind, value) => Some(match (value, reference) {
            // A clock time of the data ("noon" is `T12:00`) is on the reference day.
            (timex::Value::Partial(partial), Some(r))
                if let Partial {
                    year: Year::Unknown,
                    within: Within::Day(None, None),
                    time: Some(TimeOfDay::Clock(h, m)),
                } = **partial =>
            {
                Value::plain(*kind, timex::Value::Point(Point::Clock(r, h, m)))
            }
            (timex::Value::Partial(_), None) => Value::unresolved(*kind, value.clone()),
            _ => Value::plain(*kind, value.clone()),
        }),
        Producer::Ref => Some(Value::plain(
            TimexType::Date,
            timex::Value::Ref(s.reference?),
        )),
        Producer::Holiday(days) => days::holiday(s, days.unwrap_or(0), context),
        Producer::Nth(fixed, of_year) => days::nth(s, *fixed, *of_year, context),
        Producer::From(direction, unit) => days::counted_from(s, *direction, *unit, context),
        Producer::Nothing => None,
        Producer::Clock(minutes, part) => {
            // "half past three", "a quarter to 6 p.m.": the hour said, moved by the minutes;
            // "half past three pm": an hour said in words, in the part of day given.
            let hour = match (s.clock, s.number) {
                (Some((hour, _)), _) => hour,
                (None, Some(Amount::Exact(hour @ 1..=12))) => {
                    part.map_or(hour, |part| hour_in_daypart(hour, part))
                }
                _ => return None,
            };
            let said = i64::from(hour) * 60 + i64::from(*minutes);
            let total = said.rem_euclid(24 * 60);
            let (hour, minute) = (
                u32::try_from(total / 60).ok()?,
                u32::try_from(total % 60).ok()?,
            );
            // "A quarter to twelve am on Friday" is 23:45 of the Thursday.
            let mut value = clock_on_day(s, context, hour, minute)?;
            if let timex::Value::Point(Point::Clock(day, ..)) = &mut value.value {
                *day = add_days(*day, said.div_euclid(24 * 60))?;
            }
            Some(value)
        }
        Producer::Time(fixed_hour, part) => {
            let (mut hour, minute) = s
                .clock
                .or(fixed_hour.map(|h| (h, 0)))
                .or_else(|| hour_of_daypart(s))?;
            if let Some(part) = part.or(s.daypart.filter(|_| s.clock.is_some())) {
                // "10:30 tonight" is 22:30, "4:15 in the afternoon" 16:15.
                hour = hour_in_daypart(hour, part);
            }
            clock_on_day(s, context, hour, minute)
        }
    }
}

/// A clock time on the day the slots name: a date said with it, a day name, a day of this
/// month ("on the 15th at 7 pm"), a day shift or a part of a shifted day ("last night at
/// 11"), else the reference date.
fn clock_on_day(s: &Slots, context: &Context, hour: u32, minute: u32) -> Option<Value> {
    // "At 5 a.m. on 22 June 1941", "2024-03-15 10:00": the date said with the clock time wins.
    let said = s.date.or_else(|| {
        s.month.zip(s.day).and_then(|(month, day)| {
            let year = s.year.or_else(|| context.story_year(month))?;
            NaiveDate::from_ymd_opt(year, month, day)
        })
    });
    let day = match (s.weekday, context.reference) {
        _ if said.is_some() => said?,
        // "Christmas Eve at 6pm": the holiday's day.
        _ if s.holiday.is_some() => match days::named_day(s, context)? {
            Ok(day) => day,
            Err(unresolved) => return Some(unresolved),
        },
        (_, None) => {
            let time = Some(TimeOfDay::Clock(hour, minute));
            let value = partial(Year::Unknown, Within::Day(None, None), time);
            return Some(Value::unresolved(TimexType::Time, value));
        }
        (_, Some(r)) if s.month.is_some() => {
            let (month, day) = (s.month?, s.day?);
            NaiveDate::from_ymd_opt(year_by_tense(r, (month, day), context.tense), month, day)?
        }
        // "next Monday at 9": the day the shift names.
        (Some(w), Some(r)) if s.shift.is_some() => weekday_from(r, weekday(w)?, s.shift?)?,
        (Some(w), Some(r)) => nearest_weekday(r, weekday(w)?, context.tense),
        (None, Some(r)) if s.day.is_some() => NaiveDate::from_ymd_opt(r.year(), r.month(), s.day?)?,
        (None, Some(r)) => {
            let shift = s.day_shift.or(s.shift.filter(|_| s.daypart.is_some()));
            add_days(r, i64::from(shift.unwrap_or(0)))?
        }
    };
    Some(Value::point(Point::Clock(day, hour, minute)))
}

/// The day of the week of a date that the text also names by a day of the week, when the two
/// disagree: "Friday, March 5, 1946" was a Tuesday. The date is kept (it says more); the
/// caller warns.
///
/// # Example
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use timeliner::normalize::{Context, normalize, weekday_contradiction};
/// use timeliner::recognize::recognize;
///
/// let found = recognize("Friday, March 5, 1946");
/// let value = normalize(&found[0], &Context::default()).unwrap();
/// let day = NaiveDate::from_ymd_opt(1946, 3, 5).unwrap();
/// assert_eq!(weekday_contradiction(&found[0], &value), Some((day, Weekday::Tue)));
/// ```
#[must_use]
pub fn weekday_contradiction(
    expression: &Expression,
    value: &Value,
) -> Option<(NaiveDate, Weekday)> {
    let named = weekday(expression.slots.weekday?)?;
    let (Producer::Date | Producer::Month) = expression.producer else {
        return None;
    };
    let timex::Value::Point(Point::Day(day)) = value.value else {
        return None;
    };
    (day.weekday() != named).then_some((day, day.weekday()))
}

/// "4 in the morning", "9 in the evening", "ten o'clock": an hour of the clock, read with its
/// part of day if one is said.
fn hour_of_daypart(s: &Slots) -> Option<(u32, u32)> {
    let Some(Amount::Exact(hour @ 1..=12)) = s.number else {
        return None;
    };
    Some((
        s.daypart.map_or(hour, |part| hour_in_daypart(hour, part)),
        0,
    ))
}

/// An hour of a 12- or 24-hour clock read in a part of the day.
fn hour_in_daypart(hour: u32, part: DayPart) -> u32 {
    match part {
        DayPart::Morning => hour % 12,
        DayPart::Afternoon | DayPart::Evening if hour < 12 => hour + 12,
        DayPart::Afternoon | DayPart::Evening => hour,
        // "11 at night" is 23:00, "2 at night" is 02:00, "12 at night" midnight.
        DayPart::Night => match hour {
            6..=11 => hour + 12,
            12 => 0,
            _ => hour,
        },
    }
}

/// A date from explicit fields: a full date, a year with a month, season, or nothing else.
fn absolute(s: &Slots) -> Option<Point> {
    if let Some(date) = s.date {
        return Some(Point::Day(date));
    }
    let year = s.year?;
    if let Some(holiday) = s.holiday {
        return Some(with_daypart(holiday.in_year(year)?, s.daypart));
    }
    Some(match (s.month, s.day, s.season) {
        // "the night of 12 March 1911": a part of that day.
        (Some(month), Some(day), _) => {
            with_daypart(NaiveDate::from_ymd_opt(year, month, day)?, s.daypart)
        }
        (Some(month), None, _) => Point::Month(year, month),
        (None, _, Some(season)) => Point::Season(year, season),
        _ => Point::Year(year),
    })
}

/// The year of a year-less (month, day) said on `reference`: the occurrence nearest to the
/// reference date, where a date in the future counts twice as far with no clear tense; in the
/// past tense a future date counts four times as far and only within 45 days (a whole month:
/// never), and the other way round in the future tense. Day 0 stands for "the whole month".
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use timeliner::normalize::{Tense, year_by_tense};
///
/// let feb = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
/// assert_eq!(year_by_tense(feb, (9, 30), Tense::Past), 2012);
/// assert_eq!(year_by_tense(feb, (9, 30), Tense::Future), 2013);
/// assert_eq!(year_by_tense(feb, (1, 0), Tense::Future), 2014);
/// assert_eq!(year_by_tense(feb, (2, 0), Tense::Unknown), 2013);
/// assert_eq!(year_by_tense(feb, (4, 1), Tense::Unknown), 2013);
/// assert_eq!(year_by_tense(feb, (7, 1), Tense::Unknown), 2012);
/// assert_eq!(year_by_tense(feb, (11, 0), Tense::Unknown), 2012);
/// ```
#[must_use]
pub fn year_by_tense(reference: NaiveDate, (month, day): (u32, u32), tense: Tense) -> i32 {
    let here = (
        reference.month(),
        if day == 0 { 0 } else { reference.day() },
    );
    let year = reference.year();
    // How much farther a date on the side the tense does not point to counts: a past-tense
    // sentence can still name next week's deadline ("rights that expire Nov. 21"), but a
    // whole month on the other side of the tense is out.
    let (future_weight, past_weight) = match tense {
        Tense::Past => (4, 1),
        Tense::Future => (1, 4),
        Tense::Present | Tense::Unknown => (2, 1),
    };
    let allowed = |delta: i64| match tense {
        Tense::Past if delta > 0 => day != 0 && delta <= 45,
        Tense::Future if delta < 0 => day != 0 && delta >= -45,
        _ => true,
    };
    // Distance in days (or months times 31 for a whole month) to each candidate.
    let position = |y: i32, m: u32, d: u32| i64::from(y) * 372 + i64::from(m) * 31 + i64::from(d);
    let now = position(year, here.0, here.1);
    [year - 1, year, year + 1]
        .into_iter()
        .min_by_key(|&y| {
            let delta = position(y, month, day) - now;
            let cost = if delta > 0 {
                delta * future_weight
            } else {
                -delta * past_weight
            };
            (!allowed(delta), cost)
        })
        .unwrap_or(year)
}

/// The day named `weekday` nearest to `reference`: on or before it, or on or after it in the
/// future tense.
#[must_use]
pub fn nearest_weekday(reference: NaiveDate, weekday: Weekday, tense: Tense) -> NaiveDate {
    let here = i64::from(reference.weekday().num_days_from_monday());
    let there = i64::from(weekday.num_days_from_monday());
    let delta = if tense.is_future() {
        (there - here).rem_euclid(7)
    } else {
        -(here - there).rem_euclid(7)
    };
    add_days(reference, delta).unwrap_or(reference)
}

/// The `target` day strictly after `day` (`direction` 1), strictly before it (-1), or in its
/// week (0); a direction of 2 is the one a week after the next ("Thursday after next").
fn weekday_from(day: NaiveDate, target: Weekday, direction: i32) -> Option<NaiveDate> {
    let here = i64::from(day.weekday().num_days_from_monday());
    let there = i64::from(target.num_days_from_monday());
    let weeks = 7 * i64::from(direction - direction.signum());
    let delta = match direction.signum() {
        -1 => -((here - there - 1).rem_euclid(7) + 1),
        1 => (there - here - 1).rem_euclid(7) + 1,
        _ => there - here,
    };
    add_days(day, delta + weeks)
}

fn duration(duration: timex::Duration) -> Value {
    Value::plain(TimexType::Duration, timex::Value::Duration(duration))
}

fn with_daypart(day: NaiveDate, part: Option<DayPart>) -> Point {
    match part {
        Some(part) => Point::DayPart(day, part),
        None => Point::Day(day),
    }
}

fn weekday(iso: u32) -> Option<Weekday> {
    Some(match iso {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

fn add_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        date.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

mod days;
mod shifts;
mod story;
#[cfg(test)]
mod tests;
