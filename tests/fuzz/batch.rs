//! The `batch` target: mutated JSON Lines (one input in eight gzipped, some of those cut
//! short) read by `batch::JsonLines` with a small line limit, each document extracted and
//! written as the batch writes it. Checks no panic, line numbers that only grow, an output line
//! or error record that is one JSON object naming its document or line, and (one input in
//! eight) the same bytes on one thread and on two.

use std::io::{Cursor, Write};

use chrono::NaiveDate;
use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;
use timeliner::batch::{
    Defaults, JsonLines, extract_document, ordered_map, write_error, write_line,
};

use super::{Violation, catch};

/// Lines longer than this are errors: small, so that mutations reach the limit.
const MAX_LINE: usize = 2048;

/// Tokens of JSON and of the document keys; mutations insert them anywhere.
#[rustfmt::skip]
pub const DICTIONARY: &[&str] = &[
    "{", "}", "[", "]", "\"", ":", ",", "\\", "\\n", "\\u00e9", "\\ud800", "\\u0000", "\n", "\r\n",
    "\"id\": ", "\"text\": ", "\"date\": ", "\"reference_date\": ", "\"doc_type\": ",
    "\"narrative\"", "\"news\"", "\"auto\"", "null", "true", "1e999", "-0", "12345678901234567890",
    "\"2019-02-29\"", "\"2020-02-29\"", "\"2025-09-22T10:00Z\"", "\"2025-09-22\"", "\"+20000-01-01\"",
    "\u{feff}", "\u{1f600}", "\u{0}", "date: 2025-09-22\\n", "---\\n", "    ", "\u{85}", "\u{2028}",
];

/// Documents built from the driver's sentences, a few to a corpus.
pub fn seeds(sentences: &[&str]) -> Vec<Vec<u8>> {
    sentences
        .chunks(3)
        .enumerate()
        .map(|(i, chunk)| {
            chunk
                .iter()
                .enumerate()
                .map(|(j, text)| {
                    let mut line = serde_json::json!({"id": format!("d{i}-{j}"), "text": text});
                    match j {
                        0 => line["date"] = "2025-09-22".into(),
                        1 => line["doc_type"] = "narrative".into(),
                        _ => line["source"] = "fuzz".into(),
                    }
                    format!("{line}\n")
                })
                .collect::<String>()
                .into_bytes()
        })
        .collect()
}

pub fn run_batch(input: &[u8]) -> Result<String, Violation> {
    let choice = input.len() % 16;
    let bytes = if choice.is_multiple_of(8) {
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        let _ = gz.write_all(input);
        let mut gz = gz.finish().unwrap_or_default();
        if choice == 0 {
            gz.truncate(gz.len() * 2 / 3);
        }
        gz
    } else {
        input.to_vec()
    };
    let defaults = Defaults {
        reference_date: NaiveDate::from_ymd_opt(2001, 12, 26),
        ..Defaults::default()
    };
    let one_line = |item: Result<_, timeliner::batch::LineError>| match item {
        Ok(document) => match extract_document(document, &defaults) {
            Ok(extracted) => write_line(&extracted, true),
            Err(error) => write_error(None, &error),
        },
        Err(error) => write_error(None, &error),
    };
    let reader = || JsonLines::with_max_line(Cursor::new(bytes.clone()), MAX_LINE);
    let mut signature = String::new();
    let mut last_line = 0;
    let mut out = Vec::new();
    let mut reader_lines = reader();
    while let Some(item) = catch(|| reader_lines.next())? {
        let line = reader_lines.line();
        if line <= last_line {
            return Err(Violation {
                rule: "batch line numbers do not grow",
                detail: format!("{line} after {last_line}"),
            });
        }
        last_line = line;
        let id = item.as_ref().ok().map(|d| d.id.clone());
        let written = catch(|| one_line(item))?;
        check_line(&written, id.as_deref(), &mut signature)?;
        out.extend(written);
    }
    if choice % 8 == 1 {
        let mut two = Vec::new();
        catch(|| {
            // Each line a chunk of its own, so that both workers take some.
            ordered_map(
                reader(),
                2,
                |_| 1 << 20,
                one_line,
                |line| {
                    two.extend(line);
                    Ok::<_, ()>(())
                },
            )
        })?
        .ok();
        if two != out {
            return Err(Violation {
                rule: "batch output differs on two threads",
                detail: String::from_utf8_lossy(&two).chars().take(300).collect(),
            });
        }
    }
    Ok(signature)
}

/// One output line: a JSON object ending in a line break, with the document's id or, for an
/// error record, a line number and an error.
fn check_line(written: &[u8], id: Option<&str>, signature: &mut String) -> Result<(), Violation> {
    let bad = |rule, detail: String| Err(Violation { rule, detail });
    let Some(body) = written.strip_suffix(b"\n") else {
        return bad(
            "batch line without its line break",
            String::from_utf8_lossy(written).into(),
        );
    };
    if body.contains(&b'\n') {
        return bad(
            "batch line holds a line break",
            String::from_utf8_lossy(written).into(),
        );
    }
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            return bad(
                "batch line is not JSON",
                format!("{e}: {}", String::from_utf8_lossy(body)),
            );
        }
    };
    match (value.get("error"), id) {
        (Some(error), _) => {
            if value.get("line").and_then(Value::as_u64).is_none() {
                return bad("error record without a line", value.to_string());
            }
            let kind: String = error
                .as_str()
                .unwrap_or_default()
                .chars()
                .take(12)
                .collect();
            signature.push_str(&kind);
        }
        (None, Some(id)) if value.get("id").and_then(Value::as_str) == Some(id) => {
            signature.push_str("ok ");
        }
        _ => return bad("batch line does not name its document", value.to_string()),
    }
    Ok(())
}
