//! What the clause around a dated word says of it, read from a few words before it: a modal
//! of possibility hedges it ("may have prevented", "could have used some protection"), a verb
//! of terms lays it down ("requires the company to begin"), a verb of measure holds it in what
//! it measures ("made up a third of the cars Volvo sold"), a saying may tell only a state
//! ("said last month that four men were under arrest"), and a sentence may introduce the text
//! after its colon ("Following are statements made Friday by ...:").

use super::super::detect::{is_event_noun, is_function_word, is_past_form, word_before_adverbs};
use super::super::words::{
    AUXILIARIES, COPULAS, DETERMINERS, HEDGED_MODALS, INTRODUCING_WORDS, MEASURE_VERBS, NEGATIONS,
    OBLIGATION_VERBS, PREPOSITIONS, PRONOUNS, RELATIVE_PRONOUNS, SAYING_VERBS, Token, TokenKind,
    VERB_ADVERBS,
};

/// How many words before an event noun the modal of the verb whose object it is may stand:
/// "might have needed some extra guards".
const OBJECT_REACH: usize = 6;

/// How many words may stand between a verb of terms and the `to` of what it lays down: "requires
/// the parent company to".
const TERMS_REACH: usize = 4;

/// How many words may stand between a saying verb and the colon of the text it introduces
/// ("wrote in a column on Sunday, May 17:"), dates aside.
const INTRODUCTION_WORDS: usize = 4;

/// How many tokens before a dated verb the verb of measure whose object holds it may stand:
/// "made up almost a third of the 41,000 cars Volvo sold".
const MEASURED_REACH: usize = 12;

/// How many words of a verb chain may stand before a verb ("is going to start getting").
const CHAIN_WORDS: usize = 5;

/// How many words the subject of what a saying tells may have: "that four men".
const SAID_SUBJECT_WORDS: usize = 5;

/// A modal of possibility before a verb.
pub(super) enum Hedge {
    /// "could come", "may be": possible.
    Possible,
    /// "wouldn't be", "could not": not to happen.
    Negated,
}

/// "could be located", "should increase", "wouldn't have been": a modal of possibility
/// before the verb, with only adverbs and other auxiliaries between ("May" is a month).
pub(super) fn hedge(tokens: &[Token], event: usize) -> Option<Hedge> {
    let mut i = event;
    while let Some(j) = word_before_adverbs(tokens, i) {
        if tokens[j].is(HEDGED_MODALS) && !tokens[j].capitalized {
            return Some(modal_hedge(tokens, j));
        }
        if !tokens[j].is(AUXILIARIES) {
            return None;
        }
        i = j;
    }
    None
}

/// How the modal of possibility `tokens[j]` hedges: "cannot", "couldn't", "could not" deny.
fn modal_hedge(tokens: &[Token], j: usize) -> Hedge {
    let t = &tokens[j];
    let negated = t.lower.ends_with("n't")
        || t.is(NEGATIONS)
        || tokens.get(j + 1).is_some_and(|n| n.lower == "not");
    if negated {
        Hedge::Negated
    } else {
        Hedge::Possible
    }
}

/// "might have needed some extra guards in 1983", "could not confirm the raid": an
/// event noun in the object of a verb after a modal of possibility, only words of its
/// phrase and the verb's between, is hedged as the verb is.
pub(super) fn hedged_object(tokens: &[Token], event: usize) -> Option<Hedge> {
    if !is_event_noun(&tokens[event]) {
        return None;
    }
    let phrase = |t: &Token| {
        t.is_word()
            && (t.is(DETERMINERS)
                || t.is(AUXILIARIES)
                || t.is(VERB_ADVERBS)
                || t.is(HEDGED_MODALS)
                || !is_function_word(t))
    };
    (0..event)
        .rev()
        .take(OBJECT_REACH)
        .take_while(|&j| phrase(&tokens[j]))
        .find(|&j| tokens[j].is(HEDGED_MODALS) && !tokens[j].capitalized)
        .map(|j| modal_hedge(tokens, j))
}

/// "may have prevented", "could not come": a modal of possibility before the verb.
pub(in super::super) fn hedged(tokens: &[Token], event: usize) -> bool {
    hedge(tokens, event).is_some()
}

/// "requires the buyer to open a tender", "allows members to vote": a verb after
/// `to` and a few words of object after a present verb of terms is a term, no happening.
pub(super) fn in_terms(tokens: &[Token], event: usize) -> bool {
    let Some(to) = word_before_adverbs(tokens, event).filter(|&j| tokens[j].lower == "to") else {
        return false;
    };
    tokens[..to]
        .iter()
        .rev()
        .take(TERMS_REACH + 1)
        .take_while(|t| t.is_word() || t.kind == TokenKind::Possessive)
        .any(|t| t.is(OBLIGATION_VERBS))
}

/// "made up almost a third of the 41,000 cars Volvo sold in the quarter": a verb in
/// the object of a verb of measure, no clause between, tells of the thing measured.
pub(super) fn measured(tokens: &[Token], event: usize) -> bool {
    // A mark inside a word or a figure ("41,000", "U.S.") joins; a function word other than a
    // preposition or a determiner ("and", "when", "that") opens another clause.
    let stops = |j: usize| {
        let t = &tokens[j];
        let joined = j > 0
            && tokens[j - 1].span.end == t.span.start
            && tokens
                .get(j + 1)
                .is_some_and(|n| n.span.start == t.span.end);
        (t.kind == TokenKind::Punct && !joined)
            || t.is(RELATIVE_PRONOUNS)
            || (is_function_word(t) && !t.is(PREPOSITIONS) && !t.is(DETERMINERS))
    };
    is_past_form(&tokens[event])
        && (0..event)
            .rev()
            .take(MEASURED_REACH)
            .take_while(|&j| !stops(j))
            .any(|j| tokens[j].is(MEASURE_VERBS))
}

/// `colon`, the first colon of `tokens`, if what follows it is the start the sentence gives the
/// text: a sentence that opens (after a dateline) with "Following are" or "Here is", or whose
/// saying verb has only a few words and dates before its colon ("The Herald said in a column on
/// Sunday, May 17:").
pub(super) fn introduction(tokens: &[Token], in_timex: &[bool], colon: usize) -> Option<usize> {
    let before = &tokens[..colon];
    let dated = |i: usize| in_timex.get(i).is_some_and(|&d| d);
    // The first word after a dateline of names and a dash ("WASHINGTON _ Following are").
    let first = before
        .iter()
        .position(|t| t.is_word() && !t.all_caps)
        .unwrap_or(colon);
    let opens = before.get(first).is_some_and(|t| t.is(INTRODUCING_WORDS))
        && before.get(first + 1).is_some_and(|t| t.is(COPULAS));
    // Nothing said in its clause: no "that", pronoun or verb after the saying.
    let said = |t: &Token| t.is(RELATIVE_PRONOUNS) || t.is(PRONOUNS) || is_past_form(t);
    let says = before
        .iter()
        .rposition(|t| t.is(SAYING_VERBS))
        .is_some_and(|s| {
            !tokens[s + 1..colon].iter().any(said)
                && (s + 1..colon)
                    .filter(|&i| {
                        let t = &tokens[i];
                        t.is_word() && !dated(i) && !t.is(PREPOSITIONS) && !t.is(DETERMINERS)
                    })
                    .count()
                    <= INTRODUCTION_WORDS
                && (s + 1..colon).all(|i| tokens[i].is_word() || dated(i) || tokens[i].lower == ",")
        });
    (opens || says).then_some(colon)
}

/// "Police said last month that four men were under arrest": a saying whose clause is a
/// state (its subject, then a form of `be` and no participle, `to` or `going`) tells how
/// things stood, no happening; "said he was wounded" tells one.
pub(super) fn says_a_state(tokens: &[Token], in_timex: &[bool], event: usize) -> bool {
    if !tokens[event].is(SAYING_VERBS) {
        return false;
    }
    let dated = |i: usize| in_timex.get(i).is_some_and(|&d| d);
    let mut i = event + 1;
    // Past its date ("on Monday") and `that`.
    while i < tokens.len()
        && (dated(i) || tokens[i].lower == "that" || (tokens[i].is(PREPOSITIONS) && dated(i + 1)))
    {
        i += 1;
    }
    let subject = i;
    while i < tokens.len()
        && i - subject < SAID_SUBJECT_WORDS
        && tokens[i].is_word()
        && !dated(i)
        && !tokens[i].is(AUXILIARIES)
        && !is_past_form(&tokens[i])
    {
        i += 1;
    }
    if i == subject || !tokens.get(i).is_some_and(|t| t.is(COPULAS)) {
        return false;
    }
    let mut after = tokens[i + 1..].iter().skip_while(|t| t.is(VERB_ADVERBS));
    after.next().is_some_and(|t| {
        let w = t.lower.as_str();
        let participle = is_past_form(t) || w.ends_with("ing") || w.ends_with("en");
        t.is_word() && !participle && !matches!(w, "to" | "going" | "about")
    })
}

/// "farmers are going to start getting hit hard in the autumn", "people will
/// get hurt": what a subject is to undergo (a form of `get` before a participle)
/// is a forecast, no plan nor happening: nobody plans to get hurt ("will get orders" may be
/// one).
pub(super) fn undergone_ahead(tokens: &[Token], event: usize) -> bool {
    let get = |t: &Token| matches!(t.lower.as_str(), "get" | "gets" | "getting");
    // The event word is `get` or the participle after it.
    let at = if get(&tokens[event]) && tokens.get(event + 1).is_some_and(is_past_form) {
        event
    } else if event > 0 && get(&tokens[event - 1]) && is_past_form(&tokens[event]) {
        event - 1
    } else {
        return false;
    };
    tokens[..at]
        .iter()
        .rev()
        .take(CHAIN_WORDS)
        .take_while(|t| t.is_word())
        .any(|t| matches!(t.lower.as_str(), "will" | "'ll" | "\u{2019}ll" | "going"))
}
