//! A relative clause with no pronoun whose object is the noun phrase before it: in "praised
//! the mayor for the speech she gave at the fair" the title of "gave" is "She gave the speech
//! at the fair", never "She gave at the fair".

use super::super::words::PERIOD_NOUNS;
use super::{Class, Lex, Titles};

impl Titles<'_> {
    /// The noun phrase before a subject pronoun right before the verb group at
    /// `tokens[start]`, when a preposition governs that phrase and "the" opens it ("for the
    /// speech she gave"): the object the clause leaves out. Not after a verb, whose object may
    /// be the subject of what it tells ("told the court she was sorry"), nor a noun of time,
    /// place or manner ("on the day she left", "the way he ran"), which says when or how.
    pub(super) fn contact_object(&self, start: usize) -> Option<Vec<usize>> {
        let pronoun = self.left_past_skipped(start)?;
        if !(self.class(pronoun) == Class::Pron
            && self.tokens[pronoun].is_lex(Lex::SubjectPronouns))
        {
            // "The boat the navy sank in 1942 was found": the phrase a subject's relative
            // clause with a subject of its own describes (see `contact_clause`).
            return self.contact_clause(start);
        }
        let noun = pronoun.checked_sub(1)?;
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
        let governed = first
            .checked_sub(1)
            .is_some_and(|p| self.class(p) == Class::Prep);
        (self.word(first) == "the" && governed).then_some(phrase)
    }
}
