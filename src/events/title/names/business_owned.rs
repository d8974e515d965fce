//! "Acme Corp. raised its payout. The larger dividend goes out in May": a subject "the"
//! and a noun a business owns (its stock, its board, its results) is that of the one business
//! the text named before ([`Titles::the_business`]), told as a possessive subject is ("Acme
//! Corp.'s larger dividend goes out").

use super::super::subject::Candidate;
use super::super::{Class, Lex, MAX_CHARS, REACH, Titles};
use super::OWNER_CHARS;

impl Titles<'_> {
    /// A subject "the", describers and a noun of [`Lex::BusinessOwnedNouns`] at its end, with
    /// no other business named near: the business's. Not a noun with its own "of" phrase
    /// ("the stock of Zenda"), nor one with a possessive ("the stock's decline").
    pub(in crate::events::title) fn business_owned(&self, phrase: &[usize]) -> Option<Candidate> {
        // Cheapest first: the head noun of the list.
        let (&noun, rest) = phrase.split_last()?;
        let (&the, describers) = rest.split_first()?;
        if !self.tokens[noun].is_lex(Lex::BusinessOwnedNouns) || self.word(the) != "the" {
            return None;
        }
        let of = self.tokens.get(noun + 1).is_some_and(|t| *t.lower == *"of");
        let described = describers
            .iter()
            .all(|&w| self.class(w) == Class::Noun && !self.tokens[w].capitalized);
        if of || !described {
            return None;
        }
        // "Acme Corp.'s Zenda Inc.": a business owned by another, whose the noun may be.
        let owner = self
            .the_business(the, true, None)
            .filter(|o| !o.contains('\''))?;
        // Another business named near may own it: "The stock rose after Zenda's bid", "after
        // Zenda Corp. said". Dates and places are no owners. (Within reach, not the whole
        // sentence: an endless one with many such subjects would be read again for each.)
        let near = the.saturating_sub(REACH)..(noun + REACH).min(self.tokens.len());
        let other = near.into_iter().any(|j| {
            let named = self.class(j) == Class::Name
                && (self.class(j + 1) == Class::Poss
                    || self.tokens[j].is_lex(Lex::CompanySuffixes));
            named && !owner.contains(&self.text[self.tokens[j].span.clone()])
        });
        if other {
            return None;
        }
        let owned = self.join(&phrase[1..]);
        let fits = owner.chars().count() <= OWNER_CHARS
            && owner.chars().count() + 3 + owned.chars().count() <= MAX_CHARS;
        fits.then(|| Candidate::owned_by(&owner, "'s", &owned))
    }
}
