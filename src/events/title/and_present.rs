//! A present form in "-s" after "and", before a participle and its noun, is the second verb
//! of a subject whose first verb is a present form too: "the poll shows a fall in jobs and
//! gives added weight to a cut". The chunker reads the form as a plural noun and the
//! participle as the verb, and a title then took the words before "and" for its subject.

use super::super::chunk::Class;
use super::super::lookup::Form;
use super::super::words::Token;
use super::{is_plural_form, says_token};

/// How far before "and" the first verb may stand, in tokens.
const FIRST_VERB_REACH: usize = 16;

/// The first verb, when `tokens[i]` is such a second verb. Without the first verb the form
/// may be a noun of a subject ("the troops and supplies needed help"); after a verb of saying,
/// of what was said.
#[inline]
pub(super) fn second_present(
    classes: &[Class],
    tokens: &[Token],
    remove: &[bool],
    i: usize,
) -> Option<usize> {
    // The cheap tests first: every token of a title's sentence asks.
    if i < 3
        || classes[i] != Class::Noun
        || tokens[i - 1].lower != "and"
        || classes.get(i + 1) != Some(&Class::Verb)
        || classes.get(i + 2) != Some(&Class::Noun)
    {
        return None;
    }
    let (word, next) = (&*tokens[i].lower, &*tokens[i + 1].lower);
    // "rose and fell sharply": a word in "-ly" after the participle tells how, no noun.
    let shape = word.ends_with('s')
        && next.ends_with("ed")
        && !tokens[i].capitalized
        && tokens[i].has(Form::PresentVerb)
        && !remove[i + 1]
        && !remove[i + 2]
        && !tokens[i + 2].lower.ends_with("ly");
    if !shape {
        return None;
    }
    // The first verb, its clause's dates passed over: the nearest verb or auxiliary back
    // from "and", no mark or clause opener between.
    (i.saturating_sub(FIRST_VERB_REACH)..i - 1)
        .rev()
        .take_while(|&k| remove[k] || !matches!(classes[k], Class::Punct | Class::Sub))
        .find(|&k| {
            !remove[k]
                && (matches!(classes[k], Class::Verb | Class::Aux)
                    || verb_read_as_noun(classes, tokens, k))
        })
        .filter(|&k| {
            classes[k] != Class::Aux && tokens[k].lower.ends_with('s') && !says_token(&tokens[k])
        })
}

/// "the survey shows a", "the survey points to a": a present form the chunker read as a
/// noun after the subject's noun, before a determiner or a preposition (a form of no listed
/// verb only before "to" and no verb).
fn verb_read_as_noun(classes: &[Class], tokens: &[Token], k: usize) -> bool {
    let next = classes.get(k + 1).copied();
    let listed = tokens[k].has(Form::PresentVerb)
        && matches!(next, Some(Class::Prep | Class::To | Class::Det));
    let to = tokens.get(k + 1).is_some_and(|t| t.lower == "to")
        && matches!(
            classes.get(k + 2),
            Some(Class::Det | Class::Num | Class::Noun)
        )
        && is_plural_form(&tokens[k].lower);
    // "Costs ... wages and prices": a sentence's first word has no subject's noun before it.
    classes[k] == Class::Noun
        && k > 0
        && matches!(classes[k - 1], Class::Noun | Class::Name)
        && (listed || to)
}
