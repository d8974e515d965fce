//! Clauses a lead's verb may stand in that are not its sentence's main clause: a relative
//! clause of the subject ("rescuers who reached the ship"), an aside between commas or dashes
//! ("the hills, where rebels have hidden, were taken"), an opening participle clause ("Asked
//! who would pay, ..."), an "-ing" aside.

use super::super::SentenceAnalysis;
use super::super::chunk::Lex;
use super::super::detect::{is_aside_mark, is_past_form};
use super::super::words::{
    ASIDE_RELATIVES, AUXILIARIES, COPULAS, PREPOSITIONS, PRONOUNS, SAYING_VERBS, Token, TokenKind,
    VERB_ADVERBS, is_lower_word,
};
use super::after_noun;

/// `tokens[i]` is the verb of a relative clause whose pronoun is its subject, right after a
/// noun ("rescuers who reached", "the firm that bought", auxiliaries and adverbs between), and
/// another verb of the sentence follows before any mark: the verb the noun is subject of.
pub(super) fn in_subject_relative(sentence: &SentenceAnalysis, i: usize) -> bool {
    let tokens = &sentence.tokens;
    let Some(pronoun) = (0..i)
        .rev()
        .find(|&k| !(tokens[k].is(AUXILIARIES) || tokens[k].is(VERB_ADVERBS)))
    else {
        return false;
    };
    let relative = tokens[pronoun].is_lex(Lex::Relatives)
        && pronoun
            .checked_sub(1)
            .is_some_and(|b| after_noun(&tokens[b]));
    // The next mark within reach bounds where the main verb may be.
    let end = (i + 1..tokens.len().min(i + ASIDE_REACH))
        .find(|&k| tokens[k].kind == TokenKind::Punct)
        .unwrap_or(tokens.len().min(i + ASIDE_REACH));
    relative && (i + 1..end).any(|e| sentence.is_verb(e))
}

/// Where an opening clause with no subject ends (its comma), or 0: the body opens with a
/// participle ("Asked who would pay, ...", "Pressed on the budget, ...", "Speaking to
/// reporters, ...", "Having lost the vote, ...") whose clause holds no verb right after a
/// noun ("Armed men stormed a bank, ..." is a main clause) and no verb right after the
/// participle ("Nothing was stolen", "Beijing has ordered" open with a noun).
pub(super) fn opening_clause(tokens: &[Token], from: usize) -> usize {
    let Some(first) = tokens.get(from).filter(|t| t.is_word()) else {
        return 0;
    };
    let w = first.lower.as_str();
    let ing = w.len() > 4 && w.ends_with("ing") && !w.ends_with("thing");
    if !(ing || is_past_form(first)) {
        return 0;
    }
    let n = tokens.len().min(from + ASIDE_REACH);
    let Some(comma) = (from + 1..n).find(|&k| tokens[k].lower == ",") else {
        return 0;
    };
    let next = &tokens[from + 1];
    if next.is(AUXILIARIES) || next.is(COPULAS) || (is_past_form(next) && w != "having") {
        return 0;
    }
    let clause = (from + 2..comma).any(|k| is_past_form(&tokens[k]) && after_noun(&tokens[k - 1]));
    if clause { 0 } else { comma }
}

/// `tokens[i]` is an "-ing" form after a word ("workers living here"), with no form of "be"
/// or an auxiliary before it, past adverbs ("are now living"): a participle, no verb with a
/// tense.
pub(super) fn untensed_ing(tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].lower.as_str();
    if !word.ends_with("ing") || word.len() < 6 {
        return false;
    }
    let before = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| !(tokens[k].is(VERB_ADVERBS) || tokens[k].lower.ends_with("ly")));
    before.is_some_and(|k| {
        let t = &tokens[k];
        t.is_word()
            && !t.is(AUXILIARIES)
            && !t.is(COPULAS)
            && !t.lower.contains('\'')
            && !t.lower.contains('’')
    })
}

/// How far back a verb looks for the comma that opens an aside, in tokens.
const ASIDE_REACH: usize = 30;

/// `tokens[i]` is in an aside that a comma and an "-ing" form open: the form itself, or a
/// verb of the aside before the comma that closes it ("reeling from changes mandated by ...,").
pub(super) fn in_ing_aside(tokens: &[Token], i: usize) -> bool {
    let Some(comma) = (i.saturating_sub(ASIDE_REACH)..i)
        .rev()
        .find(|&k| tokens[k].lower == ",")
    else {
        return false;
    };
    comma > 0
        && tokens[comma + 1].lower.ends_with("ing")
        && tokens[i + 1..tokens.len().min(i + ASIDE_REACH)]
            .iter()
            .any(|t| t.lower == ",")
}

/// `tokens[i]` is in a relative clause that a comma or a dash and "which", "who", "whose",
/// "where" (or a preposition and "which", "whom") open and a comma or a dash closes, before a
/// verb: "the hills, where rebels have hidden, were taken", "the crash - in which ten died -
/// has led"; or a subordinate clause so set off ("the mayor, although he lost, resigned").
pub(super) fn in_relative_aside(tokens: &[Token], i: usize) -> bool {
    let Some(open) = (i.saturating_sub(ASIDE_REACH)..i)
        .rev()
        .find(|&k| tokens[k].kind == TokenKind::Punct)
    else {
        return false;
    };
    let n = tokens.len().min(i + ASIDE_REACH);
    let mark = |k: usize| is_aside_mark(&tokens[k].lower);
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let opener = tokens.get(open + 1);
    // "the film, parts of which were shot in Oslo, opened": a noun's "of which" opens one too.
    let relative = mark(open)
        && (opener.is_some_and(|t| t.is(ASIDE_RELATIVES))
            || (opener.is_some_and(is_lower_word)
                && word(open + 2) == "of"
                && matches!(word(open + 3), "which" | "whom"))
            || (opener.is_some_and(|t| t.is(PREPOSITIONS))
                && matches!(word(open + 2), "which" | "whom")));
    // "the mayor, although he lost the vote, kept his post": a subordinate clause between
    // commas before the main clause's verb is no lead either.
    let subordinate = mark(open) && opener.is_some_and(|t| t.is_lex(Lex::PreposedSubordinators));
    if !(relative || subordinate) {
        return false;
    }
    // The clause closes with a comma or a dash before a verb form: an auxiliary or a past
    // form.
    let Some(c) = (i + 1..n).find(|&k| tokens[k].kind == TokenKind::Punct) else {
        return false;
    };
    mark(c)
        && tokens
            .get(c + 1)
            .is_some_and(|t| t.is(AUXILIARIES) || is_past_form(t))
        || (relative && unclosed_before_auxiliary(tokens, i, c))
}

/// A relative clause whose verb is `tokens[i]` ends, its closing comma left out, where an
/// auxiliary follows one of its nouns before the mark at `tokens[mark]`: "Lee, who has spent
/// years on the film in his home town has been made a knight". A relative clause has one
/// verb group; a second one with no "and" before it is the main clause's. Not after a verb of
/// saying, whose clause has a subject and verb of its own ("who said the plan has failed").
fn unclosed_before_auxiliary(tokens: &[Token], i: usize, mark: usize) -> bool {
    !tokens[i].is(SAYING_VERBS)
        && (i + 2..mark).any(|k| {
            tokens[k].is(AUXILIARIES) && {
                let b = &tokens[k - 1];
                b.is_word()
                    && !(b.is(AUXILIARIES)
                        || b.is(VERB_ADVERBS)
                        || b.is(PRONOUNS)
                        || b.is(ASIDE_RELATIVES)
                        || b.is_lex(Lex::Coordinators)
                        || b.is_lex(Lex::Subordinators))
            }
        })
}
