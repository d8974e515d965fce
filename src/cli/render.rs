//! `timeliner render FILE [-o OUT] [--format svg|png|html]`: one timeline to one chart.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

use super::files::{self, STDIO};

/// Render one timeline as an SVG (or PNG) chart, or as a web page.
///
/// Problems in the file are reported with their line and column, and nothing is written.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner render data/kim-trump-talks.yaml -o chart.png

Exit status: 0 written, 2 invalid timeline or I/O error.")]
pub struct RenderArgs {
    /// The timeline (YAML; `-` reads standard input).
    file: PathBuf,
    /// Where to write the chart (`-` or omitted: standard output). Replaced atomically.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// Chart format [default: png or html when OUT ends in .png or .html, else svg]. PNG is
    /// drawn with the bundled font and needs no browser; html is one self-contained page with
    /// the chart, zoom and pan, the list of events and filters by lane and tag.
    #[arg(long, value_enum)]
    format: Option<Format>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Svg,
    Png,
    Html,
}

impl RenderArgs {
    fn format(&self) -> Format {
        let named = |wanted: &[&str]| {
            self.output.as_ref().is_some_and(|out| {
                out.extension()
                    .is_some_and(|ext| wanted.iter().any(|w| ext.eq_ignore_ascii_case(w)))
            })
        };
        self.format.unwrap_or(if named(&["png"]) {
            Format::Png
        } else if named(&["html", "htm"]) {
            Format::Html
        } else {
            Format::Svg
        })
    }
}

pub fn run(args: &RenderArgs) -> anyhow::Result<ExitCode> {
    let timeline = match files::read_timeline(&args.file) {
        Ok(timeline) => timeline,
        Err(diagnostics) => {
            files::print_diagnostics(&diagnostics);
            return Ok(ExitCode::from(2));
        }
    };
    let bytes = match args.format() {
        Format::Svg => timeliner::render::render_svg(&timeline).into_bytes(),
        Format::Html => timeliner::render::render_html(&timeline).into_bytes(),
        Format::Png => match timeliner::render::render_png(&timeline) {
            Ok(png) => png,
            Err(err) => {
                let name = files::display(&args.file);
                files::print_diagnostics(&[timeliner::diag::Diagnostic::new(
                    &name,
                    err.to_string(),
                )]);
                return Ok(ExitCode::from(2));
            }
        },
    };
    let written = match &args.output {
        Some(out) if out.as_os_str() != STDIO => files::write_atomic(out, &bytes).map_err(|err| {
            files::io_diagnostic(&files::display(out), "cannot write the chart", &err)
        }),
        _ => files::write_stdout(&bytes)
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
