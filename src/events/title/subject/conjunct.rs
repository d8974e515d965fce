//! Which verb a verb after ", and" is joined to, when the verb group before it is the verb of a
//! clause another verb reports: in "The agency had ruled that the boy must go home, and set
//! Monday as the deadline" the agency set the deadline. Joined verbs share their subject and
//! agree in tense ("had ruled ... and set"), or share a modal and take the plain form ("must
//! go home and stay"): a past form cannot follow "must", so it is joined to "had ruled".

use std::ops::Range;

use super::super::{Class, Lex, Titles, is_participle, is_past_participle, is_plural_form};

/// The tense a verb form shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
}

impl Titles<'_> {
    /// The verb group whose subject the verb group at `tokens[start]`, after ", and" (or
    /// ", but"), shares,
    /// when that is not `inner`, the group right before it: `inner` has a subject of its
    /// own after "that" or after a verb of saying (the reporting group), and the verb at
    /// `start` agrees in tense with the reporting group but cannot continue `inner`, which
    /// opens with a modal or with the other tense. "Police said the man had robbed the bank,
    /// and fled" keeps the man: "had robbed ... and fled" agree.
    pub(super) fn reporting_conjunct(
        &self,
        start: usize,
        inner: &Range<usize>,
    ) -> Option<Range<usize>> {
        // The comma sets the verb apart from the reported clause.
        let and = self.left_past_skipped(start)?;
        if !(self.class(and) == Class::Coord || self.joins_verbs(and))
            || and == 0
            || self.word(and - 1) != ","
        {
            return None;
        }
        let (first, verb, that) = self.verb_before_subject_of(inner)?;
        if !(self.finite(verb) && (that || self.says(verb))) {
            return None;
        }
        let outer = self.verb_group_around(verb);
        // "said the town had lost ten homes, but says": a verb of saying after the report of
        // another is the same speaker's, whatever the tenses.
        if self.says(start) && self.says(verb) && outer.end <= first {
            return Some(outer);
        }
        let tense = self.tense_of(start)?;
        let opens_modal = self.tokens[inner.start].is_lex(Lex::Modals);
        if !(opens_modal || self.tense_of(inner.start) == Some(tense.other())) {
            return None;
        }
        (outer.end <= first && self.tense_of(outer.start) == Some(tense)).then_some(outer)
    }

    /// Where the subject of the verb group `inner` starts (a noun phrase or a pronoun right
    /// before it), the word before that subject, past a "that" between them, and whether a
    /// "that" stood there: the verb of an outer clause, if one is there.
    pub(super) fn verb_before_subject_of(
        &self,
        inner: &Range<usize>,
    ) -> Option<(usize, usize, bool)> {
        let last = self.left_past_skipped(inner.start)?;
        if !matches!(
            self.class(last),
            Class::Noun | Class::Name | Class::Num | Class::Pron
        ) {
            return None;
        }
        let first = self
            .noun_phrase_ending_at(last)
            .first()
            .copied()
            .unwrap_or(last);
        let mut verb = self.left_past_skipped(first)?;
        let that = self.tokens[verb].is_lex(Lex::Complementisers);
        if that {
            verb = self.left_past_skipped(verb)?;
        }
        Some((first, verb, that))
    }

    /// The tense the verb or auxiliary at `tokens[k]` shows: a past form ("ruled", "set",
    /// "had", "was"), a present one ("plans", "is", "has"); none for a plain form ("go"), a
    /// modal or an "-ing" form.
    fn tense_of(&self, k: usize) -> Option<Tense> {
        let word = self.word(k);
        match self.class(k) {
            Class::Aux if self.tokens[k].is_lex(Lex::PastAuxiliaries) => Some(Tense::Past),
            Class::Aux if self.tokens[k].is_lex(Lex::PresentAuxiliaries) => Some(Tense::Present),
            Class::Verb if is_past_participle(word) => Some(Tense::Past),
            Class::Verb if is_plural_form(word) && !is_participle(word) => Some(Tense::Present),
            _ => None,
        }
    }
}

impl Tense {
    fn other(self) -> Tense {
        match self {
            Tense::Past => Tense::Present,
            Tense::Present => Tense::Past,
        }
    }
}
