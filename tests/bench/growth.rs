//! The driver shared by the scaling benchmarks (`scale` for `tag`, `scale_extract` for
//! `extract`): inputs of growing size made of adversarial patterns, each run in a fresh child
//! process so that its peak memory (`VmHWM`) is its own; a child that runs over the time a
//! linear stage would need, or over `--max-rss-gb` (8), is stopped and reported. For each
//! tenfold step the time should grow about tenfold, not a hundredfold.
//!
//! Flags after `--`: `--max-mb N` (largest size), `--runs N` (best of, 2), `--only WORD`
//! (patterns whose name contains WORD), `--max-rss-gb N`.

use std::hint::black_box;
use std::time::Duration;

use crate::{child, timing};

/// mimalloc (the command's allocator) gives freed pages back to the system at once, not after a
/// delay (10 ms by default, checked as it allocates): the peak then depends on the work alone,
/// not on how busy the machine is (`same date repeated` at 10 MB: 110 MB by default under load
/// 5, 92 MB with this, in every run).
const PURGE_AT_ONCE: (&str, &str) = ("MIMALLOC_PURGE_DELAY", "0");

/// The shortest run whose growth to the next size is judged.
const MEASURABLE: Duration = Duration::from_millis(1);

/// One stage measured over growing inputs.
pub struct Stage<P> {
    /// What is measured, for the table's title: "tagging".
    pub title: &'static str,
    /// The pattern names; [`Stage::make`] builds an input of one of them.
    pub patterns: Vec<&'static str>,
    /// The input of `size` bytes (about) for a pattern.
    pub make: fn(&str, usize) -> String,
    /// Work done before the clock starts (not measured): the stage's own input.
    pub prepare: fn(&str) -> P,
    /// The measured work; returns what it found, a count printed beside the times.
    pub run: fn(&str, &P) -> usize,
    /// What the count counts: "timexes".
    pub found: &'static str,
    /// Sizes with `--bench`, smallest first; `--max-mb` cuts the list (`default_max_mb`).
    pub sizes: &'static [usize],
    pub default_max_mb: f64,
    /// Sizes without `--bench` (a smoke run).
    pub smoke_sizes: &'static [usize],
    /// Growth per tenfold step above which the stage is called super-linear.
    pub linear_limit: f64,
    /// The most memory the measured work may add at the largest size, in MB: a fixed part and
    /// a part per MB of input (`None`: only printed).
    pub memory_bound: Option<(f64, f64)>,
}

/// Runs the benchmark, or one child of it when called with `--child`. Exits 1 when a
/// pattern grows faster than `linear_limit`, or adds more memory than `memory_bound`, in a
/// `--bench` run.
pub fn main<P>(stage: &Stage<P>) {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--child") {
        child(
            stage,
            &args[at + 1],
            args[at + 2].parse().expect("a byte count"),
        );
        return;
    }
    let bench = timing::is_bench_run();
    let flag = |name: &str, default: f64| {
        args.iter()
            .position(|a| a == name)
            .and_then(|at| args.get(at + 1)?.parse().ok())
            .unwrap_or(default)
    };
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "command-line figures; `as` saturates and takes a negative to 0"
    )]
    let (max_bytes, max_rss_kb, runs) = (
        (flag("--max-mb", stage.default_max_mb) * 1e6) as usize,
        (flag("--max-rss-gb", 8.0) * 1e6) as u64,
        (flag("--runs", 2.0) as usize).max(1),
    );
    let mut sizes = if bench {
        stage.sizes.to_vec()
    } else {
        println!("smoke run (no --bench): checks that the benchmark runs; figures mean nothing");
        stage.smoke_sizes.to_vec()
    };
    let smallest = sizes[0];
    sizes.retain(|&s| s <= max_bytes.max(smallest));

    println!(
        "{} time and peak memory by input size, one child process per run",
        stage.title
    );
    // The longest pattern name sets the first column, so that the columns line up.
    let width = stage.patterns.iter().map(|p| p.len()).max().unwrap_or(0);
    print!("{:<width$}", "pattern");
    for &size in &sizes {
        print!(" {:>12}", format!("{} ms", label(size)));
    }
    println!(
        " {:>12} {:>10} {:>9} {:>9} {:>13}  verdict",
        "growth", "MB/s last", "ms/MB", stage.found, "extra MB/MB"
    );
    let mut all_within = true;
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|at| args.get(at + 1))
        .map_or("", String::as_str);
    for &name in stage.patterns.iter().filter(|name| name.contains(only)) {
        print!("{name:<width$}");
        let mut times: Vec<Duration> = Vec::new();
        let mut last = None;
        let mut problem = None;
        for &size in &sizes {
            // A linear stage needs about ten times the previous step; allow it thirty.
            let limit = times.last().map_or(Duration::from_secs(120), |t| {
                (*t * 30).max(Duration::from_secs(5))
            });
            // Best of `--runs` (2): the machine is shared, a busy moment is not the stage's.
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
        #[expect(
            clippy::cast_precision_loss,
            reason = "a printed figure: rounding past 2^53 does not show"
        )]
        let (speed, found, extra) = last.as_ref().map_or((0.0, 0, 0.0), |(size, run)| {
            (
                timing::megabytes_per_second(*size, run.time),
                run.found,
                timing::kib_megabytes(run.extra_kb) / (*size as f64 / 1e6),
            )
        });
        // A step from under a millisecond measures fixed costs, not growth: a super-linear
        // pattern still shows in the next step.
        let linear = problem.is_none()
            && growth
                .iter()
                .zip(times.windows(2))
                .all(|(&g, w)| g <= stage.linear_limit || w[0] < MEASURABLE);
        let over =
            stage
                .memory_bound
                .zip(last.as_ref())
                .and_then(|((fixed, per_mb), (size, run))| {
                    #[expect(clippy::cast_precision_loss, reason = "sizes far below 2^53")]
                    let (bound, added) = (
                        fixed + per_mb * *size as f64 / 1e6,
                        timing::kib_megabytes(run.extra_kb),
                    );
                    (added > bound)
                        .then(|| format!("; OVER MEMORY ({added:.0} MB > {bound:.0} MB)"))
                });
        all_within &= linear && over.is_none();
        // Milliseconds per MB at the largest size that ran.
        let per_mb = if speed > 0.0 {
            format!("{:.1}", 1e3 / speed)
        } else {
            "-".to_string()
        };
        println!(
            " {:>12} {speed:>10.1} {per_mb:>9} {found:>9} {extra:>13.1}  {}",
            growth_text.join(" "),
            match (&problem, linear) {
                (Some(why), _) => format!("SUPER-LINEAR? {why}"),
                (None, true) => "linear".to_string(),
                (None, false) => format!("SUPER-LINEAR (a step grew over {}x)", stage.linear_limit),
            } + over.as_deref().unwrap_or_default()
        );
    }
    println!(
        "growth = time ratio per tenfold size (linear = 10x); ms/MB at the largest size; extra \
         MB/MB = peak memory beyond the input, per MB of input, at the largest size"
    );
    if bench && !all_within {
        std::process::exit(1);
    }
}

/// What one child run measured.
struct Run {
    time: Duration,
    found: usize,
    /// Peak resident memory minus the resident memory before the measured work, in KB.
    extra_kb: u64,
}

fn spawn_child(
    pattern: &str,
    size: usize,
    limit: Duration,
    max_rss_kb: u64,
) -> Result<Run, String> {
    let text = child::run_child(
        &["--child", pattern, &size.to_string()],
        &[PURGE_AT_ONCE],
        limit,
        max_rss_kb,
    )
    .map_err(|why| format!("{why} at {}", label(size)))?;
    let fields: Vec<u64> = text
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    match fields[..] {
        [nanos, found, extra_kb] => Ok(Run {
            time: Duration::from_nanos(nanos),
            found: usize::try_from(found).map_err(|_| format!("count {found} too large"))?,
            extra_kb,
        }),
        _ => Err(format!("unreadable child output {text:?}")),
    }
}

/// In the child: builds the input, prepares, runs the stage once, prints nanoseconds, what it
/// found and the memory used beyond the input and the prepared work.
fn child<P>(stage: &Stage<P>, pattern: &str, size: usize) {
    assert!(stage.patterns.contains(&pattern), "a known pattern");
    let mut text = (stage.make)(pattern, size);
    text.shrink_to_fit();
    let prepared = (stage.prepare)(&text);
    let before = child::reset_peak();
    let (found, took) = timing::time(|| black_box((stage.run)(black_box(&text), &prepared)));
    println!("{} {found} {}", took.as_nanos(), child::peak_since(before));
}

/// `unit` repeated to `size` bytes, cut at a character boundary.
pub fn cycle(unit: &str, size: usize) -> String {
    let mut text = unit.repeat(size / unit.len() + 1);
    let mut cut = size.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

fn label(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", bytes / 1_000_000)
    } else {
        format!("{} KB", bytes / 1_000)
    }
}
