//! The text with inline TIMEX3 and EVENT elements and one TLINK per attachment after it, the
//! format the anchoring scorer reads (see `/work/shared/eval/README.md`).

use std::fmt::Write;

use super::Analysis;
use crate::timex::Timex;

/// TimeML for `text`: every expression in `timexes`, every event word of `analysis`, and a
/// TLINK from each event to the expression that dates it.
///
/// # Example
/// ```
/// use timeliner::events::{analyse, timeml::to_timeml};
/// use timeliner::timex::{Timex, TimexType};
///
/// let text = "Talks broke down in 2019.";
/// let timexes = [Timex { span: 20..24, kind: TimexType::Date, value: "2019".into(), modifier: None }];
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
        out.push_str(&escape(&text[last..start]));
        let inner = escape(&text[start..end]);
        match tag {
            Tag::Timex(n, timex) => {
                let _ = write!(
                    out,
                    "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\">{inner}</TIMEX3>",
                    n + 1,
                    timex.kind.as_str(),
                    escape(&timex.value)
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
    out.push_str(&escape(&text[last..]));
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

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
