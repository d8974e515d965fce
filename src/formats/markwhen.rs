//! markwhen text: a front matter with the title, then one line per event (`2019-02-27: Title
//! #tag`, ranges as `2019-06 / 2019-07`, an ongoing end as `now`) with its description on the
//! lines below, the events of each lane in a `group`.
//!
//! markwhen has no quarter, season, decade or century, so those become the months or years
//! they cover (`2019-Q3` is `2019-07 / 2019-09`); it has no years before 1, so such events
//! are left out and counted.

use super::exchange::{Dropped, Exported, Part, dropped_parts, is_plain, kept_events};
use crate::timeline::date::{Precision, TimelineDate};
use crate::timeline::{Event, EventEnd, Timeline};

const KEPT: [Part; 5] = [
    Part::Title,
    Part::Descriptions,
    Part::Lanes,
    Part::Tags,
    Part::OngoingEnds,
];

/// The timeline as markwhen text (rejected events left out).
///
/// # Example
/// ```
/// use timeliner::formats::markwhen;
/// let t = timeliner::timeline::load("t", b"title: T\nevents:\n- {id: a, date: 2019-Q3, title: A, tags: [x]}\n").unwrap();
/// let text = String::from_utf8(markwhen::write(&t).bytes).unwrap();
/// assert_eq!(text, "---\ntitle: \"T\"\n---\n\n2019-07 / 2019-09: A #x\n");
/// ```
#[must_use]
pub fn write(timeline: &Timeline) -> Exported {
    let mut out = format!(
        "---\ntitle: {}\n---\n",
        serde_json::to_string(&timeline.title).unwrap_or_default()
    );
    let (events, before_year_one): (Vec<&Event>, Vec<&Event>) =
        kept_events(timeline).partition(|e| e.date.first_day() >= first_day_of_year_one());
    let mut lanes: Vec<&str> = timeline.chart.lanes.iter().map(String::as_str).collect();
    for lane in events.iter().filter_map(|e| e.lane()) {
        if !lanes.contains(&lane) {
            lanes.push(lane);
        }
    }
    push_events(&mut out, events.iter().filter(|e| e.lane().is_none()));
    for lane in lanes {
        let in_lane: Vec<_> = events.iter().filter(|e| e.lane() == Some(lane)).collect();
        if in_lane.is_empty() {
            continue;
        }
        out.push_str(&format!("\ngroup {}\n", one_line(lane)));
        push_events(&mut out, in_lane.into_iter());
        out.push_str("endGroup\n");
    }
    let mut dropped = dropped_parts(timeline, &KEPT);
    if !before_year_one.is_empty() {
        dropped.push(Dropped {
            count: before_year_one.len(),
            one: "event before the year 1",
            many: "events before the year 1",
        });
    }
    Exported {
        bytes: out.into_bytes(),
        dropped,
    }
}

fn first_day_of_year_one() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(chrono::NaiveDate::MIN)
}

fn push_events<'a>(out: &mut String, events: impl Iterator<Item = &'a &'a Event>) {
    let mut first = true;
    for event in events {
        if first {
            out.push('\n');
            first = false;
        }
        out.push_str(&when(event));
        out.push_str(": ");
        out.push_str(&one_line(&event.title));
        for tag in event.tags() {
            out.push_str(" #");
            out.push_str(&tag.split_whitespace().collect::<Vec<_>>().join("-"));
        }
        out.push('\n');
        if let Some(description) = event.description() {
            for line in description.lines() {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The event's date expression: one date, or a range.
fn when(event: &Event) -> String {
    let start = first(event.date);
    let end = match event.end {
        Some(EventEnd::Ongoing) => Some("now".to_string()),
        Some(EventEnd::Date(end)) => Some(last(end)),
        None if is_plain(event.date) => None,
        None => Some(last(event.date)).filter(|end| *end != start),
    };
    match end {
        Some(end) => format!("{start} / {end}"),
        None => start,
    }
}

/// A date at the precision markwhen has: year, month or day.
fn shown(day: chrono::NaiveDate, precision: Precision) -> String {
    match precision {
        Precision::Day(..) | Precision::Week(_) => day.format("%Y-%m-%d").to_string(),
        Precision::Month(_) | Precision::Quarter(_) | Precision::Season(_) => {
            day.format("%Y-%m").to_string()
        }
        _ => day.format("%Y").to_string(),
    }
}

fn first(date: TimelineDate) -> String {
    shown(date.first_day(), date.precision)
}

fn last(date: TimelineDate) -> String {
    shown(date.last_day(), date.precision)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::exchange::describe;

    #[test]
    fn a_week_is_its_monday_to_sunday() {
        let yaml = b"title: T\nevents:\n- {id: a, date: 2020-W01, title: A}\n";
        let t = crate::timeline::load("t", yaml).unwrap();
        let text = String::from_utf8(write(&t).bytes).unwrap();
        assert!(text.ends_with("\n2019-12-30 / 2020-01-05: A\n"), "{text}");
    }

    #[test]
    fn groups_ranges_and_tags() {
        let t = crate::formats::tests::sample();
        let out = write(&t);
        let text = String::from_utf8(out.bytes).unwrap();
        assert_eq!(
            text,
            "---\ntitle: \"Sample, with \\\"quotes\\\"\"\n---\n\n\
             2019-06 / 2019-07: Talks, again\nLine one;\nline two, with a comma\\backslash\n\
             2026-07 / 2026-09: Planned visit #visit\n\
             2026-10-31 / 2026-11-01: APEC; Gyeongju, Korea\n\
             A long description that needs folding because it is longer than seventy-five octets — with non-ASCII: 경주\n\
             2019-06 / 2019-08: Season\n\
             1990 / now: =SUM(A1)\n\
             1800 / 1899: @home\n\
             \ngroup diplomacy\n\n2019-02-27: Summit in Hanoi #summit #talks\nendGroup\n\
             \ngroup military\n\n2020: A year\nendGroup\n"
        );
        assert_eq!(
            describe(&out.dropped).unwrap(),
            "1 subtitle, 1 as_of date, 1 source, 1 era, 3 statuses, 1 event's source, 1 quote, \
             1 review verdict, 1 mention, 1 approximate mark (~), 1 rejected event \
             and 2 events before the year 1"
        );
    }
}
