//! The names of a sentence nearest to an event word, which merging compares.

use std::ops::Range;

use super::detect;
use super::words::Token;

/// How many names on each side of an event word merging compares: the names of its own
/// phrase, a bounded number however many the clause holds.
pub(super) const NAMES_EACH_SIDE: usize = 4;

/// The names of a sentence (capitalised words, function words aside), so that those nearest
/// to an event word are found by a binary search.
pub(super) struct Names<'t> {
    tokens: &'t [Token],
    /// Token indices of the names, ascending.
    at: Vec<usize>,
}

impl<'t> Names<'t> {
    pub(super) fn new(tokens: &'t [Token]) -> Self {
        let at = (0..tokens.len())
            .filter(|&i| {
                let t = &tokens[i];
                t.is_word() && t.capitalized && !detect::is_function_word(t)
            })
            .collect();
        Self { tokens, at }
    }

    /// The names of `tokens[clause]` nearest to the event word at `event`, lower case, sorted.
    pub(super) fn near(&self, event: usize, clause: &Range<usize>) -> Vec<&'t str> {
        let at = &self.at;
        let k = at.partition_point(|&i| i < event);
        let from = at[..k]
            .partition_point(|&i| i < clause.start)
            .max(k.saturating_sub(NAMES_EACH_SIDE));
        let to = at
            .partition_point(|&i| i < clause.end)
            .min(k + NAMES_EACH_SIDE);
        let mut names: Vec<&str> = at[from..to.max(from)]
            .iter()
            .map(|&i| self.tokens[i].lower.as_str())
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}
