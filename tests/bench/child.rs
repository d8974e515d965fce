//! Measuring one run in a child process of its own, so that its peak memory (`VmHWM`) is its
//! own: the child resets the peak, does the work, prints what it measured; the parent stops it
//! past a time or memory limit.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs this benchmark's own executable with `args` and the variables `env` and returns its
/// standard output, or why it was stopped: over `limit`, over `max_rss_kb` of resident memory,
/// or failed.
pub fn run_child(
    args: &[&str],
    env: &[(&str, &str)],
    limit: Duration,
    max_rss_kb: u64,
) -> Result<String, String> {
    let mut child = Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
        .args(args)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    loop {
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            break;
        }
        let rss = status_kb(&format!("/proc/{}/status", child.id()), "VmRSS:");
        if started.elapsed() > limit || rss.is_some_and(|kb| kb > max_rss_kb) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(match rss {
                Some(kb) if kb > max_rss_kb => format!("over {} MB of memory", max_rss_kb / 1000),
                _ => format!("over {limit:?}"),
            });
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("child failed: {}", output.status));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// In the child: resets the peak to the current size (Linux) and returns the resident memory
/// now, so that [`peak_since`] counts the measured work alone.
pub fn reset_peak() -> u64 {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    status_kb("/proc/self/status", "VmRSS:").unwrap_or(0)
}

/// In the child: the peak resident memory beyond `before` ([`reset_peak`]), in KB.
pub fn peak_since(before: u64) -> u64 {
    status_kb("/proc/self/status", "VmHWM:")
        .unwrap_or(0)
        .saturating_sub(before)
}

/// A `kB` field of a `/proc/.../status` file (Linux); `None` elsewhere.
pub fn status_kb(path: &str, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(path).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
