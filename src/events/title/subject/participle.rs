//! Subjects a non-finite verb makes longer: a noun phrase a participle describes ("Companies
//! owned by the state", "A maker of computers citing price cuts"), a noun with its infinitive
//! ("The decision to withdraw | was made"), a reduced relative clause, a participle aside
//! between a subject and its verb.

use super::super::{Class, Form, Lex, Titles, is, is_participle, is_past_participle, is_say_verb};

use super::ASIDE;

/// How far back, in tokens, the participle of a clause that describes the subject may be:
/// "New rules requiring all packaged food to carry a label | come into force".
const CLAUSE: usize = 16;

impl Titles<'_> {
    /// The noun phrase a participle's clause that ends with the noun phrase at `tokens[first]`
    /// describes: "A maker of computers citing price cuts", "Companies owned by the state"
    /// (an "-ing" form, or a past participle before "by", right after a noun); "The farmer
    /// covered with the dust" (a past participle and its preposition, before the verb
    /// group at `tokens[start]` when it has an auxiliary or a past form).
    pub(super) fn described_by_participle(&self, first: usize, start: usize) -> Option<Vec<usize>> {
        let mut p = first.checked_sub(1)?;
        let before = self.word(p);
        if before == "by" {
            p = p.checked_sub(1)?;
            if self.word(p).ends_with("ing") {
                return None;
            }
        } else if self.class(p) == Class::Prep
            // "replied with a fresh plan worked out": a bare participle after the
            // phrase may describe it; an auxiliary or a past form tells a verb of its own.
            && (self.class(start) == Class::Aux || !is_participle(self.word(start)))
            && !is(Lex::TimePrepositions, before)
            && !self.introduces_date(p)
        {
            // "The child bitten by the dog", "cuts unveiled this week to the
            // budget": a past participle and its preposition ("said in a statement" is a
            // verb of its own).
            p = (p.saturating_sub(4)..p).rev().find(|&j| !self.remove[j])?;
            if self.word(p).ends_with("ing") || self.says(p) {
                return None;
            }
        } else if !before.ends_with("ing") {
            return None;
        }
        let mut noun = p.checked_sub(1)?;
        // "children being diagnosed as obese".
        if self.word(noun) == "being" && p >= 2 {
            noun -= 1;
        }
        let described = self.class(p) == Class::Verb
            && is_participle(self.word(p))
            && matches!(self.class(noun), Class::Noun | Class::Name)
            && !self.remove[noun]
            && !self.remove[p]
            // "Experts say banning guns saved lives": a gerund after a verb is the subject.
            && !self.says(noun)
            && (!self.tokens[noun].has(Form::PresentVerb) || self.word(noun).ends_with('s'));
        let phrase = self.noun_phrase_ending_at(noun);
        // "In early Tokyo dealing the yen": a preposition's noun is no subject.
        let governed = phrase
            .first()
            .and_then(|&f| self.left_past_skipped(f))
            .is_some_and(|b| self.class(b) == Class::Prep);
        (described && !governed).then_some(phrase)
    }

    /// The noun phrase a participle's clause that ends before `tokens[end]` describes, the
    /// subject of the verb with a tense at `tokens[start]`: "New rules requiring all shops to
    /// close, come into force", "Heavy rain forecast to hit the valley would flood the farms".
    /// The participle follows a noun: an "-ing" form, or a past participle before "to" (one
    /// before an object is a verb of its own: "Troops found the bodies had been burned"); in
    /// its clause only noun phrases, prepositions and infinitives.
    pub(super) fn described_by_participle_clause(
        &self,
        end: usize,
        start: usize,
    ) -> Option<Vec<usize>> {
        if !self.has_tense(start) {
            return None;
        }
        let floor = end.saturating_sub(CLAUSE);
        let mut p = end;
        while p > floor {
            p -= 1;
            let word = self.word(p);
            let next = self.tokens.get(p + 1).map(|_| self.class(p + 1));
            match self.class(p) {
                _ if self.remove[p] || matches!(word, "(" | ")") => {}
                // "to be tested", "genetically modified crops".
                Class::Verb | Class::Aux
                    if p > 1
                        && (self.class(p - 1) == Class::To
                            || (self.class(p - 1) == Class::Aux
                                && self.class(p - 2) == Class::To)) => {}
                Class::Verb
                    if is_past_participle(word)
                        && (next == Some(Class::Noun)
                            || self
                                .tokens
                                .get(p + 1)
                                .is_some_and(|_| self.word(p + 1) == "(")) => {}
                Class::Verb if p > 0 && is_participle(word) && !is_say_verb(word) => {
                    let noun = p - 1;
                    let described = matches!(self.class(noun), Class::Noun | Class::Name)
                        && !self.remove[noun]
                        && (word.ends_with("ing") || next == Some(Class::To));
                    if !described {
                        return None;
                    }
                    let mut phrase = self.noun_phrase_ending_at(noun);
                    // "An earthquake measuring 6.3 on the Richter scale": a measure stays with
                    // its noun, in the subject, and the scale is not the subject.
                    if next == Some(Class::Num) {
                        if self
                            .left_past_skipped(*phrase.first()?)
                            .map(|b| self.class(b))
                            == Some(Class::Prep)
                        {
                            return None;
                        }
                        phrase.extend((p..end).filter(|&j| !self.remove[j]));
                        return Some(phrase);
                    }
                    let first = *phrase.first()?;
                    // "requiring all food products containing soy": the clause of a
                    // participle before.
                    match self.left_past_skipped(first).map(|b| self.class(b)) {
                        Some(Class::Verb) => p = first,
                        Some(Class::Prep) => return None,
                        _ => return Some(phrase),
                    }
                }
                Class::Verb | Class::Aux | Class::Punct | Class::Sub | Class::Coord => return None,
                _ => {}
            }
        }
        None
    }

    /// The noun phrase before the infinitive whose verb is `tokens[verb]`, with the
    /// infinitive and its words up to `tokens[end]`, as the subject of the finite verb group
    /// at `tokens[start]`: "The decision to withdraw | was made".
    pub(super) fn noun_with_infinitive(
        &self,
        verb: usize,
        end: usize,
        start: usize,
    ) -> Option<Vec<usize>> {
        let noun = verb.checked_sub(2)?;
        let described = self.class(verb) == Class::Verb
            && self.class(verb - 1) == Class::To
            // "Efforts to rescue the miners": a sentence's first word is capitalised anyway.
            && (self.class(noun) == Class::Noun || noun == 0 && self.class(noun) == Class::Name)
            && !self.remove[noun]
            && self.finite(start);
        if !described {
            return None;
        }
        let mut phrase = self.noun_phrase_ending_at(noun);
        // "wants the court to suspend", "in order to provide": the noun is another verb's
        // object or a preposition's.
        let before = phrase.first().and_then(|&f| self.left_past_skipped(f));
        // "It seems the decision": a determiner after a noun starts a phrase of its own.
        let glued = phrase
            .windows(2)
            .any(|p| self.class(p[0]) == Class::Noun && self.class(p[1]) == Class::Det);
        if glued
            || before
                .is_some_and(|b| matches!(self.class(b), Class::Verb | Class::Aux | Class::Prep))
        {
            return None;
        }
        phrase.extend((verb - 1..=end).filter(|&j| !self.skipped(j)));
        Some(phrase)
    }

    /// The verb group at `tokens[start]` is a past participle that describes the noun before
    /// its comma: "led by", "set to" ("the trade talks, set to restart Tuesday").
    pub(in crate::events::title) fn reduced_relative(&self, start: usize) -> bool {
        let word = self.word(start);
        let next = (start + 1..self.tokens.len().min(start + 6))
            .find(|&j| !(self.skipped(j) || self.introduces_date(j)));
        self.class(start) == Class::Verb
            && is_past_participle(word)
            && next.is_some_and(|j| self.word(j) == "by" || self.class(j) == Class::To)
    }

    /// The verb group at `tokens[start]`, after a comma, is a participle whose clause closes
    /// with a comma before the verb of the sentence: it describes the noun before the first
    /// comma ("Early sketches, published this week, show", "the Americans, having
    /// broken the codes in May, were aware").
    pub(super) fn participle_aside(&self, start: usize) -> bool {
        let word = self.word(start);
        let participle = (self.class(start) == Class::Verb && is_participle(word))
            || matches!(word, "having" | "being");
        if !participle {
            return false;
        }
        let end = self.tokens.len().min(start + ASIDE);
        let Some(close) = (start + 1..end).find(|&j| self.class(j) == Class::Punct) else {
            return false;
        };
        let inside =
            (start + 1..close).all(|j| !matches!(self.class(j), Class::Sub | Class::Coord));
        let next = (close + 1..end).find(|&j| !(self.skipped(j) || self.introduces_date(j)));
        inside
            && self.word(close) == ","
            && next.is_some_and(|j| match self.class(j) {
                Class::Aux => true,
                // "said it would prolong its offer, due to lapse": "due" takes no tense, so
                // the clause before its comma is no aside.
                Class::Verb => !self.word(j).ends_with("ing") && !self.is_due(j),
                // "show that": a present form the chunker read as a noun, before what it
                // governs.
                Class::Noun => {
                    !self.tokens[j].capitalized
                        && self.tokens.get(j + 1).is_some_and(|_| {
                            matches!(
                                self.class(j + 1),
                                Class::Det | Class::Sub | Class::Name | Class::Num | Class::Pron
                            )
                        })
                }
                _ => false,
            })
    }
}
