//! Extraction speed as a ratio to tagging alone, over the same corpus in the same run.
//!
//! `cargo bench --bench extract` runs, on the Lee articles and the TBAQ texts repeated to
//! `TIMELINER_BENCH_MB` megabytes (default 10), one document at a time on one thread,
//! `TIMELINER_BENCH_RUNS` times (default 5), interleaved: tagging alone (`tag`), then the
//! whole extraction (`tag`, `sentences`, `extract`). The figure that matters is the ratio of
//! the two; absolute speeds drift from machine to machine.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs once on a built-in paragraph.

mod corpus;
// Shared with the other benchmarks; this one does not spawn processes.
#[allow(dead_code)]
mod timing;

use std::hint::black_box;

use chrono::NaiveDate;
use corpus::Document;
use timeliner::events::extract;
use timeliner::tagger::{TagOptions, tag};
use timeliner::text::sentences;
use timing::{Sample, megabytes_per_second, millis, time};

/// Stands in for the corpus when checking that the benchmark runs.
const PARAGRAPH: &str = "Talks broke down in Hanoi in February 2019. Trump is set to visit \
South Korea next month for the APEC summit, officials said on Monday. Trump's trip to South \
Korea for the APEC summit was confirmed.\n";

fn main() {
    let bench = timing::is_bench_run();
    if !bench {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
    }
    let loaded;
    let smoke;
    let documents: Vec<&Document> = if bench {
        loaded = match corpus::load(&corpus::shared_dir()) {
            Ok(documents) => documents,
            Err(e) => {
                println!(
                    "extract benchmark skipped: {e} (set TIMELINER_SHARED to the shared folder)"
                );
                return;
            }
        };
        let megabytes: usize = timing::env_or("TIMELINER_BENCH_MB", 10);
        corpus::repeat_to(&loaded, megabytes * 1_000_000)
    } else {
        smoke = [Document {
            text: PARAGRAPH.to_string(),
            reference_date: NaiveDate::from_ymd_opt(2025, 9, 22).expect("a valid date"),
        }];
        vec![&smoke[0]]
    };
    let runs = if bench {
        timing::env_or("TIMELINER_BENCH_RUNS", 5)
    } else {
        1
    };
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let options: Vec<TagOptions> = documents
        .iter()
        .map(|d| TagOptions {
            reference_date: Some(d.reference_date),
        })
        .collect();
    let (mut tagging, mut extracting) = (Sample::default(), Sample::default());
    let (mut expressions, mut events) = (0, 0);
    // Interleaved so that both see the same load from the other users of the machine.
    for _ in 0..runs.max(1) {
        let (found, took) = time(|| {
            documents
                .iter()
                .zip(&options)
                .map(|(d, o)| black_box(tag(black_box(&d.text), o)).len())
                .sum::<usize>()
        });
        expressions = found;
        tagging.push(took);
        let (found, took) = time(|| {
            documents
                .iter()
                .zip(&options)
                .map(|(d, o)| {
                    let timexes = tag(black_box(&d.text), o);
                    let spans = sentences(&d.text);
                    black_box(extract(
                        &d.text,
                        &timexes,
                        &spans,
                        d.reference_date,
                        "bench",
                    ))
                    .len()
                })
                .sum::<usize>()
        });
        events = found;
        extracting.push(took);
    }
    println!(
        "extraction vs tagging: {:.1} MB in {} documents, {} runs, one thread",
        bytes as f64 / 1e6,
        documents.len(),
        runs.max(1)
    );
    println!(
        "{:<28} {:>10} {:>10} {:>10}",
        "", "best ms", "median ms", "MB/s best"
    );
    for (name, sample) in [
        ("tag alone", &tagging),
        ("tag + sentences + extract", &extracting),
    ] {
        println!(
            "{name:<28} {:>10.1} {:>10.1} {:>10.1}",
            millis(sample.best()),
            millis(sample.median()),
            megabytes_per_second(bytes, sample.best())
        );
    }
    println!(
        "extraction takes {:.2}x the time of tagging alone (best runs); {expressions} expressions, {events} events",
        extracting.best().as_secs_f64() / tagging.best().as_secs_f64().max(1e-9)
    );
    assert!(events > 0, "the corpus gives events");
}
