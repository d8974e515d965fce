//! `timeliner tag FILE...`: print the temporal expressions of articles.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Parser, ValueEnum};
use timeliner::formats::json::{self, TaggedFile};
use timeliner::formats::timeml;
use timeliner::tagger::{TagOptions, Tagged, tag_with_warnings};
use timeliner::timex::Modifier;

use super::{DocTypeArg, files};

/// Find temporal expressions in articles and print them.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner tag data/kim-trump-talks.txt --reference-date 2025-09-22 --format json")]
pub struct TagArgs {
    /// Articles to read (`-` for standard input), UTF-8.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The date relative expressions are resolved against (YYYY-MM-DD). Without it, the
    /// article's front matter (`date: YYYY-MM-DD`) or dateline is used, if any.
    #[arg(long)]
    reference_date: Option<NaiveDate>,
    /// How month and day names without a year are read: `news` against the reference
    /// date, `narrative` against the date mentioned before them (history, profiles), `auto`
    /// news when there is a reference date and the text does not read as history.
    #[arg(long, value_enum, default_value_t = DocTypeArg::Auto)]
    doc_type: DocTypeArg,
    /// Output: the text with inline TIMEX3 tags, JSON with byte spans, or a table for people.
    #[arg(long, value_enum, default_value_t = Format::Timeml)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Timeml,
    Json,
    Text,
}

pub fn run(args: &TagArgs) -> anyhow::Result<ExitCode> {
    let options = TagOptions {
        reference_date: args.reference_date,
        doc_type: args.doc_type.into(),
    };
    let mut documents = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let text = super::files::read_article(path)?;
        let tagged = tag_with_warnings(&text, &options);
        for warning in &tagged.warnings {
            match warning.position() {
                Some((line, column)) => {
                    eprintln!("warning: {}:{line}:{column}: {warning}", path.display());
                }
                None => eprintln!("warning: {}: {warning}", path.display()),
            }
        }
        documents.push((path.display().to_string(), text, tagged));
    }
    let output = match args.format {
        Format::Timeml => documents
            .iter()
            .map(|(_, text, tagged)| timeml::write_timexes(text, &tagged.timexes))
            .collect::<String>()
            .into_bytes(),
        Format::Json => {
            let files: Vec<TaggedFile<'_>> = documents
                .iter()
                .map(|(file, text, tagged)| TaggedFile { file, text, tagged })
                .collect();
            json::write_tagged(&files)?
        }
        Format::Text => documents
            .iter()
            .map(|(name, text, tagged)| table(name, text, tagged))
            .collect::<String>()
            .into_bytes(),
    };
    files::write_stdout(&output).context("cannot write to standard output")?;
    Ok(ExitCode::SUCCESS)
}

/// `file:line:col  TYPE  value  mod  text`, one expression a line.
fn table(name: &str, text: &str, tagged: &Tagged) -> String {
    let mut out = String::new();
    let mut line = 1;
    let mut line_start = 0;
    let mut scanned = 0;
    for timex in &tagged.timexes {
        for (i, b) in text.as_bytes()[scanned..timex.span().start]
            .iter()
            .enumerate()
        {
            if *b == b'\n' {
                line += 1;
                line_start = scanned + i + 1;
            }
        }
        scanned = timex.span().start;
        let column = text[line_start..timex.span().start].chars().count() + 1;
        let _ = writeln!(
            out,
            "{name}:{line}:{column}\t{}\t{}\t{}\t{}",
            timex.kind.as_str(),
            timex.value,
            timex.modifier.map_or("-", Modifier::code),
            text[timex.span()].replace(['\n', '\r'], " ")
        );
    }
    out
}
