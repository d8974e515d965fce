//! Dates that a clause of time or a fronted phrase decides: "ruled until 1910, when a general
//! took over" (the "when" clause's verb), "was shot soon after he came home on Friday" (the
//! clause it hangs on), "On 31 March, after a siege, the town fell" (the main clause).

use std::ops::Range;

use super::{MAX_ADJUNCT_WALK, breaks_clause, moment_clause_after};
use crate::events::detect::{EventPos, is_function_word};
use crate::events::words::{
    AUXILIARIES, CLOSE_TIME_WORDS, PERIOD_NOUNS, PREPOSITIONS, STATE_BOUNDS, TIME_CONJUNCTIONS,
    Token,
};

/// "ruled until 1910, when a general took over", "was working abroad in 1968 when the troops
/// came": a date at an edge of a state, in an ongoing deed (an "-ing" form before it in its
/// clause) or in a noun's "of" phrase, followed by "when": the "when" clause tells what
/// happened at the date, and its first event verb (before any boundary, a dozen words at
/// most) is the event the date dates.
pub(super) fn when_clause_verb(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> Option<usize> {
    let when = moment_clause_after(tokens, timex.end)?;
    let bounds = tokens[..timex.start]
        .last()
        .is_some_and(|t| t.is_word() && t.is(STATE_BOUNDS));
    let left = events.partition_point(|&(i, _)| i < timex.start);
    let ongoing = left.checked_sub(1).is_some_and(|k| {
        let (e, pos) = events[k];
        pos == EventPos::Verb
            && tokens[e].lower.ends_with("ing")
            && timex.start - e <= MAX_ADJUNCT_WALK
            && !tokens[e + 1..timex.start].iter().any(breaks_clause)
    });
    // "a return to the rallies of early May, when crowds filled the square": a date in a
    // noun's "of" phrase is the noun's; the "when" clause tells what happened then.
    let of_noun = timex.start >= 2
        && tokens[timex.start - 1].lower == "of"
        && tokens[timex.start - 2].is_word()
        && !is_function_word(&tokens[timex.start - 2])
        // "on May 3 of last year when": the "of" completes a date.
        && !tokens[timex.start - 2].lower.starts_with(|c: char| c.is_ascii_digit())
        && !tokens[timex.start - 2].is(PERIOD_NOUNS);
    if !(bounds || ongoing || of_noun) {
        return None;
    }
    // "when the long siege of the town ended": an event noun may be the verb's subject.
    first_verb_after(tokens, events, when)
}

/// "was shot shortly after he came home on Friday night": an expression in a clause that a
/// word of close time and a conjunction of time open ("soon after", "just before", "hours
/// after"), after a verb of its own, dates the event verb of the clause it hangs on, within a
/// dozen words before the opener and no boundary between: that happening is the news, a
/// few moments or hours from the clause's.
pub(super) fn close_time_main_verb(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> Option<usize> {
    let walk = timex.start.saturating_sub(2 * MAX_ADJUNCT_WALK);
    let open = (walk.max(1)..timex.start)
        .rev()
        .take_while(|&k| !breaks_clause(&tokens[k]))
        .find(|&k| {
            tokens[k - 1].is(CLOSE_TIME_WORDS)
                && (tokens[k].is(PREPOSITIONS) || tokens[k].is(TIME_CONJUNCTIONS))
        })?;
    // The clause's one verb, no auxiliary after it: "moments before the car blew up was
    // named on Monday" dates the verb after the clause.
    let inner = events.partition_point(|&(i, _)| i <= open);
    let mut verbs = events[inner..]
        .iter()
        .take_while(|&&(i, _)| i < timex.start)
        .filter(|&&(_, pos)| pos == EventPos::Verb);
    let own_verb = verbs.next().is_some_and(|&(v, _)| {
        !tokens[v + 1..timex.start]
            .iter()
            .any(|t| t.is_word() && t.is(AUXILIARIES))
    }) && verbs.next().is_none();
    let before = events.partition_point(|&(i, _)| i < open - 1);
    let &(main, pos) = events[..before].last()?;
    let close = pos == EventPos::Verb
        && open - 1 - main <= MAX_ADJUNCT_WALK
        && !tokens[main + 1..open - 1].iter().any(breaks_clause);
    (own_verb && close).then_some(main)
}

/// The first event verb after `tokens[at]`, in its clause: no boundary or clause opener
/// between, a dozen words at most.
fn first_verb_after(tokens: &[Token], events: &[(usize, EventPos)], at: usize) -> Option<usize> {
    let first = events.partition_point(|&(i, _)| i <= at);
    // Bounded: a sentence of many dates and nouns asks this of each date.
    let &(verb, _) = events[first..]
        .iter()
        .take_while(|&&(i, _)| i - at <= MAX_ADJUNCT_WALK)
        .find(|&&(_, pos)| pos == EventPos::Verb)?;
    (!tokens[at + 1..verb].iter().any(breaks_clause)).then_some(verb)
}

/// "On 12 May, after a two-week siege, the port fell": an expression that opens the
/// sentence, a comma after it, then a second fronted phrase between commas (a preposition, "as"
/// too, then a dozen words at most, no boundary or clause opener): the expression dates the
/// main clause's first event verb, not a happening of the phrase.
pub(super) fn past_fronted_adjunct(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> Option<usize> {
    let fronted = tokens[..timex.start]
        .iter()
        .all(|t| t.is_word() && t.is(PREPOSITIONS));
    let opener = tokens.get(timex.end + 1)?;
    if !fronted
        || tokens[timex.end].lower != ","
        || !(opener.is_word() && opener.is(PREPOSITIONS))
        || matches!(opener.lower.as_str(), "to" | "of")
    {
        return None;
    }
    let walk = tokens.len().min(timex.end + 2 + MAX_ADJUNCT_WALK);
    let close = (timex.end + 2..walk).find(|&i| breaks_clause(&tokens[i]))?;
    if tokens[close].lower != "," {
        return None;
    }
    first_verb_after(tokens, events, close)
}
