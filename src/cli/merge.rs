//! `timeliner merge A.yaml B.yaml ... -o ALL.yaml`: the reduce step of a corpus. Timelines
//! (and the JSON Lines `extract --batch` writes) become one timeline: the same happening
//! from several files is one event with all its mentions, conflicting dates are kept side
//! by side with the tag `date-conflict`, and an existing -o file keeps every edit.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, bail};
use clap::Parser;
use timeliner::batch::{Gather, Lines, ReadError, decompressed, read_line};
use timeliner::timeline::update::{MadeBy, write_new_file};

use super::extract::write_timeline;
use super::{count, files};

/// Merge timelines into one: one event per happening, with the mentions of every file.
///
/// Inputs are timeline YAML files, or the JSON Lines of `extract --batch` (*.jsonl, *.jsonl.gz,
/// *.ndjson; error records are skipped). Events with the same id but different dates are both
/// kept, tagged `date-conflict`, for a person to decide.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner merge part-1.yaml part-2.yaml -o all.yaml")]
pub struct MergeArgs {
    /// Timelines (YAML) or `extract --batch` output (JSON Lines) to merge.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The timeline to create or extend (default: print the merged timeline); an existing
    /// file gets only the new sources and events appended, its edits and verdicts kept.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Print what would be added instead of writing it.
    #[arg(long, requires = "output")]
    dry_run: bool,
}

pub fn run(args: &MergeArgs) -> anyhow::Result<ExitCode> {
    let mut gather = Gather::default();
    for path in &args.inputs {
        if is_json_lines(path) {
            read_json_lines(path, &mut gather)?;
        } else {
            let timeline = files::read_timeline(path).map_err(|diagnostics| {
                files::print_diagnostics(&diagnostics);
                anyhow!(
                    "{}: {}; nothing was merged",
                    files::display(path),
                    count(diagnostics.len(), "problem")
                )
            })?;
            gather.add(timeline.sources, timeline.events);
        }
    }
    match &args.output {
        Some(path) if path.as_os_str() != files::STDIO => {
            write_timeline(path, args.dry_run, MadeBy::Merge, |known| {
                Ok(gather.timeline(known))
            })
        }
        _ => {
            let timeline = gather.timeline(&[]);
            files::write_stdout_with(|out| write_new_file(out, &timeline, MadeBy::Merge))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn is_json_lines(path: &Path) -> bool {
    let name = path.to_string_lossy();
    [".jsonl", ".jsonl.gz", ".ndjson"]
        .iter()
        .any(|end| name.ends_with(end))
}

/// The longest line of batch output read: the events of the longest document `extract
/// --batch` reads, with room to spare, so that a file that is not batch output cannot
/// exhaust memory.
const MAX_OUTPUT_LINE: usize = 64 << 20;

/// The documents of a batch output, each as a source and its events.
fn read_json_lines(path: &Path, gather: &mut Gather) -> anyhow::Result<()> {
    let name = files::display(path);
    let file =
        File::open(path).map_err(|e| anyhow!("cannot read {name}: {}", files::reason(&e)))?;
    let mut lines = Lines::new(decompressed(file), MAX_OUTPUT_LINE);
    for n in 1.. {
        let line = match lines.next_line() {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(ReadError::TooLong { limit }) => bail!(
                "{name}:{n}: the line is longer than {} MiB, more than `extract --batch` writes \
                 for one document; nothing was merged",
                limit >> 20
            ),
            Err(ReadError::Io(reason)) => bail!("cannot read {name}: {reason}"),
            Err(why) => bail!("{name}:{n}: {why}; nothing was merged"),
        };
        let Ok(line) = std::str::from_utf8(line) else {
            bail!("{name}:{n}: invalid UTF-8; nothing was merged");
        };
        if line.trim().is_empty() {
            continue;
        }
        match read_line(line) {
            Ok(Some((source, events))) => gather.add(vec![source], events),
            Ok(None) => {}
            Err(why) => bail!("{name}:{n}: {why}; nothing was merged"),
        }
    }
    Ok(())
}
