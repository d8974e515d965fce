//! Dates that describe a noun of the sentence, not its verb: the figure a comparison is made
//! with ("300 against a figure of 900 in 2011"), the level a change starts from ("From a
//! strength of about 4,000 in 2010 the militia grew to 90,000"), the period compared
//! ("narrowed from a year earlier"), a level ("under the 2009 level") and an apposition set
//! off by dashes or brackets ("the two armies - a single force in 1939 - attacked the city").
//! Each is told with the happening's own date, or is no happening: none is an event of the
//! sentence's verb.

use std::ops::Range;

use super::super::detect::is_past_form;
use super::super::words::{
    APPROXIMATORS, ARTICLES, CLAUSE_OPENERS, COMPARISON_OPENERS, COMPARISON_WORDS, FIGURE_WORDS,
    LEVEL_NOUNS, RECORD_WORDS, Token,
};

/// How many tokens before an expression the word that opens its side of a comparison may
/// stand: "as opposed to a high of nearly 1,400 in".
const COMPARED_REACH: usize = 16;

/// How many words of approximation may stand before an amount: "to more than about 100".
const APPROXIMATED_REACH: usize = 4;

/// How many words before "since" a word of record may stand: "the first large ground raid by
/// the navy since".
const RECORD_REACH: usize = 8;

/// How many tokens an aside set off by dashes or brackets may have before its expression.
const ASIDE_REACH: usize = 8;

/// An amount: a number, "$", "%", "million".
fn figure(t: &Token) -> bool {
    t.has_digit() || matches!(t.lower.as_str(), "$" | "%") || t.is(FIGURE_WORDS)
}

/// A token of a noun phrase of figures ("a total of 2,000 for", "a high of nearly 1,400
/// in"): no verb, no clause opener, no sentence mark, no other date.
fn in_figure_phrase(t: &Token, dated: bool) -> bool {
    let word = t.is_word() && !is_past_form(t) && !t.is(CLAUSE_OPENERS) && t.lower != "to";
    !dated && (word || matches!(t.lower.as_str(), "$" | "%" | ","))
}

/// The noun phrase of figures that ends right before the expression at tokens `at` and starts
/// after a word `opens` takes: the opener's index, when the phrase holds an amount or is
/// empty ("compared with 1988") or an article.
fn figure_phrase_after(
    tokens: &[Token],
    in_timex: &[bool],
    at: &Range<usize>,
    opens: impl Fn(usize) -> bool,
) -> Option<usize> {
    let dated = |i: usize| in_timex.get(i).is_some_and(|&d| d);
    // "compared with a prior-year loss": an article alone before the expression, which
    // then premodifies the noun compared.
    let premodifies = |i: usize| tokens[i + 1..at.start].iter().all(|t| t.is(ARTICLES));
    let mut counted = false;
    for i in (at.start.saturating_sub(COMPARED_REACH)..at.start).rev() {
        if opens(i) {
            return (counted || premodifies(i)).then_some(i);
        }
        // "compared to", "as opposed to": the opener's own preposition.
        let joined = matches!(tokens[i].lower.as_str(), "to" | "with") && i > 0 && opens(i - 1);
        if joined {
            return (counted || premodifies(i)).then_some(i - 1);
        }
        if !in_figure_phrase(&tokens[i], dated(i)) {
            return None;
        }
        counted |= figure(&tokens[i]);
    }
    None
}

/// "300 against a figure of 900 in 2011", "compared to a total of 2,000 for the previous
/// year", "as opposed to a high of 1,400 in summer 2011": the expression dates the figure a
/// comparison measures against. A bare "against" compares only after an amount ("fought
/// against 5,000 rebels in June" tells a happening).
pub(in super::super) fn compared_with(
    tokens: &[Token],
    in_timex: &[bool],
    at: &Range<usize>,
) -> bool {
    let opens = |i: usize| {
        let t = &tokens[i];
        let after_amount = i > 0 && figure(&tokens[i - 1]);
        t.is(COMPARISON_OPENERS) && (t.lower != "against" || after_amount)
    };
    figure_phrase_after(tokens, in_timex, at, opens).is_some()
}

/// "From a strength of about 4,000 at the start of 2010 the militia grew to about 90,000": the
/// expression dates the amount a change starts from, in a phrase after "from", when the
/// sentence names the amount it goes to (`goes_to`, see [`to_amount`]).
pub(in super::super) fn from_amount(
    tokens: &[Token],
    in_timex: &[bool],
    at: &Range<usize>,
    goes_to: bool,
) -> bool {
    let opens = |i: usize| tokens[i].lower == "from";
    goes_to
        && figure_phrase_after(tokens, in_timex, at, opens).is_some_and(|from| from + 1 < at.start)
}

/// "grew to about 90,000": `tokens[i]` is "to" before an amount (words of approximation
/// between).
pub(in super::super) fn to_amount(tokens: &[Token], i: usize) -> bool {
    tokens[i].lower == "to"
        && tokens[i + 1..]
            .iter()
            .take(APPROXIMATED_REACH)
            .find(|t| !t.is(APPROXIMATORS))
            .is_some_and(figure)
}

/// "narrowed from a year earlier", "up from the year before": after "from", an
/// expression that names a period by its distance from another one is the period compared.
/// `last`: the expression's last word.
pub(in super::super) fn from_period(tokens: &[Token], at: &Range<usize>, last: &Token) -> bool {
    at.start > 0 && tokens[at.start - 1].lower == "from" && last.is(COMPARISON_WORDS)
}

/// "under the 2009 level", "a low for the year of $17": an expression right before a noun of
/// level, or right after one and "for" or "of", names the level, no happening.
pub(in super::super) fn names_level(tokens: &[Token], at: &Range<usize>) -> bool {
    let before = at.start >= 2
        && matches!(tokens[at.start - 1].lower.as_str(), "for" | "of")
        && tokens[at.start - 2].is(LEVEL_NOUNS);
    before || tokens.get(at.end).is_some_and(|t| t.is(LEVEL_NOUNS))
}

/// "its lowest level since May 1962", "the first such raid since 1996": an expression after
/// "since" and a word of record a few words before it (a phrase with no mark between) names
/// when the record last stood, no happening. A "when" clause after it ("the first launch
/// since May, when a fire closed the site") tells the happening of that time.
pub(in super::super) fn record_since(tokens: &[Token], at: &Range<usize>) -> bool {
    let when_after = tokens[at.end..]
        .iter()
        .take(2)
        .find(|t| t.lower != ",")
        .is_some_and(|t| t.lower == "when");
    at.start > 0
        && !when_after
        && tokens[at.start - 1].lower == "since"
        && tokens[..at.start - 1]
            .iter()
            .rev()
            .take(RECORD_REACH)
            .take_while(|t| t.is_word() || t.has_digit())
            .any(|t| t.is(RECORD_WORDS))
}

/// "the two armies - a single force in 1939 - attacked the city", "(the capital since
/// 1949)": an aside that opens with an article, between dashes or brackets, describes the
/// noun before it; its expression dates no event word outside it.
pub(in super::super) fn in_aside(tokens: &[Token], at: &Range<usize>, event: usize) -> bool {
    let pairs = [("-", "-"), ("(", ")")];
    pairs.iter().any(|&(open, close)| {
        let opened = (at.start.saturating_sub(ASIDE_REACH)..at.start)
            .rev()
            .take_while(|&i| tokens[i].is_word() || tokens[i].has_digit())
            .last()
            .filter(|&i| i > 0 && tokens[i - 1].lower == open && tokens[i].is(ARTICLES));
        let Some(first) = opened else {
            return false;
        };
        let closed = tokens[at.end..]
            .iter()
            .take(ASIDE_REACH)
            .take_while(|t| t.is_word() || t.lower == close)
            .position(|t| t.lower == close)
            .map(|k| at.end + k);
        closed.is_some_and(|end| event < first - 1 || event > end)
    })
}
