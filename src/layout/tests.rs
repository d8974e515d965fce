use super::*;

fn timeline(yaml: &str) -> Timeline {
    serde_yaml::from_str(yaml).unwrap()
}

fn scene(yaml: &str) -> Scene {
    layout(&timeline(yaml), &Style::default())
}

/// A timeline of forty events on one day, titled `title` and their number: too many to label.
fn forty_on_one_day(title: &str) -> String {
    let mut yaml = String::from("title: T\nevents:\n");
    for i in 0..40 {
        yaml.push_str(&format!(
            "  - {{id: e{i:02}, date: 2025-09-22, title: {title} {i}}}\n"
        ));
    }
    yaml
}

fn event<'a>(scene: &'a Scene, id: &str) -> &'a [Item] {
    scene
        .items
        .iter()
        .find_map(|item| match item {
            Item::Event { id: i, items, .. } if i == id => Some(items.as_slice()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no event {id}"))
}

#[test]
fn a_day_is_a_point_and_a_year_the_whole_year() {
    let s = scene(
        "title: T\nevents:\n  - {id: day, date: 2019-07-01, title: Day}\n  - {id: year, date: 2019, title: Year}\n",
    );
    let day = event(&s, "day");
    let Item::Marker {
        x: day_x,
        shape: Shape::Dot,
        ..
    } = day[0]
    else {
        panic!("{day:?}")
    };
    let Item::Rect { rect, opacity, .. } = event(&s, "year")[0] else {
        panic!()
    };
    // The year's band covers all of 2019; 1 July sits in its middle, not at its start.
    assert!(rect.x < day_x && day_x < rect.x + rect.w);
    let middle = rect.x + rect.w / 2;
    assert!((day_x - middle).abs() <= 3, "{day_x} vs {middle}");
    assert!(opacity < 50, "a period is faint");
}

#[test]
fn planned_after_as_of_is_hollow_and_reported_a_diamond() {
    let s = scene(
        "title: T\nas_of: 2025-09-22\nevents:\n  - {id: past, date: 2025-09-01, title: Past}\n  - {id: next, date: 2025-10-30, title: Next}\n  - {id: claim, date: 2025-09-10, title: Claim, status: reported}\n",
    );
    let look = |id| match event(&s, id)[0] {
        Item::Marker { look, shape, .. } => (look.hollow, look.dashed, shape),
        ref other => panic!("{other:?}"),
    };
    assert_eq!(look("past"), (false, false, Shape::Dot));
    assert_eq!(look("next"), (true, true, Shape::Dot));
    assert_eq!(look("claim").2, Shape::Diamond);
    assert!(s.texts().iter().any(|t| t.text == "as of 22 Sep 2025"));
    // A legend appears because there is more than one kind of mark.
    assert!(s.texts().iter().any(|t| t.text == "planned"));
    assert!(s.texts().iter().any(|t| t.text == "reported"));
}

#[test]
fn each_legend_label_has_room_for_a_wider_fallback_font() {
    let s = scene(
        "title: T\nevents:\n  - {id: day, date: 2019-07-01, title: Day}\n  - {id: year, date: 2019, title: Year}\n  - {id: war, date: 2017, end: 2018, title: War}\n",
    );
    let labels = [
        "exact day",
        "week, month, season or year: the whole period",
        "from … to",
    ];
    let row: Vec<&Text> = (s.texts().into_iter())
        .filter(|t| labels.contains(&t.text.as_str()))
        .collect();
    assert_eq!(row.len(), 3);
    // A sixth of each label's width is to spare before the next sample (22 px before its
    // label): DejaVu Sans, the usual fallback, runs 13–15% wider than the bundled font.
    for pair in row.windows(2) {
        assert_eq!(pair[0].y, pair[1].y);
        let spare = pair[1].bbox.x - 22 - (pair[0].bbox.x + pair[0].bbox.w);
        assert!(spare >= pair[0].bbox.w / 6, "{pair:?}");
    }
}

#[test]
fn rejected_never_drawn_and_drafts_follow_the_option() {
    let yaml = "title: T\nevents:\n  - {id: a, date: 2019, title: Kept, review: confirmed}\n  - {id: b, date: 2019, title: Gone, review: rejected}\n  - {id: c, date: 2019, title: Draft}\n";
    let shown = scene(yaml);
    let titles: Vec<&str> = shown.texts().iter().map(|t| t.text.as_str()).collect();
    assert!(titles.contains(&"Kept") && titles.contains(&"Draft"));
    assert!(!titles.contains(&"Gone"));
    let hidden = scene(&format!("{yaml}chart:\n  show_drafts: false\n"));
    assert!(!hidden.texts().iter().any(|t| t.text == "Draft"));
}

#[test]
fn labels_carry_the_date_and_long_titles_wrap_before_an_ellipsis() {
    let long = "An extremely long title that goes on and on about the negotiations between the two leaders in the demilitarised zone";
    let s = scene(&format!(
        "title: T\nevents:\n  - {{id: a, date: 2019-06-30, title: \"{long}\"}}\n"
    ));
    let texts = s.texts();
    let first = texts.iter().find(|t| t.lead == "30 Jun 2019").unwrap();
    // The second line sits right under the first, starts where it starts, and only it is cut.
    let second = texts
        .iter()
        .find(|t| t.bbox.x == first.bbox.x && t.y == first.y + Style::default().row_height)
        .unwrap();
    assert!(!first.text.ends_with('…'), "{}", first.text);
    assert!(second.text.ends_with('…'), "{}", second.text);
    assert!(long.starts_with(&format!(
        "{} {}",
        first.text,
        second.text.trim_end_matches('…')
    )));
    for line in [first, second] {
        assert!(f64::from(line.bbox.w) <= Style::default().max_label_width + 1.0);
    }
    let Item::Event { title, .. } = &s
        .items
        .iter()
        .find(|i| matches!(i, Item::Event { .. }))
        .unwrap()
    else {
        panic!()
    };
    assert!(title.contains(long), "the full title stays in <title>");
}

#[test]
fn a_title_is_shortened_only_when_it_would_collide() {
    let title = "North Korea and Russia sign a mutual defence pact during a state visit";
    let s = scene(&format!(
        "title: T\nevents:\n  - {{id: a, date: 2024, title: \"{title}\"}}\n  - {{id: b, date: 2017, title: Other}}\n"
    ));
    assert!(
        s.texts()
            .iter()
            .any(|t| t.lead == "2024" && t.text == title)
    );
}

#[test]
fn lanes_are_named_and_stacked_in_the_listed_order() {
    let s = scene(
        "title: T\nchart:\n  lanes: [Diplomacy, Military]\nevents:\n  - {id: a, date: 2019, title: A, lane: Military}\n  - {id: b, date: 2019, title: B, lane: Diplomacy}\n",
    );
    let y_of = |text: &str| s.texts().iter().find(|t| t.text == text).unwrap().y;
    assert!(y_of("Diplomacy") < y_of("Military"));
    assert!(y_of("B") < y_of("Military"));
}

#[test]
fn eras_are_bands_named_above_the_lanes() {
    let s = scene(
        "title: T\neras:\n  - {title: Roman Republic, start: 509 BCE, end: 27 BCE}\nevents:\n  - {id: a, date: 44 BCE, title: Caesar killed}\n  - {id: b, date: 476, title: Fall of the West}\n",
    );
    let band = s.items.iter().find_map(|i| match i {
        Item::Rect {
            tooltip: Some(t),
            rect,
            ..
        } => Some((t.clone(), *rect)),
        _ => None,
    });
    let (tooltip, rect) = band.unwrap();
    assert_eq!(tooltip, "Roman Republic: 509 BCE – 27 BCE");
    let name = s
        .texts()
        .into_iter()
        .find(|t| t.text == "Roman Republic")
        .unwrap();
    assert!(name.bbox.x >= rect.x && name.bbox.x + name.bbox.w <= rect.x + rect.w);
    assert!(s.texts().iter().any(|t| t.text.ends_with("BCE")));
}

#[test]
fn crowded_labels_become_numbered_callouts_with_a_key() {
    let s = scene(&forty_on_one_day("Event number"));
    let texts = s.texts();
    let labelled = texts
        .iter()
        .filter(|t| t.text.starts_with("Event number"))
        .count();
    assert!(labelled >= 10, "{labelled}");
    let badge = texts
        .iter()
        .find(|t| t.bold && t.text.contains('–'))
        .expect("a callout");
    let (first, last) = badge.text.split_once('–').unwrap();
    let (first, last): (usize, usize) = (first.parse().unwrap(), last.parse().unwrap());
    assert_eq!(last - first + 1 + labelled, 40);
    assert!(
        texts
            .iter()
            .any(|t| t.text.contains("22 Sep 2025  Event number"))
    );
}

#[test]
fn empty_timeline_says_so() {
    let s = scene("title: Nothing yet\n");
    assert!(s.texts().iter().any(|t| t.text == "No events to show."));
}

#[test]
fn control_characters_never_reach_the_scene() {
    let s = scene("title: \"A\\u0007B\\nC\"\nevents:\n  - {id: a, date: 2019, title: \"x\\ty\"}\n");
    assert_eq!(s.title, "AB C");
    assert!(s.texts().iter().any(|t| t.text == "x y"));
}

#[test]
fn chart_options_choose_theme_width_and_credits() {
    let yaml = "title: T\nsources:\n  - {id: s, title: The Paper, publisher: Daily, published: 2025-09-22}\nevents:\n  - {id: a, date: 2019, title: A, source: s}\n";
    let default = scene(yaml);
    assert_eq!((default.width, default.theme), (1200, Theme::Auto));
    assert!(
        default
            .texts()
            .iter()
            .any(|t| t.text == "Source: The Paper, Daily, 22 Sep 2025")
    );
    let set = scene(&format!(
        "{yaml}chart:\n  width: 640\n  height: 900\n  theme: dark\n  show_sources: false\n"
    ));
    assert_eq!((set.width, set.height, set.theme), (640, 900, Theme::Dark));
    assert!(!set.texts().iter().any(|t| t.text.starts_with("Source:")));
}

#[test]
fn ongoing_fades_out_towards_as_of() {
    let s = scene(
        "title: T\nas_of: 2025-09-22\nevents:\n  - {id: a, date: 2019-03, end: ongoing, title: Sanctions}\n",
    );
    let opacities: Vec<u8> = event(&s, "a")
        .iter()
        .filter_map(|i| match i {
            Item::Rect { opacity, .. } => Some(*opacity),
            _ => None,
        })
        .collect();
    assert_eq!(opacities, [85, 60, 40, 20]);
    assert!(s.texts().iter().any(|t| t.lead == "since Mar 2019"));
}

#[test]
fn close_markers_stack_instead_of_merging() {
    // Two approximate months a few pixels apart on a nine-year axis, and an exact day between.
    let s = scene(
        "title: T\nevents:\n  - {id: a, date: ~2025-09, title: A}\n  - {id: b, date: ~2025-10, title: B}\n  - {id: c, date: 2025-09-22, title: C}\n  - {id: d, date: 2017-01-01, title: D}\n  - {id: e, date: 2019-06-01, title: E}\n  - {id: f, date: 2021-06-01, title: F}\n  - {id: g, date: 2023-06-01, title: G}\n",
    );
    let boxes: Vec<Rect> = ["a", "b", "c"]
        .iter()
        .map(|id| event(&s, id)[0].mark_box().unwrap())
        .collect();
    assert!(
        boxes.iter().all(|b| b.w == 10),
        "too short to draw as bands: {boxes:?}"
    );
    // A marker's stroke (1.5 px) reaches 0.75 px past its box: two pixels between boxes
    // leave daylight between the drawn markers.
    let grown = |r: &Rect| Rect {
        x: r.x - 1,
        y: r.y - 1,
        w: r.w + 2,
        h: r.h + 2,
    };
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(!grown(a).intersects(&grown(b)), "{a:?} touches {b:?}");
        }
    }
}

#[test]
fn overlapping_era_names_take_a_few_rows_and_the_as_of_line_its_own() {
    // Each name used to open a row of its own: 20,000 eras took 15 s and a strip as tall.
    let mut yaml = String::from("title: T\nas_of: 1999-06-01\neras:\n");
    for i in 0..40 {
        yaml.push_str(&format!("  - {{title: Era {i}, start: 1000, end: 2000}}\n"));
    }
    yaml.push_str("events:\n  - {id: e, date: 1500, title: E}\n");
    let s = scene(&yaml);
    let names = s
        .texts()
        .iter()
        .filter(|t| t.text.starts_with("Era "))
        .count();
    assert_eq!(names, 8);
    assert!(s.texts().iter().any(|t| t.text == "as of 1 Jun 1999"));
    // Every era keeps its band, whose tooltip names it.
    let bands = s
        .items
        .iter()
        .filter(|i| matches!(i, Item::Rect { tooltip: Some(t), .. } if t.starts_with("Era ")))
        .count();
    assert_eq!(bands, 40);
}

#[test]
fn a_vertical_chart_names_each_era_before_its_first_event_and_bands_its_events() {
    let s = scene(
        "title: T\nchart: {orientation: vertical}\neras:\n  - {title: Late, start: 2020, end: 2021}\n  - {title: Early, start: 2019, end: 2019}\n  - {title: Empty, start: 1900, end: 1901}\nevents:\n  - {id: a, date: 2019-02-27, title: A}\n  - {id: b, date: 2019-06-12, title: B}\n  - {id: c, date: 2020-03-01, title: C}\n",
    );
    let order: Vec<&str> = s
        .texts()
        .iter()
        .map(|t| t.text.as_str())
        .filter(|t| ["Early", "Late", "Empty", "A", "B", "C"].contains(t))
        .collect();
    assert_eq!(order, ["Early", "A", "B", "Late", "C"]);
    let band = |name: &str| {
        s.items.iter().find_map(|i| match i {
            Item::Rect {
                rect,
                tooltip: Some(t),
                ..
            } if t == name => Some(*rect),
            _ => None,
        })
    };
    let top = |id: &str| event(&s, id)[0].mark_box().unwrap().y;
    let (early, late) = (band("Early").unwrap(), band("Late").unwrap());
    assert!(early.y < top("a") && top("b") < early.y + early.h);
    assert!(
        late.y < top("c") && early.y + early.h <= late.y,
        "{early:?} {late:?} {}",
        top("c")
    );
    assert_eq!(band("Empty"), None);
}

#[test]
fn listed_lanes_come_first_in_their_order_then_lanes_as_events_name_them() {
    let s = scene(
        "title: T\nchart: {lanes: [B, A, B, Unused]}\nevents:\n  - {id: x, date: 2019, title: X, lane: C}\n  - {id: y, date: 2020, title: Y, tags: [misc, A]}\n  - {id: z, date: 2021, title: Z, lane: B}\n  - {id: w, date: 2022, title: W}\n",
    );
    let lanes: Vec<&str> = s
        .texts()
        .iter()
        .filter(|t| t.bold && t.paint == Paint::Muted)
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(lanes, ["B", "A", "C", "Other"]);
}

#[test]
fn key_entries_and_edge_ticks_have_room_for_a_wider_fallback_font() {
    let wider = |t: &Text| t.bbox.w * 7 / 6;
    let s = scene(&forty_on_one_day(
        "A long title that says who did what to whom and number",
    ));
    let texts = s.texts();
    // A key entry, widened by a sixth, ends before the next column's number.
    let entries: Vec<&&Text> = (texts.iter())
        .filter(|t| t.text.starts_with("22 Sep 2025  "))
        .collect();
    assert!(entries.len() >= 2, "{entries:?}");
    for entry in &entries {
        let next = (texts.iter())
            .filter(|t| t.y == entry.y && t.bbox.x > entry.bbox.x)
            .map(|t| t.bbox.x)
            .min()
            .unwrap_or(s.width);
        assert!(entry.bbox.x + wider(entry) < next, "{entry:?}");
    }
    // Every text stays on the canvas when it is drawn a sixth wider about its anchor, also
    // the axis labels that slide in from the chart's edges.
    let edges = "title: T\nevents:\n  - {id: a, date: 2001-09-30, title: A}\n  - {id: b, date: 2001-12-26, title: B}\n";
    for s in [s.clone(), scene(edges)] {
        for t in &s.texts() {
            let (left, right) = match t.anchor {
                Anchor::Start => (t.x, t.x + wider(t)),
                Anchor::Middle => (t.x - wider(t) / 2, t.x + wider(t) / 2),
                Anchor::End => (t.x - wider(t), t.x),
            };
            assert!(left >= 0 && right <= s.width, "{t:?}");
        }
    }
}
