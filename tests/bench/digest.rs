//! Digest speed as a ratio to tagging alone, and its memory on a long stream.
//!
//! `TIMELINER_DIGEST_CORPUS=articles.jsonl.gz cargo bench --bench digest` reads the corpus (JSON
//! Lines, plain or gzip, with `id`, `text`, `date`; for instance the articles of a Timeline17
//! story, which stay outside the repository), then:
//! 1. in this process, one thread, over the corpus repeated to `TIMELINER_BENCH_MB` (30):
//!    `tag` alone on each article (the baseline), and the whole digest (`Digester::add` on
//!    each article, tagging included, then `finish`), `TIMELINER_BENCH_RUNS` (3) runs each,
//!    interleaved;
//! 2. `timeliner digest -` in a child process fed the corpus over and over, each round's
//!    dates moved on by the corpus's span (a story that goes on for years), up to
//!    `TIMELINER_BENCH_STREAM_MB` (200; 1000 for a gigabyte) and to a tenth of that: the peak
//!    resident memory of each, which must not grow with the input.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs once on a few built-in articles.

// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod timing;

use std::hint::black_box;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::NaiveDate;
use timeliner::batch::JsonLines;
use timeliner::digest::{Digester, Options};
use timeliner::pipeline::Article;
use timeliner::tagger::{DocType, TagOptions, tag};
use timing::{Sample, megabytes, megabytes_per_second, millis, time};

fn main() {
    let bench = timing::is_bench_run();
    let articles = if bench {
        let Some(path) = std::env::var_os("TIMELINER_DIGEST_CORPUS") else {
            println!(
                "digest benchmark skipped: set TIMELINER_DIGEST_CORPUS to a JSON Lines corpus"
            );
            return;
        };
        let file = std::fs::File::open(&path).expect("the corpus opens");
        JsonLines::new(file)
            .filter_map(Result::ok)
            .filter_map(|d| {
                Some(Article {
                    name: d.id,
                    text: d.text,
                    reference: Some(d.reference_date?),
                    doc_type: DocType::News,
                })
            })
            .collect()
    } else {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
        smoke_articles()
    };
    let corpus_bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let target = if bench {
        timing::env_or("TIMELINER_BENCH_MB", 30) * 1_000_000
    } else {
        corpus_bytes
    };
    let repeated: Vec<&Article> = articles
        .iter()
        .cycle()
        .scan(0, |total, a| {
            (*total < target).then(|| {
                *total += a.text.len();
                a
            })
        })
        .collect();
    let bytes: usize = repeated.iter().map(|a| a.text.len()).sum();
    let runs = if bench {
        timing::env_or("TIMELINER_BENCH_RUNS", 3)
    } else {
        1
    };
    let (mut tagging, mut digesting) = (Sample::default(), Sample::default());
    let mut days = 0;
    for _ in 0..runs {
        tagging.push(
            time(|| {
                for a in &repeated {
                    let options = TagOptions {
                        reference_date: a.reference,
                        doc_type: a.doc_type,
                    };
                    black_box(tag(black_box(&a.text), &options));
                }
            })
            .1,
        );
        let (found, took) = time(|| {
            let mut digester = Digester::new(Options::default());
            for a in &repeated {
                digester.add(a);
            }
            digester.finish().map_or(0, |d| d.len())
        });
        digesting.push(took);
        days = found;
    }
    println!(
        "digest vs tagging: {:.1} MB in {} articles, {runs} runs, one thread",
        megabytes(bytes),
        repeated.len()
    );
    println!(
        "{:<34} {:>10} {:>10} {:>10}",
        "", "best ms", "median ms", "MB/s med"
    );
    for (name, sample) in [
        ("tag() alone (baseline)", &tagging),
        ("digest (tagging included)", &digesting),
    ] {
        println!(
            "{name:<34} {:>10.1} {:>10.1} {:>10.1}",
            millis(sample.best()),
            millis(sample.median()),
            megabytes_per_second(bytes, sample.median())
        );
    }
    println!(
        "ratio digest/tag time: {:.2} median; {days} days chosen",
        digesting.median().as_secs_f64() / tagging.median().as_secs_f64().max(1e-9)
    );
    let stream = if bench {
        timing::env_or("TIMELINER_BENCH_STREAM_MB", 200) * 1_000_000
    } else {
        corpus_bytes
    };
    println!("`timeliner digest -` on a stream of the corpus, dates moved on each round:");
    for size in [stream / 10, stream] {
        let (peak, took) = time(|| peak_memory_kb(&articles, size));
        println!(
            "{:>8.0} MB: peak memory {:>7.1} MB, {:>6.1} MB/s",
            megabytes(size),
            timing::approx(peak) / 1e3,
            megabytes_per_second(size, took)
        );
    }
}

/// Runs `timeliner digest -` on `articles` repeated to `size` bytes of text, each round moved
/// on in time, and returns its peak resident memory in kB (sampled every few milliseconds).
fn peak_memory_kb(articles: &[Article], size: usize) -> usize {
    let mut child = Command::new(env!("CARGO_BIN_EXE_timeliner"))
        .args(["digest", "-", "--dates", "30"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("timeliner runs");
    let mut stdin = child.stdin.take().expect("a pipe");
    let first = articles.iter().filter_map(|a| a.reference).min();
    let last = articles.iter().filter_map(|a| a.reference).max();
    let span = match (first, last) {
        (Some(f), Some(l)) => (l - f).num_days() + 1,
        _ => 1,
    };
    let lines: Vec<(String, &str, NaiveDate)> = articles
        .iter()
        .filter_map(|a| Some((a.name.clone(), &*a.text, a.reference?)))
        .collect();
    let feeder = std::thread::scope(|scope| {
        let feeder = scope.spawn(move || {
            let mut sent = 0;
            let mut round = 0;
            while sent < size && !lines.is_empty() {
                for (id, text, date) in &lines {
                    let moved = *date + chrono::Duration::days(span * round);
                    let line = serde_json::json!({"id": format!("{round}-{id}"), "date": moved.to_string(), "text": text});
                    if writeln!(stdin, "{line}").is_err() {
                        return;
                    }
                    sent += text.len();
                    if sent >= size {
                        break;
                    }
                }
                round += 1;
            }
        });
        let mut peak = 0;
        let pid = child.id();
        while !feeder.is_finished() {
            peak = peak.max(rss_kb(pid));
            std::thread::sleep(Duration::from_millis(5));
        }
        peak
    });
    let mut peak = feeder;
    loop {
        peak = peak.max(rss_kb(child.id()));
        if child
            .try_wait()
            .expect("the child can be waited on")
            .is_some()
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    peak
}

/// The resident memory of process `pid` in kB (0 once it has gone).
fn rss_kb(pid: u32) -> usize {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))?
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// A few articles on one story for the smoke run.
fn smoke_articles() -> Vec<Article> {
    let day = |d| NaiveDate::from_ymd_opt(2021, 3, d);
    (2..12)
        .map(|d| Article {
            name: format!("a{d}"),
            text: "The bridge collapsed on March 2, killing three people. An inquiry opened on \
                   Tuesday. Traffic was sent through the tunnel."
                .into(),
            reference: day(d),
            doc_type: DocType::News,
        })
        .collect()
}
