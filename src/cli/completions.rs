//! `timeliner completions SHELL`: print a shell completion script.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use clap_complete::Shell;

/// Print a shell completion script on standard output.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example (bash):
  timeliner completions bash > ~/.local/share/bash-completion/completions/timeliner")]
pub struct CompletionsArgs {
    /// The shell to complete for.
    shell: Shell,
}

pub fn run(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut command = super::Args::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "timeliner", &mut script);
    super::files::write_stdout(&script)?;
    Ok(ExitCode::SUCCESS)
}
