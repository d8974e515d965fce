//! `timeliner extract ARTICLE...`: articles → dated events → a YAML timeline (new, or
//! appended to an existing file without touching what is there), or TimeML for scoring.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::anyhow;
use chrono::NaiveDate;
use clap::{Parser, ValueEnum};
use timeliner::events::analyse;
use timeliner::formats::timeml::{self, read_timexes};
use timeliner::pipeline::{Article, extract_all, new_timeline, tag_article};
use timeliner::tagger::DocType;

use super::batch::Batch;
use super::{DocTypeArg, count, files};
use timeliner::batch::Defaults;
use timeliner::text::{DateSource, reference_date, sentences};
use timeliner::timeline::update::{MadeBy, sort_out, update, write_new_file};
use timeliner::timeline::{Source, Timeline};

/// Extract dated events from articles into a YAML timeline.
///
/// With -o and an existing file, only new events are appended, and an event that tells again
/// one of the file's (another article's) adds its sentences to that event's mentions; edits,
/// comments and rejected events in the file are kept as they are. An unconfirmed `planned`
/// event a later article tells as happened becomes `happened`.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner extract data/kim-trump-talks.txt --reference-date 2025-09-22 \\
           -o data/kim-trump-talks.yaml")]
pub struct ExtractArgs {
    /// Articles to read (plain text; a `date: YYYY-MM-DD` front matter line or a news
    /// dateline gives the reference date). With --batch: JSON Lines files (plain or gzip)
    /// and folders of *.txt articles; none reads standard input.
    #[arg(required_unless_present = "batch")]
    articles: Vec<PathBuf>,
    /// The date relative expressions are resolved against (YYYY-MM-DD), for every article;
    /// a narrative needs none.
    #[arg(long)]
    reference_date: Option<NaiveDate>,
    /// How month and day names without a year are read: `news` against the reference
    /// date, `narrative` against the date mentioned before them (history, profiles), `auto`
    /// news when there is a reference date and the text does not read as history.
    #[arg(long, value_enum, default_value_t = DocTypeArg::Auto)]
    doc_type: DocTypeArg,
    /// The timeline file to create or extend (default or `-`: print a new timeline).
    #[arg(short, long, conflicts_with = "format")]
    output: Option<PathBuf>,
    /// Print what would be added instead of writing it.
    #[arg(long)]
    dry_run: bool,
    /// `yaml` (a timeline) or `timeml` (the text with TIMEX3, EVENT and TLINK elements; an
    /// article that already holds TIMEX3 elements keeps them instead of being tagged).
    #[arg(long, value_enum, default_value_t = Format::Yaml)]
    format: Format,
    /// Read a corpus: one JSON object a line (`id`, `text`, optional `reference_date` or
    /// `date`, optional `doc_type`, other keys passed through) and write one line of events
    /// per document, in input order; a bad line gets an error record in its place (exit 2).
    #[arg(long, conflicts_with_all = ["format", "dry_run"])]
    batch: bool,
    /// With --batch: add each document's temporal expressions, with byte spans.
    #[arg(long, requires = "batch")]
    timexes: bool,
    /// With --batch: how many documents are extracted at once (default: one per core); the
    /// output is the same whatever the number.
    #[arg(long, requires = "batch", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// With --batch: gather every document's events into one timeline (written to -o, or
    /// appended to it as without --batch, or printed) instead of a line per document.
    #[arg(long, requires = "batch", conflicts_with = "timexes")]
    timeline: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Yaml,
    Timeml,
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    if args.batch {
        return super::batch::run(&Batch {
            inputs: &args.articles,
            output: args.output.as_deref(),
            defaults: Defaults {
                reference_date: args.reference_date,
                doc_type: args.doc_type.into(),
                timexes: args.timexes,
            },
            jobs: args.jobs.map(usize::from),
            timeline: args.timeline,
        });
    }
    let doc_type: DocType = args.doc_type.into();
    let (mut articles, mut stated) = (Vec::new(), Vec::new());
    for path in &args.articles {
        let text = files::read_article(path)?;
        stated.push(stated_reference(path, &text, args.reference_date));
        articles.push(Article {
            name: path.display().to_string(),
            text: text.into(),
            reference: None,
            doc_type,
        });
    }
    let Some(path) = args
        .output
        .as_ref()
        .filter(|o| o.as_os_str() != files::STDIO)
    else {
        date(&mut articles, &stated, &[])?;
        if args.format == Format::Timeml {
            return timeml(&articles);
        }
        let (sources, events) = extract_all(&articles, &[]);
        let timeline = new_timeline(&articles, sources, events);
        // The texts are not written: their memory goes before the output is made.
        drop(articles);
        files::write_stdout_with(|out| write_new_file(out, &timeline, MadeBy::Extract))?;
        return Ok(ExitCode::SUCCESS);
    };
    // The articles are dated again on each try (the file may have changed), not copied: a
    // copy of every text would stay alive through extraction.
    let name = files::display(path);
    let mut warned = false;
    write_timeline(path, args.dry_run, MadeBy::Extract, |known| {
        let redated = date(&mut articles, &stated, known)?;
        // Said once, though a file changed under us is read again.
        if !warned {
            for article in &redated {
                eprintln!("warning: {name}: {article}");
            }
            warned = true;
        }
        let (sources, events) = extract_all(&articles, known);
        Ok(new_timeline(&articles, sources, events))
    })
}

/// Writes the timeline `make` gives for the sources already in the file `path` (none for a
/// new file): the whole timeline into a new file, else only its new sources and events
/// appended to the file, whose every byte stays.
pub fn write_timeline(
    path: &Path,
    dry_run: bool,
    made_by: MadeBy,
    mut make: impl FnMut(&[Source]) -> anyhow::Result<Timeline>,
) -> anyhow::Result<ExitCode> {
    let name = files::display(path);
    let mut report = Outcome::default();
    files::update(path, |old| {
        report = merge(dry_run, made_by, &name, &mut make, old)?;
        Ok::<_, anyhow::Error>(report.write.take())
    })
    .map_err(|err| match err.downcast::<std::io::Error>() {
        Ok(io) => anyhow!("cannot write {name}: {}", files::reason(&io)),
        Err(other) => other,
    })?;
    if let Some(print) = &report.print {
        files::write_stdout_with(|out| print.write_to(out))?;
    }
    eprintln!("{name}: {}", report.summary);
    Ok(ExitCode::SUCCESS)
}

/// The articles of a TimeML run, each as the text with its expressions, events and links.
fn timeml(articles: &[Article]) -> anyhow::Result<ExitCode> {
    for article in articles {
        let (text, timexes, spans) = if article.text.contains("<TIMEX3") {
            // Already tagged: link events to the given expressions.
            let (text, timexes) = read_timexes(&article.text);
            let spans = sentences(&text);
            (text, timexes, spans)
        } else {
            let (timexes, spans) = tag_article(article);
            (article.text.to_string(), timexes, spans)
        };
        let analysis = analyse(&text, &timexes, &spans);
        files::write_stdout(timeml::write_events(&text, &timexes, &analysis).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What a run with `-o` does to a file.
#[derive(Default)]
struct Outcome {
    /// The new contents of the file, if it changes.
    write: Option<Output>,
    /// What goes to standard output (with `--dry-run`, what would be written).
    print: Option<Output>,
    /// What was done, for the message.
    summary: String,
}

/// What a run writes: the text of an updated file, or a new file written as it is serialised
/// (the YAML of a huge article is many times its size: it is never held whole).
enum Output {
    Text(String),
    New {
        /// What comes before the timeline (the schema's modeline).
        head: String,
        timeline: Timeline,
        made_by: MadeBy,
    },
}

impl Output {
    fn write_to(&self, out: &mut dyn Write) -> io::Result<()> {
        match self {
            Self::Text(text) => out.write_all(text.as_bytes()),
            Self::New {
                head,
                timeline,
                made_by,
            } => {
                out.write_all(head.as_bytes())?;
                write_new_file(out, timeline, *made_by)
            }
        }
    }
}

impl files::Contents for Output {
    fn write_to(self, file: &mut File) -> io::Result<()> {
        let mut out = BufWriter::with_capacity(1 << 16, file);
        Output::write_to(&self, &mut out)?;
        out.flush()
    }
}

/// What a run with `-o` makes of the file's current contents `old` (`None`: no file yet).
fn merge(
    dry_run: bool,
    made_by: MadeBy,
    name: &str,
    make: &mut impl FnMut(&[Source]) -> anyhow::Result<Timeline>,
    old: Option<&[u8]>,
) -> anyhow::Result<Outcome> {
    // `print`: what a dry run prints, `None` for the whole `text` (held once, not copied).
    let outcome = |text: Output, print: Option<Output>, summary: String| {
        if dry_run {
            Outcome {
                write: None,
                print: Some(print.unwrap_or(text)),
                summary: format!("would {summary}"),
            }
        } else {
            Outcome {
                write: Some(text),
                print: None,
                summary,
            }
        }
    };
    let Some(old) = old else {
        let timeline = make(&[])?;
        let n = count(timeline.events.len(), "event");
        let text = Output::New {
            head: super::schema::modeline(Path::new(name)),
            timeline,
            made_by,
        };
        let summary = if dry_run {
            format!("be created with {n}")
        } else {
            format!("created with {n}")
        };
        return Ok(outcome(text, None, summary));
    };
    let existing = files::load_for_update(name, old, "extract")?;
    // `load` read the bytes as UTF-8 already.
    let old_text = std::str::from_utf8(old)?;
    let Timeline {
        sources, events, ..
    } = make(&existing.sources)?;
    let new_sources: Vec<Source> = sources
        .into_iter()
        .filter(|s| !existing.sources.iter().any(|o| o.id == s.id))
        .collect();
    let extracted = events.len();
    let additions = sort_out(old_text, &existing, &new_sources, events);
    if additions.events.is_empty() && additions.joins.is_empty() && new_sources.is_empty() {
        return Ok(Outcome {
            summary: format!(
                "up to date ({} extracted, all already in the file)",
                count(extracted, "event")
            ),
            ..Outcome::default()
        });
    }
    let text = update(old_text, &existing, &new_sources, &additions)
        .map_err(|e| anyhow!("{name}: {e}"))?;
    let known = if additions.joined == 0 {
        format!(
            "{} already in the file",
            count(additions.held, "extracted event")
        )
    } else {
        let happened = additions
            .joins
            .iter()
            .filter(|j| j.status.is_some())
            .count();
        let happened = match happened {
            0 => String::new(),
            n => format!(", {} of the file now marked happened", count(n, "event")),
        };
        format!(
            "{} joined to events in the file{happened}, {} already in it",
            count(additions.joined, "extracted event"),
            additions.held
        )
    };
    let summary = format!(
        "{} and {} ({known})",
        count(additions.events.len(), "new event"),
        count(new_sources.len(), "new source"),
    );
    let added = text[common_prefix(old_text, &text)..].to_string();
    let verb = if dry_run { "add" } else { "added" };
    Ok(outcome(
        Output::Text(text),
        Some(Output::Text(added)),
        format!("{verb} {summary}"),
    ))
}

/// The reference date the flag or the article states, if any (warning when it is a guess).
fn stated_reference(path: &Path, text: &str, flag: Option<NaiveDate>) -> Option<NaiveDate> {
    if flag.is_some() {
        return flag;
    }
    let (date, how) = reference_date(text)?;
    if how == DateSource::DatelineYearGuessed {
        eprintln!(
            "warning: {}: reference date {date} read from a dateline without a year (the year is a guess); pass --reference-date to be sure",
            path.display()
        );
    }
    Some(date)
}

/// Dates the articles: each with its `stated` reference date, else the one recorded for it
/// in the existing timeline. Returns a warning for each article the timeline holds with
/// another date (a year-less dateline's guess, say, now given by a flag): its events there
/// keep their dates, as the file's entries are never rewritten, so the user is told how to
/// date them again.
fn date(
    articles: &mut [Article],
    stated: &[Option<NaiveDate>],
    known_sources: &[Source],
) -> anyhow::Result<Vec<String>> {
    let mut redated = Vec::new();
    for (article, stated) in articles.iter_mut().zip(stated) {
        let recorded = || {
            known_sources
                .iter()
                .find(|s| s.path.as_deref() == Some(&article.name))
                .and_then(|s| s.published)
                .map(|d| d.first_day())
        };
        if let (Some(now), Some(was)) = (stated, recorded())
            && *now != was
        {
            redated.push(format!(
                "{} was extracted against the reference date {was}, not {now}; its events in \
                 the file keep their dates (to date them again, delete its source and events \
                 from the file and extract it again)",
                article.name
            ));
        }
        let reference = stated.or_else(recorded);
        if reference.is_none() && article.doc_type != DocType::Narrative {
            return Err(anyhow!(
                "{}: no reference date: the article has no `date:` front matter or dateline with a year\n  hint: pass --reference-date YYYY-MM-DD (the day the article was published)",
                article.name
            ));
        }
        article.reference = reference;
    }
    Ok(redated)
}

/// Bytes `a` and `b` share at the start; the appended text starts after them.
fn common_prefix(a: &str, b: &str) -> usize {
    let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    // Back to a line start so that the printed addition is whole lines.
    b[..n].rfind('\n').map_or(0, |i| i + 1)
}
