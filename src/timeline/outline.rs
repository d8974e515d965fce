//! Finds where a key or list item sits in the text of a block-style YAML file, so that errors
//! found after parsing (a duplicate id, an end before its start) can point at a line and column.
//!
//! serde_yaml gives positions only for the first syntax or type error, and none for values
//! that parse but do not make sense. This reads the indentation structure that hand-written
//! files use (`key: value`, `- item`); it does not parse YAML and may find nothing for flow
//! style (`{a: 1}`), in which case the error is reported without a position.

use std::collections::HashMap;

/// One step of a path into the document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// A place to point at: 1-based line, 1-based column in characters, width in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub width: usize,
}

/// Where each key and list item of a document starts.
#[derive(Debug, Default)]
pub struct Outline {
    entries: Vec<Entry>,
    /// The first entry of each path, so that locating every problem of a file stays linear.
    first: HashMap<Vec<Segment>, usize>,
}

#[derive(Debug)]
struct Entry {
    path: Vec<Segment>,
    /// The key itself, or the `-` of a list item.
    head: Place,
    /// The inline value after `key:`, when there is one.
    value: Option<Place>,
}

struct Frame {
    column: usize,
    segment: Segment,
    items: usize,
}

impl Outline {
    /// Reads the outline of `text`.
    ///
    /// # Example
    /// ```
    /// use timeliner::timeline::outline::{Outline, Segment};
    /// let outline = Outline::new("events:\n  - id: a\n  - id: b\n    date: 2019\n");
    /// let path = [Segment::Key("events".into()), Segment::Index(1), Segment::Key("date".into())];
    /// let place = outline.value(&path).unwrap();
    /// assert_eq!((place.line, place.column, place.width), (4, 11, 4));
    /// ```
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut outline = Self::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut root_items = 0;
        // Lines indented deeper than this belong to a scalar (block, multi-line or flow).
        let mut scalar_above: Option<usize> = None;
        for (n, raw) in text.split('\n').enumerate() {
            let line = raw.trim_end_matches('\r');
            let indent = line.len() - line.trim_start_matches(' ').len();
            let rest = &line[indent..];
            if let Some(limit) = scalar_above {
                if rest.is_empty() || indent > limit {
                    continue;
                }
                scalar_above = None;
            }
            if rest.is_empty() || rest.starts_with('#') || rest.starts_with("---") {
                continue;
            }
            let mut column = indent;
            let mut rest = rest;
            while rest == "-" || rest.starts_with("- ") {
                while stack.last().is_some_and(|f| {
                    f.column > column
                        || (f.column == column && matches!(f.segment, Segment::Index(_)))
                }) {
                    stack.pop();
                }
                let counter = stack.last_mut().map_or(&mut root_items, |f| &mut f.items);
                let index = *counter;
                *counter += 1;
                let head = place(line, n, column, 1);
                stack.push(Frame {
                    column,
                    segment: Segment::Index(index),
                    items: 0,
                });
                outline.push(&stack, head, None);
                let after = rest[1..].trim_start_matches(' ');
                column += rest.len() - after.len();
                rest = after;
            }
            if rest.is_empty() {
                continue;
            }
            let Some((key, key_len, value_at)) = split_key(rest) else {
                // An inline scalar after `-`: anything indented deeper continues it.
                scalar_above = Some(column);
                continue;
            };
            while stack.last().is_some_and(|f| f.column >= column) {
                stack.pop();
            }
            stack.push(Frame {
                column,
                segment: Segment::Key(key),
                items: 0,
            });
            let value_text = value_of(&rest[value_at..]);
            let value_column =
                column + value_at + (rest[value_at..].len() - rest[value_at..].trim_start().len());
            let value = (!value_text.is_empty())
                .then(|| place(line, n, value_column, value_text.chars().count()));
            outline.push(&stack, place(line, n, column, key_len), value);
            let is_anchor_or_tag = value_text.starts_with(['&', '!']) && !value_text.contains(' ');
            if !value_text.is_empty() && !is_anchor_or_tag {
                scalar_above = Some(column);
            }
        }
        outline
    }

    fn push(&mut self, stack: &[Frame], head: Place, value: Option<Place>) {
        let path: Vec<Segment> = stack.iter().map(|f| f.segment.clone()).collect();
        self.first.entry(path.clone()).or_insert(self.entries.len());
        self.entries.push(Entry { path, head, value });
    }

    /// Where the key (or list item) at `path` is written.
    #[must_use]
    pub fn key(&self, path: &[Segment]) -> Option<Place> {
        self.find(path).map(|e| e.head)
    }

    /// Where the value at `path` is written; its key when the value is not on the key's line.
    #[must_use]
    pub fn value(&self, path: &[Segment]) -> Option<Place> {
        self.find(path).map(|e| e.value.unwrap_or(e.head))
    }

    /// Every inline value with the path of its key, in the order written.
    pub fn values(&self) -> impl Iterator<Item = (&[Segment], Place)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.value.map(|v| (&e.path[..], v)))
    }

    /// The second occurrence of the first key written twice in one mapping.
    #[must_use]
    pub fn first_duplicate(&self) -> Option<Place> {
        let mut seen = std::collections::HashSet::new();
        self.entries
            .iter()
            .find(|e| !seen.insert(&e.path))
            .map(|e| e.head)
    }

    fn find(&self, path: &[Segment]) -> Option<&Entry> {
        self.first.get(path).map(|&i| &self.entries[i])
    }
}

/// Converts a byte column of `line` (0-based) to a place (1-based, in characters).
fn place(line: &str, n: usize, byte_column: usize, width: usize) -> Place {
    let column = line
        .get(..byte_column)
        .map_or(byte_column, |s| s.chars().count())
        + 1;
    Place {
        line: n + 1,
        column,
        width,
    }
}

/// Splits `key: value` into the key, its length in characters as written, and the byte
/// offset where the value starts. `None` when the line is not a mapping entry.
fn split_key(rest: &str) -> Option<(String, usize, usize)> {
    let (key, written_len) = if let Some(quote @ ('"' | '\'')) = rest.chars().next() {
        let close = rest[1..].find(quote)? + 1;
        (rest[1..close].to_string(), close + 1)
    } else {
        if rest.starts_with(['[', '{', '&', '*', '!', '|', '>', '%', '@', '`', '?']) {
            return None;
        }
        let colon = rest
            .match_indices(':')
            .map(|(i, _)| i)
            .find(|&i| rest[i + 1..].is_empty() || rest[i + 1..].starts_with(' '))?;
        let key = rest[..colon].trim_end();
        if key.contains(" #") {
            return None;
        }
        (key.to_string(), colon)
    };
    let after = &rest[written_len..];
    let colon = after.len() - after.trim_start_matches(' ').len();
    if !after[colon..].starts_with(':') {
        return None;
    }
    let width = rest[..written_len].chars().count();
    (!key.is_empty()).then(|| (key, width, written_len + colon + 1))
}

/// The value written after a key, without a trailing comment.
fn value_of(after_colon: &str) -> &str {
    let text = after_colon.trim();
    if text.starts_with(['"', '\'']) {
        return text;
    }
    text.find(" #").map_or(text, |i| text[..i].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Segment {
        Segment::Key(k.into())
    }

    #[test]
    fn nested_lists_and_maps() {
        let text = "\
title: T   # comment
events:
- id: a
  date: 2019
  quote: |
    not: a key
    - nor an item
- id: b
  tags:
    - x
    - y
  title: \"B: the second\"
chart:
  width: 800
";
        let o = Outline::new(text);
        let at = |p: &[Segment]| o.value(p).map(|p| (p.line, p.column, p.width));
        assert_eq!(at(&[key("title")]), Some((1, 8, 1)));
        assert_eq!(
            at(&[key("events"), Segment::Index(0), key("date")]),
            Some((4, 9, 4))
        );
        assert_eq!(
            at(&[key("events"), Segment::Index(1), key("id")]),
            Some((8, 7, 1))
        );
        assert_eq!(
            at(&[
                key("events"),
                Segment::Index(1),
                key("tags"),
                Segment::Index(1)
            ]),
            Some((11, 5, 1))
        );
        assert_eq!(
            at(&[key("events"), Segment::Index(1), key("title")]),
            Some((12, 10, 15))
        );
        assert_eq!(at(&[key("chart"), key("width")]), Some((14, 10, 3)));
        assert_eq!(at(&[key("not")]), None);
        assert_eq!(
            at(&[
                key("events"),
                Segment::Index(0),
                key("quote"),
                Segment::Index(0)
            ]),
            None
        );
        assert_eq!(
            o.key(&[key("events"), Segment::Index(1)])
                .map(|p| (p.line, p.column)),
            Some((8, 1))
        );
    }

    #[test]
    fn columns_count_characters_and_quoted_keys_read() {
        let o = Outline::new("\"tïtle\": \"Ünïcode\"\n'as_of': 2025\n");
        assert_eq!(
            o.value(&[key("tïtle")]).map(|p| (p.column, p.width)),
            Some((10, 9))
        );
        assert_eq!(
            o.key(&[key("as_of")]).map(|p| (p.column, p.width)),
            Some((1, 7))
        );
    }

    #[test]
    fn flow_style_is_not_found() {
        let o = Outline::new("events: [{id: a, date: 2019}]\n");
        assert_eq!(o.value(&[key("events"), Segment::Index(0)]), None);
    }
}
