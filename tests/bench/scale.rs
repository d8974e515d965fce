//! Does tagging stay linear in time and bounded in memory on adversarial text?
//!
//! `cargo bench --bench scale [-- --max-mb 100 --runs 2 --only digits]` tags inputs of 1, 10 and 100 MB (up to
//! `--max-mb`) made of patterns chosen to break a tagger: one word repeated, month names
//! repeated, digits without a break, lines of a few characters, one endless sentence full of
//! temporal expressions, punctuation soup, non-ASCII text. Each run is a fresh child process
//! so that its peak memory (`VmHWM`) is its own; a child that runs over the time a linear
//! tagger would need, or over `--max-rss-gb` (8), is stopped and reported.
//! For each tenfold step the time should grow about tenfold, not a hundredfold.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs 10 KB and 100 KB inputs.

// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod child;
#[allow(dead_code)]
mod timing;

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use timeliner::tagger::{TagOptions, tag};

/// Repeated units; each pattern is its unit cycled to the wanted size.
const PATTERNS: &[(&str, &str)] = &[
    (
        "news prose",
        "Talks broke down in Hanoi in February 2019. Trump is set to visit South Korea next \
         month for the APEC summit, officials said on Monday, two years after the last \
         meeting; shares rose 3% to $12.50 in the third quarter of fiscal 1999.\n",
    ),
    ("the the", "the "),
    ("May May", "May "),
    ("digits, no break", "0123456789"),
    (
        "numbers",
        "1999 12 31 2,024 3.5 10:30 9/22/2025 2025-09-22 1990s '99 1st 555-1990 $1,999 ",
    ),
    (
        "one endless sentence",
        "last week and next month and two years ago and early March and the summer of 1998 \
         and every Monday and since 2019 and ",
    ),
    ("short lines", "May\n1\n1999\n\nago\n"),
    (
        "punctuation soup",
        "1-2/3.4:5,6;(7)'8\"9\u{2013}10\u{2014}.../--::,, ",
    ),
    (
        "non-ASCII",
        "2019\u{a0}\u{5e74} \u{ff12}\u{ff10}\u{ff11}\u{ff19} \u{2014} \u{201c}May\u{201d} \
         \u{2019}99 e\u{301}t\u{e9} \u{1f600} \u{feff}",
    ),
];

/// Growth per tenfold step above which tagging is called super-linear: a quadratic step grows
/// about 100x, while a linear one that allocates a result per match reaches 15-20x once its
/// output no longer fits in cache.
const LINEAR_LIMIT: f64 = 30.0;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--child") {
        child(&args[at + 1], args[at + 2].parse().expect("a byte count"));
        return;
    }
    let bench = timing::is_bench_run();
    let flag = timing::flag_or;
    let max_bytes = (flag("--max-mb", 100.0) * 1e6) as usize;
    let max_rss_kb = (flag("--max-rss-gb", 8.0) * 1e6) as u64;
    let runs = (flag("--runs", 2.0) as usize).max(1);
    let mut sizes = if bench {
        vec![1_000_000, 10_000_000, 100_000_000]
    } else {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
        vec![10_000, 100_000]
    };
    let smallest = sizes[0];
    sizes.retain(|&s| s <= max_bytes.max(smallest));

    println!(
        "tagging time and peak memory by input size, one child process per run, reference date \
         2001-12-26"
    );
    print!("{:<22}", "pattern");
    for &size in &sizes {
        print!(" {:>12}", format!("{} ms", label(size)));
    }
    println!(
        " {:>12} {:>10} {:>9} {:>13}  verdict",
        "growth", "MB/s last", "timexes", "extra MB/MB"
    );
    let mut all_linear = true;
    // `--only WORD` keeps the patterns whose name contains WORD (all by default).
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|at| args.get(at + 1))
        .map_or("", String::as_str);
    for &(name, _) in PATTERNS.iter().filter(|(name, _)| name.contains(only)) {
        print!("{name:<22}");
        let mut times: Vec<Duration> = Vec::new();
        let mut last = None;
        let mut problem = None;
        for &size in &sizes {
            // A linear tagger needs about ten times the previous step; allow it thirty.
            let limit = times.last().map_or(Duration::from_secs(120), |t| {
                (*t * 30).max(Duration::from_secs(5))
            });
            // Best of `--runs` (2): the machine is shared, a busy moment is not the tagger's.
            let best = (0..runs)
                .map(|_| spawn_child(name, size, limit, max_rss_kb))
                .min_by_key(|run| run.as_ref().map_or(Duration::MAX, |r| r.time))
                .expect("at least one run");
            match best {
                Ok(run) => {
                    print!(" {:>12.1}", timing::millis(run.time));
                    times.push(run.time);
                    last = Some((size, run));
                }
                Err(why) => {
                    print!(" {:>12}", "stopped");
                    problem = Some(why);
                    break;
                }
            }
        }
        let growth: Vec<f64> = times
            .windows(2)
            .map(|w| w[1].as_secs_f64() / w[0].as_secs_f64().max(1e-9))
            .collect();
        let printed = times.len() + usize::from(problem.is_some());
        for _ in printed..sizes.len() {
            print!(" {:>12}", "-");
        }
        let growth_text: Vec<String> = growth.iter().map(|g| format!("{g:.1}x")).collect();
        let (speed, timexes, extra) = last.as_ref().map_or((0.0, 0, 0.0), |(size, run)| {
            (
                timing::megabytes_per_second(*size, run.time),
                run.timexes,
                run.extra_kb as f64 / 1e3 / (*size as f64 / 1e6),
            )
        });
        let linear = problem.is_none() && growth.iter().all(|&g| g <= LINEAR_LIMIT);
        all_linear &= linear;
        println!(
            " {:>12} {speed:>10.1} {timexes:>9} {extra:>13.1}  {}",
            growth_text.join(" "),
            match (&problem, linear) {
                (Some(why), _) => format!("SUPER-LINEAR? {why}"),
                (None, true) => "linear".to_string(),
                (None, false) => format!("SUPER-LINEAR (a step grew over {LINEAR_LIMIT}x)"),
            }
        );
    }
    println!(
        "growth = time ratio per tenfold size (linear = 10x); extra MB/MB = peak memory beyond \
         the input, per MB of input, at the largest size"
    );
    if bench && !all_linear {
        std::process::exit(1);
    }
}

/// What one child run measured.
struct Run {
    time: Duration,
    timexes: usize,
    /// Peak resident memory minus the resident memory before tagging, in KB.
    extra_kb: u64,
}

fn spawn_child(
    pattern: &str,
    size: usize,
    limit: Duration,
    max_rss_kb: u64,
) -> Result<Run, String> {
    let text = child::run_child(&["--child", pattern, &size.to_string()], limit, max_rss_kb)
        .map_err(|why| format!("{why} at {}", label(size)))?;
    let fields: Vec<u64> = text
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    match fields[..] {
        [nanos, timexes, extra_kb] => Ok(Run {
            time: Duration::from_nanos(nanos),
            timexes: timexes as usize,
            extra_kb,
        }),
        _ => Err(format!("unreadable child output {text:?}")),
    }
}

/// In the child: builds the input, tags it once, prints nanoseconds, expressions found and the
/// memory used beyond the input.
fn child(pattern: &str, size: usize) {
    let unit = PATTERNS
        .iter()
        .find(|(name, _)| *name == pattern)
        .map(|(_, unit)| *unit)
        .expect("a known pattern");
    let mut text = unit.repeat(size / unit.len() + 1);
    let mut cut = size.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text.shrink_to_fit();
    let options = options();
    let before = child::reset_peak();
    let (found, took) = timing::time(|| black_box(tag(black_box(&text), &options)).len());
    println!("{} {found} {}", took.as_nanos(), child::peak_since(before));
}

// `..Default::default()` keeps this compiling as the tagger grows options.
#[allow(clippy::needless_update)]
fn options() -> TagOptions {
    TagOptions {
        reference_date: NaiveDate::from_ymd_opt(2001, 12, 26),
        ..TagOptions::default()
    }
}

fn label(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", bytes / 1_000_000)
    } else {
        format!("{} KB", bytes / 1_000)
    }
}
