//! `timeliner digest`: a story's days and sentences from a small corpus made here (a bridge
//! that collapses, an inquiry, a reopening, told and retold by articles of later days), the
//! update of an edited timeline, and the error messages.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Run, run_in};

/// A fresh directory for one test.
fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("digest-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn digest(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["digest"];
    all.extend_from_slice(args);
    run_in(dir, &all, b"")
}

/// One JSON line: an article published on `date`.
fn article(id: &str, date: &str, sentences: &[&str]) -> String {
    serde_json::json!({"id": id, "date": date, "text": sentences.join("\n")}).to_string() + "\n"
}

const FILLER: &[&str] = &[
    "Traffic was sent through the tunnel for the rest of the week.",
    "Shops near the river said business had slowed.",
    "The city council meets every month in the old town hall.",
];

/// The bridge story: the collapse on Tuesday 2 March 2021 is told by nearly every later
/// article, the inquiry of 9 March by several, the reopening of 20 March by two; one article
/// names an unrelated Friday once.
fn corpus() -> String {
    let mut out = String::new();
    out += &article(
        "a1",
        "2021-03-02",
        &[
            "The Harbor bridge collapsed into the river today, killing three people.",
            "Rescue crews searched the water for hours.",
            FILLER[0],
        ],
    );
    for (i, date) in ["2021-03-03", "2021-03-04", "2021-03-05", "2021-03-08"]
        .iter()
        .enumerate()
    {
        out += &article(
            &format!("b{i}"),
            date,
            &[
                "Engineers blamed rusted cables for the collapse of the Harbor bridge on March 2, which killed three people.",
                FILLER[i % 3],
                "Divers recovered the last of the wreckage from the river.",
            ],
        );
    }
    out += &article(
        "c1",
        "2021-03-09",
        &[
            "An inquiry into the bridge collapse opened today with evidence from the engineers.",
            FILLER[1],
        ],
    );
    for (i, date) in ["2021-03-10", "2021-03-12", "2021-03-15"]
        .iter()
        .enumerate()
    {
        out += &article(
            &format!("d{i}"),
            date,
            &[
                "The inquiry that opened on March 9 heard that the bridge cables had not been inspected since 2015.",
                "The bridge collapsed on March 2, killing three people.",
                FILLER[(i + 2) % 3],
            ],
        );
    }
    out += &article(
        "e1",
        "2021-03-22",
        &[
            "A temporary bridge opened to traffic on March 20, eighteen days after the collapse of March 2.",
            "A concert was held in the park on Friday.",
        ],
    );
    out
}

#[test]
fn the_days_named_most_from_other_days_are_chosen_with_their_sentences() {
    let dir = workdir("days");
    fs::write(dir.join("bridge.jsonl"), corpus()).unwrap();
    let run = digest(&dir, &["bridge.jsonl", "--dates", "2", "--per-date", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(
        "# Digested by `timeliner digest`; edit freely. Re-running digest only appends new\n"
    ));
    let timeline: serde_yaml::Value = serde_yaml::from_str(&run.stdout).unwrap();
    let events = timeline["events"].as_sequence().unwrap();
    let dates: Vec<&str> = events.iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2021-03-02", "2021-03-09"]);
    let collapse = events[0]["description"].as_str().unwrap();
    assert!(collapse.contains("collapse"), "{collapse}");
    let inquiry = events[1]["description"].as_str().unwrap();
    assert!(inquiry.contains("inquiry"), "{inquiry}");
    // Each mention points at the sentence it quotes.
    let corpus = corpus();
    for event in events {
        let mention = &event["mentions"][0];
        let source = mention["source"].as_str().unwrap();
        let id = timeline["sources"]
            .as_sequence()
            .unwrap()
            .iter()
            .find(|s| s["id"].as_str() == Some(source))
            .unwrap()["path"]
            .as_str()
            .unwrap()
            .to_string();
        let line = corpus
            .lines()
            .find(|l| l.contains(&format!("\"id\":\"{id}\"")))
            .unwrap();
        let text: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = text["text"].as_str().unwrap();
        let (start, end) = (
            usize::try_from(mention["start"].as_u64().unwrap()).unwrap(),
            usize::try_from(mention["end"].as_u64().unwrap()).unwrap(),
        );
        assert_eq!(&text[start..end], event["description"].as_str().unwrap());
    }
}

#[test]
fn sentences_do_not_repeat_and_keep_to_the_story() {
    let dir = workdir("sentences");
    fs::write(dir.join("bridge.jsonl"), corpus()).unwrap();
    let run = digest(
        &dir,
        &[
            "bridge.jsonl",
            "--dates",
            "1",
            "--per-date",
            "3",
            "--about",
            "cables",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let timeline: serde_yaml::Value = serde_yaml::from_str(&run.stdout).unwrap();
    let description = timeline["events"][0]["description"].as_str().unwrap();
    // The four copies of the engineers' sentence are told once, and only sentences on the
    // cables are chosen while there are any.
    assert_eq!(
        description.matches("Engineers blamed").count(),
        1,
        "{description}"
    );
    assert!(!description.contains("Divers"), "{description}");
}

#[test]
fn without_dates_the_story_decides_and_from_to_bound_the_days() {
    let dir = workdir("bounds");
    fs::write(dir.join("bridge.jsonl"), corpus()).unwrap();
    let run = digest(&dir, &["bridge.jsonl", "--from", "2021-03-05"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let timeline: serde_yaml::Value = serde_yaml::from_str(&run.stdout).unwrap();
    let dates: Vec<&str> = timeline["events"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert!(dates.contains(&"2021-03-09"), "{dates:?}");
    assert!(dates.iter().all(|d| *d >= "2021-03-05"), "{dates:?}");
}

#[test]
fn a_folder_of_text_files_is_a_corpus() {
    let dir = workdir("folder");
    fs::create_dir(dir.join("news")).unwrap();
    for (i, line) in corpus().lines().enumerate() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = format!(
            "date: {}\n\n{}",
            doc["date"].as_str().unwrap(),
            doc["text"].as_str().unwrap()
        );
        fs::write(dir.join(format!("news/{i:02}.txt")), text).unwrap();
    }
    let run = digest(&dir, &["news", "--dates", "1", "--per-date", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("date: 2021-03-02"), "{}", run.stdout);
    assert!(run.stdout.contains("path: news/"), "{}", run.stdout);
}

#[test]
fn into_an_edited_file_only_new_days_are_added() {
    let dir = workdir("update");
    let corpus = corpus();
    let early: String = corpus.lines().take(5).map(|l| format!("{l}\n")).collect();
    fs::write(dir.join("early.jsonl"), early).unwrap();
    fs::write(dir.join("all.jsonl"), &corpus).unwrap();
    let run = digest(&dir, &["early.jsonl", "--dates", "1", "-o", "story.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "story.yaml: created with 1 day\n");
    // An editor retitles the day and comments on it.
    let file = fs::read_to_string(dir.join("story.yaml")).unwrap();
    let events = file.find("\nevents:\n").unwrap();
    let title = events + file[events..].find("\n  title: ").unwrap() + 1;
    let title_end = title + file[title..].find('\n').unwrap();
    let edited = format!(
        "{}  title: The bridge falls # checked{}",
        &file[..title],
        &file[title_end..]
    );
    fs::write(dir.join("story.yaml"), &edited).unwrap();

    let run = digest(&dir, &["all.jsonl", "--dates", "2", "-o", "story.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = fs::read_to_string(dir.join("story.yaml")).unwrap();
    // The edit and its comment stay; the new day and its articles are added.
    assert!(
        after.contains("  title: The bridge falls # checked\n"),
        "{after}"
    );
    assert!(
        after.starts_with(&edited[..edited.find("sources:").unwrap()]),
        "{after}"
    );
    assert!(after.contains("date: 2021-03-09"), "{after}");
    assert!(
        run.stderr.starts_with("story.yaml: added 1 new day"),
        "{}",
        run.stderr
    );

    // A rejected day stays out, however often it is digested again.
    let rejected = after.replace(
        "  title: The bridge falls # checked",
        "  title: The bridge falls # checked\n  review: rejected",
    );
    fs::write(dir.join("story.yaml"), &rejected).unwrap();
    let run = digest(&dir, &["all.jsonl", "--dates", "2", "-o", "story.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        fs::read_to_string(dir.join("story.yaml")).unwrap(),
        rejected
    );
    assert_eq!(
        run.stderr,
        "story.yaml: up to date (2 days chosen, all already in the file)\n"
    );
}

#[test]
fn the_same_corpus_gives_the_same_bytes() {
    let dir = workdir("deterministic");
    fs::write(dir.join("bridge.jsonl"), corpus()).unwrap();
    let first = digest(&dir, &["bridge.jsonl"]);
    let second = digest(&dir, &["bridge.jsonl"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(first.stdout, second.stdout);
    // `-o -` is stdout, as for every other command: no file named "-".
    let dashed = digest(&dir, &["bridge.jsonl", "-o", "-"]);
    assert_eq!(dashed.stdout, first.stdout);
    assert!(!dir.join("-").exists());
}

#[test]
fn a_date_across_a_sentence_end_heads_no_entry() {
    let dir = workdir("entry-across-sentences");
    let text =
        "The well blew out. April 22,\n\n2010 - The rig sinks.\n22 April\n\n2010 - Oil spreads.";
    let line = serde_json::json!({"id": "a", "date": "2010-05-01", "text": text}).to_string();
    fs::write(dir.join("story.jsonl"), line + "\n").unwrap();
    let run = digest(&dir, &["story.jsonl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn bad_input_is_an_error_with_exit_status_2() {
    let dir = workdir("errors");
    fs::write(dir.join("empty.jsonl"), "").unwrap();
    fs::write(dir.join("bridge.jsonl"), corpus()).unwrap();
    let run = digest(&dir, &["empty.jsonl"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (2, "error: empty.jsonl: no articles to digest\n")
    );
    let run = digest(&dir, &["bridge.jsonl", "--from", "2021-02-30"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: invalid value '2021-02-30' for '--from <FROM>': "),
        "{}",
        run.stderr
    );
    let run = digest(
        &dir,
        &["bridge.jsonl", "--from", "2021-03-20", "--to", "2021-03-01"],
    );
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: --from 2021-03-20 is after --to 2021-03-01\n  hint: give the earlier day to --from\n"
        )
    );
    let run = digest(&dir, &["bridge.jsonl", "--from", "2030-01-01"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: bridge.jsonl: none of the 10 articles was published on or names a day within the bounds\n  hint: widen --from and --to\n"
        )
    );
    let run = digest(&dir, &["missing.jsonl"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: cannot read missing.jsonl"),
        "{}",
        run.stderr
    );
    // A timeline that `check` rejects is left as it is.
    let broken = "title: T\nevents:\n  - {id: a, date: 2021-02-30, title: A}\n";
    fs::write(dir.join("broken.yaml"), broken).unwrap();
    let run = digest(&dir, &["bridge.jsonl", "-o", "broken.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.ends_with(
            "error: broken.yaml: 1 problem in the timeline; digest never changes a file that `check` rejects\n  \
             hint: fix the file (or digest to a new one with -o)\n"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read_to_string(dir.join("broken.yaml")).unwrap(), broken);
    fs::write(dir.join("bad.jsonl"), format!("{}not json\n", corpus())).unwrap();
    let run = digest(&dir, &["bad.jsonl", "--dates", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            "warning: bad.jsonl:11: invalid JSON at column 2: expected ident; skipped\n"
        ),
        "{}",
        run.stderr
    );
}
