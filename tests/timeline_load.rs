//! Loading timeline files: every message the user can see, pinned by its exact text, and no
//! panic on hostile input.

use timeliner::timeline::{self, EventEnd, MAX_FILE_BYTES, Status};

/// Everything `load` reports for `yaml`, as printed (diagnostics separated by a blank line).
fn errors(yaml: impl AsRef<[u8]>) -> String {
    match timeline::load("t.yaml", yaml.as_ref()) {
        Ok(t) => panic!("loaded: {t:?}"),
        Err(diagnostics) => diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Expected output written as an indented raw string: drops the first newline.
fn text(s: &str) -> &str {
    s.strip_prefix('\n').unwrap_or(s)
}

#[test]
fn a_complete_file_loads() {
    let yaml = "\
version: 1
title: Talks
subtitle: A test
as_of: 2025-09-22
sources:
  - id: et
    title: Kim open to talks
    url: https://example.com/a
    path: data/a.txt
    publisher: ET
    published: 2025-09-22
eras:
  - title: First term
    start: 2017-01-20
    end: 2021-01-20
events:
  - id: hanoi
    date: 2019-02
    end: 2019-02-28
    title: Hanoi summit
    description: Talks broke down.
    status: happened
    lane: diplomacy
    tags: [summit]
    source: et
    quote: talks broke down in Hanoi in 2019
    review: confirmed
  - id: apec
    date: ~2025-10
    end: ongoing
    title: APEC
    status: planned
chart:
  width: 1200
  height: 400
  lanes: [diplomacy]
  orientation: horizontal
  theme: auto
  show_drafts: false
  show_sources: true
";
    let t = timeline::load("t.yaml", yaml.as_bytes()).unwrap();
    assert_eq!(t.events.len(), 2);
    assert_eq!(t.events[1].end, Some(EventEnd::Ongoing));
    assert_eq!(t.events[1].status, Status::Planned);
    assert_eq!(t.events[1].date.to_string(), "~2025-10");
    // What serde_yaml writes back reads the same.
    let again = serde_yaml::to_string(&t).unwrap();
    assert_eq!(timeline::load("t.yaml", again.as_bytes()), Ok(t));
}

#[test]
fn empty_lists_may_be_left_blank() {
    let t = timeline::load("t.yaml", b"title: T\nsources:\neras:\nevents:\n").unwrap();
    assert!(t.events.is_empty() && t.sources.is_empty() && t.eras.is_empty());
}

#[test]
fn empty_and_non_mapping_files() {
    let empty = text(
        r"
error: the file holds no timeline
 --> t.yaml
  = help: start with `title:` and `events:`; the README shows the format
",
    );
    assert_eq!(errors(""), empty);
    assert_eq!(errors("# only a comment\n\n"), empty);
    assert_eq!(
        errors("# a list\n- a\n- b\n"),
        text(
            r"
error: a timeline must be a mapping of keys such as `title:` and `events:`
 --> t.yaml:2:1
  |
2 | - a
  | ^
  = help: the README shows the format
"
        )
    );
}

#[test]
fn bytes_that_are_not_text() {
    assert_eq!(
        errors(b"title: ok\nsubtitle: \xc3(\n"),
        text(
            r"
error: the file is not UTF-8: invalid byte at offset 20
 --> t.yaml:2:11
  |
2 | subtitle:
  |           ^
  = help: save the file as UTF-8 text
"
        )
    );
    assert_eq!(
        errors(b"title: T\x00\x01\n"),
        text(
            "
error: control character U+0000 at byte 8
 --> t.yaml:1:9
  |
1 | title: T\u{fffd}\u{fffd}
  |         ^
  = help: a timeline is YAML text; is this a binary file?
"
        )
    );
    // A binary file: the header of a PNG image.
    assert!(errors(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").starts_with("error: the file is not UTF-8"));
}

#[test]
fn syntax_errors_show_the_parser_position() {
    assert_eq!(
        errors("title: T\nevents:\n  - id: a\n   date: 2019\n"),
        text(
            r"
error: did not find expected '-' indicator, while parsing a block collection
 --> t.yaml:4:4
  |
4 |    date: 2019
  |    ^
"
        )
    );
    assert_eq!(
        errors("title: T\r\nsubtitle: \"open\r\n"),
        text(
            r"
error: found unexpected end of stream, while scanning a quoted scalar
 --> t.yaml:3:1
  |
3 |
  | ^
"
        )
    );
    assert_eq!(
        errors("title: T\ntitle: U\n"),
        text(
            r#"
error: duplicate key "title"
 --> t.yaml:2:1
  |
2 | title: U
  | ^^^^^
  = help: each key may appear once in a mapping; remove or rename one
"#
        )
    );
    assert_eq!(
        errors("title: T\n---\ntitle: U\n"),
        text(
            r"
error: the file holds more than one YAML document
 --> t.yaml
  = help: a timeline file is one document; remove the `---` that starts another
"
        )
    );
}

#[test]
fn a_byte_order_mark_is_ignored() {
    assert!(timeline::load("t.yaml", "\u{feff}title: T\n".as_bytes()).is_ok());
    assert_eq!(
        errors("\u{feff}title: \"\"\n").lines().nth(1),
        Some(" --> t.yaml:1:8")
    );
}

#[test]
fn an_unknown_alias() {
    assert_eq!(
        errors("title: *name\n"),
        text(
            r"
error: unknown anchor
 --> t.yaml:1:8
  |
1 | title: *name
  |        ^
"
        )
    );
}

#[test]
fn type_errors_are_all_reported_and_name_the_event_and_field() {
    let yaml = "\
titel: T
events:
  - id: a
    date: 2019.5
    title: A
  - id: b
    date: 2019
    title: B
    status: done
  - id: c
    date: 2019
  - id: d
    date: 2019-02-30
    title: D
  - id: e
    date: 2019
    title: E
    tags: [x, 3]
";
    assert_eq!(
        errors(yaml),
        text(
            r"
error: unknown field `titel`, expected one of `version`, `title`, `subtitle`, `as_of`, `sources`, `eras`, `events`, `chart`
 --> t.yaml:1:1
  |
1 | titel: T
  | ^^^^^

error: event `a`, field `date`: invalid type: floating point `2019.5`, expected a date such as 2019, 2019-02 or 2019-02-27
 --> t.yaml:4:11
  |
4 |     date: 2019.5
  |           ^^^^^^

error: event `b`, field `status`: unknown variant `done`, expected one of `happened`, `planned`, `reported`
 --> t.yaml:9:13
  |
9 |     status: done
  |             ^^^^

error: event `c`: missing field `title`
  --> t.yaml:10:3
   |
10 |   - id: c
   |   ^

error: event `d`, field `date`: `2019-02-30` is not a day of the calendar
  --> t.yaml:13:11
   |
13 |     date: 2019-02-30
   |           ^^^^^^^^^^

error: event `e`, field `tags[1]`: invalid type: integer `3`, expected a string
  --> t.yaml:18:11
   |
18 |     tags: [x, 3]
   |           ^^^^^^
"
        )
    );
}

#[test]
fn top_level_type_errors() {
    assert_eq!(
        errors("title: T\nas_of: tomorrow\nevents: 5\n"),
        text(
            r"
error: field `as_of`: `tomorrow` is not a date; write 2019, 2019-02, 2019-02-27, 2019-Q3, 2019-SU, 2019-W12, 1990s, 19th century or 44 BCE, with a leading ~ if approximate
 --> t.yaml:2:8
  |
2 | as_of: tomorrow
  |        ^^^^^^^^
"
        )
    );
    assert_eq!(
        errors("title: T\nchart:\n  width: wide\n"),
        text(
            r#"
error: field `chart.width`: invalid type: string "wide", expected u32
 --> t.yaml:3:10
  |
3 |   width: wide
  |          ^^^^
"#
        )
    );
    assert_eq!(
        errors("events: []\n"),
        "error: missing field `title`\n --> t.yaml\n"
    );
}

#[test]
fn semantic_errors_are_all_reported() {
    let yaml = r#"version: 2
title: ""
sources:
  - id: et
    title: ET
  - id: et
    title: " "
eras:
  - title: First term
    start: 2021
    end: 2017
events:
  - id: a
    date: 2019-02-27
    end: 2019-01
    title: A
    source: nyt
  - id: a
    date: 2019
    title: ""
  - id: ""
    date: 2019
    title: C
"#;
    assert_eq!(
        errors(yaml),
        text(
            r#"
error: field `version`: version 2 is not supported
 --> t.yaml:1:10
  |
1 | version: 2
  |          ^
  = help: this timeliner reads version 1; write `version: 1` or leave the field out

error: field `title`: the title is empty
 --> t.yaml:2:8
  |
2 | title: ""
  |        ^^
  = help: the title heads the chart; write what the timeline is about

error: source `et`, field `id`: source #1 already has this id
 --> t.yaml:6:9
  |
6 |   - id: et
  |         ^^
  = help: give each source its own id

error: source `et`, field `title`: the title is empty
 --> t.yaml:7:12
  |
7 |     title: " "
  |            ^^^

error: era `First term`, field `end`: 2017 is before the start, 2021
  --> t.yaml:11:10
   |
11 |     end: 2017
   |          ^^^^
   = help: `end` is the last date the era covers; are `start` and `end` swapped?

error: event `a`, field `end`: 2019-01 is before the start, 2019-02-27
  --> t.yaml:15:10
   |
15 |     end: 2019-01
   |          ^^^^^^^
   = help: `end` is the last date the event covers; are `date` and `end` swapped?

error: event `a`, field `source`: no source has the id `nyt`
  --> t.yaml:17:13
   |
17 |     source: nyt
   |             ^^^
   = help: the sources are `et`

error: event `a`, field `id`: event #1 already has this id
  --> t.yaml:18:9
   |
18 |   - id: a
   |         ^
   = help: give each event its own id

error: event `a`, field `title`: the title is empty
  --> t.yaml:20:12
   |
20 |     title: ""
   |            ^^
   = help: the title is the event's label on the chart

error: event #3, field `id`: the id is empty
  --> t.yaml:21:9
   |
21 |   - id: ""
   |         ^^
   = help: an id names the event across re-extractions; write a short slug
"#
        )
    );
}

#[test]
fn nameless_sources_and_eras_are_named_by_position() {
    assert_eq!(
        errors(
            "title: T\nsources:\n  - id: \"\"\n    title: S\neras:\n  - title: \"\"\n    start: 2019\n    end: ongoing\n"
        ),
        text(
            r#"
error: source #1, field `id`: the id is empty
 --> t.yaml:3:9
  |
3 |   - id: ""
  |         ^^
  = help: events name their source by this id

error: era #1, field `title`: the title is empty
 --> t.yaml:6:12
  |
6 |   - title: ""
  |            ^^
  = help: the title labels the era's band
"#
        )
    );
}

#[test]
fn an_unknown_source_with_no_sources_listed() {
    assert_eq!(
        errors("title: T\nevents:\n- {id: a, date: 2019, title: A, source: nyt}\n"),
        text(
            r"
error: event `a`, field `source`: no source has the id `nyt`
 --> t.yaml:3:1
  |
3 | - {id: a, date: 2019, title: A, source: nyt}
  | ^
  = help: list the source under `sources:` with this id
"
        )
    );
}

#[test]
fn semantic_errors_are_found_beside_type_errors() {
    let yaml = "title: T\nevents:\n  - id: a\n    date: 2019\n  - id: a\n    date: 2019\n    title: A\n  - id: a\n    date: 2020\n    title: A2\n";
    let out = errors(yaml);
    assert!(
        out.starts_with("error: event `a`: missing field `title`\n --> t.yaml:3:3\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "error: event `a`, field `id`: event #2 already has this id\n --> t.yaml:8:9\n"
        ),
        "{out}"
    );
}

#[test]
fn a_file_over_the_limit_is_refused_unread() {
    let huge = vec![b'#'; 100 << 20];
    assert_eq!(
        errors(&huge),
        text(
            r"
error: the file is larger than 16 MiB, the most a timeline may hold
 --> t.yaml
  = help: is this the right file? a large timeline can be split into several
"
        )
    );
    assert!(errors(vec![b' '; MAX_FILE_BYTES + 1]).starts_with("error: the file is larger"));
}

#[test]
fn deep_nesting_is_refused() {
    // libyaml is quadratic in flow depth: this must be refused before it is parsed.
    let flow = format!("title: {}", "[".repeat(100_000));
    let source_line = format!("1 | \u{2026}{}\u{2026}", "[".repeat(120));
    let caret_line = format!("  | {}^", " ".repeat(61));
    assert_eq!(
        errors(flow),
        [
            "error: the YAML nests more than 128 levels deep",
            " --> t.yaml:1:136",
            "  |",
            &source_line,
            &caret_line,
            "  = help: a timeline needs only a few levels; is this the right file?\n",
        ]
        .join("\n")
    );
    let block: String = (0..1000)
        .map(|depth| format!("{}a:\n", " ".repeat(depth)))
        .collect();
    assert_eq!(
        errors(block).lines().take(2).collect::<Vec<_>>(),
        [
            "error: the YAML nests more than 128 levels deep",
            "   --> t.yaml:129:129"
        ]
    );
    // Brackets inside text do not count.
    let brackets = format!(
        "title: \"{}\"\nsubtitle: a {}\n",
        "[".repeat(200),
        "{".repeat(200)
    );
    assert_eq!(
        timeline::load("t.yaml", brackets.as_bytes()).map(|t| t.title.len()),
        Ok(200)
    );
}

#[test]
fn alias_bombs_are_refused() {
    // Nine levels of nine aliases each would expand to 9^9 (387 million) strings.
    let mut bomb = String::from("title: T\na: &a [x, x, x, x, x, x, x, x, x]\n");
    for level in b'b'..=b'j' {
        let (name, previous) = (level as char, (level - 1) as char);
        let refs = vec![format!("*{previous}"); 9].join(", ");
        bomb.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    assert_eq!(
        errors(bomb),
        text(
            r"
error: aliases expand to too many values
 --> t.yaml
  = help: use fewer `*alias` references, or write the values out
"
        )
    );
}

#[test]
fn aliases_may_not_expand_a_file_past_the_size_limit() {
    // 2,000 aliases of a 10 kB title: a 60 kB file that would draw 20 MB of text.
    let mut bomb = format!(
        "title: T\nevents:\n  - {{id: e0, date: 2019, title: &a {}}}\n",
        "x".repeat(10_000)
    );
    for n in 1..2_000 {
        bomb.push_str(&format!("  - {{id: e{n}, date: 2019, title: *a}}\n"));
    }
    let message = errors(&bomb);
    assert!(
        message.starts_with(
            "error: aliases expand the file past 16 MiB, the most a timeline may hold\n \
             --> t.yaml:3:33\n"
        ),
        "{message}"
    );
    assert!(
        message.ends_with("  = help: use fewer `*alias` references, or write the values out\n")
    );
    // Below the limit, aliases are fine.
    bomb.truncate(bomb.len() / 2);
    bomb.truncate(bomb.rfind('\n').unwrap() + 1);
    assert!(timeline::load("t.yaml", bomb.as_bytes()).is_ok());
}

#[test]
fn many_copies_are_counted_not_listed() {
    let copies = |n: usize, event: &str| format!("title: T\nevents:\n{}", event.repeat(n));
    let message = errors(copies(1_000, "  - id: e\n    date: 2019\n    title: E\n"));
    assert_eq!(message.matches("already has this id").count(), 20);
    assert!(
        message.ends_with(text(
            "
error: and 979 more events from here on have an id that an earlier event has
  --> t.yaml:66:9
   |
66 |   - id: e
   |         ^
   = help: give each event its own id
"
        )),
        "{message}"
    );
    let message = errors(copies(300, "  - {id: e, date: 2019, title: ' '}\n"));
    assert_eq!(message.matches("the title is empty").count(), 79);
    assert!(
        message.ends_with(
            "error: and 221 more problems after these 100\n --> t.yaml\n  = help: fix these, then check again\n"
        ),
        "{message}"
    );
}

#[test]
fn years_not_in_decimal_and_widths_out_of_range_are_refused() {
    let yaml = "title: T\nevents:\n  - id: a\n    date: 0x7E3\n    title: A\n  - {id: b, date: 0000, title: B}\n  - {id: c, date: -0043, title: C}\nchart:\n  width: 4294967295\n";
    assert_eq!(
        errors(yaml),
        text(
            "
error: field `date`: `0x7E3` is not a year written in decimal
 --> t.yaml:4:11
  |
4 |     date: 0x7E3
  |           ^
  = help: write a year in decimal, such as 2019, and years before the common era as `44 BCE` or `-0043`

error: field `date`: `0000` is the year 0, which the calendar does not have
 --> t.yaml:6:19
  |
6 |   - {id: b, date: 0000, title: B}
  |                   ^
  = help: write a year in decimal, such as 2019, and years before the common era as `44 BCE` or `-0043`

error: field `chart.width`: 4294967295 is not between 320 and 20000 pixels
 --> t.yaml:9:10
  |
9 |   width: 4294967295
  |          ^^^^^^^^^^
  = help: leave `width` out for the default, 1200
"
        )
    );
    let fine = "title: T\nas_of: 2025\nevents:\n  - {id: c, date: -0043, end: '0000', title: C}\nchart:\n  width: 320\n";
    assert_eq!(
        timeline::load("t.yaml", fine.as_bytes()).unwrap().events[0]
            .date
            .year,
        -43
    );
}

/// The README's example file and date spellings are true.
#[test]
fn the_readme_example_loads_and_its_date_spellings_parse() {
    let readme = include_str!("../README.md");
    let example = readme
        .split("```yaml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    let t = timeline::load("README.md", example.as_bytes()).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(t.events[0].id, "hanoi-talks-break-down");

    let table = readme
        .split("| spelling | meaning |")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap();
    // Code spans, except the bare `~` that explains the approximate ones.
    let spellings: Vec<&str> = table
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| *s != "~")
        .collect();
    assert!(spellings.len() >= 15, "{spellings:?}");
    for spelling in spellings {
        assert!(
            timeliner::timeline::date::TimelineDate::parse(spelling).is_ok(),
            "{spelling}"
        );
    }
}

/// The bundled timeline loads, and every quote in it is from the bundled article (whether
/// written by hand or by extraction).
#[test]
fn the_seed_timeline_quotes_its_article() {
    let t = timeline::load(
        "data/kim-trump-talks.yaml",
        include_bytes!("../data/kim-trump-talks.yaml"),
    )
    .unwrap_or_else(|d| panic!("{d:?}"));
    let article = include_str!("../data/kim-trump-talks.txt");
    assert_eq!(
        t.sources[0].path.as_deref(),
        Some("data/kim-trump-talks.txt")
    );
    assert!(!t.events.is_empty());
    for event in &t.events {
        let quote = event.quote.as_deref().unwrap_or_default();
        assert!(article.contains(quote), "{}: {quote}", event.id);
    }
}

/// A thousand mutations of a valid file (bytes deleted, duplicated, replaced by YAML
/// punctuation, invalid UTF-8 or control characters): `load` answers each without panicking,
/// and every diagnostic it gives prints.
#[test]
fn mutated_files_never_panic() {
    let seed = include_bytes!("../data/kim-trump-talks.yaml");
    let alphabet: &[u8] = b" \n-:[]{}\"'#&*!|>?,~\t\x00\xff\xc3";
    // A fixed linear congruential generator: the same cases on every run.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(state >> 33).unwrap() % bound
    };
    for _ in 0..1000 {
        let mut bytes = seed.to_vec();
        for _ in 0..1 + next(4) {
            let at = next(bytes.len());
            match next(3) {
                0 => {
                    let end = (at + next(40)).min(bytes.len());
                    bytes.drain(at..end);
                }
                1 => {
                    let end = (at + next(40)).min(bytes.len());
                    let copy = bytes[at..end].to_vec();
                    bytes.splice(at..at, copy);
                }
                _ => bytes[at] = alphabet[next(alphabet.len())],
            }
            if bytes.is_empty() {
                bytes.push(b'-');
            }
        }
        if let Err(diagnostics) = timeline::load("m.yaml", &bytes) {
            assert!(!diagnostics.is_empty());
            for d in diagnostics {
                assert!(d.to_string().starts_with("error: "));
            }
        }
    }
}

#[test]
fn a_mention_at_the_start_of_an_article_is_no_year_0() {
    // `extract` writes `start: 0` when the dated sentence opens the article.
    let yaml = "title: T\nsources:\n  - id: s\n    title: S\n    published: 2025-09-22\nevents:\n  - id: a\n    date: 2019\n    title: A\n    source: s\n    mentions:\n      - source: s\n        start: 0\n        end: 0\n        confidence: 0.8\n      - {source: s, start: 0, end: 34, confidence: 0.8}\n";
    let timeline = timeline::parse("t.yaml", yaml).unwrap();
    assert_eq!(timeline.events[0].mentions.len(), 2);
}

#[test]
fn weeks_load_and_round_trip_and_bad_weeks_are_pointed_at() {
    let yaml = "\
title: Weeks
events:
  - id: a
    date: 2019-W12
    end: ~2020-W01
    title: A week
";
    let t = timeline::load("t.yaml", yaml.as_bytes()).unwrap();
    assert_eq!(t.events[0].date.to_string(), "2019-W12");
    assert_eq!(t.events[0].date.first_day().to_string(), "2019-03-18");
    let again = serde_yaml::to_string(&t).unwrap();
    assert!(again.contains("date: 2019-W12"), "{again}");
    assert_eq!(timeline::load("t.yaml", again.as_bytes()), Ok(t));
    assert_eq!(
        errors(
            "title: T\nevents:\n  - id: a\n    date: 2019-W54\n    title: A\n  - id: b\n    \
             date: 2019-W00\n    title: B\n  - id: c\n    date: 2019-W53\n    title: C\n"
        ),
        text(
            r"
error: event `a`, field `date`: `2019-W54` is not a date; write 2019, 2019-02, 2019-02-27, 2019-Q3, 2019-SU, 2019-W12, 1990s, 19th century or 44 BCE, with a leading ~ if approximate
 --> t.yaml:4:11
  |
4 |     date: 2019-W54
  |           ^^^^^^^^

error: event `b`, field `date`: `2019-W00` is not a date; write 2019, 2019-02, 2019-02-27, 2019-Q3, 2019-SU, 2019-W12, 1990s, 19th century or 44 BCE, with a leading ~ if approximate
 --> t.yaml:7:11
  |
7 |     date: 2019-W00
  |           ^^^^^^^^

error: event `c`, field `date`: `2019-W53` is not a week of the calendar: its year has 52 ISO weeks, write W01 to W52
  --> t.yaml:10:11
   |
10 |     date: 2019-W53
   |           ^^^^^^^^
"
        )
    );
}
