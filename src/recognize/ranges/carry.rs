//! Carrying what one side of a range states to the other: the year across "28 December - 4
//! January 1951", the afternoon of "3:30 to 6 pm", the day of "from 7 a.m. to 8 p.m. on Sunday".

use super::{Producer, is_calendar, joins, set_year};
use crate::recognize::scan::{Expression, Slots};

/// Pushes `e` after `out`, carrying the year across when the two are a range: "28 December
/// - 4 January 1951" (December 1950), "from December 1950 to January" (January 1951).
///
/// A pair in the year's order joined by "and" shares the year too: "in April and June 1955",
/// "the summer and early autumn of 1927".
pub(super) fn carry(text: &str, out: &mut Vec<Expression>, mut e: Expression) {
    // "Monday through Friday": the second day name is the first one after the first.
    if let Some(left) = out.last()
        && left.producer == Producer::Weekday
        && e.producer == Producer::Weekday
        && !left.slots.plural
        && !e.slots.plural
        && joins(text, &left.span, &e.span)
    {
        e.producer = Producer::RefShift(Some(1));
    }
    // "3:30 to 6 pm": a clock time without its half of the day takes the afternoon of the
    // later side.
    if let Some(left) = out.last_mut()
        && left.producer == Producer::Time(None, None)
        && e.producer == Producer::Time(None, None)
        && let (Some((a, minute)), Some((b, _))) = (left.slots.clock, e.slots.clock)
        && (1..12).contains(&a)
        && a + 12 <= b
        && !said_meridiem(&text[left.span.clone()])
        && said_meridiem(&text[e.span.clone()])
        && joins(text, &left.span, &e.span)
    {
        left.slots.clock = Some((a + 12, minute));
    }
    // "from 7 a.m. to 8 p.m. on Sunday": a clock time without a day takes the day of the
    // later side.
    if let Some(left) = out.last_mut()
        && left.slots.clock.is_some()
        && e.slots.clock.is_some()
        && !names_a_day(&left.slots)
        && names_a_day(&e.slots)
        && joins(text, &left.span, &e.span)
    {
        let s = &e.slots;
        left.slots.date = s.date;
        left.slots.year = s.year;
        left.slots.month = s.month;
        left.slots.day = s.day;
        left.slots.weekday = s.weekday;
        left.slots.shift = s.shift;
        left.slots.day_shift = s.day_shift;
    }
    if let Some(left) = out.last_mut()
        && is_calendar(left)
        && is_calendar(&e)
        && joins(text, &left.span, &e.span)
        && let (Some(a), Some(b)) = (left.slots.month, e.slots.month)
    {
        match (left.slots.year, e.slots.year) {
            (None, Some(y)) => set_year(left, y - i32::from(a > b)),
            (Some(y), None) => set_year(&mut e, y + i32::from(b < a)),
            _ => {}
        }
    } else if let Some(left) = out.last_mut()
        && let Some(year) = e.slots.year
        && left.slots.year.is_none()
        && left.slots.day.is_none()
        && left.span.end <= e.span.start
        && text[left.span.end..e.span.start].trim() == "and"
        && let Some((a, b)) = in_year_order(left, &e)
        && a < b
    {
        set_year(left, year);
    }
    out.push(e);
}

/// The slots of a clock time name its day: a date, a day of a month, a day name or a shift.
fn names_a_day(s: &Slots) -> bool {
    s.date.is_some()
        || s.day.is_some()
        || s.weekday.is_some()
        || s.day_shift.is_some()
        || s.shift.is_some()
}

/// Whether a clock time's words end with "a.m." or "p.m." ("6 pm", "3:30PM").
fn said_meridiem(said: &str) -> bool {
    let said = said.trim_end_matches('.').to_ascii_lowercase();
    ["am", "pm", "a.m", "p.m"].iter().any(|m| said.ends_with(m))
}

/// The places in the year of two months ("April", "June 1955") or two seasons ("the spring",
/// "early summer of 1943"), the left one said alone.
fn in_year_order(left: &Expression, right: &Expression) -> Option<(u32, u32)> {
    let alone = left.modifier.is_none()
        && (matches!(left.producer, Producer::Month) && left.slots.month.is_some()
            || left.producer == Producer::Shift(Some(0)) && left.slots.season.is_some());
    if !alone || !matches!(right.producer, Producer::Date) {
        return None;
    }
    match (
        left.slots.month,
        right.slots.month,
        left.slots.season,
        right.slots.season,
    ) {
        (Some(a), Some(b), None, None) if right.slots.day.is_none() => Some((a, b)),
        (None, None, Some(a), Some(b)) => Some((a as u32, b as u32)),
        _ => None,
    }
}
