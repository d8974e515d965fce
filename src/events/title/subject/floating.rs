//! Words between a subject and its verb that are no subject themselves: a quantifier that
//! floats after the phrase it counts ("the envoys all signed"), "in" with a noun that makes an
//! adverb of the pair ("who in turn was taught"), and a relative clause with no pronoun of its
//! own ("the party she hoped to lead dropped her"), nor a speaker whose relative clause has
//! its gap in what was said ("the jobs that Acme said would be cut").

use super::super::{Class, Lex, REACH, Titles, is_plural_form};
use crate::events::words::PERIOD_NOUNS;

/// How many words a speaker inside a relative clause of saying may have ("the state's
/// wildlife officials").
const SPEAKER_WORDS: usize = 5;

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
        // "the boat the navy sank | was found": a noun phrase for the clause's subject.
        if self.class(pronoun) != Class::Pron {
            return self.contact_antecedent(self.verb_group_around(k).start);
        }
        let noun = pronoun.checked_sub(1)?;
        (self.tokens[pronoun].is_lex(Lex::SubjectPronouns)
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

    /// The noun phrase a relative clause of saying describes, when the clause ends at the verb
    /// of saying `tokens[k]` right before the verb with a tense at `tokens[start]`: in "the
    /// jobs that Acme said would be cut" and "a ban the mayor had said would end", what was
    /// said has no subject of its own; the gap is the noun before the relative pronoun (or
    /// before the speaker, where no pronoun opens the clause).
    pub(in crate::events::title) fn gap_before_saying(
        &self,
        start: usize,
        k: usize,
    ) -> Option<Vec<usize>> {
        // Asked of every subject: the cheap tests first.
        if self.class(k) != Class::Verb || !self.says(k) || !self.has_tense(start) {
            return None;
        }
        // "had said", "also said": the saying's own auxiliaries and adverbs.
        let mut end = k.checked_sub(1)?;
        while matches!(self.class(end), Class::Aux | Class::Adv) && !self.remove[end] {
            end = end.checked_sub(1)?;
        }
        if !matches!(self.class(end), Class::Noun | Class::Name | Class::Pron) || self.remove[end] {
            return None;
        }
        // The speaker: a short noun phrase ("Acme", "the White House", "wildlife officials").
        let mut first = end;
        while first > 0
            && end - first < SPEAKER_WORDS
            && matches!(
                self.class(first - 1),
                Class::Noun | Class::Name | Class::Det | Class::Poss
            )
            && !self.remove[first - 1]
            && !self.tokens[first - 1].is_lex(Lex::Relatives)
        {
            first -= 1;
        }
        // "a ban the mayor had said", "the plant Acme said": a determiner or a name right
        // after a common noun opens the speaker.
        if let Some(det) = (first + 1..=end).rev().find(|&j| {
            matches!(self.class(j), Class::Det | Class::Name)
                && self.class(j - 1) == Class::Noun
                && !self.tokens[j - 1].capitalized
        }) {
            first = det;
        } else if first < end
            && (first == 0 || !self.tokens[first - 1].is_lex(Lex::Relatives))
            && self.bare_plural_after_noun(end)
        {
            // "the man police say shot", "the driver officials said had fled": a plural
            // with no determiner names a speaker as a determiner does.
            first = end;
        }
        let before = first.checked_sub(1)?;
        if self.remove[before] {
            return None;
        }
        let noun = if self.tokens[before].is_lex(Lex::ObjectRelatives) {
            // "the jobs, which Acme said would be cut": past the comma to the noun.
            let mut noun = before.checked_sub(1)?;
            if self.word(noun) == "," {
                noun = noun.checked_sub(1)?;
            }
            (matches!(self.class(noun), Class::Noun | Class::Name) && !self.remove[noun])
                .then_some(noun)?
        } else {
            // With no pronoun, a common noun right before a speaker that opens with a
            // determiner, is a name or is a bare plural.
            let opens = matches!(self.class(first), Class::Det | Class::Name)
                || (first == end && self.bare_plural_after_noun(end));
            (opens && self.class(before) == Class::Noun && !self.tokens[before].capitalized)
                .then_some(before)?
        };
        // "the top of the 2,000 jobs that Acme said would go": the clause describes the
        // nearest noun, after the last "of" ("7,000 to 9,000 jobs" is one phrase).
        let mut phrase = self.noun_phrase_ending_at(noun);
        if let Some(p) = phrase.iter().rposition(|&w| self.word(w) == "of")
            && p + 1 < phrase.len()
        {
            phrase.drain(..=p);
        }
        // "7,000 to 9,000 jobs": the range is one figure (its first number may be several
        // tokens, "7" "," "000", that touch).
        if let Some(&first) = phrase.first()
            && first >= 2
            && self.class(first) == Class::Num
            && self.word(first - 1) == "to"
            && self.class(first - 2) == Class::Num
        {
            let mut from = first - 2;
            while from > 0 && first - from < 6 && self.touches(from - 1, from) {
                from -= 1;
            }
            phrase.splice(..0, from..first);
        }
        Some(phrase)
    }

    /// `tokens[j]` is a plural common noun with no determiner ("police", "officials") right
    /// after a common noun: the subject of a relative clause that has no pronoun.
    fn bare_plural_after_noun(&self, j: usize) -> bool {
        let t = &self.tokens[j];
        j > 0
            && self.class(j) == Class::Noun
            && !t.capitalized
            && (is_plural_form(self.word(j)) || t.is_lex(Lex::PluralNouns))
            && self.class(j - 1) == Class::Noun
            && !self.tokens[j - 1].capitalized
            && !self.remove[j - 1]
    }

    /// The noun phrase that opens a sentence or a clause with a relative clause right after it that
    /// has no pronoun and a noun phrase of its own for its subject: "The boat | the navy sank in
    /// 1942 | was found", "The plan | their council approved". (A name after a noun is none: "the
    /// northern | Nigeria court", "the firm's | Tokyo unit".) `start` opens the clause's verb
    /// group, which has a tense; the subject opens with a determiner or a possessive pronoun right
    /// after the common noun that ends the phrase it describes (no noun of time, place or manner:
    /// "the day the war ended" says when). After a verb or a preposition the two phrases may be an
    /// object and the subject of what it tells ("told the court the navy sank it"), so the phrase
    /// must open its clause.
    pub(in crate::events::title) fn contact_antecedent(&self, start: usize) -> Option<Vec<usize>> {
        let end = self
            .left_past_skipped(start)
            .filter(|&e| matches!(self.class(e), Class::Noun | Class::Name) && !self.remove[e])?;
        // The subject's opener, found in the words before its noun (a few: asked of many
        // verbs), before the phrase is read and the verb's tense asked.
        let opener = (end.saturating_sub(SPEAKER_WORDS)..end)
            .rev()
            .take_while(|&j| self.class(j).in_noun_phrase() && !self.remove[j])
            .find(|&j| {
                (self.class(j) == Class::Det || self.tokens[j].is_lex(Lex::PossessiveDeterminers))
                    && j > 0
                    && self.class(j - 1) == Class::Noun
                    && !self.tokens[j - 1].capitalized
                    && !self.remove[j - 1]
            })?;
        if !self.has_tense(start) || self.says(start) {
            return None;
        }
        let phrase = self.noun_phrase_ending_at(end);
        let split = phrase.iter().position(|&w| w == opener)?;
        let antecedent = &phrase[..split];
        let (&first, &head) = (antecedent.first()?, antecedent.last()?);
        let circumstance = self.tokens[head].is(PERIOD_NOUNS)
            || self.tokens[head].is_lex(Lex::CircumstanceNouns)
            || self.tokens[head].is_lex(Lex::ContentNouns);
        let opens = self
            .left_past_skipped(first)
            .is_none_or(|b| matches!(self.class(b), Class::Punct | Class::Sub | Class::Coord));
        let names = matches!(self.class(first), Class::Det | Class::Poss);
        (opens && names && !circumstance && !antecedent.iter().any(|&w| self.remove[w]))
            .then(|| antecedent.to_vec())
    }

    /// [`Self::contact_antecedent`] of the verb group at `tokens[start]`, when a verb with a
    /// tense follows the group in its clause: the sentence's own verb, which the antecedent
    /// is the subject of ("The boat the navy sank in 1942 | was found"). Without one the
    /// second phrase may be an apposition ("The ship the Ayr sank in May").
    pub(in crate::events::title) fn contact_clause(&self, start: usize) -> Option<Vec<usize>> {
        let antecedent = self.contact_antecedent(start)?;
        let group = self.verb_group_around(start);
        let n = self.tokens.len();
        (group.end..n.min(group.end + REACH))
            .take_while(|&k| {
                !matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord) || self.remove[k]
            })
            .any(|k| self.finite(k))
            .then_some(antecedent)
    }
}
