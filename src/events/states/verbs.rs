//! Verbs that tell how things stood, or what did not happen: no happening to date.

use super::super::detect::{is_past_form, word_before_adverbs};
use super::super::lookup::Form;
use super::super::words::{
    AUXILIARIES, COPULAS, NEGATIONS, PARTICLES, PLAN_BEFORE_TO, PLAN_WORDS, Token, VERB_ADVERBS,
};

/// "are worth", "was larger", "is extinction": the word after a form of `be` is no
/// participle.
pub(super) fn is_state(tokens: &[Token], event: usize) -> bool {
    let t = &tokens[event];
    let participle = is_past_form(t) || t.lower.ends_with("ing") || t.lower.ends_with("en");
    !participle && word_before_adverbs(tokens, event).is_some_and(|j| tokens[j].is(COPULAS))
}

/// "had not called", "did not know", "a consultant not working", "are not going to be
/// left", "had been unable to organize": a negation before the verb `tokens[event]`, with only
/// adverbs, auxiliaries, "to" and "going to" between. What did not happen is no happening.
pub(in crate::events) fn negated(tokens: &[Token], event: usize) -> bool {
    let contracted = |t: &Token| t.lower.ends_with("n't") || t.lower.ends_with("n\u{2019}t");
    tokens[..event]
        .iter()
        .rev()
        .take_while(|t| {
            let chain = matches!(t.lower.as_str(), "to" | "going");
            t.is_word()
                && (t.is(AUXILIARIES)
                    || t.is(VERB_ADVERBS)
                    || t.is(NEGATIONS)
                    || chain
                    || contracted(t))
        })
        .any(|t| t.is(NEGATIONS) || contracted(t))
}

/// `tokens[i]` is a verb of state or measure ("averaged", "lived", "accounted for"), or a
/// linking verb before `to be` ("turning out to be", "seems to be"): it tells how things
/// stood, no happening.
pub(in crate::events) fn is_state_verb(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.has(Form::StativeVerb) {
        // "wore down the defences": with its particle, a phrasal verb that tells a deed.
        let phrasal = tokens.get(i + 1).is_some_and(|t| t.is(PARTICLES));
        return !phrasal && !tells_a_result(tokens, i);
    }
    let mut after = tokens[i + 1..].iter().skip_while(|t| t.is(PARTICLES));
    t.has(Form::LinkingVerb)
        && after.next().is_some_and(|t| t.lower == "to")
        && after.next().is_some_and(|t| t.lower == "be")
}

/// "was expanded to include Greece": a verb after `to` and a happening's participle tells
/// what the happening brought about; "is expected to total" is a forecast, no happening.
fn tells_a_result(tokens: &[Token], i: usize) -> bool {
    let Some(to) = word_before_adverbs(tokens, i).filter(|&j| tokens[j].lower == "to") else {
        return false;
    };
    word_before_adverbs(tokens, to).is_some_and(|j| {
        let t = &tokens[j];
        is_past_form(t) && !t.has(Form::ForecastVerb) && !t.is(PLAN_BEFORE_TO) && !t.is(PLAN_WORDS)
    })
}
