//! Dates inside a relative clause set off by commas: "Acme, whose shares first traded in
//! May, closed at $12 yesterday" dates the trading, never the closing after the clause.

use std::ops::Range;

use super::{MAX_ADJUNCT_WALK, breaks_clause};
use crate::events::detect::{EventPos, is_aside_mark};
use crate::events::words::{RELATIVE_PRONOUNS, Token};

/// The expression at `timex` ends, right before a comma, a relative clause that "which",
/// "who", "whom" or "whose" opens after a comma, and the event at `tokens[left]` is inside
/// that clause: the clause closes at that comma, so the date is its own. A dozen words back
/// at most; "that" opens no clause set off by commas.
pub(super) fn closes_relative_aside(tokens: &[Token], left: usize, timex: &Range<usize>) -> bool {
    if tokens.get(timex.end).is_none_or(|t| t.lower != ",") || left >= timex.start {
        return false;
    }
    relative_after_comma(tokens, timex.start).is_some_and(|open| open < left)
}

/// The relative pronoun ("which", "who", "whom", "whose"; not "that") right after a comma
/// that opens the clause `tokens[start]` is in, a dozen words back at most.
fn relative_after_comma(tokens: &[Token], start: usize) -> Option<usize> {
    let from = start.saturating_sub(MAX_ADJUNCT_WALK);
    let open = (from..start).rev().find(|&k| breaks_clause(&tokens[k]))?;
    let pronoun = &tokens[open];
    (open > 0
        && tokens[open - 1].lower == ","
        && pronoun.is_word()
        && pronoun.is(RELATIVE_PRONOUNS)
        && pronoun.lower != "that")
        .then_some(open)
}

/// The expression at `timex` is inside a relative clause that a comma and "which", "who",
/// "whom" or "whose" open, and the clause, up to its next boundary, holds no event: "the crew,
/// who had lived aboard since March, flew home" tells a state of the crew, which
/// dates neither the verb before the clause nor the one after it.
pub(super) fn in_stative_relative(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> bool {
    let Some(open) = relative_after_comma(tokens, timex.start) else {
        return false;
    };
    let close = (timex.end..tokens.len().min(timex.end + MAX_ADJUNCT_WALK))
        .find(|&k| breaks_clause(&tokens[k]))
        .unwrap_or(tokens.len().min(timex.end + MAX_ADJUNCT_WALK));
    let first = events.partition_point(|&(i, _)| i <= open);
    events.get(first).is_none_or(|&(i, _)| i >= close)
}

/// The event at `tokens[event]`, after the expression that ends at `start`, is in a relative
/// clause that a comma or a dash and "which", "who", "whom" or "whose" open and the same mark
/// closes: where the clause ends, after that mark. "In May 1960, Colonel Reyes - whose unit
/// fought at the pass - told reporters": the date is the telling's.
pub(super) fn relative_aside_end(tokens: &[Token], start: usize, event: usize) -> Option<usize> {
    let open = (start.max(event.saturating_sub(MAX_ADJUNCT_WALK))..event)
        .rev()
        .find(|&k| breaks_clause(&tokens[k]))?;
    let pronoun = &tokens[open];
    let mark = open.checked_sub(1).filter(|&m| m >= start)?;
    let opens = pronoun.is_word()
        && pronoun.is(RELATIVE_PRONOUNS)
        && pronoun.lower != "that"
        && is_aside_mark(&tokens[mark].lower);
    if !opens {
        return None;
    }
    let close = (event + 1..tokens.len().min(event + MAX_ADJUNCT_WALK))
        .find(|&k| breaks_clause(&tokens[k]))?;
    (tokens[close].lower == tokens[mark].lower).then_some(close + 1)
}
