//! What a news page prints around its account of the day: photo captions, picture credits,
//! bylines and time stamps, links to read on. A journalist's timeline holds none of these, so
//! a sentence that is one competes for a day only when nothing else does. The words are those
//! of `data/rules/digest.txt`.

use std::sync::LazyLock;

use crate::text::{DataLine, data_lines};

const DATA: &str = include_str!("../../data/rules/digest.txt");

/// The word lists of `data/rules/digest.txt` that tell an aside.
#[derive(Debug, Default)]
struct Lists {
    /// Words of pictures ("photo", "pictured"): a sentence holding one describes a picture.
    picture: Vec<String>,
    /// Two words that show a picture ("is seen"), a caption's verb.
    showing: Vec<(String, String)>,
    /// First words of a link to read or watch on ("click", "explore").
    link: Vec<String>,
    /// Words before a capital letter that name a kind, not a new sentence ("type A").
    designator: Vec<String>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut lists = Lists::default();
    let mut section = "";
    for (_, line) in data_lines(DATA) {
        let entries = match line {
            DataLine::Section(name) => {
                section = name;
                continue;
            }
            DataLine::Entries(entries) => entries,
        };
        let words = entries
            .split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_string);
        match section {
            "picture words" => lists.picture.extend(words),
            "showing" => lists.showing.extend(words.filter_map(|w| {
                w.split_once(' ')
                    .map(|(a, b)| (a.to_string(), b.to_string()))
            })),
            "link openings" => lists.link.extend(words),
            "designators" => lists.designator.extend(words),
            _ => {}
        }
    }
    lists
});

/// The words of `sentence` without the punctuation around them.
fn bare_words(sentence: &str) -> impl Iterator<Item = &str> {
    sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// Whether `sentence` (its words joined by single spaces) is a caption, a credit, a byline
/// or a link rather than an account of what happened.
pub fn is_aside(sentence: &str) -> bool {
    let lists = &*LISTS;
    let has = |list: &[String], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    let shows = |before: &str, w: &str| {
        lists
            .showing
            .iter()
            .any(|(a, b)| a.eq_ignore_ascii_case(before) && b.eq_ignore_ascii_case(w))
    };
    let mut before = "";
    let told_aside = bare_words(sentence).enumerate().any(|(n, w)| {
        let aside = has(&lists.picture, w) || shows(before, w) || n == 0 && has(&lists.link, w);
        before = w;
        aside
    });
    // A byline or a time stamp: "Name | 09:26 UK time".
    told_aside
        || sentence.contains(" | ")
        // A credit in brackets left at the head ("(AP) The president said ...").
        || sentence.starts_with('(')
        || sentence.contains('/') && sentence.split_whitespace().any(is_credit)
        || ends_with_a_dated_place(sentence)
        || opens_with_a_headline(sentence)
}

/// Whether `word` is a picture credit: two names joined by a slash ("Smith/AP").
fn is_credit(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    word.split_once('/').is_some_and(|(a, b)| {
        a.starts_with(char::is_uppercase)
            && b.starts_with(char::is_uppercase)
            && a.chars().chain(b.chars()).all(char::is_alphabetic)
    })
}

/// Whether `sentence` ends with a full date that no word like "on" introduces: a caption's
/// "... in the city, Sunday, May 30, 2010."
fn ends_with_a_dated_place(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().rev().take(4).collect();
    let [year, day, month, before] = words[..] else {
        return false;
    };
    let year = year.trim_end_matches('.');
    year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && day
            .strip_suffix(',')
            .is_some_and(|d| !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()))
        && month.len() >= 3
        && month.starts_with(char::is_uppercase)
        && month.chars().all(|c| c.is_alphabetic() || c == '.')
        && (before.ends_with(',') || before.starts_with(char::is_uppercase))
}

/// Whether `sentence` opens with four words in capitals: a headline run into it.
fn opens_with_a_headline(sentence: &str) -> bool {
    let capitals = sentence
        .split_whitespace()
        .take_while(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
        .count();
    capitals >= 4
}

/// Where the sentence starts in `text` when a caption or headline without closing
/// punctuation runs into it ("Parents wait outside A second school closed ..."): the byte
/// offset of the article opening the sentence, if there is one among its first words.
pub fn glued_start(text: &str) -> Option<usize> {
    const OPENERS: [&str; 4] = ["The", "A", "An", "Another"];
    let lists = &*LISTS;
    let mut words = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .take(25)
        .peekable();
    let mut before: Option<&str> = None;
    let mut n = 0;
    while let Some((at, word)) = words.next() {
        n += 1;
        let next = words.peek().map(|(_, w)| *w);
        if n > 3
            && OPENERS.contains(&word)
            && before.is_some_and(|b| {
                b.ends_with(|c: char| c.is_alphanumeric())
                    && !lists.designator.iter().any(|d| d.eq_ignore_ascii_case(b))
            })
            && next.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
            && text[at..].split_whitespace().count() >= 8
        {
            return Some(at);
        }
        before = Some(word);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::section_entries;

    #[test]
    fn the_shipped_lists_read() {
        assert!(!LISTS.picture.is_empty());
        assert!(!LISTS.showing.is_empty());
        assert!(!LISTS.link.is_empty());
        assert!(!LISTS.designator.is_empty());
    }

    /// The `[examples]` of `data/rules/digest.txt`: `aside: ...` must be told an aside,
    /// `account: ...` must not, `glued: head => sentence` must be cut before `sentence`.
    #[test]
    fn the_examples_hold() {
        let mut count = 0;
        for (line, entry) in section_entries(DATA, "examples") {
            count += 1;
            if let Some(s) = entry.strip_prefix("aside: ") {
                assert!(is_aside(s), "digest.txt:{line}: not told an aside");
            } else if let Some(s) = entry.strip_prefix("account: ") {
                assert!(!is_aside(s), "digest.txt:{line}: told an aside");
                assert_eq!(glued_start(s), None, "digest.txt:{line}: cut");
            } else if let Some(s) = entry.strip_prefix("glued: ") {
                let (head, rest) = s.split_once(" => ").unwrap();
                let text = format!("{head} {rest}");
                assert_eq!(
                    glued_start(&text).map(|at| &text[at..]),
                    Some(rest),
                    "digest.txt:{line}"
                );
            } else {
                panic!("digest.txt:{line}: not `aside:`, `account:` or `glued:`");
            }
        }
        assert!(count >= 10, "only {count} examples");
    }
}
