//! Expressions inside a noun phrase: one that dates the phrase's event noun ("the 2019 Hanoi
//! talks"), and ones that date a thing or a debt's term, no happening ("Vance's 1987
//! Chevrolet", "notes due May 1, 2010").

use std::ops::Range;

use super::MAX_PREMODIFIER_GAP;
use crate::events::detect::{EventPos, is_event_noun, is_function_word, pos_at};
use crate::events::words::{
    ARTICLES, CLAUSE_OPENERS, DEBT_NOUNS, DETERMINERS, MATURITY_WORDS, OCCASION_PREPOSITIONS,
    ORIGIN_WORDS, PEOPLE_NOUNS, PERIOD_NOUNS, PREPOSITIONS, TOPIC_VERBS, Token, TokenKind,
};

/// "its 6% notes due May 1, 2010", "bonds, maturing in 2004": an expression after a word of
/// [`MATURITY_WORDS`] (and a preposition) right after a debt's noun (or its comma) is when the
/// debt falls due, a term of the debt that dates no happening.
pub(super) fn dates_a_maturity(tokens: &[Token], timex: &Range<usize>) -> bool {
    let mut k = past_preposition(tokens, timex);
    if k == 0 || !tokens[k - 1].is(MATURITY_WORDS) {
        return false;
    }
    k -= 1;
    // The debt's noun before it, past a comma ("debentures, due March 1,").
    if k > 0 && tokens[k - 1].lower == "," {
        k -= 1;
    }
    k > 0 && tokens[k - 1].is(DEBT_NOUNS)
}

/// Where the words before the expression end, past a preposition that opens it ("due in
/// 2004", "starting on Friday"): the word before that index is the one that gives a noun
/// its term.
pub(super) fn past_preposition(tokens: &[Token], timex: &Range<usize>) -> usize {
    let k = timex.start;
    if k > 0 && tokens[k - 1].is_word() && tokens[k - 1].is(PREPOSITIONS) {
        k - 1
    } else {
        k
    }
}

/// "burglaries dating back to 1994", "a feud going back to 1990": an expression after a word of
/// [`ORIGIN_WORDS`] (past "back" and "to" or "from") tells how old the thing before it is, and
/// dates no happening.
pub(super) fn dates_an_origin(tokens: &[Token], timex: &Range<usize>) -> bool {
    let mut k = timex.start;
    if k > 0 && matches!(tokens[k - 1].lower.as_str(), "to" | "from") {
        k -= 1;
    }
    if k > 0 && tokens[k - 1].lower == "back" {
        k -= 1;
    }
    // "going to Rome in 1990": "going" tells an age only with "back".
    let back = k < timex.start && tokens[k].lower == "back";
    // The word describes the noun before it, or its comma ("the feud, dating from 1990,").
    k >= 2
        && tokens[k - 1].is(ORIGIN_WORDS)
        && (back || tokens[k - 1].lower != "going")
        && (tokens[k - 2].is_word() || tokens[k - 2].lower == ",")
}

/// "The mayor referred to May Day in her speech": an expression right after the "to" of a
/// verb of [`TOPIC_VERBS`] (past "back") is what the verb tells of, not when it happened, and
/// dates no happening.
pub(super) fn dates_a_topic(tokens: &[Token], timex: &Range<usize>) -> bool {
    let k = timex.start;
    if k < 2 || tokens[k - 1].lower != "to" {
        return false;
    }
    let verb = if tokens[k - 2].lower == "back" {
        k.checked_sub(3)
    } else {
        Some(k - 2)
    };
    verb.is_some_and(|v| tokens[v].is(TOPIC_VERBS))
}

/// "Vance's 1987 Chevrolet", "the fabled 11th century temple", "third-quarter results": an
/// expression between a determiner (or a possessive) and a noun that names no event, or one
/// hyphenated word before such a noun, dates that thing, not an event of the clause. After a
/// preposition the phrase may date the clause: "in the 1990 season".
pub(super) fn dates_a_thing(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> bool {
    let is_event = |i: usize| pos_at(events, i).is_some();
    if dates_people(tokens, timex, is_event) {
        return true;
    }
    // "The government Saturday strongly condemned": an adverb after it, the expression dates
    // the verb.
    let thing = tokens.get(timex.end).is_some_and(|t| {
        let adverb = t.lower.ends_with("ly");
        t.is_word()
            && !adverb
            && !is_event(timex.end)
            && !is_function_word(t)
            && !t.is(CLAUSE_OPENERS)
            && !t.is(PERIOD_NOUNS)
    });
    // "the February Peace Conference": a name that ends in an event noun names an event.
    let named_event = tokens[timex.end..]
        .iter()
        .take(MAX_PREMODIFIER_GAP)
        .take_while(|t| t.is_word() && t.capitalized)
        .any(is_event_noun);
    if !thing || named_event {
        return false;
    }
    // "release third-quarter results": one hyphenated word of letters is an adjective.
    if let [word] = &tokens[timex.clone()]
        && word.lower.contains('-')
        && word.lower.chars().any(char::is_alphabetic)
    {
        return true;
    }
    // At most two describing words ("fabled") between the determiner and the expression.
    for k in (0..timex.start).rev().take(3) {
        let t = &tokens[k];
        let determiner =
            t.kind == TokenKind::Possessive || (t.is(DETERMINERS) && t.lower != "that");
        if determiner {
            return !k
                .checked_sub(1)
                .is_some_and(|p| tokens[p].is_word() && tokens[p].is(PREPOSITIONS));
        }
        if !t.is_word() || is_event(k) || is_function_word(t) {
            return false;
        }
    }
    false
}

/// "two of the 1998 bombers", "last year's winners": an expression inside a noun phrase (after
/// an article, a determiner or a possessive, or with a possessive of its own) whose head is a
/// noun of [`PEOPLE_NOUNS`], past names and describing words ("the 1998 embassy bombers"),
/// tells when the people did their deed, after a preposition too.
fn dates_people(tokens: &[Token], timex: &Range<usize>, is_event: impl Fn(usize) -> bool) -> bool {
    let owns = tokens
        .get(timex.end)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    let opened = tokens[timex.start].is(ARTICLES)
        || timex.start.checked_sub(1).is_some_and(|p| {
            let t = &tokens[p];
            t.kind == TokenKind::Possessive || (t.is(DETERMINERS) && t.lower != "that")
        });
    if !(owns || opened) {
        return false;
    }
    let from = timex.end + usize::from(owns);
    for (i, t) in tokens
        .iter()
        .enumerate()
        .skip(from)
        .take(MAX_PREMODIFIER_GAP)
    {
        if t.is(PEOPLE_NOUNS) {
            return true;
        }
        if !t.is_word() || is_event(i) || is_function_word(t) {
            return false;
        }
    }
    false
}

/// "the Dec. 21, 1988, bombing": a date with a comma inside, between an article and a word,
/// closes with a comma too; that comma is the date's.
pub(in crate::events) fn comma_closes_date(tokens: &[Token], timex: &Range<usize>) -> bool {
    timex.start > 0
        && tokens[timex.start - 1].is(ARTICLES)
        && tokens[timex.clone()].iter().any(|t| t.lower == ",")
        && tokens.get(timex.end).is_some_and(|t| t.lower == ",")
        && tokens
            .get(timex.end + 1)
            .is_some_and(|t| t.is_word() && !t.capitalized && !is_function_word(t))
}

/// "the 2019 Hanoi talks", "his Aug. 2 power-grab", "last year's election": the expression
/// sits inside a noun phrase whose head is an event noun.
pub(super) fn premodified_noun(
    tokens: &[Token],
    events: &[(usize, EventPos)],
    timex: &Range<usize>,
) -> Option<usize> {
    // "after last week's vote": a possessive date owns its noun after a preposition too,
    // unless the noun is the occasion of the clause's happening ("decided at last year's
    // summit").
    let owns = tokens
        .get(timex.end)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    // "blamed him for the weekend car bombings": an expression that opens with the article
    // of the noun after it is that noun's, as a possessive is.
    let article = tokens[timex.start].is(ARTICLES);
    let before = timex.start.checked_sub(1).map(|i| &tokens[i]);
    if before.is_some_and(|t| {
        t.is_word() && t.is(PREPOSITIONS) && (!(owns || article) || t.is(OCCASION_PREPOSITIONS))
    }) {
        return None;
    }
    let j = timex.end + usize::from(owns || comma_closes_date(tokens, timex));
    for (index, t) in tokens.iter().enumerate().skip(j).take(MAX_PREMODIFIER_GAP) {
        if !t.is_word() {
            return None;
        }
        match pos_at(events, index) {
            Some(EventPos::Noun) => return Some(index),
            Some(_) => return None,
            None => {}
        }
        if t.is(DETERMINERS) || t.is(PREPOSITIONS) {
            return None;
        }
    }
    None
}
