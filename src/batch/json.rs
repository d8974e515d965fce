//! The events of a batch output line written straight into its bytes, as serde_json writes
//! them (the same keys, order, escapes and numbers): through serde's derived code, the quotes
//! escaped a byte at a time and the dates formatted twice were a tenth of a batch's time.

use std::fmt::Write as _;
use std::io;

use arrayvec::ArrayString;

use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, EventEnd, Mention, Review, Status};

/// Appends `events` as a JSON array, handing `out` to `written` after each event (to write it
/// out and empty it).
///
/// # Errors
/// The first error of `written`.
pub(super) fn push_events_with(
    out: &mut Vec<u8>,
    events: &[Event],
    mut written: impl FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    out.push(b'[');
    for (k, event) in events.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        push_event(out, event);
        written(out)?;
    }
    out.push(b']');
    Ok(())
}

/// Appends `items` as a JSON array, each written by `push`.
fn push_array<T>(out: &mut Vec<u8>, items: &[T], push: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        push(out, item);
    }
    out.push(b']');
}

fn push_event(out: &mut Vec<u8>, event: &Event) {
    // Every field named: a field added to `Event` fails to compile here until it is written.
    let Event {
        id,
        date,
        end,
        title,
        status,
        source,
        quote,
        review,
        mentions,
        more_mentions,
        notes,
    } = event;
    let (description, lane, tags) = (event.description(), event.lane(), event.tags());
    // Read by the accessors above, which every field of the notes is.
    let _ = notes;
    out.extend_from_slice(b"{\"id\":");
    push_str(out, id);
    out.extend_from_slice(b",\"date\":");
    push_date(out, date);
    match end {
        None => {}
        Some(EventEnd::Date(end)) => {
            out.extend_from_slice(b",\"end\":");
            push_date(out, end);
        }
        Some(EventEnd::Ongoing) => out.extend_from_slice(b",\"end\":\"ongoing\""),
    }
    out.extend_from_slice(b",\"title\":");
    push_str(out, title);
    push_optional(out, "description", description);
    match status {
        Status::Happened => {}
        Status::Planned => out.extend_from_slice(b",\"status\":\"planned\""),
        Status::Reported => out.extend_from_slice(b",\"status\":\"reported\""),
    }
    push_optional(out, "lane", lane);
    if !tags.is_empty() {
        out.extend_from_slice(b",\"tags\":");
        push_array(out, tags, |out, tag| push_str(out, tag));
    }
    push_optional(out, "source", source.as_deref());
    push_optional(out, "quote", quote.as_deref());
    match review {
        Review::Draft => {}
        Review::Confirmed => out.extend_from_slice(b",\"review\":\"confirmed\""),
        Review::Rejected => out.extend_from_slice(b",\"review\":\"rejected\""),
    }
    if !mentions.is_empty() {
        out.extend_from_slice(b",\"mentions\":");
        push_array(out, mentions, push_mention);
    }
    if *more_mentions > 0 {
        out.extend_from_slice(b",\"more_mentions\":");
        push_usize(out, usize::try_from(*more_mentions).unwrap_or(usize::MAX));
    }
    out.push(b'}');
}

fn push_mention(out: &mut Vec<u8>, mention: &Mention) {
    let Mention {
        source,
        start,
        end,
        confidence,
        quote,
    } = mention;
    out.extend_from_slice(b"{\"source\":");
    push_str(out, source);
    out.extend_from_slice(b",\"start\":");
    push_usize(out, *start as usize);
    out.extend_from_slice(b",\"end\":");
    push_usize(out, *end as usize);
    out.extend_from_slice(b",\"confidence\":");
    // serde_json's own float format (and `null` for what JSON has no number for).
    let _ = serde_json::to_writer(&mut *out, confidence);
    push_optional(out, "quote", quote.as_deref());
    out.push(b'}');
}

/// `,"key":"value"` when there is a value.
fn push_optional(out: &mut Vec<u8>, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
        push_str(out, value);
    }
}

pub(super) fn push_date(out: &mut Vec<u8>, date: &TimelineDate) {
    // Most dates are spelt plainly, without `write!`, which cost a quarter of the date.
    if let Some(plain) = date.plain_spelling().filter(|_| !date.approximate) {
        push_str(out, &plain);
        return;
    }
    // A date's spelling needs no escape, and is short: spelt on the stack.
    let mut spelt = ArrayString::<64>::new();
    if write!(spelt, "{date}").is_ok() {
        push_str(out, &spelt);
    } else {
        push_str(out, &date.to_string());
    }
}

/// `n` in decimal, without `fmt`.
fn push_usize(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [b'0'; 20];
    let mut at = digits.len() - 1;
    loop {
        // A digit, below 10.
        digits[at] = b'0' + u8::try_from(n % 10).unwrap_or(0);
        n /= 10;
        if n == 0 {
            break;
        }
        at -= 1;
    }
    out.extend_from_slice(&digits[at..]);
}

/// Appends `text` as a JSON string escaped as serde_json escapes it: `"` and `\` with a
/// backslash, the control characters as `\n`-style escapes or `\u00XX`, everything else as
/// it is. Eight bytes at a time are checked for anything to escape.
pub(super) fn push_str(out: &mut Vec<u8>, text: &str) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each zero byte (and maybe of bytes after the first zero, never before).
    let zeros = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let bytes = text.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            let x = u64::from_le_bytes(*chunk);
            // Control characters (below 0x20), quotes and backslashes.
            let special = (x.wrapping_sub(ONES * 0x20) & !x & HIGH)
                | zeros(x ^ (ONES * u64::from(b'"')))
                | zeros(x ^ (ONES * u64::from(b'\\')));
            if special == 0 {
                i += 8;
                continue;
            }
            i += (special.trailing_zeros() / 8) as usize;
        } else if !needs_escape(bytes[i]) {
            i += 1;
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        push_escape(out, bytes[i]);
        i += 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

fn push_escape(out: &mut Vec<u8>, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match byte {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(byte >> 4)],
            HEX[usize::from(byte & 0xf)],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::date::Precision;
    use crate::timeline::{Mentions, Notes};

    fn string(text: &str) -> String {
        let mut out = Vec::new();
        push_str(&mut out, text);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every_byte: String = (0..0x80u8).map(char::from).collect();
        every_byte.push_str("é ’ 丸 \u{2028} \u{7f}");
        let mut texts = vec![
            String::new(),
            "plain".into(),
            "Kim said: \"talks\" \\ broke\n\tdown\r\n".into(),
            every_byte.clone(),
        ];
        // Each special byte at each place of an eight-byte block, and after one.
        for at in 0..17 {
            for special in ["\"", "\\", "\n", "\u{1}", "\u{1f}", "é"] {
                texts.push(format!("{}{special}{}", "a".repeat(at), "b".repeat(at % 5)));
            }
        }
        for text in texts {
            assert_eq!(
                string(&text),
                serde_json::to_string(&text).unwrap(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn dates_and_numbers_are_written_as_display_writes_them() {
        for year in (-1200..12_000)
            .step_by(7)
            .chain([0, 1, 999, 1000, 9999, 10_000])
        {
            for precision in [
                Precision::Year,
                Precision::Month(2),
                Precision::Month(12),
                Precision::Day(2, 7),
                Precision::Day(11, 30),
                Precision::Decade,
                Precision::Century(19),
                Precision::Quarter(3),
            ] {
                for approximate in [false, true] {
                    let date = TimelineDate {
                        year,
                        precision,
                        approximate,
                    };
                    let mut out = Vec::new();
                    push_date(&mut out, &date);
                    assert_eq!(String::from_utf8(out).unwrap(), format!("\"{date}\""));
                }
            }
        }
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            let mut out = Vec::new();
            push_usize(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }

    #[test]
    fn events_are_written_as_serde_json_writes_them() {
        let date = |s: &str| TimelineDate::parse(s).unwrap();
        let mention = |quote: Option<&str>, confidence| Mention {
            source: "doc-1".into(),
            start: 3,
            end: 120,
            confidence,
            quote: quote.map(Into::into),
        };
        let full = Event {
            id: "2019-02-27-talks".into(),
            date: date("~2019-02-27"),
            end: Some(EventEnd::Date(date("2019-Q3"))),
            title: "Talks \"broke\" down".into(),
            status: Status::Reported,
            notes: Notes::boxed(
                Some("A\nB".into()),
                Some("Diplomacy".into()),
                vec!["a".into(), "b\u{1}".into()],
            ),
            source: Some("doc-1".into()),
            quote: Some("Talks broke down in Hanoi.".into()),
            review: Review::Rejected,
            mentions: vec![
                mention(None, 0.9),
                mention(Some("Again ’here’."), 0.1 + 0.2),
                mention(None, 1.0),
                mention(None, 1e-7),
                mention(None, f64::NAN),
            ]
            .into(),
            more_mentions: 7,
        };
        let bare = Event {
            end: Some(EventEnd::Ongoing),
            status: Status::Planned,
            notes: None,
            source: None,
            quote: None,
            review: Review::Confirmed,
            mentions: Mentions::default(),
            more_mentions: 0,
            date: date("44 BCE"),
            ..full.clone()
        };
        let least = Event {
            end: None,
            status: Status::Happened,
            review: Review::Draft,
            date: date("1990s"),
            ..bare.clone()
        };
        for events in [vec![], vec![full, bare, least]] {
            let mut out = Vec::new();
            let _ = push_events_with(&mut out, &events, |_| Ok(()));
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&events).unwrap()
            );
        }
    }
}
