//! A lead's participle that only describes its subject: "A man accused of stealing a van from
//! a depot has been arrested" tells the arrest; "accused" tells who the man is.

use super::super::detect::{is_function_word, is_past_form};
use super::super::words::{
    AUXILIARIES, CLAUSE_OPENERS, COPULAS, DETERMINERS, PREPOSITIONS, PRONOUNS, RELATIVE_PRONOUNS,
    SAYING_VERBS, Token, TokenKind,
};

/// How far after the participle the verb with a tense may be, in tokens.
const PHRASE: usize = 24;
/// How many words the participle's noun phrase may have.
const NOUN_PHRASE: usize = 6;

/// `tokens[i]` is a past participle right after the noun phrase that opens its clause (an
/// adverb between: "a suspect allegedly involved in"), a preposition completes it, and an
/// auxiliary or a copula follows its phrase of noun phrases, prepositions and "-ing" forms
/// before any mark, clause or other verb (`is_verb`): the verb of the clause is that one,
/// whose index is returned.
pub(super) fn reduced_participle(
    tokens: &[Token],
    i: usize,
    is_verb: impl Fn(usize) -> bool,
) -> Option<usize> {
    let t = &tokens[i];
    if !is_past_form(t) || t.is(SAYING_VERBS) {
        return None;
    }
    if !tokens.get(i + 1).is_some_and(|n| n.is(PREPOSITIONS)) {
        return None;
    }
    let mut noun = i.checked_sub(1)?;
    let content = |t: &Token| t.kind == TokenKind::Word && !is_function_word(t);
    // "allegedly", not "family".
    if tokens[noun].lower.ends_with("ly") && noun > 0 && content(&tokens[noun - 1]) {
        noun -= 1;
    }
    if !content(&tokens[noun]) || is_past_form(&tokens[noun]) {
        return None;
    }
    // The noun phrase opens the sentence or follows a mark, "that" or a saying.
    let first = (noun.saturating_sub(NOUN_PHRASE)..=noun)
        .rev()
        .take_while(|&k| content(&tokens[k]) || tokens[k].is(DETERMINERS))
        .last()
        .unwrap_or(noun);
    let opens = first.checked_sub(1).is_none_or(|b| {
        let t = &tokens[b];
        t.kind != TokenKind::Word || t.is(SAYING_VERBS) || t.lower == "that"
    });
    if !opens {
        return None;
    }
    verb_after_phrase(tokens, i + 1, is_verb)
}

/// An auxiliary or a copula after the participle's phrase, which opens at `tokens[from]`.
fn verb_after_phrase(
    tokens: &[Token],
    from: usize,
    is_verb: impl Fn(usize) -> bool,
) -> Option<usize> {
    let end = tokens.len().min(from + PHRASE);
    for k in from..end {
        let t = &tokens[k];
        if t.is(AUXILIARIES) || t.is(COPULAS) {
            return (k > from && tokens[k - 1].lower != "to").then_some(k);
        }
        let before = &tokens[k - 1];
        // A noun phrase right after another opens a clause of its own ("told the court
        // the van was stolen").
        let juxtaposed =
            t.is(DETERMINERS) && !(before.is(PREPOSITIONS) || before.lower.ends_with("ing"));
        // "of stealing", "to steal", and a plural after a noun ("bomb attacks on"); not a
        // verb after a name ("a tape found in Kabul proves").
        let phrase_verb = t.lower.ends_with("ing")
            || before.lower == "to"
            || (t.lower.ends_with('s')
                && !before.capitalized
                && before.kind == TokenKind::Word
                && !is_function_word(before)
                && tokens.get(k + 1).is_some_and(|n| n.is(PREPOSITIONS)));
        if t.kind != TokenKind::Word
            || t.is(CLAUSE_OPENERS)
            || t.is(RELATIVE_PRONOUNS)
            || t.is(PRONOUNS)
            || matches!(t.lower.as_str(), "and" | "or" | "but")
            || juxtaposed
            || (is_verb(k) && !phrase_verb)
            || (is_past_form(t) && !tokens.get(k + 1).is_some_and(|n| n.is(PREPOSITIONS)))
        {
            return None;
        }
    }
    None
}
