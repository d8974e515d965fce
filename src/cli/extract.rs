//! `timeliner extract ARTICLE...`: articles → dated events → a YAML timeline (new, or
//! appended to an existing file without touching what is there), or TimeML for scoring.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, anyhow, bail};
use chrono::NaiveDate;
use clap::{Parser, ValueEnum};
use timeliner::events::{analyse, extract};
use timeliner::formats::timeml::{self, read_timexes};
use timeliner::tagger::{DocType, TagOptions, tag};

use super::{DocTypeArg, files};
use timeliner::text::{DateSource, body_start, reference_date, sentences};
use timeliner::timeline::date::TimelineDate;
use timeliner::timeline::update::{append, is_known, new_file};
use timeliner::timeline::{Event, Source, Timeline};

/// Extract dated events from articles into a YAML timeline.
///
/// With -o and an existing file, only new events are appended; edits, comments and rejected
/// events in the file are kept as they are.
#[derive(Debug, Parser)]
pub struct ExtractArgs {
    /// Articles to read (plain text; a `date: YYYY-MM-DD` front matter line or a news
    /// dateline gives the reference date).
    #[arg(required = true)]
    articles: Vec<PathBuf>,
    /// The date relative expressions are resolved against (YYYY-MM-DD), for every article.
    #[arg(long)]
    reference_date: Option<NaiveDate>,
    /// How month and day names without a year are read: `news` against the reference
    /// date, `narrative` against the date mentioned before them (history, profiles), `auto`
    /// news when there is a reference date.
    #[arg(long, value_enum, default_value_t = DocTypeArg::Auto)]
    doc_type: DocTypeArg,
    /// The timeline file to create or extend (default: print a new timeline).
    #[arg(short, long, conflicts_with = "format")]
    output: Option<PathBuf>,
    /// Print what would be added instead of writing it.
    #[arg(long)]
    dry_run: bool,
    /// `yaml` (a timeline) or `timeml` (the text with TIMEX3, EVENT and TLINK elements; an
    /// article that already holds TIMEX3 elements keeps them instead of being tagged).
    #[arg(long, value_enum, default_value_t = Format::Yaml)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Yaml,
    Timeml,
}

/// One article as read: its text, where it came from and its reference date.
struct Article {
    path: PathBuf,
    text: String,
    reference: NaiveDate,
    doc_type: DocType,
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let existing = match &args.output {
        Some(path) if path.exists() => Some(load(path)?),
        _ => None,
    };
    let known_sources = existing.as_ref().map_or(&[][..], |(_, t)| &t.sources[..]);
    let mut articles = Vec::new();
    for path in &args.articles {
        let text =
            fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let reference = choose_reference(path, &text, args.reference_date, known_sources)?;
        articles.push(Article {
            path: path.clone(),
            text,
            reference,
            doc_type: args.doc_type.into(),
        });
    }
    if args.format == Format::Timeml {
        for article in &articles {
            let (text, timexes, spans) = if article.text.contains("<TIMEX3") {
                // Already tagged: link events to the given expressions.
                let (text, timexes) = read_timexes(&article.text);
                let spans = sentences(&text);
                (text, timexes, spans)
            } else {
                let (timexes, spans) = tag_article(article);
                (article.text.clone(), timexes, spans)
            };
            let analysis = analyse(&text, &timexes, &spans);
            files::write_stdout(timeml::write_events(&text, &timexes, &analysis).as_bytes())?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let (sources, events) = extract_all(&articles, known_sources);
    match (&args.output, existing) {
        (None, _) => {
            files::write_stdout(new_file(&new_timeline(&articles, sources, events)).as_bytes())?;
        }
        (Some(path), None) => {
            let text = new_file(&new_timeline(&articles, sources.clone(), events.clone()));
            let text = super::schema::with_modeline(path, text);
            if args.dry_run {
                files::write_stdout(text.as_bytes())?;
                eprintln!(
                    "{}: would be created with {}",
                    path.display(),
                    count(events.len(), "event")
                );
            } else {
                write_atomic(path, &text)?;
                eprintln!(
                    "{}: created with {}",
                    path.display(),
                    count(events.len(), "event")
                );
            }
        }
        (Some(path), Some((old_text, old))) => {
            let new_sources: Vec<Source> = sources
                .into_iter()
                .filter(|s| !old.sources.iter().any(|o| o.id == s.id))
                .collect();
            let extracted = events.len();
            let new_events: Vec<Event> =
                events.into_iter().filter(|e| !is_known(&old, e)).collect();
            if new_events.is_empty() && new_sources.is_empty() {
                eprintln!(
                    "{}: up to date ({} extracted, all already in the file)",
                    path.display(),
                    count(extracted, "event")
                );
                return Ok(ExitCode::SUCCESS);
            }
            let text = append(&old_text, &new_sources, &new_events)
                .map_err(|e| anyhow!("{}: {e}", path.display()))?;
            let summary = format!(
                "{} and {} ({} already in the file)",
                count(new_events.len(), "new event"),
                count(new_sources.len(), "new source"),
                count(extracted - new_events.len(), "extracted event")
            );
            if args.dry_run {
                files::write_stdout(&text.as_bytes()[common_prefix(&old_text, &text)..])?;
                eprintln!("{}: would add {summary}", path.display());
            } else {
                write_atomic(path, &text)?;
                eprintln!("{}: added {summary}", path.display());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// "1 event", "2 events".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The existing timeline file, as text and as a timeline.
fn load(path: &Path) -> anyhow::Result<(String, Timeline)> {
    let text =
        fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let timeline: Timeline = serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}:{}", l.line(), l.column()))
            .unwrap_or_default();
        anyhow!(
            "{}{at}: {e}\n  hint: fix the file (or extract to a new one with -o); extract never rewrites a file it cannot read",
            path.display()
        )
    })?;
    Ok((text, timeline))
}

/// The reference date: the flag, else the article's front matter or dateline, else the one
/// recorded for this article in the existing timeline.
fn choose_reference(
    path: &Path,
    text: &str,
    flag: Option<NaiveDate>,
    known_sources: &[Source],
) -> anyhow::Result<NaiveDate> {
    if let Some(date) = flag {
        return Ok(date);
    }
    if let Some((date, how)) = reference_date(text) {
        if how == DateSource::DatelineYearGuessed {
            eprintln!(
                "warning: {}: reference date {date} read from a dateline without a year (the year is a guess); pass --reference-date to be sure",
                path.display()
            );
        }
        return Ok(date);
    }
    let recorded = known_sources
        .iter()
        .find(|s| s.path.as_deref() == Some(&path.display().to_string()))
        .and_then(|s| s.published)
        .map(|d| d.first_day());
    recorded.ok_or_else(|| {
        anyhow!(
            "{}: no reference date: the article has no `date:` front matter or dateline\n  hint: pass --reference-date YYYY-MM-DD (the day the article was published)",
            path.display()
        )
    })
}

/// The article's temporal expressions and its sentences (after any front matter).
fn tag_article(article: &Article) -> (Vec<timeliner::timex::Timex>, Vec<std::ops::Range<usize>>) {
    let options = TagOptions {
        reference_date: Some(article.reference),
        doc_type: article.doc_type,
    };
    let body = body_start(&article.text);
    let timexes: Vec<_> = tag(&article.text, &options)
        .into_iter()
        .filter(|t| t.span.start >= body)
        .collect();
    let spans = sentences(&article.text)
        .into_iter()
        .map(|s| s.start.max(body)..s.end)
        .filter(|s| !article.text[s.clone()].trim().is_empty())
        .map(|s| {
            // The sentence starts at its first visible character, after the front matter.
            let skipped =
                article.text[s.clone()].len() - article.text[s.clone()].trim_start().len();
            s.start + skipped..s.end
        })
        .collect();
    (timexes, spans)
}

/// Sources and events of all articles; an event found in several articles (same id) is one
/// event with the mentions of each.
fn extract_all(articles: &[Article], known_sources: &[Source]) -> (Vec<Source>, Vec<Event>) {
    let mut sources: Vec<Source> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    for article in articles {
        let source = source_for(article, known_sources, &sources);
        let (timexes, spans) = tag_article(article);
        for event in extract(
            &article.text,
            &timexes,
            &spans,
            article.reference,
            &source.id,
        ) {
            match events.iter_mut().find(|e| e.id == event.id) {
                Some(known) => known
                    .mentions
                    .extend(event.mentions.into_iter().map(|mut m| {
                        m.quote = m.quote.or_else(|| event.quote.clone());
                        m
                    })),
                None => events.push(event),
            }
        }
        sources.push(source);
    }
    (sources, events)
}

/// The source entry for an article: the existing timeline's entry for the same path, else a
/// new one named after the file.
fn source_for(article: &Article, known: &[Source], taken: &[Source]) -> Source {
    let path = article.path.display().to_string();
    if let Some(s) = known.iter().find(|s| s.path.as_deref() == Some(&path)) {
        return s.clone();
    }
    let stem = article.path.file_stem().map_or_else(
        || "article".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let base: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let mut id = base.clone();
    let mut n = 2;
    while known.iter().chain(taken).any(|s| s.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    Source {
        id,
        title: humanize(&stem),
        path: Some(path),
        published: TimelineDate::parse(&article.reference.to_string()).ok(),
        ..Source::default()
    }
}

/// "kim-trump-talks" → "Kim trump talks".
fn humanize(stem: &str) -> String {
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn new_timeline(articles: &[Article], sources: Vec<Source>, events: Vec<Event>) -> Timeline {
    let as_of = articles
        .iter()
        .map(|a| a.reference)
        .max()
        .and_then(|d| TimelineDate::parse(&d.to_string()).ok());
    let title = sources.first().map(|s| s.title.clone()).unwrap_or_default();
    Timeline {
        version: Some(1),
        title,
        as_of,
        sources,
        events,
        ..Timeline::default()
    }
}

/// Bytes `a` and `b` share at the start; the appended text starts after them.
fn common_prefix(a: &str, b: &str) -> usize {
    let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    // Back to a line start so that the printed addition is whole lines.
    b[..n].rfind('\n').map_or(0, |i| i + 1)
}

/// Writes `text` to `path` through a temporary file in the same directory and a rename, so
/// that the file is either the old one or the new one, never half written.
fn write_atomic(path: &Path, text: &str) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| anyhow!("{}: not a file name", path.display()))?;
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut file = fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&temp);
        bail!("cannot write {}: {e}", path.display());
    }
    Ok(())
}
