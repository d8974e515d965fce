//! Extraction speed as a ratio to tagging alone, over the same corpus in the same run.
//!
//! `cargo bench --bench extract` runs, on each document of the corpus (the Lee articles and the
//! TBAQ texts, repeated to `TIMELINER_BENCH_MB`, default 30), the library pipeline the
//! `extract` command runs: `tag`, then `text::sentences`, then `events::extract`; and, in
//! the same run, `tag` alone. One thread, `TIMELINER_BENCH_RUNS` runs (default 3), interleaved.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs once on a built-in paragraph.

mod corpus;
// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod timing;

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use corpus::Document;
use timeliner::events::extract;
use timeliner::tagger::{TagOptions, tag};
use timeliner::text::sentences;
use timing::{Sample, megabytes_per_second, millis, time};

// The allocator of the `timeliner` command, so that the figures are those of what it runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let bench = timing::is_bench_run();
    if !bench {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
    }
    let Some(loaded) = corpus::for_bench("extract", bench) else {
        return;
    };
    let documents: Vec<&Document> = if bench {
        corpus::repeat_to(
            &loaded,
            timing::env_or("TIMELINER_BENCH_MB", 30) * 1_000_000,
        )
    } else {
        loaded.iter().collect()
    };
    let runs = if bench {
        timing::env_or("TIMELINER_BENCH_RUNS", 3)
    } else {
        1
    };
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();

    let (mut tagging, mut pipeline) = (Sample::default(), Sample::default());
    let (mut stages, mut counts) = ([Duration::ZERO; 3], (0, 0));
    for _ in 0..runs {
        tagging.push(
            time(|| {
                for d in &documents {
                    black_box(tag(black_box(&d.text), &options_for(d.reference_date)));
                }
            })
            .1,
        );
        // The stages are timed inside the pipeline run; their sums show where the time goes.
        let mut run_stages = [Duration::ZERO; 3];
        let (found, took) = time(|| {
            let (mut timexes_found, mut events_found) = (0, 0);
            for d in &documents {
                let (timexes, t0) = time(|| tag(&d.text, &options_for(d.reference_date)));
                let (spans, t1) = time(|| sentences(&d.text));
                let (events, t2) =
                    time(|| extract(&d.text, &timexes, &spans, Some(d.reference_date), "bench"));
                for (stage, t) in run_stages.iter_mut().zip([t0, t1, t2]) {
                    *stage += t;
                }
                timexes_found += timexes.len();
                events_found += black_box(events).len();
            }
            (timexes_found, events_found)
        });
        pipeline.push(took);
        if took <= pipeline.best() {
            stages = run_stages;
        }
        counts = found;
    }

    println!(
        "extraction vs tagging: {:.1} MB in {} documents, {runs} runs, one thread",
        timing::megabytes(bytes),
        documents.len()
    );
    println!(
        "{:<40} {:>10} {:>10} {:>10}",
        "", "best ms", "median ms", "MB/s med"
    );
    for (name, sample) in [
        ("tag() alone (baseline)", &tagging),
        ("tag + sentences + events::extract", &pipeline),
    ] {
        println!(
            "{name:<40} {:>10.1} {:>10.1} {:>10.1}",
            millis(sample.best()),
            millis(sample.median()),
            megabytes_per_second(bytes, sample.median())
        );
    }
    println!(
        "stages of the fastest pipeline run: tag {:.1} ms, sentences {:.1} ms, extract {:.1} ms",
        millis(stages[0]),
        millis(stages[1]),
        millis(stages[2])
    );
    println!(
        "ratio pipeline/tag time: {:.2} median, {:.2} best; found {} expressions, {} events",
        pipeline.median().as_secs_f64() / tagging.median().as_secs_f64().max(1e-9),
        pipeline.best().as_secs_f64() / tagging.best().as_secs_f64().max(1e-9),
        counts.0,
        counts.1
    );
}

// `..Default::default()` keeps this compiling as the tagger grows options.
#[allow(clippy::needless_update)]
fn options_for(reference_date: NaiveDate) -> TagOptions {
    TagOptions {
        reference_date: Some(reference_date),
        ..TagOptions::default()
    }
}
