//! The schema, exports and imports: the committed schema is what `timeliner schema` prints and
//! accepts every bundled timeline; export then import gives back what each format holds; the
//! commands' messages and exit codes.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::{Run, run_in};
use serde_json::Value;
use timeliner::formats::{csv, timelinejs};
use timeliner::timeline::{
    self, ChartOptions, EventEnd, Mentions, Notes, Review, Status, Timeline,
};

const SCHEMA: &str = "data/schema/timeline-v1.json";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every bundled timeline, `data/**/*.yaml`.
fn bundled() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("data"), &mut out);
    out.sort();
    assert!(out.len() >= 5, "{out:?}");
    out
}

fn load(path: &Path) -> Timeline {
    timeline::load("t", &fs::read(path).unwrap()).unwrap()
}

#[test]
fn committed_schema_is_what_the_command_prints() {
    let run = run_in(root(), &["schema"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let committed = fs::read_to_string(root().join(SCHEMA)).unwrap();
    assert!(
        run.stdout == committed,
        "{SCHEMA} is stale: run `timeliner schema > {SCHEMA}`"
    );
}

/// A JSON Schema validator for the keywords the generated schema uses (`type`, `properties`,
/// `additionalProperties`, `required`, `items`, `enum`, `const`, `minimum`, `maximum`,
/// `anyOf`, `oneOf`, local `$ref`); annotations (`description`, `format`, …) are ignored.
/// It panics on any other keyword, so that a schema growing past it is noticed.
fn check(schema: &Value, root: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let Value::Object(rules) = schema else {
        return;
    };
    for (keyword, rule) in rules {
        let mut fail = |why: String| errors.push(format!("{at}: {why}"));
        match keyword.as_str() {
            "$ref" => {
                let name = rule.as_str().unwrap().trim_start_matches("#/definitions/");
                check(&root["definitions"][name], root, value, at, errors);
            }
            "type" => {
                let types: Vec<&str> = match rule {
                    Value::Array(a) => a.iter().map(|t| t.as_str().unwrap()).collect(),
                    t => vec![t.as_str().unwrap()],
                };
                let fits = |t: &str| match t {
                    "string" => value.is_string(),
                    "integer" => value.is_i64() || value.is_u64(),
                    "number" => value.is_number(),
                    "boolean" => value.is_boolean(),
                    "null" => value.is_null(),
                    "array" => value.is_array(),
                    "object" => value.is_object(),
                    other => panic!("type {other}"),
                };
                if !types.iter().any(|t| fits(t)) {
                    fail(format!("{value} is not {types:?}"));
                }
            }
            "properties" => {
                if let Value::Object(fields) = value {
                    for (key, field) in fields {
                        if let Some(sub) = rule.get(key) {
                            check(sub, root, field, &format!("{at}.{key}"), errors);
                        }
                    }
                }
            }
            "additionalProperties" => {
                if let (Value::Object(fields), Some(false)) = (value, rule.as_bool()) {
                    for key in fields.keys() {
                        if rules["properties"].get(key).is_none() {
                            fail(format!("unknown key `{key}`"));
                        }
                    }
                }
            }
            "required" => {
                if let Value::Object(fields) = value {
                    for key in rule.as_array().unwrap() {
                        if !fields.contains_key(key.as_str().unwrap()) {
                            fail(format!("missing `{key}`"));
                        }
                    }
                }
            }
            "items" => {
                for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                    check(rule, root, item, &format!("{at}[{i}]"), errors);
                }
            }
            "enum" if !rule.as_array().unwrap().contains(value) => {
                fail(format!("{value} is not one of {rule}"));
            }
            "const" if rule != value => fail(format!("{value} is not {rule}")),
            "minimum" | "maximum" => {
                if let (Some(v), Some(limit)) = (value.as_f64(), rule.as_f64()) {
                    let within = if keyword == "minimum" {
                        v >= limit
                    } else {
                        v <= limit
                    };
                    if !within {
                        fail(format!("{v} is past the {keyword} {limit}"));
                    }
                }
            }
            "anyOf" | "oneOf" => {
                let passing = rule
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|sub| {
                        let mut sub_errors = Vec::new();
                        check(sub, root, value, at, &mut sub_errors);
                        sub_errors.is_empty()
                    })
                    .count();
                if passing == 0 || (keyword == "oneOf" && passing > 1) {
                    fail(format!("{value} matches {passing} of the {keyword}"));
                }
            }
            "enum" | "const" | "$schema" | "title" | "description" | "default" | "examples"
            | "format" | "definitions" => {}
            other => panic!("the test's validator does not know `{other}`"),
        }
    }
}

fn schema_errors(yaml: &str) -> Vec<String> {
    let schema: Value =
        serde_json::from_str(&fs::read_to_string(root().join(SCHEMA)).unwrap()).unwrap();
    let value: Value =
        serde_json::to_value(serde_yaml::from_str::<serde_yaml::Value>(yaml).unwrap()).unwrap();
    let mut errors = Vec::new();
    check(&schema, &schema, &value, "$", &mut errors);
    errors
}

#[test]
fn every_bundled_timeline_fits_the_schema() {
    for path in bundled() {
        let errors = schema_errors(&fs::read_to_string(&path).unwrap());
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn broken_timelines_do_not_fit_the_schema() {
    let cases = [
        ("titel: T\n", "$: unknown key `titel`"),
        ("events: []\n", "$: missing `\"title\"`"),
        (
            "title: T\nversion: 2\n",
            "$.version: 2 is past the maximum 1",
        ),
        (
            "title: T\nevents:\n- {id: a, date: 2019, title: A, status: done}\n",
            "$.events[0].status: \"done\" is not one of [\"happened\",\"planned\",\"reported\"]",
        ),
        (
            "title: T\nchart: {theme: sepia}\n",
            "$.chart.theme: \"sepia\" matches 0 of the anyOf",
        ),
        (
            "title: T\nevents:\n- {id: a, date: [2019], title: A}\n",
            "$.events[0].date: [2019] is not [\"string\", \"integer\"]",
        ),
        (
            "title: T\nchart: {width: 100000}\n",
            "$.chart.width: 100000 is past the maximum 20000",
        ),
        (
            "title: T\nchart: {width: -5}\n",
            "$.chart.width: -5 is past the minimum 320",
        ),
    ];
    for (yaml, expected) in cases {
        let errors = schema_errors(yaml);
        assert!(errors.iter().any(|e| e == expected), "{yaml}: {errors:#?}");
        assert!(timeline::load("t", yaml.as_bytes()).is_err(), "{yaml}");
    }
}

/// The events both CSV and TimelineJS write: all but the rejected ones, without their
/// sources and mentions.
fn written_events(t: &Timeline) -> impl Iterator<Item = timeline::Event> + '_ {
    t.events
        .iter()
        .filter(|e| e.review != Review::Rejected)
        .map(|e| timeline::Event {
            source: None,
            mentions: Mentions::default(),
            more_mentions: 0,
            ..e.clone()
        })
}

/// What an export to CSV keeps of a timeline: the [`written_events`]; not the title, subtitle,
/// as_of, sources, eras or chart settings.
fn csv_holds(t: &Timeline) -> Timeline {
    Timeline {
        title: "T".into(),
        events: written_events(t).collect(),
        ..Timeline::default()
    }
}

/// What TimelineJS keeps: title, subtitle, eras (ongoing ends become the as_of date, their
/// dates only as precise as year, month or day, without `~`) and the events but the rejected
/// ones ([`written_events`]) without status, tags or review, an ongoing end dropped.
fn timelinejs_holds(t: &Timeline) -> Timeline {
    let plain = |d: timeline::date::TimelineDate, last: bool| {
        let day = if last { d.last_day() } else { d.first_day() };
        use timeline::date::Precision::*;
        let text = match d.precision {
            Day(..) => day.format("%Y-%m-%d").to_string(),
            Month(_) | Quarter(_) | Season(_) => day.format("%Y-%m").to_string(),
            _ => day.format("%Y").to_string(),
        };
        timeline::date::TimelineDate::parse(&text).unwrap()
    };
    Timeline {
        title: t.title.clone(),
        subtitle: t.subtitle.clone(),
        eras: t
            .eras
            .iter()
            .map(|era| {
                let mut era = era.clone();
                era.start = plain(era.start, false);
                era.end = EventEnd::Date(match era.end {
                    EventEnd::Date(d) => plain(d, true),
                    EventEnd::Ongoing => plain(t.as_of.unwrap_or(era.start), true),
                });
                era
            })
            .collect(),
        events: written_events(t)
            .map(|mut e| {
                e.status = Status::Happened;
                e.notes = e
                    .notes
                    .and_then(|n| Notes::boxed(n.description, n.lane, Vec::new()));
                e.review = Review::Draft;
                if e.end == Some(EventEnd::Ongoing) {
                    e.end = None;
                }
                e
            })
            .collect(),
        chart: ChartOptions::default(),
        ..Timeline::default()
    }
}

/// Dates of every precision, BCE, approximate, ongoing, and text every format must escape.
const EVERY_KIND: &str = r#"title: "Every kind, \"quoted\""
as_of: 2025-09-22
eras: [{title: "Era, one", start: ~2019-Q3, end: ongoing}]
events:
- {id: q, date: 2019-Q3, end: 2020-WI, title: "Quarter, to a winter", tags: [a b]}
- {id: s, date: ~2019-SU, title: Season, lane: "lane; one"}
- {id: d, date: 1990s, end: ongoing, title: "=1+1", status: planned}
- {id: c, date: 5th century BCE, title: "@c", quote: "x \"y\",\nz — ü"}
- {id: b, date: -0043-03-15, end: ~44 BCE, title: "-b", description: "<b>&</b>\n\"q\""}
- {id: r, date: 2019, title: R, review: rejected}
"#;

/// The bundled timelines and [`EVERY_KIND`].
fn samples() -> Vec<(String, Timeline)> {
    let mut all: Vec<_> = bundled()
        .iter()
        .map(|path| (path.display().to_string(), load(path)))
        .collect();
    all.push((
        "EVERY_KIND".into(),
        timeline::load("t", EVERY_KIND.as_bytes()).unwrap(),
    ));
    all
}

#[test]
fn csv_round_trips_what_it_holds() {
    for (path, t) in samples() {
        let back = csv::read(std::str::from_utf8(&csv::write(&t).bytes).unwrap(), "T").unwrap();
        assert_eq!(back, csv_holds(&t), "{path}");
    }
}

#[test]
fn timelinejs_round_trips_what_it_holds() {
    for (path, t) in samples() {
        let json = timelinejs::write(&t).bytes;
        let back = timelinejs::read(std::str::from_utf8(&json).unwrap(), "unused").unwrap();
        assert_eq!(back, timelinejs_holds(&t), "{path}");
    }
}

fn temp_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

const TALKS: &str = "title: Talks\neras:\n- {title: Term, start: 2017, end: 2021}\nevents:\n- {id: a, date: 2019-02-27, title: Hanoi, tags: [summit]}\n- {id: b, date: 2026-10, title: Visit, status: planned}\n";

#[test]
fn export_says_what_each_format_leaves_out() {
    let dir = temp_with(&[("t.yaml", TALKS)]);
    let stderr = |format: &str| {
        let run = run_in(dir.path(), &["export", "t.yaml", "--format", format], b"");
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stderr
    };
    assert_eq!(stderr("csv"), "csv leaves out 1 title and 1 era\n");
    assert_eq!(
        stderr("timelinejs"),
        "timelinejs leaves out 1 status and 1 tag\n"
    );
    assert_eq!(
        stderr("markwhen"),
        "markwhen leaves out 1 era and 1 status\n"
    );
    assert_eq!(
        stderr("ics"),
        "ics leaves out 1 era and 1 event that is not planned\n"
    );
    assert_eq!(stderr("json"), "");
}

#[test]
fn export_writes_the_file_and_refuses_bad_input() {
    let dir = temp_with(&[("t.yaml", TALKS), ("bad.yaml", "title: T\nevents: 3\n")]);
    let run = run_in(
        dir.path(),
        &["export", "t.yaml", "--format", "json", "-o", "t.json"],
        b"",
    );
    assert_eq!((run.code, run.stdout.as_str()), (0, ""));
    let json: Value =
        serde_json::from_slice(&fs::read(dir.path().join("t.json")).unwrap()).unwrap();
    assert_eq!(json["events"][1]["status"], "planned");
    let run = run_in(dir.path(), &["export", "bad.yaml", "--format", "csv"], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert_eq!(run.stdout, "");
}

#[test]
fn import_writes_a_timeline_that_loads_and_never_replaces_a_file() {
    let dir = temp_with(&[
        (
            "talks-2019.csv",
            "date,title,lane\n2019-02-27,Hanoi,diplomacy\n",
        ),
        (SCHEMA, "{}"),
    ]);
    let import = || {
        let args = ["import", "talks-2019.csv", "--from", "csv"];
        run_in(
            dir.path(),
            &[&args[..], &["-o", "data/talks.yaml"]].concat(),
            b"",
        )
    };
    let run = import();
    assert_eq!(
        run,
        Run {
            code: 0,
            stdout: String::new(),
            stderr: String::new()
        }
    );
    let text = fs::read_to_string(dir.path().join("data/talks.yaml")).unwrap();
    assert_eq!(
        text,
        "# yaml-language-server: $schema=schema/timeline-v1.json\n\
         # Imported by `timeliner import` from talks-2019.csv (csv); edit freely.\n\
         title: talks 2019\nevents:\n- id: hanoi\n  date: 2019-02-27\n  title: Hanoi\n  lane: diplomacy\n"
    );
    let again = import();
    assert_eq!(again.code, 2);
    assert_eq!(
        again.stderr,
        "error: the file exists; import never replaces one\n --> data/talks.yaml\n  = help: choose a new name, or move the old file away first\n\n"
    );
}

#[test]
fn import_errors_are_located() {
    let dir = temp_with(&[
        ("bad.csv", "date,title\n2019-13,Hanoi\n"),
        (
            "bad.json",
            "{\"events\": [\n  {\"start_date\": {\"year\": \"x\"}}]}",
        ),
        ("dup.csv", "id,date,title\na,2019,A\na,2020,B\n"),
    ]);
    let run = run_in(dir.path(), &["import", "bad.csv", "--from", "csv"], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: `2019-13` is not a date;")
            && run.stderr.contains(" --> bad.csv:2:1\n"),
        "{}",
        run.stderr
    );
    let run = run_in(
        dir.path(),
        &["import", "bad.json", "--from", "timelinejs"],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: `x` is not a number\n --> bad.json:2:"),
        "{}",
        run.stderr
    );
    let run = run_in(dir.path(), &["import", "dup.csv", "--from", "csv"], b"");
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: event `a`, field `id`: event #1 already has this id\n --> dup.csv\n  = help: give each event its own id\n\n"
    );
    let run = run_in(
        dir.path(),
        &["import", "-", "--from", "csv"],
        &[0xff, b'\n'],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: the file is not UTF-8: invalid byte at offset 0\n --> <stdin>\n  = help: save the file as UTF-8 text\n\n"
        )
    );
}

#[test]
fn export_and_import_refuse_what_they_cannot_do() {
    let dir = temp_with(&[("t.yaml", TALKS)]);
    let run = run_in(
        dir.path(),
        &[
            "export",
            "t.yaml",
            "--format",
            "ics",
            "-o",
            "no/such/dir/t.ics",
        ],
        b"",
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: cannot write: no such file or directory\n --> no/such/dir/t.ics\n\n"
        )
    );
    let big = fs::File::create(dir.path().join("big.csv")).unwrap();
    big.set_len(16 * 1024 * 1024 + 1).unwrap();
    let run = run_in(dir.path(), &["import", "big.csv", "--from", "csv"], b"");
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (2, "error: the file is larger than 16 MiB\n --> big.csv\n\n")
    );
}
