//! A cut that ends on a noun whose phrase follows ([`Lex::ComplementNouns`]: "became full
//! members | of the league") and has no earlier place to end: the words that only describe
//! the noun go first, to make room for its phrase ("became members of the league"); a phrase
//! of circumstance that still cannot hold it is left out ("intensified | following the
//! collapse"), as headline writers do, never the object nor the verb's own phrase.

use super::super::{Class, Form, Lex, Titles, is_past_participle};

impl Titles<'_> {
    /// `phrase` without the words between its opening and the noun `phrase[head]` that only
    /// describe it: adjectives (read as nouns in lower case, no plural), adverbs and
    /// participles, and where the noun stands in it. None when there are none, after "a",
    /// whose form may depend on them, or when the head is an adjective after its noun.
    pub(super) fn owed_head_bare(
        &self,
        phrase: &[usize],
        head: usize,
    ) -> Option<(Vec<usize>, usize)> {
        // ("found the clerk guilty | of fraud": the words before an adjective are its noun's.)
        if self.tokens[phrase[head]].is_lex(Lex::ComplementAdjectives) {
            return None;
        }
        let describes = |w: usize| {
            let t = &self.tokens[w];
            let adjective = self.class(w) == Class::Noun
                && !t.is_lex(Lex::ComplementNouns)
                && !self.word(w).ends_with('s');
            let participle = self.class(w) == Class::Verb
                && is_past_participle(self.word(w))
                && t.has(Form::TitleVerb);
            !t.capitalized && (adjective || participle || self.class(w) == Class::Adv)
        };
        // Each step back takes one word, or the words a hyphen joins ("full-fledged"): those
        // in lower case, whatever the chunker made of their parts.
        let glued = |a: usize, b: usize| self.tokens[a].span.end == self.tokens[b].span.start;
        let mut start = head;
        while start > 0 {
            let mut first = start - 1;
            while first > 0 && glued(phrase[first - 1], phrase[first]) {
                first -= 1;
            }
            let group = &phrase[first..start];
            let describing = match group {
                [w] if !self.word(*w).contains('-') => describes(*w),
                _ => group
                    .iter()
                    .all(|&w| !self.tokens[w].capitalized && self.class(w) != Class::Num),
            };
            if !describing {
                break;
            }
            start = first;
        }
        let opener = start.checked_sub(1).map(|p| phrase[p]);
        let a = opener.is_some_and(|w| matches!(self.word(w), "a" | "an"));
        // (A number before them counts the noun: "two senior | members" keeps "senior"; a sum
        // is no count: "a $30 billion ports | deal".)
        let counted = opener.is_some_and(|w| {
            self.class(w) == Class::Num
                && !(w.saturating_sub(3)..w)
                    .any(|k| matches!(self.word(k), "$" | "£" | "€") && self.class(k) == Class::Num)
        });
        (start < head && !a && !counted)
            .then(|| ([&phrase[..start], &phrase[head..]].concat(), start))
    }

    /// `phrase` is a circumstance the title may leave out ([`Lex::CircumstancePrepositions`]).
    pub(super) fn leaves_out(&self, phrase: &[usize]) -> bool {
        phrase
            .first()
            .is_some_and(|&w| self.tokens[w].is_lex(Lex::CircumstancePrepositions))
    }
}
