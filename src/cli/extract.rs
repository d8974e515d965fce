//! `timeliner extract`.

use std::process::ExitCode;

use clap::Parser;

/// Not implemented yet.
#[derive(Debug, Parser)]
pub struct ExtractArgs {}

pub fn run(_args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`timeliner extract` is not implemented yet")
}
