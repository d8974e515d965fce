//! `timeliner render`.

use std::process::ExitCode;

use clap::Parser;

/// Not implemented yet.
#[derive(Debug, Parser)]
pub struct RenderArgs {}

pub fn run(_args: &RenderArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`timeliner render` is not implemented yet")
}
