//! "jobs will go at the biggest regional airline, Kestrel. The company said": a business the
//! sentence before names in apposition to a business noun, with no suffix ("Corp.") that the
//! look for a business's name would find; "the company" after it is that business. So is
//! the business the sentence before names as its subject: "Dorvan Medical fell 3 to 12. The
//! company said".

use std::ops::Range;

use super::super::subject::{Subject, Who};
use super::super::{Class, Lex, Titles, Token};

/// The most words of a name in apposition.
const NAME_WORDS: usize = 4;

impl Titles<'_> {
    /// The name of the one business the sentence before gives in apposition to a business
    /// noun ("the pay TV operator, Austral"), or none when it gives two, or the noun follows a
    /// word that makes it another business ("its rival maker, Zenda").
    pub(super) fn apposed_business(&self) -> Option<&str> {
        let span = self.previous_sentence(|t| t.business_in_apposition())?;
        self.text.get(span)
    }

    /// The name of the business the sentence before has as its subject, with no suffix
    /// ("Corp.") that the look for a business's name would find: a name with a word of
    /// business in it ("Pathway Networks said"), or one the text gave before in a business's
    /// full name ("Mabry's Inc. ... Mabry's fell"). Not a person's ("Smith resigned").
    pub(super) fn subject_business(&self) -> Option<&str> {
        let span = self
            .previous_business
            .get_or_init(|| {
                // Read the sentence only when a word of business is in it: most have none.
                let told = self.previous_tokens()?.iter().any(names_business);
                told.then(|| self.previous_sentence(|t| t.business_as_subject()))?
            })
            .clone()?;
        self.text.get(span)
    }

    /// [`Self::subject_business`] in this sentence: the bytes of the name.
    fn business_as_subject(&self) -> Option<Range<usize>> {
        let (_, Subject::Words(words)) = self.first_verb_and_subject()? else {
            return None;
        };
        let (&first, &last) = (words.first()?, words.last()?);
        if words.iter().any(|&w| self.class(w) != Class::Name) {
            return None;
        }
        let found = self.candidate(&words);
        if !found.named || found.plural || found.who == Who::Person {
            return None;
        }
        // "Acme Networks agreed to buy Zenda Inc.": another business there may be meant; not
        // one after a preposition or in an aside ("owns half of Zenda Inc.", "-- Zenda Inc.").
        let competes = |j: usize| {
            if !names_business(&self.tokens[j]) {
                return false;
            }
            let start = (j.saturating_sub(NAME_WORDS)..j)
                .rev()
                .take_while(|&k| self.tokens[k].capitalized || self.word(k) == ".")
                .last()
                .unwrap_or(j);
            start.checked_sub(1).is_some_and(|b| {
                self.class(b) != Class::Prep && !matches!(self.word(b), "," | "-" | "--" | "—")
            })
        };
        if (0..first).chain(last + 1..self.tokens.len()).any(competes) {
            return None;
        }
        let business = words
            .iter()
            .any(|&w| self.tokens[w].is_lex(Lex::BusinessWords))
            || self.named_as_business_before(first, last + 1);
        business.then(|| self.tokens[first].span.start..self.tokens[last].span.end)
    }

    /// [`Self::apposed_business`] in this sentence: the bytes of the name.
    fn business_in_apposition(&self) -> Option<Range<usize>> {
        let n = self.tokens.len();
        let mut found = None;
        for noun in 0..n.saturating_sub(2) {
            let token = &self.tokens[noun];
            if token.capitalized
                || !token.is_lex(Lex::OrganizationNouns)
                || self.word(noun + 1) != ","
                || noun
                    .checked_sub(1)
                    .is_some_and(|b| self.tokens[b].is_lex(Lex::OtherBusinessWords))
            {
                continue;
            }
            let first = noun + 2;
            let limit = n.min(first + NAME_WORDS + 1);
            let end = (first..limit)
                .find(|&j| self.class(j) != Class::Name)
                .unwrap_or(limit);
            // The name ends the sentence or the aside: "operator, Austral." or "Austral, said".
            let closed = end == n || matches!(self.word(end), "," | "." | ";");
            if end == first || !closed || (first..end).any(|j| !self.tokens[j].capitalized) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(self.tokens[first].span.start..self.tokens[end - 1].span.end);
        }
        found
    }
}

/// `t` is a word of a business's name with its capital: "Networks", "Medical", "Inc.".
fn names_business(t: &Token) -> bool {
    t.capitalized && (t.is_lex(Lex::BusinessWords) || t.is_lex(Lex::CompanySuffixes))
}
