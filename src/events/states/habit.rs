//! Habits: what a subject does again and again ("has often claimed", "usually meets in May",
//! "used to visit", "have predicted his fall so many times") tells no happening of one day.

use super::super::words::{AUXILIARIES, COPULAS, HABIT_ADVERBS, HABIT_COUNTS, Token, VERB_ADVERBS};
use super::verbs::denies;

/// How many words (auxiliaries and adverbs) before a verb its adverb of habit may stand: "has
/// not always been".
const ADVERB_REACH: usize = 4;

/// How many words after a verb its count of times may stand: "have predicted his fall so many
/// times".
const COUNT_REACH: usize = 8;

/// `tokens[event]` is told as a habit: an adverb of habit among its auxiliaries and adverbs
/// ("has often claimed", "would usually meet"), or it follows "used to" ("used to visit"),
/// or it is that "used" ("used to visit"): not after a form of `be` ("was used to carry arms"
/// tells a use).
pub(in crate::events) fn habitual(tokens: &[Token], event: usize) -> bool {
    let adverb = tokens[..event]
        .iter()
        .rev()
        .take(ADVERB_REACH)
        .take_while(|t| {
            t.is_word()
                && (t.is(AUXILIARIES) || t.is(VERB_ADVERBS) || t.is(HABIT_ADVERBS) || denies(t))
        })
        .any(|t| t.is(HABIT_ADVERBS));
    adverb || used_to(tokens, event)
}

/// "used to visit": `tokens[event]` is "used" before `to` and a word, or the word after
/// "used to"; a form of `be` or `get` before "used" makes it a use or a custom ("was used to
/// carry arms", "got used to the cold").
fn used_to(tokens: &[Token], event: usize) -> bool {
    let used = if tokens[event].lower == "used" {
        event
    } else {
        match event.checked_sub(2) {
            Some(u) if tokens[u + 1].lower == "to" => u,
            _ => return false,
        }
    };
    let custom = used.checked_sub(1).is_some_and(|b| {
        let b = &tokens[b];
        b.is(COPULAS) || b.lower.starts_with("get") || b.lower.starts_with("got")
    });
    tokens[used].lower == "used"
        && !custom
        && tokens.get(used + 1).is_some_and(|t| t.lower == "to")
        && tokens
            .get(used + 2)
            .is_some_and(|t| t.is_word() && !t.capitalized)
}

/// "have predicted his fall so many times", "has tried to oust him on several occasions": an
/// indefinite count of times in the words after `tokens[event]` (no mark between) tells a
/// habit. A dated clause may count the times of its day ("was hit several times on Monday"),
/// so only a clause with no date of its own asks.
pub(in crate::events) fn repeated(tokens: &[Token], event: usize) -> bool {
    let words = &tokens[event + 1..tokens.len().min(event + 1 + COUNT_REACH)];
    words
        .windows(2)
        .take_while(|w| w[0].is_word())
        .any(|w| w[0].is(HABIT_COUNTS) && matches!(w[1].lower.as_str(), "times" | "occasions"))
}
