//! Words between a subject and its verb that are no subject themselves: a quantifier that
//! floats after the phrase it counts ("the envoys all signed"), "in" with a noun that makes an
//! adverb of the pair ("who in turn was taught"), and a relative clause with no pronoun of its
//! own ("the party she hoped to lead dropped her").

use super::super::{Class, Lex, Titles};

impl Titles<'_> {
    /// The word before the floating quantifier or the adverbial pair that ends at
    /// `tokens[k]`, right before a verb group: where its subject ends.
    pub(super) fn past_floating(&self, k: usize) -> Option<usize> {
        let before = k.checked_sub(1)?;
        if self.tokens[k].is_lex(Lex::FloatingQuantifiers) {
            // "the envoys all signed", "they both left"; "all signed" has no phrase before.
            return (matches!(self.class(before), Class::Noun | Class::Name | Class::Pron)
                && !self.remove[before])
                .then_some(before);
        }
        if self.tokens[k].is_lex(Lex::AdverbialNouns) && self.word(before) == "in" {
            return self.left_past_skipped(before);
        }
        None
    }

    /// The noun that a relative clause with no pronoun of its own describes, when the clause
    /// ends at `tokens[k]` right before the verb with a tense at `tokens[start]`: "the party
    /// she hoped to lead dropped her", "the plan they drew up failed". A subject pronoun
    /// right after a common noun, then verbs, opens such a clause.
    pub(super) fn contact_relative(&self, start: usize, k: usize) -> Option<Vec<usize>> {
        if !self.has_tense(start) || self.class(k) != Class::Verb {
            return None;
        }
        let pronoun = (k.saturating_sub(5)..k).rev().find(|&p| {
            !matches!(
                self.class(p),
                Class::Verb | Class::To | Class::Adv | Class::Aux
            )
        })?;
        let noun = pronoun.checked_sub(1)?;
        (self.class(pronoun) == Class::Pron
            && self.tokens[pronoun].is_lex(Lex::SubjectPronouns)
            && self.class(noun) == Class::Noun
            && !self.tokens[noun].capitalized
            && !self.remove[noun])
            .then(|| {
                // "one of the reasons the party she led dropped her": a determiner that no
                // preposition or "and" joins to the word before opens the noun's phrase.
                let mut phrase = self.noun_phrase_ending_at(noun);
                if let Some(p) = (1..phrase.len()).rev().find(|&n| {
                    self.class(phrase[n]) == Class::Det
                        && !matches!(self.class(phrase[n - 1]), Class::Prep | Class::Coord)
                }) {
                    phrase.drain(..p);
                }
                phrase
            })
    }
}
