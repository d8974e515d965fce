//! "A partner at the firm, John Gibbons, says he attended": the subject of a verb of saying
//! told by a role and then a person's name between commas; "he" or "she" after the verb is
//! the name.

use super::super::subject::{Candidate, Who};
use super::super::{ARTICLES, Class, REACH, Titles};

/// The most words of a name between the commas.
const NAME_WORDS: usize = 5;

impl Titles<'_> {
    /// The name of two words or more between the commas right before the verb group that
    /// starts at `tokens[verb]`, after a noun phrase an article opens: "A partner at the
    /// firm, John Gibbons, says".
    pub(super) fn apposed_speaker(&self, verb: usize) -> Option<Candidate> {
        let close = verb.checked_sub(1)?;
        if self.word(close) != "," {
            return None;
        }
        let start = (close.saturating_sub(NAME_WORDS + 1)..close)
            .rev()
            .take_while(|&j| self.class(j) == Class::Name && !self.remove[j])
            .last()?;
        let open = start.checked_sub(1)?;
        if close - start < 2 || self.word(open) != "," {
            return None;
        }
        // A noun phrase an article opens before it tells the role the name fills: "A
        // partner for Ernst and Young, John Gibbons,", not "Roe, Tom Lee,".
        let role = (open.saturating_sub(REACH / 4)..open)
            .rev()
            .take_while(|&j| {
                !matches!(
                    self.class(j),
                    Class::Punct | Class::Verb | Class::Aux | Class::Sub
                )
            })
            .last()?;
        if !self.tokens[role].is(ARTICLES) {
            return None;
        }
        let words: Vec<usize> = (start..close).collect();
        let mut name = self.candidate(&words);
        name.who = Who::Person;
        Some(name)
    }
}
