//! "the blowout preventer", "a crash helmet", "the spill response": a happening noun right
//! before another noun is that noun's modifier, and the compound names a thing or an activity
//! of its own, not the happening. No noun lexicon: the next word is a noun when it is a plain
//! lower-case word that no list takes for a function word, a verb form or an adverb.

use super::super::chunk::{Lex, ends_in_plural_s};
use super::super::lookup::Form;
use super::super::words::{
    ARTICLES, AUXILIARIES, CLAUSE_OPENERS, COPULAS, DETERMINERS, PLAN_BEFORE_TO, PRONOUNS,
    RELATIVE_PRONOUNS, TIME_ADVERBS, Token, TokenKind,
};
use super::{is_adverb, is_function_word, is_past_form, is_verb_form};

/// `tokens[i]`, a singular event noun, modifies the noun after it. A plural ("the talks
/// resume") is the subject of the verb after it, and an `-ing` word with no determiner before
/// it is a gerund with its object ("accused of killing civilians").
pub(super) fn modifies_next_noun(tokens: &[Token], i: usize, in_timex: &[bool]) -> bool {
    let t = &tokens[i];
    // Cheapest first: this is asked of every event noun.
    if ends_in_plural_s(&t.lower)
        || in_timex.get(i + 1) == Some(&true)
        || !tokens.get(i + 1).is_some_and(reads_as_noun)
        || !heads_phrase(tokens, i + 1, in_timex)
    {
        return false;
    }
    let Some(before) = i.checked_sub(1).map(|k| &tokens[k]) else {
        return !t.lower.ends_with("ing");
    };
    // "they leak documents": a pronoun before is the subject of a verb.
    if before.is_word() && before.is(PRONOUNS) {
        return false;
    }
    // "Rebels raid villages", "the bank again cut official rates": after a plural or an
    // adverb the word is a verb.
    let plural = ends_in_plural_s(&before.lower) && !before.is(DETERMINERS);
    if before.is_word() && (plural || is_adverb(before)) {
        return false;
    }
    !t.lower.ends_with("ing")
        || before.kind == TokenKind::Possessive
        || before.is(ARTICLES)
        || before.is_lex(Lex::OwnerPronouns)
        || (before.is_word() && before.capitalized)
}

/// A lower-case word of letters that no list takes for a function word, a verb form, an
/// adverb or a number word: "preventer", "response", "helmet".
fn reads_as_noun(n: &Token) -> bool {
    n.is_word()
        && !n.capitalized
        && !n.has_digit()
        && !is_function_word(n)
        && !is_adverb(n)
        && !is_verb_form(n)
        && !n.is(CLAUSE_OPENERS)
        && !n.is(RELATIVE_PRONOUNS)
        && !n.is(COPULAS)
        && !n.is(TIME_ADVERBS)
        && !n.is(PLAN_BEFORE_TO)
        && !n.is_lex(Lex::NumberWords)
        && ![
            Form::PresentVerb,
            Form::TitleVerb,
            Form::StativeVerb,
            Form::LinkingVerb,
            Form::SayVerb,
            Form::OpinionVerb,
            Form::ForecastVerb,
        ]
        .into_iter()
        .any(|form| n.has(form))
}

/// The plain noun at `tokens[k]` is the head of the phrase, not a word that ends it or opens
/// another: not before "to" ("the vote due to take place"), nor before a capital that is no
/// date ("a statement de Gaulle made": a name's particle), nor before an article. A word in
/// "-s" may be a present verb ("the ban expires in May"): it is a plural head only before a
/// verb of its own ("the crash victims were", "test results showed").
fn heads_phrase(tokens: &[Token], k: usize, in_timex: &[bool]) -> bool {
    let Some(after) = tokens.get(k + 1).filter(|t| t.is_word()) else {
        return !ends_in_plural_s(&tokens[k].lower);
    };
    // "the explosion aboard the rig": a head is followed by no article (the word before one
    // is a preposition or a verb that no list holds).
    let opens_phrase = after.is(ARTICLES) || after.is_lex(Lex::OwnerPronouns);
    if opens_phrase
        || after.lower == "to"
        || (after.capitalized && in_timex.get(k + 1) != Some(&true))
    {
        return false;
    }
    !ends_in_plural_s(&tokens[k].lower)
        || after.is(AUXILIARIES)
        || after.is(COPULAS)
        || is_past_form(after)
}
