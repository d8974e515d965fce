//! The TIMEX3 `value` as a typed value: a calendar point, a point with unknown parts, a vague
//! reference to the past, present or future, or a duration. A SET's value is one of these too
//! ("every Monday" is `XXXX-WXX-1`, "every week" `P1W`): the type says that it repeats.
//!
//! The TIMEX3 string is only an output format: `Display` writes it, [`Value::parse`] reads it
//! back (for the literal values of the rule data, for TimeML written by other tools and for
//! tests).

use std::fmt;

use chrono::NaiveDate;

use super::point::{DayPart, Point, Season, Unit, write_year};

/// A TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A point of the calendar, every part known: `2019`, `1998-Q3`, `2025-09-21TNI`.
    Point(Point),
    /// A date with unknown parts: `XXXX-10`, `XXXX-WXX-1TNI`, `2011-03-XX`, `199X`. Boxed:
    /// the largest kind by far and a rare one once the reference date resolves it, it made
    /// every expression a third larger (a huge text has hundreds of thousands).
    Partial(Box<Partial>),
    /// A decade of which at most the century is known: `XXX`, `19X`.
    PartialDecade(Option<i32>),
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    Ref(Ref),
    Duration(Duration),
    /// A value in TimeML written by another tool (a gold corpus) that this model does not
    /// write, such as `P1Y2M` or `1998-10-02T09:30:00`: kept as written so the TimeML given
    /// back carries it unchanged. It dates nothing. The tagger never makes one. A `String`
    /// boxed, one pointer, not two words: a value is then as small as a `Point`.
    Foreign(Box<String>),
}

/// A vague pointer to the past ("recently"), the present ("now") or the future ("soon").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ref {
    Past,
    Present,
    Future,
}

impl Ref {
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`, as the word lists and TIMEX3 write them.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "PAST_REF" => Self::Past,
            "PRESENT_REF" => Self::Present,
            "FUTURE_REF" => Self::Future,
            _ => return None,
        })
    }

    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Past => "PAST_REF",
            Self::Present => "PRESENT_REF",
            Self::Future => "FUTURE_REF",
        }
    }
}

/// An amount of a unit ("three years", `P3Y`), `None` for an unknown amount (`PXY`), with
/// half a unit more ("a year and a half", `P1Y6M`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duration {
    pub amount: Option<u32>,
    /// Decades and centuries are only kept when the amount is unknown (`PXDE`); a known
    /// number of them is counted in years (`P20Y`).
    pub unit: Unit,
    /// Only for years, days, hours and minutes, whose half TIMEX3 writes in the next unit.
    pub and_a_half: bool,
}

impl Duration {
    /// `amount` of `unit`, decades and centuries counted in years when the amount is known.
    #[must_use]
    pub fn new(unit: Unit, amount: Option<u32>) -> Self {
        let (unit, amount) = match (unit, amount) {
            (Unit::Decade, Some(n)) => (Unit::Year, Some(n.saturating_mul(10))),
            (Unit::Century, Some(n)) => (Unit::Year, Some(n.saturating_mul(100))),
            _ => (unit, amount),
        };
        Self {
            amount,
            unit,
            and_a_half: false,
        }
    }

    /// The same with half a unit more, for the units whose half TIMEX3 can write.
    #[must_use]
    pub fn and_a_half(self) -> Self {
        let and_a_half = matches!(
            self.unit,
            Unit::Year | Unit::Day | Unit::Hour | Unit::Minute
        );
        Self { and_a_half, ..self }
    }
}

/// A date with some parts unknown, at the granularity of `within`, with a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partial {
    pub year: Year,
    pub within: Within,
    pub time: Option<TimeOfDay>,
}

impl Partial {
    /// A partial date with no time of day.
    #[must_use]
    pub fn new(year: Year, within: Within) -> Self {
        Self {
            year,
            within,
            time: None,
        }
    }
}

/// How much of a year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Year {
    /// `XXXX`.
    Unknown,
    /// The century by its first two digits: `19XX`.
    Century(i32),
    /// The decade by its first three digits: `199X`.
    Decade(i32),
    /// An astronomical year: `2011`, `BC0044` for -43.
    Known(i32),
}

/// The part of a partial date finer than its year; `None` marks an unknown number (`X`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within {
    /// Nothing finer: the value is a year.
    Year,
    Half(u32),
    Quarter(Option<u32>),
    Season(Season),
    Month(Option<u32>),
    Week(Option<u32>),
    /// The weekend of a week: `-WXX-WE`.
    Weekend(Option<u32>),
    /// A day of the week (ISO, 1 = Monday) in an unknown week: `-WXX-1`.
    Weekday(u32),
    /// Month and day.
    Day(Option<u32>, Option<u32>),
}

/// A time of day after a day: `TMO`, `T10:35`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOfDay {
    Part(DayPart),
    Clock(u32, u32),
}

/// Why a TIMEX3 value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a TIMEX3 value (such as 2019-03, XXXX-WXX-1, P3Y or PAST_REF)",
            self.0
        )
    }
}

impl std::error::Error for ValueError {}

impl Value {
    /// Reads a TIMEX3 value as `Display` writes it.
    ///
    /// # Errors
    /// [`ValueError`] when the text is not such a value.
    ///
    /// # Example
    ///
    /// ```
    /// use timeliner::timex::{Point, Value};
    ///
    /// assert_eq!(Value::parse("1998-Q3"), Ok(Value::Point(Point::Quarter(1998, 3))));
    /// for text in ["XXXX-WXX-1TNI", "P1Y6M", "PAST_REF", "199X", "2011-03-XX", "BC0044"] {
    ///     assert_eq!(Value::parse(text).unwrap().to_string(), text);
    /// }
    /// assert!(Value::parse("2019-13").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, ValueError> {
        // Only what `Display` writes back the same: no "1998-2" for "1998-02".
        parse_value(text)
            .filter(|value| value.to_string() == text)
            .ok_or_else(|| ValueError(text.to_string()))
    }
}

fn parse_value(text: &str) -> Option<Value> {
    if let Some(r) = Ref::from_code(text) {
        return Some(Value::Ref(r));
    }
    if let Some(rest) = text.strip_prefix('P') {
        return parse_duration(rest).map(Value::Duration);
    }
    let (date, time) = match text.find('T') {
        Some(at) => (&text[..at], Some(parse_time(&text[at + 1..])?)),
        None => (text, None),
    };
    let mut parts = date.split('-');
    let head = parts.next()?;
    let year = match head.len() {
        2 if time.is_none() && parts.clone().next().is_none() => {
            return Some(Value::Point(Point::Century(number(head)?)));
        }
        3 if time.is_none() && parts.clone().next().is_none() => {
            return Some(match head {
                "XXX" => Value::PartialDecade(None),
                _ => match head.strip_suffix('X') {
                    Some(century) => Value::PartialDecade(Some(number(century)?)),
                    None => Value::Point(Point::Decade(number(head)?)),
                },
            });
        }
        _ => parse_year(head)?,
    };
    let within = match (parts.next(), parts.next(), parts.next()) {
        (None, ..) => Within::Year,
        (Some(h), None, _) if h.starts_with('H') => Within::Half(number(&h[1..])?),
        (Some(q), None, _) if q.starts_with('Q') => Within::Quarter(known(&q[1..])?),
        (Some(s), None, _) if Season::from_code(s).is_some() => {
            Within::Season(Season::from_code(s)?)
        }
        (Some(w), rest, None) if w.starts_with('W') => {
            let week = known(&w[1..])?;
            match (week, rest) {
                (_, None) => Within::Week(week),
                (_, Some("WE")) => Within::Weekend(week),
                (None, Some(day)) => Within::Weekday(number(day)?),
                (Some(_), Some(_)) => return None,
            }
        }
        (Some(m), None, _) => Within::Month(known(m)?),
        (Some(m), Some(d), None) => Within::Day(known(m)?, known(d)?),
        _ => return None,
    };
    if !valid(within) {
        return None;
    }
    let partial = Partial { year, within, time };
    Some(match point(partial)? {
        Some(point) => Value::Point(point),
        None => Value::Partial(Box::new(partial)),
    })
}

fn valid(within: Within) -> bool {
    let range = |n: Option<u32>, max| n.is_none_or(|n| (1..=max).contains(&n));
    match within {
        Within::Year | Within::Season(_) => true,
        Within::Half(h) => range(Some(h), 2),
        Within::Quarter(q) => range(q, 4),
        Within::Month(m) => range(m, 12),
        Within::Week(w) | Within::Weekend(w) => range(w, 53),
        Within::Weekday(d) => range(Some(d), 7),
        Within::Day(m, d) => range(m, 12) && range(d, 31),
    }
}

/// The point a partial date is when nothing in it is unknown (`Some(None)` when something
/// is); `None` for a day the calendar does not have.
fn point(p: Partial) -> Option<Option<Point>> {
    let Year::Known(y) = p.year else {
        return Some(None);
    };
    let date = match (p.within, p.time) {
        (Within::Day(Some(m), Some(d)), _) => NaiveDate::from_ymd_opt(y, m, d)?,
        (within, None) => {
            return Some(match within {
                Within::Year => Some(Point::Year(y)),
                Within::Half(h) => Some(Point::Half(y, h)),
                Within::Quarter(Some(q)) => Some(Point::Quarter(y, q)),
                Within::Season(s) => Some(Point::Season(y, s)),
                Within::Month(Some(m)) => Some(Point::Month(y, m)),
                Within::Week(Some(w)) => Some(Point::Week(y, w)),
                Within::Weekend(Some(w)) => Some(Point::Weekend(y, w)),
                _ => None,
            });
        }
        (_, Some(_)) => return Some(None),
    };
    Some(Some(match p.time {
        None => Point::Day(date),
        Some(TimeOfDay::Part(part)) => Point::DayPart(date, part),
        Some(TimeOfDay::Clock(h, m)) => Point::Clock(date, h, m),
    }))
}

fn parse_year(text: &str) -> Option<Year> {
    if let Some(bc) = text.strip_prefix("BC") {
        let years: i32 = number(bc)?;
        return (bc.len() == 4).then_some(Year::Known(1 - years));
    }
    if text.len() < 4 {
        return None;
    }
    Some(match (text.strip_suffix("XX"), text.strip_suffix('X')) {
        _ if text == "XXXX" => Year::Unknown,
        (Some(century), _) => Year::Century(number(century)?),
        (None, Some(decade)) => Year::Decade(number(decade)?),
        (None, None) => Year::Known(number(text)?),
    })
}

fn parse_time(text: &str) -> Option<TimeOfDay> {
    if let Some(part) = DayPart::from_code(text) {
        return Some(TimeOfDay::Part(part));
    }
    let (h, m) = text.split_once(':')?;
    (h.len() == 2 && m.len() == 2).then_some(())?;
    let (h, m) = (number(h)?, number(m)?);
    (h <= 24 && m < 60).then_some(TimeOfDay::Clock(h, m))
}

fn parse_duration(text: &str) -> Option<Duration> {
    let (time, rest) = match text.strip_prefix('T') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (amount, rest) = match rest.strip_prefix('X') {
        Some(rest) if digits == 0 => (None, rest),
        _ if digits > 0 => (Some(number(&rest[..digits])?), &rest[digits..]),
        _ => return None,
    };
    let units: &[(&str, Unit, &str)] = if time {
        &[
            ("H", Unit::Hour, "30M"),
            ("M", Unit::Minute, "30S"),
            ("S", Unit::Second, ""),
        ]
    } else {
        &[
            ("Y", Unit::Year, "6M"),
            ("M", Unit::Month, ""),
            ("WE", Unit::Weekend, ""),
            ("W", Unit::Week, ""),
            ("D", Unit::Day, "T12H"),
            ("Q", Unit::Quarter, ""),
            ("DE", Unit::Decade, ""),
            ("CE", Unit::Century, ""),
        ]
    };
    units.iter().find_map(|&(letter, unit, half)| {
        let after = rest.strip_prefix(letter)?;
        let duration = Duration {
            amount,
            unit,
            and_a_half: false,
        };
        match after {
            "" => Some(duration),
            _ if after == half => Some(duration.and_a_half()),
            _ => None,
        }
    })
}

/// Digits only, as a number.
fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Digits, or `X` (or `XX`) for an unknown number.
fn known(text: &str) -> Option<Option<u32>> {
    if !text.is_empty() && text.bytes().all(|b| b == b'X') {
        return Some(None);
    }
    number(text).map(Some)
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Point(p) => p.fmt(f),
            Self::Partial(p) => p.fmt(f),
            Self::PartialDecade(None) => f.write_str("XXX"),
            Self::PartialDecade(Some(c)) => write!(f, "{c:02}X"),
            Self::Ref(r) => f.write_str(r.code()),
            Self::Duration(d) => d.fmt(f),
            Self::Foreign(text) => f.write_str(text),
        }
    }
}

impl fmt::Display for Partial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Year::Unknown => f.write_str("XXXX")?,
            Year::Century(c) => write!(f, "{c:02}XX")?,
            Year::Decade(d) => write!(f, "{d:03}X")?,
            Year::Known(y) => write_year(f, y)?,
        }
        let or_x = |f: &mut fmt::Formatter<'_>, n: Option<u32>| match n {
            Some(n) => write!(f, "{n:02}"),
            None => f.write_str("XX"),
        };
        match self.within {
            Within::Year => {}
            Within::Half(h) => write!(f, "-H{h}")?,
            Within::Quarter(Some(q)) => write!(f, "-Q{q}")?,
            Within::Quarter(None) => f.write_str("-QX")?,
            Within::Season(s) => write!(f, "-{}", s.code())?,
            Within::Month(m) => {
                f.write_str("-")?;
                or_x(f, m)?;
            }
            Within::Week(w) => {
                f.write_str("-W")?;
                or_x(f, w)?;
            }
            Within::Weekend(w) => {
                f.write_str("-W")?;
                or_x(f, w)?;
                f.write_str("-WE")?;
            }
            Within::Weekday(d) => write!(f, "-WXX-{d}")?,
            Within::Day(m, d) => {
                f.write_str("-")?;
                or_x(f, m)?;
                f.write_str("-")?;
                or_x(f, d)?;
            }
        }
        match self.time {
            None => Ok(()),
            Some(TimeOfDay::Part(p)) => write!(f, "T{}", p.code()),
            Some(TimeOfDay::Clock(h, m)) => write!(f, "T{h:02}:{m:02}"),
        }
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (letter, time, half) = match self.unit {
            Unit::Year => ("Y", false, "6M"),
            Unit::Month => ("M", false, ""),
            Unit::Week => ("W", false, ""),
            Unit::Day => ("D", false, "T12H"),
            Unit::Weekend => ("WE", false, ""),
            Unit::Quarter => ("Q", false, ""),
            Unit::Decade => ("DE", false, ""),
            Unit::Century => ("CE", false, ""),
            Unit::Hour => ("H", true, "30M"),
            Unit::Minute => ("M", true, "30S"),
            Unit::Second => ("S", true, ""),
        };
        f.write_str(if time { "PT" } else { "P" })?;
        match self.amount {
            Some(n) => write!(f, "{n}")?,
            None => f.write_str("X")?,
        }
        f.write_str(letter)?;
        if self.and_a_half {
            f.write_str(half)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expression_stays_small() {
        // A huge text holds hundreds of thousands of expressions at once (see `Value::Partial`).
        assert!(size_of::<Value>() <= 16, "{}", size_of::<Value>());
        assert!(size_of::<crate::timex::Timex>() <= 32);
    }

    #[test]
    fn values_round_trip_through_their_timex3_string() {
        for text in [
            "2019",
            "0987",
            "BC0044",
            "BC0044-03-15",
            "19",
            "199",
            "1998-H2",
            "1998-Q3",
            "1997-FA",
            "1994-WI",
            "XXXX-WI",
            "1998-02",
            "1998-W08",
            "1998-W52-WE",
            "1998-02-06",
            "1998-02-06TMO",
            "1998-02-06T24:00",
            "XXXX",
            "XXX",
            "19X",
            "199X",
            "19XX",
            "XXXX-10",
            "XXXX-10-05",
            "XXXX-12-31",
            "XXXX-WXX-1",
            "XXXX-WXX-1TNI",
            "XXXX-XX-XX",
            "XXXX-XX-XXTMO",
            "XXXX-XX-XXT12:00",
            "XXXX-QX",
            "XXXX-Q3",
            "XXXX-H1",
            "XXXX-XX",
            "XXXX-WXX",
            "XXXX-SU",
            "2011-QX",
            "19XX-QX",
            "2011-XX",
            "2011-WXX",
            "2011-WXX-WE",
            "2011-03-XX",
            "2011-XX-XX",
            "2011-XX-XXTEV",
            "PAST_REF",
            "PRESENT_REF",
            "FUTURE_REF",
            "P3Y",
            "PXY",
            "P1Y6M",
            "PXY6M",
            "P1DT12H",
            "PT1H30M",
            "PT1M30S",
            "PT24H",
            "P2Q",
            "PXDE",
            "PXCE",
            "PXWE",
            "P1W",
        ] {
            let value = Value::parse(text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(value.to_string(), text, "{value:?}");
        }
    }

    #[test]
    fn known_parts_make_a_point() {
        let d = NaiveDate::from_ymd_opt(1998, 2, 6).unwrap();
        assert_eq!(Value::parse("1998-02-06"), Ok(Value::Point(Point::Day(d))));
        assert_eq!(
            Value::parse("1998-02-06T10:35"),
            Ok(Value::Point(Point::Clock(d, 10, 35)))
        );
        assert_eq!(Value::parse("BC0044"), Ok(Value::Point(Point::Year(-43))));
    }

    #[test]
    fn malformed_values_are_refused() {
        for text in [
            "",
            "2019-13",
            "2019-02-30",
            "1998-Q5",
            "P",
            "PT3Y",
            "P3",
            "P1M6M",
            "XXXX-WXX-8",
            "2019-",
            "T12:00",
            "BC44",
            "Monday",
            "1998-2",
            "02019",
            "P01Y",
            "1998-02-06T25:00",
        ] {
            assert!(Value::parse(text).is_err(), "{text}");
        }
        assert_eq!(
            Value::parse("soon").unwrap_err().to_string(),
            "`soon` is not a TIMEX3 value (such as 2019-03, XXXX-WXX-1, P3Y or PAST_REF)"
        );
    }
}
