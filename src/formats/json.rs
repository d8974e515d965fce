//! JSON: the expressions of `tag --format json`, written by serde_json in a layout of one
//! expression a line.

use std::fmt;
use std::io;

use serde::{Serialize, Serializer};
use serde_json::ser::Formatter;

use crate::tagger::Tagged;
use crate::timex::Timex;

/// One article as `tag` read it: its name as shown to the user, its text and what the tagger
/// found in it.
pub struct TaggedFile<'a> {
    pub file: &'a str,
    pub text: &'a str,
    pub tagged: &'a Tagged,
}

/// A JSON array with one object per file: `file`, `reference_date` (or null) and `timexes`,
/// each with its byte span (`start`, `end`), `text`, `type`, `value` and `mod` (or null).
///
/// # Example
/// ```
/// use timeliner::formats::json::{TaggedFile, write_tagged};
/// use timeliner::tagger::{TagOptions, tag_with_warnings};
///
/// let text = "It rained in 2019.";
/// let tagged = tag_with_warnings(text, &TagOptions::default());
/// let json = write_tagged(&[TaggedFile { file: "a.txt", text, tagged: &tagged }]).unwrap();
/// assert_eq!(
///     String::from_utf8(json).unwrap(),
///     "[\n  {\"file\": \"a.txt\", \"reference_date\": null, \"timexes\": [\n    \
///      {\"start\": 13, \"end\": 17, \"text\": \"2019\", \"type\": \"DATE\", \"value\": \"2019\", \"mod\": null}\n  ]}\n]\n"
/// );
/// ```
///
/// # Errors
///
/// Only if a value's `Display` fails, which the types of this crate never do.
pub fn write_tagged(files: &[TaggedFile<'_>]) -> serde_json::Result<Vec<u8>> {
    let documents: Vec<Document<'_>> = files.iter().map(Document::new).collect();
    let mut out = Vec::with_capacity(files.iter().map(|f| f.text.len() / 4 + 64).sum());
    documents.serialize(&mut serde_json::Serializer::with_formatter(
        &mut out,
        Lines::default(),
    ))?;
    out.push(b'\n');
    Ok(out)
}

#[derive(Serialize)]
struct Document<'a> {
    file: &'a str,
    reference_date: Option<Shown<'a>>,
    timexes: Vec<Expression<'a>>,
}

#[derive(Serialize)]
struct Expression<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: Shown<'a>,
    #[serde(rename = "mod")]
    modifier: Option<Shown<'a>>,
}

impl<'a> Document<'a> {
    fn new(file: &TaggedFile<'a>) -> Self {
        Document {
            file: file.file,
            reference_date: file.tagged.reference_date.as_ref().map(|(d, _)| Shown(d)),
            timexes: file
                .tagged
                .timexes
                .iter()
                .map(|timex| Expression::new(file.text, timex))
                .collect(),
        }
    }
}

impl<'a> Expression<'a> {
    fn new(text: &'a str, timex: &'a Timex) -> Self {
        Expression {
            start: timex.span().start,
            end: timex.span().end,
            text: &text[timex.span()],
            kind: timex.kind.as_str(),
            value: Shown(&timex.value),
            modifier: timex.modifier.as_ref().map(|m| Shown(m)),
        }
    }
}

/// The expressions of `text` as the JSON array `write_tagged` writes for each file (one
/// object per expression, compact), for a batch's output lines.
///
/// # Errors
///
/// Only if a value's `Display` fails, which the types of this crate never do.
pub fn write_timexes(text: &str, timexes: &[Timex]) -> serde_json::Result<Vec<u8>> {
    let expressions: Vec<_> = timexes.iter().map(|t| Expression::new(text, t)).collect();
    serde_json::to_vec(&expressions)
}

/// A value written as the JSON string of its `Display`, as TimeML spells it.
struct Shown<'a>(&'a dyn fmt::Display);

impl Serialize for Shown<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

/// serde_json's compact output with room to read: each array element on a line of its own,
/// indented two spaces for each open array, and each object on one line with `, ` and `: `.
#[derive(Default)]
struct Lines {
    open_arrays: usize,
    has_value: bool,
}

impl Lines {
    fn new_line<W: ?Sized + io::Write>(&self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b"\n")?;
        for _ in 0..self.open_arrays {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }
}

impl Formatter for Lines {
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open_arrays += 1;
        self.has_value = false;
        writer.write_all(b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open_arrays -= 1;
        if self.has_value {
            self.new_line(writer)?;
        }
        writer.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        self.new_line(writer)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            writer.write_all(b", ")
        }
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::timex::{Modifier, Timex, TimexType, Value};

    #[test]
    fn one_expression_a_line_and_an_empty_list_on_its_files_line() {
        let quiet = Tagged {
            timexes: vec![],
            reference_date: None,
            warnings: vec![],
        };
        let text = "\"Early\n1990\" and now";
        let busy = Tagged {
            timexes: vec![
                Timex::new(
                    1..11,
                    TimexType::Date,
                    Value::parse("1990").unwrap(),
                    Some(Modifier::Start),
                )
                .unwrap(),
                Timex::new(
                    17..20,
                    TimexType::Date,
                    Value::parse("PRESENT_REF").unwrap(),
                    None,
                )
                .unwrap(),
            ],
            reference_date: NaiveDate::from_ymd_opt(2025, 9, 22).map(|d| (d, None)),
            warnings: vec![],
        };
        let files = [
            TaggedFile {
                file: "quiet.txt",
                text: "",
                tagged: &quiet,
            },
            TaggedFile {
                file: "a \"b\".txt",
                text,
                tagged: &busy,
            },
        ];
        assert_eq!(
            String::from_utf8(write_tagged(&files).unwrap()).unwrap(),
            "[\n  {\"file\": \"quiet.txt\", \"reference_date\": null, \"timexes\": []},\n  \
             {\"file\": \"a \\\"b\\\".txt\", \"reference_date\": \"2025-09-22\", \"timexes\": [\n    \
             {\"start\": 1, \"end\": 11, \"text\": \"Early\\n1990\", \"type\": \"DATE\", \"value\": \"1990\", \"mod\": \"START\"},\n    \
             {\"start\": 17, \"end\": 20, \"text\": \"now\", \"type\": \"DATE\", \"value\": \"PRESENT_REF\", \"mod\": null}\n  ]}\n]\n"
        );
    }
}
