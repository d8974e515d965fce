//! The subject of the clause a pronoun's clause depends on: in "The mayor says the club did
//! well after it moved" the clause "after it moved" tells when the club did well, and "it" is
//! first the club, the subject next to it, not the one who says.

use super::super::subject::{Candidate, Subject};
use super::super::{Class, Lex, REACH, Titles};

impl Titles<'_> {
    /// The subject of the verb nearest before the subordinator ("after", "when", "because")
    /// right before the pronoun at `tokens[k]`, the clause the pronoun's clause depends on.
    pub(super) fn governing_subject(&self, k: usize) -> Option<Candidate> {
        let opener = self.left_past_skipped(k)?;
        let t = &self.tokens[opener];
        if !(t.is_lex(Lex::PreposedSubordinators) || t.is_lex(Lex::ClausePrepositions)) {
            return None;
        }
        let verb = (opener.saturating_sub(REACH)..opener)
            .rev()
            .take_while(|&j| self.class(j) != Class::Sub)
            .find(|&j| self.finite(j))?;
        let group = self.verb_group_around(verb);
        match self.subject_of(group.start, 0)? {
            Subject::Words(words) if words.last().is_some_and(|&w| w < group.start) => {
                Some(self.candidate(&words))
            }
            Subject::Words(_) => None,
            Subject::Named(name) => Some(name),
        }
    }
}
