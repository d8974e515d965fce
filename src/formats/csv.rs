//! CSV: the events as rows a spreadsheet opens (RFC 4180: a header row, fields quoted when
//! they hold a comma, a quote or a line break, CRLF line ends; UTF-8 with a byte-order mark,
//! which Excel needs to read UTF-8), and the same columns read back.
//!
//! A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
//! so that a spreadsheet shows it as text instead of running it as a formula (`-0043-03-15`
//! is written `'-0043-03-15`); reading removes that apostrophe again.

use std::collections::HashSet;

use super::exchange::{
    Exported, Part, ReadError, dropped_parts, from_keyword, kept_events, keyword, unique_id,
};
use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, EventEnd, Mentions, Review, Status, Timeline};

/// The columns, in the order written.
pub const COLUMNS: [&str; 10] = [
    "id",
    "date",
    "end",
    "title",
    "description",
    "status",
    "lane",
    "tags",
    "quote",
    "review",
];

/// What the rows hold of a timeline (the rest is reported as dropped).
const KEPT: [Part; 8] = [
    Part::Descriptions,
    Part::Statuses,
    Part::Lanes,
    Part::Tags,
    Part::Quotes,
    Part::Reviews,
    Part::Approximations,
    Part::OngoingEnds,
];

/// Tags share one cell, separated by this.
const TAG_SEPARATOR: &str = ", ";

/// Dates are written in the timeline's own spelling (`2019-Q3`, `~1990s`, `44 BCE`), so every
/// precision comes back on import.
///
/// # Example
/// ```
/// use timeliner::formats::csv;
/// let t = timeliner::timeline::load("t", b"title: T\nevents:\n- {id: a, date: 2019, title: 'Hi, there'}\n").unwrap();
/// let out = csv::write(&t);
/// assert!(String::from_utf8(out.bytes).unwrap().ends_with("a,2019,,\"Hi, there\",,happened,,,,draft\r\n"));
/// ```
#[must_use]
pub fn write(timeline: &Timeline) -> Exported {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, COLUMNS.iter().map(|c| (*c).to_string()));
    for event in kept_events(timeline) {
        let end = event.end.map(|end| match end {
            EventEnd::Date(d) => d.to_string(),
            EventEnd::Ongoing => "ongoing".to_string(),
        });
        push_row(
            &mut out,
            [
                event.id.clone(),
                event.date.to_string(),
                end.unwrap_or_default(),
                event.title.clone(),
                event.description().unwrap_or_default().to_string(),
                keyword(&event.status),
                event.lane().unwrap_or_default().to_string(),
                event.tags().join(TAG_SEPARATOR),
                event.quote.as_deref().unwrap_or_default().to_string(),
                keyword(&event.review),
            ]
            .into_iter(),
        );
    }
    Exported {
        bytes: out.into_bytes(),
        dropped: dropped_parts(timeline, &KEPT),
    }
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = if needs_guard(&cell) {
            format!("'{cell}")
        } else {
            cell
        };
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// Whether a spreadsheet could take the cell for a formula, or the cell already starts with
/// the apostrophe that guards one (so that reading back removes exactly one).
fn needs_guard(cell: &str) -> bool {
    let formula = |s: &str| s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    formula(cell) || cell.strip_prefix('\'').is_some_and(formula)
}

fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

/// A field of a record and where it starts.
struct Field {
    text: String,
    line: usize,
    column: usize,
}

/// Reads rows with the columns of [`write()`] (any order; `date` and `title` required, the
/// others optional) into a timeline titled `title`. Events without an id get one from their
/// title.
///
/// # Errors
/// The first malformed field, unknown column or unreadable value, with its line and column.
pub fn read(text: &str, title: &str) -> Result<Timeline, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = parse(text)?.into_iter();
    let Some(header) = records.next() else {
        return Err(error(
            1,
            1,
            "the file is empty; the first row names the columns",
        ));
    };
    let mut columns = Vec::new();
    for field in &header {
        let name = field.text.trim().to_ascii_lowercase();
        if !COLUMNS.contains(&name.as_str()) {
            return Err(error(
                field.line,
                field.column,
                &format!(
                    "unknown column `{}`; the columns are {}",
                    field.text,
                    COLUMNS.join(", ")
                ),
            ));
        }
        columns.push(name);
    }
    for required in ["date", "title"] {
        if !columns.iter().any(|c| c == required) {
            return Err(error(1, 1, &format!("no `{required}` column")));
        }
    }
    let mut timeline = Timeline {
        title: title.to_string(),
        ..Timeline::default()
    };
    let mut taken = HashSet::new();
    let mut unnamed = Vec::new();
    for record in records {
        if record.len() == 1 && record[0].text.is_empty() {
            continue;
        }
        if record.len() != columns.len() {
            return Err(error(
                record[0].line,
                1,
                &format!(
                    "{} fields where the header has {}",
                    record.len(),
                    columns.len()
                ),
            ));
        }
        let (event, has_id) = read_event(&columns, &record)?;
        if has_id {
            taken.insert(event.id.clone());
        } else {
            unnamed.push(timeline.events.len());
        }
        timeline.events.push(event);
    }
    for index in unnamed {
        let event = &mut timeline.events[index];
        event.id = unique_id(&event.title, &mut taken);
    }
    Ok(timeline)
}

fn read_event(columns: &[String], record: &[Field]) -> Result<(Event, bool), ReadError> {
    let mut event = Event {
        id: String::new(),
        date: TimelineDate::year(0),
        end: None,
        title: String::new(),
        status: Status::default(),
        notes: None,
        source: None,
        quote: None,
        review: Review::default(),
        mentions: Mentions::default(),
        more_mentions: 0,
    };
    for (name, field) in columns.iter().zip(record) {
        let value = unguard(&field.text);
        let at = |message: String| error(field.line, field.column, &message);
        let optional = || (!value.trim().is_empty()).then(|| value.to_string());
        match name.as_str() {
            "id" => event.id = value.trim().to_string(),
            "date" => event.date = TimelineDate::parse(value).map_err(|e| at(e.to_string()))?,
            "end" if value.trim().is_empty() => {}
            "end" if value.trim() == "ongoing" => event.end = Some(EventEnd::Ongoing),
            "end" => {
                let date = TimelineDate::parse(value).map_err(|e| at(e.to_string()))?;
                event.end = Some(EventEnd::Date(date));
            }
            "title" => event.title = value.to_string(),
            // Notes only when given: an event without any holds none.
            "description" => {
                if let Some(description) = optional() {
                    event.notes_mut().description = Some(description);
                }
            }
            "lane" => {
                if let Some(lane) = optional() {
                    event.notes_mut().lane = Some(lane);
                }
            }
            "quote" => event.quote = optional().map(Into::into),
            "tags" => {
                let tags: Vec<String> = value
                    .split(TAG_SEPARATOR.trim())
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect();
                if !tags.is_empty() {
                    event.notes_mut().tags = tags;
                }
            }
            "status" if value.trim().is_empty() => {}
            "status" => {
                event.status = from_keyword(value).ok_or_else(|| {
                    at(format!(
                        "`{value}` is not a status; write happened, planned or reported"
                    ))
                })?;
            }
            "review" if value.trim().is_empty() => {}
            _ => {
                event.review = from_keyword(value).ok_or_else(|| {
                    at(format!(
                        "`{value}` is not a review; write draft, confirmed or rejected"
                    ))
                })?;
            }
        }
    }
    let has_id = !event.id.is_empty();
    Ok((event, has_id))
}

fn error(line: usize, column: usize, message: &str) -> ReadError {
    ReadError {
        line,
        column,
        message: message.to_string(),
    }
}

/// Splits RFC 4180 text into records of fields, each with its line and column (1-based,
/// in characters). Accepts LF as well as CRLF line ends.
fn parse(text: &str) -> Result<Vec<Vec<Field>>, ReadError> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut column) = (1, 1);
    loop {
        let (start_line, start_column) = (line, column);
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            column += 1;
            loop {
                match chars.next() {
                    None => {
                        return Err(error(
                            start_line,
                            start_column,
                            "this quoted field is never closed; end it with `\"`",
                        ));
                    }
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        column += 2;
                        field.push('"');
                    }
                    Some('"') => {
                        column += 1;
                        break;
                    }
                    Some('\n') => {
                        line += 1;
                        column = 1;
                        field.push('\n');
                    }
                    Some(c) => {
                        column += 1;
                        field.push(c);
                    }
                }
            }
            if !matches!(chars.peek(), None | Some(',' | '\r' | '\n')) {
                return Err(error(
                    line,
                    column,
                    "text after a closing quote; a quote inside a quoted field is written `\"\"`",
                ));
            }
        } else {
            while let Some(&c) = chars.peek() {
                if matches!(c, ',' | '\r' | '\n') {
                    break;
                }
                if c == '"' {
                    return Err(error(
                        line,
                        column,
                        "a quote inside an unquoted field; quote the whole field and double the quote",
                    ));
                }
                field.push(c);
                column += 1;
                chars.next();
            }
        }
        record.push(Field {
            text: field,
            line: start_line,
            column: start_column,
        });
        match chars.next() {
            Some(',') => column += 1,
            Some('\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                records.push(std::mem::take(&mut record));
                (line, column) = (line + 1, 1);
            }
            Some('\r' | '\n') => {
                records.push(std::mem::take(&mut record));
                (line, column) = (line + 1, 1);
            }
            _ => {
                if !(record.len() == 1 && record[0].text.is_empty()) {
                    records.push(record);
                }
                return Ok(records);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::exchange::describe;

    #[test]
    fn quoting_guards_and_reading_back() {
        let t = crate::formats::tests::sample();
        let text = String::from_utf8(write(&t).bytes).unwrap();
        assert!(text.starts_with(
            "\u{feff}id,date,end,title,description,status,lane,tags,quote,review\r\n"
        ));
        assert!(text.contains("bce,'-0043-03-15,,"), "{text}");
        assert!(
            text.contains("\"He said \"\"no, never\"\"\nthen left — déjà vu\""),
            "{text}"
        );
        assert!(text.contains(",'=SUM(A1),"), "{text}");
        assert!(text.contains(",'@home,"), "{text}");
        let back = read(&text, &t.title).unwrap();
        let kept: Vec<_> = kept_events(&t).cloned().collect();
        let strip = |mut e: Event| {
            e.source = None;
            e.mentions.clear();
            e
        };
        assert_eq!(back.events, kept.into_iter().map(strip).collect::<Vec<_>>());
    }

    #[test]
    fn says_what_it_drops() {
        let t = crate::formats::tests::sample();
        assert_eq!(
            describe(&write(&t).dropped).unwrap(),
            "1 title, 1 subtitle, 1 as_of date, 1 source, 1 era, 1 event's source, 1 mention and 1 rejected event"
        );
    }

    #[test]
    fn errors_are_located() {
        let err = |text: &str| read(text, "T").unwrap_err().to_string();
        assert_eq!(
            err("date,title\n2019,\"open\n"),
            "2:6: this quoted field is never closed; end it with `\"`"
        );
        assert_eq!(
            err("date,title\r\n2019,a\"b\r\n"),
            "2:7: a quote inside an unquoted field; quote the whole field and double the quote"
        );
        assert_eq!(
            err("date,title\n2019-02-30,A\n"),
            "2:1: `2019-02-30` is not a day of the calendar"
        );
        assert_eq!(
            err("date,title\n2019\n"),
            "2:1: 1 fields where the header has 2"
        );
        assert_eq!(
            err("date,titel\n"),
            "1:6: unknown column `titel`; the columns are id, date, end, title, description, status, lane, tags, quote, review"
        );
        assert_eq!(err("title\n"), "1:1: no `date` column");
        assert_eq!(
            err("date,title,status\n2019,A,done\n"),
            "2:8: `done` is not a status; write happened, planned or reported"
        );
    }

    #[test]
    fn ids_come_from_titles_when_absent() {
        let t = read("date,title\n2019,Talks\n2020,Talks\n", "T").unwrap();
        let ids: Vec<_> = t.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["talks", "talks-2"]);
    }
}
