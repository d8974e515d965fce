//! A relative clause after a comma that the writer did not close with one: in "the council,
//! which will take over in May will be led by Ann Roe" the relative clause ends before the
//! second verb with a tense, which is the main clause's. A relative clause holds one verb
//! group; a second one with no mark, "and" or subordinator before it is the main clause's, and
//! its subject is the noun before the clause's opening comma, not the last noun of the clause
//! ("Lee, who built the mill in his home town has been made a knight").

use super::subject::ASIDE;
use super::{Class, Form, Lex, Titles};

impl Titles<'_> {
    /// The phrase `phrases[main]`, a verb with a tense after the relative clause that the "which"
    /// or "who" at `tokens[opener]` opens after a comma and a noun phrase, is the main clause's
    /// verb: no comma closes the relative clause before it. Not after a bare noun phrase, which
    /// may be the subject of what the verb reports ("who believes the war was lost").
    pub(super) fn unclosed_relative(
        &self,
        opener: usize,
        main: usize,
        phrases: &[Vec<usize>],
    ) -> bool {
        let after_noun = self.noun_before_relative(opener).is_some();
        let Some(&verb) = phrases.get(main).and_then(|p| p.first()) else {
            return false;
        };
        let before_is_noun = main
            .checked_sub(1)
            .and_then(|b| phrases[b].first())
            .is_some_and(|&w| self.class(w).in_noun_phrase());
        after_noun && !before_is_noun && !(opener + 1..verb).any(|k| self.word(k) == ",")
    }

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
                    let noun = self.noun_before_relative(k)?;
                    return verb
                        .is_some_and(|v| !(self.says(v) || self.tokens[v].has(Form::OpinionVerb)))
                        .then_some(noun);
                }
                Class::Sub | Class::Punct => return None,
                _ => {}
            }
        }
        None
    }

    /// The noun right before the comma that the "which" or "who" at `tokens[opener]` opens a
    /// relative clause after ("the council, which").
    fn noun_before_relative(&self, opener: usize) -> Option<usize> {
        let noun = opener.checked_sub(2)?;
        (self.word(opener - 1) == ","
            && matches!(self.class(noun), Class::Noun | Class::Name)
            && self.tokens[opener].is_lex(Lex::WhRelatives))
        .then_some(noun)
    }
}
