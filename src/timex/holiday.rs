//! Holidays: the day a holiday falls on in a given year, from a short rule written in the
//! holiday list (`data/rules/holidays.txt`):
//!
//! - `12-25`: a fixed day (Christmas);
//! - `11-22-thu`: the first Thursday on or after November 22 (Thanksgiving, the fourth
//!   Thursday); `05-25-mon` is the last Monday of May (Memorial Day);
//! - `easter`, `easter-2`, `easter+49`: Western Easter Sunday and days counted from it;
//!   `orthodox-easter` the Eastern Orthodox one (the Julian computus);
//! - `hebrew-07-15`, `islamic-09-01`, `chinese-01-01`: a month and day of the Hebrew, Islamic
//!   (Umm al-Qura) or Chinese calendar, computed by ICU4X's `icu_calendar`;
//! - `diwali`: the new moon that ends the Hindu month of Ashvin (see [`diwali`]);
//!
//! and any of them `+N` days ("Black Friday" is `11-22-thu+1`).

use chrono::{Datelike, Days, NaiveDate, Weekday};
use icu_calendar::Date;
use icu_calendar::cal::{ChineseTraditional, Hebrew, Hijri};

/// When a holiday falls, as a rule that gives its day in any year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    base: Base,
    /// Days after the day of `base`.
    days: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Base {
    /// The same day every year (month, day).
    Fixed(u32, u32),
    /// The first `Weekday` on or after (month, day).
    WeekdayFrom(u32, u32, Weekday),
    Easter,
    OrthodoxEaster,
    /// A month and day of another calendar.
    Lunar(Calendar, u8, u8),
    Diwali,
}

/// The calendars whose holidays the list names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Calendar {
    Hebrew,
    /// The Umm al-Qura calendar of Saudi Arabia: computed, published ahead, and the one by
    /// which most news dates Ramadan and the Eids (sighting elsewhere may differ by a day).
    Islamic,
    Chinese,
}

impl Holiday {
    /// Reads a rule: `12-25`, `11-22-thu+1`, `easter-2`, `hebrew-07-15`; `None` if it is not
    /// well formed.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        for (prefix, base) in [
            ("orthodox-easter", Base::OrthodoxEaster),
            ("easter", Base::Easter),
            ("diwali", Base::Diwali),
        ] {
            if let Some(offset) = code.strip_prefix(prefix) {
                let days = match offset {
                    "" => 0,
                    _ => offset.strip_prefix('+').unwrap_or(offset).parse().ok()?,
                };
                return Some(Self { base, days });
            }
        }
        let (code, days) = match code.split_once('+') {
            Some((code, days)) => (code, days.parse().ok()?),
            None => (code, 0),
        };
        let mut parts = code.split('-');
        let first = parts.next()?;
        let calendar = match first {
            "hebrew" => Some(Calendar::Hebrew),
            "islamic" => Some(Calendar::Islamic),
            "chinese" => Some(Calendar::Chinese),
            _ => None,
        };
        let month = match calendar {
            Some(_) => parts.next()?,
            None => first,
        }
        .parse()
        .ok()?;
        let day = parts.next()?.parse().ok()?;
        let base = match (calendar, parts.next()) {
            (Some(calendar), None) if (1..=12).contains(&month) && (1..=30).contains(&day) => {
                Base::Lunar(calendar, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
            }
            (Some(_), _) => return None,
            (None, weekday) => {
                // 2000 is a leap year: February 29 is a day some year.
                NaiveDate::from_ymd_opt(2000, month, day)?;
                match weekday {
                    None => Base::Fixed(month, day),
                    Some(weekday) => Base::WeekdayFrom(month, day, weekday.parse().ok()?),
                }
            }
        };
        parts.next().is_none().then_some(Self { base, days })
    }

    /// The day the holiday falls on in `year` (the first, if a lunar date comes twice).
    ///
    /// # Example
    ///
    /// ```
    /// use timeliner::timex::Holiday;
    ///
    /// let on = |code, year| Holiday::from_code(code).unwrap().in_year(year).unwrap().to_string();
    /// assert_eq!(on("11-22-thu", 1999), "1999-11-25");
    /// assert_eq!(on("easter", 2000), "2000-04-23");
    /// assert_eq!(on("hebrew-07-15", 2025), "2025-04-13");
    /// ```
    #[must_use]
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        let day = match self.base {
            Base::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day)?,
            Base::WeekdayFrom(month, day, weekday) => {
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                let ahead = (weekday.num_days_from_monday() + 7
                    - date.weekday().num_days_from_monday())
                    % 7;
                date.checked_add_days(Days::new(u64::from(ahead)))?
            }
            Base::Easter => easter(year)?,
            Base::OrthodoxEaster => orthodox_easter(year)?,
            Base::Lunar(calendar, month, day) => lunar(calendar, year, month, day)?,
            Base::Diwali => diwali(year)?,
        };
        day.checked_add_signed(chrono::TimeDelta::try_days(i64::from(self.days))?)
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

/// Orthodox Easter: the Julian computus, its Julian date moved to the Gregorian calendar (13
/// days ahead from 1900 to 2099).
fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        return None;
    }
    let d = (19 * year.rem_euclid(19) + 15).rem_euclid(30);
    let e = (2 * year.rem_euclid(4) + 4 * year.rem_euclid(7) - d + 34).rem_euclid(7);
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian =
        NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    let gap = year / 100 - year / 400 - 2;
    julian.checked_add_days(Days::new(u64::try_from(gap).ok()?))
}

/// The first day of Gregorian `year` that is `month`-`day` in `calendar` (in the Hebrew
/// calendar month 6 is Adar, Adar II in a leap year).
fn lunar(calendar: Calendar, year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    let mut date = NaiveDate::from_ymd_opt(year, 1, 1)?;
    while date.year() == year {
        let iso = Date::try_new_iso(
            date.year(),
            u8::try_from(date.month()).ok()?,
            u8::try_from(date.day()).ok()?,
        )
        .ok()?;
        let (said, of_month) = match calendar {
            Calendar::Hebrew => {
                let d = iso.to_calendar(Hebrew);
                (d.month().to_input(), d.day_of_month().0)
            }
            Calendar::Islamic => {
                let d = iso.to_calendar(Hijri::new_umm_al_qura());
                (d.month().to_input(), d.day_of_month().0)
            }
            Calendar::Chinese => {
                let d = iso.to_calendar(ChineseTraditional::new());
                (d.month().to_input(), d.day_of_month().0)
            }
        };
        // A leap month keeps no holiday of its own, except Adar II, the Adar of a Hebrew leap
        // year, which keeps Purim.
        let leap_ok = !said.is_leap() || (calendar == Calendar::Hebrew && month == 6);
        if of_month == day && said.number() == month && leap_ok {
            return Some(date);
        }
        date = date.succ_opt()?;
    }
    None
}

/// A lunisolar calendar whose days start at 19:30 Indian time (UTC+10), so that its months
/// start on the day after the evening whose night the new moon's *tithi* covers.
struct DiwaliEvening;

impl calendrical_calculations::chinese_based::ChineseBased for DiwaliEvening {
    fn utc_offset(_: calendrical_calculations::rata_die::RataDie) -> f64 {
        10.0 / 24.0
    }
    const EPOCH: calendrical_calculations::rata_die::RataDie =
        calendrical_calculations::rata_die::RataDie::new(1);
    const DEBUG_NAME: &'static str = "diwali-evening";
}

/// Diwali (Lakshmi Puja): the evening of the new moon that ends the month of Ashvin, the first
/// new moon after the Sun enters sidereal Libra (about October 17). It is the evening in India
/// on which the new moon's lunar day (*amavasya*) holds, taken here as the day before the date
/// of the new moon in UTC+10 (a new moon before 19:30 Indian time is celebrated the evening
/// before). The new moons come from ICU4X's astronomy (`calendrical_calculations`); the rule
/// is this project's own reading of the almanac's, and matched the celebrated dates from 2009
/// to 2025.
fn diwali(year: i32) -> Option<NaiveDate> {
    use calendrical_calculations::chinese_based::chinese_based_date_from_fixed;
    use calendrical_calculations::rata_die::RataDie;
    let mut date = NaiveDate::from_ymd_opt(year, 10, 18)?;
    for _ in 0..31 {
        let fixed = RataDie::new(i64::from(date.num_days_from_ce()));
        if chinese_based_date_from_fixed::<DiwaliEvening>(fixed).day == 1 {
            return date.pred_opt();
        }
        date = date.succ_opt()?;
    }
    None
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
        // Thanksgiving, Labor Day, Memorial Day, Election Day, Black Friday, Cyber Monday.
        assert_eq!(on("11-22-thu", 1999), "1999-11-25");
        assert_eq!(on("09-01-mon", 2025), "2025-09-01");
        assert_eq!(on("05-25-mon", 2000), "2000-05-29");
        assert_eq!(on("11-02-tue", 1998), "1998-11-03");
        assert_eq!(on("11-22-thu+1", 2024), "2024-11-29");
        assert_eq!(on("11-22-thu+4", 2025), "2025-12-01");
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
        assert_eq!(on("easter+49", 2025), "2025-06-08");
        for (year, day) in [
            (2023, "2023-04-16"),
            (2024, "2024-05-05"),
            (2025, "2025-04-20"),
            (2026, "2026-04-12"),
            (2001, "2001-04-15"),
        ] {
            assert_eq!(on("orthodox-easter", year), day);
        }
    }

    #[test]
    fn holidays_of_the_hebrew_islamic_and_chinese_calendars() {
        for (rule, year, day) in [
            ("hebrew-07-15", 2025, "2025-04-13"),
            ("hebrew-01-10", 2024, "2024-10-12"),
            ("hebrew-03-25", 2025, "2025-12-15"),
            ("hebrew-01-01", 2026, "2026-09-12"),
            ("hebrew-06-14", 2024, "2024-03-24"),
            ("hebrew-06-14", 2023, "2023-03-07"),
            ("islamic-09-01", 2024, "2024-03-11"),
            ("islamic-10-01", 2025, "2025-03-30"),
            ("islamic-12-10", 2024, "2024-06-16"),
            ("chinese-01-01", 2024, "2024-02-10"),
            ("chinese-01-01", 2025, "2025-01-29"),
        ] {
            assert_eq!(on(rule, year), day, "{rule} {year}");
        }
    }

    #[test]
    fn diwali_is_the_evening_of_the_new_moon_of_ashvin() {
        for (year, day) in [
            (2009, "2009-10-17"),
            (2012, "2012-11-13"),
            (2015, "2015-11-11"),
            (2016, "2016-10-30"),
            (2017, "2017-10-19"),
            (2018, "2018-11-07"),
            (2019, "2019-10-27"),
            (2020, "2020-11-14"),
            (2021, "2021-11-04"),
            (2022, "2022-10-24"),
            (2023, "2023-11-12"),
            (2024, "2024-10-31"),
            (2025, "2025-10-20"),
        ] {
            assert_eq!(on("diwali", year), day, "{year}");
        }
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
            "hebrew-13-01",
            "islamic-09",
            "mayan-01-01",
        ] {
            assert_eq!(on(rule, 2000), "none", "{rule}");
        }
    }

    #[test]
    fn every_holiday_in_the_list_has_a_well_formed_rule() {
        let list = include_str!("../../data/rules/holidays.txt");
        let rules: Vec<&str> = list
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with(['#', '"', '[']))
            .filter_map(|line| line.split_once(':').map(|(rule, _)| rule))
            .collect();
        assert!(rules.len() >= 40, "{rules:?}");
        for rule in rules {
            assert!(Holiday::from_code(rule).is_some(), "{rule}");
            assert!(
                Holiday::from_code(rule).unwrap().in_year(2030).is_some(),
                "{rule}"
            );
        }
    }
}
