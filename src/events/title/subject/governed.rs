//! Noun phrases a word before them governs, which decide whose the verb after them is: the
//! subject of a clause a preposition of time opens ("after most of his group was swept"),
//! the object a verb describes "as having" done something ("listed Smit as having
//! donated"), and an object pronoun before an infinitive ("force them to keep").

use std::ops::Range;

use super::super::{Class, Form, Lex, REACH, Titles, ends_in_plural_s, is_past_participle};
use crate::events::words::IRREGULAR_PAST;

impl Titles<'_> {
    /// The noun phrase that starts at `tokens[first]` follows a preposition that opens a
    /// clause ("after", "until") and is part of a group ("after most of his group") or owned
    /// by someone named before ("after her boat"): it is the subject of that clause, not of a
    /// relative clause before the preposition ("the man who left after the storm | was
    /// found" may be either, and stays the man's).
    pub(in crate::events::title) fn after_clause_preposition(&self, first: usize) -> bool {
        let partitive = |p: usize| self.tokens[p].is_lex(Lex::Partitives);
        let mut before = self.left_past_skipped(first);
        // "most of her group" is one phrase, or "her group" one after "most of".
        let mut part = partitive(first) && self.words.get(first + 1) == Some(&"of");
        if let Some(p) = before
            .filter(|&o| self.word(o) == "of")
            .and_then(|of| self.left_past_skipped(of))
            .filter(|&p| partitive(p))
        {
            part = true;
            before = self.left_past_skipped(p);
        }
        let owned = self.tokens[first].is_lex(Lex::OwnerPronouns);
        (part || owned) && before.is_some_and(|b| self.tokens[b].is_lex(Lex::ClausePrepositions))
    }

    /// The object of a verb that describes it "as" having done what the verb group at
    /// `tokens[start]` tells ("listed Jan Smit as having donated", "named the firm as having
    /// broken the rules"): who did it.
    pub(in crate::events::title) fn described_as(&self, start: usize) -> Option<Vec<usize>> {
        let mut before = self.left_past_skipped(start)?;
        if self.word(before) == "having" {
            before = self.left_past_skipped(before)?;
        } else if self.word(start) != "having" {
            return None;
        }
        if self.word(before) != "as" || before == 0 {
            return None;
        }
        let end = before - 1;
        if !matches!(self.class(end), Class::Noun | Class::Name) || self.remove[end] {
            return None;
        }
        let phrase = self.noun_phrase_ending_at(end);
        let verb = self.left_past_skipped(*phrase.first()?)?;
        (self.class(verb) == Class::Verb).then_some(phrase)
    }

    /// The verb group a title tells instead of `group`: the verb whose object pronoun is
    /// the subject of the infinitive `group` ("rules which force them | to keep records" is
    /// about the rules), and a regular past participle after "having" alone, when its subject
    /// is an object described "as" having done it ("listed Smit as having | donated"), and
    /// the verb whose object does what a plain verb after it says ("helped farmers | buy").
    pub(in crate::events::title) fn told_group(&self, group: Range<usize>) -> Range<usize> {
        if self.class(group.start) == Class::To
            && let Some(pronoun) = self.left_past_skipped(group.start)
            && self.tokens[pronoun].is_lex(Lex::ObjectPronouns)
            && let Some(verb) = self.left_past_skipped(pronoun)
            // "which force them": a present form the chunker read as a noun ("court her" is
            // a noun and a possessive).
            && (self.class(verb) == Class::Verb
                || (self.class(verb) == Class::Noun
                    && self.tokens[verb].has(Form::PresentVerb)
                    && !self.tokens[pronoun].is_lex(Lex::OwnerPronouns)))
        {
            return self.verb_group_around(verb);
        }
        if let Some(verb) = self
            .verb_before_restated_amount(&group)
            .or_else(|| self.verb_before_bare_infinitive(&group))
        {
            return self.verb_group_around(verb);
        }
        let participle = group.start + 1;
        if self.word(group.start) == "having"
            && participle < group.end
            && self.word(participle).ends_with("ed")
            && self.described_as(participle).is_some()
        {
            return participle..group.end;
        }
        group
    }

    /// The verb of [`Lex::BareInfinitiveVerbs`] whose object is the subject of the plain verb
    /// `group` ("will help farmers | buy tractors", "let the guards | open the gate"): the
    /// plain verb says what the object may do, not what it did, so the title is the verb's.
    fn verb_before_bare_infinitive(&self, group: &Range<usize>) -> Option<usize> {
        let first = group.start;
        if group.len() != 1 || self.class(first) != Class::Verb {
            return None;
        }
        // A tense of its own ("helped farmers who bought", "the help the firm gets") opens a
        // clause of its own.
        let word = self.word(first);
        // ("helped pupils went bust" has no plain verb: "went" is a past of its own, "put"
        // may be either.)
        let token = &self.tokens[first];
        let tensed = word.ends_with("ed")
            || word.ends_with("ing")
            || ends_in_plural_s(word)
            || (token.is(IRREGULAR_PAST) && !token.has(Form::PresentVerb));
        if tensed {
            return None;
        }
        let end = first.checked_sub(1)?;
        if !matches!(self.class(end), Class::Noun | Class::Name | Class::Pron) || self.remove[end] {
            return None;
        }
        let phrase = self.noun_phrase_ending_at(end);
        let verb = self.left_past_skipped(*phrase.first()?)?;
        (self.class(verb) == Class::Verb && self.tokens[verb].is_lex(Lex::BareInfinitiveVerbs))
            .then_some(verb)
    }

    /// The verb with a tense before an amount restated after ", or" that the bare past
    /// participle of `group` describes: "profit rose to $4 billion, or 30 pence per unit
    /// restated for the merger" tells the rise; the participle is no happening of its own.
    fn verb_before_restated_amount(&self, group: &Range<usize>) -> Option<usize> {
        let first = group.start;
        if group.len() != 1
            || self.class(first) != Class::Verb
            || !is_past_participle(self.word(first))
        {
            return None;
        }
        let last = self.left_past_skipped(first)?;
        let mut start = last;
        while start > 0 && last - start < 8 && self.class(start - 1).in_noun_phrase() {
            start -= 1;
        }
        let amount = (start..=last).any(|k| self.class(k) == Class::Num);
        let restated = start >= 2 && self.word(start - 1) == "or" && self.word(start - 2) == ",";
        if !(amount && restated && self.class(last) == Class::Noun) {
            return None;
        }
        let comma = start - 2;
        (comma.saturating_sub(REACH)..comma)
            .rev()
            .find(|&k| self.finite(k))
    }
}
