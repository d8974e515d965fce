//! Render scaling: how `render_svg` grows from 100 to 10,000 events.
//!
//! `cargo bench --bench render` builds synthetic timelines (mixed precisions, approximate and
//! BCE dates, ranges, ongoing events, lanes, statuses, eras) from a seeded generator, times
//! `render_svg` on each and, as a baseline of linear work over the same data measured in the
//! same run, writing the same timeline back to YAML. Target: 10,000 events in under 0.3 s.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it renders one small timeline once.

// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod random;
#[allow(dead_code)]
mod synthetic;
#[allow(dead_code)]
mod timing;

use std::hint::black_box;
use std::time::Duration;

use synthetic::synthetic_timeline;
use timeliner::render::render_svg;
use timing::{Sample, millis, time};

const TARGET_10K: Duration = Duration::from_millis(300);

fn main() {
    let bench = timing::is_bench_run();
    if !bench {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
    }
    let sizes: &[usize] = if bench { &[100, 1_000, 10_000] } else { &[10] };
    let budget = Duration::from_secs_f64(timing::env_or(
        "TIMELINER_BENCH_SECONDS",
        if bench { 3.0 } else { 0.0 },
    ));

    println!("render scaling: synthetic timelines, one thread, runs until {budget:?} or 50 runs");
    println!(
        "{:>7} {:>6} {:>11} {:>11} {:>9} {:>10} {:>11} {:>8}",
        "events", "runs", "best ms", "median ms", "us/event", "SVG bytes", "YAML ms", "x YAML"
    );
    let mut previous: Option<(Duration, Duration)> = None;
    let mut growth = Vec::new();
    let mut largest = (Duration::ZERO, Duration::ZERO);
    for &size in sizes {
        let timeline = synthetic_timeline(size, 0x5eed ^ size as u64);
        let (mut rendering, mut writing) = (Sample::default(), Sample::default());
        let mut svg_bytes = 0;
        let mut runs = 0;
        let started = std::time::Instant::now();
        while runs == 0 || (started.elapsed() < budget && runs < 50) {
            let (svg, took) = time(|| render_svg(black_box(&timeline)));
            assert!(svg.contains("</svg>"), "render_svg gave no SVG document");
            svg_bytes = svg.len();
            rendering.push(took);
            writing.push(time(|| serde_yaml::to_string(black_box(&timeline))).1);
            runs += 1;
        }
        let median = rendering.median();
        println!(
            "{size:>7} {runs:>6} {:>11.3} {:>11.3} {:>9.2} {svg_bytes:>10} {:>11.3} {:>8.1}",
            millis(rendering.best()),
            millis(median),
            median.as_secs_f64() * 1e6 / timing::approx(size),
            millis(writing.median()),
            median.as_secs_f64() / writing.median().as_secs_f64().max(1e-9)
        );
        let best = rendering.best();
        if let Some((best_before, median_before)) = previous {
            growth.push((
                best.as_secs_f64() / best_before.as_secs_f64().max(1e-9),
                median.as_secs_f64() / median_before.as_secs_f64().max(1e-9),
            ));
        }
        previous = Some((best, median));
        largest = (best, median);
    }
    let growth: Vec<String> = growth
        .iter()
        .map(|(best, median)| format!("{best:.1}x best / {median:.1}x median"))
        .collect();
    println!(
        "growth per 10x events: {} (linear = 10x)",
        growth.join(", ")
    );
    if bench {
        let met = if largest.1 < TARGET_10K {
            "met"
        } else {
            "NOT met"
        };
        println!(
            "target 10,000 events < {TARGET_10K:?}: {met} ({:.1} ms best, {:.1} ms median)",
            millis(largest.0),
            millis(largest.1)
        );
    }
}
