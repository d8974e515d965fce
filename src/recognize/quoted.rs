//! A date word inside a quoted name is part of the name, no date: the song "White Christmas",
//! the "Spring of Life" rallies. A quoted name is a few words between quotation marks, each
//! capitalised or a short joining word ("of", "in"). A date alone in quotes is still a date,
//! and so is one that opens a name as the describer of its noun: the "Easter Rising" names
//! what happened at Easter.

use std::ops::Range;

/// The most words a quoted name holds besides the date's own.
const MOST_WORDS: usize = 6;

/// The longest joining word a name may hold in lower case ("of", "the", "and").
const JOINING: usize = 3;

/// Whether the expression at `span` of `text` is inside a quoted name with other words.
#[must_use]
pub fn in_quoted_name(text: &str, span: &Range<usize>) -> bool {
    let own = &text[span.clone()];
    if !own.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let before: String = {
        let mut inner: Vec<char> = Vec::new();
        let mut rest = text[..span.start].chars().rev();
        loop {
            match rest.next() {
                Some(c) if c.is_alphabetic() || c == ' ' || c == '-' => inner.push(c),
                Some('"' | '\u{201c}' | '`') => break,
                Some('\'') if rest.next().is_none_or(char::is_whitespace) => break,
                _ => return false,
            }
            if inner.len() > 60 {
                return false;
            }
        }
        inner.iter().rev().collect()
    };
    let after: String = {
        let mut inner = String::new();
        let mut rest = text[span.end..].chars().peekable();
        loop {
            match rest.next() {
                Some(c) if c.is_alphabetic() || c == ' ' || c == '-' => inner.push(c),
                Some('"' | '\u{201d}') => break,
                Some('\'') if !rest.peek().is_some_and(|c| c.is_alphabetic()) => break,
                _ => return false,
            }
            if inner.len() > 60 {
                return false;
            }
        }
        inner
    };
    let describes = before.trim().is_empty()
        && after.starts_with(' ')
        && after.trim_start().starts_with(|c: char| c.is_uppercase());
    let words: Vec<&str> = before
        .split([' ', '-'])
        .chain(after.split([' ', '-']))
        .filter(|w| !w.is_empty())
        .collect();
    !describes
        && (1..=MOST_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || w.chars().count() <= JOINING && w.chars().all(char::is_lowercase)
        })
}

#[cfg(test)]
mod tests {
    use super::in_quoted_name;

    fn quoted(text: &str, date: &str) -> bool {
        let start = text.find(date).unwrap();
        in_quoted_name(text, &(start..start + date.len()))
    }

    #[test]
    fn a_date_word_in_a_quoted_name_is_the_name() {
        assert!(quoted(
            "the band played \"Blue Christmas\" twice",
            "Christmas"
        ));
        assert!(quoted("the ``Summer of Hope'' rallies began", "Summer"));
        assert!(quoted(
            "the film \u{201c}Sunday in the Garden\u{201d} opened",
            "Sunday"
        ));
        assert!(quoted("the 'Autumn in Paris' tour", "Autumn"));
    }

    #[test]
    fn a_quoted_date_alone_or_in_speech_is_a_date() {
        assert!(!quoted("he called it \"Christmas\" anyway", "Christmas"));
        assert!(!quoted("\"We will vote on Monday,\" she said", "Monday"));
        assert!(!quoted("the \"summer of hope\" rallies", "summer"));
        assert!(!quoted("Christmas' lights", "Christmas"));
        assert!(!quoted("the \"Easter Rising\" began", "Easter"));
        assert!(!quoted("He left on Monday. \"Good Times\" aired", "Monday"));
    }
}
