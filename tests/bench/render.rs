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
mod timing;

use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

use random::SplitMix;
use timeliner::render::render_svg;
use timeliner::timeline::Timeline;
use timing::{Sample, millis, time};

const TARGET_10K: Duration = Duration::from_millis(300);
const LANES: [&str; 5] = [
    "Diplomacy",
    "Military",
    "Economy",
    "Domestic politics",
    "Courts",
];
const WORDS: [&str; 16] = [
    "talks",
    "summit",
    "in",
    "Hanoi",
    "break",
    "down",
    "sanctions",
    "lifted",
    "visit",
    "Seoul",
    "missile",
    "test",
    "election",
    "held",
    "treaty",
    "signed",
];

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
            median.as_secs_f64() * 1e6 / size as f64,
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

/// A timeline of `events` events drawn from a seeded generator, built as YAML text and loaded
/// the way a user's file is, so that it stays valid as the model grows optional fields.
fn synthetic_timeline(events: usize, seed: u64) -> Timeline {
    let mut random = SplitMix(seed);
    let mut yaml = String::from(
        "title: Synthetic timeline for the render benchmark\n\
         subtitle: Generated events of every kind\n\
         as_of: 2025-09-22\n\
         sources:\n  - id: wire\n    title: Wire reports\n    published: 2025-09-22\n\
         eras:\n  - title: First era\n    start: 1950\n    end: 1989\n\
         \x20 - title: Second era\n    start: 1990s\n    end: ongoing\n\
         events:\n",
    );
    for n in 0..events {
        let year = 1950 + random.below(76) as i32;
        let month = 1 + random.below(12);
        let day = 1 + random.below(28);
        let date = match random.below(12) {
            0..=3 => format!("{year}-{month:02}-{day:02}"),
            4 | 5 => format!("{year}-{month:02}"),
            6 => year.to_string(),
            7 => format!("{year}-Q{}", 1 + random.below(4)),
            8 => format!("{year}-{}", random.pick(&["SP", "SU", "FA", "WI"])),
            9 => format!("~{year}"),
            10 => format!("{}0s", year / 10),
            _ => format!("{} BCE", 1 + random.below(3000)),
        };
        let _ = writeln!(yaml, "  - id: e{n}\n    date: \"{date}\"");
        match random.below(8) {
            0 => yaml.push_str("    end: ongoing\n"),
            1 if !date.contains("BCE") => {
                let _ = writeln!(yaml, "    end: {}", year + 1 + random.below(10) as i32);
            }
            _ => {}
        }
        let title: Vec<&str> = (0..2 + random.below(9))
            .map(|_| *random.pick(&WORDS))
            .collect();
        let _ = writeln!(yaml, "    title: \"{} #{n}\"", title.join(" "));
        let status = *random.pick(&["happened", "happened", "planned", "reported"]);
        let _ = writeln!(yaml, "    status: {status}");
        let lane = *random.pick(&LANES);
        let _ = writeln!(yaml, "    lane: {lane}\n    source: wire");
        if random.below(10) == 0 {
            yaml.push_str("    review: confirmed\n");
        }
    }
    serde_yaml::from_str(&yaml).expect("the generated timeline is valid")
}
