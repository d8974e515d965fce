//! iCalendar (RFC 5545): the planned events, as all-day events a calendar shows.
//!
//! A day is one day (`DTSTART;VALUE=DATE`); a month, quarter or year spans all its days
//! (`DTEND` is the day after, as the RFC counts). Each event's `UID` comes from its id, and
//! `DTSTAMP` is the timeline's `as_of` date (else 1970-01-01), never the clock, so the bytes
//! are the same on every run. Lines end in CRLF and are folded at 75 octets; text escapes
//! `\`, `;`, `,` and line breaks.

use chrono::NaiveDate;

use super::exchange::{Dropped, Exported, Part, dropped_parts, kept_events};
use crate::timeline::{Event, EventEnd, Review, Status, Timeline};

const KEPT: [Part; 4] = [Part::Title, Part::Descriptions, Part::Statuses, Part::Tags];

/// The planned events of the timeline as an iCalendar file.
///
/// # Example
/// ```
/// use timeliner::formats::ics;
/// let t = timeliner::timeline::load("t", b"title: T\nevents:\n- {id: a, date: 2026-10, title: A, status: planned}\n").unwrap();
/// let text = String::from_utf8(ics::write(&t).bytes).unwrap();
/// assert!(text.contains("DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261101\r\n"));
/// ```
#[must_use]
pub fn write(timeline: &Timeline) -> Exported {
    let stamp = timeline
        .as_of
        .map_or_else(|| "19700101".to_string(), |d| day(d.first_day()));
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeliner//timeliner export//EN",
        "CALSCALE:GREGORIAN",
    ] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("X-WR-CALNAME:{}", text(&timeline.title)));
    let planned: Vec<&Event> = kept_events(timeline)
        .filter(|e| e.status == Status::Planned)
        .collect();
    let mut out_of_range = 0;
    for event in &planned {
        let first = event.date.first_day();
        let last = match event.end {
            Some(EventEnd::Date(end)) => end.last_day(),
            _ => event.date.last_day(),
        };
        let Some(after) = last
            .succ_opt()
            .filter(|_| in_range(first) && in_range(last))
        else {
            out_of_range += 1;
            continue;
        };
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}@timeliner", text(&event.id)));
        push_line(&mut out, &format!("DTSTAMP:{stamp}T000000Z"));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", day(first)));
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", day(after)));
        push_line(&mut out, &format!("SUMMARY:{}", text(&event.title)));
        if let Some(description) = event.description() {
            push_line(&mut out, &format!("DESCRIPTION:{}", text(description)));
        }
        if !event.tags().is_empty() {
            let tags: Vec<String> = event.tags().iter().map(|t| text(t)).collect();
            push_line(&mut out, &format!("CATEGORIES:{}", tags.join(",")));
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    Exported {
        bytes: out.into_bytes(),
        dropped: dropped(timeline, planned.len(), out_of_range),
    }
}

/// What is left out: the parts of the planned events the format cannot hold, the events
/// that are not planned, and planned ones outside the years iCalendar can write.
fn dropped(timeline: &Timeline, planned: usize, out_of_range: usize) -> Vec<Dropped> {
    let only_planned = Timeline {
        events: timeline
            .events
            .iter()
            .filter(|e| e.status == Status::Planned || e.review == Review::Rejected)
            .cloned()
            .collect(),
        ..timeline.clone()
    };
    let mut dropped = dropped_parts(&only_planned, &KEPT);
    let not_planned = kept_events(timeline).count() - planned;
    for (count, one, many) in [
        (
            not_planned,
            "event that is not planned",
            "events that are not planned",
        ),
        (
            out_of_range,
            "planned event outside the years 1 to 9999",
            "planned events outside the years 1 to 9999",
        ),
    ] {
        if count > 0 {
            dropped.push(Dropped { count, one, many });
        }
    }
    dropped
}

fn in_range(date: NaiveDate) -> bool {
    use chrono::Datelike;
    (1..=9999).contains(&date.year())
}

fn day(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so that no line passes 75 octets (a continuation starts
/// with a space), never inside a UTF-8 character.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::exchange::describe;

    #[test]
    fn planned_events_folded_and_escaped() {
        let t = crate::formats::tests::sample();
        let out = write(&t);
        let text = String::from_utf8(out.bytes).unwrap();
        assert!(text.lines().all(|l| l.len() <= 75 + 1), "{text}");
        assert!(!text.replace("\r\n", "").contains('\n'));
        assert!(text.contains(
            "BEGIN:VEVENT\r\nUID:quarter@timeliner\r\nDTSTAMP:20250922T000000Z\r\n\
             DTSTART;VALUE=DATE:20260701\r\nDTEND;VALUE=DATE:20261001\r\n\
             SUMMARY:Planned visit\r\nCATEGORIES:visit\r\nEND:VEVENT\r\n"
        ));
        assert!(
            text.contains(
                "DTSTART;VALUE=DATE:20261031\r\nDTEND;VALUE=DATE:20261102\r\n\
             SUMMARY:APEC\\; Gyeongju\\, Korea\r\n\
             DESCRIPTION:A long description that needs folding because it is longer than\r\n  \
             seventy-five octets — with non-ASCII: 경주\r\n"
            ),
            "{text}"
        );
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
        assert_eq!(
            describe(&out.dropped).unwrap(),
            "1 subtitle, 1 as_of date, 1 source, 1 era, 1 ongoing end, 1 rejected event \
             and 8 events that are not planned"
        );
    }

    #[test]
    fn a_planned_week_spans_its_seven_days() {
        let yaml = b"title: T\nevents:\n- {id: a, date: 2019-W12, title: A, status: planned}\n";
        let t = crate::timeline::load("t", yaml).unwrap();
        let text = String::from_utf8(write(&t).bytes).unwrap();
        assert!(
            text.contains("DTSTART;VALUE=DATE:20190318\r\nDTEND;VALUE=DATE:20190325\r\n"),
            "{text}"
        );
    }

    #[test]
    fn text_escapes() {
        assert_eq!(text("a\\b;c,d\r\ne\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
    }
}
