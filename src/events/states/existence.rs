//! A state or a trend told to exist since a time: "since the early 1970s there has been rising
//! traffic between the two ports", "beginning in the 1960s there has been a thaw in
//! ties". The present perfect of `there be` says it still holds: no happening is dated,
//! only where a stretch starts. Counts ("there have been three raids since May") are series
//! (see `since_series`).

use std::ops::Range;

use super::super::detect::word_before_adverbs;
use super::super::words::{AUXILIARIES, COPULAS, ONSET_WORDS, Token};
use super::Happenings;

/// How many words may stand between "been" and the event word: "been a significant warming".
const EXISTENT_REACH: usize = 4;

impl Happenings<'_> {
    /// The expression starts a stretch ("since 1990", "beginning in 2001") and the event word
    /// is what `there has been` or `there have been` says exists, or the word of onset itself
    /// when such a clause follows the expression ("Beginning in 2001, there has been ...").
    pub(super) fn exists_since(&self, at: &Range<usize>, event: usize) -> bool {
        let tokens = self.tokens;
        let first = at.start;
        let word = |i: usize| tokens.get(i).map_or("", |t: &Token| t.lower.as_str());
        let onset = first > 1 && word(first - 1) == "in" && tokens[first - 2].is(ONSET_WORDS);
        if onset && event + 2 == first {
            let there = at.end + usize::from(word(at.end) == ",");
            return word(there) == "there"
                && matches!(word(there + 1), "has" | "have")
                && word(there + 2) == "been";
        }
        (onset || (first > 0 && word(first - 1) == "since")) && existent(tokens, event)
    }
}

/// `tokens[event]` is in the phrase after "there has been" or "there have been" (a few words
/// of its phrase between).
fn existent(tokens: &[Token], event: usize) -> bool {
    let Some(been) = (0..event)
        .rev()
        .take(EXISTENT_REACH + 1)
        .take_while(|&j| tokens[j].is_word())
        .find(|&j| tokens[j].lower == "been")
    else {
        return false;
    };
    let perfect = word_before_adverbs(tokens, been)
        .filter(|&h| matches!(tokens[h].lower.as_str(), "has" | "have"))
        .and_then(|h| word_before_adverbs(tokens, h));
    perfect.is_some_and(|j| tokens[j].lower == "there")
        && !tokens[been + 1..event]
            .iter()
            .any(|t| t.is(COPULAS) || t.is(AUXILIARIES))
}
