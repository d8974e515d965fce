//! `timeliner completions SHELL`: print a shell completion script.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use clap_complete::Shell;

/// Print a completion script for SHELL (bash, zsh, fish, elvish, powershell) on stdout.
#[derive(Debug, Parser)]
pub struct CompletionsArgs {
    shell: Shell,
}

pub fn run(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut command = super::Args::command();
    clap_complete::generate(
        args.shell,
        &mut command,
        "timeliner",
        &mut std::io::stdout(),
    );
    Ok(ExitCode::SUCCESS)
}
