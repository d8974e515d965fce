//! A list of names after a noun's preposition, commas and all: in "the storms in Ohio,
//! Indiana and Iowa killed" or "the raids on Leeds, England, and Cork, Ireland, left" the
//! commas part the names of one list (or a place from its country), they do not end the
//! subject, which is the noun before the preposition ("The storms killed").

use super::super::super::words::past_first_word;
use super::super::{Class, Titles};

/// How many tokens a list of names may span, back from its last name to its preposition.
const LIST_TOKENS: usize = 16;

/// How many tokens back from the noun before the list its clause must open within.
const PHRASE_TOKENS: usize = 16;

impl Titles<'_> {
    /// The preposition that opens the list of names `tokens[k]` is inside, when `tokens[k]`
    /// is a comma or "and" inside the phrase of names `tokens[k + 1..=end]`: names (one may
    /// open with "the"), commas and one "and" or "or" in all, at least one comma before
    /// `k`, then a preposition right after a common noun whose phrase opens its clause (the
    /// subject: "Following a raid at Pleiku, Operation A, Operation B and Operation C began"
    /// lists no places).
    pub(in crate::events::title) fn place_list_opening(
        &self,
        k: usize,
        end: usize,
    ) -> Option<usize> {
        if !matches!(self.class(k), Class::Punct | Class::Coord)
            || self.classes.get(k + 1) != Some(&Class::Name)
            || end > k + LIST_TOKENS
        {
            return None;
        }
        let mut coords = 0;
        for j in k + 1..=end {
            if !self.in_list(j, &mut coords) {
                return None;
            }
        }
        let mut commas = 0;
        let mut j = k;
        while k - j < LIST_TOKENS && self.class(j) != Class::Prep {
            if self.word(j) == "," {
                commas += 1;
            }
            if !self.in_list(j, &mut coords) {
                return None;
            }
            j = j.checked_sub(1)?;
        }
        // Each part of the list is a name: no comma or "and" follows the preposition.
        let opened = self.class(j) == Class::Prep && self.class(j + 1) != Class::Punct;
        let noun = j
            .checked_sub(1)
            // "Guards from ...": the sentence's first word, capitalised, may be read as a name.
            .filter(|&n| {
                let first = !past_first_word(self.tokens, n);
                self.class(n) == Class::Noun && !self.tokens[n].capitalized
                    || first && matches!(self.class(n), Class::Noun | Class::Name)
            })?;
        if !(opened && commas > 0 && coords == 1) {
            return None;
        }
        self.opens_clause(noun).then_some(j)
    }

    /// The noun phrase that ends at `tokens[noun]` (its phrases and dates too) opens its
    /// clause: back from it only words of noun phrases, prepositions after one, adverbs and
    /// dates, then the sentence's start, a comma or a subordinator, within [`PHRASE_TOKENS`].
    fn opens_clause(&self, noun: usize) -> bool {
        let mut j = noun;
        while noun - j < PHRASE_TOKENS {
            let Some(before) = j.checked_sub(1) else {
                return true;
            };
            let c = self.class(before);
            if !(c.in_noun_phrase() || matches!(c, Class::Prep | Class::Adv) || self.remove[before])
            {
                return matches!(c, Class::Punct | Class::Sub);
            }
            // "Following a raid on the camp at ...": a phrase that opens with a preposition
            // is no subject; a preposition inside one follows a word of it.
            let inside = |k: usize| {
                let c = self.class(k);
                c.in_noun_phrase() || c == Class::Adv || self.remove[k]
            };
            if c == Class::Prep
                && !self.remove[before]
                && !before.checked_sub(1).is_some_and(inside)
            {
                return false;
            }
            j = before;
        }
        false
    }

    /// `tokens[j]` may be part of a list of names: a name, a small word inside one ("Rio de
    /// Janeiro"), a comma, "the" before a name ("the Netherlands"), or an "and" or "or",
    /// counted in `coords`.
    fn in_list(&self, j: usize, coords: &mut usize) -> bool {
        let name = |i: usize| self.classes.get(i) == Some(&Class::Name);
        match self.class(j) {
            Class::Name => !self.remove[j],
            Class::Noun => j > 0 && name(j - 1) && name(j + 1) && !self.remove[j],
            Class::Punct => self.word(j) == "," && !self.remove[j],
            Class::Det => self.word(j) == "the" && self.classes.get(j + 1) == Some(&Class::Name),
            Class::Coord if matches!(self.word(j), "and" | "or") => {
                *coords += 1;
                true
            }
            _ => false,
        }
    }
}
