//! The text with inline TIMEX3 and EVENT elements and one TLINK per attachment after it, the
//! format the anchoring scorer reads (see `/work/shared/eval/README.md`).

use std::fmt::Write;

use super::Analysis;
use crate::timex::{Timex, TimexType, Value, escape_xml};

/// TimeML for `text`: every expression in `timexes`, every event word of `analysis`, and a
/// TLINK from each event to the expression that dates it.
///
/// # Example
/// ```
/// use timeliner::events::{analyse, timeml::to_timeml};
/// use timeliner::timex::{Timex, TimexType};
///
/// let text = "Talks broke down in 2019.";
/// let value = timeliner::timex::Value::parse("2019").unwrap();
/// let timexes = [Timex { span: 20..24, kind: TimexType::Date, value, modifier: None }];
/// let analysis = analyse(text, &timexes, &[0..text.len()]);
/// assert_eq!(
///     to_timeml(text, &timexes, &analysis),
///     "<EVENT eid=\"e1\" class=\"OCCURRENCE\">Talks</EVENT> <EVENT eid=\"e2\" class=\"OCCURRENCE\">broke</EVENT> down in \
///      <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2019\">2019</TIMEX3>.\n\
///      <TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventID=\"e2\" relatedToTime=\"t1\"/>\n"
/// );
/// ```
#[must_use]
pub fn to_timeml(text: &str, timexes: &[Timex], analysis: &Analysis) -> String {
    enum Tag<'a> {
        Timex(usize, &'a Timex),
        Event(usize),
    }
    let events = analysis.event_spans();
    let mut tags: Vec<(usize, usize, Tag<'_>)> = Vec::new();
    for (n, timex) in timexes.iter().enumerate() {
        tags.push((timex.span.start, timex.span.end, Tag::Timex(n, timex)));
    }
    for (n, span) in events.iter().enumerate() {
        tags.push((span.start, span.end, Tag::Event(n)));
    }
    tags.sort_by_key(|&(start, end, _)| (start, end));
    let mut out = String::with_capacity(text.len() * 2);
    let mut last = 0;
    for (start, end, tag) in tags {
        if start < last {
            continue; // Overlapping tags cannot nest; the first one wins.
        }
        out.push_str(&escape_xml(&text[last..start]));
        let inner = escape_xml(&text[start..end]);
        match tag {
            Tag::Timex(n, timex) => {
                let _ = write!(
                    out,
                    "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\">{inner}</TIMEX3>",
                    n + 1,
                    timex.kind.as_str(),
                    escape_xml(&timex.value.to_string())
                );
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
    out.push_str(&escape_xml(&text[last..]));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    for (n, (timex, event)) in analysis.links().enumerate() {
        let eid = events.iter().position(|s| *s == event).map_or(0, |p| p + 1);
        let _ = writeln!(
            out,
            "<TLINK lid=\"l{}\" relType=\"IS_INCLUDED\" eventID=\"e{eid}\" relatedToTime=\"t{}\"/>",
            n + 1,
            timex + 1
        );
    }
    out
}

/// Reads text with inline TIMEX3 elements (as the tagger or a gold file writes them): the
/// plain text, with entities decoded and every tag removed, and its expressions. Lets the
/// event linking be run, and measured, on expressions found by another tool.
///
/// # Example
/// ```
/// use timeliner::events::timeml::read_timexes;
///
/// let (text, timexes) = read_timexes("Sales rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1989-Q3\">last quarter</TIMEX3> at AT&amp;T.");
/// assert_eq!(text, "Sales rose last quarter at AT&T.");
/// assert_eq!((timexes[0].span.clone(), timexes[0].value.to_string()), (11..23, "1989-Q3".into()));
/// ```
#[must_use]
pub fn read_timexes(tagged: &str) -> (String, Vec<Timex>) {
    let mut text = String::with_capacity(tagged.len());
    let mut timexes = Vec::new();
    let mut open: Option<(usize, TimexType, String, Option<String>)> = None;
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
            open = Some((text.len(), kind, value, attribute(attrs, "mod")));
        } else if tag == "/TIMEX3"
            && let Some((start, kind, value, modifier)) = open.take()
        {
            timexes.push(Timex {
                span: start..text.len(),
                kind,
                value: Value::parse(&value).unwrap_or_else(|_| Value::Foreign(value.into())),
                modifier,
            });
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
    Some(unescape(&attrs[start..end]))
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
