//! `timeliner extract --batch` and `timeliner merge`: one output line per document in input
//! order whatever the jobs, error records in place of bad lines with their messages, gzip and
//! folders of articles, and the reduce step into one timeline.

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::GzEncoder;

use common::run_in;

fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

const CORPUS: &str = r#"{"id": "hanoi", "date": "2025-09-22", "text": "Talks broke down in Hanoi in 2019 over nuclear concessions.", "lang": "en"}
{"id": "moscow", "text": "date: 2025-09-23\nKim visited Moscow in 2023, according to state media."}

not json
{"id": "x", "text": "It rained on Monday."}
{"id": "y", "text": "It rained.", "date": "2001-02-30"}
{"id": "z", "date": "2025-09-24", "text": "Talks broke down in Hanoi in 2019, officials said."}
"#;

#[test]
fn each_document_is_a_line_in_input_order_and_a_bad_line_an_error_record() {
    let dir = workdir("batch-lines");
    let out = run_in(&dir, &["extract", "--batch"], CORPUS.as_bytes());
    assert_eq!(out.code, 2);
    let lines: Vec<String> = out.stdout.lines().map(String::from).collect();
    assert_eq!(lines.len(), 6);
    assert!(
        lines[0].starts_with(r#"{"id":"hanoi","lang":"en","reference_date":"2025-09-22","events":[{"id":"2019-talks-broke-down-in-hanoi","date":"2019","#),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with(r#"{"id":"moscow","reference_date":"2025-09-23","events":[{"#));
    assert_eq!(
        lines[2],
        r#"{"line":4,"error":"invalid JSON at column 2: expected ident"}"#
    );
    assert_eq!(
        lines[3],
        r#"{"line":5,"id":"x","error":"no reference date: no `reference_date` or `date` key, and no front matter or dateline with a year in the text (pass --reference-date YYYY-MM-DD, or give the document \"doc_type\": \"narrative\")"}"#
    );
    assert_eq!(
        lines[4],
        r#"{"line":6,"id":"y","error":"`date` \"2001-02-30\" is not a date (YYYY-MM-DD)"}"#
    );
    assert_eq!(
        out.stderr.clone(),
        "error: <stdin>:4: invalid JSON at column 2: expected ident\n\
         error: <stdin>:5 (id x): no reference date: no `reference_date` or `date` key, and no front matter or dateline with a year in the text (pass --reference-date YYYY-MM-DD, or give the document \"doc_type\": \"narrative\")\n\
         error: <stdin>:6 (id y): `date` \"2001-02-30\" is not a date (YYYY-MM-DD)\n\
         error: 3 of 6 documents failed; each has an error record in its place in the output\n"
    );
}

#[test]
fn the_output_is_the_same_bytes_whatever_the_jobs_and_the_compression() {
    let dir = workdir("batch-jobs");
    let corpus: String = (0..60)
        .map(|i| CORPUS.replace("\"hanoi\"", &format!("\"h{i}\"")))
        .collect();
    fs::write(dir.join("c.jsonl"), &corpus).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(corpus.as_bytes()).unwrap();
    fs::write(dir.join("c.jsonl.gz"), gz.finish().unwrap()).unwrap();
    let one = run_in(
        &dir,
        &["extract", "--batch", "--jobs", "1", "--timexes", "c.jsonl"],
        b"",
    );
    let two = run_in(
        &dir,
        &[
            "extract",
            "--batch",
            "--jobs",
            "2",
            "--timexes",
            "c.jsonl.gz",
        ],
        b"",
    );
    let three = run_in(
        &dir,
        &[
            "extract",
            "--batch",
            "--jobs",
            "3",
            "--timexes",
            "-o",
            "out.jsonl",
            "c.jsonl",
        ],
        b"",
    );
    assert_eq!(one.code, 2);
    assert_eq!(three.code, 2);
    assert_eq!(one.stdout.lines().count(), 360);
    // The error records name their input.
    let gz_named = one.stdout.replace("\"c.jsonl\"", "\"c.jsonl.gz\"");
    assert!(two.stdout == gz_named, "--jobs 2 on gzip differs");
    assert!(
        fs::read_to_string(dir.join("out.jsonl")).unwrap() == one.stdout,
        "-o differs"
    );
    assert!(one.stdout.contains(
        r#""timexes":[{"start":29,"end":33,"text":"2019","type":"DATE","value":"2019","mod":null}]"#
    ));
    assert!(
        one.stderr
            .clone()
            .contains("error: c.jsonl:4: invalid JSON")
    );
}

#[test]
fn a_folder_is_its_txt_articles_in_sorted_order() {
    let dir = workdir("batch-folder");
    fs::create_dir_all(dir.join("news/b")).unwrap();
    fs::write(
        dir.join("news/b/two.txt"),
        "date: 2025-09-23\nKim visited Moscow in 2023.\n",
    )
    .unwrap();
    fs::write(
        dir.join("news/a.txt"),
        "date: 2025-09-22\nTalks broke down in Hanoi in 2019.\n",
    )
    .unwrap();
    fs::write(dir.join("news/bad.txt"), b"caf\xe9 in 2019").unwrap();
    fs::write(dir.join("news/notes.md"), "not an article").unwrap();
    let out = run_in(&dir, &["extract", "--batch", "news"], b"");
    let ids: Vec<String> = out
        .stdout
        .clone()
        .lines()
        .map(|l| l.split('"').nth(3).unwrap().to_string())
        .collect();
    assert_eq!(ids, ["news/a.txt", "news/b/two.txt", "news/bad.txt"]);
    assert_eq!(
        out.stderr.clone(),
        "error: news/bad.txt:1 (id news/bad.txt): invalid UTF-8 at column 4\n\
         error: 1 of 3 documents failed; each has an error record in its place in the output\n"
    );
}

#[test]
fn merge_and_batch_timeline_give_one_event_per_happening() {
    let dir = workdir("batch-merge");
    let good: String = CORPUS
        .lines()
        .filter(|l| l.contains("2025"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(dir.join("all.jsonl"), &good).unwrap();
    let out = run_in(
        &dir,
        &[
            "extract",
            "--batch",
            "all.jsonl",
            "--timeline",
            "-o",
            "story.yaml",
        ],
        b"",
    );
    assert_eq!(out.stderr.clone(), "story.yaml: created with 2 events\n");
    let story = fs::read_to_string(dir.join("story.yaml")).unwrap();
    // Two documents tell of the talks in Hanoi: one event, two mentions.
    assert_eq!(
        story
            .matches("- id: 2019-talks-broke-down-in-hanoi")
            .count(),
        1
    );
    assert_eq!(story.matches("source: hanoi").count(), 2, "{story}");
    assert!(story.contains("source: z"), "{story}");
    for (i, part) in good.lines().enumerate() {
        fs::write(dir.join(format!("p{i}.jsonl")), format!("{part}\n")).unwrap();
        let out = run_in(
            &dir,
            &[
                "extract",
                "--batch",
                &format!("p{i}.jsonl"),
                "-o",
                &format!("o{i}.jsonl"),
            ],
            b"",
        );
        assert_eq!(out.code, 0);
    }
    let out = run_in(
        &dir,
        &[
            "merge",
            "o0.jsonl",
            "o1.jsonl",
            "o2.jsonl",
            "-o",
            "merged.yaml",
        ],
        b"",
    );
    assert_eq!(out.stderr.clone(), "merged.yaml: created with 2 events\n");
    // The same timeline; the first comment names the command that wrote the file.
    let merged = fs::read_to_string(dir.join("merged.yaml")).unwrap();
    assert_eq!(
        merged.lines().next(),
        Some("# Merged by `timeliner merge`; edit freely. Re-running merge only appends new")
    );
    assert_eq!(
        merged.lines().skip(3).collect::<Vec<_>>(),
        story.lines().skip(3).collect::<Vec<_>>()
    );
    // Merging timelines again adds nothing; a hand edit stays.
    let edited = story.replace("title: Hanoi", "title: Hanoi (edited)");
    fs::write(dir.join("story.yaml"), &edited).unwrap();
    let out = run_in(&dir, &["merge", "merged.yaml", "-o", "story.yaml"], b"");
    assert_eq!(
        out.stderr.clone(),
        "story.yaml: up to date (2 events extracted, all already in the file)\n"
    );
    assert_eq!(fs::read_to_string(dir.join("story.yaml")).unwrap(), edited);
}

#[test]
fn merge_keeps_conflicting_dates_side_by_side_and_reports_bad_files() {
    let dir = workdir("batch-conflict");
    let a = "title: A\nsources:\n- {id: a, title: A, path: a.txt}\nevents:\n- {id: 2019-03-talks, date: 2019-03, title: Talks, source: a}\n";
    fs::write(dir.join("a.yaml"), a).unwrap();
    fs::write(
        dir.join("b.yaml"),
        a.replace("a.txt", "b.txt")
            .replace("date: 2019-03,", "date: ~2019-03,"),
    )
    .unwrap();
    fs::write(dir.join("bad.yaml"), "title: [\n").unwrap();
    let out = run_in(&dir, &["merge", "a.yaml", "b.yaml"], b"");
    let merged = out.stdout.clone();
    assert!(
        merged.contains(
            "- id: 2019-03-talks\n  date: 2019-03\n  title: Talks\n  tags:\n  - date-conflict\n"
        ),
        "{merged}"
    );
    assert!(merged.contains("- id: 2019-03-talks-2\n  date: ~2019-03\n  title: Talks\n  tags:\n  - date-conflict\n  source: a-2\n"), "{merged}");
    let out = run_in(&dir, &["merge", "a.yaml", "bad.yaml"], b"");
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.clone().contains("bad.yaml:"),
        "{}",
        out.stderr.clone()
    );
    assert!(
        out.stderr
            .clone()
            .ends_with("error: bad.yaml: 1 problem; nothing was merged\n"),
        "{}",
        out.stderr.clone()
    );
}

#[test]
fn inputs_that_cannot_be_read_are_refused_before_anything_runs() {
    let dir = workdir("batch-missing");
    let out = run_in(&dir, &["extract", "--batch", "nope.jsonl"], b"");
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "error: cannot read nope.jsonl: no such file or directory\n"
    );
    fs::write(dir.join("odd.jsonl"), "{\"id\": \"a\"}\n").unwrap();
    let out = run_in(&dir, &["merge", "odd.jsonl"], b"");
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: odd.jsonl:1: not a line of `extract --batch` (no `id` or no `events`); nothing was merged\n"
    );
    // A line past the cap is refused in bounded memory (gzip keeps the test file small).
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(b"{\"id\": \"a\", \"events\": []}\n").unwrap();
    for _ in 0..65 {
        gz.write_all(&[b' '; 1 << 20]).unwrap();
    }
    fs::write(dir.join("huge.jsonl.gz"), gz.finish().unwrap()).unwrap();
    let out = run_in(&dir, &["merge", "huge.jsonl.gz"], b"");
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: huge.jsonl.gz:2: the line is longer than 64 MiB, more than `extract --batch` writes for one document; nothing was merged\n"
    );
}
