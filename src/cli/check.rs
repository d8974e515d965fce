//! `timeliner check FILE...`: validate timelines and report every problem of every file.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use super::{count, files};

/// Check timelines without rendering them: report every problem of every file.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner check data/*.yaml

Exit status: 0 all valid, 2 any problem (invalid or unreadable file).")]
pub struct CheckArgs {
    /// The timelines to check (YAML; `-` reads standard input).
    #[arg(required = true, value_name = "FILES")]
    files: Vec<PathBuf>,
}

pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let mut problems = 0;
    let mut bad_files = 0;
    for path in &args.files {
        if let Err(diagnostics) = files::read_timeline(path) {
            files::print_diagnostics(&diagnostics);
            problems += diagnostics.len();
            bad_files += 1;
        }
    }
    let checked = args.files.len();
    if bad_files == 0 {
        files::write_stdout(format!("{}: no problems\n", count(checked, "file")).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "error: {} in {bad_files} of {}",
        count(problems, "problem"),
        count(checked, "file")
    );
    Ok(ExitCode::from(2))
}
