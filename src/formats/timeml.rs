//! TimeML: the text unchanged except for escaping, with inline TIMEX3 elements (`tag`), or
//! TIMEX3 and EVENT elements and one TLINK per attachment after the text (`extract`, the
//! format the anchoring scorer reads); and the reading of TIMEX3 elements already in a text.

use std::collections::HashMap;
use std::fmt::Write;
use std::ops::Range;

use super::xml::{escape, unescape};
use crate::events::Analysis;
use crate::timex::{Modifier, Timex, TimexType, Value};

/// The text with a `<TIMEX3>` element around each expression of `timexes`.
///
/// # Example
/// ```
/// use timeliner::formats::timeml;
/// use timeliner::timex::{Modifier, Timex, TimexType, Value};
///
/// let text = "Early 2019 & after";
/// let value = Value::parse("2019").unwrap();
/// let timexes = [Timex::new(0..10, TimexType::Date, value, Some(Modifier::Start)).unwrap()];
/// assert_eq!(
///     timeml::write_timexes(text, &timexes),
///     "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2019\" mod=\"START\">Early 2019</TIMEX3> &amp; after"
/// );
/// ```
#[must_use]
pub fn write_timexes(text: &str, timexes: &[Timex]) -> String {
    inline(text, timexes, &[])
}

/// The text with `<TIMEX3>` elements for `timexes` and `<EVENT>` elements for the event
/// words of `analysis`, then a line break if the text did not end with one, and a TLINK
/// from each event to the expression that dates it, one a line.
///
/// # Example
/// ```
/// use timeliner::events::analyse;
/// use timeliner::formats::timeml;
/// use timeliner::timex::{Timex, TimexType};
///
/// let text = "Talks broke down in 2019.";
/// let value = timeliner::timex::Value::parse("2019").unwrap();
/// let timexes = [Timex::new(20..24, TimexType::Date, value, None).unwrap()];
/// let analysis = analyse(text, &timexes, &[0..text.len()]);
/// assert_eq!(
///     timeml::write_events(text, &timexes, &analysis),
///     "<EVENT eid=\"e1\" class=\"OCCURRENCE\">Talks</EVENT> <EVENT eid=\"e2\" class=\"OCCURRENCE\">broke</EVENT> down in \
///      <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2019\">2019</TIMEX3>.\n\
///      <TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventID=\"e2\" relatedToTime=\"t1\"/>\n"
/// );
/// ```
#[must_use]
pub fn write_events(text: &str, timexes: &[Timex], analysis: &Analysis) -> String {
    let events = analysis.event_spans();
    let mut out = inline(text, timexes, &events);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    let mut eids = HashMap::with_capacity(events.len());
    for (n, span) in events.iter().enumerate() {
        eids.entry((span.start, span.end)).or_insert(n + 1);
    }
    for (n, (timex, event)) in analysis.links().enumerate() {
        let eid = eids.get(&(event.start, event.end)).copied().unwrap_or(0);
        let _ = writeln!(
            out,
            "<TLINK lid=\"l{}\" relType=\"IS_INCLUDED\" eventID=\"e{eid}\" relatedToTime=\"t{}\"/>",
            n + 1,
            timex + 1
        );
    }
    out
}

/// The escaped text with TIMEX3 and EVENT elements, numbered in the order given.
fn inline(text: &str, timexes: &[Timex], events: &[Range<usize>]) -> String {
    enum Tag<'a> {
        Timex(usize, &'a Timex),
        Event(usize),
    }
    let mut tags: Vec<(usize, usize, Tag<'_>)> = Vec::with_capacity(timexes.len() + events.len());
    for (n, timex) in timexes.iter().enumerate() {
        tags.push((timex.span().start, timex.span().end, Tag::Timex(n, timex)));
    }
    for (n, span) in events.iter().enumerate() {
        tags.push((span.start, span.end, Tag::Event(n)));
    }
    tags.sort_by_key(|&(start, end, _)| (start, end));
    let mut out = String::with_capacity(text.len() + tags.len() * 64);
    let mut last = 0;
    for (start, end, tag) in tags {
        if start < last {
            continue; // Overlapping tags cannot nest; the first one wins.
        }
        out.push_str(&escape(&text[last..start]));
        let inner = escape(&text[start..end]);
        match tag {
            Tag::Timex(n, timex) => {
                let _ = write!(
                    out,
                    "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"",
                    n + 1,
                    timex.kind.as_str(),
                    escape(&timex.value.to_string())
                );
                if let Some(modifier) = &timex.modifier {
                    let _ = write!(out, " mod=\"{}\"", modifier.code());
                }
                let _ = write!(out, ">{inner}</TIMEX3>");
            }
            Tag::Event(n) => {
                let _ = write!(
                    out,
                    "<EVENT eid=\"e{}\" class=\"OCCURRENCE\">{inner}</EVENT>",
                    n + 1
                );
            }
        }
        last = end;
    }
    out.push_str(&escape(&text[last..]));
    out
}

/// Reads text with inline TIMEX3 elements (as the tagger or a gold file writes them): the
/// plain text, with entities decoded and every tag removed, and its expressions. Lets the
/// event linking be run, and measured, on expressions found by another tool.
///
/// # Example
/// ```
/// use timeliner::formats::timeml::read_timexes;
///
/// let (text, timexes) = read_timexes("Sales rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1989-Q3\">last quarter</TIMEX3> at AT&amp;T.");
/// assert_eq!(text, "Sales rose last quarter at AT&T.");
/// assert_eq!((timexes[0].span(), timexes[0].value.to_string()), (11..23, "1989-Q3".into()));
/// ```
#[must_use]
pub fn read_timexes(tagged: &str) -> (String, Vec<Timex>) {
    let mut text = String::with_capacity(tagged.len());
    let mut timexes = Vec::new();
    let mut open: Option<(usize, TimexType, String, Option<Modifier>)> = None;
    let mut rest = tagged;
    while let Some(lt) = rest.find('<') {
        text.push_str(&unescape(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            rest = &rest[lt..];
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        if let Some(attrs) = tag.strip_prefix("TIMEX3") {
            let kind = match attribute(attrs, "type").as_deref() {
                Some("TIME") => TimexType::Time,
                Some("DURATION") => TimexType::Duration,
                Some("SET") => TimexType::Set,
                _ => TimexType::Date,
            };
            let value = attribute(attrs, "value").unwrap_or_default();
            // A `mod` TimeML does not define is dropped.
            let modifier = attribute(attrs, "mod").and_then(|m| Modifier::from_code(&m));
            open = Some((text.len(), kind, value, modifier));
        } else if tag == "/TIMEX3"
            && let Some((start, kind, value, modifier)) = open.take()
        {
            timexes.extend(Timex::new(
                start..text.len(),
                kind,
                Value::parse(&value).unwrap_or_else(|_| Value::Foreign(Box::new(value))),
                modifier,
            ));
        }
        rest = &rest[lt + gt + 1..];
    }
    text.push_str(&unescape(rest));
    (text, timexes)
}

fn attribute(attrs: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = attrs.find(&key)? + key.len();
    let end = attrs[start..].find('"')? + start;
    Some(unescape(&attrs[start..end]).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timex(span: Range<usize>, value: &str, modifier: Option<&str>) -> Timex {
        Timex::new(
            span,
            TimexType::Date,
            Value::parse(value).unwrap(),
            modifier.and_then(Modifier::from_code),
        )
        .unwrap()
    }

    #[test]
    fn both_writers_give_the_same_timex3_element() {
        let text = "in mid-1990 or so";
        let timexes = [timex(3..11, "1990", Some("MID"))];
        let element =
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1990\" mod=\"MID\">mid-1990</TIMEX3>";
        assert_eq!(write_timexes(text, &timexes), format!("in {element} or so"));
        let analysis = crate::events::analyse(text, &timexes, &crate::text::sentences(text));
        assert!(write_events(text, &timexes, &analysis).contains(element));
    }

    #[test]
    fn reading_gives_back_what_was_written() {
        let text = "AT&T said <on> 5 May \"1990\"\n";
        let timexes = [
            timex(15..20, "XXXX-05-05", None),
            timex(22..26, "1990", Some("APPROX")),
        ];
        assert_eq!(
            read_timexes(&write_timexes(text, &timexes)),
            (text.to_string(), timexes.to_vec())
        );
    }

    #[test]
    fn overlapping_expressions_keep_the_first() {
        let timexes = [timex(0..8, "1990-05", None), timex(4..8, "1990", None)];
        assert_eq!(
            write_timexes("May 1990", &timexes),
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1990-05\">May 1990</TIMEX3>"
        );
    }
}
