//! `timeliner import FILE --from timelinejs|csv [-o OUT]`: a timeline from another tool.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use timeliner::diag::Diagnostic;
use timeliner::formats::exchange::ReadError;
use timeliner::formats::{csv, timelinejs};
use timeliner::timeline::{self, MAX_FILE_BYTES, Timeline};

use super::files::{self, STDIO};

/// Make a timeline from a TimelineJS JSON file or a CSV of events.
///
/// The result goes through the same checks as every timeline. A CSV needs `date` and `title`
/// columns; `id`, `end`, `description`, `status`, `lane`, `tags`, `quote` and `review` are
/// read when present.
#[derive(Debug, Parser)]
#[command(after_help = "\
Example: timeliner import events.csv --from csv -o data/story.yaml

Exit status: 0 written, 2 unreadable or invalid input, or I/O error.")]
pub struct ImportArgs {
    /// The file to read (`-` reads standard input).
    file: PathBuf,
    /// The format of FILE.
    #[arg(long, value_enum)]
    from: From,
    /// Where to write the timeline (`-` or omitted: standard output). An existing file is
    /// never replaced.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// The timeline's title when the file has none [default: from the file name].
    #[arg(long)]
    title: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum From {
    Timelinejs,
    Csv,
}

pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    match import(args) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(diagnostics) => {
            files::print_diagnostics(&diagnostics);
            Ok(ExitCode::from(2))
        }
    }
}

fn import(args: &ImportArgs) -> Result<(), Vec<Diagnostic>> {
    let name = match files::display(&args.file) {
        n if n == STDIO => "<stdin>".to_string(),
        n => n,
    };
    let output = args.output.as_ref().filter(|out| out.as_os_str() != STDIO);
    let text = read_text(&args.file, &name)?;
    let title = args.title.clone().unwrap_or_else(|| title_from(&args.file));
    let read = match args.from {
        From::Timelinejs => timelinejs::read(&text, &title),
        From::Csv => csv::read(&text, &title),
    };
    let timeline = read.map_err(|err| vec![located(&name, &text, &err)])?;
    let problems = timeline::validate(&timeline);
    if !problems.is_empty() {
        return Err(problems
            .into_iter()
            .map(|p| {
                let d = Diagnostic::new(&name, p.message);
                match p.hint {
                    Some(hint) => d.with_hint(hint),
                    None => d,
                }
            })
            .collect());
    }
    let yaml = to_yaml(&timeline, &name, args.from);
    // What is written must load as any timeline does.
    timeline::parse(&name, &yaml)?;
    let Some(out) = output else {
        return files::write_stdout(yaml.as_bytes())
            .map_err(|err| vec![files::io_diagnostic("<stdout>", "cannot write", &err)]);
    };
    let bytes = super::schema::with_modeline(out, yaml).into_bytes();
    // `update` never replaces a file it has not read; one that exists is refused here.
    files::update(out, |old| match old {
        Some(_) => Err(io::ErrorKind::AlreadyExists.into()),
        None => Ok(Some(bytes.clone())),
    })
    .map_err(|err: io::Error| {
        let name = files::display(out);
        vec![if err.kind() == io::ErrorKind::AlreadyExists {
            Diagnostic::new(&name, "the file exists; import never replaces one")
                .with_hint("choose a new name, or move the old file away first")
        } else {
            files::io_diagnostic(&name, "cannot write", &err)
        }]
    })
}

fn to_yaml(timeline: &Timeline, name: &str, from: From) -> String {
    let from = from.to_possible_value().map(|v| v.get_name().to_string());
    format!(
        "# Imported by `timeliner import` from {name} ({}); edit freely.\n{}",
        from.unwrap_or_default(),
        serde_yaml::to_string(timeline).unwrap_or_default()
    )
}

/// The file as text: at most the size of the largest timeline, UTF-8.
fn read_text(path: &Path, name: &str) -> Result<String, Vec<Diagnostic>> {
    let limit = u64::try_from(MAX_FILE_BYTES + 1).unwrap_or(u64::MAX);
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == STDIO {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|err| vec![files::io_diagnostic(name, "cannot read the file", &err)])?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![Diagnostic::new(
            name,
            format!("the file is larger than {} MiB", MAX_FILE_BYTES >> 20),
        )]);
    }
    String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        vec![
            Diagnostic::new(
                name,
                format!("the file is not UTF-8: invalid byte at offset {offset}"),
            )
            .with_hint("save the file as UTF-8 text"),
        ]
    })
}

fn located(name: &str, text: &str, err: &ReadError) -> Diagnostic {
    Diagnostic::new(name, err.message.clone()).at(text, err.line, err.column, 1)
}

/// `kim-trump_talks.csv` gives `kim trump talks`.
fn title_from(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    match stem {
        Some(stem) if stem != STDIO => stem.replace(['-', '_'], " "),
        _ => "Imported timeline".to_string(),
    }
}
