use super::*;
use crate::timeline::Mentions;

fn event(id: &str) -> Event {
    Event {
        id: id.into(),
        date: TimelineDate::year(2019),
        end: None,
        title: "Talks break down".into(),
        status: Status::Happened,
        notes: None,
        source: None,
        quote: None,
        review: Review::Draft,
        mentions: Mentions::default(),
        more_mentions: 0,
    }
}

fn add(file: &str, sources: &[Source], events: &[Event]) -> Result<String, UpdateError> {
    append(file, &parse("t.yaml", file).unwrap(), sources, events)
}

#[test]
fn appends_in_the_lists_own_indentation_and_keeps_what_follows() {
    let file = "title: T   # mine\nevents:\n    - id: a\n      date: 2020\n      title: A\n\n# about the chart\nchart:\n  width: 800\n";
    let out = add(file, &[], &[event("b")]).unwrap();
    assert_eq!(
        out,
        "title: T   # mine\nevents:\n    - id: a\n      date: 2020\n      title: A\n    - id: b\n      date: '2019'\n      title: Talks break down\n\n# about the chart\nchart:\n  width: 800\n"
    );
}

#[test]
fn empty_flow_list_and_missing_lists_and_crlf() {
    assert_eq!(
        add("title: T\nevents: [] # none yet\n", &[], &[event("b")]).unwrap(),
        "title: T\nevents: # none yet\n  - id: b\n    date: '2019'\n    title: Talks break down\n"
    );
    assert_eq!(
        add("title: T", &[], &[event("b")]).unwrap(),
        "title: T\nevents:\n  - id: b\n    date: '2019'\n    title: Talks break down\n"
    );
    assert_eq!(
        add(
            "title: T\r\nevents:\r\n- id: a\r\n  date: 2020\r\n  title: A\r\n",
            &[],
            &[event("b")]
        )
        .unwrap(),
        "title: T\r\nevents:\r\n- id: a\r\n  date: 2020\r\n  title: A\r\n- id: b\r\n  date: '2019'\r\n  title: Talks break down\r\n"
    );
    let source = Source {
        id: "s".into(),
        title: "S".into(),
        ..Source::default()
    };
    assert_eq!(
        add("title: T\nevents: []\n", &[source], &[]).unwrap(),
        "title: T\nsources:\n  - id: s\n    title: S\nevents: []\n"
    );
}

#[test]
fn flow_lists_with_entries_are_refused() {
    let err = add(
        "title: T\nevents: [{id: a, date: 2020, title: A}]\n",
        &[],
        &[event("b")],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 2: `events:` is a flow list ([...]); write it as a block list (one `- ` entry per line) so that new entries can be appended"
    );
}

#[test]
fn a_byte_order_mark_stays_in_front() {
    assert_eq!(
        add(
            "\u{feff}events:\n- id: a\n  date: 2020\n  title: A\ntitle: T\n",
            &[],
            &[event("b")]
        )
        .unwrap(),
        "\u{feff}events:\n- id: a\n  date: 2020\n  title: A\n- id: b\n  date: '2019'\n  title: Talks break down\ntitle: T\n"
    );
}

fn read_from(id: &str, year: i32, start: u32) -> Event {
    let mut e = event(id);
    e.date = TimelineDate::year(year);
    e.mentions.push(Mention {
        source: "s".into(),
        start,
        end: start + 10,
        confidence: 0.8,
        quote: None,
    });
    e
}

fn ids(events: &[Event]) -> Vec<&str> {
    events.iter().map(|e| e.id.as_str()).collect()
}

#[test]
fn known_events_by_id_or_by_sentence() {
    let mut timeline: Timeline = serde_yaml::from_str("title: T\n").unwrap();
    let mut rejected = event("a");
    rejected.review = Review::Rejected;
    timeline.events.push(rejected);
    assert_eq!(
        ids(&new_events(&timeline, vec![event("a"), event("b")])),
        ["b"]
    );

    // Both the date and the id of the event read at byte 0 were changed by hand; the
    // sentence at byte 20 gave two events and the file holds one of them, renamed.
    timeline.events = vec![read_from("fixed", 2018, 0), read_from("mine", 2023, 20)];
    let extracted = vec![
        read_from("2019-x", 2019, 0),
        read_from("2019-y", 2019, 20),
        read_from("2023-z", 2023, 20),
        read_from("2020-w", 2020, 40),
    ];
    assert_eq!(ids(&new_events(&timeline, extracted)), ["2019-y", "2020-w"]);
}

/// An event of source `source` read at `start`, as extraction gives it.
fn told(source: &str, date: &str, title: &str, start: u32) -> Event {
    let date = TimelineDate::parse(date).unwrap();
    let mut e = event(&event_id(&date, title));
    (e.date, e.title) = (date, title.into());
    e.mentions.push(Mention {
        source: source.into(),
        start,
        end: start + 10,
        confidence: 0.8,
        quote: Some(format!("{title}.").into()),
    });
    e
}

/// `file` with what the events `extracted` add to it.
fn updated(file: &str, extracted: Vec<Event>) -> (String, Additions) {
    let before = parse("t.yaml", file).unwrap();
    let additions = sort_out(file, &before, &[], extracted);
    (update(file, &before, &[], &additions).unwrap(), additions)
}

const SEIZED: &str = "Rebels seized the airport in Goma";
const AGAIN: &str = "Rebel fighters seized the Goma airport";

#[test]
fn an_event_told_again_lists_the_sentence_in_the_files_event() {
    // Its mentions in flow style, then none (a hand-written event), then before another
    // key and a comment; CRLF line endings.
    let file = "title: T\nevents:\n- id: mine\n  date: 2013-02-12\n  title: Rebels seized the airport in Goma\n  mentions: []   # none\n# next\n- id: b\n  date: 2013-02-12\n  title: The army shelled the port of Goma\n";
    let (text, additions) = updated(file, vec![told("b", "2013-02-12", AGAIN, 5)]);
    assert_eq!((additions.joined, additions.events.len()), (1, 0));
    assert_eq!(
        text,
        "title: T\nevents:\n- id: mine\n  date: 2013-02-12\n  title: Rebels seized the airport in Goma\n  mentions:   # none\n  - source: b\n    start: 5\n    end: 15\n    confidence: 0.8\n    quote: Rebel fighters seized the Goma airport.\n# next\n- id: b\n  date: 2013-02-12\n  title: The army shelled the port of Goma\n"
    );
    let file = "title: T\r\nevents:\r\n  - id: mine\r\n    date: 2013-02-12\r\n    title: Rebels seized the airport in Goma\r\n\r\n# next\r\n";
    let (text, _) = updated(file, vec![told("b", "2013-02-12", AGAIN, 5)]);
    assert_eq!(
        text,
        "title: T\r\nevents:\r\n  - id: mine\r\n    date: 2013-02-12\r\n    title: Rebels seized the airport in Goma\r\n    mentions:\r\n    - source: b\r\n      start: 5\r\n      end: 15\r\n      confidence: 0.8\r\n      quote: Rebel fighters seized the Goma airport.\r\n\r\n# next\r\n"
    );
    let mut file = new_file(
        &Timeline {
            title: "T".into(),
            events: vec![told("a", "2013-02-12", SEIZED, 0)],
            ..Timeline::default()
        },
        MadeBy::Extract,
    );
    file = file.replace(
        "    quote: Rebels seized the airport in Goma.\n",
        "    quote: Rebels seized the airport in Goma.\n  lane: war   # mine\n",
    );
    let (text, _) = updated(&file, vec![told("b", "2013-02-12", AGAIN, 5)]);
    assert!(
        text.ends_with("    confidence: 0.8\n    quote: Rebels seized the airport in Goma.\n  - source: b\n    start: 5\n    end: 15\n    confidence: 0.8\n    quote: Rebel fighters seized the Goma airport.\n  lane: war   # mine\n"),
        "{text}"
    );
}

#[test]
fn another_sources_event_of_an_id_and_date_of_the_file_joins_it_once() {
    let file = new_file(
        &Timeline {
            title: "T".into(),
            events: vec![told("a", "2013-02-12", SEIZED, 0)],
            ..Timeline::default()
        },
        MadeBy::Extract,
    );
    let again = || vec![told("b", "2013-02-12", SEIZED, 5)];
    let (text, additions) = updated(&file, again());
    assert_eq!((additions.joined, additions.held), (1, 0));
    assert!(text.ends_with("  - source: b\n    start: 5\n    end: 15\n    confidence: 0.8\n    quote: Rebels seized the airport in Goma.\n"), "{text}");
    let (_, additions) = updated(&text, again());
    assert_eq!((additions.joined, additions.held), (0, 1));
    assert!(additions.joins.is_empty() && additions.events.is_empty());
    // Told of another day, it is another event.
    let (_, additions) = updated(&file, vec![told("b", "2013-02-13", SEIZED, 5)]);
    assert_eq!(additions.events.len(), 1);
}

#[test]
fn what_joins_nothing_or_is_written_in_flow_style_is_an_event_of_its_own() {
    let file = "title: T\nevents:\n- {id: mine, date: 2013-02-12, title: Rebels seized the airport in Goma}\n- id: b\n  date: 2013-02-12\n  title: Rebels seized the airport in Kigali\n";
    let (text, additions) = updated(file, vec![told("b", "2013-02-12", AGAIN, 5)]);
    assert_eq!((additions.joined, additions.events.len()), (0, 1));
    assert!(text.ends_with("- id: 2013-02-12-rebel-fighters-seized-goma-airport\n  date: 2013-02-12\n  title: Rebel fighters seized the Goma airport\n  mentions:\n  - source: b\n    start: 5\n    end: 15\n    confidence: 0.8\n    quote: Rebel fighters seized the Goma airport.\n"), "{text}");
}

#[test]
fn a_month_the_extractor_gave_takes_the_day_unless_changed_by_hand() {
    let month = told("a", "2013-02", SEIZED, 0);
    let mut file = new_file(
        &Timeline {
            title: "T".into(),
            events: vec![month.clone()],
            ..Timeline::default()
        },
        MadeBy::Extract,
    );
    let day = || vec![told("b", "2013-02-12", AGAIN, 5)];
    file = file.replace("date: 2013-02\n", "date: 2013-02 # month\n");
    let (text, additions) = updated(&file, day());
    assert_eq!(
        additions.joins[0].date.map(|d| d.to_string()),
        Some("2013-02-12".into())
    );
    assert!(text.contains("date: 2013-02-12 # month\n"), "{text}");
    for (from, to) in [
        ("review: draft", "review: confirmed"),
        (
            "title: Rebels seized the airport in Goma",
            "title: Rebels seized Goma's airport",
        ),
    ] {
        let edited = file
            .replace("  title:", "  review: draft\n  title:")
            .replace(from, to);
        let (text, additions) = updated(&edited, day());
        assert_eq!(additions.joins.len(), 1, "{to}");
        assert!(text.contains("date: 2013-02 # month\n"), "{text}");
    }
}

#[test]
fn a_reported_event_told_as_happened_takes_that_title_after_its_day() {
    let file_of = |event: Event| {
        new_file(
            &Timeline {
                title: "T".into(),
                events: vec![event],
                ..Timeline::default()
            },
            MadeBy::Extract,
        )
    };
    let reported = |source, date, title, start| Event {
        status: Status::Reported,
        ..told(source, date, title, start)
    };
    // A later source gives the day: the id stays that of the month.
    let file = file_of(reported("a", "2013-02", SEIZED, 0));
    let (file, additions) = updated(&file, vec![reported("b", "2013-02-12", AGAIN, 5)]);
    assert_eq!(
        (additions.joins[0].status, &additions.joins[0].title),
        (None, &None)
    );
    assert!(file.contains("date: 2013-02-12\n"), "{file}");
    // Another then tells it happened: its status and its title follow, its id stays.
    let (text, additions) = updated(&file, vec![told("c", "2013-02-12", AGAIN, 9)]);
    assert_eq!(additions.joins[0].status, Some(Status::Happened));
    assert_eq!(additions.joins[0].title.as_deref(), Some(AGAIN));
    let expected = file
        .replace("status: reported", "status: happened")
        .replace(&format!("title: {SEIZED}"), &format!("title: {AGAIN}"));
    assert!(text.starts_with(expected.trim_end()), "{text}");
    // A title whose words are not all on its line (here quoted, with a quote doubled) keeps
    // them; the status still follows.
    let quoted = "'Rebels' seized the airport in Goma";
    let file = file_of(reported("a", "2013-02-12", quoted, 0));
    assert!(file.contains("title: '''Rebels'' seized"), "{file}");
    let (text, additions) = updated(&file, vec![told("c", "2013-02-12", AGAIN, 9)]);
    assert_eq!(additions.joins[0].title, None);
    assert!(
        text.contains("title: '''Rebels'' seized the airport in Goma'\n"),
        "{text}"
    );
    assert!(text.contains("status: happened"), "{text}");
}

#[test]
fn as_of_follows_a_later_source_unless_set_by_hand() {
    let source = |id: &str, day: &str| Source {
        id: id.into(),
        title: id.into(),
        published: TimelineDate::parse(day).ok(),
        ..Source::default()
    };
    let file = "title: T\nas_of: 2019-02-20   # the extractor's\nsources:\n- id: a\n  title: a\n  published: 2019-02-20\nevents: []\n";
    let later = add(file, &[source("b", "2019-03-01")], &[]).unwrap();
    assert!(
        later.starts_with("title: T\nas_of: 2019-03-01   # the extractor's\n"),
        "{later}"
    );
    // An earlier source, or an `as_of` that is not the latest source's, leaves it.
    for (file, new) in [
        (file, "2019-02-01"),
        (
            &file.replace("as_of: 2019-02-20", "as_of: 2019-02-25"),
            "2019-03-01",
        ),
    ] {
        let out = add(file, &[source("b", new)], &[]).unwrap();
        assert!(out.starts_with(&file[..28]), "{out}");
    }
}

#[test]
fn a_keys_value_is_found_with_the_key_quoted_or_not() {
    for (line, value) in [
        ("  date: 2019-02 # month", "2019-02"),
        ("  \"date\": '2019'", "'2019'"),
        ("- 'status': planned", "planned"),
        ("  update: 1 # date: 2", ""),
    ] {
        let key = if line.contains("status") {
            "status"
        } else {
            "date"
        };
        let got = joins::value_of(line, key).map(|(at, len)| &line[at..at + len]);
        assert_eq!(got.unwrap_or(""), value, "{line}");
    }
}
