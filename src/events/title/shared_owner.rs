//! A lone noun joined by "and" or "or" to a noun phrase before it shares that phrase's
//! determiner and owner: in "the Union drawdown in May and withdrawal in June" the withdrawal
//! is the Union's too, so its title is "the Union withdrawal", not the bare word.
//! Apart from `noun_title.rs`, which makes the phrase.

use super::{Class, Titles};

impl Titles<'_> {
    /// The words of the noun phrase before "and" that `head`, the lone word `tokens[trigger]`,
    /// shares: its determiner, names and possessive, before it. None when a word of another
    /// kind stands among them ("the slow drawdown and withdrawal": "slow" may be the
    /// drawdown's alone), or none stands there.
    pub(super) fn shared_determiner(&self, head: &[usize], trigger: usize) -> Option<Vec<usize>> {
        if head != [trigger]
            || self.class(trigger) != Class::Noun
            || self.tokens[trigger].capitalized
        {
            return None;
        }
        let and = self.left_past_skipped(trigger)?;
        if self.class(and) != Class::Coord {
            return None;
        }
        let first = self.left_past_skipped(and)?;
        if self.class(first) != Class::Noun || self.tokens[first].capitalized {
            return None;
        }
        let (start, end) = self.noun_phrase_around(first);
        if end != first + 1 {
            return None;
        }
        let shared: Vec<usize> = (start..first).filter(|&k| !self.skipped(k)).collect();
        let owns = |k: &usize| matches!(self.class(*k), Class::Det | Class::Name | Class::Poss);
        (!shared.is_empty() && shared.iter().all(owns)).then_some(shared)
    }
}
