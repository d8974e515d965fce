//! Checks that a timeline that parsed also makes sense: ids unique and known, ranges that end
//! after they start, titles present, a version this program reads. Reports every problem.

use std::collections::HashMap;

use super::model::{Era, Event, EventEnd, Source, Timeline};
use super::outline::Segment;
use crate::timeline::date::TimelineDate;

/// The format version this program reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The chart widths drawn, in pixels: narrower has no room for labels, wider no screen.
pub const CHART_WIDTHS: std::ops::RangeInclusive<u32> = 320..=20_000;

/// A semantic problem, with the path of the value it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<Segment>,
    pub message: String,
    pub hint: Option<String>,
}

/// Every problem of a timeline, in file order.
///
/// # Example
/// ```
/// use timeliner::timeline::{Timeline, validate};
/// let timeline = Timeline { title: " ".into(), ..Timeline::default() };
/// let problems = validate(&timeline);
/// assert_eq!(problems[0].message, "field `title`: the title is empty");
/// ```
#[must_use]
pub fn validate(timeline: &Timeline) -> Vec<Problem> {
    validate_parts(
        timeline,
        &timeline.sources.iter().enumerate().collect::<Vec<_>>(),
        &timeline.eras.iter().enumerate().collect::<Vec<_>>(),
        &timeline.events.iter().enumerate().collect::<Vec<_>>(),
    )
}

/// Like [`validate`], for a file some of whose items did not parse: each item comes with its
/// index in the file, and items missing from the lists are skipped.
pub(crate) fn validate_parts(
    top: &Timeline,
    sources: &[(usize, &Source)],
    eras: &[(usize, &Era)],
    events: &[(usize, &Event)],
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |path: Vec<Segment>, message: String, hint: Option<&str>| {
        problems.push(Problem {
            path,
            message,
            hint: hint.map(str::to_string),
        });
    };
    let key = |k: &str| Segment::Key(k.to_string());
    let item = |list: &str, i: usize, field: &str| vec![key(list), Segment::Index(i), key(field)];

    if let Some(version) = top.version.filter(|v| *v != FORMAT_VERSION) {
        report(
            vec![key("version")],
            format!("field `version`: version {version} is not supported"),
            Some("this timeliner reads version 1; write `version: 1` or leave the field out"),
        );
    }
    if let Some(width) = top.chart.width.filter(|w| !CHART_WIDTHS.contains(w)) {
        report(
            vec![key("chart"), key("width")],
            format!(
                "field `chart.width`: {width} is not between {} and {} pixels",
                CHART_WIDTHS.start(),
                CHART_WIDTHS.end()
            ),
            Some("leave `width` out for the default, 1200"),
        );
    }
    if top.title.trim().is_empty() {
        report(
            vec![key("title")],
            "field `title`: the title is empty".into(),
            Some("the title heads the chart; write what the timeline is about"),
        );
    }

    let mut source_ids: HashMap<&str, usize> = HashMap::new();
    let mut duplicate_sources = Vec::new();
    for &(i, source) in sources {
        let name = item_name("source", i, &source.id);
        if source.id.trim().is_empty() {
            report(
                item("sources", i, "id"),
                format!("{name}, field `id`: the id is empty"),
                Some("events name their source by this id"),
            );
        } else if let Some(first) = source_ids.get(source.id.as_str()) {
            duplicate_sources.push((i, name.clone(), *first));
        } else {
            source_ids.insert(&source.id, i);
        }
        if source.title.trim().is_empty() {
            report(
                item("sources", i, "title"),
                format!("{name}, field `title`: the title is empty"),
                None,
            );
        }
    }

    for &(i, era) in eras {
        let name = if era.title.trim().is_empty() {
            format!("era #{}", i + 1)
        } else {
            format!("era `{}`", era.title)
        };
        if era.title.trim().is_empty() {
            report(
                item("eras", i, "title"),
                format!("{name}, field `title`: the title is empty"),
                Some("the title labels the era's band"),
            );
        }
        if let Some(problem) = end_before_start(era.start, era.end) {
            report(
                item("eras", i, "end"),
                format!("{name}, field `end`: {problem}"),
                Some("`end` is the last date the era covers; are `start` and `end` swapped?"),
            );
        }
    }

    report_duplicates("source", &duplicate_sources, &mut report);
    let mut event_ids: HashMap<&str, usize> = HashMap::new();
    let mut duplicate_events = Vec::new();
    for &(i, event) in events {
        let name = item_name("event", i, &event.id);
        if event.id.trim().is_empty() {
            report(
                item("events", i, "id"),
                format!("{name}, field `id`: the id is empty"),
                Some("an id names the event across re-extractions; write a short slug"),
            );
        } else if let Some(first) = event_ids.get(event.id.as_str()) {
            duplicate_events.push((i, name.clone(), *first));
        } else {
            event_ids.insert(&event.id, i);
        }
        if event.title.trim().is_empty() {
            report(
                item("events", i, "title"),
                format!("{name}, field `title`: the title is empty"),
                Some("the title is the event's label on the chart"),
            );
        }
        if let Some(end) = event.end
            && let Some(problem) = end_before_start(event.date, end)
        {
            report(
                item("events", i, "end"),
                format!("{name}, field `end`: {problem}"),
                Some("`end` is the last date the event covers; are `date` and `end` swapped?"),
            );
        }
        if let Some(source) = &event.source
            && !source_ids.contains_key(&**source)
        {
            let mut known: Vec<&str> = source_ids.keys().copied().collect();
            known.sort_unstable();
            let hint = if known.is_empty() {
                "list the source under `sources:` with this id".to_string()
            } else {
                format!(
                    "the sources are {}",
                    known
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            report(
                item("events", i, "source"),
                format!("{name}, field `source`: no source has the id `{source}`"),
                Some(&hint),
            );
        }
    }
    report_duplicates("event", &duplicate_events, &mut report);
    // File order: the lists in turn, item by item, an item's id first.
    problems.sort_by_key(|p| match p.path.get(1) {
        Some(Segment::Index(i)) => (
            list_rank(&p.path[0]),
            *i,
            p.path.get(2) != Some(&Segment::Key("id".into())),
        ),
        _ => (0, 0, false),
    });
    problems
}

/// The order of the lists in messages: top-level fields, sources, eras, events.
fn list_rank(list: &Segment) -> usize {
    match list {
        Segment::Key(k) if k == "sources" => 1,
        Segment::Key(k) if k == "eras" => 2,
        Segment::Key(k) if k == "events" => 3,
        _ => 0,
    }
}

/// How many items with an id used before are named one by one; a file of copies (a pasted
/// list, or 100,000 aliases of one event) gets a count for the rest.
const DUPLICATES_SHOWN: usize = 20;

/// Reports `(index, name, index of the first with the id)` of `kind`s whose id was taken.
fn report_duplicates(
    kind: &str,
    duplicates: &[(usize, String, usize)],
    report: &mut impl FnMut(Vec<Segment>, String, Option<&str>),
) {
    let list = Segment::Key(format!("{kind}s"));
    let id_at = |i| vec![list.clone(), Segment::Index(i), Segment::Key("id".into())];
    let hint = format!("give each {kind} its own id");
    for (i, name, first) in duplicates.iter().take(DUPLICATES_SHOWN) {
        report(
            id_at(*i),
            format!(
                "{name}, field `id`: {kind} #{} already has this id",
                first + 1
            ),
            Some(&hint),
        );
    }
    if let Some((i, _, _)) = duplicates.get(DUPLICATES_SHOWN) {
        report(
            id_at(*i),
            format!(
                "and {} more {kind}s from here on have an id that an earlier {kind} has",
                duplicates.len() - DUPLICATES_SHOWN
            ),
            Some(&hint),
        );
    }
}

/// How a list item is named in messages: by its id, or by its position when it has none.
pub(crate) fn item_name(kind: &str, index: usize, id: &str) -> String {
    if id.trim().is_empty() {
        format!("{kind} #{}", index + 1)
    } else {
        format!("{kind} `{id}`")
    }
}

fn end_before_start(start: TimelineDate, end: EventEnd) -> Option<String> {
    match end {
        EventEnd::Date(end) if end.last_day() < start.first_day() => {
            Some(format!("{end} is before the start, {start}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_compare_the_days_they_cover() {
        // A year ending within itself is fine: the end covers the start.
        let yaml = "title: T
events:
  - {id: a, date: 2019-05-01, end: 2019, title: A}
  - {id: b, date: 2019, end: 2019-03, title: B}
  - {id: c, date: 2019-02-27, end: 2019-01, title: C}
";
        let timeline: Timeline = serde_yaml::from_str(yaml).unwrap();
        let messages: Vec<String> = validate(&timeline).into_iter().map(|p| p.message).collect();
        assert_eq!(
            messages,
            ["event `c`, field `end`: 2019-01 is before the start, 2019-02-27"]
        );
    }
}
