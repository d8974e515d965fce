//! `timeliner export FILE --format F [-o OUT]`: a timeline in another tool's format.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use timeliner::formats::exchange::{Exported, describe};
use timeliner::formats::{csv, ics, markwhen, model_json, timelinejs};

use super::files::{self, STDIO};

/// Export a timeline for TimelineJS, markwhen, a spreadsheet, a calendar, or as JSON.
///
/// Says on standard error what the format cannot hold.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner export data/kim-trump-talks.yaml --format csv -o talks.csv

Exit status: 0 written, 2 invalid timeline or I/O error.")]
pub struct ExportArgs {
    /// The timeline (YAML; `-` reads standard input).
    file: PathBuf,
    /// timelinejs: TimelineJS JSON; markwhen: markwhen text; csv: one row per event;
    /// ics: the planned events as an iCalendar file; json: the whole timeline as JSON.
    #[arg(long, value_enum)]
    format: Format,
    /// Where to write (`-` or omitted: standard output). Replaced atomically.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Timelinejs,
    Markwhen,
    Csv,
    Ics,
    Json,
}

pub fn run(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let timeline = match files::read_timeline(&args.file) {
        Ok(timeline) => timeline,
        Err(diagnostics) => {
            files::print_diagnostics(&diagnostics);
            return Ok(ExitCode::from(2));
        }
    };
    let Exported { bytes, dropped } = match args.format {
        Format::Timelinejs => timelinejs::write(&timeline),
        Format::Markwhen => markwhen::write(&timeline),
        Format::Csv => csv::write(&timeline),
        Format::Ics => ics::write(&timeline),
        Format::Json => model_json::write(&timeline),
    };
    let written = match &args.output {
        Some(out) if out.as_os_str() != STDIO => files::write_atomic(out, &bytes)
            .map_err(|err| files::io_diagnostic(&files::display(out), "cannot write", &err)),
        _ => files::write_stdout(&bytes)
            .map_err(|err| files::io_diagnostic("<stdout>", "cannot write", &err)),
    };
    if let Err(diagnostic) = written {
        files::print_diagnostics(&[diagnostic]);
        return Ok(ExitCode::from(2));
    }
    if let Some(lost) = describe(&dropped) {
        let name = args
            .format
            .to_possible_value()
            .map(|v| v.get_name().to_string());
        eprintln!("{} leaves out {lost}", name.unwrap_or_default());
    }
    Ok(ExitCode::SUCCESS)
}
