//! Do `check` and `render` stay linear in time and bounded in memory as timelines grow?
//!
//! `cargo bench --bench scale-render [-- --runs 2 --max-rss-gb 4]` times, each run in a fresh
//! child process (so that its peak memory is its own): `check` (`timeline::load`, which parses
//! and validates), `render` to SVG and `render` to PNG, over synthetic timelines of 100, 1,000,
//! 10,000 and 100,000 events (the render benchmark's generator: every precision, lanes,
//! statuses, eras), over as many eras or lanes as events (one each), and over one event whose
//! title grows from 1 KB to 1 MB. It prints the time per event (or per KB of title), the
//! growth per tenfold step (linear is 10x; over 12x is flagged) and the memory the stage
//! added and the peak. A PNG past `render::MAX_PIXELS` is refused; the row says so, and its
//! time is the time to refuse.
//!
//! Without `--bench` (as in `cargo test --all-targets`) it runs the two smallest sizes.

// Shared by the benchmarks; each uses only part of it.
#[allow(dead_code)]
mod child;
#[allow(dead_code)]
mod random;
#[allow(dead_code)]
mod synthetic;
#[allow(dead_code)]
mod timing;

use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

use timeliner::render::{RenderError, render_png, render_svg};
use timeliner::timeline::load;

/// Growth per tenfold step above which a stage is called super-linear (n log n over a tenfold
/// step is about 11x to 12x at these sizes).
const LINEAR_LIMIT: f64 = 12.0;

/// What is measured: the stage, and the input that grows.
const CASES: &[(&str, &str)] = &[
    ("check", "events"),
    ("svg", "events"),
    ("png", "events"),
    ("check", "title"),
    ("svg", "title"),
    ("png", "title"),
    ("svg", "eras"),
    ("svg", "lanes"),
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--child") {
        let size = args[at + 3].parse().expect("a size");
        run_case(&args[at + 1], &args[at + 2], size);
        return;
    }
    let bench = timing::is_bench_run();
    let flag = timing::flag_or;
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "command-line figures; `as` saturates and takes a negative to 0"
    )]
    let (runs, max_rss_kb) = (
        (flag("--runs", 2.0) as usize).max(1),
        (flag("--max-rss-gb", 4.0) * 1e6) as u64,
    );
    if !bench {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
    }
    println!("check and render by input size, one child process per run, best of {runs}");
    println!(
        "{:<14} {:>9} {:>12} {:>14} {:>11} {:>11}  note",
        "case", "size", "ms", "us per unit", "extra MB", "peak MB"
    );
    let mut all_linear = true;
    for &(stage, input) in CASES {
        let sizes: Vec<usize> = match (input, bench) {
            ("events", true) => vec![100, 1_000, 10_000, 100_000],
            ("events" | "eras" | "lanes", false) => vec![10, 100],
            ("eras" | "lanes", true) => vec![100, 1_000, 10_000, 100_000],
            (_, true) => vec![1_000, 10_000, 100_000, 1_000_000],
            (_, false) => vec![1_000, 10_000],
        };
        // Each time with whether the PNG was refused: a refusal does no drawing, so no growth
        // is counted between a drawn and a refused size.
        let mut times: Vec<(Duration, bool)> = Vec::new();
        let mut problem = None;
        for &size in &sizes {
            let limit = times.last().map_or(Duration::from_secs(120), |(t, _)| {
                (*t * 30).max(Duration::from_secs(10))
            });
            let best = (0..runs)
                .map(|_| measure(stage, input, size, limit, max_rss_kb))
                .min_by_key(|run| run.as_ref().map_or(Duration::MAX, |r| r.0))
                .expect("at least one run");
            let case = format!("{stage} {input}");
            match best {
                Ok((took, (extra_kb, peak_kb), note)) => {
                    let unit = if input == "title" {
                        timing::approx(size) / 1e3
                    } else {
                        timing::approx(size)
                    };
                    #[expect(
                        clippy::cast_precision_loss,
                        reason = "printed figures: rounding past 2^53 KB does not show"
                    )]
                    let (extra_mb, peak_mb) = (extra_kb as f64 / 1e3, peak_kb as f64 / 1e3);
                    println!(
                        "{case:<14} {size:>9} {:>12.2} {:>14.2} {:>11.1} {:>11.1}  {note}",
                        timing::millis(took),
                        took.as_secs_f64() * 1e6 / unit,
                        extra_mb,
                        peak_mb
                    );
                    times.push((took, note.starts_with("refused")));
                }
                Err(why) => {
                    println!("{case:<14} {size:>9} {:>12}  {why}", "stopped");
                    problem = Some(why);
                    break;
                }
            }
        }
        let growth: Vec<Option<f64>> = times
            .windows(2)
            .map(|w| {
                // Steps under a millisecond are noise, not growth.
                (w[0].1 == w[1].1 && w[1].0 >= Duration::from_millis(1))
                    .then(|| w[1].0.as_secs_f64() / w[0].0.as_secs_f64().max(1e-9))
            })
            .collect();
        let linear = problem.is_none() && growth.iter().flatten().all(|&g| g <= LINEAR_LIMIT);
        all_linear &= linear;
        let text: Vec<String> = growth
            .iter()
            .map(|g| g.map_or("-".to_string(), |g| format!("{g:.1}x")))
            .collect();
        println!(
            "{:<14} growth per tenfold: {} {}",
            "",
            text.join(" "),
            if linear { "(linear)" } else { "SUPER-LINEAR" }
        );
    }
    println!(
        "units: an event, or a KB of title; extra MB = resident memory the measured stage added \
         at its peak (memory freed by building the input is reused, so it may read low); peak \
         MB = the child's peak resident memory, input included"
    );
    if bench && !all_linear {
        std::process::exit(1);
    }
}

/// One run in a child: (time, (extra KB, peak KB), note).
fn measure(
    stage: &str,
    input: &str,
    size: usize,
    limit: Duration,
    max_rss_kb: u64,
) -> Result<(Duration, (u64, u64), String), String> {
    let text = child::run_child(
        &["--child", stage, input, &size.to_string()],
        &[],
        limit,
        max_rss_kb,
    )?;
    let mut fields = text.trim().splitn(4, ' ');
    let mut number = || fields.next().and_then(|f| f.parse::<u64>().ok());
    let (Some(nanos), Some(extra), Some(peak)) = (number(), number(), number()) else {
        return Err(format!("unreadable child output {text:?}"));
    };
    let note = fields.next().unwrap_or_default().to_string();
    Ok((Duration::from_nanos(nanos), (extra, peak), note))
}

/// The timeline's YAML text: `size` synthetic events; `size` events each in an era, or in a
/// lane, of its own; or one event with a title of `size` bytes.
fn yaml(input: &str, size: usize) -> String {
    match input {
        "events" => return synthetic::synthetic_yaml(size, 0x5ca1e ^ size as u64),
        "eras" | "lanes" => {
            let mut yaml = String::from("title: Many\neras:\n");
            let year = |n: usize| 1000 + n % 1000;
            if input == "eras" {
                for n in 0..size {
                    let _ = writeln!(
                        yaml,
                        "  - {{title: Era {n}, start: {}, end: {}}}",
                        year(n),
                        year(n)
                    );
                }
            }
            yaml.push_str("events:\n");
            for n in 0..size {
                let _ = writeln!(
                    yaml,
                    "  - {{id: e{n}, date: {}-03-01, title: Event {n}, lane: L{n}}}",
                    year(n)
                );
            }
            return yaml;
        }
        _ => {}
    }
    let words = "talks in Hanoi broke down ";
    let title = words.repeat(size / words.len() + 1);
    format!(
        "title: One long title\nevents:\n  - id: a\n    date: 2019-02-27\n    title: \"{}\"\n",
        &title[..size]
    )
}

/// In the child: builds the input (not timed), runs the stage once, prints nanoseconds, the
/// memory the stage added and the peak memory, in KB, and a note.
fn run_case(stage: &str, input: &str, size: usize) {
    let text = yaml(input, size);
    let timeline = load("bench.yaml", text.as_bytes()).unwrap_or_else(|errors| {
        panic!("the generated timeline is invalid: {}", errors[0]);
    });
    let before = child::reset_peak();
    let (note, took) = match stage {
        "check" => timing::time(|| {
            let loaded = load("bench.yaml", black_box(text.as_bytes()));
            format!("{} events", loaded.map_or(0, |t| t.events.len()))
        }),
        "svg" => timing::time(|| format!("{} SVG bytes", render_svg(black_box(&timeline)).len())),
        _ => timing::time(|| match render_png(black_box(&timeline)) {
            Ok(png) => format!("{} PNG bytes", png.len()),
            Err(RenderError::TooLarge { width, height }) => {
                format!("refused: {width}x{height} pixels")
            }
            Err(e) => format!("error: {e}"),
        }),
    };
    let extra = child::peak_since(before);
    let peak = child::status_kb("/proc/self/status", "VmHWM:").unwrap_or(0);
    println!("{} {extra} {peak} {note}", took.as_nanos());
}
