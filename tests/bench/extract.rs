//! Extraction speed as a ratio to tagging alone, over the same corpus in the same run.
//!
//! `cargo bench --bench extract` runs, on each document of the corpus (the Lee articles and the
//! TBAQ texts, repeated to `TIMELINER_BENCH_MB`, default 30), what `timeliner extract` runs on
//! one article: `pipeline::extract_all` (tagging with the tokens kept for extraction, the
//! sentences, the lead of the news, events, merging); and, in the same run, `tag` alone. One
//! thread, `TIMELINER_BENCH_RUNS` runs (default 3), interleaved.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs once on a built-in paragraph.

mod corpus;
// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod timing;

use std::hint::black_box;

use corpus::Document;
use timeliner::pipeline::{Article, extract_all};
use timeliner::tagger::{DocType, TagOptions, tag};
use timing::{Sample, megabytes_per_second, millis, time};

// The allocator of the `timeliner` command, so that the figures are those of what it runs.
#[path = "../../src/allocator.rs"]
mod allocator;
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

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
    // Each article as the command reads it: the reference date given, the kind of document
    // left to the text. Made before timing: the command owns the text it reads.
    let articles: Vec<Article> = documents
        .iter()
        .map(|d| Article {
            name: "bench".to_string(),
            text: d.text.as_str().into(),
            reference: Some(d.reference_date),
            doc_type: DocType::Auto,
        })
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let runs = if bench {
        timing::env_or("TIMELINER_BENCH_RUNS", 3)
    } else {
        1
    };

    let (mut tagging, mut pipeline) = (Sample::default(), Sample::default());
    let mut counts = (0, 0);
    for _ in 0..runs {
        let (found, took) = time(|| {
            let mut timexes_found = 0;
            for a in &articles {
                timexes_found += black_box(tag(black_box(&a.text), &options_for(a))).len();
            }
            timexes_found
        });
        tagging.push(took);
        counts.0 = found;
        let (found, took) = time(|| {
            let mut events_found = 0;
            for a in &articles {
                let (_, events) = extract_all(std::slice::from_ref(black_box(a)), &[]);
                events_found += black_box(events).len();
            }
            events_found
        });
        pipeline.push(took);
        counts.1 = found;
    }

    println!(
        "extraction vs tagging: {:.1} MB in {} documents, {runs} runs, one thread",
        timing::megabytes(bytes),
        articles.len()
    );
    println!(
        "{:<40} {:>10} {:>10} {:>10}",
        "", "best ms", "median ms", "MB/s med"
    );
    for (name, sample) in [
        ("tag() alone (baseline)", &tagging),
        ("pipeline::extract_all (the command)", &pipeline),
    ] {
        println!(
            "{name:<40} {:>10.1} {:>10.1} {:>10.1}",
            millis(sample.best()),
            millis(sample.median()),
            megabytes_per_second(bytes, sample.median())
        );
    }
    println!(
        "ratio extraction/tag time: {:.2} median, {:.2} best; found {} expressions, {} events",
        pipeline.median().as_secs_f64() / tagging.median().as_secs_f64().max(1e-9),
        pipeline.best().as_secs_f64() / tagging.best().as_secs_f64().max(1e-9),
        counts.0,
        counts.1
    );
}

// `..Default::default()` keeps this compiling as the tagger grows options.
#[allow(clippy::needless_update)]
fn options_for(article: &Article) -> TagOptions {
    TagOptions {
        reference_date: article.reference,
        doc_type: article.doc_type,
        ..TagOptions::default()
    }
}
