//! "the army, backed by its allies, launched an offensive", "the mill - built by monks -
//! burned down": a past participle that opens an aside between commas or dashes, right after
//! the subject and before the subject's verb, describes the subject. It is no happening of its
//! own, nor is any event word of the aside, unless it holds its own date ("the old duke,
//! defeated at Arno in 1815, was exiled"): a date outside the aside dates the main verb.

use super::super::words::{AUXILIARIES, PREPOSITIONS, Token, TokenKind, VERB_ADVERBS};
use super::EventPos;
use super::{is_function_word, is_past_form};

/// How many tokens an aside may span, and how far back its subject may start.
const ASIDE_REACH: usize = 16;

/// A comma or a dash, which open and close an aside.
pub(in crate::events) fn is_aside_mark(mark: &str) -> bool {
    matches!(mark, "," | "-" | "--" | "–" | "—")
}

/// The kind of aside mark `t` is, a comma or a dash ("-" for every dash).
fn aside_mark(t: &Token) -> Option<&str> {
    let w = t.lower.as_str();
    is_aside_mark(w).then_some(if w == "," { "," } else { "-" })
}

/// Drops from a sentence's `events` (sorted by token) the words of its describing asides.
pub(in crate::events) fn drop_aside_events(
    tokens: &[Token],
    in_timex: &[bool],
    events: &mut Vec<(usize, EventPos)>,
) {
    // An aside's past form is an event verb itself: only the events are looked at.
    let asides: Vec<_> = events
        .iter()
        .filter(|&&(i, pos)| {
            pos == EventPos::Verb && i > 1 && tokens[i - 1].kind == TokenKind::Punct
        })
        .filter_map(|&(i, _)| aside_close(tokens, i - 1, in_timex).map(|close| i - 1..close))
        .collect();
    if asides.is_empty() {
        return;
    }
    // The asides come in text order and never overlap (the first punctuation after an aside's
    // opening mark closes it), so one walk beside the sorted events finds each one's aside.
    let mut next = asides.iter().peekable();
    events.retain(|&(i, _)| {
        while next.next_if(|a| a.end <= i).is_some() {}
        !next.peek().is_some_and(|a| a.contains(&i))
    });
}

/// Where the describing aside that `tokens[open]` opens closes: the mark, a comma or a dash,
/// follows a noun (no verb between the clause's start and the mark) and comes before a past
/// form and a preposition; the same kind of mark closes the aside before a verb form; no date
/// is inside.
fn aside_close(tokens: &[Token], open: usize, in_timex: &[bool]) -> Option<usize> {
    let mark = aside_mark(&tokens[open])?;
    if !is_past_form(&tokens[open + 1]) {
        return None;
    }
    let preposition = tokens
        .get(open + 2)
        .is_some_and(|t| t.is_word() && t.is(PREPOSITIONS));
    let noun = &tokens[open - 1];
    if !preposition || !noun.is_word() || is_function_word(noun) {
        return None;
    }
    // The subject: words back to the clause's start, none of them a verb.
    let subject_verb = tokens[..open]
        .iter()
        .rev()
        .take(ASIDE_REACH)
        .take_while(|t| t.kind != TokenKind::Punct)
        .any(|t| t.is(AUXILIARIES) || is_past_form(t));
    if subject_verb {
        return None;
    }
    let end = tokens.len().min(open + ASIDE_REACH);
    let close = (open + 1..end).find(|&k| tokens[k].kind == TokenKind::Punct)?;
    if aside_mark(&tokens[close]) != Some(mark) || in_timex[open..close].contains(&true) {
        return None;
    }
    // The subject's verb after the aside, adverbs before it.
    tokens[close + 1..]
        .iter()
        .find(|t| !t.is(VERB_ADVERBS))
        .is_some_and(|t| t.is_word() && (t.is(AUXILIARIES) || is_past_form(t)))
        .then_some(close)
}
