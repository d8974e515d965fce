//! Dates as people write them on a timeline: as precise as the source allows and no more.
//!
//! Accepted spellings (the canonical one first; `Display` writes the canonical one):
//! - day `2019-02-27`, month `2019-02`, year `2019` (also an unquoted YAML number);
//! - quarter `2019-Q3`, season `2019-SU` (`SP`, `SU`, `FA`, `WI`; winter runs Dec–Feb);
//! - ISO week `2019-W12` (Monday to Sunday; the year is the ISO week-year, as TIMEX3 writes it);
//! - decade `1990s`, century `19th century`;
//! - BCE years `44 BCE` (`44 BC` is read too; ISO `-0043` means the same astronomical year),
//!   `5th century BCE`; BCE months and days in ISO form, `-0043-03-15`;
//! - any of these prefixed with `~` for an approximate date (`~2019`, `~1990s`).
//!
//! Years are astronomical internally: 1 BCE is year 0, 44 BCE is year -43.

use std::fmt;

use arrayvec::ArrayString;

use chrono::{Datelike, NaiveDate, Weekday};

pub use crate::timex::Season;

/// How much of a date the source gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// Stored as the century's ordinal: 19 is the 19th century (1800–1899); -4 is the
    /// 5th century BCE (500–401 BCE).
    Century(i32),
    /// Stored with its first year in `year` (1990 for the 1990s).
    Decade,
    Year,
    Season(Season),
    Quarter(u8),
    Month(u8),
    /// An ISO week (1–53) of the ISO week-year in `year`: "last week" is a week, not a month.
    Week(u8),
    Day(u8, u8),
}

/// A date on a timeline: a year (astronomical numbering), how precise it is, and whether
/// the source hedges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimelineDate {
    /// Astronomical year (1 BCE = 0). For a century, its first year; for a decade, its first year.
    pub year: i32,
    pub precision: Precision,
    pub approximate: bool,
}

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not one of the accepted spellings.
    Unrecognized(String),
    /// Well-formed but not a day of the calendar, such as `2019-02-30`.
    Impossible(String),
    /// A week 53 of a year that has 52 ISO weeks, such as `2019-W53`.
    NoSuchWeek(String),
    /// A day or week of a year past the calendar's range.
    OutOfRange(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unrecognized(s) => write!(
                f,
                "`{s}` is not a date; write 2019, 2019-02, 2019-02-27, 2019-Q3, 2019-SU, 2019-W12, \
                 1990s, 19th century or 44 BCE, with a leading ~ if approximate"
            ),
            Self::Impossible(s) => write!(f, "`{s}` is not a day of the calendar"),
            Self::OutOfRange(s) => write!(
                f,
                "`{s}` lies outside the calendar's years ({} to {}): write a year in that range",
                NaiveDate::MIN.year(),
                NaiveDate::MAX.year()
            ),
            Self::NoSuchWeek(s) => write!(
                f,
                "`{s}` is not a week of the calendar: its year has 52 ISO weeks, write W01 to W52"
            ),
        }
    }
}

impl std::error::Error for DateError {}

impl TimelineDate {
    /// A date of year precision.
    ///
    /// # Example
    /// ```
    /// use timeliner::timeline::date::TimelineDate;
    /// assert_eq!(TimelineDate::year(2019).to_string(), "2019");
    /// ```
    #[must_use]
    pub fn year(year: i32) -> Self {
        Self {
            year,
            precision: Precision::Year,
            approximate: false,
        }
    }

    /// The day `date`, as [`TimelineDate::parse`] reads chrono's spelling of it: made at once
    /// for a year of four digits, whose spelling it reads as a day; the others are spelt and
    /// read (chrono signs a year past 9999, which is no spelling of a timeline date).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use timeliner::timeline::date::TimelineDate;
    /// let day = NaiveDate::from_ymd_opt(2019, 2, 27).unwrap();
    /// assert_eq!(TimelineDate::of_day(day).unwrap().to_string(), "2019-02-27");
    /// ```
    #[must_use]
    pub fn of_day(date: NaiveDate) -> Option<Self> {
        if !(1000..=9999).contains(&date.year()) {
            return Self::parse(&date.to_string()).ok();
        }
        // A month is 1 to 12 and a day 1 to 31: both fit a byte.
        let byte = |n: u32| u8::try_from(n).unwrap_or(u8::MAX);
        Some(Self {
            year: date.year(),
            precision: Precision::Day(byte(date.month()), byte(date.day())),
            approximate: false,
        })
    }

    /// Reads one of the spellings listed in the module documentation.
    ///
    /// # Errors
    /// [`DateError`] when the text is not a date or names a day that does not exist.
    ///
    /// # Example
    /// ```
    /// use timeliner::timeline::date::{Precision, TimelineDate};
    /// let d = TimelineDate::parse("~2019-02").unwrap();
    /// assert_eq!((d.year, d.precision, d.approximate), (2019, Precision::Month(2), true));
    /// assert_eq!(TimelineDate::parse("44 BCE").unwrap().year, -43);
    /// assert!(TimelineDate::parse("2019-02-30").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let trimmed = text.trim();
        let (approximate, body) = match trimmed.strip_prefix('~') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, trimmed),
        };
        let unrecognized = || DateError::Unrecognized(trimmed.to_string());
        let mut date = parse_exact(body).ok_or_else(unrecognized)?;
        date.approximate = approximate;
        let in_range = NaiveDate::from_ymd_opt(date.year, 1, 1).is_some();
        if let Precision::Day(m, d) = date.precision
            && NaiveDate::from_ymd_opt(date.year, u32::from(m), u32::from(d)).is_none()
        {
            return Err(if in_range {
                DateError::Impossible(trimmed.to_string())
            } else {
                DateError::OutOfRange(trimmed.to_string())
            });
        }
        if let Precision::Week(w) = date.precision
            && NaiveDate::from_isoywd_opt(date.year, u32::from(w), Weekday::Mon).is_none()
        {
            return Err(if in_range && w == 53 {
                DateError::NoSuchWeek(trimmed.to_string())
            } else {
                DateError::OutOfRange(trimmed.to_string())
            });
        }
        Ok(date)
    }

    /// The first day the date covers.
    #[must_use]
    pub fn first_day(&self) -> NaiveDate {
        let (y, m, d) = match self.precision {
            Precision::Century(n) => (century_first_year(n), 1, 1),
            Precision::Decade | Precision::Year => (self.year, 1, 1),
            Precision::Season(s) => (self.year, s.first_month(), 1),
            Precision::Quarter(q) => (self.year, u32::from(q) * 3 - 2, 1),
            Precision::Month(m) => (self.year, u32::from(m), 1),
            Precision::Week(w) => return week_day(self.year, w, Weekday::Mon),
            Precision::Day(m, d) => (self.year, u32::from(m), u32::from(d)),
        };
        ymd(y, m, d)
    }

    /// The last day the date covers (equal to `first_day` for a day).
    #[must_use]
    pub fn last_day(&self) -> NaiveDate {
        let next_first = match self.precision {
            Precision::Century(n) => ymd(century_first_year(n) + 100, 1, 1),
            Precision::Decade => ymd(self.year + 10, 1, 1),
            Precision::Year => ymd(self.year + 1, 1, 1),
            Precision::Season(Season::Winter) => ymd(self.year + 1, 3, 1),
            Precision::Season(_) | Precision::Quarter(_) => add_months(self.first_day(), 3),
            Precision::Month(_) => add_months(self.first_day(), 1),
            Precision::Week(w) => return week_day(self.year, w, Weekday::Sun),
            Precision::Day(..) => return self.first_day(),
        };
        next_first.pred_opt().unwrap_or(next_first)
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    // Years outside chrono's range (±262,000) are clamped; no timeline needs them.
    NaiveDate::from_ymd_opt(y.clamp(-262_000, 262_000), m, d).unwrap_or(NaiveDate::MIN)
}

fn week_day(year: i32, week: u8, day: Weekday) -> NaiveDate {
    // A week 53 that does not exist is refused by `parse`; clamp like `ymd` for the rest.
    NaiveDate::from_isoywd_opt(year.clamp(-262_000, 262_000), u32::from(week), day)
        .unwrap_or(NaiveDate::MIN)
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(chrono::Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// The 19th century starts in 1800; the 1st century BCE (ordinal -1) starts in 100 BCE (-99).
fn century_first_year(ordinal: i32) -> i32 {
    if ordinal > 0 {
        (ordinal - 1) * 100
    } else {
        ordinal * 100 + 1
    }
}

fn parse_exact(body: &str) -> Option<TimelineDate> {
    let lower = body.to_ascii_lowercase();
    let plain = |year, precision| {
        Some(TimelineDate {
            year,
            precision,
            approximate: false,
        })
    };
    if let Some(rest) = lower
        .strip_suffix(" century bce")
        .or_else(|| lower.strip_suffix(" century bc"))
    {
        let n = parse_ordinal(rest)?;
        return plain(century_first_year(-n), Precision::Century(-n));
    }
    if let Some(rest) = lower
        .strip_suffix(" century")
        .or_else(|| lower.strip_suffix(" century ce"))
    {
        let n = parse_ordinal(rest)?;
        return plain(century_first_year(n), Precision::Century(n));
    }
    if let Some(rest) = lower
        .strip_suffix(" bce")
        .or_else(|| lower.strip_suffix(" bc"))
    {
        let y: i32 = parse_digits(rest)?;
        return (y > 0).then(|| TimelineDate::year(1 - y));
    }
    if let Some(rest) = lower.strip_suffix('s') {
        let y: i32 = parse_digits(rest)?;
        return (y % 10 == 0 && rest.len() >= 3).then_some(TimelineDate {
            year: y,
            precision: Precision::Decade,
            approximate: false,
        });
    }
    let (sign, unsigned) = match body.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, body),
    };
    let mut parts = unsigned.split('-');
    let year_text = parts.next()?;
    if year_text.len() < 4 && (sign < 0 || parts.clone().next().is_some()) {
        return None;
    }
    let year = sign * parse_digits::<i32>(year_text)?;
    let Some(second) = parts.next() else {
        return plain(year, Precision::Year);
    };
    let precision = if let Some(q) = second.strip_prefix('Q') {
        let q: u8 = parse_digits(q)?;
        (1..=4).contains(&q).then_some(Precision::Quarter(q))?
    } else if let Some(w) = second.strip_prefix('W').filter(|w| w.len() == 2) {
        let w: u8 = parse_digits(w)?;
        (1..=53).contains(&w).then_some(Precision::Week(w))?
    } else if let Some(season) = Season::from_code(second) {
        Precision::Season(season)
    } else {
        if second.len() != 2 {
            return None;
        }
        let month: u8 = parse_digits(second)?;
        if !(1..=12).contains(&month) {
            return None;
        }
        match parts.next() {
            None => Precision::Month(month),
            Some(day) if day.len() == 2 => Precision::Day(month, parse_digits(day)?),
            Some(_) => return None,
        }
    };
    if parts.next().is_some() {
        return None;
    }
    plain(year, precision)
}

/// The years a timeline file spells: six digits at most, "999999 BCE" (-999998) included.
pub const YEARS: std::ops::RangeInclusive<i32> = -999_998..=999_999;

fn parse_digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || text.len() > 6 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn parse_ordinal(text: &str) -> Option<i32> {
    let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &text[digits.len()..];
    let n: i32 = parse_digits(digits)?;
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    (n > 0 && suffix == expected).then_some(n)
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl fmt::Display for TimelineDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            f.write_str("~")?;
        }
        if let Some(plain) = self.plain_spelling() {
            return f.write_str(&plain);
        }
        let iso_year = IsoYear(self.year);
        match self.precision {
            Precision::Century(n) if n < 0 => write!(f, "{} century BCE", ordinal(-n)),
            Precision::Century(n) => write!(f, "{} century", ordinal(n)),
            // Three digits at least: "90s" would read as the 1990s shorthand, which is refused.
            Precision::Decade => write!(f, "{:03}s", self.year),
            Precision::Year if self.year <= 0 => write!(f, "{} BCE", 1 - self.year),
            Precision::Year => write!(f, "{}", self.year),
            Precision::Season(s) => write!(f, "{iso_year}-{}", s.code()),
            Precision::Quarter(q) => write!(f, "{iso_year}-Q{q}"),
            Precision::Month(m) => write!(f, "{iso_year}-{m:02}"),
            Precision::Week(w) => write!(f, "{iso_year}-W{w:02}"),
            Precision::Day(m, d) => write!(f, "{iso_year}-{m:02}-{d:02}"),
        }
    }
}

impl TimelineDate {
    /// The spelling of most dates, a day, a month or a year of four digits, put together digit
    /// by digit: through `write!` each cost more than the rest of an event's JSON line. `None`
    /// for the others, which [`fmt::Display`] spells as it does these. Without the `~` of an
    /// approximate date, which `Display` writes before it.
    pub(crate) fn plain_spelling(&self) -> Option<ArrayString<10>> {
        let year = u16::try_from(self.year)
            .ok()
            .filter(|y| (1000..=9999).contains(y))?;
        let parts = match self.precision {
            Precision::Year => [None, None],
            Precision::Month(m) => [Some(m), None],
            Precision::Day(m, d) => [Some(m), Some(d)],
            _ => return None,
        };
        let digit = |n: u16| char::from(b'0' + u8::try_from(n % 10).unwrap_or(0));
        let mut spelt = ArrayString::new();
        for unit in [1000, 100, 10, 1] {
            spelt.push(digit(year / unit));
        }
        for part in parts.into_iter().flatten() {
            let part = u16::from(part);
            if part >= 100 {
                return None;
            }
            spelt.push('-');
            spelt.push(digit(part / 10));
            spelt.push(digit(part));
        }
        Some(spelt)
    }
}

/// A year as ISO 8601 writes it, four digits at least, written without a String of its own:
/// every event's id and YAML entry spells its date.
struct IsoYear(i32);

impl fmt::Display for IsoYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 < 0 {
            write!(f, "-{:04}", -self.0)
        } else {
            write!(f, "{:04}", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_dates_are_spelt_as_iso_8601_writes_them() {
        for year in (-50..12_000)
            .step_by(13)
            .chain([0, 999, 1000, 9999, 10_000])
        {
            for (precision, iso) in [
                (Precision::Year, format!("{year}")),
                (Precision::Month(2), format!("{year:04}-02")),
                (Precision::Day(11, 7), format!("{year:04}-11-07")),
            ] {
                let date = TimelineDate {
                    year,
                    precision,
                    approximate: false,
                };
                let plain = date.plain_spelling().map(|s| s.to_string());
                assert_eq!(plain.is_some(), (1000..=9999).contains(&year), "{year}");
                assert!(plain.is_none_or(|p| p == iso), "{year} {precision:?}");
            }
        }
    }

    #[test]
    fn spellings_round_trip_to_their_canonical_form() {
        let cases = [
            ("2019", "2019"),
            ("2019-02", "2019-02"),
            ("2019-02-27", "2019-02-27"),
            ("~2019", "~2019"),
            ("~ 2019-02", "~2019-02"),
            ("2019-Q3", "2019-Q3"),
            ("2019-SU", "2019-SU"),
            ("2019-W12", "2019-W12"),
            ("~2019-W01", "~2019-W01"),
            ("2020-W53", "2020-W53"),
            ("1990s", "1990s"),
            ("000s", "000s"),
            ("090s", "090s"),
            ("470s", "470s"),
            ("19th century", "19th century"),
            ("21st Century", "21st century"),
            ("5th century BCE", "5th century BCE"),
            ("44 BCE", "44 BCE"),
            ("44 BC", "44 BCE"),
            ("-0043", "44 BCE"),
            ("-0043-03-15", "-0043-03-15"),
            ("0", "1 BCE"),
            ("1", "1"),
            ("476", "476"),
        ];
        for (input, canonical) in cases {
            let date = TimelineDate::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(date.to_string(), canonical, "{input}");
            assert_eq!(TimelineDate::parse(canonical), Ok(date), "{canonical}");
        }
    }

    #[test]
    fn bad_spellings_are_refused() {
        for input in [
            "",
            "~",
            "2019-2",
            "2019-13",
            "2019-Q5",
            "2019-W00",
            "2019-W54",
            "2019-W1",
            "2019-W012",
            "2019-W12-3",
            "1995s",
            "19st century",
            "0 BCE",
            "2019-02-27-01",
            "abc",
            "201a",
        ] {
            assert!(TimelineDate::parse(input).is_err(), "{input}");
        }
        assert_eq!(
            TimelineDate::parse("2019-02-30"),
            Err(DateError::Impossible("2019-02-30".into()))
        );
        assert_eq!(
            TimelineDate::parse("2019-W53"),
            Err(DateError::NoSuchWeek("2019-W53".into()))
        );
        // Past the calendar's years: the year is what to change, not the week or the day.
        for input in ["999999-W01", "999999-01-01", "-300000-W53"] {
            let error = TimelineDate::parse(input).unwrap_err();
            assert_eq!(error, DateError::OutOfRange(input.into()));
            assert_eq!(
                error.to_string(),
                format!(
                    "`{input}` lies outside the calendar's years (-262143 to 262142): write a \
                     year in that range"
                )
            );
        }
    }

    #[test]
    fn a_day_is_what_its_spelling_reads_as() {
        for year in [-43, 0, 1, 999, 1000, 2019, 9999, 10_000, 262_142] {
            for (month, day) in [(1, 1), (2, 28), (12, 31)] {
                let date = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                assert_eq!(
                    TimelineDate::of_day(date),
                    TimelineDate::parse(&date.to_string()).ok(),
                    "{date}"
                );
            }
        }
    }

    #[test]
    fn the_years_a_file_spells_load_back_and_no_others() {
        let at = |year, precision| TimelineDate {
            year,
            precision,
            approximate: false,
        };
        let precisions = [
            Precision::Year,
            Precision::Quarter(3),
            Precision::Season(Season::Summer),
        ];
        for year in [*YEARS.start(), *YEARS.end()] {
            for precision in precisions {
                let date = at(year, precision);
                assert_eq!(TimelineDate::parse(&date.to_string()), Ok(date), "{date}");
            }
        }
        for year in [YEARS.start() - 2, YEARS.end() + 1] {
            for precision in precisions {
                assert!(TimelineDate::parse(&at(year, precision).to_string()).is_err());
            }
        }
    }

    #[test]
    fn covered_days() {
        let span = |s: &str| {
            let d = TimelineDate::parse(s).unwrap();
            (d.first_day().to_string(), d.last_day().to_string())
        };
        assert_eq!(span("2019"), ("2019-01-01".into(), "2019-12-31".into()));
        assert_eq!(span("2020-02"), ("2020-02-01".into(), "2020-02-29".into()));
        assert_eq!(span("2019-Q4"), ("2019-10-01".into(), "2019-12-31".into()));
        // An ISO week runs Monday to Sunday and may straddle the years.
        assert_eq!(span("2019-W12"), ("2019-03-18".into(), "2019-03-24".into()));
        assert_eq!(span("2020-W01"), ("2019-12-30".into(), "2020-01-05".into()));
        assert_eq!(span("2019-WI"), ("2019-12-01".into(), "2020-02-29".into()));
        assert_eq!(span("1990s"), ("1990-01-01".into(), "1999-12-31".into()));
        assert_eq!(
            span("19th century"),
            ("1800-01-01".into(), "1899-12-31".into())
        );
        assert_eq!(
            span("1st century BCE"),
            ("-0099-01-01".into(), "0000-12-31".into())
        );
        assert_eq!(
            span("2019-02-27"),
            ("2019-02-27".into(), "2019-02-27".into())
        );
    }
}
