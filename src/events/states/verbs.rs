//! Verbs that tell how things stood, or what did not happen: no happening to date.

use super::super::detect::{is_event_noun, is_past_form, word_before_adverbs};
use super::super::lookup::Form;
use super::super::words::{
    ADVICE_MODALS, APPROXIMATORS, ARTICLES, AUXILIARIES, CLAUSE_OPENERS, CONDITIONAL_CONJUNCTIONS,
    CONDITIONAL_MODALS, CONTINUING_VERBS, COPULAS, DETERMINERS, ING_ADJECTIVES, NEED_VERBS,
    NEGATIONS, NEGATIVE_DETERMINERS, NEGATIVE_SUBJECTS, OTHER_FUNCTION_WORDS, PARTICLES,
    PLAN_BEFORE_TO, PLAN_WORDS, POSSESSED_HAPPENINGS, POSSESSION_VERBS, PREPOSITIONS, PRONOUNS,
    READINESS_WORDS, RELATIVE_PRONOUNS, REPORT_VERBS, SAYING_VERBS, SEEMING_VERBS, STANCE_VERBS,
    TIME_CONJUNCTIONS, Token, TokenKind, UNDER_WAY_WORDS, VERB_ADVERBS,
};

/// How many words after a verb of having are looked at for a happening it has.
const POSSESSED_REACH: usize = 3;

/// How many words a clause of time may have before its verb: "when the communist group".
const TIME_CLAUSE_REACH: usize = 6;

/// How many words the subject a denying pronoun opens may have: "no one from the old crew".
const DENIED_SUBJECT_WORDS: usize = 6;

/// How many tokens before a verb the conjunction of its condition may stand: "if the rain
/// over the northern hills holds off, the fair will open".
const CONDITION_REACH: usize = 24;

/// "are worth", "was larger", "is extinction": the word after a form of `be` is no
/// participle, nor a word of a happening under way ("an inquiry is underway").
pub(in crate::events) fn is_state(tokens: &[Token], event: usize) -> bool {
    let t = &tokens[event];
    let ends = t.lower.ends_with("ing") || t.lower.ends_with("en");
    let participle = is_past_form(t) || (ends && !t.is(ING_ADJECTIVES));
    !participle
        && !t.is(UNDER_WAY_WORDS)
        && word_before_adverbs(tokens, event).is_some_and(|j| tokens[j].is(COPULAS))
}

/// "had not called", "did not know", "a consultant not working", "are not going to be
/// paid", "had been unable to organize", "weren't available to comment": a negation before the
/// verb `tokens[event]`, with only adverbs, auxiliaries, "to", "going to" and a word of
/// readiness (with its "to" or "for") between; or a denying pronoun opens its subject ("no one
/// from the crew has been found"). What did not happen is no happening.
pub(in crate::events) fn negated(tokens: &[Token], event: usize) -> bool {
    denied_subject(tokens, event)
        || tokens[..event]
            .iter()
            .enumerate()
            .rev()
            .take_while(|&(k, t)| {
                let ready = |k: usize| k > 0 && tokens[k - 1].is(READINESS_WORDS);
                let chain = matches!(t.lower.as_str(), "to" | "going")
                    || t.lower == "for" && ready(k)
                    || t.is(READINESS_WORDS);
                t.is_word() && (t.is(AUXILIARIES) || t.is(VERB_ADVERBS) || chain || denies(t))
            })
            .any(|(_, t)| denies(t))
}

/// A negation, written out or contracted ("not", "haven't", "won’t").
pub(super) fn denies(t: &Token) -> bool {
    t.is(NEGATIONS) || t.lower.ends_with("n't") || t.lower.ends_with("n\u{2019}t")
}

/// "nobody was hurt", "says no one from the crew has been found since", "no deaths were
/// reported": a denying pronoun or determiner opens the subject of the verb `tokens[event]`
/// (its auxiliaries and adverbs, and a few words of the subject's phrase between), after the
/// start of its clause, a saying, `that` or a word that joins clauses ("the man who saw nothing
/// was" has no such subject).
fn denied_subject(tokens: &[Token], event: usize) -> bool {
    let mut i = event;
    while let Some(j) = word_before_adverbs(tokens, i).filter(|&j| tokens[j].is(AUXILIARIES)) {
        i = j;
    }
    let stops = |t: &Token| {
        !(t.is_word() || t.kind == TokenKind::Possessive)
            || t.is(AUXILIARIES)
            || t.is(SAYING_VERBS)
            || t.is(REPORT_VERBS)
            || t.is(RELATIVE_PRONOUNS)
            || t.is(CLAUSE_OPENERS)
            || is_past_form(t)
    };
    let opens = |k: usize| {
        k == 0 || {
            let t = &tokens[k - 1];
            !t.is_word()
                || t.is(SAYING_VERBS)
                || t.is(REPORT_VERBS)
                || t.is(CLAUSE_OPENERS)
                || t.is(OTHER_FUNCTION_WORDS)
                || t.lower == "that"
        }
    };
    (0..i)
        .rev()
        .take(DENIED_SUBJECT_WORDS)
        .take_while(|&k| !stops(&tokens[k]))
        .any(|k| {
            let t = &tokens[k];
            let no_one = t.lower == "one" && k > 0 && tokens[k - 1].lower == "no";
            // "no deaths were reported", "there have been no deaths reported": the
            // determiner opens the subject, or follows the `be` of "there is".
            // "no land battles since the Battle of Marlow": a noun after a preposition is
            // no verb of that subject; "there is no doubt the army attacked": nor one after
            // a phrase of its own.
            let opens_phrase = |t: &Token| {
                t.is(PREPOSITIONS) || t.is(ARTICLES) || t.is(DETERMINERS) || t.is(PRONOUNS)
            };
            let no_noun = t.is(NEGATIVE_DETERMINERS)
                && (opens(k) || k > 0 && tokens[k - 1].is(COPULAS))
                && !tokens[k + 1..i].iter().any(opens_phrase);
            (t.is(NEGATIVE_SUBJECTS) && opens(k)) || (no_one && opens(k - 1)) || no_noun
        })
}

/// `tokens[i]` is a verb of state or measure ("averaged", "lived", "accounted for"), or a
/// linking verb before `to be` ("turning out to be", "seems to be"): it tells how things
/// stood, no happening.
pub(in crate::events) fn is_state_verb(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if needs_a_thing(tokens, i) || keeps_a_stance(tokens, i) {
        return true;
    }
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

/// "the new laws need safeguards", "the plan lacks money": a verb of needing with a word
/// after it other than `to` tells a state.
pub(in crate::events) fn needs_a_thing(tokens: &[Token], i: usize) -> bool {
    tokens[i].is(NEED_VERBS)
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && t.lower != "to")
}

/// "continue to deny any part in it", "is continuing to refuse the offer": a verb of a stance
/// after a verb of lasting and `to`, or that verb itself, tells a stance kept.
pub(in crate::events) fn keeps_a_stance(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let continued = t.is(STANCE_VERBS)
        && word_before_adverbs(tokens, i)
            .filter(|&to| tokens[to].lower == "to")
            .and_then(|to| word_before_adverbs(tokens, to))
            .is_some_and(|j| tokens[j].is(CONTINUING_VERBS));
    let continues = t.is(CONTINUING_VERBS)
        && tokens.get(i + 1).is_some_and(|t| t.lower == "to")
        && tokens.get(i + 2).is_some_and(|t| t.is(STANCE_VERBS));
    continued || continues
}

/// "says the board should review the rules", "the council needs to act": a modal of advice
/// before the verb `tokens[event]` (auxiliaries and adverbs between), or a verb of needing and
/// `to`, tells what ought to be done, no happening.
pub(in crate::events) fn advised(tokens: &[Token], event: usize) -> bool {
    let mut i = event;
    while let Some(j) = word_before_adverbs(tokens, i) {
        let t = &tokens[j];
        if t.is(ADVICE_MODALS) {
            return true;
        }
        if t.lower == "to" {
            return word_before_adverbs(tokens, j)
                .is_some_and(|k| tokens[k].is(ADVICE_MODALS) || tokens[k].is(NEED_VERBS));
        }
        if !t.is(AUXILIARIES) {
            return false;
        }
        i = j;
    }
    false
}

/// "says if the wind rises the parade will be called off", "if the rain holds off, the fair
/// will open on Friday": the verb `tokens[event]` is in a condition (its conjunction a few
/// tokens before, no comma or clause mark between), or tells with a modal what comes of one
/// (after the condition's comma): it may not happen. A verb with no modal after the comma is
/// told ("if so, the crew left at noon"), and so is a clause of time within the condition.
pub(in crate::events) fn conditional(tokens: &[Token], event: usize) -> bool {
    let mut comma = false;
    for t in tokens[..event].iter().rev().take(CONDITION_REACH) {
        if t.is(CONDITIONAL_CONJUNCTIONS) {
            return !comma || modal_before(tokens, event);
        }
        // "if the family loses when its appeal comes up in May": a clause of time inside
        // the condition tells what is taken as coming.
        if t.is(TIME_CONJUNCTIONS) {
            return false;
        }
        match t.lower.as_str() {
            "." | ";" | ":" | "?" | "!" => return false,
            "," => comma = true,
            _ => {}
        }
    }
    false
}

/// A modal of a consequence before `tokens[event]`, only auxiliaries and adverbs between:
/// "will be called off", "would soon open".
fn modal_before(tokens: &[Token], event: usize) -> bool {
    let mut i = event;
    let auxiliary = |t: &Token| t.is(AUXILIARIES) || t.is(CONDITIONAL_MODALS);
    while let Some(j) = word_before_adverbs(tokens, i).filter(|&j| auxiliary(&tokens[j])) {
        if tokens[j].is(CONDITIONAL_MODALS) {
            return true;
        }
        i = j;
    }
    false
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

/// "had an average of 3.2 million users", "holds a 6.5% stake", "owned a third of the land":
/// a verb of having with an object tells a state, unless what is had is a happening ("had a
/// loss", "held talks", "had a baby"). A perfect ("have all agreed"), a passive ("talks were
/// held") and a phrasal verb ("held up the vote") tell deeds; so does one with no object
/// ("held in custody").
pub(in crate::events) fn possession(tokens: &[Token], event: usize) -> bool {
    if !tokens[event].is(POSSESSION_VERBS) {
        return false;
    }
    let passive = word_before_adverbs(tokens, event).is_some_and(|j| tokens[j].is(COPULAS));
    // "has about 4.1 million shares": a figure's approximator opens an object.
    let figure = tokens.get(event + 1).is_some_and(|t| t.is(APPROXIMATORS))
        && tokens.get(event + 2).is_some_and(Token::has_digit);
    let object = figure
        || tokens
            .get(event + 1)
            .is_some_and(|t| t.is_word() && !t.is(PARTICLES) && !t.is(PREPOSITIONS));
    // "have each recorded", "have all agreed": a perfect, a quantifier between ("has them
    // worried", "had the roof mended" have an object before the participle).
    let after = &tokens[event + 1..];
    // "has died": a short `-ed` word is a participle too.
    let participle = |t: &Token| is_past_form(t) || t.lower.ends_with("ed");
    let perfect = after.first().is_some_and(participle)
        || (after.get(1).is_some_and(participle)
            && after
                .first()
                .is_some_and(|t| !t.is(PRONOUNS) && !t.is(ARTICLES)));
    let happening = |t: &Token| {
        t.is_word() && (is_event_noun(t) || t.lower.ends_with("ing") || t.is(POSSESSED_HAPPENINGS))
    };
    !passive
        && object
        && !perfect
        && !tokens[event + 1..]
            .iter()
            .take(POSSESSED_REACH)
            .any(happening)
}

/// "it appeared there were no injuries", "seemed certain of victory": a verb of seeming
/// with no preposition or `to` after it (adverbs, `-ly` words and the date aside) tells how
/// things looked; "appeared in court on Monday" tells an appearance, and one that ends its
/// clause ("a rash appeared") a happening. `dated` marks the tokens of an expression.
pub(in crate::events) fn seems(tokens: &[Token], dated: &[bool], i: usize) -> bool {
    if !tokens[i].is(SEEMING_VERBS) {
        return false;
    }
    let aside = |(k, t): &(usize, &Token)| {
        dated.get(*k).is_some_and(|&d| d) || t.is(VERB_ADVERBS) || t.lower.ends_with("ly")
    };
    tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .find(|kt| !aside(kt))
        .is_some_and(|(_, t)| t.is_word() && !t.is(PREPOSITIONS) && t.lower != "to")
}

/// "led to the deaths of thousands when the junta held power in the 1980s": the verb
/// `tokens[event]` is in a clause of time (its conjunction a few words before, no mark
/// between), which dates the clause it hangs on: a state there still makes an event.
pub(in crate::events) fn in_time_clause(tokens: &[Token], event: usize) -> bool {
    tokens[..event]
        .iter()
        .rev()
        .take(TIME_CLAUSE_REACH)
        .take_while(|t| t.is_word())
        .any(|t| t.is(TIME_CONJUNCTIONS))
}
