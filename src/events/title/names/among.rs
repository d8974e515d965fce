//! "Arlo Corp. said holders approved its sale to Bexa Inc. ... The company": of several
//! businesses the text names in reach, the one the sentence before has for its subject is the
//! one "the company" goes on telling, when that sentence tells no other but after a
//! preposition. Not after "Arlo Corp. agreed to buy Bexa Inc.": the object competes.

use super::super::{Class, Titles};
use super::lead::short_mentions;

impl Titles<'_> {
    /// Of `names`, the businesses the text named in reach, the one the subject of the
    /// sentence before tells: the name itself, or its first words before a space
    /// ("Acme" of "Acme Corp."). None when that subject is none of them, or when that
    /// sentence tells another of them other than after a preposition.
    pub(super) fn previous_subject_among<'a>(&self, names: &[&'a str]) -> Option<&'a str> {
        let previous = self
            .previous_name
            .get_or_init(|| self.previous_sentence(|t| t.first_subject()))
            .as_ref()
            .filter(|p| p.named && !p.plural)?;
        let told = |name: &str| {
            name.strip_prefix(previous.text.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        };
        let mut found = names.iter().filter(|n| told(n));
        let one = match (found.next(), found.next()) {
            (Some(&one), None) => one,
            _ => return None,
        };
        let others: Vec<&str> = names
            .iter()
            .filter(|&&n| n != one)
            .filter_map(|n| n.split(' ').next())
            .collect();
        let competes = self.previous_sentence(|t| {
            Some((0..t.tokens.len()).any(|j| {
                let rest = t.text.get(t.tokens[j].span.start..).unwrap_or_default();
                let other = others.iter().any(|o| {
                    rest.strip_prefix(o)
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                });
                other && t.tokens[j].capitalized && !(j > 0 && t.class(j - 1) == Class::Prep)
            }))
        });
        (competes == Some(false)).then_some(one)
    }

    /// The sentence before tells the short name of the business `name` ("Acme" of "Acme
    /// Corp."): "Mr. Ruiz, Acme's chairman, said ... The company" goes on about Acme.
    pub(super) fn previous_tells(&self, name: &str) -> bool {
        self.previous_sentence(|t| {
            let span = t.tokens.first()?.span.start..t.tokens.last()?.span.end;
            let sentence = t.text.get(span)?.as_bytes();
            Some(short_mentions(sentence, name).next().is_some())
        }) == Some(true)
    }
}
