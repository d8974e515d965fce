//! From a TIMEX3 value to a timeline date, keeping the value's granularity.
//!
//! Policy for vague references: `PAST_REF` ("recently", "lately") dates a real event as the
//! reference date's month, marked approximate (`~2025-09`); `PRESENT_REF` ("now", "the
//! current president") and `FUTURE_REF` ("soon", "the future") date nothing a timeline can
//! place, so they give no date. Durations and sets ("for three years", "every week") date
//! nothing either, nor do values with unknown parts (`XXXX-10`).

use chrono::{Datelike, NaiveDate};

use crate::timeline::date::TimelineDate;
use crate::timex::{Timex, TimexType};

/// The date `timex` gives an event, if any; `reference` is the article's date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use timeliner::events::dating::timeline_date;
/// use timeliner::timex::{Timex, TimexType};
///
/// let reference = NaiveDate::from_ymd_opt(2025, 9, 22).unwrap();
/// let timex = |kind, value: &str| Timex { span: 0..1, kind, value: value.into(), modifier: None };
/// let date = |t| timeline_date(&t, reference).map(|d| d.to_string());
/// assert_eq!(date(timex(TimexType::Date, "2025-10")).as_deref(), Some("2025-10"));
/// assert_eq!(date(timex(TimexType::Date, "PAST_REF")).as_deref(), Some("~2025-09"));
/// assert_eq!(date(timex(TimexType::Date, "PRESENT_REF")), None);
/// assert_eq!(date(timex(TimexType::Duration, "P3Y")), None);
/// ```
#[must_use]
pub fn timeline_date(timex: &Timex, reference: NaiveDate) -> Option<TimelineDate> {
    if !matches!(timex.kind, TimexType::Date | TimexType::Time) {
        return None;
    }
    let value = timex.value.as_str();
    let mut date = if value == "PAST_REF" {
        let mut month =
            TimelineDate::parse(&format!("{:04}-{:02}", reference.year(), reference.month()))
                .ok()?;
        month.approximate = true;
        month
    } else {
        from_value(value)?
    };
    if timex.modifier.as_deref() == Some("APPROX") {
        date.approximate = true;
    }
    Some(date)
}

fn from_value(value: &str) -> Option<TimelineDate> {
    // A time of day dates the day: "2025-09-21TNI", "1998-08-07T10:35".
    let day_part = value.split('T').next().unwrap_or(value);
    if day_part.contains('X') || day_part.is_empty() {
        return None;
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some((year, week)) = day_part.split_once("-W") {
        // A week straddles months: give its Thursday's month, approximate.
        let (year, week) = (
            year.parse().ok()?,
            week.get(..2).unwrap_or(week).parse().ok()?,
        );
        let thursday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Thu)?;
        let mut month =
            TimelineDate::parse(&format!("{:04}-{:02}", thursday.year(), thursday.month())).ok()?;
        month.approximate = true;
        return Some(month);
    }
    if digits(day_part) && day_part.len() == 3 {
        return TimelineDate::parse(&format!("{day_part}0s")).ok();
    }
    if digits(day_part) && day_part.len() == 2 {
        // TIMEX3 "19" is the years 1900–1999: the 20th century.
        let first: i32 = day_part.parse().ok()?;
        return TimelineDate::parse(&format!("{}th century", first + 1)).ok();
    }
    // Weekend and half-year markers are wider than the text: keep the year and month only.
    let trimmed = day_part
        .strip_suffix("-WE")
        .or_else(|| day_part.strip_suffix("-H1"))
        .or_else(|| day_part.strip_suffix("-H2"))
        .unwrap_or(day_part);
    TimelineDate::parse(trimmed).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_their_granularity() {
        let cases = [
            ("2019", Some("2019")),
            ("2025-10", Some("2025-10")),
            ("2025-09-21", Some("2025-09-21")),
            ("1998-08-07T10:35", Some("1998-08-07")),
            ("1998-02-06TMO", Some("1998-02-06")),
            ("1989-Q3", Some("1989-Q3")),
            ("1998-FA", Some("1998-FA")),
            ("199", Some("1990s")),
            ("19", Some("20th century")),
            ("1998-W08", Some("~1998-02")),
            ("XXXX-10", None),
            ("FUTURE_REF", None),
        ];
        for (value, want) in cases {
            let got = from_value(value).map(|d| d.to_string());
            assert_eq!(got.as_deref(), want, "{value}");
        }
    }
}
