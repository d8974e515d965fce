//! `timeliner extract -o` into a file that holds another article of the same story: an
//! event the new article tells again joins the file's event (its sentences become mentions)
//! as `extract a.txt b.txt` joins them, and the user's edits stay.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn extract(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .current_dir(dir)
        .arg("extract")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
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
    extract(&dir, &["a.txt", "-o", "t.yaml"]);
    let out = extract(&dir, &["b.txt", "-o", "t.yaml"]);
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
    let at_once = extract(&dir, &["a.txt", "b.txt"]);
    let at_once = String::from_utf8(at_once.stdout).unwrap();
    assert_eq!(
        at_once.matches("\n- id: 2013").count(),
        joined.matches("\n- id: 2013").count()
    );

    for (article, events) in [("b.txt", "2 events"), ("a.txt", "1 event")] {
        let again = extract(&dir, &[article, "-o", "t.yaml"]);
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
    extract(&dir, &["a.txt", "-o", "t.yaml"]);
    let out = extract(&dir, &["c.txt", "-o", "t.yaml"]);
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
    extract(&dir, &["a.txt", "-o", "t.yaml"]);
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
    extract(&dir, &["b.txt", "-o", "t.yaml"]);
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
    extract(&dir, &["a.txt", "-o", "t.yaml"]);
    let month = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert!(month.contains("  date: 2013-02\n"), "{month}");

    let hand_set = month.replace(
        "  date: 2013-02\n",
        "  date: 2013-02   # not sure of the day\n",
    );
    fs::write(dir.join("t.yaml"), &hand_set).unwrap();
    extract(&dir, &["b.txt", "-o", "t.yaml"]);
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
    extract(&dir, &["b.txt", "-o", "t.yaml"]);
    let file = fs::read_to_string(dir.join("t.yaml")).unwrap();
    assert_eq!(file.matches("  - source: b\n").count(), 2, "{file}");
    assert!(file.contains("  date: 2013-02\n"), "{file}");
}
