//! One document of a corpus: a JSON object on one line (`id`, `text`, optional
//! `reference_date` or `date`, optional `doc_type`, other keys kept as they are), or a text
//! file whose front matter or dateline gives its date.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

use crate::tagger::DocType;
use crate::text::reference_date;
use crate::timeline::Shared;

/// A document as read, before any tagging.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The `id` key (a number is kept as its digits); without one, the line number.
    pub id: String,
    pub text: Shared,
    /// The `reference_date` (or `date`) key, else the date the text's front matter or
    /// dateline states; `None` when neither says.
    pub reference_date: Option<NaiveDate>,
    pub doc_type: Option<DocType>,
    /// Every other key of the line, passed through untouched.
    pub extra: Map<String, Value>,
}

/// Why a line is not a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The input could not be read on (a broken gzip stream, a disk error); the run ends here.
    Io(String),
    TooLong {
        limit: usize,
    },
    /// Invalid UTF-8, at this line and column (1-based, the column in characters) of the
    /// document (a JSON line is line 1).
    Utf8 {
        line: usize,
        column: usize,
    },
    Json {
        column: usize,
        message: String,
    },
    NotAnObject,
    NoText,
    NotText {
        key: &'static str,
    },
    BadDate {
        key: &'static str,
        value: String,
    },
    BadDocType {
        value: String,
    },
    /// Neither the line nor the text gives a date, and the document is not a narrative.
    NoReferenceDate,
    /// Extraction failed on the document (a bug: the run goes on without it).
    Failed(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(reason) => write!(f, "cannot read on: {reason}"),
            Self::TooLong { limit } => write!(
                f,
                "the document is longer than {} MiB, the most timeliner reads as one document",
                limit >> 20
            ),
            Self::Utf8 { line: 1, column } => write!(f, "invalid UTF-8 at column {column}"),
            Self::Utf8 { line, column } => write!(f, "invalid UTF-8 at {line}:{column}"),
            Self::Json { column, message } => {
                write!(f, "invalid JSON at column {column}: {message}")
            }
            Self::NotAnObject => f.write_str("not a JSON object (`{\"id\": ..., \"text\": ...}`)"),
            Self::NoText => f.write_str("no `text` key"),
            Self::NotText { key } => write!(f, "`{key}` is not a string"),
            Self::BadDate { key, value } => {
                write!(f, "`{key}` {value} is not a date (YYYY-MM-DD)")
            }
            Self::BadDocType { value } => {
                write!(
                    f,
                    "`doc_type` {value} is not \"news\", \"narrative\" or \"auto\""
                )
            }
            Self::NoReferenceDate => f.write_str(
                "no reference date: no `reference_date` or `date` key, and no front matter or \
                 dateline with a year in the text (pass --reference-date YYYY-MM-DD, or give the document \
                 \"doc_type\": \"narrative\")",
            ),
            Self::Failed(reason) => {
                write!(
                    f,
                    "extraction failed ({reason}); please report this document"
                )
            }
        }
    }
}

/// A line that is not a document: where, which document if its id could be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line number in its input (1 for a text file).
    pub line: u64,
    pub id: Option<String>,
    pub error: ReadError,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}", self.line)?;
        if let Some(id) = &self.id {
            write!(f, " (id {id})")?;
        }
        write!(f, ": {}", self.error)
    }
}

impl std::error::Error for LineError {}

impl Document {
    /// The document on one JSON line (without its line break); `line` names it when it has
    /// no id.
    pub(super) fn from_json(line: u64, bytes: &[u8]) -> Result<Self, LineError> {
        let fail = |id: Option<String>, error| LineError { line, id, error };
        let text = std::str::from_utf8(bytes).map_err(|e| fail(None, utf8_error(bytes, &e)))?;
        // Most lines are objects, read straight into their fields; any other line is read
        // again as a value, which says why it is no object.
        let fields = match serde_json::from_str::<Fields>(text) {
            Ok(fields) => fields,
            Err(_) => match serde_json::from_str(text) {
                Ok(Value::Object(object)) => Fields::of(object),
                Ok(_) => return Err(fail(None, ReadError::NotAnObject)),
                Err(e) => return Err(fail(None, json_error(&e))),
            },
        };
        let Fields { taken, mut extra } = fields;
        let [id, text, reference, date, doc_type_value] = taken;
        let id = match id {
            Some(Value::String(s)) => s,
            Some(Value::Number(n)) => n.to_string(),
            None | Some(Value::Null) => line.to_string(),
            Some(_) => return Err(fail(None, ReadError::NotText { key: "id" })),
        };
        let with_id = |error| fail(Some(id.clone()), error);
        let text = match text {
            Some(Value::String(s)) => Shared::from(s),
            None => return Err(with_id(ReadError::NoText)),
            Some(_) => return Err(with_id(ReadError::NotText { key: "text" })),
        };
        // `reference_date` wins over `date`, which is then passed through.
        let (key, stated) = match reference {
            Some(reference) => {
                if let Some(date) = date {
                    extra.insert("date".to_string(), date);
                }
                ("reference_date", Some(reference))
            }
            None => ("date", date),
        };
        let stated = match stated {
            None | Some(Value::Null) => None,
            Some(value) => Some(date_value(&value).ok_or_else(|| {
                with_id(ReadError::BadDate {
                    key,
                    value: value.to_string(),
                })
            })?),
        };
        let doc_type = match doc_type_value {
            None | Some(Value::Null) => None,
            Some(value) => Some(doc_type(&value).ok_or_else(|| {
                with_id(ReadError::BadDocType {
                    value: value.to_string(),
                })
            })?),
        };
        Ok(Self {
            reference_date: stated.or_else(|| reference_date(&text).map(|(d, _)| d)),
            id,
            text,
            doc_type,
            extra,
        })
    }
}

/// A line's JSON error: serde_json's message, without the position it ends with (said once,
/// before it).
fn json_error(e: &serde_json::Error) -> ReadError {
    let message = e.to_string();
    let message = message
        .rfind(" at line ")
        .map_or(message.as_str(), |at| &message[..at]);
    ReadError::Json {
        column: e.column(),
        message: message.to_string(),
    }
}

/// The keys of a line that a document reads, in the order of [`Fields::taken`].
const TAKEN: [&str; 5] = ["id", "text", "reference_date", "date", "doc_type"];

/// A line's object: the values of the keys of [`TAKEN`], and every other key.
#[derive(Default)]
struct Fields {
    taken: [Option<Value>; TAKEN.len()],
    extra: Map<String, Value>,
}

impl Fields {
    /// The fields of an object read whole.
    fn of(mut object: Map<String, Value>) -> Self {
        Self {
            taken: TAKEN.map(|key| object.remove(key)),
            extra: object,
        }
    }
}

/// An object read straight into its [`Fields`]: the keys of [`TAKEN`] are never put into a
/// map and taken out again (a string of each key and the map's work, every line). As in a
/// map, a key given twice keeps its last value.
impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(FieldsVisitor)
    }
}

struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<Key>()? {
            let value = map.next_value()?;
            match key {
                Key::Taken(k) => fields.taken[k] = Some(value),
                Key::Other(key) => {
                    fields.extra.insert(key, value);
                }
            }
        }
        Ok(fields)
    }
}

/// A key of a line's object: one of [`TAKEN`] (its place there), or another.
enum Key {
    Taken(usize),
    Other(String),
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(TAKEN
            .iter()
            .position(|&taken| taken == key)
            .map_or_else(|| Key::Other(key.to_string()), Key::Taken))
    }
}

/// A text file as a document named `id`: its front matter or dateline gives its date.
///
/// # Example
///
/// ```
/// use timeliner::batch::text_document;
///
/// let doc = text_document("a.txt".into(), b"date: 2025-09-22\nKim spoke.".to_vec()).unwrap();
/// assert_eq!(doc.reference_date.unwrap().to_string(), "2025-09-22");
/// let bad = text_document("b.txt".into(), b"caf\xe9".to_vec()).unwrap_err();
/// assert_eq!(bad.to_string(), "line 1 (id b.txt): invalid UTF-8 at column 4");
/// ```
pub fn text_document(id: String, bytes: Vec<u8>) -> Result<Document, LineError> {
    let text = String::from_utf8(bytes).map_err(|e| LineError {
        line: 1,
        id: Some(id.clone()),
        error: utf8_error(e.as_bytes(), &e.utf8_error()),
    })?;
    Ok(Document {
        reference_date: reference_date(&text).map(|(d, _)| d),
        id,
        text: text.into(),
        doc_type: None,
        extra: Map::new(),
    })
}

/// Where the invalid byte is, as a line and a column in characters.
fn utf8_error(bytes: &[u8], error: &std::str::Utf8Error) -> ReadError {
    let before = &bytes[..error.valid_up_to()];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    // The bytes before the error are valid UTF-8.
    let column = std::str::from_utf8(&before[line_start..]).map_or(0, |s| s.chars().count()) + 1;
    ReadError::Utf8 { line, column }
}

/// "2010-04-20", or a timestamp that starts with the day ("2010-04-20T08:00:00Z").
fn date_value(value: &Value) -> Option<NaiveDate> {
    let text = value.as_str()?.trim();
    let day = text.get(..10)?;
    plain_day(day)
        .or_else(|| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .filter(|_| text.len() == 10 || !text.as_bytes()[10].is_ascii_digit())
}

/// `YYYY-MM-DD` in digits, read without chrono's general parser (a tenth of the time of a
/// line's parse); `None` for any other spelling, which that parser then reads.
fn plain_day(day: &str) -> Option<NaiveDate> {
    let b = day.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

fn doc_type(value: &Value) -> Option<DocType> {
    match value.as_str()? {
        "news" => Some(DocType::News),
        "narrative" => Some(DocType::Narrative),
        "auto" => Some(DocType::Auto),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Result<Document, LineError> {
        Document::from_json(7, line.as_bytes())
    }

    fn message(line: &str) -> String {
        read(line).unwrap_err().to_string()
    }

    #[test]
    fn a_line_is_a_document_with_its_other_keys() {
        let doc =
            read(r#"{"id": "a/1", "date": "2010-04-20", "text": "Hi.", "source": "bbc"}"#).unwrap();
        assert_eq!(doc.id, "a/1");
        assert_eq!(&*doc.text, "Hi.");
        assert_eq!(doc.reference_date.unwrap().to_string(), "2010-04-20");
        assert_eq!(doc.doc_type, None);
        assert_eq!(Value::Object(doc.extra).to_string(), r#"{"source":"bbc"}"#);
    }

    #[test]
    fn reference_date_wins_over_date_which_is_then_passed_through() {
        let doc =
            read(r#"{"id": 3, "reference_date": "2010-04-21T09:00Z", "date": "x", "text": ""}"#)
                .unwrap();
        assert_eq!(doc.id, "3");
        assert_eq!(doc.reference_date.unwrap().to_string(), "2010-04-21");
        assert_eq!(Value::Object(doc.extra).to_string(), r#"{"date":"x"}"#);
    }

    #[test]
    fn without_a_date_key_the_text_says_it_and_without_an_id_the_line_does() {
        let doc =
            read(r#"{"text": "March 21, 2013 -- Markets fell.", "doc_type": "news"}"#).unwrap();
        assert_eq!(doc.id, "7");
        assert_eq!(doc.reference_date.unwrap().to_string(), "2013-03-21");
        assert_eq!(doc.doc_type, Some(DocType::News));
        assert_eq!(read(r#"{"text": "Hi."}"#).unwrap().reference_date, None);
    }

    #[test]
    fn a_key_given_twice_keeps_its_last_value_as_in_a_map() {
        let doc = read(r#"{"id": "a", "text": "x", "id": "b", "tag": 1, "tag": 2}"#).unwrap();
        assert_eq!(doc.id, "b");
        assert_eq!(Value::Object(doc.extra).to_string(), r#"{"tag":2}"#);
        let doc = read(r#"{"date": "2001-01-01", "reference_date": null, "text": "x"}"#).unwrap();
        assert_eq!(doc.reference_date, None);
        assert_eq!(
            Value::Object(doc.extra).to_string(),
            r#"{"date":"2001-01-01"}"#
        );
    }

    #[test]
    fn bad_lines_say_why() {
        assert_eq!(
            message(r#"{"id": "a", "text": "x""#),
            "line 7: invalid JSON at column 23: EOF while parsing an object"
        );
        assert_eq!(
            message("[1]"),
            "line 7: not a JSON object (`{\"id\": ..., \"text\": ...}`)"
        );
        assert_eq!(message(r#"{"id": "a"}"#), "line 7 (id a): no `text` key");
        assert_eq!(
            message(r#"{"id": "a", "text": 1}"#),
            "line 7 (id a): `text` is not a string"
        );
        assert_eq!(
            message(r#"{"id": [], "text": ""}"#),
            "line 7: `id` is not a string"
        );
        assert_eq!(
            message(r#"{"id": "a", "text": "", "date": "2013-02-30"}"#),
            "line 7 (id a): `date` \"2013-02-30\" is not a date (YYYY-MM-DD)"
        );
        assert_eq!(
            message(r#"{"id": "a", "text": "", "reference_date": "2013-02-301"}"#),
            "line 7 (id a): `reference_date` \"2013-02-301\" is not a date (YYYY-MM-DD)"
        );
        assert_eq!(
            message(r#"{"id": "a", "text": "", "doc_type": "story"}"#),
            "line 7 (id a): `doc_type` \"story\" is not \"news\", \"narrative\" or \"auto\""
        );
        let err = Document::from_json(2, b"{\"text\": \"caf\xe9\"}").unwrap_err();
        assert_eq!(err.to_string(), "line 2: invalid UTF-8 at column 14");
    }

    #[test]
    fn a_plain_day_reads_as_chrono_reads_it() {
        for day in [
            "2010-04-20",
            "0000-01-01",
            "9999-12-31",
            "2013-02-29",
            "2012-02-29",
            "2013-00-10",
            "2013-13-01",
            "2013-01-00",
            "2013-01-32",
            "2013-1-020",
            "+201-01-01",
            "2013/01/01",
            "20a3-01-01",
            "2013-01-0x",
        ] {
            let chrono = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok();
            assert_eq!(plain_day(day).or(chrono), chrono, "{day}");
        }
        assert_eq!(
            plain_day("2010-04-20"),
            NaiveDate::from_ymd_opt(2010, 4, 20)
        );
    }

    #[test]
    fn a_text_file_names_the_line_of_its_bad_byte() {
        let err = text_document("t.txt".into(), b"ok\nnot \xff".to_vec()).unwrap_err();
        assert_eq!(err.to_string(), "line 1 (id t.txt): invalid UTF-8 at 2:5");
    }
}
