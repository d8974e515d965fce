//! Words that end a phrase only with the phrase after them ([`Lex::OwedPhraseEnds`]: "crashed
//! 20 miles | from the coast", "en route | to the station") or an infinitive
//! ([`Lex::PurposeParticiples`]: "leaks designed | to mislead"): a title keeps what they need,
//! or leaves them out with it, never ends on them.

use super::super::{Class, Lex, Titles};

impl Titles<'_> {
    /// `tokens[w]` ends a phrase that needs the one `tokens[next]` opens.
    pub(super) fn ends_owing(&self, w: usize, next: usize) -> bool {
        self.tokens[w].is_lex(Lex::OwedPhraseEnds)
            && w + 1 == next
            && matches!(self.class(next), Class::Prep | Class::To)
    }

    /// `phrase` without the words at its end that need the phrase after it, left out: the
    /// distance and its number ("into trouble | 20 miles"), "en route". None when it ends on
    /// no such word; an empty list when nothing of it reads alone.
    pub(in crate::events::title) fn owed_end_dropped(
        &self,
        phrase: &[usize],
    ) -> Option<Vec<usize>> {
        let (&w, rest) = phrase.split_last()?;
        if !self.ends_owing(w, w + 1) {
            return None;
        }
        let mut keep = rest.len();
        if self.word(w) == "route" {
            if keep == 0 || self.word(rest[keep - 1]) != "en" {
                return None;
            }
            keep -= 1;
        }
        while keep > 0 && self.class(rest[keep - 1]) == Class::Num {
            keep -= 1;
        }
        // ("into trouble | 20 miles": the preposition's noun stays; "at 20 miles" goes whole.)
        let whole = keep > 0 && !super::super::shape::is_function_class(self.class(rest[keep - 1]));
        Some(if whole {
            rest[..keep].to_vec()
        } else {
            Vec::new()
        })
    }

    /// The participle `tokens[w]` tells what its noun is for by the infinitive right after
    /// it: "leaks designed | to mislead".
    pub(in crate::events::title) fn owes_infinitive(&self, w: usize) -> bool {
        self.tokens[w].is_lex(Lex::PurposeParticiples) && self.class(w + 1) == Class::To
    }
}
