//! A relative pronoun after a comma stands for the nearest name: "more talks with Ruritania,
//! which had backed the plan" (Ruritania backed it), "Ann Roe, once the firm's manager,
//! sales, who left in May" (Ann Roe left, not the office between the commas).

use super::super::super::detect::is_event_noun;
use super::super::{Class, Lex, OFFICES, Titles};

/// How far back, in tokens, the name an apposition chain follows may be.
const CHAIN: usize = 20;

impl Titles<'_> {
    /// The name after the last preposition of `phrase` (no "of", none of place, which
    /// locates the noun before it), the antecedent of the pronoun at `tokens[pronoun]` after
    /// a comma, when the noun before the preposition is a common one that names no happening
    /// (or one whose doer the name is, after "by").
    pub(super) fn name_after_preposition(
        &self,
        phrase: &[usize],
        pronoun: usize,
    ) -> Option<Vec<usize>> {
        if pronoun == 0 || self.word(pronoun - 1) != "," {
            return None;
        }
        let p = phrase
            .iter()
            .rposition(|&w| self.class(w) == Class::Prep && self.word(w) != "of")?;
        let prep = &self.tokens[phrase[p]];
        let head = phrase[p.checked_sub(1)?];
        let rest = &phrase[p + 1..];
        let name = rest.last().is_some_and(|&w| self.class(w) == Class::Name)
            && rest.iter().enumerate().all(|(i, &w)| {
                self.class(w) == Class::Name || (i == 0 && self.class(w) == Class::Det)
            });
        // "the talks with Ruritania, which ended": a happening may be what the clause tells
        // of, unless the name is its doer ("a bid by Globex, which agreed to pay").
        let common = self.class(head) == Class::Noun
            && !self.tokens[head].capitalized
            && (!is_event_noun(&self.tokens[head]) || self.word(phrase[p]) == "by");
        (name
            && common
            && !prep.is_lex(Lex::PlacePrepositions)
            && !prep.is_lex(Lex::ComparisonPrepositions))
        .then(|| rest.to_vec())
    }

    /// The name that opens a chain of appositions ending with `phrase` before the "who" at
    /// `tokens[pronoun]`: "Ann Roe, formerly the firm's manager, sales, who". The phrase
    /// names no one itself; only noun phrases, adverbs and commas stand between.
    pub(super) fn name_before_appositions(
        &self,
        phrase: &[usize],
        pronoun: usize,
    ) -> Option<Vec<usize>> {
        let &first = phrase.first()?;
        let person = |w: usize| {
            self.class(w) == Class::Name
                || self.tokens[w].is_lex(Lex::PersonWords)
                || self.tokens[w].is(OFFICES)
        };
        if self.word(pronoun) != "who"
            || first < 3
            || self.word(first - 1) != ","
            || phrase.iter().any(|&w| person(w))
        {
            return None;
        }
        let comma = first - 1;
        for j in (comma.saturating_sub(CHAIN)..comma).rev() {
            match self.class(j) {
                Class::Name if self.word(j + 1) == "," && j + 1 < comma => {
                    return Some(self.noun_phrase_ending_at(j));
                }
                Class::Verb | Class::Aux | Class::Sub | Class::Coord | Class::Pron => {
                    return None;
                }
                _ => {}
            }
        }
        None
    }
}
