//! The time axis: days to pixels (piecewise, so a long empty stretch can be cut out), ticks at
//! natural boundaries chosen for the span and the width, and dates written for people
//! (BCE/CE without a year 0).

use chrono::{Datelike, NaiveDate, Weekday};

use super::font;
use crate::timeline::date::{Precision, Season, TimelineDate};

/// A day as a count from 1 January of year 1 CE (day 1); negative before.
pub type Day = i64;

#[must_use]
pub fn day_of(date: NaiveDate) -> Day {
    i64::from(date.num_days_from_ce())
}

/// A count of days as a float, for ratios of spans.
#[expect(
    clippy::cast_precision_loss,
    reason = "days come from chrono dates (within 2^28 of year 1), exact in f64 up to 2^53"
)]
fn days_f64(days: Day) -> f64 {
    days as f64
}

#[must_use]
pub fn date_of(day: Day) -> NaiveDate {
    i32::try_from(day)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .unwrap_or(if day < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// One linear piece of the axis: days `[start, end)` drawn over pixels `[x0, x1)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub start: Day,
    pub end: Day,
    pub x0: i32,
    pub x1: i32,
}

/// Days to pixels. Two segments when the axis is broken; the break lies between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub segments: Vec<Segment>,
}

/// Share of the whole span an empty stretch must exceed before the axis is cut.
const BREAK_SHARE: f64 = 0.35;
/// Pixels the cut stretch keeps on the axis.
pub const BREAK_WIDTH: i32 = 28;

impl Scale {
    /// A scale over `[start, end)` drawn in `[x0, x1)`; `covered` are the day intervals that
    /// hold something (events, eras, the reference date), used to find an empty stretch.
    #[must_use]
    pub fn new(start: Day, end: Day, x0: i32, x1: i32, covered: &[(Day, Day)]) -> Self {
        let end = end.max(start + 1);
        let whole = Segment { start, end, x0, x1 };
        let Some((gap_start, gap_end)) = largest_gap(covered) else {
            return Self {
                segments: vec![whole],
            };
        };
        let share = days_f64(gap_end - gap_start) / days_f64(end - start);
        if share < BREAK_SHARE || x1 - x0 < 4 * BREAK_WIDTH {
            return Self {
                segments: vec![whole],
            };
        }
        // Keep a little of the empty stretch on each side so the edge events do not sit on
        // the break marks.
        let margin = (gap_end - gap_start) / 40;
        let (left_end, right_start) = (gap_start + margin, gap_end - margin);
        let kept = (left_end - start) + (end - right_start);
        let drawable = f64::from(x1 - x0 - BREAK_WIDTH);
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a share (0..=1) of `drawable`, an i32 width"
        )]
        let left_px = (days_f64(left_end - start) / days_f64(kept) * drawable).round() as i32;
        Self {
            segments: vec![
                Segment {
                    start,
                    end: left_end,
                    x0,
                    x1: x0 + left_px,
                },
                Segment {
                    start: right_start,
                    end,
                    x0: x0 + left_px + BREAK_WIDTH,
                    x1,
                },
            ],
        }
    }

    /// The pixel of a day (fractional days allowed through `day` + `frac`).
    #[must_use]
    pub fn x(&self, day: Day) -> i32 {
        self.x_frac(day, 0.0)
    }

    /// The pixel of `day + frac` (frac in 0..1; 0.5 is the middle of the day).
    #[must_use]
    pub fn x_frac(&self, day: Day, frac: f64) -> i32 {
        let seg = self
            .segments
            .iter()
            .find(|s| day < s.end)
            .unwrap_or_else(|| self.segments.last().expect("a scale has a segment"));
        let day = day.clamp(seg.start, seg.end);
        let t = (days_f64(day - seg.start) + frac) / days_f64(seg.end - seg.start);
        let x = f64::from(seg.x0) + t * f64::from(seg.x1 - seg.x0);
        #[expect(
            clippy::cast_possible_truncation,
            reason = "`as` saturates, and the pixel is clamped to the segment next"
        )]
        let x = x.round() as i32;
        x.clamp(seg.x0, seg.x1)
    }

    /// Pixel spans of the breaks, if any.
    #[must_use]
    pub fn breaks(&self) -> Vec<(i32, i32)> {
        self.segments
            .windows(2)
            .map(|w| (w[0].x1, w[1].x0))
            .collect()
    }
}

/// The largest stretch between the merged covered intervals.
fn largest_gap(covered: &[(Day, Day)]) -> Option<(Day, Day)> {
    let mut sorted: Vec<(Day, Day)> = covered.to_vec();
    sorted.sort_unstable();
    let mut best: Option<(Day, Day)> = None;
    let mut reach = sorted.first()?.1;
    for &(s, e) in &sorted[1..] {
        if s > reach && best.is_none_or(|(bs, be)| s - reach > be - bs) {
            best = Some((reach, s));
        }
        reach = reach.max(e);
    }
    best
}

/// A tick: its pixel and label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub x: i32,
    pub label: String,
}

/// Tick steps from the finest to the coarsest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Days(i32),
    Week,
    Months(u32),
    Years(i32),
}

const STEPS: [Step; 24] = [
    Step::Days(1),
    Step::Days(2),
    Step::Week,
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(25),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(250),
    Step::Years(500),
    Step::Years(1000),
    Step::Years(2000),
    Step::Years(5000),
    Step::Years(10_000),
    Step::Years(20_000),
    Step::Years(50_000),
    Step::Years(100_000),
];

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Step::Days(n) => f64::from(n),
            Step::Week => 7.0,
            Step::Months(n) => 30.44 * f64::from(n),
            Step::Years(n) => 365.25 * f64::from(n),
        }
    }
}

/// Tick label size in pixels; the axis measures its labels at this size.
pub const TICK_SIZE: f64 = 11.0;
const TICK_GAP: f64 = 10.0;
/// Closer ticks than this make an axis busy even when their labels fit.
const MIN_TICK_SPACING: f64 = 56.0;

/// Ticks for every segment of the scale: the finest natural step whose labels do not collide.
/// `bce` says whether the whole chart reaches before year 1, so CE years get a suffix.
#[must_use]
pub fn ticks(scale: &Scale, bce: bool) -> Vec<Tick> {
    scale
        .segments
        .iter()
        .flat_map(|seg| segment_ticks(seg, scale, bce))
        .collect()
}

/// Labelled ticks a whole axis should have at most: more makes it busy however well they fit.
const MAX_TICKS: f64 = 12.0;

fn segment_ticks(seg: &Segment, scale: &Scale, bce: bool) -> Vec<Tick> {
    let px_per_day = f64::from(seg.x1 - seg.x0) / days_f64(seg.end - seg.start);
    // A segment of a broken axis gets its share of the ticks.
    let whole = scale.segments.last().map_or(1, |last| last.x1) - scale.segments[0].x0;
    let share = f64::from(seg.x1 - seg.x0) / f64::from(whole.max(1));
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "at most MAX_TICKS (the share is at most 1); `as` takes a negative to 0"
    )]
    let most = ((MAX_TICKS * share).round() as usize).max(2);
    let mut fallback = None;
    for step in STEPS {
        // Skip steps that cannot fit even a short label, without generating their ticks.
        if step.approx_days() * px_per_day < 24.0 {
            continue;
        }
        let ticks = step_ticks(step, seg, scale, bce);
        if labels_fit(&ticks) {
            if ticks.len() <= most {
                return ticks;
            }
            fallback.get_or_insert(ticks);
        }
    }
    fallback.unwrap_or_default()
}

fn labels_fit(ticks: &[Tick]) -> bool {
    ticks.windows(2).all(|w| {
        let a = font::text_width(&w[0].label, TICK_SIZE, false);
        let b = font::text_width(&w[1].label, TICK_SIZE, false);
        let dx = f64::from(w[1].x - w[0].x);
        dx >= (a + b) / 2.0 + TICK_GAP && dx >= MIN_TICK_SPACING
    })
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn step_ticks(step: Step, seg: &Segment, scale: &Scale, bce: bool) -> Vec<Tick> {
    let (first, last) = (date_of(seg.start), date_of(seg.end - 1));
    let mut out = Vec::new();
    let mut push = |date: NaiveDate, label: String| {
        let day = day_of(date);
        if day >= seg.start && day < seg.end {
            out.push(Tick {
                x: scale.x(day),
                label,
            });
        }
    };
    match step {
        Step::Days(_) | Step::Week => {
            let mut date = first;
            let mut shown_year = None;
            while date <= last {
                let keep = match step {
                    Step::Days(n) => date.num_days_from_ce().rem_euclid(n) == 0,
                    _ => date.weekday() == Weekday::Mon,
                };
                if keep {
                    let mut label = format!("{} {}", date.day(), MONTHS[date.month0() as usize]);
                    if shown_year != Some(date.year()) {
                        label = format!("{label} {}", year_label(date.year(), bce));
                        shown_year = Some(date.year());
                    }
                    push(date, label);
                }
                let Some(next) = date.succ_opt() else { break };
                date = next;
            }
        }
        Step::Months(n) => {
            let mut y = first.year();
            let mut m = first.month0();
            let mut shown_year = None;
            while (y, m) <= (last.year(), last.month0()) {
                if m % n == 0
                    && let Some(date) = NaiveDate::from_ymd_opt(y, m + 1, 1)
                {
                    let label = if shown_year == Some(y) {
                        MONTHS[m as usize].to_string()
                    } else {
                        format!("{} {}", MONTHS[m as usize], year_label(y, bce))
                    };
                    if day_of(date) >= seg.start {
                        shown_year = Some(y);
                    }
                    push(date, label);
                }
                m += 1;
                if m == 12 {
                    m = 0;
                    y += 1;
                }
            }
        }
        Step::Years(n) => {
            // Walk the years people count: ... 2 BCE, 1 BCE, 1 CE, 2 CE ...; a step lands on
            // multiples of n in that count, and for long steps "1 CE" stands in for the
            // missing year 0.
            let (y0, y1) = (first.year(), last.year());
            let start = y0 - y0.rem_euclid(n) - n;
            let mut y = start;
            while y <= y1 + n {
                let astronomical = if y <= 0 { y + 1 } else { y };
                let on_step = y != 0 || n >= 10;
                if on_step
                    && let Some(date) =
                        NaiveDate::from_ymd_opt(if y == 0 { 1 } else { astronomical }, 1, 1)
                {
                    push(date, year_label(date.year(), bce));
                }
                y += n;
            }
        }
    }
    out
}

/// A year for people: `44 BCE`, `2019`, or `2019 CE` on charts that also show BCE years.
#[must_use]
pub fn year_label(astronomical: i32, bce: bool) -> String {
    if astronomical <= 0 {
        format!("{} BCE", 1 - astronomical)
    } else if bce {
        format!("{astronomical} CE")
    } else {
        astronomical.to_string()
    }
}

fn month_name(m: u8) -> &'static str {
    MONTHS[usize::from(m.clamp(1, 12) - 1)]
}

/// A date as a reader expects it: `22 Sep 2025`, `Sep 2025`, `week of 18 Mar 2019`,
/// `Summer 2019`, `Q3 2019`,
/// `1990s`, `5th century BCE`, `c. 2019` when approximate.
#[must_use]
pub fn date_label(date: &TimelineDate) -> String {
    let year = year_label(date.year, false);
    let body = match date.precision {
        Precision::Day(m, d) => format!("{d} {} {year}", month_name(m)),
        Precision::Month(m) => format!("{} {year}", month_name(m)),
        Precision::Week(_) => {
            let monday = date.first_day();
            let year = year_label(monday.year(), false);
            let month = u8::try_from(monday.month()).unwrap_or(1);
            format!("week of {} {} {year}", monday.day(), month_name(month))
        }
        Precision::Quarter(q) => format!("Q{q} {year}"),
        Precision::Season(s) => {
            let name = match s {
                Season::Spring => "Spring",
                Season::Summer => "Summer",
                Season::Fall => "Autumn",
                Season::Winter => "Winter",
            };
            format!("{name} {year}")
        }
        Precision::Year => year,
        Precision::Decade if date.year <= 0 => format!("{}s BCE", -date.year + 10),
        Precision::Decade => format!("{}s", date.year),
        Precision::Century(_) => {
            // TimelineDate writes centuries the way people do; reuse it.
            let mut plain = *date;
            plain.approximate = false;
            plain.to_string()
        }
    };
    if date.approximate {
        format!("c. {body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Day {
        day_of(TimelineDate::parse(text).unwrap().first_day())
    }

    fn labels(start: &str, end: &str, width: i32) -> Vec<String> {
        let scale = Scale::new(d(start), d(end), 0, width, &[]);
        let bce = d(start) < d("0001-01-01");
        ticks(&scale, bce).into_iter().map(|t| t.label).collect()
    }

    #[test]
    fn ticks_follow_the_span() {
        assert_eq!(
            labels("2025-09-20", "2025-09-24", 800),
            ["20 Sep 2025", "21 Sep", "22 Sep", "23 Sep"]
        );
        assert_eq!(
            labels("2025-01-01", "2026-01-01", 1000),
            [
                "Jan 2025", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec"
            ]
        );
        assert_eq!(
            labels("1990", "2030", 1000),
            [
                "1990", "1995", "2000", "2005", "2010", "2015", "2020", "2025"
            ]
        );
    }

    #[test]
    fn a_long_span_gets_a_dozen_ticks_at_most_even_when_finer_ones_fit() {
        let years = labels("2017-01-01", "2026-01-01", 1150);
        assert_eq!(years.first().map(String::as_str), Some("2017"));
        assert!((6..=12).contains(&years.len()), "{years:?}");
        assert!(years.iter().all(|l| !l.contains("Jul")), "{years:?}");
    }

    #[test]
    fn bce_years_have_no_year_zero() {
        assert_eq!(
            labels("-2999", "2001", 1000),
            [
                "3000 BCE", "2500 BCE", "2000 BCE", "1500 BCE", "1000 BCE", "500 BCE", "1 CE",
                "500 CE", "1000 CE", "1500 CE", "2000 CE"
            ]
        );
        assert_eq!(
            labels("-0004", "0004", 500),
            [
                "5 BCE", "4 BCE", "3 BCE", "2 BCE", "1 BCE", "1 CE", "2 CE", "3 CE"
            ]
        );
    }

    #[test]
    fn a_long_empty_stretch_breaks_the_axis() {
        let covered = [(d("1000"), d("1010")), (d("2000"), d("2020"))];
        let scale = Scale::new(d("1000"), d("2020"), 0, 1000, &covered);
        assert_eq!(scale.segments.len(), 2);
        let (a, b) = scale.breaks()[0];
        assert_eq!(b - a, BREAK_WIDTH);
        assert!(scale.x(d("1005")) < a && scale.x(d("2010")) > b);
        let even = Scale::new(d("1000"), d("2020"), 0, 1000, &[(d("1000"), d("2020"))]);
        assert_eq!(even.segments.len(), 1);
    }

    #[test]
    fn dates_for_people() {
        let label = |s: &str| date_label(&TimelineDate::parse(s).unwrap());
        assert_eq!(label("2025-09-22"), "22 Sep 2025");
        assert_eq!(label("~2019-02"), "c. Feb 2019");
        assert_eq!(label("2019-SU"), "Summer 2019");
        assert_eq!(label("2019-Q3"), "Q3 2019");
        assert_eq!(label("2019-W12"), "week of 18 Mar 2019");
        assert_eq!(label("2020-W01"), "week of 30 Dec 2019");
        assert_eq!(label("44 BCE"), "44 BCE");
        assert_eq!(label("-0043-03-15"), "15 Mar 44 BCE");
        assert_eq!(label("1990s"), "1990s");
        assert_eq!(label("5th century BCE"), "5th century BCE");
    }
}
