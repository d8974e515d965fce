//! Holidays: the day a holiday falls on in a given year, from a short rule written in the
//! word list (`data/rules/words.txt`, `[holiday]`):
//!
//! - `12-25`: a fixed day (Christmas);
//! - `11-22-thu`: the first Thursday on or after November 22 (Thanksgiving, the fourth
//!   Thursday); `05-25-mon` is the last Monday of May (Memorial Day);
//! - `easter`, `easter-2`, `easter+1`: Easter Sunday and days counted from it.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// When a holiday falls, as a rule that gives its day in any year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// The same day every year (month, day).
    Fixed(u32, u32),
    /// The first `Weekday` on or after (month, day).
    WeekdayFrom(u32, u32, Weekday),
    /// Easter Sunday plus some days.
    Easter(i8),
}

impl Holiday {
    /// Reads a rule: `12-25`, `11-22-thu` or `easter-2`; `None` if it is not well formed.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        if let Some(offset) = code.strip_prefix("easter") {
            return Some(Self::Easter(match offset {
                "" => 0,
                _ => offset.strip_prefix('+').unwrap_or(offset).parse().ok()?,
            }));
        }
        let mut parts = code.split('-');
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        // 2000 is a leap year: February 29 is a day some year.
        NaiveDate::from_ymd_opt(2000, month, day)?;
        let holiday = match parts.next() {
            None => Self::Fixed(month, day),
            Some(weekday) => Self::WeekdayFrom(month, day, weekday.parse().ok()?),
        };
        parts.next().is_none().then_some(holiday)
    }

    /// The day the holiday falls on in `year`.
    ///
    /// # Example
    ///
    /// ```
    /// use timeliner::timex::Holiday;
    ///
    /// let thanksgiving = Holiday::from_code("11-22-thu").unwrap();
    /// assert_eq!(thanksgiving.in_year(1999).unwrap().to_string(), "1999-11-25");
    /// let easter = Holiday::from_code("easter").unwrap();
    /// assert_eq!(easter.in_year(2000).unwrap().to_string(), "2000-04-23");
    /// ```
    #[must_use]
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            Self::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
            Self::WeekdayFrom(month, day, weekday) => {
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                let ahead = (weekday.num_days_from_monday() + 7
                    - date.weekday().num_days_from_monday())
                    % 7;
                date.checked_add_days(Days::new(u64::from(ahead)))
            }
            Self::Easter(days) => {
                easter(year)?.checked_add_signed(chrono::TimeDelta::try_days(i64::from(days))?)
            }
        }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(rule: &str, year: i32) -> String {
        Holiday::from_code(rule)
            .and_then(|h| h.in_year(year))
            .map_or("none".into(), |d| d.to_string())
    }

    #[test]
    fn fixed_days_and_weekdays_after_a_day() {
        assert_eq!(on("12-25", 1998), "1998-12-25");
        // Thanksgiving, Labor Day, Memorial Day, Election Day.
        assert_eq!(on("11-22-thu", 1999), "1999-11-25");
        assert_eq!(on("09-01-mon", 2025), "2025-09-01");
        assert_eq!(on("05-25-mon", 2000), "2000-05-29");
        assert_eq!(on("11-02-tue", 1998), "1998-11-03");
    }

    #[test]
    fn easter_and_days_counted_from_it() {
        for (year, day) in [
            (1998, "1998-04-12"),
            (2000, "2000-04-23"),
            (2025, "2025-04-20"),
        ] {
            assert_eq!(on("easter", year), day);
        }
        assert_eq!(on("easter-2", 2025), "2025-04-18");
        assert_eq!(on("easter+1", 2025), "2025-04-21");
    }

    #[test]
    fn malformed_rules_give_nothing() {
        for rule in [
            "",
            "13-01",
            "02-30",
            "12-25-xx",
            "12-25-mon-1",
            "easter+x",
            "xmas",
        ] {
            assert_eq!(on(rule, 2000), "none", "{rule}");
        }
    }

    #[test]
    fn every_holiday_in_the_word_list_has_a_well_formed_rule() {
        let words = include_str!("../../data/rules/words.txt");
        let list = words.split("[holiday]\n").nth(1).expect("a [holiday] list");
        let rules: Vec<&str> = list
            .lines()
            .take_while(|line| !line.starts_with('['))
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .filter_map(|line| line.split_once(':').map(|(rule, _)| rule))
            .collect();
        assert!(rules.len() >= 15, "{rules:?}");
        for rule in rules {
            assert!(Holiday::from_code(rule).is_some(), "{rule}");
        }
    }
}
