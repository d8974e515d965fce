//! A date that is a word of a name: "the Easter Offensive", "a 1971 Convention", "the 1917
//! October Revolution". Between an article and a capitalized noun the date names the thing
//! (without it "the Offensive" says nothing), so a title keeps it where it drops other dates.
//! So does a date that names an event after it with "of" ("the attacks of September 11"),
//! when the title would be the bare phrase: "The attacks" alone says nothing on a chart
//! ("The Tarn floods" names its place and does).
//! Apart from `skip.rs`, which says what a title leaves out.

use super::{ARTICLES, Class, Titles};

/// How many tokens a date inside a name may hold ("1917 October", "Easter").
const NAME_DATE: usize = 3;

impl Titles<'_> {
    /// `tokens[i]`, a word of the date, stands in a name: an article before the date's words
    /// and one capitalized noun right after them that ends the phrase ("the Easter Offensive
    /// of"). A decade ("the 1990s Congress passed") is a time, no part of a name, and the
    /// date's words are each a capitalized word or a number. Before a longer name or a noun
    /// ("the 1996 Olympic bombing", "the March 1926 Acme Dock Strike") the name stands alone.
    pub(super) fn date_in_name(&self, i: usize) -> bool {
        let n = self.tokens.len();
        let first = self.removed_run_start(i, NAME_DATE);
        let mut end = i + 1;
        while end < n && end - first < NAME_DATE && self.remove[end] {
            end += 1;
        }
        let named = |k: usize| {
            self.tokens[k].capitalized || self.word(k).bytes().all(|b| b.is_ascii_digit())
        };
        // "the 1996 Olympic bombing": an "-ing" form after the name is its noun.
        let ends_phrase = self.classes.get(end + 1).is_none_or(|&c| {
            !(matches!(c, Class::Noun | Class::Name | Class::Num | Class::Poss)
                || (c == Class::Verb && self.word(end + 1).ends_with("ing")))
        });
        first > 0
            && end < n
            && (first..end).all(named)
            && self.tokens[first - 1].is(ARTICLES)
            && !self.remove[end]
            && self.tokens[end].capitalized
            && matches!(self.class(end), Class::Name | Class::Noun)
            && ends_phrase
    }

    /// `title` is the noun phrase of `tokens[trigger]` alone (its last words, the date left
    /// out), naming no place or owner, and the phrase is followed by "of" and a date: the
    /// phrase with that date tells the event.
    pub(super) fn bare_before_of_date(&self, title: &str, trigger: usize) -> bool {
        let (_, end) = self.noun_phrase_around(trigger);
        end + 1 < self.tokens.len()
            && self.word(end) == "of"
            && self.remove[end + 1]
            && self.bare_unnamed(title, trigger)
    }

    /// `title` is the noun phrase of `tokens[trigger]` alone (its last words, the date left
    /// out), and the phrase names no place or owner: "The heavy storms", not "The Tarn floods"
    /// (which stands alone).
    pub(super) fn bare_unnamed(&self, title: &str, trigger: usize) -> bool {
        let (start, end) = self.noun_phrase_around(trigger);
        let head: Vec<usize> = (start..end).filter(|&k| !self.skipped(k)).collect();
        if head.iter().any(|&k| self.class(k) == Class::Name) {
            return false;
        }
        let phrase = self.join(&head).to_lowercase();
        let title = title.to_lowercase();
        phrase.ends_with(title.strip_prefix("the ").unwrap_or(&title))
    }
}
