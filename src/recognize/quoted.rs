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

/// How many characters on each side of the date a quotation mark is looked for.
const LOOK: usize = 60;

/// Whether the expression at `span` of `text` is inside a quoted name with other words.
#[must_use]
pub fn in_quoted_name(text: &str, span: &Range<usize>) -> bool {
    if !text[span.clone()].starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // The mark after first: most dates are followed by a comma or a stop, which ends the
    // search at once, where the words before run back to the sentence's start.
    let Some(after) = closed_after(text, span.end) else {
        return false;
    };
    let Some(before) = opened_before(text, span.start) else {
        return false;
    };
    let describes = before.trim().is_empty()
        && after.starts_with(' ')
        && after.trim_start().starts_with(|c: char| c.is_uppercase());
    let mut words = before
        .split([' ', '-'])
        .chain(after.split([' ', '-']))
        .filter(|w| !w.is_empty());
    let mut count = 0;
    let all_of_a_name = words.all(|w| {
        count += 1;
        w.starts_with(|c: char| c.is_uppercase())
            || w.chars().count() <= JOINING && w.chars().all(char::is_lowercase)
    });
    !describes && all_of_a_name && (1..=MOST_WORDS).contains(&count)
}

/// Whether `c` may stand inside a quoted name: a letter, a space or a hyphen.
fn of_a_name(c: char) -> bool {
    c.is_alphabetic() || c == ' ' || c == '-'
}

/// The words between an opening quotation mark and byte `at` of `text`, if only words of a
/// name stand there, within [`LOOK`] characters.
fn opened_before(text: &str, at: usize) -> Option<&str> {
    let mut rest = text[..at].char_indices().rev().take(LOOK).peekable();
    while let Some((i, c)) = rest.next() {
        let inner = &text[i + c.len_utf8()..at];
        match c {
            '"' | '\u{201c}' | '`' => return Some(inner),
            '\'' if rest.peek().is_none_or(|&(_, b)| b.is_whitespace()) => return Some(inner),
            c if of_a_name(c) => {}
            _ => return None,
        }
    }
    None
}

/// The words between byte `at` of `text` and a closing quotation mark, if only words of a
/// name stand there, within [`LOOK`] characters.
fn closed_after(text: &str, at: usize) -> Option<&str> {
    let mut rest = text[at..].char_indices().take(LOOK).peekable();
    while let Some((i, c)) = rest.next() {
        match c {
            '"' | '\u{201d}' => return Some(&text[at..at + i]),
            '\'' if !rest.peek().is_some_and(|&(_, a)| a.is_alphabetic()) => {
                return Some(&text[at..at + i]);
            }
            c if of_a_name(c) => {}
            _ => return None,
        }
    }
    None
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
