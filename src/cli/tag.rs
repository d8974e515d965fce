//! `timeliner tag FILE...`: print the temporal expressions of articles.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;
use clap::Parser;
use timeliner::tagger::{TagOptions, tag};

/// Find temporal expressions in articles and print them as inline TimeML.
#[derive(Debug, Parser)]
pub struct TagArgs {
    /// Articles to read (`-` for standard input).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The date relative expressions are resolved against (YYYY-MM-DD).
    #[arg(long)]
    reference_date: Option<NaiveDate>,
}

pub fn run(args: &TagArgs) -> anyhow::Result<ExitCode> {
    let options = TagOptions {
        reference_date: args.reference_date,
    };
    let mut out = std::io::stdout().lock();
    for path in &args.files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut last = 0;
        for (n, timex) in tag(&text, &options).iter().enumerate() {
            write!(out, "{}", escape(&text[last..timex.span.start]))?;
            write!(
                out,
                "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\">{}</TIMEX3>",
                n + 1,
                timex.kind.as_str(),
                escape(&timex.value),
                escape(&text[timex.span.clone()])
            )?;
            last = timex.span.end;
        }
        write!(out, "{}", escape(&text[last..]))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
