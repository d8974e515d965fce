//! `timeliner init [DIR]`: a new timeline repository, never over anything that exists.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use timeliner::formats::starter::{self, OnMain};

use super::files;

/// Make a new timeline repository: an example timeline in data/ and its chart in output/,
/// the JSON Schema for editors, a README and a GitHub Actions workflow.
///
/// The workflow runs `timeliner build --check` on pull requests; edit its TIMELINER_SOURCE
/// line to the git repository timeliner is installed from. Nothing that exists is replaced:
/// if any of the files is there already, none is written.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner init my-timelines --on-main commit

Exit status: 0 written, 2 a file exists already, or an I/O error.")]
pub struct InitArgs {
    /// The folder of the new repository, made if missing.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// What the workflow does on pushes to main: fail on stale charts, or redraw and commit them.
    #[arg(long, value_enum, default_value_t = OnMainArg::Check)]
    on_main: OnMainArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OnMainArg {
    Check,
    Commit,
}

pub fn run(args: &InitArgs) -> anyhow::Result<ExitCode> {
    let on_main = match args.on_main {
        OnMainArg::Check => OnMain::Check,
        OnMainArg::Commit => OnMain::Commit,
    };
    let planned = starter::files(on_main);
    let existing: Vec<String> = planned
        .iter()
        .map(|(path, _)| args.dir.join(path))
        .filter(|path| path.symlink_metadata().is_ok())
        .map(|path| files::display(&path))
        .collect();
    if !existing.is_empty() {
        for path in &existing {
            eprintln!("error: {path} exists already");
        }
        eprintln!("init writes nothing over existing files: move them away, or choose another DIR");
        return Ok(ExitCode::from(2));
    }
    for (path, bytes) in &planned {
        let target = args.dir.join(path);
        if let Err(err) = write_new(&target, bytes) {
            let diagnostic = files::io_diagnostic(&files::display(&target), "cannot write", &err);
            files::print_diagnostics(&[diagnostic]);
            return Ok(ExitCode::from(2));
        }
    }
    eprintln!(
        "made a timeline repository in {}: edit TIMELINER_SOURCE in .github/workflows/timeline.yml, then see README.md",
        files::display(&args.dir)
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes a file that must not exist yet (`create_new`, so a file made since the check above
/// is not replaced either), with its folders.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}
