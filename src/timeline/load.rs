//! Reading a timeline file: bytes in, a [`Timeline`] or every problem found out, each located.
//!
//! Three passes, each reporting all it can: the bytes must be UTF-8 text; the text must be
//! YAML (serde_yaml reports the first syntax error with its position); then the top level and
//! each source, era and event are read separately so that one bad event does not hide the
//! next, and the result is validated. Positions of errors found after parsing come from an
//! [`Outline`] of the text.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Value};

use super::model::{Era, Event, Source, Timeline};
use super::outline::{Outline, Place, Segment};
use super::validate::{Problem, item_name, validate_parts};
use crate::diag::Diagnostic;

/// The largest file read: a hand-edited timeline is far smaller, and the limit keeps a wrong
/// file from exhausting memory.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// The most problems of one file shown one by one.
const MAX_SHOWN: usize = 100;

/// The lists whose items are read one by one, and what an item is called in messages.
const LISTS: [(&str, &str); 3] = [("sources", "source"), ("eras", "era"), ("events", "event")];

/// Reads a timeline from the bytes of a file; `path` is used in messages only.
///
/// # Errors
/// Every problem found, in file order, when the file is not a valid timeline.
///
/// # Example
/// ```
/// use timeliner::timeline::load;
/// let timeline = load("t.yaml", b"title: T\nevents:\n  - id: a\n    date: 2019\n    title: A\n");
/// assert_eq!(timeline.unwrap().events[0].id, "a");
///
/// let errors = load("t.yaml", b"title: T\nevents:\n  - id: a\n    date: 2019-02-30\n    title: A\n");
/// assert_eq!(
///     errors.unwrap_err()[0].to_string(),
///     "error: event `a`, field `date`: `2019-02-30` is not a day of the calendar\n \
///      --> t.yaml:4:11\n  |\n4 |     date: 2019-02-30\n  |           ^^^^^^^^^^\n",
/// );
/// ```
pub fn load(path: &str, bytes: &[u8]) -> Result<Timeline, Vec<Diagnostic>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![
            Diagnostic::new(
                path,
                format!(
                    "the file is larger than {} MiB, the most a timeline may hold",
                    MAX_FILE_BYTES >> 20
                ),
            )
            .with_hint("is this the right file? a large timeline can be split into several"),
        ]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let offset = err.valid_up_to();
            let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            return Err(vec![
                Diagnostic::new(
                    path,
                    format!("the file is not UTF-8: invalid byte at offset {offset}"),
                )
                .at_offset(valid, offset)
                .with_hint("save the file as UTF-8 text"),
            ]);
        }
    };
    parse(path, text)
}

/// Reads a timeline from text; see [`load`].
///
/// # Errors
/// Every problem found, in file order.
pub fn parse(path: &str, text: &str) -> Result<Timeline, Vec<Diagnostic>> {
    // Editors hide a byte-order mark; columns are counted as the user sees them.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some((offset, c)) = text
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}'))
    {
        return Err(vec![
            Diagnostic::new(
                path,
                format!("control character U+{:04X} at byte {offset}", u32::from(c)),
            )
            .at_offset(text, offset)
            .with_hint("a timeline is YAML text; is this a binary file?"),
        ]);
    }
    if let Some(offset) = flow_too_deep(text) {
        return Err(vec![too_deep(path).at_offset(text, offset)]);
    }
    // Aliases are counted before the document is built: 100,000 aliases of a 10 kB string
    // fit in a small file and expand to a gigabyte. Without a `*` there is no alias.
    if text.contains('*') {
        serde::Deserialize::deserialize(serde_yaml::Deserializer::from_str(text))
            .map(|Expanded| ())
            .map_err(|err| vec![syntax_error(path, text, &err)])?;
    }
    let document: Value =
        serde_yaml::from_str(text).map_err(|err| vec![syntax_error(path, text, &err)])?;
    let Value::Mapping(top) = document else {
        let (message, hint) = if document.is_null() {
            (
                "the file holds no timeline",
                "start with `title:` and `events:`; the README shows the format",
            )
        } else {
            (
                "a timeline must be a mapping of keys such as `title:` and `events:`",
                "the README shows the format",
            )
        };
        let diagnostic = Diagnostic::new(path, message).with_hint(hint);
        return Err(vec![match first_content_line(text) {
            Some(line) => diagnostic.at(text, line, 1, 1),
            None => diagnostic,
        }]);
    };
    read_parts(path, text, top)
}

fn read_parts(path: &str, text: &str, mut top: Mapping) -> Result<Timeline, Vec<Diagnostic>> {
    let [source_values, era_values, event_values] =
        LISTS.map(|(list, _)| match top.get_mut(list) {
            Some(Value::Sequence(seq)) => std::mem::take(seq),
            // `events:` with nothing after it is an empty list, not a type error.
            Some(value @ Value::Null) => {
                *value = Value::Sequence(Vec::new());
                Vec::new()
            }
            // Anything else stays, for the top level to report as a type error.
            _ => Vec::new(),
        });
    let mut errors: Vec<TypeError> = Vec::new();
    let timeline = read::<Timeline>(&Value::Mapping(top), Vec::new(), None, &mut errors);
    let sources: Vec<(usize, Source)> = read_items(LISTS[0], &source_values, &mut errors);
    let eras: Vec<(usize, Era)> = read_items(LISTS[1], &era_values, &mut errors);
    let events: Vec<(usize, Event)> = read_items(LISTS[2], &event_values, &mut errors);

    let problems = match &timeline {
        Some(top) => validate_parts(
            top,
            &sources.iter().map(|(i, s)| (*i, s)).collect::<Vec<_>>(),
            &eras.iter().map(|(i, e)| (*i, e)).collect::<Vec<_>>(),
            &events.iter().map(|(i, e)| (*i, e)).collect::<Vec<_>>(),
        ),
        None => Vec::new(),
    };
    let odd_years = odd_years(path, text);
    if let (Some(mut timeline), true, true, true) = (
        timeline,
        errors.is_empty(),
        problems.is_empty(),
        odd_years.is_empty(),
    ) {
        timeline.sources = sources.into_iter().map(|(_, s)| s).collect();
        timeline.eras = eras.into_iter().map(|(_, e)| e).collect();
        timeline.events = events.into_iter().map(|(_, e)| e).collect();
        return Ok(timeline);
    }

    // Locating a problem reads its line; a file of many copies gets a count for the rest.
    let unshown = (errors.len() + problems.len()).saturating_sub(MAX_SHOWN);
    errors.truncate(MAX_SHOWN);
    let mut problems = problems;
    problems.truncate(MAX_SHOWN - errors.len());
    let outline = Outline::new(text);
    let mut diagnostics: Vec<Diagnostic> = errors
        .into_iter()
        .map(|e| {
            let place = if e.at_key {
                outline.key(&e.path)
            } else {
                nearest_value(&outline, &e.path)
            };
            located(Diagnostic::new(path, e.message), text, place)
        })
        .chain(problems.into_iter().map(
            |Problem {
                 path: at,
                 message,
                 hint,
             }| {
                let diagnostic = located(
                    Diagnostic::new(path, message),
                    text,
                    nearest_value(&outline, &at),
                );
                match hint {
                    Some(hint) => diagnostic.with_hint(hint),
                    None => diagnostic,
                }
            },
        ))
        .chain(odd_years)
        .collect();
    diagnostics.sort_by_key(|d| {
        d.span
            .as_ref()
            .map_or((usize::MAX, 0), |s| (s.line, s.column))
    });
    if unshown > 0 {
        diagnostics.push(
            Diagnostic::new(
                path,
                format!("and {unshown} more problems after these {MAX_SHOWN}"),
            )
            .with_hint("fix these, then check again"),
        );
    }
    Err(diagnostics)
}

/// The keys whose value is a date, which YAML reads as a number when it is one (`2019`).
const DATE_KEYS: [&str; 5] = ["date:", "end:", "start:", "as_of:", "published:"];

/// Years that YAML reads as numbers but a person would not write: hexadecimal, octal or
/// binary (`0x7E3` is 2019), a `+` sign, or the year 0, which calendars do not have. Found
/// in the text, since the parsed number no longer shows how it was written.
fn odd_years(path: &str, text: &str) -> Vec<Diagnostic> {
    // Block-style values are judged by their path: a mention's `start: 0` is a byte offset.
    // Flow-style ones (`{date: 0x7E3}`), which the outline does not read, by their key alone.
    let outline = Outline::new(text);
    let block: HashMap<(usize, usize), bool> = outline
        .values()
        .map(|(at, place)| ((place.line, place.column), is_date_path(at)))
        .collect();
    let mut found = Vec::new();
    // Where the last value was, as a byte offset and a line and column, so that finding the
    // place of each value reads every byte once however the file is laid out.
    let (mut cursor, mut line, mut column) = (0, 1, 1);
    for (at, _) in text.match_indices(':') {
        let Some(key) = DATE_KEYS.iter().find(|k| text[..=at].ends_with(*k)) else {
            continue;
        };
        let key_start = at + 1 - key.len();
        if !text[..key_start].ends_with([' ', '\n', '{', ',', '\t']) && key_start > 0 {
            continue;
        }
        let after = &text[at + 1..];
        let value = after.trim_start_matches([' ', '\t']);
        let offset = text.len() - value.len();
        let token = &value[..value
            .find([' ', '\t', '\r', '\n', ',', '}', ']', '#'])
            .unwrap_or(value.len())];
        let digits = token.strip_prefix(['-', '+']).unwrap_or(token);
        let gap = &text[cursor..offset];
        match gap.rfind('\n') {
            Some(last) => {
                line += gap.matches('\n').count();
                column = gap[last + 1..].chars().count() + 1;
            }
            None => column += gap.chars().count(),
        }
        cursor = offset;
        let place = (line, column);
        let is_date = match block.get(&place) {
            Some(&is_date) => is_date,
            // In flow style a mention's `start: 0` or `end: 0` could be an offset.
            None => !matches!(*key, "start:" | "end:"),
        };
        let message = if !token.is_empty()
            && digits.bytes().all(|b| b == b'0')
            && !digits.is_empty()
            && is_date
        {
            format!("`{token}` is the year 0, which the calendar does not have")
        } else if (token.starts_with('+')
            || ["0x", "0o", "0b"].iter().any(|p| digits.starts_with(p)))
            && block.get(&place) != Some(&false)
        {
            format!("`{token}` is not a year written in decimal")
        } else {
            continue;
        };
        found.push(
            Diagnostic::new(
                path,
                format!("field `{}`: {message}", &key[..key.len() - 1]),
            )
            .at_offset(text, offset)
            .with_hint(
                "write a year in decimal, such as 2019, and years before the common era \
                     as `44 BCE` or `-0043`",
            ),
        );
        if found.len() == MAX_SHOWN {
            break;
        }
    }
    found
}

/// Whether a block-style key holds a date: `as_of`, a source's `published`, an era's
/// `start` or `end`, an event's `date` or `end`.
fn is_date_path(path: &[Segment]) -> bool {
    let key =
        |s: &Segment, names: &[&str]| matches!(s, Segment::Key(k) if names.contains(&k.as_str()));
    match path {
        [k] => key(k, &["as_of"]),
        [list, Segment::Index(_), field] => {
            (key(list, &["sources"]) && key(field, &["published"]))
                || (key(list, &["eras"]) && key(field, &["start", "end"]))
                || (key(list, &["events"]) && key(field, &["date", "end"]))
        }
        _ => false,
    }
}

/// Reads each item of a list on its own, so that every bad item is reported; the items
/// that parse come back with their index in the file.
fn read_items<T: DeserializeOwned>(
    (list, kind): (&str, &str),
    values: &[Value],
    errors: &mut Vec<TypeError>,
) -> Vec<(usize, T)> {
    // Eras have no id: messages name them by their title.
    let id_key = if kind == "era" { "title" } else { "id" };
    let mut items = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let id = value
            .get(id_key)
            .and_then(Value::as_str)
            .unwrap_or_default();
        let prefix = vec![Segment::Key(list.into()), Segment::Index(i)];
        if let Some(item) = read(value, prefix, Some(item_name(kind, i, id)), errors) {
            items.push((i, item));
        }
    }
    items
}

/// A value that did not deserialize: where and why.
struct TypeError {
    path: Vec<Segment>,
    message: String,
    /// Point at the key rather than its value (an unknown or missing field).
    at_key: bool,
}

/// Deserializes one part of the document, recording its error with the path it occurred at.
fn read<T: DeserializeOwned>(
    value: &Value,
    prefix: Vec<Segment>,
    name: Option<String>,
    errors: &mut Vec<TypeError>,
) -> Option<T> {
    let err = match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(parsed) => return Some(parsed),
        Err(err) => err,
    };
    let mut path = prefix;
    let mut field = Vec::new();
    for segment in err.path().iter() {
        match segment {
            serde_path_to_error::Segment::Map { key } => {
                path.push(Segment::Key(key.clone()));
                field.push(key.clone());
            }
            serde_path_to_error::Segment::Seq { index } => {
                path.push(Segment::Index(*index));
                if let Some(last) = field.last_mut() {
                    last.push_str(&format!("[{index}]"));
                }
            }
            _ => {}
        }
    }
    let message = err.inner().to_string();
    let unknown = message.starts_with("unknown field");
    let at_key = unknown || message.starts_with("missing field");
    if unknown {
        // The message names the key already.
        field.pop();
    }
    let mut context: Vec<String> = name.into_iter().collect();
    if !field.is_empty() {
        context.push(format!("field `{}`", field.join(".")));
    }
    let message = if context.is_empty() {
        message
    } else {
        format!("{}: {message}", context.join(", "))
    };
    errors.push(TypeError {
        path,
        message,
        at_key,
    });
    None
}

/// The value at `path`, or the closest enclosing one the outline finds (a flow list's key).
fn nearest_value(outline: &Outline, path: &[Segment]) -> Option<Place> {
    (1..=path.len())
        .rev()
        .find_map(|n| outline.value(&path[..n]))
}

fn located(diagnostic: Diagnostic, text: &str, place: Option<Place>) -> Diagnostic {
    match place {
        Some(p) => diagnostic.at(text, p.line, p.column, p.width),
        None => diagnostic,
    }
}

/// A YAML syntax error, or one of serde_yaml's limits, as a diagnostic.
fn syntax_error(path: &str, text: &str, err: &serde_yaml::Error) -> Diagnostic {
    let message = without_positions(&err.to_string());
    let (message, hint) = match message.as_str() {
        "recursion limit exceeded" => {
            let diagnostic = too_deep(path);
            return match err.location() {
                Some(l) => diagnostic.at_offset(text, l.index()),
                None => diagnostic,
            };
        }
        m if m.ends_with(EXPANDS_TOO_FAR) => (
            format!(
                "aliases expand the file past {} MiB, the most a timeline may hold",
                MAX_FILE_BYTES >> 20
            ),
            Some("use fewer `*alias` references, or write the values out"),
        ),
        "repetition limit exceeded" => (
            "aliases expand to too many values".to_string(),
            Some("use fewer `*alias` references, or write the values out"),
        ),
        m if m.contains("more than one document") => (
            "the file holds more than one YAML document".to_string(),
            Some("a timeline file is one document; remove the `---` that starts another"),
        ),
        m if m.starts_with("duplicate entry") => {
            let diagnostic = Diagnostic::new(
                path,
                message.replacen("duplicate entry with key", "duplicate key", 1),
            )
            .with_hint("each key may appear once in a mapping; remove or rename one");
            return located(diagnostic, text, Outline::new(text).first_duplicate());
        }
        _ => (message, None),
    };
    let mut diagnostic = Diagnostic::new(path, message);
    if let Some(location) = err.location() {
        diagnostic = diagnostic.at_offset(text, location.index());
    }
    match hint {
        Some(hint) => diagnostic.with_hint(hint),
        None => diagnostic,
    }
}

/// How deep serde_yaml lets a document nest.
const MAX_DEPTH: usize = 128;

fn too_deep(path: &str) -> Diagnostic {
    Diagnostic::new(
        path,
        format!("the YAML nests more than {MAX_DEPTH} levels deep"),
    )
    .with_hint("a timeline needs only a few levels; is this the right file?")
}

/// The offset of the first `[` or `{` nested deeper than serde_yaml allows, if any.
///
/// libyaml takes time quadratic in the depth of flow collections (100,000 `[` take 40 s), so
/// they are counted before parsing. A bracket opens a collection only where a value starts
/// (after `:`, `-`, `,`, `?`, another opener, or at the start of a line); quoted strings and
/// comments are skipped. Block nesting needs indentation, so the size limit bounds it.
fn flow_too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut value_starts = true;
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut previous = '\n';
    for (offset, c) in text.char_indices() {
        let mut opened = false;
        if c == '\n' {
            comment = false;
        }
        match quote {
            Some('"') if c == '"' && previous != '\\' => quote = None,
            Some('\'') if c == '\'' => quote = None,
            Some(_) => {}
            None if comment => {}
            None => match c {
                '#' if previous.is_whitespace() => comment = true,
                '"' | '\'' if value_starts => quote = Some(c),
                '[' | '{' if value_starts => {
                    opened = true;
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some(offset);
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            },
        }
        if !c.is_whitespace() || c == '\n' {
            value_starts = opened || (quote.is_none() && matches!(c, ':' | '-' | ',' | '?' | '\n'));
        }
        previous = c;
    }
    None
}

const EXPANDS_TOO_FAR: &str = "aliases expand the document too far";

/// A walk over the document that holds nothing and fails once the scalars it meets, aliases
/// expanded, add up to more than [`MAX_FILE_BYTES`].
struct Expanded;

impl<'de> serde::Deserialize<'de> for Expanded {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut budget = MAX_FILE_BYTES;
        serde::de::DeserializeSeed::deserialize(Budget(&mut budget), deserializer)
    }
}

/// What is left to spend; every node costs at least one byte.
struct Budget<'b>(&'b mut usize);

impl Budget<'_> {
    fn spend<E: serde::de::Error>(&mut self, bytes: usize) -> Result<Expanded, E> {
        *self.0 = self
            .0
            .checked_sub(bytes.max(1))
            .ok_or_else(|| E::custom(EXPANDS_TOO_FAR))?;
        Ok(Expanded)
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Budget<'_> {
    type Value = Expanded;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Expanded, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Budget<'_> {
    type Value = Expanded;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: serde::de::Error>(mut self, _: bool) -> Result<Expanded, E> {
        self.spend(1)
    }
    fn visit_i64<E: serde::de::Error>(mut self, _: i64) -> Result<Expanded, E> {
        self.spend(8)
    }
    fn visit_u64<E: serde::de::Error>(mut self, _: u64) -> Result<Expanded, E> {
        self.spend(8)
    }
    fn visit_f64<E: serde::de::Error>(mut self, _: f64) -> Result<Expanded, E> {
        self.spend(8)
    }
    fn visit_str<E: serde::de::Error>(mut self, v: &str) -> Result<Expanded, E> {
        self.spend(v.len())
    }
    fn visit_unit<E: serde::de::Error>(mut self) -> Result<Expanded, E> {
        self.spend(1)
    }
    fn visit_none<E: serde::de::Error>(mut self) -> Result<Expanded, E> {
        self.spend(1)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Expanded, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(mut self, mut seq: A) -> Result<Expanded, A::Error> {
        self.spend(1)?;
        while seq.next_element_seed(Budget(&mut *self.0))?.is_some() {}
        Ok(Expanded)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(mut self, mut map: A) -> Result<Expanded, A::Error> {
        self.spend(1)?;
        while map.next_key_seed(Budget(&mut *self.0))?.is_some() {
            map.next_value_seed(Budget(&mut *self.0))?;
        }
        Ok(Expanded)
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(mut self, data: A) -> Result<Expanded, A::Error> {
        use serde::de::VariantAccess;
        self.spend(1)?;
        let (Expanded, variant) = data.variant_seed(Budget(&mut *self.0))?;
        variant.newtype_variant_seed(Budget(self.0))
    }
}

/// Removes serde_yaml's ` at line 3 column 5` and ` at position 8`: the diagnostic shows them.
fn without_positions(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 4..];
        let skipped = skip_position(after);
        if skipped == 0 {
            out.push_str(" at ");
        }
        rest = &after[skipped..];
    }
    out.push_str(rest);
    out
}

/// The length of a `line N column M` or `position N` prefix of `text`, or 0.
fn skip_position(text: &str) -> usize {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if let Some(rest) = text.strip_prefix("line ") {
        let n = digits(rest);
        if n > 0
            && let Some(col) = rest[n..].strip_prefix(" column ")
            && digits(col) > 0
        {
            return text.len() - col.len() + digits(col);
        }
    } else if let Some(rest) = text.strip_prefix("position ")
        && digits(rest) > 0
    {
        return text.len() - rest.len() + digits(rest);
    }
    0
}

fn first_content_line(text: &str) -> Option<usize> {
    text.lines()
        .position(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|n| n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_removed_from_parser_messages() {
        assert_eq!(
            without_positions(
                "did not find expected key at line 3 column 5, while parsing a block mapping at line 1 column 1"
            ),
            "did not find expected key, while parsing a block mapping"
        );
        assert_eq!(without_positions("x at position 8"), "x");
        assert_eq!(without_positions("look at line"), "look at line");
    }
}
