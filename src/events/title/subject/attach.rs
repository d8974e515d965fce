//! Which noun of "N1 of N2" (or "N1 in N2", "N1 for N2") a relative pronoun after the phrase
//! stands for. English takes the nearest noun unless number or kind rules it out: "that" and
//! "which" stand for a thing or a body, so after a noun for people and a phrase of a thing
//! the pronoun is the thing's ("a director of the firm that ran the tour": the firm ran it;
//! "veterans of the war that ended the monarchy": the war ended it).

use super::super::super::detect::is_event_noun;
use super::super::{Class, Lex, OFFICES, Titles, is, is_in, is_plural_form};
use super::{Candidate, Subject, Who};

impl Titles<'_> {
    /// The noun phrase after the last preposition of `phrase`, the antecedent of the relative
    /// pronoun at `tokens[pronoun]` ("that", "which"), when the noun before that preposition
    /// is one for people and the phrase after it ends on a thing's noun or a name (or the noun
    /// before is a plain thing's and the one after a body's), which
    /// agrees with the verb group at `tokens[verb]` where its form shows a number.
    pub(super) fn thing_after_people(
        &self,
        phrase: &[usize],
        pronoun: usize,
        verb: usize,
    ) -> Option<Vec<usize>> {
        if !matches!(self.word(pronoun), "that" | "which") {
            return None;
        }
        let p = phrase.iter().rposition(|&w| self.class(w) == Class::Prep)?;
        let head = phrase[p.checked_sub(1)?];
        let rest = &phrase[p + 1..];
        let &last = rest.last()?;
        if self.class(head) != Class::Noun
            || !matches!(self.class(last), Class::Noun | Class::Name)
            || self.remove[last]
        {
            return None;
        }
        // "posts in the militia that staged the coup": of a plain thing's noun and a body's,
        // the body is the one that acts.
        let body = |k: usize| {
            self.tokens[k].is_lex(Lex::BodyNouns) || self.tokens[k].is_lex(Lex::OrganizationNouns)
        };
        let plain = |k: usize| !body(k) && !self.people_noun(k) && !is_event_noun(&self.tokens[k]);
        let people = self.people_noun(head) && !self.people_noun(last);
        if !(people || (plain(head) && body(last))) {
            return None;
        }
        // "the aides of the senator that were": a plural verb is no singular thing's.
        let agrees = self
            .verb_is_plural(verb)
            .is_none_or(|plural| plural == is_plural_form(self.word(last)));
        agrees.then(|| rest.to_vec())
    }

    /// The noun at `tokens[k]` names people: a person ("director", "officials"), an office
    /// ("ministers") or one of [`Lex::PeopleNouns`] ("veterans").
    fn people_noun(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        let person =
            |t: &str| is(Lex::PersonWords, t) || is(Lex::PeopleNouns, t) || is_in(OFFICES, t);
        if token.is_lex(Lex::PluralNouns) {
            return !token.is_lex(Lex::BodyNouns);
        }
        let word = self.word(k);
        person(word) || word.strip_suffix('s').is_some_and(person)
    }

    /// The antecedent `words` of a relative pronoun as a title's subject: "its" or "their"
    /// before it points at an owner the clause does not name, so the title, which reads
    /// alone, says "the" ("the exit of its acting president, who took power" → "The acting
    /// president took power").
    pub(super) fn antecedent_subject(&self, words: Vec<usize>) -> Subject {
        match words.split_first() {
            Some((&first, rest))
                if !rest.is_empty() && matches!(self.word(first), "its" | "their") =>
            {
                let plural = rest.last().is_some_and(|&w| is_plural_form(self.word(w)));
                Subject::Named(Candidate {
                    text: format!("the {}", self.join(rest)),
                    owner: None,
                    named: false,
                    definite: true,
                    plural,
                    who: Who::Unknown,
                })
            }
            _ => self.antecedent_business(words),
        }
    }
}
