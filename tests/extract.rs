//! `timeliner extract`: exact outputs on small articles, the re-extraction guarantees (edits,
//! comments and formatting kept byte for byte, rejected events never return, stable ids,
//! another article's telling of an event joined to it) and the error messages.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh directory for one test.
fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn extract(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .current_dir(dir)
        .arg("extract")
        .args(args)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

const HANOI: &str = "date: 2025-09-22\nTalks broke down in Hanoi in 2019 over disagreements on nuclear concessions. \
Kim visited Moscow in 2023, according to state media.\n";

const HANOI_YAML: &str = "\
# Extracted by `timeliner extract`; edit freely. Re-running extract only appends new
# events: your edits and comments stay. To drop an event for good, set `review: rejected`
# (a deleted event comes back on the next extraction); `review: confirmed` marks it checked.
version: 1
title: Hanoi
as_of: 2025-09-22
sources:
- id: hanoi
  title: Hanoi
  path: hanoi.txt
  published: 2025-09-22
events:
- id: 2019-talks-broke-down-in-hanoi
  date: '2019'
  title: Talks broke down in Hanoi
  source: hanoi
  quote: Talks broke down in Hanoi in 2019 over disagreements on nuclear concessions.
  mentions:
  - source: hanoi
    start: 17
    end: 93
    confidence: 0.8
- id: 2023-kim-visited-moscow
  date: '2023'
  title: Kim visited Moscow
  status: reported
  source: hanoi
  quote: Kim visited Moscow in 2023, according to state media.
  mentions:
  - source: hanoi
    start: 94
    end: 147
    confidence: 0.8
";

#[test]
fn extracts_a_new_timeline_with_provenance() {
    let dir = workdir("new_timeline");
    fs::write(dir.join("hanoi.txt"), HANOI).unwrap();
    let out = extract(&dir, &["hanoi.txt", "-o", "hanoi.yaml"]);
    assert_eq!(stderr(&out), "hanoi.yaml: created with 2 events\n");
    assert!(out.status.success());
    assert_eq!(
        fs::read_to_string(dir.join("hanoi.yaml")).unwrap(),
        HANOI_YAML
    );
    // Without -o the same timeline goes to stdout, and ids do not change from run to run.
    let printed = extract(&dir, &["hanoi.txt"]);
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), HANOI_YAML);
    // `-o -` is stdout too, as for every other command: no file named "-".
    let printed = extract(&dir, &["hanoi.txt", "-o", "-"]);
    assert_eq!(stderr(&printed), "");
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), HANOI_YAML);
    assert!(!dir.join("-").exists());
}

#[test]
fn re_extraction_keeps_edits_and_never_brings_back_rejected_events() {
    let dir = workdir("re_extraction");
    fs::write(dir.join("hanoi.txt"), HANOI).unwrap();
    assert!(
        extract(&dir, &["hanoi.txt", "-o", "t.yaml"])
            .status
            .success()
    );
    // A person edits: a comment, a new title, odd spacing, and rejects the second event.
    let edited = fs::read_to_string(dir.join("t.yaml"))
        .unwrap()
        .replace(
            "title: Talks broke down in Hanoi",
            "title:   Hanoi summit collapses   # my words",
        )
        .replace(
            "  status: reported\n",
            "  status: reported\n  review: rejected\n",
        )
        .replace("events:\n", "# checked against the wire copy\nevents:\n");
    fs::write(dir.join("t.yaml"), &edited).unwrap();

    let again = extract(&dir, &["hanoi.txt", "-o", "t.yaml"]);
    assert_eq!(
        stderr(&again),
        "t.yaml: up to date (2 events extracted, all already in the file)\n"
    );
    assert_eq!(fs::read_to_string(dir.join("t.yaml")).unwrap(), edited);

    // A second article: only its new event is appended; every byte before it is as it was.
    fs::write(
        dir.join("later.txt"),
        "Kim visited Moscow in 2023. Putin visited Pyongyang in 2024.\n",
    )
    .unwrap();
    let out = extract(
        &dir,
        &[
            "hanoi.txt",
            "later.txt",
            "--reference-date",
            "2025-09-22",
            "-o",
            "t.yaml",
        ],
    );
    assert_eq!(
        stderr(&out),
        "t.yaml: added 1 new event and 1 new source (1 extracted event joined to events in the file, 1 already in it)\n"
    );
    let updated = fs::read_to_string(dir.join("t.yaml")).unwrap();
    let sources_end = edited.find("# checked against").unwrap();
    assert_eq!(&updated[..sources_end], &edited[..sources_end]);
    assert!(updated.contains(&edited[sources_end..]), "{updated}");
    // "Kim visited Moscow in 2023" in the new article is the rejected event: it stays out,
    // the new article's sentence listed among its mentions.
    assert_eq!(updated.matches("2023-kim-visited-moscow").count(), 1);
    assert_eq!(updated.matches("\n  review: rejected\n").count(), 1);
    assert!(
        updated.contains("- id: 2024-putin-visited-pyongyang\n"),
        "{updated}"
    );
    assert!(
        updated.contains("- id: later\n  title: Later\n  path: later.txt\n"),
        "{updated}"
    );
}

#[test]
fn dry_run_shows_the_addition_and_writes_nothing() {
    let dir = workdir("dry_run");
    fs::write(dir.join("hanoi.txt"), HANOI).unwrap();
    fs::write(
        dir.join("t.yaml"),
        "title: Mine   # hand-made\nevents: []\n",
    )
    .unwrap();
    let out = extract(&dir, &["hanoi.txt", "-o", "t.yaml", "--dry-run"]);
    assert_eq!(
        stderr(&out),
        "t.yaml: would add 2 new events and 1 new source (0 extracted events already in the file)\n"
    );
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.starts_with("sources:\n  - id: hanoi\n"), "{shown}");
    assert!(
        shown.contains("\nevents:\n  - id: 2019-talks-broke-down-in-hanoi\n"),
        "{shown}"
    );
    assert_eq!(
        fs::read_to_string(dir.join("t.yaml")).unwrap(),
        "title: Mine   # hand-made\nevents: []\n"
    );
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "no temporary file left: {leftovers:?}");
}

#[test]
fn timeml_marks_expressions_events_and_links() {
    let dir = workdir("timeml");
    fs::write(
        dir.join("a.txt"),
        "Talks broke down in Hanoi in 2019 and resumed at AT&T.",
    )
    .unwrap();
    let out = extract(
        &dir,
        &[
            "a.txt",
            "--reference-date",
            "2025-09-22",
            "--format",
            "timeml",
        ],
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "<EVENT eid=\"e1\" class=\"OCCURRENCE\">Talks</EVENT> <EVENT eid=\"e2\" class=\"OCCURRENCE\">broke</EVENT> down in Hanoi in \
         <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2019\">2019</TIMEX3> and <EVENT eid=\"e3\" class=\"OCCURRENCE\">resumed</EVENT> at AT&amp;T.\n\
         <TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventID=\"e2\" relatedToTime=\"t1\"/>\n"
    );
}

#[test]
fn a_narrative_needs_no_reference_date_and_keeps_its_years_before_the_era() {
    let dir = workdir("narrative");
    fs::write(
        dir.join("punic.txt"),
        "The wars.\n\nIn 264 BC Rome attacked Messana. Two years later, Rome besieged Agrigentum.\n",
    )
    .unwrap();
    let out = extract(&dir, &["punic.txt", "--doc-type", "narrative"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("date: 264 BCE"), "{printed}");
    assert!(printed.contains("date: 262 BCE"), "{printed}");
    assert!(!printed.contains("published"), "{printed}");
}

#[test]
fn errors_say_where_and_what_to_do() {
    let dir = workdir("errors");
    fs::write(dir.join("undated.txt"), "Talks broke down in 2019.").unwrap();
    let out = extract(&dir, &["undated.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: undated.txt: no reference date: the article has no `date:` front matter or dateline with a year\n  \
         hint: pass --reference-date YYYY-MM-DD (the day the article was published)\n"
    );

    fs::write(dir.join("broken.yaml"), "title: T\nevents:\n  - id: [\n").unwrap();
    let out = extract(
        &dir,
        &[
            "undated.txt",
            "--reference-date",
            "2025-09-22",
            "-o",
            "broken.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: did not find expected node content, while parsing a flow node\n \
         --> broken.yaml:4:1\n  |\n4 |\n  | ^\n\n\
         error: broken.yaml: 1 problem in the timeline; extract never changes a file that `check` rejects\n  \
         hint: fix the file (or extract to a new one with -o)\n"
    );
    assert_eq!(
        fs::read_to_string(dir.join("broken.yaml")).unwrap(),
        "title: T\nevents:\n  - id: [\n"
    );

    fs::write(
        dir.join("flow.yaml"),
        "title: T\nevents: [{id: a, date: 2020, title: A}]\n",
    )
    .unwrap();
    let out = extract(
        &dir,
        &[
            "undated.txt",
            "--reference-date",
            "2025-09-22",
            "-o",
            "flow.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: flow.yaml: line 2: `events:` is a flow list ([...]); write it as a block list (one `- ` entry per line) so that new entries can be appended\n"
    );
}

#[test]
fn other_messages_are_pinned() {
    let dir = workdir("other_messages");
    fs::write(
        dir.join("seoul.txt"),
        "SEOUL, Sept. 22 (Reuters) - Talks broke down in Hanoi in 2019.\n",
    )
    .unwrap();
    let out = extract(&dir, &["seoul.txt", "-o", "new.yaml", "--dry-run"]);
    assert_eq!(
        stderr(&out),
        "warning: seoul.txt: reference date 2019-09-22 read from a dateline without a year (the year is a guess); pass --reference-date to be sure\n\
         new.yaml: would be created with 1 event\n",
        "the dateline dates the article, not an event"
    );
    assert!(!dir.join("new.yaml").exists());

    let out = extract(&dir, &["missing.txt", "--reference-date", "2025-09-22"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: cannot read missing.txt: No such file or directory (os error 2)\n"
    );

    let out = extract(&dir, &["seoul.txt", "-o", "no/such/dir/t.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .ends_with("error: cannot write no/such/dir/t.yaml: no such file or directory\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_file_check_rejects_is_not_extended() {
    let dir = workdir("rejected_file");
    fs::write(
        dir.join("a.txt"),
        "date: 2025-09-22\nTalks broke down in 2019.\n",
    )
    .unwrap();
    let file = "title: T\nevents:\n  - id: a\n    date: 2020\n    title: A\n  - id: a\n    date: 2021\n    end: 2020\n    title: B\n";
    fs::write(dir.join("t.yaml"), file).unwrap();
    let out = extract(&dir, &["a.txt", "-o", "t.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: event `a`, field `id`: event #1 already has this id\n \
         --> t.yaml:6:9\n  |\n6 |   - id: a\n  |         ^\n  = help: give each event its own id\n\n\
         error: event `a`, field `end`: 2020 is before the start, 2021\n \
         --> t.yaml:8:10\n  |\n8 |     end: 2020\n  |          ^^^^\n  \
         = help: `end` is the last date the event covers; are `date` and `end` swapped?\n\n\
         error: t.yaml: 2 problems in the timeline; extract never changes a file that `check` rejects\n  \
         hint: fix the file (or extract to a new one with -o)\n"
    );
    assert_eq!(fs::read_to_string(dir.join("t.yaml")).unwrap(), file);
    assert_eq!(
        fs::read_dir(&dir).unwrap().count(),
        2,
        "no temporary file left"
    );
}

#[test]
fn front_matter_then_a_blank_line_and_byte_order_marks() {
    let dir = workdir("front_matter_blank");
    let article = "date: 2025-09-22\n\nTalks broke down in Hanoi in 2019.\n";
    fs::write(dir.join("a.txt"), article).unwrap();
    fs::write(dir.join("bom.txt"), format!("\u{feff}{article}")).unwrap();
    let out = extract(&dir, &["a.txt", "-o", "t.yaml"]);
    assert_eq!(stderr(&out), "t.yaml: created with 1 event\n");
    let out = extract(&dir, &["bom.txt", "--dry-run"]);
    assert_eq!((out.status.code(), stderr(&out).as_str()), (Some(0), ""));
    // A timeline saved with a byte-order mark (and CRLF) is extended, mark kept.
    let crlf = fs::read_to_string(dir.join("t.yaml"))
        .unwrap()
        .replace('\n', "\r\n");
    fs::write(dir.join("t.yaml"), format!("\u{feff}{crlf}")).unwrap();
    let out = extract(&dir, &["bom.txt", "-o", "t.yaml"]);
    assert_eq!(
        stderr(&out),
        "t.yaml: added 0 new events and 1 new source (1 extracted event joined to events in the file, 0 already in it)\n"
    );
    let text = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert!(text.starts_with("\u{feff}# Extracted"), "{text}");
    assert!(!text.replace("\r\n", "").contains('\n'), "{text}");
    assert!(text.contains("\r\n  - source: bom\r\n"), "{text}");
}

#[cfg(unix)]
#[test]
fn an_endless_article_is_refused_at_the_limit() {
    let dir = workdir("endless");
    for command in ["extract", "tag"] {
        let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
            .current_dir(&dir)
            .args([command, "/dev/zero", "--reference-date", "2025-09-22"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            "error: /dev/zero: the article is larger than 64 MiB, the most timeliner reads from one article\n  \
             hint: split it into several articles\n"
        );
    }
}

#[test]
fn an_event_renamed_and_redated_by_hand_does_not_come_back() {
    let dir = workdir("renamed");
    fs::write(dir.join("hanoi.txt"), HANOI).unwrap();
    assert!(
        extract(&dir, &["hanoi.txt", "-o", "t.yaml"])
            .status
            .success()
    );
    let edited = fs::read_to_string(dir.join("t.yaml")).unwrap().replace(
        "- id: 2019-talks-broke-down-in-hanoi\n  date: '2019'",
        "- id: hanoi-collapse\n  date: 2019-02-28",
    );
    assert!(edited.contains("hanoi-collapse"));
    fs::write(dir.join("t.yaml"), &edited).unwrap();
    let out = extract(&dir, &["hanoi.txt", "-o", "t.yaml"]);
    assert_eq!(
        stderr(&out),
        "t.yaml: up to date (2 events extracted, all already in the file)\n"
    );
    assert_eq!(fs::read_to_string(dir.join("t.yaml")).unwrap(), edited);
}

// Into a file that holds another article of the same story: an event the new article tells
// again joins the file's event (its sentences become mentions) as `extract a.txt b.txt`
// joins them, and the user's edits stay.

fn extract_ok(dir: &Path, args: &[&str]) -> Output {
    let out = extract(dir, args);
    assert!(out.status.success(), "{}", stderr(&out));
    out
}

/// Invented articles: the first and second tell the seizure of one airport; the third
/// another airport's on the same day.
const FIRST: &str = "date: 2013-02-13\n\nRebel fighters seized the Goma airport on Tuesday. \
The United Nations condemned the attack.\n";
const SECOND: &str = "date: 2013-02-14\n\nRebels seized the airport in Goma on Tuesday, \
witnesses said. Aid groups left the city on Wednesday.\n";
const OTHER: &str = "date: 2013-02-13\n\nRebels seized the airport in Kigali on Tuesday.\n";

fn story(name: &str) -> PathBuf {
    let dir = workdir(name);
    for (file, text) in [("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", OTHER)] {
        fs::write(dir.join(file), text).unwrap();
    }
    dir
}

const SEIZED: &str = "- id: 2013-02-12-rebel-fighters-seized-goma-airport\n";

#[test]
fn an_article_of_the_same_story_joins_the_files_event_and_a_rerun_adds_nothing() {
    let dir = story("join_same_story");
    extract_ok(&dir, &["a.txt", "-o", "t.yaml"]);
    let out = extract_ok(&dir, &["b.txt", "-o", "t.yaml"]);
    assert_eq!(
        stderr(&out),
        "t.yaml: added 1 new event and 1 new source (1 extracted event joined to events in the file, 0 already in it)\n"
    );
    let joined = fs::read_to_string(dir.join("t.yaml")).unwrap();
    // One event of the seizure, with its id and title, told by both articles.
    assert_eq!(joined.matches("seized").count(), 4, "{joined}");
    assert!(
        joined.contains(&format!(
            "{SEIZED}  date: 2013-02-12\n  title: Rebel fighters seized the Goma airport\n  source: a\n  \
             quote: Rebel fighters seized the Goma airport on Tuesday.\n  mentions:\n  \
             - source: a\n    start: 18\n    end: 68\n    confidence: 0.8\n  \
             - source: b\n    start: 18\n    end: 79\n    confidence: 0.6\n    \
             quote: Rebels seized the airport in Goma on Tuesday, witnesses said.\n- id: "
        )),
        "{joined}"
    );
    // Extracted at once, the articles give as many events.
    let at_once = extract_ok(&dir, &["a.txt", "b.txt"]);
    let at_once = String::from_utf8(at_once.stdout).unwrap();
    assert_eq!(
        at_once.matches("\n- id: 2013").count(),
        joined.matches("\n- id: 2013").count()
    );

    for (article, events) in [("b.txt", "2 events"), ("a.txt", "1 event")] {
        let again = extract_ok(&dir, &[article, "-o", "t.yaml"]);
        assert_eq!(
            stderr(&again),
            format!("t.yaml: up to date ({events} extracted, all already in the file)\n")
        );
        assert_eq!(fs::read_to_string(dir.join("t.yaml")).unwrap(), joined);
    }
}

#[test]
fn another_happening_of_the_same_day_is_an_event_of_its_own() {
    let dir = story("join_other_happening");
    extract_ok(&dir, &["a.txt", "-o", "t.yaml"]);
    let out = extract_ok(&dir, &["c.txt", "-o", "t.yaml"]);
    assert_eq!(
        stderr(&out),
        "t.yaml: added 1 new event and 1 new source (0 extracted events already in the file)\n"
    );
    let file = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert!(
        file.contains("- id: 2013-02-12-rebels-seized-airport-in-kigali\n"),
        "{file}"
    );
    assert_eq!(file.matches("  - source: c\n").count(), 1, "{file}");
    assert_eq!(file.matches("  - source: a\n").count(), 1, "{file}");
}

#[test]
fn a_joined_event_keeps_what_the_user_wrote() {
    let dir = story("join_keeps_edits");
    extract_ok(&dir, &["a.txt", "-o", "t.yaml"]);
    // The title (in words that still tell the deed) and the status changed by hand, a
    // comment, and the mentions before another key.
    let edited = fs::read_to_string(dir.join("t.yaml"))
        .unwrap()
        .replace(
            "  title: Rebel fighters seized the Goma airport\n",
            "  title: M23 rebels seized the Goma airport   # my words\n  status: planned\n",
        )
        .replace(SEIZED, &format!("# checked\n{SEIZED}"))
        .replacen(
            "    confidence: 0.8\n",
            "    confidence: 0.8\n  lane: war\n",
            1,
        );
    fs::write(dir.join("t.yaml"), &edited).unwrap();
    extract_ok(&dir, &["b.txt", "-o", "t.yaml"]);
    let file = fs::read_to_string(dir.join("t.yaml")).unwrap();
    let (head, _) = edited.split_once("  lane: war\n").unwrap();
    let (_, entry) = head.split_once("events:\n").unwrap();
    assert!(file.contains(entry), "{file}");
    assert!(
        file.contains(
            "    quote: Rebels seized the airport in Goma on Tuesday, witnesses said.\n  lane: war\n"
        ),
        "{file}"
    );
    assert_eq!(file.matches("Goma").count(), 3, "{file}");
}

#[test]
fn a_day_of_the_month_dates_the_extractors_month_but_not_a_hand_set_date() {
    let dir = workdir("join_day_of_month");
    fs::write(
        dir.join("a.txt"),
        "date: 2013-03-20\n\nIn February, rebel fighters of the M23 seized the Goma airport.\n",
    )
    .unwrap();
    fs::write(dir.join("b.txt"), SECOND).unwrap();
    extract_ok(&dir, &["a.txt", "-o", "t.yaml"]);
    let month = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert!(month.contains("  date: 2013-02\n"), "{month}");

    let hand_set = month.replace(
        "  date: 2013-02\n",
        "  date: 2013-02   # not sure of the day\n",
    );
    fs::write(dir.join("t.yaml"), &hand_set).unwrap();
    extract_ok(&dir, &["b.txt", "-o", "t.yaml"]);
    let file = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert!(
        file.contains("  date: 2013-02-12   # not sure of the day\n"),
        "{file}"
    );
    // Once its title is the user's, so is its date: the day goes to the mentions only.
    let mine = month.replace(
        "title: Rebel fighters of the M23 seized",
        "title: M23 rebels seized",
    );
    fs::write(dir.join("t.yaml"), &mine).unwrap();
    extract_ok(&dir, &["b.txt", "-o", "t.yaml"]);
    let file = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert_eq!(file.matches("  - source: b\n").count(), 2, "{file}");
    assert!(file.contains("  date: 2013-02\n"), "{file}");
}

#[test]
fn a_planned_event_told_as_happened_by_a_later_article_is_marked_happened() {
    let dir = workdir("join_planned_happened");
    fs::write(
        dir.join("a.txt"),
        "date: 2019-02-20\n\nKim Jong Un and Donald Trump will meet in Hanoi on Feb. 27.\n",
    )
    .unwrap();
    fs::write(
        dir.join("b.txt"),
        "date: 2019-03-01\n\nKim Jong Un and Donald Trump met in Hanoi on Feb. 27.\n",
    )
    .unwrap();
    extract_ok(&dir, &["a.txt", "-o", "t.yaml"]);
    let planned = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert!(planned.contains("  status: planned\n"), "{planned}");
    let out = extract_ok(&dir, &["b.txt", "-o", "t.yaml"]);
    assert_eq!(
        stderr(&out),
        "t.yaml: added 0 new events and 1 new source (1 extracted event joined to events in the file, 1 event of the file now marked happened, 0 already in it)\n"
    );
    let file = fs::read_to_string(dir.join("t.yaml")).unwrap();
    // Its id and date stay; its status and title are those of the article that saw it.
    let (_, entry) = planned.split_once("events:\n").unwrap();
    let (entry, _) = entry.split_once("  source: a\n").unwrap();
    let happened = entry
        .replace("  status: planned\n", "  status: happened\n")
        .replace(
            "title: Kim Jong Un and Donald Trump will meet in Hanoi",
            "title: Kim Jong Un and Donald Trump met in Hanoi",
        );
    assert_ne!(entry, happened);
    assert!(file.contains(&happened), "{file}");
    assert!(
        file.contains("id: 2019-02-27-kim-jong-un-and-donald\n"),
        "{file}"
    );
    // A status a person confirmed stays.
    let confirmed = planned.replace(
        "  status: planned\n",
        "  status: planned\n  review: confirmed\n",
    );
    fs::write(dir.join("t.yaml"), &confirmed).unwrap();
    let out = extract_ok(&dir, &["b.txt", "-o", "t.yaml"]);
    assert_eq!(
        stderr(&out),
        "t.yaml: added 0 new events and 1 new source (1 extracted event joined to events in the file, 0 already in it)\n"
    );
    let file = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert!(
        file.contains("  status: planned\n  review: confirmed\n"),
        "{file}"
    );
}

#[test]
fn an_article_extracted_again_against_another_reference_date_is_named() {
    let dir = workdir("redated");
    fs::write(
        dir.join("seoul.txt"),
        "SEOUL, Sept. 22 (Reuters) - Talks broke down in Hanoi in 2019. Kim will visit Moscow next week.\n",
    )
    .unwrap();
    extract_ok(&dir, &["seoul.txt", "-o", "t.yaml"]);
    let before = fs::read_to_string(dir.join("t.yaml")).unwrap();
    let out = extract(
        &dir,
        &[
            "seoul.txt",
            "-o",
            "t.yaml",
            "--reference-date",
            "2020-09-22",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        "warning: t.yaml: seoul.txt was extracted against the reference date 2019-09-22, not 2020-09-22; its events in the file keep their dates (to date them again, delete its source and events from the file and extract it again)\n\
         t.yaml: up to date (2 events extracted, all already in the file)\n"
    );
    assert_eq!(fs::read_to_string(dir.join("t.yaml")).unwrap(), before);
    // The same date again, from the file or the flag: nothing to say.
    let out = extract(
        &dir,
        &[
            "seoul.txt",
            "-o",
            "t.yaml",
            "--reference-date",
            "2019-09-22",
        ],
    );
    assert_eq!(
        stderr(&out),
        "t.yaml: up to date (2 events extracted, all already in the file)\n"
    );
}
