//! A relative clause with no pronoun whose object is the noun phrase before it: in "praised
//! the mayor for the speech she gave at the fair" the title of "gave" is "She gave the speech
//! at the fair", never "She gave at the fair". Its subject may be a noun phrase: in "the deal
//! the regulators blocked in May" the regulators blocked the deal, which was not blocked by
//! them as a passive "the deal (the regulators) blocked" would tell.

use super::super::words::{COPULAS, PERIOD_NOUNS};
use super::{Class, Lex, Titles};

/// How many words a noun phrase before or in a relative clause may have before its noun.
const SUBJECT_WORDS: usize = 4;

impl Titles<'_> {
    /// The noun phrase before a subject pronoun right before the verb group at
    /// `tokens[start]` (or before the noun phrase [`Self::contact_subject`] finds), when a
    /// preposition or a verb governs that phrase and a determiner opens it ("for the speech she
    /// gave"): the object the clause leaves out. Not after a verb of telling, whose object may
    /// be the subject of what it tells ("told the court she was sorry"), nor a noun of time,
    /// place or manner ("on the day she left", "the way he ran"), which says when or how.
    pub(super) fn contact_object(&self, start: usize) -> Option<Vec<usize>> {
        let pronoun = self.left_past_skipped(start)?;
        let subject = if self.class(pronoun) == Class::Pron
            && self.tokens[pronoun].is_lex(Lex::SubjectPronouns)
        {
            pronoun
        } else {
            self.contact_subject(start)?
        };
        let noun = subject.checked_sub(1)?;
        let token = &self.tokens[noun];
        let circumstance = token.is(PERIOD_NOUNS) || token.is_lex(Lex::CircumstanceNouns);
        if self.class(noun) != Class::Noun || token.capitalized || self.remove[noun] || circumstance
        {
            return None;
        }
        // "praise for the speech she gave": the phrase after the last preposition.
        let mut phrase = self.noun_phrase_ending_at(noun);
        if let Some(p) = phrase
            .iter()
            .rposition(|&w| matches!(self.class(w), Class::Prep | Class::Punct | Class::Coord))
        {
            phrase.drain(..=p);
        }
        let first = *phrase.first()?;
        // "kept the money he won": a verb's object too, unless the verb tells someone
        // something or gives them it ("told the court she lied").
        let governed = first.checked_sub(1).is_some_and(|p| match self.class(p) {
            // "is that level we saw": a copula's complement too.
            Class::Prep => true,
            Class::Aux => self.tokens[p].is(COPULAS),
            Class::Verb => {
                let t = &self.tokens[p];
                !(t.is_lex(Lex::AddresseeVerbs) || t.is_lex(Lex::TwoObjectVerbs))
            }
            _ => false,
        });
        // "for the speech", "kept this cup", "won a race": an article or a demonstrative.
        (self.class(first) == Class::Det && governed).then_some(phrase)
    }

    /// Where the subject of a relative clause with no pronoun starts, when that clause's verb
    /// with a tense is at `tokens[start]`: a noun phrase that "the" opens right after a common
    /// noun, which ends the phrase the clause describes ("the deal | the regulators |
    /// blocked"). Two noun phrases in a row open no clause after a verb that takes two
    /// objects ("gave the town the land taken in May") or names the one told.
    pub(super) fn contact_subject(&self, start: usize) -> Option<usize> {
        // The noun right before the verb, asked first: most verbs follow none.
        let last = start.checked_sub(1)?;
        if self.class(last) != Class::Noun
            || self.remove[last]
            || !matches!(self.class(start), Class::Verb | Class::Aux)
            || self.remove[start]
            || self.skipped(last)
            || self.introduces_date(last)
        {
            return None;
        }
        // The subject's own describers and nouns ("the two state regulators").
        let the = (last.saturating_sub(SUBJECT_WORDS)..last)
            .rev()
            .find(|&k| !matches!(self.class(k), Class::Noun | Class::Num))?;
        let noun = the.checked_sub(1)?;
        let common = |k: usize| {
            self.class(k) == Class::Noun && !self.tokens[k].capitalized && !self.remove[k]
        };
        if self.word(the) != "the" || !common(noun) || (the + 1..last).any(|k| self.remove[k]) {
            return None;
        }
        let opener = (noun.saturating_sub(SUBJECT_WORDS)..noun)
            .rev()
            .find(|&k| !common(k))?;
        let governor = opener.checked_sub(1).unwrap_or(opener);
        let before = match self.class(opener) {
            Class::Det | Class::Poss | Class::Num => governor,
            _ => opener,
        };
        let given = self.class(before) == Class::Verb
            && (self.tokens[before].is_lex(Lex::TwoObjectVerbs)
                || self.tokens[before].is_lex(Lex::AddresseeVerbs));
        (!given).then_some(the)
    }
}
