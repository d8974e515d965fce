//! Dense fixtures: however crowded the timeline, no two text boxes intersect and no text box
//! intersects a marker, bar or bracket, in both orientations; vertical rows follow time.

use timeliner::layout::{Item, Rect, Scene, Style, layout};
use timeliner::render::{Target, write_svg};
use timeliner::timeline::Timeline;
use timeliner::timeline::model::Orientation;

/// A deterministic pseudo-random sequence (a 64-bit LCG), so fixtures need no dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

const WORDS: [&str; 12] = [
    "talks",
    "summit",
    "envoy",
    "sanctions",
    "missile",
    "letter",
    "meeting",
    "statement",
    "visit",
    "agreement",
    "exercise",
    "Wolfeschlegelsteinhausenbergerdorff",
];

fn title(rng: &mut Lcg) -> String {
    let n = 1 + rng.next(9);
    (0..n)
        .map(|_| WORDS[usize::try_from(rng.next(12)).unwrap()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn timeline(events: &[(String, String)], extra: &str) -> Timeline {
    let mut yaml = format!("title: Dense\nas_of: 2025-09-22\n{extra}events:\n");
    for (i, (date, title)) in events.iter().enumerate() {
        yaml.push_str(&format!(
            "  - id: e{i}\n    date: \"{date}\"\n    title: \"{title}\"\n"
        ));
    }
    serde_yaml::from_str(&yaml).unwrap()
}

/// Checks the scene and, when `DENSE_SVG_DIR` is set, writes it there as `NAME.svg` for the
/// browser check in `tests/browser/check_overlap.sh`.
fn assert_no_overlap(name: &str, scene: &Scene) {
    if let Some(dir) = std::env::var_os("DENSE_SVG_DIR") {
        let dir = std::path::Path::new(&dir);
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(
            dir.join(format!("{name}.svg")),
            write_svg(scene, Target::Browser),
        )
        .unwrap();
    }
    let texts = scene.texts();
    assert!(!texts.is_empty());
    let boxes: Vec<(Rect, &str)> = texts.iter().map(|t| (t.bbox, t.text.as_str())).collect();
    let mut sorted = boxes.clone();
    sorted.sort_by_key(|(r, _)| (r.x, r.y));
    // Sweep along x: only boxes that start before this one ends can meet it.
    for (i, (a, ta)) in sorted.iter().enumerate() {
        for (b, tb) in &sorted[i + 1..] {
            if b.x >= a.x + a.w {
                break;
            }
            assert!(!a.intersects(b), "text {ta:?} {a:?} overlaps {tb:?} {b:?}");
        }
    }
    for mark in scene.event_marks() {
        for (b, t) in &boxes {
            assert!(
                !mark.intersects(b),
                "text {t:?} {b:?} overlaps a marker {mark:?}"
            );
        }
    }
    for (b, t) in &boxes {
        assert!(
            b.x >= 0 && b.x + b.w <= scene.width,
            "{t:?} {b:?} leaves the canvas"
        );
        assert!(
            b.y >= 0 && b.y + b.h <= scene.height,
            "{t:?} {b:?} leaves the canvas"
        );
    }
}

/// Lays the timeline out both ways and checks each; vertical rows must also follow time.
fn check_both(name: &str, mut t: Timeline) {
    t.chart.orientation = Some(Orientation::Horizontal);
    assert_no_overlap(name, &layout(&t, &Style::default()));
    t.chart.orientation = Some(Orientation::Vertical);
    let scene = layout(&t, &Style::default());
    assert_no_overlap(&format!("{name}-vertical"), &scene);
    assert_rows_follow_time(&t, &scene);
}

/// In a vertical chart each event's marker is lower than those of all earlier events.
fn assert_rows_follow_time(t: &Timeline, scene: &Scene) {
    let start = |id: &str| {
        let e = t.events.iter().find(|e| e.id == id).unwrap();
        e.date.first_day()
    };
    let mut rows: Vec<(chrono::NaiveDate, i32, &str)> = scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Event { id, items, .. } => {
                let mark = items.iter().find_map(Item::mark_box)?;
                Some((start(id), mark.y, id.as_str()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(rows.len(), t.events.len(), "every event has a row");
    rows.sort_by_key(|&(_, y, _)| y);
    for pair in rows.windows(2) {
        assert!(pair[0].0 <= pair[1].0, "{pair:?} out of time order");
        assert!(pair[0].1 < pair[1].1, "{pair:?} share a row");
    }
}

#[test]
fn auto_turns_long_lists_vertical() {
    let mut rng = Lcg(5);
    let rows_down = |scene: &Scene| {
        let ys: Vec<i32> = scene.event_marks().iter().map(|r| r.y).collect();
        ys.windows(2).all(|w| w[0] < w[1])
    };
    let few: Vec<_> = (0..12)
        .map(|i| (format!("{}-06-01", 2000 + i), title(&mut rng)))
        .collect();
    assert!(!rows_down(&layout(&timeline(&few, ""), &Style::default())));
    let many: Vec<_> = (0..61)
        .map(|i| (format!("{}-06-01", 1900 + i), title(&mut rng)))
        .collect();
    assert!(rows_down(&layout(&timeline(&many, ""), &Style::default())));
}

#[test]
fn hundreds_of_events_on_one_day() {
    let mut rng = Lcg(1);
    let events: Vec<_> = (0..300)
        .map(|_| ("2025-09-22".to_string(), title(&mut rng)))
        .collect();
    check_both("one-day", timeline(&events, ""));
}

#[test]
fn hundreds_of_events_in_one_year_with_lanes_and_ranges() {
    let mut rng = Lcg(2);
    let events: Vec<_> = (0..400)
        .map(|i| {
            let month = 1 + rng.next(12);
            let date = match i % 5 {
                0 => format!("2024-{month:02}"),
                1 => format!("~2024-{month:02}-{:02}", 1 + rng.next(28)),
                _ => format!("2024-{month:02}-{:02}", 1 + rng.next(28)),
            };
            (date, title(&mut rng))
        })
        .collect();
    let mut t = timeline(&events, "");
    for (i, e) in t.events.iter_mut().enumerate() {
        e.notes_mut().lane = Some(["Diplomacy", "Military", "Economy"][i % 3].to_string());
        if i % 7 == 0 {
            e.end = Some(timeliner::timeline::EventEnd::Date(
                timeliner::timeline::date::TimelineDate::parse("2024-12").unwrap(),
            ));
        }
    }
    check_both("one-year", t);
}

#[test]
fn events_spread_over_three_thousand_years() {
    let mut rng = Lcg(3);
    let events: Vec<_> = (0..500)
        .map(|i| {
            let year = i64::try_from(rng.next(3000)).unwrap() - 1000;
            let date = match (year, i % 4) {
                (y, _) if y <= 0 => format!("{} BCE", 1 - y),
                (y, 0) => format!("{y:04}-{:02}-{:02}", 1 + rng.next(12), 1 + rng.next(28)),
                (y, _) => format!("{y:04}"),
            };
            (date, title(&mut rng))
        })
        .collect();
    let extra = "eras:\n  - {title: Antiquity, start: 1000 BCE, end: 476}\n  - {title: Middle Ages, start: 476, end: 1492}\n";
    check_both("three-millennia", timeline(&events, extra));
}

#[test]
fn narrow_canvas_and_a_single_event() {
    let events = vec![(
        "2019-02-27".to_string(),
        "Hanoi summit ends without a deal".to_string(),
    )];
    let t = timeline(&events, "chart:\n  width: 320\n");
    check_both("narrow", t);
}

#[test]
fn layout_is_deterministic() {
    let mut rng = Lcg(4);
    let events: Vec<_> = (0..200)
        .map(|_| (format!("2020-{:02}", 1 + rng.next(12)), title(&mut rng)))
        .collect();
    let t = timeline(&events, "");
    assert_eq!(layout(&t, &Style::default()), layout(&t, &Style::default()));
}
