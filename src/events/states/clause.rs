//! What the clause around a dated word says of it, read from a few words before it: a modal
//! of possibility hedges it ("may have prevented", "could have used some protection"), a verb
//! of terms lays it down ("requires the company to begin"), a verb of measure holds it in what
//! it measures ("made up a third of the cars Volvo sold"), a saying may tell only a state
//! ("said last month that four men were under arrest"), and a sentence may introduce the text
//! after its colon ("Following are statements made Friday by ...:").

use super::super::detect::{is_event_noun, is_function_word, is_past_form, word_before_adverbs};
use super::super::words::{
    ARTICLES, ASKING_VERBS, AUXILIARIES, CERTAINTY_WORDS, CLAUSE_OPENERS, COPULAS, DETERMINERS,
    DOUBT_WORDS, HEDGED_MODALS, INTRODUCING_WORDS, LIKELIHOOD_WORDS, MEASURE_VERBS, NEGATIONS,
    OBLIGATION_VERBS, POSSESSION_VERBS, POSSIBILITY_ADJECTIVES, POSSIBILITY_NOUNS, PREPOSITIONS,
    PRESENT_COPULAS, PRONOUNS, QUESTION_OPENERS, RELATIVE_PRONOUNS, SAYING_VERBS, Token, TokenKind,
    VERB_ADVERBS,
};
use super::verbs::{denies, is_state};

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

/// How many words before a dated word the "if" or "whether" of the indirect question that holds
/// it may stand: "whether fire from the storm has started".
const QUESTION_REACH: usize = 8;

/// How many words of object may stand between a verb of asking and its "if": "asked the
/// minister whether".
const ASKED_OBJECT_WORDS: usize = 3;

/// How many words before a dated word the doubt of its clause may stand: "not sure the convoy
/// will reach".
const DOUBT_REACH: usize = 8;

/// How many words a noun that an infinitive or a participle describes may have, its article
/// aside: "the basic freedom to speak".
const DESCRIBED_NOUN_WORDS: usize = 3;

/// How many tokens may stand between such a describing word and the present `be` of its
/// clause: "the catch held by Jones yesterday is".
const DESCRIBED_SUBJECT_REACH: usize = 8;

/// How many tokens before a dated word the noun of possibility whose phrase holds it may
/// stand: "a chance of gusts of up to ninety".
const POSSIBILITY_REACH: usize = 12;

/// How many words may stand between `be` and its noun of possibility: "is a one in ten chance".
const POSSIBILITY_WORDS: usize = 4;

/// How many words may stand between an adjective of possibility and the event noun it hedges,
/// an `of` between: "possible leak of a secret memo".
const POSSIBLE_PHRASE_WORDS: usize = 6;

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
    if let Some(hedge) = likelihood(tokens, event) {
        return Some(hedge);
    }
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

/// "are likely to ease", "is unlikely to end", "is not likely to end": a word of likelihood
/// and `to` before the verb hedge it as a modal of possibility does; its `un-` form or a
/// negation before it denies.
fn likelihood(tokens: &[Token], event: usize) -> Option<Hedge> {
    let to = word_before_adverbs(tokens, event).filter(|&to| tokens[to].lower == "to")?;
    // Right before `to`: an `-ly` word is skipped as an adverb by `word_before_adverbs`.
    let likely = to
        .checked_sub(1)
        .filter(|&j| tokens[j].is(LIKELIHOOD_WORDS))?;
    let denied = tokens[likely].lower.starts_with("un")
        || likely.checked_sub(1).is_some_and(|j| denies(&tokens[j]));
    Some(if denied {
        Hedge::Negated
    } else {
        Hedge::Possible
    })
}

/// How the modal of possibility `tokens[j]` hedges: "cannot", "couldn't", "could not" deny.
fn modal_hedge(tokens: &[Token], j: usize) -> Hedge {
    let t = &tokens[j];
    let negated = denies(t) || tokens.get(j + 1).is_some_and(|n| n.lower == "not");
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
    // "a softer footing": an `-ing` word after an article or a determiner is a noun too.
    let ing_noun = || {
        tokens[event].lower.ends_with("ing")
            && tokens[..event]
                .iter()
                .rev()
                .take(2)
                .take_while(|t| t.is_word())
                .any(|t| t.is(ARTICLES) || t.is(DETERMINERS))
    };
    if !is_event_noun(&tokens[event]) && !ing_noun() {
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
    // "are likely to show a weaker gain": the verb after a word of likelihood hedges too.
    (0..event)
        .rev()
        .take(OBJECT_REACH)
        .take_while(|&j| phrase(&tokens[j]))
        .find_map(|j| {
            if tokens[j].is(HEDGED_MODALS) && !tokens[j].capitalized {
                Some(modal_hedge(tokens, j))
            } else {
                likelihood(tokens, j)
            }
        })
}

/// "the possible strike last week", "a possible leak of a memo last month": an adjective of
/// possibility after a determiner, before the event noun or before the noun whose `of` phrase
/// holds it, makes the happening only possible. Only words of the noun phrase may stand
/// between, a determiner right after the `of`; a past form ends it ("the possible buyer
/// announced a sale").
pub(super) fn possible_phrase(tokens: &[Token], event: usize) -> bool {
    let mut of_seen = false;
    for j in (0..event).rev().take(POSSIBLE_PHRASE_WORDS) {
        let t = &tokens[j];
        if t.is(POSSIBILITY_ADJECTIVES) {
            return j.checked_sub(1).is_some_and(|k| {
                tokens[k].is(DETERMINERS) || tokens[k].kind == TokenKind::Possessive
            });
        }
        if !t.is_word() || is_past_form(t) {
            return false;
        }
        let after_of = j.checked_sub(1).is_some_and(|k| tokens[k].lower == "of");
        if t.lower == "of" && !of_seen {
            of_seen = true;
        } else if is_function_word(t) && !(t.is(DETERMINERS) && after_of && !of_seen) {
            return false;
        }
    }
    false
}

/// "the vote has wide implications", "Friday's summit holds a lesson": an event noun right
/// before a present verb of having with an object (no participle, "to" or negation after it)
/// is the subject of a state, told of a happening the text dates elsewhere; "the vote has
/// ended" tells a deed.
pub(super) fn subject_of_having(tokens: &[Token], event: usize) -> bool {
    let having = tokens
        .get(event + 1)
        .is_some_and(|h| h.is(POSSESSION_VERBS) && !h.capitalized && !is_past_form(h));
    // Past the adverbs after the verb, a few at most: the walk stays bounded.
    let object = || {
        (event + 2..tokens.len().min(event + 2 + HAVING_ADVERBS))
            .find(|&j| !tokens[j].is(VERB_ADVERBS))
            .is_some_and(|j| {
                let t = &tokens[j];
                let participle =
                    is_past_form(t) || t.lower.ends_with("en") || t.lower.ends_with("ing");
                let verb_after =
                    participle || t.is(NEGATIONS) || t.is(AUXILIARIES) || t.lower == "to";
                t.is_word() && !verb_after
            })
    };
    having && is_event_noun(&tokens[event]) && object()
}

/// How many adverbs may stand between a verb of having and its object.
const HAVING_ADVERBS: usize = 4;

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

/// The first token of what the saying at `tokens[event]` says: past its date ("said on
/// Monday") and `that`.
pub(super) fn said_clause_start(tokens: &[Token], in_timex: &[bool], event: usize) -> usize {
    let dated = |i: usize| in_timex.get(i).is_some_and(|&d| d);
    let mut i = event + 1;
    while i < tokens.len()
        && (dated(i) || tokens[i].lower == "that" || (tokens[i].is(PREPOSITIONS) && dated(i + 1)))
    {
        i += 1;
    }
    i
}

/// The end of the subject of a said clause that starts at `tokens[subject]`: a few words,
/// none dated, before an auxiliary, a past form or a word `ends` tells.
pub(super) fn said_subject_end(
    tokens: &[Token],
    in_timex: &[bool],
    subject: usize,
    ends: impl Fn(&Token) -> bool,
) -> usize {
    let dated = |i: usize| in_timex.get(i).is_some_and(|&d| d);
    let mut i = subject;
    while i < tokens.len()
        && i - subject < SAID_SUBJECT_WORDS
        && tokens[i].is_word()
        && !dated(i)
        && !tokens[i].is(AUXILIARIES)
        && !is_past_form(&tokens[i])
        && !ends(&tokens[i])
    {
        i += 1;
    }
    i
}

/// "Police said last month that four men were under arrest": a saying whose clause is a
/// state (its subject, then a form of `be` and no participle, `to` or `going`) tells how
/// things stood, no happening; "said he was wounded" tells one.
pub(super) fn says_a_state(tokens: &[Token], in_timex: &[bool], event: usize) -> bool {
    if !tokens[event].is(SAYING_VERBS) {
        return false;
    }
    let subject = said_clause_start(tokens, in_timex, event);
    let i = said_subject_end(tokens, in_timex, subject, |_| false);
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

/// "there is a chance of storms on Friday", "there is a one in ten risk of a flood this
/// winter", "there may be a chance that the ferry sails today": a word in the phrase of a noun
/// of possibility (its `of` or `that` after it) that `there` and `be` open tells what may come,
/// no happening.
pub(super) fn existential_possibility(tokens: &[Token], event: usize) -> bool {
    let phrase = |t: &Token| {
        (t.is_word() && !t.is(CLAUSE_OPENERS) && !t.is(RELATIVE_PRONOUNS))
            || t.kind == TokenKind::Possessive
    };
    let Some(noun) = (0..event)
        .rev()
        .take(POSSIBILITY_REACH)
        .take_while(|&j| phrase(&tokens[j]))
        .find(|&j| {
            tokens[j].is(POSSIBILITY_NOUNS)
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "of" | "that"))
        })
    else {
        return false;
    };
    let Some(mut be) = (0..noun)
        .rev()
        .take(POSSIBILITY_WORDS + 1)
        .take_while(|&j| tokens[j].is_word())
        .find(|&j| tokens[j].is(COPULAS))
    else {
        return false;
    };
    // "there has been", "there may be": back over the auxiliaries.
    while let Some(j) = word_before_adverbs(tokens, be).filter(|&j| tokens[j].is(AUXILIARIES)) {
        be = j;
    }
    word_before_adverbs(tokens, be).is_some_and(|j| tokens[j].lower == "there")
}

/// "asked her if she recalled the noise that night", "will check whether a storm has started
/// fires": a word of an indirect question (its "if" or "whether" a few words before, after a
/// verb of asking and a few words of object) is asked about, no happening the text tells.
pub(super) fn in_question(tokens: &[Token], event: usize) -> bool {
    let Some(opener) = (0..event)
        .rev()
        .take(QUESTION_REACH)
        .take_while(|&j| tokens[j].is_word())
        .find(|&j| tokens[j].is(QUESTION_OPENERS))
    else {
        return false;
    };
    tokens[..opener]
        .iter()
        .rev()
        .take(ASKED_OBJECT_WORDS + 1)
        .take_while(|t| t.is_word())
        .any(|t| t.is(ASKING_VERBS))
}

/// "I am not sure we will reach the ridge tonight", "unsure whether the convoy gets through
/// today": a word in a clause after a word of doubt, or after a denied word of being sure, is
/// what a speaker doubts, no happening. The doubt opens a clause: a pronoun, a name, an
/// article or a question's opener follows it ("the uncertain future of the mill" opens none).
pub(super) fn doubted(tokens: &[Token], event: usize) -> bool {
    let denied = |k: usize| denies(&tokens[k]);
    let doubt = |j: usize| {
        let t = &tokens[j];
        // "not sure", "not yet known", "not immediately clear".
        let adverb = |k: usize| tokens[k].is(VERB_ADVERBS) || tokens[k].lower.ends_with("ly");
        let sure_denied = t.is(CERTAINTY_WORDS)
            && j > 0
            && (denied(j - 1) || (j > 1 && adverb(j - 1) && denied(j - 2)));
        let opens = tokens.get(j + 1).is_some_and(|n| {
            n.is(PRONOUNS)
                || n.is(ARTICLES)
                || n.is(DETERMINERS)
                || n.is(RELATIVE_PRONOUNS)
                || n.is(QUESTION_OPENERS)
                || n.capitalized
        });
        (t.is(DOUBT_WORDS) || sure_denied) && opens
    };
    (0..event)
        .rev()
        .take(DOUBT_REACH)
        .take_while(|&j| tokens[j].is_word())
        .any(doubt)
}

/// "Today the freedom to speak is equal to the freedom to think", "the catch held by Jones
/// yesterday is typical of the side": an infinitive or a participle right after a noun describes
/// the noun, and a present `be` after them, before a word that is no participle, says how that
/// noun stands now: a state, no happening. "The bridge built in 1990 was closed" and "the
/// plan agreed on Monday is to be signed" tell happenings.
pub(super) fn describes_subject_of_state(
    tokens: &[Token],
    in_timex: &[bool],
    event: usize,
) -> bool {
    let start = if event > 0 && tokens[event - 1].lower == "to" {
        event - 1
    } else if is_past_form(&tokens[event]) {
        event
    } else {
        return false;
    };
    // The noun before, its article first: "the freedom", "the basic right".
    let mut words = 0;
    let described = tokens[..start]
        .iter()
        .rev()
        .take(DESCRIBED_NOUN_WORDS + 1)
        .find_map(|t| {
            if t.is(ARTICLES) || t.is(DETERMINERS) {
                Some(words > 0)
            } else if t.is_word() && !is_function_word(t) && !is_past_form(t) {
                words += 1;
                None
            } else {
                Some(false)
            }
        })
        .unwrap_or(false);
    if !described {
        return false;
    }
    // Only words of the describing phrase before the `be`: no other clause ("and is now").
    let phrase = |j: usize| {
        let t = &tokens[j];
        in_timex.get(j).is_some_and(|&d| d)
            || (t.is_word()
                && (t.is(PREPOSITIONS)
                    || t.is(ARTICLES)
                    || t.is(DETERMINERS)
                    || !is_function_word(t)))
    };
    let Some(be) = (event + 1..tokens.len())
        .take(DESCRIBED_SUBJECT_REACH)
        .take_while(|&j| phrase(j) || tokens[j].is(PRESENT_COPULAS))
        .find(|&j| tokens[j].is(PRESENT_COPULAS))
    else {
        return false;
    };
    let Some(after) = (be + 1..tokens.len()).find(|&j| !tokens[j].is(VERB_ADVERBS)) else {
        return false;
    };
    let t = &tokens[after];
    let participle = is_past_form(t) || t.lower.ends_with("ing") || t.lower.ends_with("en");
    t.is_word() && !participle && t.lower != "to"
}

/// "The catch is typical of the side's fielding this winter", "groups are critical of claims
/// made on Monday": a word in the object of "of" after a word that a present `be` makes a
/// state (no participle) tells what the state is of, no happening. A past `be` is left alone:
/// "was part of the campaign of 1862" dates the campaign.
pub(super) fn of_a_present_state(tokens: &[Token], event: usize) -> bool {
    let phrase = |t: &Token| {
        t.kind == TokenKind::Possessive
            || (t.is_word()
                && !t.is(RELATIVE_PRONOUNS)
                && (t.is(DETERMINERS) || t.lower == "of" || !is_function_word(t)))
    };
    let Some(of) = (0..event)
        .rev()
        .take(OBJECT_REACH)
        .take_while(|&j| phrase(&tokens[j]))
        .find(|&j| tokens[j].lower == "of")
    else {
        return false;
    };
    // "There are also films of the car crossing the border in 1994": `there` and `be` tell
    // that the films exist, and the crossing is a happening.
    of > 0
        && is_state(tokens, of - 1)
        && word_before_adverbs(tokens, of - 1).is_some_and(|b| {
            tokens[b].is(PRESENT_COPULAS)
                && !word_before_adverbs(tokens, b).is_some_and(|t| tokens[t].lower == "there")
        })
}
