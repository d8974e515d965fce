//! Calendar points at a granularity (a year, a quarter, a day, a part of a day...) with the
//! arithmetic the normaliser needs, printed as TIMEX3 values.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::value::{Duration, Partial, Value, Within, Year};

/// A unit of time as the rules name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Quarter,
    Decade,
    Century,
    Weekend,
}

impl Unit {
    /// The code used in the word lists: `Y M W D H MIN S Q DE CE WE`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "Y" => Self::Year,
            "M" => Self::Month,
            "W" => Self::Week,
            "D" => Self::Day,
            "H" => Self::Hour,
            "MIN" => Self::Minute,
            "S" => Self::Second,
            "Q" => Self::Quarter,
            "DE" => Self::Decade,
            "CE" => Self::Century,
            "WE" => Self::Weekend,
            _ => return None,
        })
    }

    /// The ISO 8601 duration of `n` units ("P3Y", "PT2H"); `None` for an inexact amount
    /// gives `X` ("PXY").
    ///
    /// # Example
    ///
    /// ```
    /// use timeliner::timex::Unit;
    ///
    /// let duration = |unit: Unit, n| unit.duration(n).to_string();
    /// assert_eq!(duration(Unit::Year, Some(3)), "P3Y");
    /// assert_eq!(duration(Unit::Hour, Some(24)), "PT24H");
    /// assert_eq!(duration(Unit::Decade, Some(2)), "P20Y");
    /// assert_eq!(duration(Unit::Month, None), "PXM");
    /// assert_eq!(duration(Unit::Century, None), "PXCE");
    /// assert_eq!(duration(Unit::Quarter, Some(2)), "P2Q");
    /// ```
    #[must_use]
    pub fn duration(self, n: Option<u32>) -> Duration {
        Duration::new(self, n)
    }
}

/// A meteorological season of the northern hemisphere (winter runs from December to
/// February), for the tagger and the timeline alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// Each season, its TIMEX3 code and the month it begins.
    const ALL: [(Season, &'static str, u32); 4] = [
        (Season::Spring, "SP", 3),
        (Season::Summer, "SU", 6),
        (Season::Fall, "FA", 9),
        (Season::Winter, "WI", 12),
    ];

    /// `SP SU FA WI`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().find(|e| e.1 == code).map(|e| e.0)
    }

    /// The TIMEX3 code: `SP`, `SU`, `FA`, `WI`.
    #[must_use]
    pub fn code(self) -> &'static str {
        Self::ALL[self as usize].1
    }

    /// The month the season begins: 3, 6, 9 or 12.
    #[must_use]
    pub fn first_month(self) -> u32 {
        Self::ALL[self as usize].2
    }
}

/// A part of a day as TIMEX3 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    /// `MO AF EV NI`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "MO" => Self::Morning,
            "AF" => Self::Afternoon,
            "EV" => Self::Evening,
            "NI" => Self::Night,
            _ => return None,
        })
    }
    /// The two-letter code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Morning => "MO",
            Self::Afternoon => "AF",
            Self::Evening => "EV",
            Self::Night => "NI",
        }
    }
}

/// A calendar point at some granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    /// A century by its first two digits: 19 for 1900–1999.
    Century(i32),
    /// A decade by its first three digits: 199 for the 1990s.
    Decade(i32),
    Year(i32),
    Half(i32, u32),
    Quarter(i32, u32),
    Season(i32, Season),
    Month(i32, u32),
    /// ISO year and week.
    Week(i32, u32),
    Weekend(i32, u32),
    Day(NaiveDate),
    DayPart(NaiveDate, DayPart),
    Clock(NaiveDate, u32, u32),
}

impl Point {
    /// The point of `unit` granularity that contains `date`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use timeliner::timex::{Point, Unit};
    ///
    /// let date = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
    /// assert_eq!(Point::containing(date, Unit::Quarter).to_string(), "2013-Q1");
    /// assert_eq!(Point::containing(date, Unit::Week).to_string(), "2013-W07");
    /// ```
    #[must_use]
    pub fn containing(date: NaiveDate, unit: Unit) -> Self {
        let year = date.year();
        match unit {
            Unit::Century => Self::Century(year.div_euclid(100)),
            Unit::Decade => Self::Decade(year.div_euclid(10)),
            Unit::Year => Self::Year(year),
            Unit::Quarter => Self::Quarter(year, (date.month() - 1) / 3 + 1),
            Unit::Month => Self::Month(year, date.month()),
            Unit::Week => {
                let week = date.iso_week();
                Self::Week(week.year(), week.week())
            }
            Unit::Weekend => {
                let week = date.iso_week();
                Self::Weekend(week.year(), week.week())
            }
            Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Self::Day(date),
        }
    }

    /// A day inside the point (its first), for moving it by a unit.
    #[must_use]
    pub fn first_day(self) -> Option<NaiveDate> {
        match self {
            Self::Century(c) => NaiveDate::from_ymd_opt(c * 100, 1, 1),
            Self::Decade(d) => NaiveDate::from_ymd_opt(d * 10, 1, 1),
            Self::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            Self::Half(y, h) => NaiveDate::from_ymd_opt(y, h * 6 - 5, 1),
            Self::Quarter(y, q) => NaiveDate::from_ymd_opt(y, q * 3 - 2, 1),
            Self::Season(y, s) => NaiveDate::from_ymd_opt(y, s.first_month(), 1),
            Self::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            Self::Week(y, w) | Self::Weekend(y, w) => {
                NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)
            }
            Self::Day(d) | Self::DayPart(d, _) | Self::Clock(d, _, _) => Some(d),
        }
    }

    /// Moves the point by `n` units, keeping its granularity when it is a quarter, half or
    /// season and the unit is a year ("a year earlier" than the third quarter is the third
    /// quarter of the year before); otherwise the result has the unit's granularity.
    #[must_use]
    pub fn shifted(self, unit: Unit, n: i32) -> Option<Self> {
        match (self, unit) {
            (Self::Quarter(y, q), Unit::Year) => return Some(Self::Quarter(y.checked_add(n)?, q)),
            (Self::Half(y, h), Unit::Year) => return Some(Self::Half(y.checked_add(n)?, h)),
            (Self::Season(y, s), Unit::Year) => return Some(Self::Season(y.checked_add(n)?, s)),
            (Self::Quarter(y, q), Unit::Quarter) => {
                let index = y
                    .checked_mul(4)?
                    .checked_add(i32::try_from(q).ok()? - 1)?
                    .checked_add(n)?;
                return Some(Self::Quarter(
                    index.div_euclid(4),
                    u32::try_from(index.rem_euclid(4)).ok()? + 1,
                ));
            }
            (Self::Month(y, m), Unit::Year) => return Some(Self::Month(y.checked_add(n)?, m)),
            (Self::Clock(day, h, m), Unit::Hour | Unit::Minute) => {
                let step = if unit == Unit::Hour { 60 } else { 1 };
                let minutes = i64::from(h * 60 + m) + i64::from(n) * step;
                let day = shift_date(
                    day,
                    Unit::Day,
                    i32::try_from(minutes.div_euclid(1440)).ok()?,
                )?;
                let minutes = u32::try_from(minutes.rem_euclid(1440)).ok()?;
                return Some(Self::Clock(day, minutes / 60, minutes % 60));
            }
            _ => {}
        }
        let day = self.first_day()?;
        Some(Self::containing(shift_date(day, unit, n)?, unit))
    }
}

impl Point {
    /// How coarse the point is: 0 for a century up to 8 for a clock time.
    #[must_use]
    pub fn rank(self) -> u8 {
        match self {
            Self::Century(_) => 0,
            Self::Decade(_) => 1,
            Self::Year(_) => 2,
            Self::Half(..) | Self::Quarter(..) | Self::Season(..) => 3,
            Self::Month(..) => 4,
            Self::Week(..) | Self::Weekend(..) => 5,
            Self::Day(_) => 6,
            Self::DayPart(..) => 7,
            Self::Clock(..) => 8,
        }
    }

    /// A point of `unit` granularity near this coarser one, with what this one does not say
    /// left unknown: "that week" after "in 2011" is `2011-WXX`, "a day later" after "March
    /// 2011" is `2011-03-XX`. `None` when this point is as fine as the unit, which can then be
    /// computed, or when the unit is finer than a day.
    ///
    /// # Example
    ///
    /// ```
    /// use timeliner::timex::{Point, Unit};
    ///
    /// let inside = |point: Point, unit| point.unknown_inside(unit).map(|v| v.to_string());
    /// assert_eq!(inside(Point::Year(2011), Unit::Week).as_deref(), Some("2011-WXX"));
    /// assert_eq!(inside(Point::Month(2011, 3), Unit::Day).as_deref(), Some("2011-03-XX"));
    /// assert_eq!(inside(Point::Decade(199), Unit::Year).as_deref(), Some("199X"));
    /// assert_eq!(inside(Point::Century(19), Unit::Decade).as_deref(), Some("19X"));
    /// assert_eq!(inside(Point::Month(2011, 3), Unit::Month), None);
    /// ```
    #[must_use]
    pub fn unknown_inside(self, unit: Unit) -> Option<Value> {
        let unit_rank = match unit {
            Unit::Century => 0,
            Unit::Decade => 1,
            Unit::Year => 2,
            Unit::Quarter => 3,
            Unit::Month => 4,
            Unit::Week | Unit::Weekend => 5,
            Unit::Day => 6,
            Unit::Hour | Unit::Minute | Unit::Second => return None,
        };
        if self.rank() >= unit_rank {
            return None;
        }
        let year = match self {
            Self::Century(c) => Year::Century(c),
            Self::Decade(d) => Year::Decade(d),
            _ => Year::Known(self.first_day()?.year()),
        };
        let within = match (unit, self) {
            (Unit::Decade, Self::Century(c)) => return Some(Value::PartialDecade(Some(c))),
            (Unit::Year, _) => Within::Year,
            (Unit::Quarter, _) => Within::Quarter(None),
            (Unit::Month, _) => Within::Month(None),
            (Unit::Week, _) => Within::Week(None),
            (Unit::Weekend, _) => Within::Weekend(None),
            (Unit::Day, Self::Month(_, m)) => Within::Day(Some(m), None),
            _ => Within::Day(None, None),
        };
        Some(Value::Partial(Box::new(Partial::new(year, within))))
    }
}

/// `date` moved by `n` units (calendar months for months, quarters and years).
#[must_use]
pub fn shift_date(date: NaiveDate, unit: Unit, n: i32) -> Option<NaiveDate> {
    let months = |k: i32| {
        let k = n.checked_mul(k)?;
        if k >= 0 {
            date.checked_add_months(Months::new(k.unsigned_abs()))
        } else {
            date.checked_sub_months(Months::new(k.unsigned_abs()))
        }
    };
    let days = |k: i64| {
        if k >= 0 {
            date.checked_add_days(Days::new(k.unsigned_abs()))
        } else {
            date.checked_sub_days(Days::new(k.unsigned_abs()))
        }
    };
    let n64 = i64::from(n);
    match unit {
        Unit::Century => months(1200),
        Unit::Decade => months(120),
        Unit::Year => months(12),
        Unit::Quarter => months(3),
        Unit::Month => months(1),
        Unit::Week | Unit::Weekend => days(n64 * 7),
        Unit::Day => days(n64),
        // A day without a clock time: "three hours ago" is most likely still today.
        Unit::Hour => days(n64 / 24),
        Unit::Minute => days(n64 / (24 * 60)),
        Unit::Second => days(n64 / (24 * 60 * 60)),
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            // Before the common era, the centuries and decades counted back: `BC03` is the
            // 4th century BC, `BC047` the 470s BC.
            Self::Century(c) if c < 0 => return write!(f, "BC{:02}", -c),
            Self::Decade(d) if d < 0 => return write!(f, "BC{:03}", -d),
            Self::Century(c) => return write!(f, "{c:02}"),
            Self::Decade(d) => return write!(f, "{d:03}"),
            Self::Year(y)
            | Self::Half(y, _)
            | Self::Quarter(y, _)
            | Self::Season(y, _)
            | Self::Month(y, _)
            | Self::Week(y, _)
            | Self::Weekend(y, _) => write_year(f, y)?,
            Self::Day(d) | Self::DayPart(d, _) | Self::Clock(d, ..) => day(f, d)?,
        }
        match *self {
            Self::Half(_, h) => write!(f, "-H{h}"),
            Self::Quarter(_, q) => write!(f, "-Q{q}"),
            Self::Season(_, s) => write!(f, "-{}", s.code()),
            Self::Month(_, m) => write!(f, "-{m:02}"),
            Self::Week(_, w) => write!(f, "-W{w:02}"),
            Self::Weekend(_, w) => write!(f, "-W{w:02}-WE"),
            Self::DayPart(_, p) => write!(f, "T{}", p.code()),
            Self::Clock(_, h, m) => write!(f, "T{h:02}:{m:02}"),
            Self::Century(_) | Self::Decade(_) | Self::Year(_) | Self::Day(_) => Ok(()),
        }
    }
}

/// `1998-02-06`, without chrono's `format`, which parses its pattern for every value printed.
fn day(f: &mut fmt::Formatter<'_>, d: NaiveDate) -> fmt::Result {
    write_year(f, d.year())?;
    write!(f, "-{:02}-{:02}", d.month(), d.day())
}

/// An astronomical year as TIMEX3 writes it: `1998`, `0987`, and `BC0044` for -43 (44 BCE;
/// the year 0 is 1 BCE).
pub(super) fn write_year(f: &mut fmt::Formatter<'_>, year: i32) -> fmt::Result {
    if year > 0 {
        write!(f, "{year:04}")
    } else {
        write!(f, "BC{:04}", 1 - i64::from(year))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_print_as_timex3_values() {
        let d = NaiveDate::from_ymd_opt(1998, 2, 6).unwrap();
        let cases = [
            (Point::Century(19), "19"),
            (Point::Decade(199), "199"),
            (Point::Year(1998), "1998"),
            (Point::Half(1998, 2), "1998-H2"),
            (Point::Season(1997, Season::Fall), "1997-FA"),
            (Point::Month(1998, 2), "1998-02"),
            (Point::Week(1998, 8), "1998-W08"),
            (Point::Day(d), "1998-02-06"),
            (Point::DayPart(d, DayPart::Morning), "1998-02-06TMO"),
            (Point::Clock(d, 9, 5), "1998-02-06T09:05"),
            (Point::Century(5), "05"),
            (Point::Year(987), "0987"),
            (Point::Quarter(1998, 3), "1998-Q3"),
            (Point::Weekend(1998, 52), "1998-W52-WE"),
            (Point::Clock(d, 23, 59), "1998-02-06T23:59"),
            (Point::Year(-43), "BC0044"),
            (Point::Year(0), "BC0001"),
            (Point::Month(-43, 3), "BC0044-03"),
            (
                Point::Day(NaiveDate::from_ymd_opt(-43, 3, 15).unwrap()),
                "BC0044-03-15",
            ),
        ];
        for (point, text) in cases {
            assert_eq!(point.to_string(), text);
        }
    }

    #[test]
    fn shifting_keeps_quarters_and_moves_by_calendar() {
        assert_eq!(
            Point::Quarter(1989, 3).shifted(Unit::Year, -1),
            Some(Point::Quarter(1988, 3))
        );
        assert_eq!(
            Point::Quarter(1989, 1).shifted(Unit::Quarter, -1),
            Some(Point::Quarter(1988, 4))
        );
        assert_eq!(
            Point::Year(1989).shifted(Unit::Year, 2),
            Some(Point::Year(1991))
        );
        let d = NaiveDate::from_ymd_opt(2013, 1, 31).unwrap();
        assert_eq!(
            Point::Day(d).shifted(Unit::Month, 1),
            Some(Point::Month(2013, 2))
        );
        assert_eq!(
            Point::Day(d).shifted(Unit::Day, 1).map(|p| p.to_string()),
            Some("2013-02-01".into())
        );
        // Hours move a clock time, and leave a bare day where it is.
        assert_eq!(
            Point::Clock(d, 22, 30).shifted(Unit::Hour, 3),
            Some(Point::Clock(
                NaiveDate::from_ymd_opt(2013, 2, 1).unwrap(),
                1,
                30
            ))
        );
        assert_eq!(Point::Day(d).shifted(Unit::Hour, -3), Some(Point::Day(d)));
    }
}
