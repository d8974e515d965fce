//! A name with its acronym in brackets that describes the noun after it: "a Westland Air
//! Ambulance (WAA) helicopter landed by the lake" is "WAA helicopter landed by the lake
//! of ..." in a headline short of room, in the text's own short form.

use super::clauses::is_acronym_in_brackets;
use super::{ARTICLES, Class, Titles};

impl Titles<'_> {
    /// `words` (a subject) with the name before an acronym in brackets told by the acronym,
    /// when a noun of the subject follows: "the Northern Cities Defence Alliance (NCDA)
    /// troops" → "NCDA troops". An article right before the name goes too ("a" may not suit
    /// the acronym). None when `words` hold no such name of two names or more.
    pub(super) fn acronym_for_describing_name(&self, words: &[usize]) -> Option<Vec<usize>> {
        let open = words
            .iter()
            .position(|&w| is_acronym_in_brackets(self.tokens, w))?;
        let bracketed = words.get(open + 1) == Some(&(words[open] + 1))
            && words.get(open + 2) == Some(&(words[open] + 2));
        if !bracketed || open + 3 >= words.len() {
            return None;
        }
        let in_name =
            |w: usize| self.class(w) == Class::Name || matches!(self.word(w), "of" | "and" | "the");
        let mut start = (0..open).rev().take_while(|&n| in_name(words[n])).last()?;
        while start < open && matches!(self.word(words[start]), "of" | "and") {
            start += 1;
        }
        let names = words[start..open]
            .iter()
            .filter(|&&w| self.class(w) == Class::Name)
            .count();
        if names < 2 {
            return None;
        }
        let before = match start.checked_sub(1) {
            Some(a) if self.tokens[words[a]].is(ARTICLES) => &words[..a],
            _ => &words[..start],
        };
        Some(
            before
                .iter()
                .copied()
                .chain([words[open] + 1])
                .chain(words[open + 3..].iter().copied())
                .collect(),
        )
    }
}
