//! "The thrift holding company said": news tells the kind of business it named in its lead
//! ("Acme Savings Corp. said ...") with a description whose head is a business noun; such a
//! subject is that business when the text named only one before it.

use super::super::subject::Candidate;
use super::super::{Class, Form, Lex, Titles, ends_in_plural_s};

/// The most words a description puts between "the" and its business noun.
const DESCRIBERS: usize = 5;

impl Titles<'_> {
    /// A subject "the", words that tell a kind, and a business noun ("the Dallas-based
    /// concern", "the restaurant operator"), or what it owns ("the jewelry maker's stock"),
    /// with the name of the one business the text named before ([`Self::the_business`]).
    /// Never a description that may be another business ("the new company", "the first
    /// bank"): a number, an ordinal or a word of [`Lex::OtherBusinessWords`] in it.
    pub(in crate::events::title) fn description_named(
        &self,
        phrase: &[usize],
    ) -> Option<Candidate> {
        let (&the, rest) = phrase.split_first()?;
        let mark = rest.iter().position(|&w| self.class(w) == Class::Poss);
        // "the maker of hair clips": what it makes tells the kind as describers do.
        let of = rest.iter().position(|&w| self.word(w) == "of");
        let (described, owned) = match (mark, of) {
            (Some(_), Some(_)) => return None,
            (Some(m), None) => (&rest[..m], Some(&rest[m + 1..])),
            (None, Some(o)) if o + 1 < rest.len() => (&rest[..o], None),
            (None, _) => (rest, None),
        };
        let (&noun, describers) = described.split_last()?;
        // The words of a place ("Dover, Del.-based") count as one describer: counted only
        // for "the" and a business's noun, which most subjects are not.
        let kinds = || {
            describers
                .iter()
                .filter(|&&w| !self.in_place_compound(w))
                .count()
        };
        if self.word(the) != "the"
            || (describers.is_empty() && of.is_none())
            || self.tokens[noun].capitalized
            || !self.tokens[noun].is_lex(Lex::OrganizationNouns)
            || kinds() > DESCRIBERS
            || owned.is_some_and(|o| o.iter().any(|&w| self.class(w) == Class::Poss))
            || !describers
                .iter()
                .all(|&w| self.in_place_compound(w) || self.tells_kind(w))
        {
            return None;
        }
        let text = self.the_business(the, true, None)?;
        self.business_candidate(text, owned)
    }

    /// A noun phrase that opens with a subject of [`Self::business_named`] or
    /// [`Self::description_named`] and goes on with a verb's past form the chunker read as a
    /// noun ("the company cut 200 jobs", "the bank bid $5 million"): the phrase with the
    /// business's name in the subject's place, found as those find it.
    pub(in crate::events::title) fn business_opening(&self, phrase: &[usize]) -> Option<Candidate> {
        // The verb stands right after the subject's noun, before its object.
        let at = (2..phrase.len().min(DESCRIBERS + 4)).find(|&p| {
            let (w, noun) = (phrase[p], phrase[p - 1]);
            let token = &self.tokens[w];
            noun + 1 == w
                && self.class(noun) == Class::Noun
                && self.class(w) == Class::Noun
                && !token.capitalized
                && token.has(Form::TitleVerb)
                && !ends_in_plural_s(&token.lower)
                && self.tokens.get(w + 1).is_some_and(|_| {
                    matches!(self.class(w + 1), Class::Det | Class::Num)
                        && !self.remove[w + 1]
                        && self.word(w + 1) != "that"
                })
        })?;
        let (subject, rest) = phrase.split_at(at);
        let mut found = self
            .business_named(subject)
            .or_else(|| self.description_named(subject))?;
        found.text = format!("{} {}", found.text, self.join(&self.without_offices(rest)));
        Some(found)
    }

    /// `tokens[w]` may tell the kind of a business or where it is: a noun or an adjective
    /// ("thrift holding", "Los Angeles"), or a compound that describes ("Dallas-based").
    fn tells_kind(&self, w: usize) -> bool {
        let token = &self.tokens[w];
        let describes = match self.class(w) {
            Class::Noun | Class::Name => true,
            Class::Verb => token.lower.contains('-'),
            _ => false,
        };
        describes
            && !self.remove[w]
            && !token.has_digit()
            // "the New York-based company": a capital makes "New" a name's word.
            && (token.capitalized || !token.is_lex(Lex::OtherBusinessWords))
            && !token.is_lex(Lex::OrdinalWords)
            && !token.is_lex(Lex::NumberWords)
    }
}
