//! `timeliner digest INPUT...`: the timeline of a story from many articles, one event per day
//! that matters, into a new file or appended to an existing one as `extract -o` does.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, bail};
use chrono::NaiveDate;
use clap::Parser;
use timeliner::batch::{LineError, ReadError};
use timeliner::digest::{Day, DigestError, Digester, Options, entries};
use timeliner::pipeline::Article;
use timeliner::timeline::update::{MadeBy, append, new_events, new_file, write_new_file};
use timeliner::timeline::{self, Source, Timeline};

use super::{corpus, count, files};

/// Digest many articles on one story into its timeline: the days that matter, each with the
/// sentences that tell it.
///
/// With -o and an existing file, only days not in the file yet are appended; edits, comments
/// and review verdicts in the file are kept, and a rejected day stays out.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner digest articles.jsonl --dates 30 --per-date 2 --about bp,oil,spill \\
           -o story.yaml")]
pub struct DigestArgs {
    /// JSON Lines files, plain or gzip (one article per line: `id`, `text`, and `date` or
    /// `reference_date`; `-` reads standard input), or folders of `*.txt` articles (each dated by
    /// a `date: YYYY-MM-DD` front matter line or a news dateline).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// How many days to keep (default: as many as the story supports, at most 100).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    dates: Option<u32>,
    /// Sentences per day.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..))]
    per_date: u32,
    /// The first day the timeline may hold (YYYY-MM-DD).
    #[arg(long)]
    from: Option<NaiveDate>,
    /// The last day the timeline may hold (YYYY-MM-DD).
    #[arg(long)]
    to: Option<NaiveDate>,
    /// Words of the story, separated by commas or spaces: each day's sentences are chosen
    /// among those holding one of them.
    #[arg(long)]
    about: Option<String>,
    /// The timeline file to create or extend (default or `-`: print a new timeline).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(args: &DigestArgs) -> anyhow::Result<ExitCode> {
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        bail!("--from {from} is after --to {to}\n  hint: give the earlier day to --from");
    }
    let options = Options {
        dates: args.dates.map(|n| n as usize),
        per_date: args.per_date as usize,
        from: args.from,
        to: args.to,
        about: args
            .about
            .iter()
            .flat_map(|a| a.split([',', ' ']))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect(),
    };
    let mut digester = Digester::new(options.clone());
    let mut latest: Option<NaiveDate> = None;
    let skipped = read_articles(&args.inputs, &mut |article| {
        latest = latest.max(article.reference);
        digester.add(&article);
    })?;
    if skipped.unreadable + skipped.undated > 0 {
        eprintln!(
            "warning: {} skipped ({} unreadable, {} without a date)",
            count(skipped.unreadable + skipped.undated, "document"),
            skipped.unreadable,
            skipped.undated
        );
    }
    let inputs = args
        .inputs
        .iter()
        .map(|p| files::display(p))
        .collect::<Vec<_>>()
        .join(", ");
    let days = digester.finish().map_err(|e| match e {
        DigestError::NoArticles => anyhow!("{inputs}: {e}"),
        DigestError::NoDays { .. } => anyhow!("{inputs}: {e}\n  hint: widen --from and --to"),
    })?;
    let Some(path) = args
        .output
        .as_ref()
        .filter(|o| o.as_os_str() != files::STDIO)
    else {
        let (sources, events) = entries(&days, &[]);
        let timeline = story(&options, latest, sources, events);
        files::write_stdout_with(|out| write_new_file(out, &timeline, MadeBy::Digest))?;
        return Ok(ExitCode::SUCCESS);
    };
    let name = files::display(path);
    let mut summary = String::new();
    files::update(path, |old| {
        let (text, said) = merge(&name, &options, latest, &days, old)?;
        summary = said;
        Ok::<_, anyhow::Error>(text.map(String::into_bytes))
    })
    .map_err(|err| match err.downcast::<std::io::Error>() {
        Ok(io) => anyhow!("cannot write {name}: {}", files::reason(&io)),
        Err(other) => other,
    })?;
    eprintln!("{name}: {summary}");
    Ok(ExitCode::SUCCESS)
}

/// The new text of the file (`None`: unchanged) and what was done, from its contents `old`.
fn merge(
    name: &str,
    options: &Options,
    latest: Option<NaiveDate>,
    days: &[Day],
    old: Option<&[u8]>,
) -> anyhow::Result<(Option<String>, String)> {
    let Some(old) = old else {
        let (sources, events) = entries(days, &[]);
        let said = format!("created with {}", count(events.len(), "day"));
        let text = new_file(&story(options, latest, sources, events), MadeBy::Digest);
        return Ok((
            Some(super::schema::with_modeline(Path::new(name), text)),
            said,
        ));
    };
    let existing = files::load_for_update(name, old, "digest")?;
    let old_text = std::str::from_utf8(old)?;
    let (sources, events) = entries(days, &existing.sources);
    let chosen = events.len();
    let events = new_events(&existing, events);
    // Only the articles the new days quote become sources.
    let sources: Vec<Source> = sources
        .into_iter()
        .filter(|s| {
            events
                .iter()
                .any(|e| e.mentions.iter().any(|m| *m.source == *s.id))
        })
        .collect();
    if events.is_empty() {
        return Ok((
            None,
            format!(
                "up to date ({} chosen, all already in the file)",
                count(chosen, "day")
            ),
        ));
    }
    let said = format!(
        "added {} and {} ({} already in the file)",
        count(events.len(), "new day"),
        count(sources.len(), "new source"),
        count(chosen - events.len(), "chosen day")
    );
    let text =
        append(old_text, &existing, &sources, &events).map_err(|e| anyhow!("{name}: {e}"))?;
    Ok((Some(text), said))
}

/// A new timeline of the story.
fn story(
    options: &Options,
    latest: Option<NaiveDate>,
    sources: Vec<Source>,
    events: Vec<timeline::Event>,
) -> Timeline {
    let title = if options.about.is_empty() {
        "Story".to_string()
    } else {
        options.about.join(", ")
    };
    Timeline {
        version: Some(1),
        title,
        as_of: latest.and_then(|d| timeline::date::TimelineDate::parse(&d.to_string()).ok()),
        sources,
        events,
        ..Timeline::default()
    }
}

/// The articles of the inputs one at a time, read as `extract --batch` reads a corpus (JSON
/// Lines, plain or gzip; folders of `*.txt` articles dated by front matter or dateline;
/// standard input). A line or file that is not a dated article is reported and skipped; an
/// input that cannot be read at all is an error.
fn read_articles(inputs: &[PathBuf], each: &mut impl FnMut(Article)) -> anyhow::Result<Skipped> {
    let mut skipped = Skipped::default();
    for item in corpus::documents(inputs)? {
        let name = item.input.as_deref().unwrap_or("standard input");
        match item.document {
            Ok(document) if document.reference_date.is_none() => {
                eprintln!(
                    "warning: {name}: {}: no `date` or `reference_date`, nor a dateline; skipped",
                    document.id
                );
                skipped.undated += 1;
            }
            Ok(document) => each(Article {
                name: document.id,
                text: document.text,
                reference: document.reference_date,
                doc_type: document.doc_type.unwrap_or_default(),
            }),
            Err(LineError {
                line,
                error: ReadError::Io(reason),
                ..
            }) => bail!("cannot read {name} past line {line}: {reason}"),
            Err(LineError { line, id, error }) => {
                let id = id.map(|id| format!(" (id {id})")).unwrap_or_default();
                eprintln!("warning: {name}:{line}{id}: {error}; skipped");
                skipped.unreadable += 1;
            }
        }
    }
    Ok(skipped)
}

/// Inputs that were not articles.
#[derive(Debug, Default, Clone, Copy)]
struct Skipped {
    unreadable: usize,
    undated: usize,
}
