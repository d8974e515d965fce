//! `timeliner build`.

use std::process::ExitCode;

use clap::Parser;

/// Not implemented yet.
#[derive(Debug, Parser)]
pub struct BuildArgs {}

pub fn run(_args: &BuildArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`timeliner build` is not implemented yet")
}
