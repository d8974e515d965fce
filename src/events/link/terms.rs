//! An expression after a noun and a word that gives the noun a time of its own ("the talks
//! scheduled for May", "a film coming in July"): the date is the noun's, not the
//! clause's.

use std::ops::Range;

use super::nouns::past_preposition;
use crate::events::detect::{EventPos, is_function_word, pos_at};
use crate::events::words::{CLAUSE_OPENERS, NOUN_TERMS, PERIOD_NOUNS, PRONOUNS, Token, TokenKind};

/// How far back from the word before the term a happening noun is looked for ("the final
/// match against the home side starting on Friday").
const MAX_HEAD_WALK: usize = 8;

/// What a date that tells a noun's own time dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::events) enum NounTime {
    /// The noun phrase's happening noun (an index into the tokens).
    Happening(usize),
    /// A thing's term ("a film coming in July"): no happening of the clause.
    Thing,
}

/// The noun the expression at `timex` gives a time of its own, past a word of [`NOUN_TERMS`]
/// and a preposition: "the match starting on Friday", "a film coming in July". None when the
/// word is not after a noun ("is scheduled for May", "will strike, starting Friday"), after a
/// period ("the quarter beginning May 1" is the clause's span), or in a phrase after "with"
/// ("with the second starting May 2" has the term as its verb).
pub(in crate::events) fn noun_time(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> Option<NounTime> {
    let k = past_preposition(tokens, timex);
    let term = tokens[..k]
        .last()
        .filter(|t| t.is_word() && t.is(NOUN_TERMS))?;
    let mut noun = k.checked_sub(2)?;
    // A participle after a comma may tell of the clause; an adjective tells of the noun.
    if tokens[noun].lower == "," && !term.lower.ends_with("ing") && !term.lower.ends_with("ed") {
        noun = noun.checked_sub(1)?;
    }
    let event = |i: usize| pos_at(events, i);
    // "Sales rose starting in May": after a verb the term tells of the clause.
    let t = &tokens[noun];
    if !t.is_word()
        || is_function_word(t)
        || t.is(PERIOD_NOUNS)
        || t.is(PRONOUNS)
        || event(noun) == Some(EventPos::Verb)
    {
        return None;
    }
    for i in (0..=noun).rev().take(MAX_HEAD_WALK) {
        let t = &tokens[i];
        match event(i) {
            Some(EventPos::Noun) => return Some(NounTime::Happening(i)),
            // "told the crews to halt work starting Monday": a bare object right after its
            // verb; the term tells when the verb's deed starts.
            Some(_) if i + 1 == noun => return None,
            Some(_) => break,
            None => {}
        }
        if t.lower == "with" {
            return None;
        }
        if t.kind == TokenKind::Punct || t.is(CLAUSE_OPENERS) {
            break;
        }
    }
    Some(NounTime::Thing)
}
