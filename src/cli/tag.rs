//! `timeliner tag FILE...`: print the temporal expressions of articles.

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, ValueEnum};
use timeliner::tagger::{TagOptions, Tagged, tag_with_warnings};
use timeliner::timex::escape_xml;

use super::DocTypeArg;

/// Find temporal expressions in articles and print them.
#[derive(Debug, Parser)]
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
    /// news when there is a reference date.
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
            eprintln!("warning: {}: {warning}", path.display());
        }
        documents.push((path, text, tagged));
    }
    let output = match args.format {
        Format::Timeml => documents
            .iter()
            .map(|(_, text, tagged)| timeml(text, tagged))
            .collect(),
        Format::Json => json(&documents),
        Format::Text => documents
            .iter()
            .map(|(path, text, tagged)| table(path, text, tagged))
            .collect(),
    };
    let mut out = std::io::stdout().lock();
    out.write_all(output.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The text unchanged, XML-escaped, with inline `<TIMEX3>` tags.
fn timeml(text: &str, tagged: &Tagged) -> String {
    let mut out = String::with_capacity(text.len() + tagged.timexes.len() * 64);
    let mut last = 0;
    for (n, timex) in tagged.timexes.iter().enumerate() {
        out.push_str(&escape_xml(&text[last..timex.span.start]));
        let _ = write!(
            out,
            "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"",
            n + 1,
            timex.kind.as_str()
        );
        out.push_str(&escape_xml(&timex.value));
        out.push('"');
        if let Some(modifier) = &timex.modifier {
            let _ = write!(out, " mod=\"{modifier}\"");
        }
        out.push('>');
        out.push_str(&escape_xml(&text[timex.span.clone()]));
        out.push_str("</TIMEX3>");
        last = timex.span.end;
    }
    out.push_str(&escape_xml(&text[last..]));
    out
}

fn json(documents: &[(&PathBuf, String, Tagged)]) -> String {
    let mut out = String::from("[");
    for (d, (path, text, tagged)) in documents.iter().enumerate() {
        if d > 0 {
            out.push(',');
        }
        out.push_str("\n  {\"file\": ");
        json_string(&mut out, &path.display().to_string());
        out.push_str(", \"reference_date\": ");
        match tagged.reference_date {
            Some((date, _)) => json_string(&mut out, &date.to_string()),
            None => out.push_str("null"),
        }
        out.push_str(", \"timexes\": [");
        for (n, timex) in tagged.timexes.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            let _ = write!(
                out,
                "\n    {{\"start\": {}, \"end\": {}, \"text\": ",
                timex.span.start, timex.span.end
            );
            json_string(&mut out, &text[timex.span.clone()]);
            let _ = write!(out, ", \"type\": \"{}\", \"value\": ", timex.kind.as_str());
            json_string(&mut out, &timex.value);
            out.push_str(", \"mod\": ");
            match &timex.modifier {
                Some(m) => json_string(&mut out, m),
                None => out.push_str("null"),
            }
            out.push('}');
        }
        out.push_str(if tagged.timexes.is_empty() {
            "]}"
        } else {
            "\n  ]}"
        });
    }
    out.push_str("\n]\n");
    out
}

fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `file:line:col  TYPE  value  mod  text`, one expression a line.
fn table(path: &Path, text: &str, tagged: &Tagged) -> String {
    let mut out = String::new();
    let mut line = 1;
    let mut line_start = 0;
    let mut scanned = 0;
    for timex in &tagged.timexes {
        for (i, b) in text.as_bytes()[scanned..timex.span.start]
            .iter()
            .enumerate()
        {
            if *b == b'\n' {
                line += 1;
                line_start = scanned + i + 1;
            }
        }
        scanned = timex.span.start;
        let column = text[line_start..timex.span.start].chars().count() + 1;
        let _ = writeln!(
            out,
            "{}:{line}:{column}\t{}\t{}\t{}\t{}",
            path.display(),
            timex.kind.as_str(),
            timex.value,
            timex.modifier.as_deref().unwrap_or("-"),
            text[timex.span.clone()].replace(['\n', '\r'], " ")
        );
    }
    out
}
