//! `timeliner check`.

use std::process::ExitCode;

use clap::Parser;

/// Not implemented yet.
#[derive(Debug, Parser)]
pub struct CheckArgs {}

pub fn run(_args: &CheckArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`timeliner check` is not implemented yet")
}
