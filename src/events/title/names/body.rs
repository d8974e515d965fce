//! The one body a sentence names, for an "it" in the sentence after whose subject is no such
//! body: "There were twelve members of the Pact at its start. Since then it has grown" is the
//! Pact. A name is a body's by its words: an acronym ("NATO"), a noun for a body ("Council"),
//! a company suffix or a word of business ("Airlines"). Any other name (a person, a place)
//! may be what "it" stands for as well, and leaves it unsure.

use super::super::subject::Candidate;
use super::super::{Class, Lex, REACH, Titles};

/// The longest run of names read as one.
const NAME_WORDS: usize = 6;

impl Titles<'_> {
    /// The name `words` (in text order) is a body's by its words (see the module), or the
    /// text named it as a business's before.
    pub(super) fn names_a_body(&self, words: &[usize]) -> bool {
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return false;
        };
        words.iter().any(|&w| {
            let token = &self.tokens[w];
            self.is_acronym(w)
                || token.is_lex(Lex::BodyNouns)
                || token.is_lex(Lex::CompanySuffixes)
                || token.is_lex(Lex::BusinessWords)
        }) || self.named_as_business_before(first, last + 1)
    }

    /// The one body the sentence names, when it names no other name.
    pub(super) fn sole_body(&self) -> Option<Candidate> {
        let n = self.tokens.len().min(3 * REACH);
        let mut found: Option<Vec<usize>> = None;
        let mut j = 0;
        while j < n {
            if self.class(j) != Class::Name {
                j += 1;
                continue;
            }
            let start = j;
            while j < n && j - start < NAME_WORDS && self.class(j) == Class::Name {
                j += 1;
            }
            let run: Vec<usize> = (start..j).collect();
            let body = self.names_a_body(&run);
            // A capitalised first word alone ("There", "Since") is no name.
            if start == 0 && run.len() == 1 && !body {
                continue;
            }
            if !body {
                return None;
            }
            match &found {
                Some(one) if !self.join(one).ends_with(&self.join(&run)) => return None,
                Some(_) => {}
                // "the Harbour Council": with its article.
                None if start > 0 && self.word(start - 1) == "the" => {
                    found = Some((start - 1..j).collect());
                }
                None => found = Some(run),
            }
        }
        found.map(|run| self.candidate(&run))
    }
}
