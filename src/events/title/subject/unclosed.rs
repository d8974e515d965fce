//! The subject past a relative clause after a comma whose closing comma is left out: "Lee, who built the mill
//! in his home town has been made a knight". A relative clause holds one verb group; a second
//! one with no mark, "and" or subordinator before it is the main clause's, and its subject is
//! the noun before the clause's opening comma, not the last noun of the clause.

use super::super::{Class, Form, Lex, Titles};
use super::ASIDE;

impl Titles<'_> {
    /// The last word of the noun phrase before the opening comma of an unclosed relative
    /// clause that ends at `tokens[last]`, right before the verb group at `tokens[start]`.
    /// Not where the clause's verb is one of saying or opinion, whose report has a subject and
    /// verb of its own ("Lee, who said the mill has closed", "who believes the war was lost").
    pub(super) fn noun_before_unclosed_relative(&self, start: usize, last: usize) -> Option<usize> {
        // The main clause's group opens with its auxiliary ("has been made"), and the noun
        // before it ends a phrase of the clause's preposition ("in his home town"), no noun
        // that could be the auxiliary's own subject ("which means crews are").
        let in_phrase = || {
            (last.saturating_sub(ASIDE)..last)
                .rev()
                .find(|&b| {
                    !matches!(
                        self.class(b),
                        Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
                    )
                })
                .is_some_and(|b| self.class(b) == Class::Prep)
        };
        if self.class(start) != Class::Aux
            || !matches!(self.class(last), Class::Noun | Class::Name)
            || !in_phrase()
        {
            return None;
        }
        let mut verb = None;
        for k in (start.saturating_sub(ASIDE)..last).rev() {
            match self.class(k) {
                Class::Verb | Class::Aux => verb = Some(k),
                Class::Coord => return None,
                Class::Sub if self.tokens[k].is_lex(Lex::WhRelatives) => {
                    let comma = k.checked_sub(1).filter(|&c| self.word(c) == ",")?;
                    let noun = comma.checked_sub(1)?;
                    return (verb.is_some_and(|v| {
                        !(self.says(v) || self.tokens[v].has(Form::OpinionVerb))
                    }) && matches!(self.class(noun), Class::Noun | Class::Name))
                    .then_some(noun);
                }
                Class::Sub | Class::Punct => return None,
                _ => {}
            }
        }
        None
    }
}
