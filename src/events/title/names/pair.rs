//! "The pair" and "the duo": the two names the sentence before joins as its subject.

use super::super::subject::{Candidate, Subject, Who};
use super::super::{Class, Lex, PRONOUN_HOPS, REACH, Titles, ends_in_plural_s};

impl Titles<'_> {
    /// The two names a subject that is only "the" and a word for two people stands for:
    /// "Ann Roe and Tom Lee called for help. The pair met the premier" is "Ann Roe and Tom
    /// Lee met the premier".
    pub(in crate::events::title) fn pair_named(&self, phrase: &[usize]) -> Option<Candidate> {
        let &[the, pair] = phrase else {
            return None;
        };
        if self.word(the) != "the"
            || !self.tokens[pair].is_lex(Lex::PairNouns)
            || self.hops >= PRONOUN_HOPS
        {
            return None;
        }
        self.previous_pair
            .get_or_init(|| self.previous_sentence(|t| t.named_pair()))
            .clone()
    }

    /// The subject of the sentence's main clause, or its words after "of" ("The team of Ann
    /// Roe and Tom Lee"), when it is two names joined by "and" and nothing after its verb
    /// counts others ("replaced two agents", "met their lawyers").
    fn named_pair(&self) -> Option<Candidate> {
        let (verb, Subject::Words(words)) = self.first_verb_and_subject()? else {
            return None;
        };
        let of = words
            .iter()
            .rposition(|&w| self.word(w) == "of")
            .map_or(0, |p| p + 1);
        let words = &words[of..];
        let and = words.iter().position(|&w| self.word(w) == "and")?;
        let right = &words[and + 1..];
        // The names before "and"; a sentence's capitalised first word before them may tell
        // what they are ("Businessmen Ann Roe and Tom Lee"): as many as after "and".
        let mut names = words[..and]
            .iter()
            .rev()
            .take_while(|&&w| self.class(w) == Class::Name)
            .count();
        if names > right.len() && words[and - names] == 0 {
            names = right.len();
        }
        let left = &words[and - names..and];
        let only_names = |side: &[usize]| {
            !side.is_empty()
                && side.len() <= 4
                && side.iter().all(|&w| self.class(w) == Class::Name)
        };
        if !(only_names(left) && only_names(right)) {
            return None;
        }
        let n = self.tokens.len().min(verb + REACH);
        let others = (verb..n).any(|j| {
            (self.class(j) == Class::Noun
                && (ends_in_plural_s(self.word(j)) || self.tokens[j].is_lex(Lex::PluralNouns)))
                || self.class(j) == Class::Num
                || self.tokens[j].is_lex(Lex::NumberWords)
        });
        if others {
            return None;
        }
        let text = format!(
            "{} and {}",
            self.join(&self.without_offices(left)),
            self.join(&self.without_offices(right))
        );
        Some(Candidate {
            text,
            owner: None,
            named: true,
            definite: false,
            plural: true,
            who: Who::Unknown,
        })
    }
}
