//! "The rebels took the town. It was retaken": after a sentence (or in a later clause of
//! one) whose subject "it" cannot stand for (people, or many), "it" is the one thing that
//! sentence's verb acted on, told
//! with "the" right after the verb, when "it" does something itself and no other thing the
//! sentence tells after it may be what "it" stands for. So "he" or "she" after a sentence
//! whose subject is of the other sex is the one person its verb acted on.

use super::super::subject::{Candidate, Who};
use super::super::{Class, Lex, REACH, Titles};
use crate::events::words::COPULAS;

/// How many words after the verb of "it" a clause that "it" stands for may open in.
const EXTRAPOSED: usize = 6;

/// The most words of the object's noun phrase: "Ruritania's Foreign Minister Tom Lee".
const OBJECT_WORDS: usize = 6;

impl Titles<'_> {
    /// The singular noun phrase with "the" and a common noun for its head right after the
    /// sentence's first verb with a tense (no verb of saying), when no other singular thing
    /// with "the" or a name follows it before `tokens[to]`.
    pub(super) fn definite_object(&self, to: usize) -> Option<Candidate> {
        let (verb, _) = self.first_verb_and_subject()?;
        let group = self.verb_group_around(verb);
        if (group.start..group.end).any(|v| self.class(v) == Class::Verb && self.says(v)) {
            return None;
        }
        let n = self.tokens.len().min(to);
        let first = (group.end..n).find(|&j| !(self.skipped(j) || self.introduces_date(j)))?;
        if self.word(first) != "the" {
            return None;
        }
        let phrase: Vec<usize> = (first..n.min(first + OBJECT_WORDS))
            .take_while(|&j| {
                self.class(j).in_noun_phrase()
                    && !self.remove[j]
                    && !self.tokens[j].is_lex(Lex::PlaceAdverbs)
            })
            .collect();
        let &head = phrase.last()?;
        if phrase.len() < 2 || self.class(head) != Class::Noun {
            return None;
        }
        let object = self.candidate(&phrase);
        if object.plural || object.who == Who::Person {
            return None;
        }
        // "pushed the raft eastward, where it": past the adverb.
        let end = (head + 1..n)
            .find(|&j| !self.tokens[j].is_lex(Lex::PlaceAdverbs))
            .unwrap_or(n);
        // "the town and the fort": one of a list is no one thing.
        if end < n && self.class(end) == Class::Coord {
            return None;
        }
        let rival = self
            .phrases_between(end, n.min(end + REACH))
            .iter()
            .map(|p| self.candidate(p))
            .any(|c| !c.plural && c.who != Who::Person && (c.definite || c.named));
        (!rival).then_some(object)
    }

    /// The one person the noun phrase right after the sentence's first verb with a tense
    /// names ("invited Foreign Minister Tom Lee to"), when it is no list.
    pub(super) fn object_person(&self) -> Option<Candidate> {
        let (verb, _) = self.first_verb_and_subject()?;
        let group = self.verb_group_around(verb);
        let n = self.tokens.len();
        let first = (group.end..n).find(|&j| !(self.skipped(j) || self.introduces_date(j)))?;
        let end = (first..n.min(first + OBJECT_WORDS))
            .take_while(|&j| self.class(j).in_noun_phrase() && !self.remove[j])
            .last()?
            + 1;
        if end < n && self.class(end) == Class::Coord {
            return None;
        }
        self.sole_person(first, end)
    }

    /// The "it" at `tokens[k]` does something: its verb group, past the date and adverbs,
    /// holds a verb other than "be" ("it was retaken", "it fell"; not "it was a blow").
    pub(super) fn it_acts(&self, k: usize) -> bool {
        let n = self.tokens.len().min(k + 8);
        let Some(v) = (k + 1..n).find(|&j| !(self.skipped(j) || self.introduces_date(j))) else {
            return false;
        };
        if !matches!(self.class(v), Class::Verb | Class::Aux) {
            return false;
        }
        let group = self.verb_group_around(v);
        // "It emerged on Monday that", "It took two days to restore power": an "it" whose
        // clause goes on with a "that" clause or an infinitive stands for that clause.
        let tail = group.end..self.tokens.len().min(group.end + EXTRAPOSED);
        let extraposed = tail
            .take_while(|&j| self.class(j) != Class::Punct)
            .any(|j| (self.word(j) == "that" && !self.remove[j]) || self.class(j) == Class::To);
        !extraposed
            && (group.start..group.end).any(|j| {
                self.class(j) == Class::Verb && !self.tokens[j].is(COPULAS) && self.word(j) != "'s"
            })
    }
}
