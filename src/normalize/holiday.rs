//! Holidays: the day a holiday falls on in a given year, from a short rule written in the
//! word list (`data/rules/words.txt`, `[holiday]`):
//!
//! - `12-25`: a fixed day (Christmas);
//! - `11-22-thu`: the first Thursday on or after November 22 (Thanksgiving, the fourth
//!   Thursday); `05-25-mon` is the last Monday of May (Memorial Day);
//! - `easter`, `easter-2`, `easter+1`: Easter Sunday and days counted from it.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The day holiday `rule` falls on in `year`; `None` for a rule that is not well formed.
///
/// # Example
///
/// ```
/// use timeliner::normalize::holiday_in;
///
/// assert_eq!(holiday_in("11-22-thu", 1999).unwrap().to_string(), "1999-11-25");
/// assert_eq!(holiday_in("easter", 2000).unwrap().to_string(), "2000-04-23");
/// ```
#[must_use]
pub fn holiday_in(rule: &str, year: i32) -> Option<NaiveDate> {
    if let Some(offset) = rule.strip_prefix("easter") {
        let days: i64 = match offset {
            "" => 0,
            _ => offset.strip_prefix('+').unwrap_or(offset).parse().ok()?,
        };
        return easter(year)?.checked_add_signed(chrono::TimeDelta::try_days(days)?);
    }
    let mut parts = rule.split('-');
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    match parts.next() {
        None => Some(date),
        Some(weekday) => {
            let weekday: Weekday = weekday.parse().ok()?;
            let ahead =
                (weekday.num_days_from_monday() + 7 - date.weekday().num_days_from_monday()) % 7;
            date.checked_add_days(Days::new(u64::from(ahead)))
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
        holiday_in(rule, year).map_or("none".into(), |d| d.to_string())
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
        for rule in ["", "13-01", "02-30", "12-25-xx", "easter+x", "xmas"] {
            assert_eq!(on(rule, 2000), "none", "{rule}");
        }
    }
}
