//! `timeliner render FILE [-o OUT]`: one timeline to one SVG chart.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use super::files::{self, STDIO};

/// Render one timeline as an SVG chart.
///
/// Problems in the file are reported with their line and column, and nothing is written.
#[derive(Debug, Parser)]
#[command(after_help = "Exit status: 0 written, 2 invalid timeline or I/O error.")]
pub struct RenderArgs {
    /// The timeline (YAML; `-` reads standard input).
    file: PathBuf,
    /// Where to write the SVG (`-` or omitted: standard output). Replaced atomically.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

pub fn run(args: &RenderArgs) -> anyhow::Result<ExitCode> {
    let timeline = match files::read_timeline(&args.file) {
        Ok(timeline) => timeline,
        Err(diagnostics) => {
            files::print_diagnostics(&diagnostics);
            return Ok(ExitCode::from(2));
        }
    };
    let svg = timeliner::render::render_svg(&timeline);
    let written = match &args.output {
        Some(out) if out.as_os_str() != STDIO => {
            files::write_atomic(out, svg.as_bytes()).map_err(|err| {
                files::io_diagnostic(&files::display(out), "cannot write the chart", &err)
            })
        }
        _ => files::write_stdout(svg.as_bytes())
            .map_err(|err| files::io_diagnostic("<stdout>", "cannot write the chart", &err)),
    };
    match written {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(diagnostic) => {
            files::print_diagnostics(&[diagnostic]);
            Ok(ExitCode::from(2))
        }
    }
}
