//! `timeliner build [--check]`: render every timeline under the data directory to the same
//! relative path under the output directory, or check that the committed charts are current.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use timeliner::diag::Diagnostic;

use super::{count, files};

/// Render every timeline DATA/**/*.yaml to OUTPUT/<same path>.svg.
///
/// Only charts whose bytes change are written, each atomically. A chart in OUTPUT without
/// a timeline is reported but never deleted. With --check nothing is written: the charts
/// are compared with what the timelines render to, as CI does.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner build --check

Exit status:
  0  every chart written (or, with --check, up to date)
  1  with --check: a chart is stale, missing or orphaned
  2  an invalid or unreadable timeline, or an I/O error")]
pub struct BuildArgs {
    /// Write nothing; exit 1 if any chart is stale, missing or orphaned, showing each.
    #[arg(long)]
    check: bool,
    /// Where the timelines are.
    #[arg(long, value_name = "DIR", default_value = "data")]
    data: PathBuf,
    /// Where the charts go.
    #[arg(long, value_name = "DIR", default_value = "output")]
    output: PathBuf,
}

/// How a chart compares with what its timeline renders to.
enum Finding {
    Stale { diff: Vec<String> },
    Missing,
}

pub fn run(args: &BuildArgs) -> anyhow::Result<ExitCode> {
    let mut problems = 0;
    let mut fail = |diagnostics: &[timeliner::diag::Diagnostic]| {
        problems += diagnostics.len();
        files::print_diagnostics(diagnostics);
    };
    let timelines = match files_with_extension(&args.data, &["yaml", "yml"]) {
        Ok(found) => found,
        Err(err) => {
            let diagnostic = files::io_diagnostic(
                &files::display(&args.data),
                "cannot read the data directory",
                &err,
            );
            files::print_diagnostics(&[diagnostic]);
            return Ok(ExitCode::from(2));
        }
    };
    let charts = match files_with_extension(&args.output, &["svg"]) {
        Ok(found) => found,
        Err(err) if err.kind() == io::ErrorKind::NotFound => BTreeSet::new(),
        Err(err) => {
            let diagnostic = files::io_diagnostic(
                &files::display(&args.output),
                "cannot read the output directory",
                &err,
            );
            files::print_diagnostics(&[diagnostic]);
            return Ok(ExitCode::from(2));
        }
    };

    if !args.check {
        for dir in [&args.data, &args.output] {
            remove_stale_temporaries(dir);
        }
    }
    let inside = fs::canonicalize(&args.data)?;
    let mut out_of_date = 0;
    let mut written = 0;
    for relative in &timelines {
        let source = args.data.join(relative);
        let target = args.output.join(relative.with_extension("svg"));
        let (source_name, target_name) = (files::display(&source), files::display(&target));
        if let Err(diagnostic) = stays_inside(&source, &inside, &args.data) {
            fail(&[diagnostic]);
            continue;
        }
        let timeline = match files::read_timeline(&source) {
            Ok(timeline) => timeline,
            Err(diagnostics) => {
                fail(&diagnostics);
                continue;
            }
        };
        let svg = timeliner::render::render_svg(&timeline);
        let finding = match fs::read(&target) {
            Ok(old) if old == svg.as_bytes() => continue,
            Ok(old) => Finding::Stale {
                diff: short_diff(&String::from_utf8_lossy(&old), &svg),
            },
            Err(err) if err.kind() == io::ErrorKind::NotFound => Finding::Missing,
            Err(err) => {
                fail(&[files::io_diagnostic(
                    &target_name,
                    "cannot read the chart",
                    &err,
                )]);
                continue;
            }
        };
        if args.check {
            out_of_date += 1;
            match finding {
                Finding::Stale { diff } => {
                    let mut report = format!(
                        "stale: {target_name} differs from what {source_name} renders to\n"
                    );
                    for line in diff {
                        report.push_str(&format!("  {line}\n"));
                    }
                    files::write_stdout(report.as_bytes())?;
                }
                Finding::Missing => files::write_stdout(
                    format!("missing: {target_name} (the chart of {source_name})\n").as_bytes(),
                )?,
            }
            continue;
        }
        let result = target
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| files::write_atomic(&target, svg.as_bytes()));
        match result {
            Ok(()) => {
                written += 1;
                files::write_stdout(format!("wrote {target_name}\n").as_bytes())?;
            }
            Err(err) => fail(&[files::io_diagnostic(
                &target_name,
                "cannot write the chart",
                &err,
            )]),
        }
    }

    let expected: BTreeSet<PathBuf> = timelines.iter().map(|t| t.with_extension("svg")).collect();
    let orphans: Vec<&PathBuf> = charts.difference(&expected).collect();
    for orphan in &orphans {
        let chart = files::display(&args.output.join(orphan));
        let timeline = files::display(&args.data.join(orphan.with_extension("yaml")));
        if args.check {
            files::write_stdout(
                format!("orphaned: {chart} has no timeline {timeline}\n").as_bytes(),
            )?;
        } else {
            eprintln!(
                "warning: {chart} has no timeline {timeline}; delete it or restore the timeline"
            );
        }
    }

    if problems > 0 {
        let consequence = if args.check {
            ""
        } else {
            "; charts with problems were not written"
        };
        eprintln!("error: {} found{consequence}", count(problems, "problem"));
        return Ok(ExitCode::from(2));
    }
    if args.check && out_of_date + orphans.len() > 0 {
        eprintln!(
            "error: {} out of date; run `timeliner build`{}",
            count(out_of_date + orphans.len(), "chart"),
            if orphans.is_empty() {
                ""
            } else {
                " and delete orphaned charts"
            }
        );
        return Ok(ExitCode::from(1));
    }
    let total = count(timelines.len(), "chart");
    if args.check {
        files::write_stdout(format!("{total} up to date\n").as_bytes())?;
    } else {
        files::write_stdout(format!("{total}, {written} written\n").as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Every file under `root` whose name ends in `.` and one of `extensions` (in any case),
/// relative to `root`, sorted. Symbolic links to directories are not followed, so a link
/// cycle cannot loop.
fn files_with_extension(root: &Path, extensions: &[&str]) -> io::Result<BTreeSet<PathBuf>> {
    Ok(files_under(root)?
        .into_iter()
        .filter(|path| {
            path.extension()
                .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
        })
        .collect())
}

fn files_under(root: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        for entry in fs::read_dir(root.join(&relative))? {
            let entry = entry?;
            let path = relative.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                pending.push(path);
            } else {
                found.push(path);
            }
        }
    }
    Ok(found)
}

/// A temporary file of ours untouched this long was left by a killed run: a live write
/// takes milliseconds.
const STALE_AFTER: Duration = Duration::from_secs(60);

/// Removes what killed runs left under `root`: only files named as [`files::stage`] names
/// its temporary files, and only those untouched for [`STALE_AFTER`].
fn remove_stale_temporaries(root: &Path) {
    let Ok(found) = files_under(root) else {
        return;
    };
    for relative in found {
        let is_ours = relative
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(files::is_temporary_name);
        let path = root.join(&relative);
        let stale = || {
            let modified = fs::symlink_metadata(&path).and_then(|m| m.modified()).ok();
            modified
                .and_then(|m| m.elapsed().ok())
                .is_some_and(|age| age > STALE_AFTER)
        };
        if is_ours && stale() && fs::remove_file(&path).is_ok() {
            println!(
                "removed {}, left by an interrupted run",
                files::display(&path)
            );
        }
    }
}

/// `source` is a file inside the data folder `inside` (canonical), or a symbolic link to
/// one; a link that leads outside is refused without reading what it points to.
fn stays_inside(source: &Path, inside: &Path, data: &Path) -> Result<(), Diagnostic> {
    let is_link = fs::symlink_metadata(source).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link || fs::canonicalize(source).is_ok_and(|real| real.starts_with(inside)) {
        return Ok(());
    }
    Err(Diagnostic::new(
        &files::display(source),
        format!(
            "a symbolic link that leads outside {}; build reads only files inside its data folder",
            files::display(data)
        ),
    )
    .with_hint("copy the timeline into the folder, or pass its folder with --data"))
}

/// At most this many removed and this many added lines are shown for a stale chart.
const DIFF_LINES: usize = 6;
/// Longer lines are cut: SVG lines can be long.
const DIFF_LINE_CHARS: usize = 100;

/// The lines between the common beginning and the common end of `old` and `new`, as
/// `-`/`+` lines under a `@@ line N @@` header, shortened.
fn short_diff(old: &str, new: &str) -> Vec<String> {
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = &old[prefix..old.len() - suffix];
    let added = &new[prefix..new.len() - suffix];
    if removed.is_empty() && added.is_empty() {
        // Same lines, different bytes.
        return vec!["(line endings or the final newline differ)".to_string()];
    }
    let mut diff = vec![format!("@@ line {} @@", prefix + 1)];
    for (sign, lines) in [('-', removed), ('+', added)] {
        for line in lines.iter().take(DIFF_LINES) {
            diff.push(format!("{sign} {}", shorten(line)));
        }
        if lines.len() > DIFF_LINES {
            let rest = count(lines.len() - DIFF_LINES, "more line");
            diff.push(format!("{sign} … and {rest}"));
        }
    }
    diff
}

fn shorten(line: &str) -> String {
    match line.char_indices().nth(DIFF_LINE_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_the_changed_middle() {
        assert_eq!(
            short_diff("a\nb\nc\n", "a\nB\nc\n"),
            ["@@ line 2 @@", "- b", "+ B"]
        );
        assert_eq!(short_diff("a\n", "a\nb\n"), ["@@ line 2 @@", "+ b"]);
        assert_eq!(
            short_diff("a\r\n", "a\n"),
            ["(line endings or the final newline differ)"]
        );
        let many: String = (0..10).map(|n| format!("{n}\n")).collect();
        let diff = short_diff(&many, "");
        assert_eq!(diff.len(), 1 + DIFF_LINES + 1);
        assert_eq!(
            diff.last().map(String::as_str),
            Some("- … and 4 more lines")
        );
        assert_eq!(shorten(&"x".repeat(101)), format!("{}…", "x".repeat(100)));
    }
}
