//! Timing helpers shared by the benchmarks: repeated runs summarised by best and median,
//! spawned processes timed from spawn to exit, and the benchmark/smoke switch.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `cargo bench` passes `--bench`; `cargo test --all-targets` runs the same binary without it,
/// and then each benchmark only checks, on a tiny input, that it still runs.
pub fn is_bench_run() -> bool {
    std::env::args().any(|arg| arg == "--bench")
}

/// The value of `name` in the environment, or `default` when unset or unreadable.
pub fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The number after `name` on the command line (`--runs 3`), or `default`.
pub fn flag_or(name: &str, default: f64) -> f64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|at| args.get(at + 1)?.parse().ok())
        .unwrap_or(default)
}

/// Runs `work` once and returns its result and how long it took.
pub fn time<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let result = work();
    (result, start.elapsed())
}

/// Durations of repeated runs of the same work.
#[derive(Default)]
pub struct Sample(Vec<Duration>);

impl Sample {
    pub fn push(&mut self, time: Duration) {
        self.0.push(time);
    }

    pub fn best(&self) -> Duration {
        self.0.iter().copied().min().unwrap_or_default()
    }

    pub fn median(&self) -> Duration {
        let mut sorted = self.0.clone();
        sorted.sort();
        sorted.get(sorted.len() / 2).copied().unwrap_or_default()
    }
}

/// Runs `command` to completion with its output discarded; panics if it fails, since a
/// benchmark of a failing command measures nothing.
pub fn run_quietly(command: &mut Command) {
    let status = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    assert!(status.success(), "{command:?} failed: {status}");
}

pub fn megabytes_per_second(bytes: usize, time: Duration) -> f64 {
    megabytes(bytes) / time.as_secs_f64().max(1e-9)
}

/// A count as a float, for figures to print.
#[expect(
    clippy::cast_precision_loss,
    reason = "a printed figure: rounding past 2^53 does not show"
)]
pub fn approx(count: usize) -> f64 {
    count as f64
}

pub fn megabytes(bytes: usize) -> f64 {
    approx(bytes) / 1e6
}

/// Megabytes (10^6 bytes, as the articles are measured) of a size in the kilobytes of GNU
/// time and `/proc/*/status`, which are KiB: read as thousands of bytes, every peak was
/// 2.4% too low.
pub fn kib_megabytes(kib: u64) -> f64 {
    approx(usize::try_from(kib).unwrap_or(usize::MAX)) * 1024.0 / 1e6
}

pub fn millis(time: Duration) -> f64 {
    time.as_secs_f64() * 1e3
}
