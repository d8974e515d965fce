//! An "-ing" form between a determiner's date and a preposition is a noun: "the October
//! slaying of", "a 1998 bombing in". The chunker reads an "-ing" form right after an article
//! as a noun; a date between them hides the article from it.

use super::super::chunk::Class;
use super::super::words::{ARTICLES, Token};

/// How many tokens a date between an article and its noun may hold ("the Oct. 23").
const DATE_WORDS: usize = 6;

/// `tokens[i]`, an "-ing" form the chunker took for a verb, follows a date (marked in `remove`)
/// that follows an article, and a preposition follows it: the article's noun.
#[inline]
pub(super) fn is_dated_gerund(
    classes: &[Class],
    tokens: &[Token],
    remove: &[bool],
    i: usize,
) -> bool {
    // Most tokens follow no date: that test first, as every token of a title's sentence asks.
    if i == 0
        || !remove[i - 1]
        || classes[i] != Class::Verb
        || classes.get(i + 1) != Some(&Class::Prep)
        || tokens[i].capitalized
        || !tokens[i].lower.ends_with("ing")
    {
        return false;
    }
    // Back over the date to the word before it; the article may be the date's own first word.
    let mut j = i - 1;
    while j > 0 && i - j < DATE_WORDS && remove[j] {
        if tokens[j].is(ARTICLES) {
            return true;
        }
        j -= 1;
    }
    tokens[j].is(ARTICLES)
}
