//! A happening told again with another verb: "The plant built cars at a record rate in
//! March", then "the plant made 9,000 cars last month". Both verbs have the same
//! subject and the same object, and the same date: one happening.

use std::ops::Range;

use super::detect::{is_function_word, word_before_adverbs};
use super::words::{AUXILIARIES, Token, TokenKind};

/// How many tokens after a verb its object's head may stand ("made 9,000 cars", "seized a
/// car bomb").
const OBJECT_REACH: usize = 4;

/// The subject and the object of a verb, as words of the sentence or of a draft (see
/// `draft_words`), which holds them for merging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Roles<'a> {
    subject: &'a str,
    object: &'a str,
}

impl<'a> Roles<'a> {
    pub(super) fn new(subject: &'a str, object: &'a str) -> Self {
        Self { subject, object }
    }

    pub(super) fn subject(&self) -> &'a str {
        self.subject
    }

    pub(super) fn object(&self) -> &'a str {
        self.object
    }
}

/// The subject and the object of the verb `tokens[verb]` in `clause`, each its nearest word
/// that is neither a function word nor a number, lower case: ("plant", "cars") for "the
/// plant made 9,000 cars". `None` when either is missing or a pronoun.
pub(super) fn roles<'t>(
    tokens: &'t [Token],
    verb: usize,
    clause: &Range<usize>,
) -> Option<Roles<'t>> {
    // "the economy has added": the word before the auxiliaries.
    let mut i = verb;
    let subject = loop {
        let j = word_before_adverbs(tokens, i).filter(|&j| j >= clause.start)?;
        if !tokens[j].is(AUXILIARIES) {
            break j;
        }
        i = j;
    };
    if !is_content(&tokens[subject]) {
        return None;
    }
    let object = tokens[verb + 1..clause.end.max(verb + 1)]
        .iter()
        .take(OBJECT_REACH)
        .find(|t| is_content(t))?;
    Some(Roles::new(&tokens[subject].lower, &object.lower))
}

/// Adjective endings: "a major attack", "a bloody coup" name no agent.
const ADJECTIVE_ENDINGS: [&str; 8] = ["al", "ed", "ful", "ic", "ing", "ive", "ous", "y"];

/// What the event noun `tokens[noun]` names as its agent, and the noun, lower case, as
/// [`roles`] gives a verb's subject and object: ("rebels", "attack") for "the rebels' attack",
/// "an attack by the rebels" or "a rebel attack"; ("bomb", "attack") for "a bomb attack"
/// (a happening the army's verb does not tell again). `None` when the noun names none ("a
/// coup", "a major attack").
/// `in_timex` marks the words of expressions: "the third-quarter loss" names a time.
pub(super) fn agent<'t>(
    tokens: &'t [Token],
    in_timex: &[bool],
    noun: usize,
    clause: &Range<usize>,
) -> Option<Roles<'t>> {
    // "the rebel's attack", "the rebels' attack".
    let possessive = |o: usize| {
        let mark = &tokens[o + 1];
        mark.kind == TokenKind::Possessive
            || (matches!(mark.lower.as_str(), "'" | "\u{2019}") && tokens[o].lower.ends_with('s'))
    };
    let owner = noun
        .checked_sub(2)
        .filter(|&o| o >= clause.start && possessive(o));
    let by = || {
        tokens
            .get(noun + 1)
            .filter(|t| t.lower == "by")
            .and_then(|_| {
                (noun + 2..clause.end.min(noun + 2 + OBJECT_REACH))
                    .find(|&i| is_content(&tokens[i]))
            })
    };
    let modifier = || {
        noun.checked_sub(1).filter(|&m| {
            let t = &tokens[m];
            m >= clause.start
                && is_content(t)
                && !t.capitalized
                && !ADJECTIVE_ENDINGS.iter().any(|e| t.lower.ends_with(e))
        })
    };
    let agent = owner.or_else(by).or_else(modifier)?;
    (is_content(&tokens[agent]) && !in_timex.get(agent).is_some_and(|&d| d))
        .then(|| Roles::new(&tokens[agent].lower, &tokens[noun].lower))
}

/// A word that may be a role: neither a function word nor a number.
fn is_content(t: &Token) -> bool {
    t.is_word() && !is_function_word(t) && !t.has_digit()
}
