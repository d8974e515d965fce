//! Dates of things and of figures, which tell no happening: the period published figures
//! measure ("the sales figures for March capped a rise"), a measure's move within a
//! quarter ("Freight volume rose 9% in the quarter") and the making of a thing ("a
//! radio spot made last week").

use std::ops::Range;

use super::super::detect::{is_event_noun, is_function_word};
use super::super::words::{
    CLAUSE_OPENERS, FIGURE_NOUNS, MAKING_PARTICIPLES, MOVEMENT_VERBS, RESULT_WORDS, Token,
};
use crate::timeline::date::{Precision, TimelineDate};

/// "the job figures for January", "the January figures": the expression names the period a
/// noun of figures measures. `at`: the expression's tokens.
pub(super) fn figures_period(tokens: &[Token], at: &Range<usize>) -> bool {
    let Range { start, end } = at.clone();
    let after = tokens.get(end).is_some_and(|t| t.is(FIGURE_NOUNS));
    let before = start >= 2
        && matches!(tokens[start - 1].lower.as_str(), "for" | "of")
        && tokens[start - 2].is(FIGURE_NOUNS);
    after || before
}

/// "Freight volume rose 9% in the quarter", "Total deposits grew to $8.3 billion in
/// the latest quarter": a verb that moves a measure by or to an amount, dated by a quarter.
/// A company's results are the quarter's news: the measure ("The insurer's earnings from its
/// casualty lines fell") may be any word of the clause before the verb, and the caller also
/// checks the words close by.
pub(super) fn moves_in_quarter(tokens: &[Token], event: usize, date: &TimelineDate) -> bool {
    let amount = |t: Option<&Token>| {
        t.is_some_and(|t| t.lower == "$" || t.lower.starts_with(|c: char| c.is_ascii_digit()))
    };
    let next = tokens.get(event + 1);
    let moved = amount(next)
        || (next.is_some_and(|t| matches!(t.lower.as_str(), "to" | "by"))
            && amount(tokens.get(event + 2)));
    let results = tokens[..event]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | ":" | "." | "_"))
        .any(|t| t.is(RESULT_WORDS));
    matches!(date.precision, Precision::Quarter(_))
        && tokens[event].is(MOVEMENT_VERBS)
        && moved
        && !results
}

/// "a radio spot _ made last week", "a bridge built in 1962": a participle of
/// making after a noun that names no happening (a dash or comma between), with no object of
/// its own, describes the thing.
pub(super) fn made_thing(tokens: &[Token], in_timex: &[bool], event: usize) -> bool {
    if !tokens[event].is(MAKING_PARTICIPLES) || event == 0 {
        return false;
    }
    let mut noun = event - 1;
    if !tokens[noun].is_word() && matches!(tokens[noun].lower.as_str(), "_" | "," | "-" | "--") {
        let Some(before) = noun.checked_sub(1) else {
            return false;
        };
        noun = before;
    }
    let thing = &tokens[noun];
    let names_thing = thing.is_word()
        && !thing.capitalized
        && !is_function_word(thing)
        && !thing.is(CLAUSE_OPENERS)
        && !is_event_noun(thing)
        && !in_timex.get(noun).is_some_and(|&d| d);
    let no_object = tokens.get(event + 1).is_none_or(|t| {
        in_timex.get(event + 1).is_some_and(|&d| d)
            || !t.is_word()
            || matches!(t.lower.as_str(), "in" | "on" | "at" | "by" | "for")
    });
    names_thing && no_object
}
