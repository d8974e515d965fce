//! Where the clauses of a sentence open and close, as the linker reads them: clause openers,
//! adjuncts and asides, reporting tags, and the boundaries an expression rarely dates across.

use std::ops::Range;

use super::super::chunk::Lex;
use super::super::detect::{EventPos, is_event_noun, is_past_form};
use super::super::lookup::Form;
use super::super::words::{
    AUXILIARIES, CLAUSE_OPENERS, DEGREE_AFTER_AS, DETERMINERS, MOMENT_CONJUNCTIONS, PREPOSITIONS,
    PRONOUNS, RELATIVE_PRONOUNS, SAYING_VERBS, Token, TokenKind, VERB_ADVERBS,
};
use super::{FRONTED_SUBJECT, MAX_ADJUNCT_GAP, MAX_ADJUNCT_WALK};

/// "will sell 2 million shares; last Friday, the firm held", "sent agents but there was no
/// word on Tuesday": a semicolon or "but" before a clause with a finite verb of its own (an
/// auxiliary or a past form, a dozen words at most, before the next semicolon or clause
/// opener). A date after it tells of that clause, never of an event before the split. "occurred
/// far apart but only minutes apart on Friday" has no verb after "but": the date is the verb's.
pub(super) fn opens_own_clause(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // Asked of every token: each kind is compared only with what it may be.
    let opens = match t.kind {
        TokenKind::Word => t.lower == "but",
        TokenKind::Punct => t.lower == ";",
        TokenKind::Possessive => false,
    };
    if !opens {
        return false;
    }
    tokens[i + 1..]
        .iter()
        .take(MAX_ADJUNCT_WALK)
        .take_while(|t| t.lower != ";" && !t.is(CLAUSE_OPENERS))
        .any(|t| t.is_word() && (t.is(AUXILIARIES) || is_past_form(t)))
}

/// `tokens[event]` is an "-ing" form after a word of time ("after losing", "while serving")
/// whose clause runs on to the expression at `timex`: no boundary or clause opener between.
pub(super) fn in_participle_clause(tokens: &[Token], event: usize, timex: &Range<usize>) -> bool {
    event > 0
        && tokens[event].lower.ends_with("ing")
        && tokens[event - 1].is_lex(Lex::ParticipleOpeners)
        && !tokens[event + 1..timex.start].iter().any(breaks_clause)
}

/// `tokens[between]` holds a relative pronoun and right after it (adverbs aside) a past form:
/// "the issues that hurt", "a man who fled". After an event noun the clause tells of that
/// happening ("a surge in gains that began last fall"), which the link before may stand for.
pub(super) fn relative_between(tokens: &[Token], between: Range<usize>) -> bool {
    let end = between.end;
    between.into_iter().any(|i| {
        tokens[i].is(RELATIVE_PRONOUNS)
            && !i
                .checked_sub(1)
                .is_some_and(|p| tokens[p].is_word() && is_event_noun(&tokens[p]))
            && tokens[i + 1..end]
                .iter()
                .find(|t| !t.is(VERB_ADVERBS))
                .is_some_and(is_past_form)
    })
}

/// `event` is a verb form (not after an auxiliary) inside a prepositional phrase that opens
/// right at `start`: "for failing", "with the tie levelled", "after giving".
pub(super) fn in_adjunct(tokens: &[Token], start: usize, (event, pos): (usize, EventPos)) -> bool {
    if pos != EventPos::Verb || event <= start || event - start > MAX_ADJUNCT_GAP + 1 {
        return false;
    }
    let opener = &tokens[start];
    if !(opener.is_word() && opener.is(PREPOSITIONS)) || opener.lower == "to" {
        return false;
    }
    let word = tokens[event].lower.as_str();
    let non_finite = word.ends_with("ing") || is_past_form(&tokens[event]);
    non_finite
        && tokens[start + 1..event]
            .iter()
            .all(|t| t.is_word() && !t.is(AUXILIARIES) && !t.is(CLAUSE_OPENERS))
}

/// The comma that opens a "when" aside closed by the comma right before `start` (past its
/// prepositions): "from 1975, when the school opened, until 1990". A dozen words at most.
pub(super) fn when_aside_start(tokens: &[Token], start: usize) -> Option<usize> {
    let mut i = start;
    while i > 0 && tokens[i - 1].is_word() && tokens[i - 1].is(PREPOSITIONS) {
        i -= 1;
    }
    let close = i.checked_sub(1).filter(|&c| tokens[c].lower == ",")?;
    let open = (close.saturating_sub(MAX_ADJUNCT_WALK)..close)
        .rev()
        .find(|&k| tokens[k].kind == TokenKind::Punct && is_boundary(&tokens[k].lower))?;
    (tokens[open].lower == "," && moment_clause_after(tokens, open).is_some()).then_some(open)
}

/// The conjunction of [`MOMENT_CONJUNCTIONS`] at `tokens[end]`, or right after a comma there:
/// the clause it opens tells what happened at the date that ends before `end` ("until 1910,
/// when a general took over").
pub(in crate::events) fn moment_clause_after(tokens: &[Token], end: usize) -> Option<usize> {
    let at = end + usize::from(tokens.get(end)?.lower == ",");
    tokens.get(at)?.is(MOMENT_CONJUNCTIONS).then_some(at)
}

/// "conceded as much", "rose as expected": `tokens[k]` is an "as" of degree or manner,
/// which opens no clause.
pub(super) fn as_of_degree(tokens: &[Token], k: usize) -> bool {
    tokens[k].lower == "as" && tokens.get(k + 1).is_some_and(|t| t.is(DEGREE_AFTER_AS))
}

/// How far a reporting clause's verb may stand from the comma before it: "officials told",
/// "the company's chief executive said".
const TAG_REACH: usize = 6;

/// `tokens[after]` is a comma, and `tokens[verb]` a verb of saying a few words after it with
/// no other mark between: a reporting clause ("..., officials told analysts").
pub(super) fn reporting_tag_after(tokens: &[Token], after: usize, verb: usize) -> bool {
    tokens.get(after).is_some_and(|t| t.lower == ",")
        && verb > after + 1
        && verb - after <= TAG_REACH
        && tokens[verb].is(SAYING_VERBS)
        && tokens[after + 1..verb].iter().all(Token::is_word)
}

/// The clause that ends at `tokens[end]` has a verb before it, within the sentence: an
/// auxiliary, a past form or a listed verb with a tense.
pub(super) fn clause_has_verb_before(tokens: &[Token], end: usize) -> bool {
    tokens[end.saturating_sub(MAX_ADJUNCT_WALK * 2)..end]
        .iter()
        .rev()
        .take_while(|t| !(t.kind == TokenKind::Punct && is_boundary(&t.lower)))
        .any(|t| {
            t.is_word()
                && (t.is(AUXILIARIES)
                    || is_past_form(t)
                    || t.has(Form::ForecastVerb)
                    || t.has(Form::PresentVerb))
        })
}

// Asked of every token of a dated sentence: a call each cost more than the test.
#[inline]
pub(super) fn breaks_clause(t: &Token) -> bool {
    t.is(CLAUSE_OPENERS) || (t.kind == TokenKind::Punct && is_boundary(&t.lower))
}

/// The expression at `timex` (after its prepositions) opens a clause joined to the one before
/// by ", and" or ", but" (or "; and"), or after a semicolon: "..., and on June 3, 1938, the leader
/// called off" dates what follows, as at the start of a sentence. So does "and" or "but" before
/// a preposition when a comma closes the expression: "resolved to win and in May 1996, led".
pub(super) fn opens_clause(tokens: &[Token], timex: &Range<usize>) -> bool {
    let mut i = timex.start;
    while i > 0 && tokens[i - 1].is_word() && tokens[i - 1].is(PREPOSITIONS) {
        i -= 1;
    }
    let lower = |k: usize| tokens[k].lower.as_str();
    let fronted = i < timex.start && tokens.get(timex.end).is_some_and(|t| t.lower == ",");
    match i.checked_sub(1) {
        Some(k) if lower(k) == ";" => true,
        Some(k) if matches!(lower(k), "and" | "but") => {
            fronted
                || (k > 0 && matches!(lower(k - 1), "," | ";"))
                || (i < timex.start && subject_and_verb(tokens, timex.end, 4))
        }
        _ => false,
    }
}

/// The expression at `timex`, with at most two prepositions before it, follows a comma and
/// opens its clause: a subject and a verb with a tense follow it.
pub(super) fn fronts_clause(tokens: &[Token], timex: &Range<usize>) -> bool {
    let mut i = timex.start;
    while i > 0 && timex.start - i < 2 && tokens[i - 1].is_word() && tokens[i - 1].is(PREPOSITIONS)
    {
        i -= 1;
    }
    i > 0 && tokens[i - 1].lower == "," && subject_and_verb(tokens, timex.end, FRONTED_SUBJECT)
}

/// "and by May 1962 they had retaken the town": a subject (a pronoun, or a phrase a
/// determiner or a name opens) at `tokens[at]`, then a verb with a tense within a few words,
/// no boundary between: the expression before it opens the conjunct clause.
pub(super) fn subject_and_verb(tokens: &[Token], at: usize, reach: usize) -> bool {
    let Some(first) = tokens.get(at).filter(|t| t.is_word()) else {
        return false;
    };
    if !(first.is(PRONOUNS) || first.is(DETERMINERS) || first.capitalized) {
        return false;
    }
    tokens[at + 1..]
        .iter()
        .take(reach)
        .take_while(|t| !breaks_clause(t))
        .any(|t| t.is_word() && (t.is(AUXILIARIES) || is_past_form(t)))
}

/// The expression at `timex` ends a prepositional phrase that opens the sentence and a comma
/// follows it: "During the morning session yesterday, ...". The phrase holds words only (a
/// dozen at most), none of them an auxiliary or a clause opener: an "-ing" form in it names
/// an activity ("In heavy trading Monday,"), as a noun does.
pub(super) fn ends_opening_phrase(tokens: &[Token], timex: &Range<usize>) -> bool {
    let before = &tokens[..timex.start];
    before.len() <= MAX_ADJUNCT_WALK
        && before
            .first()
            .is_some_and(|t| t.is(PREPOSITIONS) && t.lower != "to")
        && before
            .iter()
            .all(|t| t.is_word() && !t.is(AUXILIARIES) && !t.is(CLAUSE_OPENERS))
        && tokens.get(timex.end).is_some_and(|t| t.lower == ",")
}

/// The "-ing" form at `tokens[event]` opens a phrase between commas right after the words
/// from `start` (the subject, no event verb among them): where the phrase ends, after its
/// closing comma.
pub(super) fn described_subject_end(tokens: &[Token], start: usize, event: usize) -> Option<usize> {
    if event < start + 2
        || !tokens[event].lower.ends_with("ing")
        || tokens[event - 1].lower != ","
        || !tokens[event - 2].is_word()
        || tokens[start..event - 1]
            .iter()
            .any(|t| t.is(AUXILIARIES) || t.is(CLAUSE_OPENERS) || is_past_form(t))
    {
        return None;
    }
    let close = (event + 1..tokens.len().min(event + MAX_ADJUNCT_WALK)).find(|&i| {
        let t = &tokens[i];
        t.kind == TokenKind::Punct && is_boundary(&t.lower)
    })?;
    (tokens[close].lower == ",").then_some(close + 1)
}

/// Where the adjunct opening at `start` ends: at the next boundary or clause opener, or
/// (the walk is bounded) after a dozen words.
pub(super) fn adjunct_end(tokens: &[Token], start: usize) -> usize {
    let end = tokens.len().min(start + MAX_ADJUNCT_WALK);
    (start..end)
        .find(|&i| {
            let t = &tokens[i];
            (t.kind == TokenKind::Punct && is_boundary(&t.lower))
                || t.is(CLAUSE_OPENERS)
                || t.lower == "and"
        })
        .unwrap_or(end)
}

pub(super) fn is_boundary(punct: &str) -> bool {
    matches!(
        punct,
        "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "–" | "-"
    )
}
