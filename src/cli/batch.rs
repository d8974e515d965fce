//! `timeliner extract --batch`: a corpus of documents through the pipeline on every core, one
//! output line per document in input order (or, with `--timeline`, one timeline of them all),
//! a bad document reported in its place while the run goes on.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::anyhow;
use timeliner::batch::{
    Defaults, Extracted, Gather, LineError, ReadError, extract_document, ordered_map, write_error,
    write_line, write_line_to,
};
use timeliner::timeline::update::{MadeBy, write_new_file};
use timeliner::timeline::{Event, Source};

use super::corpus::{Unread, unread};
use super::extract::write_timeline;
use super::{count, files};

/// What `extract --batch` was asked to do.
pub struct Batch<'a> {
    pub inputs: &'a [PathBuf],
    pub output: Option<&'a Path>,
    pub defaults: Defaults,
    pub jobs: Option<usize>,
    /// One timeline of all documents instead of a line each.
    pub timeline: bool,
}

/// What one document gives: its output line, or its part of the timeline, and what went wrong.
struct Done {
    line: Line,
    gathered: Option<(Source, Vec<Event>)>,
    /// The message for standard error when the document failed.
    failure: Option<String>,
    /// Bytes of text read, for the progress line.
    text_bytes: usize,
}

/// A document's output line, as bytes, or (for a long document) its events, written a piece at
/// a time when its turn comes: its line can be many times its size.
enum Line {
    Bytes(Vec<u8>),
    Later(Box<Extracted>),
}

/// Past this many bytes of text, a document's line is written when its turn comes, not held.
const LONG_TEXT: usize = 64 << 10;

/// One document read and through the pipeline; a panic in either is that document's error,
/// not the run's end.
fn process(item: Unread, defaults: &Defaults, gather: bool) -> Done {
    let (input, line) = (item.input().map(str::to_string), item.line());
    let document = unpanicked(line, None, || item.read().document);
    let text_bytes = document.as_ref().map_or(0, |d| d.text.len());
    let result = document.and_then(|document| {
        let id = document.id.clone();
        unpanicked(line, Some(id), || extract_document(document, defaults))
    });
    match result {
        Ok(extracted) if gather => Done {
            line: Line::Bytes(Vec::new()),
            gathered: Some((extracted.source, extracted.events)),
            failure: None,
            text_bytes,
        },
        Ok(extracted) => Done {
            line: if text_bytes > LONG_TEXT {
                Line::Later(Box::new(extracted))
            } else {
                Line::Bytes(write_line(&extracted, defaults.timexes))
            },
            gathered: None,
            failure: None,
            text_bytes,
        },
        Err(error) => {
            let error = LineError { line, ..error };
            let place = input.as_deref().unwrap_or("<stdin>");
            let id = error
                .id
                .as_ref()
                .map(|id| format!(" (id {id})"))
                .unwrap_or_default();
            Done {
                line: Line::Bytes(write_error(input.as_deref(), &error)),
                gathered: None,
                failure: Some(format!("error: {place}:{line}{id}: {}", error.error)),
                text_bytes,
            }
        }
    }
}

/// What `run` returns, or a panic in it as the error of the document at `line` (a bug: the
/// run goes on without the document).
fn unpanicked<T>(
    line: u64,
    id: Option<String>,
    run: impl FnOnce() -> Result<T, LineError>,
) -> Result<T, LineError> {
    catch_unwind(AssertUnwindSafe(run)).unwrap_or_else(|panic| {
        let reason = panic
            .downcast_ref::<&str>()
            .map(ToString::to_string)
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(LineError {
            line,
            id,
            error: ReadError::Failed(reason),
        })
    })
}

/// Runs the batch, writing JSON Lines (or the timeline) to `-o` (atomically) or standard
/// output.
pub fn run(batch: &Batch<'_>) -> anyhow::Result<ExitCode> {
    let items = unread(batch.inputs)?;
    let jobs = jobs(batch.jobs);
    let mut progress = Progress::new(total_bytes(batch.inputs));
    let mut failed = 0;
    let mut documents = 0;
    let mut gather = Gather::default();
    let timexes = batch.defaults.timexes;
    let mut each = |out: &mut dyn Write, done: Done| -> io::Result<()> {
        documents += 1;
        if let Some(message) = done.failure {
            failed += 1;
            progress.clear();
            eprintln!("{message}");
        }
        progress.advance(done.text_bytes);
        if let Some((source, events)) = done.gathered {
            gather.add(vec![source], events);
        }
        match done.line {
            Line::Bytes(line) => out.write_all(&line),
            Line::Later(extracted) => write_line_to(out, &extracted, timexes),
        }
    };
    let (defaults, timeline) = (batch.defaults, batch.timeline);
    let map = |out: &mut dyn Write| {
        ordered_map(
            items,
            jobs,
            Unread::size,
            |item| process(item, &defaults, timeline),
            |done| each(out, done),
        )
    };
    let output = batch.output.filter(|o| o.as_os_str() != files::STDIO);
    match output {
        _ if timeline => map(&mut io::sink())?,
        Some(path) => {
            let name = files::display(path);
            files::stage_with(path, |file: &mut File| {
                let mut out = BufWriter::with_capacity(1 << 16, file);
                map(&mut out)?;
                out.flush()
            })
            .and_then(files::Staged::commit)
            .map_err(|e| anyhow!("cannot write {name}: {}", files::reason(&e)))?;
        }
        None => {
            let stdout = io::stdout().lock();
            let mut out = BufWriter::with_capacity(1 << 16, stdout);
            match map(&mut out).and_then(|()| out.flush()) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    return Err(anyhow!("cannot write the output: {}", files::reason(&e)));
                }
                _ => {}
            }
        }
    }
    progress.clear();
    if timeline {
        match output {
            Some(path) => {
                write_timeline(path, false, MadeBy::Extract, |known| {
                    Ok(gather.timeline(known))
                })?;
            }
            None => {
                let timeline = gather.timeline(&[]);
                files::write_stdout_with(|out| write_new_file(out, &timeline, MadeBy::Extract))?;
            }
        }
    }
    Ok(outcome(documents, failed))
}

/// Exit status 2 when a document failed, with a summary saying how many.
fn outcome(documents: usize, failed: usize) -> ExitCode {
    if failed == 0 {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "error: {} of {} failed; each has an error record in its place in the output",
        failed,
        count(documents, "document")
    );
    ExitCode::from(2)
}

/// `--jobs`, or every core.
fn jobs(asked: Option<usize>) -> usize {
    asked.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// The size of the inputs when every one is a plain file (for the time left), else `None`.
fn total_bytes(inputs: &[PathBuf]) -> Option<u64> {
    inputs.iter().try_fold(0, |sum, path| {
        let meta = std::fs::metadata(path)
            .ok()
            .filter(std::fs::Metadata::is_file)?;
        let gzip = path.extension().is_some_and(|e| e == "gz");
        (!gzip).then_some(sum + meta.len())
    })
}

/// A line on a terminal's standard error that says how far the run is; nothing when standard
/// error is not a terminal or under CI.
struct Progress {
    shown: bool,
    start: Instant,
    last: Instant,
    documents: u64,
    bytes: u64,
    total: Option<u64>,
}

impl Progress {
    fn new(total: Option<u64>) -> Self {
        let start = Instant::now();
        Self {
            shown: io::stderr().is_terminal() && std::env::var_os("CI").is_none(),
            start,
            last: start,
            documents: 0,
            bytes: 0,
            total,
        }
    }

    fn advance(&mut self, bytes: usize) {
        self.documents += 1;
        self.bytes += u64::try_from(bytes).unwrap_or(0);
        if !self.shown || self.last.elapsed() < Duration::from_millis(250) {
            return;
        }
        self.last = Instant::now();
        let seconds = self.start.elapsed().as_secs_f64();
        let mb = megabytes(self.bytes);
        let rate = mb / seconds.max(1e-3);
        let left = self
            .total
            .filter(|_| rate > 0.0)
            .map(|total| {
                let left = (megabytes(total) - mb).max(0.0) / rate;
                format!(", {left:.0} s left")
            })
            .unwrap_or_default();
        eprint!(
            "\r\x1b[K{} documents, {mb:.1} MB, {rate:.1} MB/s, {seconds:.0} s{left}",
            self.documents
        );
    }

    fn clear(&self) {
        if self.shown && self.documents > 0 {
            eprint!("\r\x1b[K");
        }
    }
}

fn megabytes(bytes: u64) -> f64 {
    f64::from(u32::try_from(bytes / 1000).unwrap_or(u32::MAX)) / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_reading_or_extracting_a_document_is_its_error() {
        let read = unpanicked(3, None, || -> Result<(), LineError> { panic!("bad parse") });
        assert_eq!(
            read.unwrap_err().to_string(),
            "line 3: extraction failed (bad parse); please report this document"
        );
        let id = Some("a".to_string());
        let extracted = unpanicked(4, id, || -> Result<(), LineError> { panic!("{}", 7) });
        assert_eq!(
            extracted.unwrap_err().to_string(),
            "line 4 (id a): extraction failed (7); please report this document"
        );
        assert_eq!(unpanicked(5, None, || Ok(1)), Ok(1));
    }
}
