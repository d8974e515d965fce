//! What must hold for any input, checked by the fuzz driver and the cargo-fuzz targets alike.
//! Each check returns the name of the broken rule and the details, so that findings can be
//! grouped by rule.

use std::ops::Range;

use timeliner::timeline::Event;
use timeliner::timex::{Modifier, Timex};

/// A broken rule: `rule` names it (findings are grouped by it), `detail` shows where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub rule: &'static str,
    pub detail: String,
}

fn violation(rule: &'static str, detail: String) -> Result<(), Violation> {
    Err(Violation { rule, detail })
}

/// Spans in bounds, non-empty, on character boundaries, trimmed, in text order and
/// non-overlapping; values and modifiers that can go into a TIMEX3 attribute as they are.
pub fn check_timexes(text: &str, timexes: &[Timex]) -> Result<(), Violation> {
    let mut previous_end = 0;
    for (n, timex) in timexes.iter().enumerate() {
        let span = &timex.span();
        if span.start >= span.end || span.end > text.len() {
            return violation(
                "span empty or out of bounds",
                format!("#{n} {span:?} in {} bytes", text.len()),
            );
        }
        if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            return violation("span not on a character boundary", format!("#{n} {span:?}"));
        }
        if span.start < previous_end {
            return violation(
                "spans overlap or are out of order",
                format!("#{n} {span:?} starts before {previous_end}"),
            );
        }
        previous_end = span.end;
        let covered = &text[span.clone()];
        if covered.trim() != covered {
            return violation(
                "span starts or ends with white space",
                format!("#{n} {covered:?}"),
            );
        }
        let value = timex.value.to_string();
        let value_ok = !value.is_empty()
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-:._+".contains(&b));
        if !value_ok {
            return violation(
                "value is not a TIMEX3 value",
                format!("#{n} {covered:?} -> {:?}", timex.value),
            );
        }
        if let Some(modifier) = timex.modifier.map(Modifier::code)
            && (modifier.is_empty()
                || !modifier
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'_'))
        {
            return violation(
                "modifier is not a TIMEX3 mod",
                format!("#{n} {covered:?} -> {modifier:?}"),
            );
        }
    }
    Ok(())
}

/// Sentences in bounds, non-empty, on character boundaries, in text order, non-overlapping.
pub fn check_sentences(text: &str, sentences: &[Range<usize>]) -> Result<(), Violation> {
    let mut previous_end = 0;
    for (n, span) in sentences.iter().enumerate() {
        if span.start >= span.end || span.end > text.len() {
            return violation(
                "sentence empty or out of bounds",
                format!("#{n} {span:?} in {} bytes", text.len()),
            );
        }
        if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            return violation(
                "sentence not on a character boundary",
                format!("#{n} {span:?}"),
            );
        }
        if span.start < previous_end {
            return violation(
                "sentences overlap or are out of order",
                format!("#{n} {span:?} starts before {previous_end}"),
            );
        }
        previous_end = span.end;
    }
    Ok(())
}

/// Events with an id and a trimmed title, mentions on character boundaries of the text and a
/// confidence between 0 and 1.
pub fn check_events(text: &str, events: &[Event]) -> Result<(), Violation> {
    for event in events {
        if event.id.is_empty() || event.title.trim().is_empty() || event.title.trim() != event.title
        {
            return violation(
                "event without an id or a trimmed title",
                format!("id {:?}, title {:?}", event.id, event.title),
            );
        }
        for mention in &event.mentions {
            let (start, end) = (mention.start as usize, mention.end as usize);
            let in_text = start <= end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end);
            if !in_text {
                return violation(
                    "mention span outside the text or not on a character boundary",
                    format!(
                        "{}: {}..{} in {} bytes",
                        event.id,
                        mention.start,
                        mention.end,
                        text.len()
                    ),
                );
            }
            if !(0.0..=1.0).contains(&mention.confidence) {
                return violation(
                    "mention confidence outside 0..=1",
                    format!("{}: {}", event.id, mention.confidence),
                );
            }
        }
    }
    Ok(())
}

/// A well-formed XML document with one `<svg>` root and nothing that runs or loads: tags
/// balanced, attribute values quoted, `&` only in entities, no `<script>`, no external `href`.
pub fn check_svg(svg: &str) -> Result<(), Violation> {
    let mut open: Vec<&str> = Vec::new();
    let mut roots = 0;
    let mut rest = svg;
    while let Some(lt) = rest.find('<') {
        check_text(&rest[..lt])?;
        rest = &rest[lt..];
        let skip_to = |rest: &str, end: &str| rest.find(end).map(|i| i + end.len());
        let consumed = if rest.starts_with("<?") {
            skip_to(rest, "?>")
        } else if rest.starts_with("<!--") {
            skip_to(rest, "-->")
        } else if rest.starts_with("<![CDATA[") {
            skip_to(rest, "]]>")
        } else {
            let end = tag_end(rest).ok_or_else(|| Violation {
                rule: "SVG tag not closed",
                detail: excerpt(rest),
            })?;
            let tag = &rest[1..end - 1];
            check_text(tag)?;
            if let Some(name) = tag.strip_prefix('/') {
                if open.pop() != Some(name.trim()) {
                    return violation("SVG tags unbalanced", excerpt(rest));
                }
            } else {
                let self_closing = tag.ends_with('/');
                let name = tag
                    .split(|c: char| c.is_whitespace() || c == '/')
                    .next()
                    .unwrap_or_default();
                if name.is_empty() {
                    return violation("SVG tag without a name", excerpt(rest));
                }
                if name.eq_ignore_ascii_case("script") || tag.contains("href=\"http") {
                    return violation("SVG runs or loads something", excerpt(rest));
                }
                if open.is_empty() {
                    roots += 1;
                }
                if !self_closing {
                    open.push(name);
                }
            }
            Some(end)
        };
        let consumed = consumed.ok_or_else(|| Violation {
            rule: "SVG markup not closed",
            detail: excerpt(rest),
        })?;
        rest = &rest[consumed..];
    }
    check_text(rest)?;
    if !open.is_empty() {
        return violation("SVG tags left open", format!("{open:?}"));
    }
    if roots != 1 {
        return violation(
            "SVG has not exactly one root element",
            format!("{roots} roots"),
        );
    }
    Ok(())
}

/// The length of the tag at the start of `markup` up to and including its `>`, skipping
/// quoted attribute values; `None` if it never closes or a value is unquoted or holds `<`.
fn tag_end(markup: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in markup.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), '<') => return None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i + 1),
            (None, '<') => return None,
            (None, _) => {}
        }
    }
    None
}

/// Character data: every `&` starts an entity.
fn check_text(text: &str) -> Result<(), Violation> {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        rest = &rest[amp + 1..];
        let entity_ok = rest.find(';').is_some_and(|semi| {
            let name = &rest[..semi];
            matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
                || name
                    .strip_prefix("#x")
                    .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()))
                || name
                    .strip_prefix('#')
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        });
        if !entity_ok {
            return violation(
                "SVG text has a bare &",
                excerpt(&text[text.len() - rest.len() - 1..]),
            );
        }
    }
    Ok(())
}

fn excerpt(text: &str) -> String {
    text.chars().take(80).collect()
}
