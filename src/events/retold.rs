//! A happening told again with another verb: "The economy created jobs at a robust pace in
//! January", then "the economy added 358,000 jobs last month". Both verbs have the same
//! subject and the same object, and the same date: one happening.

use std::ops::Range;

use super::detect::{is_function_word, word_before_adverbs};
use super::words::{AUXILIARIES, Token};

/// How many tokens after a verb its object's head may stand ("added 358,000 jobs", "seized a
/// car bomb").
const OBJECT_REACH: usize = 4;

/// The subject and the object of a verb, in one string: a draft holds them for merging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Roles {
    words: Box<str>,
    /// Where the subject ends in `words`, the object following.
    subject_end: u32,
}

impl Roles {
    fn new(subject: &str, object: &str) -> Option<Self> {
        Some(Self {
            words: [subject, object].concat().into(),
            subject_end: u32::try_from(subject.len()).ok()?,
        })
    }

    pub(super) fn subject(&self) -> &str {
        &self.words[..self.subject_end as usize]
    }

    pub(super) fn object(&self) -> &str {
        &self.words[self.subject_end as usize..]
    }
}

/// The subject and the object of the verb `tokens[verb]` in `clause`, each its nearest word
/// that is neither a function word nor a number, lower case: ("economy", "jobs") for "the
/// economy added 358,000 jobs". `None` when either is missing or a pronoun.
pub(super) fn roles(tokens: &[Token], verb: usize, clause: &Range<usize>) -> Option<Roles> {
    let content = |t: &Token| {
        t.is_word() && !is_function_word(t) && !t.lower.chars().any(|c| c.is_ascii_digit())
    };
    // "the economy has added": the word before the auxiliaries.
    let mut i = verb;
    let subject = loop {
        let j = word_before_adverbs(tokens, i).filter(|&j| j >= clause.start)?;
        if !tokens[j].is(AUXILIARIES) {
            break j;
        }
        i = j;
    };
    if !content(&tokens[subject]) {
        return None;
    }
    let object = tokens[verb + 1..clause.end.max(verb + 1)]
        .iter()
        .take(OBJECT_REACH)
        .find(|t| content(t))?;
    Roles::new(&tokens[subject].lower, &object.lower)
}
