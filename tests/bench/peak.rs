//! Peak memory of the `timeliner` command as a user runs it, against issue 14's bound: at most
//! 50 MB plus three times the largest article.
//!
//! `cargo bench --bench peak [-- --runs 2]` writes large articles into a temporary folder and
//! runs the built binary on each, in the three ways a user extracts: `extract FILE -o
//! out.yaml`, `extract FILE` printing to standard output, and `extract --batch` of the article
//! as one JSON line. Each run is measured as the process's peak resident memory (`Maximum
//! resident set size` of GNU `time`, at /usr/bin/time), with mimalloc's options as the user has
//! them (any `MIMALLOC_*` variable is removed), the highest of `--runs` runs. The articles:
//! function words, names, dates, quotation marks and dashes in random order (0.7, 3 and 10 MB),
//! the benchmark corpus as one 10 MB article, one date repeated with many names (10 MB), and a
//! chronology of short sentences each dated another day (3 and 10 MB).
//! Exits 1 if any run peaks above the bound. Not a timed benchmark: the seconds are printed to
//! see what a run costs, nothing more.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs 20 KB articles and only checks
//! that each command succeeds.

// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod corpus;
mod random;
// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod timing;

use std::fmt::Write as _;
use std::fs::{self, File};
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use random::SplitMix;
use timeliner::batch::DEFAULT_MAX_LINE;

/// Issue 14: at most this many MB plus `PER_MB` times the article's size.
const BASE_MB: f64 = 50.0;
const PER_MB: f64 = 3.0;

const REFERENCE: &str = "2001-12-26";

fn main() -> ExitCode {
    let bench = timing::is_bench_run();
    let runs = size(timing::flag_or("--runs", 1.0)).max(1);
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        println!("peak benchmark skipped: no GNU time at /usr/bin/time to measure the peak");
        return if bench {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    if !bench {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
    }
    let Some(documents) = corpus::for_bench("peak", bench) else {
        return ExitCode::from(2);
    };
    let mb = |n: f64| if bench { n * 1e6 } else { 20_000.0 };
    let inputs: Vec<(String, String)> = vec![
        ("hostile 0.7 MB".into(), hostile(size(mb(0.7)), 1)),
        ("hostile 3 MB".into(), hostile(size(mb(3.0)), 2)),
        ("hostile 10 MB".into(), hostile(size(mb(10.0)), 3)),
        ("news 10 MB".into(), news(&documents, size(mb(10.0)))),
        ("same date 10 MB".into(), same_date(size(mb(10.0)))),
        ("chronology 3 MB".into(), chronology(size(mb(3.0)))),
        ("chronology 10 MB".into(), chronology(size(mb(10.0)))),
    ];
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a temporary folder");
    println!(
        "peak resident memory of `timeliner extract`, highest of {runs} run(s); bound {BASE_MB} MB + {PER_MB} x article"
    );
    println!(
        "{:<16} {:>8} {:<10} {:>9} {:>9} {:>8} {:>10}",
        "article", "MB", "command", "peak MB", "bound MB", "seconds", "output MB"
    );
    let mut within = true;
    for (name, text) in &inputs {
        let article = dir.path().join("article.txt");
        let batch = dir.path().join("article.jsonl");
        fs::write(&article, text).expect("the article is written");
        let line = serde_json::json!({"id": "article", "reference_date": REFERENCE, "text": text});
        fs::write(&batch, format!("{line}\n")).expect("the batch is written");
        let out_yaml = dir.path().join("out.yaml");
        let out_lines = dir.path().join("out.jsonl");
        let printed = dir.path().join("printed.yaml");
        let path = |p: &Path| p.to_string_lossy().into_owned();
        let (article, batch) = (path(&article), path(&batch));
        let commands = [
            (
                "-o FILE",
                vec![
                    "extract",
                    &article,
                    "--reference-date",
                    REFERENCE,
                    "-o",
                    &path(&out_yaml),
                ]
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>(),
                &out_yaml,
            ),
            (
                "stdout",
                ["extract", &article, "--reference-date", REFERENCE]
                    .map(String::from)
                    .to_vec(),
                &printed,
            ),
            (
                "--batch",
                ["extract", "--batch", &batch, "-o", &path(&out_lines)]
                    .map(String::from)
                    .to_vec(),
                &out_lines,
            ),
        ];
        let bound = BASE_MB + PER_MB * megabytes(text.len());
        for (command, args, output) in &commands {
            // A batch line longer than the reader's limit is refused (exit 2), in bounded
            // memory too.
            let refused = *command == "--batch" && text.len() > DEFAULT_MAX_LINE;
            let mut peak: f64 = 0.0;
            let mut seconds: f64 = 0.0;
            for _ in 0..runs {
                let _ = fs::remove_file(output);
                match measure(time, args, &printed, &dir.path().join("time.txt"), refused) {
                    Ok((kb, s)) => {
                        peak = peak.max(timing::kib_megabytes(kb));
                        seconds = seconds.max(s);
                    }
                    Err(e) => {
                        println!("{name}, {command}: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            let written = fs::metadata(output).map_or(0, |m| m.len());
            let over = peak > bound;
            within &= !over;
            println!(
                "{name:<16} {:>8.1} {command:<10} {peak:>9.1} {bound:>9.1} {seconds:>8.2} {:>10.1}{}{}",
                megabytes(text.len()),
                megabytes(usize::try_from(written).unwrap_or(usize::MAX)),
                if refused {
                    "  (line over the limit: refused)"
                } else {
                    ""
                },
                if over { "  OVER" } else { "" }
            );
        }
    }
    if bench && !within {
        println!("over the bound: see the rows marked OVER");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "sizes of a few MB"
)]
fn size(bytes: f64) -> usize {
    bytes as usize
}

#[expect(clippy::cast_precision_loss, reason = "sizes of a few MB")]
fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// Runs the binary with `args` under GNU time (standard output to `printed`) and returns its
/// peak resident memory in KiB and its wall seconds; it must succeed, or exit with status 2
/// when `refused`.
fn measure(
    time: &Path,
    args: &[String],
    printed: &Path,
    report: &Path,
    refused: bool,
) -> Result<(u64, f64), String> {
    let stdout = File::create(printed).map_err(|e| e.to_string())?;
    let mut command = Command::new(time);
    command
        .args(["--quiet", "-f", "%M %e", "-o"])
        .arg(report)
        .arg(env!("CARGO_BIN_EXE_timeliner"))
        .args(args)
        .stdout(Stdio::from(stdout))
        .stderr(Stdio::null());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("MIMALLOC_") {
            command.env_remove(key);
        }
    }
    let status = command.status().map_err(|e| e.to_string())?;
    if status.code() != Some(if refused { 2 } else { 0 }) {
        return Err(format!("timeliner failed: {status}"));
    }
    let figures = fs::read_to_string(report).map_err(|e| e.to_string())?;
    let mut numbers = figures.split_whitespace();
    match (
        numbers.next().and_then(|n| n.parse::<u64>().ok()),
        numbers.next().and_then(|n| n.parse::<f64>().ok()),
    ) {
        (Some(kb), Some(seconds)) => Ok((kb, seconds)),
        _ => Err(format!("unreadable report of time: {figures:?}")),
    }
}

const FUNCTION_WORDS: [&str; 24] = [
    "the", "of", "and", "to", "in", "a", "that", "on", "at", "by", "for", "with", "was", "is",
    "said", "after", "before", "since", "until", "from", "he", "they", "not", "as",
];
const DATES: [&str; 10] = [
    "March 5, 2019",
    "5 May 1999",
    "2019",
    "last week",
    "on Monday",
    "1939-1945",
    "the 1990s",
    "next month",
    "December 7, 1941",
    "yesterday",
];
const MARKS: [&str; 7] = [
    "\"", "'", "\u{201c}", "\u{201d}", "-", "\u{2014}", "\u{2013}",
];

/// Function words, names, dates, quotation marks and dashes drawn at random, with a full stop
/// now and then: long sentences full of dates, names and quotes, each a mention to quote.
fn hostile(bytes: usize, seed: u64) -> String {
    let mut random = SplitMix(seed);
    let mut text = String::with_capacity(bytes + 64);
    while text.len() < bytes {
        match random.below(10) {
            0..=3 => text.push_str(&random.pick(&FUNCTION_WORDS)[..]),
            4 | 5 => text.push_str(&name(&mut random)),
            6 | 7 => text.push_str(&random.pick(&DATES)[..]),
            _ => text.push_str(&random.pick(&MARKS)[..]),
        }
        text.push_str(if random.one_in(60) { ". " } else { " " });
    }
    text
}

/// The benchmark corpus, article after article, as one article of about `bytes`.
fn news(documents: &[corpus::Document], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 100_000);
    for document in corpus::repeat_to(documents, bytes) {
        text.push_str(&document.text);
        text.push_str("\n\n");
    }
    text
}

/// One date, a different pair of names each time.
fn same_date(bytes: usize) -> String {
    let mut random = SplitMix(4);
    let mut text = String::with_capacity(bytes + 100);
    while text.len() < bytes {
        let (host, guest) = (name(&mut random), name(&mut random));
        let _ = write!(
            text,
            "On March 5, 2019 {host} visited the capital with {guest}. "
        );
    }
    text
}

/// A chronology: short sentences, each a different day, names and a verb, now and then a range
/// or a quotation. The densest events a text can hold (one every 60 bytes, few merged).
fn chronology(bytes: usize) -> String {
    const VERBS: [&str; 8] = [
        "visited", "signed", "attacked", "opened", "won", "bought", "left", "founded",
    ];
    const NOUNS: [&str; 6] = ["treaty", "bridge", "port", "company", "fort", "league"];
    let mut random = SplitMix(5);
    let mut text = String::with_capacity(bytes + 200);
    while text.len() < bytes {
        let (who, whom) = (name(&mut random), name(&mut random));
        let day = chrono::NaiveDate::from_ymd_opt(
            1800 + i32::try_from(random.below(220)).unwrap_or(0),
            1 + u32::try_from(random.below(12)).unwrap_or(0),
            1 + u32::try_from(random.below(28)).unwrap_or(0),
        )
        .map(|d| d.format("%B %-d, %Y").to_string())
        .unwrap_or_default();
        let (verb, noun) = (random.pick(&VERBS), random.pick(&NOUNS));
        let _ = match random.below(6) {
            0 => write!(text, "\"{who} {verb} the {noun} on {day},\" {whom} said. "),
            1 => write!(
                text,
                "From {} to {}, {who} {verb} the {noun} of {whom}. ",
                1800 + random.below(100),
                1900 + random.below(100)
            ),
            _ => write!(text, "On {day}, {who} {verb} the {noun} in {whom}. "),
        };
    }
    text
}

/// A capitalised name of two to four syllables drawn from `random`: "Kadoru", "Mive", ...
fn name(random: &mut SplitMix) -> String {
    const SYLLABLES: [&str; 12] = [
        "ka", "do", "ru", "mi", "ve", "sa", "lo", "ten", "bar", "ish", "no", "gal",
    ];
    let mut name = String::new();
    for _ in 0..2 + random.below(3) {
        name.push_str(&random.pick(&SYLLABLES)[..]);
    }
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
