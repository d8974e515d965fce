//! One document through the pipeline, and its line of the batch output: the document's id,
//! its other keys, its reference date, its events as the timeline model writes them and, when
//! asked, its temporal expressions with byte spans; or an error record in its place.

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::NaiveDate;
use serde_json::Value;

use super::document::{Document, LineError};
use super::json;
use crate::formats::json::write_timexes;
use crate::pipeline::{Article, extract_all_with, source_for};
use crate::tagger::DocType;
use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, Shared, Source};
use crate::timex::Timex;

/// What applies to every document that does not say otherwise.
#[derive(Debug, Clone, Copy, Default)]
pub struct Defaults {
    /// For documents whose line and text state no date.
    pub reference_date: Option<NaiveDate>,
    /// For documents without a `doc_type` key.
    pub doc_type: DocType,
    /// Whether output lines carry the temporal expressions.
    pub timexes: bool,
}

/// A document with what extraction found in it.
#[derive(Debug, Clone)]
pub struct Extracted {
    pub document: Document,
    /// The document's entry in a timeline's `sources` (named after its id).
    pub source: Source,
    pub events: Vec<Event>,
    /// Empty unless [`Defaults::timexes`].
    pub timexes: Vec<Timex>,
}

/// The document's events as `extract` finds them in the same article, named by the id.
///
/// # Errors
///
/// A [`LineError`] (line 0, for the caller to set) when the document has no reference date
/// and is not a narrative.
pub fn extract_document(document: Document, defaults: &Defaults) -> Result<Extracted, LineError> {
    let doc_type = document.doc_type.unwrap_or(defaults.doc_type);
    let reference = document.reference_date.or(defaults.reference_date);
    if reference.is_none() && doc_type != DocType::Narrative {
        return Err(LineError {
            line: 0,
            id: Some(document.id),
            error: super::ReadError::NoReferenceDate,
        });
    }
    let article = Article {
        name: document.id.clone(),
        text: document.text,
        reference,
        doc_type,
    };
    let mut timexes = Vec::new();
    let (sources, events) = extract_all_with(std::slice::from_ref(&article), &[], |found| {
        if defaults.timexes {
            timexes = found.to_vec();
        }
    });
    // One article, one source: the one `extract_all_with` made for it.
    let source = sources
        .into_iter()
        .next()
        .unwrap_or_else(|| source_for(&article, &[], &[]));
    Ok(Extracted {
        document: Document {
            text: article.text,
            reference_date: reference,
            doc_type: Some(doc_type),
            ..document
        },
        source,
        events,
        timexes,
    })
}

/// The output line of a document (with its line break): `id`, the other keys of the input
/// line, `reference_date`, `events` and, when asked, `timexes`.
#[must_use]
pub fn write_line(extracted: &Extracted, timexes: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(extracted.document.text.len() + 256);
    // Into memory: nothing to fail.
    let _ = push_line(&mut out, extracted, timexes, |_| Ok(()));
    out
}

/// [`write_line`] written to `out` a piece of about `PIECE` bytes at a time: the line of a
/// huge document can be many times its size (each mention quotes its sentence).
///
/// # Errors
/// The first error of `out`.
pub fn write_line_to(out: &mut dyn Write, extracted: &Extracted, timexes: bool) -> io::Result<()> {
    let mut piece = Vec::with_capacity(PIECE);
    push_line(&mut piece, extracted, timexes, |piece| {
        if piece.len() >= PIECE {
            out.write_all(piece)?;
            piece.clear();
        }
        Ok(())
    })?;
    out.write_all(&piece)
}

/// How many bytes of a line [`write_line_to`] holds before writing them.
const PIECE: usize = 64 << 10;

/// The line of [`write_line`] appended to `out`, handed to `written` after each event.
fn push_line(
    out: &mut Vec<u8>,
    extracted: &Extracted,
    timexes: bool,
    written: impl FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    let document = &extracted.document;
    out.extend_from_slice(b"{\"id\":");
    json::push_str(out, &document.id);
    for (key, value) in &document.extra {
        if matches!(key.as_str(), "reference_date" | "events" | "timexes") {
            continue;
        }
        out.push(b',');
        json::push_str(out, key);
        out.push(b':');
        let _ = serde_json::to_writer(&mut *out, value);
    }
    out.extend_from_slice(b",\"reference_date\":");
    // A day of a four-digit year is spelt alike by chrono and the timeline, which spells it
    // without `fmt`.
    let four_digits = |day: &TimelineDate| (1000..=9999).contains(&day.year);
    match document.reference_date {
        Some(date) => match TimelineDate::of_day(date).filter(four_digits) {
            Some(day) => json::push_date(out, &day),
            None => json::push_str(out, &date.to_string()),
        },
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"events\":");
    json::push_events_with(out, &extracted.events, written)?;
    if timexes {
        out.extend_from_slice(b",\"timexes\":");
        out.extend(write_timexes(&document.text, &extracted.timexes).unwrap_or_default());
    }
    out.extend_from_slice(b"}\n");
    Ok(())
}

/// The error record written in a bad line's place: `{"line": N, "error": "..."}`, with the
/// input's name when there are several and the id when it was read.
///
/// # Example
///
/// ```
/// use timeliner::batch::{LineError, ReadError, write_error};
///
/// let error = LineError { line: 3, id: Some("a".into()), error: ReadError::NoText };
/// assert_eq!(
///     String::from_utf8(write_error(None, &error)).unwrap(),
///     "{\"line\":3,\"id\":\"a\",\"error\":\"no `text` key\"}\n"
/// );
/// ```
#[must_use]
pub fn write_error(input: Option<&str>, error: &LineError) -> Vec<u8> {
    let mut out = String::from("{");
    if let Some(input) = input {
        let _ = write!(out, "\"input\":{},", Value::from(input));
    }
    let _ = write!(out, "\"line\":{}", error.line);
    if let Some(id) = &error.id {
        let _ = write!(out, ",\"id\":{}", Value::from(id.as_str()));
    }
    let _ = writeln!(out, ",\"error\":{}}}", Value::from(error.error.to_string()));
    out.into_bytes()
}

/// The source and events of one line of the batch output (`None` for an error record).
///
/// # Errors
///
/// Why the line is not a line of the batch output.
pub fn read_line(line: &str) -> Result<Option<(Source, Vec<Event>)>, String> {
    #[derive(serde::Deserialize)]
    struct Line {
        id: Option<String>,
        reference_date: Option<String>,
        events: Option<Vec<Event>>,
        error: Option<String>,
    }
    let read: Line = serde_json::from_str(line).map_err(|e| e.to_string())?;
    if read.error.is_some() {
        return Ok(None);
    }
    let (Some(id), Some(events)) = (read.id, read.events) else {
        return Err("not a line of `extract --batch` (no `id` or no `events`)".to_string());
    };
    let article = Article {
        name: id,
        text: Shared::default(),
        reference: read
            .reference_date
            .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        doc_type: DocType::News,
    };
    Ok(Some((source_for(&article, &[], &[]), events)))
}
