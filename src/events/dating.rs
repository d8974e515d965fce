//! From a TIMEX3 value to a timeline date, keeping the value's granularity.
//!
//! Policy for vague references: `PAST_REF` ("recently", "lately"), `PRESENT_REF` ("now", "the
//! current president") and `FUTURE_REF` ("soon", "the future") date nothing a timeline can
//! place, so they give no date: "was recently extended" may be last week or last year, and a
//! reader of a timeline would not place it on the reference month. Only a report ("the paper
//! recently reported") is placed, by [`vague_past`]: a publication a reader can look up, near
//! the article's date. Durations and sets ("for
//! three years", "every week") date
//! nothing either, nor do values with unknown parts (`XXXX-10`).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::timeline::date::{Precision, TimelineDate, YEARS};
use crate::timex::{Modifier, Point, Ref, Timex, TimexType, Value};

/// The date `timex` gives an event, if any.
///
/// # Example
/// ```
/// use timeliner::events::dating::timeline_date;
/// use timeliner::timex::{Duration, Point, Ref, Timex, TimexType, Unit, Value};
///
/// let timex = |kind, value| Timex::new(0..1, kind, value, None).unwrap();
/// let date = |t| timeline_date(&t).map(|d| d.to_string());
/// let october = Value::Point(Point::Month(2025, 10));
/// assert_eq!(date(timex(TimexType::Date, october)).as_deref(), Some("2025-10"));
/// assert_eq!(date(timex(TimexType::Date, Value::Ref(Ref::Past))), None);
/// assert_eq!(date(timex(TimexType::Date, Value::Ref(Ref::Present))), None);
/// let three_years = Value::Duration(Duration::new(Unit::Year, Some(3)));
/// assert_eq!(date(timex(TimexType::Duration, three_years)), None);
/// ```
#[must_use]
pub fn timeline_date(timex: &Timex) -> Option<TimelineDate> {
    if !matches!(timex.kind, TimexType::Date | TimexType::Time) {
        return None;
    }
    let mut date = match &timex.value {
        // A year the file cannot spell ("5182981 years earlier") dates nothing.
        Value::Point(point) => from_point(*point).filter(|d| YEARS.contains(&d.year))?,
        Value::Ref(_)
        | Value::Partial(_)
        | Value::PartialDecade(_)
        | Value::Duration(_)
        | Value::Foreign(_) => return None,
    };
    if timex.modifier == Some(Modifier::Approx) {
        date.approximate = true;
    }
    Some(date)
}

/// The reference date's month, approximate, for a `PAST_REF` ("recently", "lately"), which
/// dates a report ("recently reported") and nothing else.
#[must_use]
pub fn vague_past(timex: &Timex, reference: Option<NaiveDate>) -> Option<TimelineDate> {
    match timex.value {
        Value::Ref(Ref::Past) => reference.map(approximate_month),
        _ => None,
    }
}

/// `timex` places what it dates on the timeline: a date of its own, or a `PAST_REF` a report
/// is placed by. An expression that gives none ("a 24-hour clinic") dates no event.
#[must_use]
pub fn gives_date(timex: &Timex, reference: Option<NaiveDate>) -> bool {
    timeline_date(timex).is_some() || vague_past(timex, reference).is_some()
}

/// "Sun earned $5.2 million in the fiscal first quarter", told in October 1989: a company's
/// fiscal quarters are not the calendar's, and a fiscal quarter of the article's year without
/// a year of its own is the last one to have ended before the article, as the calendar
/// quarter. `words` is the expression's text; other dates are kept.
#[must_use]
pub fn fiscal_quarter(
    words: &str,
    date: TimelineDate,
    reference: Option<NaiveDate>,
) -> TimelineDate {
    let Some(reference) = reference else {
        return date;
    };
    let fiscal = words
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("fiscal"));
    let own_year = words.chars().any(|c| c.is_ascii_digit());
    if !fiscal || own_year || date.year != reference.year() {
        return date;
    }
    let Precision::Quarter(_) = date.precision else {
        return date;
    };
    // The quarter before the reference date's.
    let (year, quarter) = match reference.month0() / 3 {
        0 => (reference.year() - 1, 4),
        q => (reference.year(), q),
    };
    TimelineDate {
        year,
        precision: Precision::Quarter(u8::try_from(quarter).unwrap_or(4)),
        approximate: date.approximate,
    }
}

fn from_point(point: Point) -> Option<TimelineDate> {
    let date = |year, precision| TimelineDate {
        year,
        precision,
        approximate: false,
    };
    Some(match point {
        // TIMEX3 "19" is the years 1900–1999: the 20th century. The timeline's centuries
        // before the era are not aligned with TIMEX3's, so those give no date yet.
        Point::Century(c) if c >= 0 => date(c * 100, Precision::Century(c + 1)),
        Point::Decade(d) if d >= 0 => date(d * 10, Precision::Decade),
        Point::Century(_) | Point::Decade(_) => return None,
        // A half-year is wider than the timeline's quarters: keep the year.
        Point::Year(y) | Point::Half(y, _) => TimelineDate::year(y),
        Point::Quarter(y, q) => date(y, Precision::Quarter(u8::try_from(q).ok()?)),
        Point::Season(y, s) => date(y, Precision::Season(s)),
        Point::Month(y, m) if (1..=12).contains(&m) => {
            date(y, Precision::Month(u8::try_from(m).ok()?))
        }
        Point::Month(..) => return None,
        // A weekend is within its week, which the timeline holds ("last weekend" is that week).
        Point::Week(y, w) | Point::Weekend(y, w) => {
            NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
            date(y, Precision::Week(u8::try_from(w).ok()?))
        }
        // A time of day dates the day.
        Point::Day(d) | Point::DayPart(d, _) | Point::Clock(d, ..) => date(
            d.year(),
            Precision::Day(u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?),
        ),
    })
}

/// The month of `day`, marked approximate.
fn approximate_month(day: NaiveDate) -> TimelineDate {
    TimelineDate {
        year: day.year(),
        precision: Precision::Month(u8::try_from(day.month()).unwrap_or(1)),
        approximate: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vague_past_is_the_reference_month_for_a_report() {
        let timex = |value| Timex::new(0..1, TimexType::Date, value, None).unwrap();
        let reference = NaiveDate::from_ymd_opt(2025, 9, 22);
        let past = vague_past(&timex(Value::Ref(Ref::Past)), reference);
        assert_eq!(past.map(|d| d.to_string()).as_deref(), Some("~2025-09"));
        assert_eq!(vague_past(&timex(Value::Ref(Ref::Past)), None), None);
        assert_eq!(
            vague_past(&timex(Value::Ref(Ref::Present)), reference),
            None
        );
    }

    #[test]
    fn a_fiscal_quarter_is_the_last_calendar_quarter_ended() {
        let quarter = |year, q| TimelineDate {
            year,
            precision: Precision::Quarter(q),
            approximate: false,
        };
        let october = NaiveDate::from_ymd_opt(1989, 10, 26);
        let february = NaiveDate::from_ymd_opt(1990, 2, 1);
        let cases = [
            (
                "the fiscal first quarter",
                quarter(1989, 1),
                october,
                quarter(1989, 3),
            ),
            (
                "its fiscal second quarter",
                quarter(1990, 2),
                february,
                quarter(1989, 4),
            ),
            (
                "the first quarter",
                quarter(1989, 1),
                october,
                quarter(1989, 1),
            ),
            (
                "the fiscal 1990 first quarter",
                quarter(1990, 1),
                october,
                quarter(1990, 1),
            ),
            (
                "the fiscal first quarter",
                quarter(1989, 1),
                None,
                quarter(1989, 1),
            ),
        ];
        for (words, date, reference, want) in cases {
            assert_eq!(fiscal_quarter(words, date, reference), want, "{words}");
        }
    }

    #[test]
    fn values_keep_their_granularity() {
        let cases = [
            ("2019", Some("2019")),
            ("2025-10", Some("2025-10")),
            ("2025-09-21", Some("2025-09-21")),
            ("1998-08-07T10:35", Some("1998-08-07")),
            ("1998-02-06TMO", Some("1998-02-06")),
            ("1989-Q3", Some("1989-Q3")),
            ("1998-H2", Some("1998")),
            ("1998-FA", Some("1998-FA")),
            ("1994-WI", Some("1994-WI")),
            ("20", Some("21st century")),
            ("02", Some("3rd century")),
            ("199", Some("1990s")),
            ("19", Some("20th century")),
            ("1998-W08", Some("1998-W08")),
            ("1998-W52-WE", Some("1998-W52")),
            ("1999-W53", None),
            ("BC0044-03-15", Some("-0043-03-15")),
            ("BC0044", Some("44 BCE")),
            ("XXXX-10", None),
            ("2011-WXX", None),
            ("199X", None),
            ("FUTURE_REF", None),
            ("PAST_REF", None),
        ];
        for (value, want) in cases {
            let timex =
                Timex::new(0..1, TimexType::Date, Value::parse(value).unwrap(), None).unwrap();
            let got = timeline_date(&timex).map(|d| d.to_string());
            assert_eq!(got.as_deref(), want, "{value}");
        }
    }
}
