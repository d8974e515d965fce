//! "They" after a sentence whose one person did something with another: "Ann Roe held talks
//! with Tom Lee. In May they signed a pact" is "Ann Roe and Tom Lee signed a pact".

use super::super::subject::{Candidate, Subject, Who};
use super::super::{Class, Lex, REACH, Titles};
use super::OWNER_CHARS;

/// The most words of the phrase after "with" that names the partner: "the rebel envoy's
/// chief negotiator Tom Lee".
const PARTNER_WORDS: usize = 8;

impl Titles<'_> {
    /// The named singular subject of the sentence's main clause and the one person named
    /// after "with" in its clause, when that phrase is the person alone (not "with Lee's
    /// help"), as a plural name.
    pub(super) fn subject_with_partner(&self) -> Option<Candidate> {
        let (verb, Subject::Words(words)) = self.first_verb_and_subject()? else {
            return None;
        };
        // "The envoy's adviser, Tom Lee, held talks": the name in apposition.
        let apposed = words.last().and_then(|&l| {
            let first = l + 2;
            let end =
                (first..verb.min(first + PARTNER_WORDS)).find(|&j| self.class(j) != Class::Name)?;
            (self.word(l + 1) == "," && end > first && self.word(end) == ",")
                .then(|| (first..end).collect::<Vec<_>>())
        });
        let subject = self.candidate(apposed.as_deref().unwrap_or(&words));
        if subject.plural || !subject.named || subject.who == Who::Thing {
            return None;
        }
        let n = self.tokens.len().min(verb + REACH);
        let with = (verb + 1..n)
            .take_while(|&j| !matches!(self.class(j), Class::Punct | Class::Sub | Class::Coord))
            .find(|&j| self.word(j) == "with")?;
        let end = (with + 1..n.min(with + 1 + PARTNER_WORDS))
            .find(|&j| !matches!(self.class(j), Class::Name | Class::Poss | Class::Det))
            .unwrap_or(n);
        // The person ends the phrase: "with Lee's help" names a thing.
        let alone = end > with + 1
            && self.class(end - 1) == Class::Name
            && !self.classes.get(end).is_some_and(|&c| {
                matches!(c, Class::Noun | Class::Name) || self.word(end) == "and"
            })
            && !self.tokens[end - 1].is_lex(Lex::BodyNouns);
        if !alone {
            return None;
        }
        let partner = self.sole_person(with + 1, end)?;
        let text = format!("{} and {}", subject.text, partner.text);
        (text.chars().count() <= OWNER_CHARS).then(|| Candidate::pair(text))
    }
}
