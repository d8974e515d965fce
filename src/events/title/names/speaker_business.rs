//! "The company" in what a business says is that business: in "Acme Corp. said a Denver
//! investor agreed to buy the company", the investor buys Acme, and a title that drops the
//! speaker names it ("A Denver investor agreed to buy Acme Corp."). So is "the company" in
//! what one of the business's staff says: "An Acme spokesman said the company would".

use super::super::super::chunk::has_ending;
use super::super::holds::{find, holds};
use super::super::subject::Subject;
use super::super::{ARTICLES, Class, Lex, MAX_CHARS, REACH, Titles, is, lowercase};

/// How many words the name of a business before its staff's title may have.
pub(in crate::events::title) const STAFF_NAME_WORDS: usize = 3;

impl Titles<'_> {
    /// `title`, made around `tokens[trigger]`, with its one "the company" after its first
    /// word told by the name of the business whose verb of saying reports it, when the title
    /// names that business nowhere else.
    pub(in crate::events::title) fn with_speaker_business(
        &self,
        title: String,
        trigger: usize,
    ) -> String {
        // Asked of every title: found by its rare last letter, not the standard search.
        let Some(at) = find(&title, " the company") else {
            return title;
        };
        let end = at + " the company".len();
        if title[end..].starts_with(char::is_alphanumeric) || holds(&title[end..], " the company") {
            return title;
        }
        let Some(name) = self.speaking_business(trigger) else {
            return title;
        };
        let first = name.split(' ').next().unwrap_or(&name);
        if title.split(' ').any(|w| w.trim_end_matches("'s") == first) {
            return title;
        }
        // "Acme Widget Corp." whole, or without its suffix when that is too long.
        let short = name.rsplit_once(' ').map_or(name.as_str(), |(s, _)| s);
        [name.as_str(), short]
            .into_iter()
            .map(|n| format!("{} {n}{}", &title[..at], &title[end..]))
            .find(|t| t.chars().count() <= MAX_CHARS)
            .unwrap_or(title)
    }

    /// The business, named with its suffix ("Acme Corp."), whose verb of saying reports the
    /// clause with the one "the company" near `tokens[trigger]`.
    fn speaking_business(&self, trigger: usize) -> Option<String> {
        let n = self.tokens.len().min(trigger + REACH);
        let mut nouns = (trigger.saturating_sub(REACH)..n)
            .filter(|&k| k > 0 && self.word(k) == "company" && self.word(k - 1) == "the");
        let (Some(k), None) = (nouns.next(), nouns.next()) else {
            return None;
        };
        let speaker = self.candidate(&self.reporter_before(k)?);
        let suffix = speaker.text.rsplit(' ').next()?.trim_end_matches('.');
        let business = speaker.named
            && !speaker.plural
            && speaker.text.contains(' ')
            && speaker.text.starts_with(char::is_uppercase)
            && is(Lex::CompanySuffixes, &lowercase(suffix));
        business.then_some(speaker.text)
    }

    /// The business whose staff reports the clause of `tokens[the]`: the capitalised name
    /// that opens the subject of the verb of saying before it, after an article at most, and
    /// that a staff word follows, itself or after "'s" ("A Zenda spokesman said the company",
    /// "Zenda's chief executive told reporters the company"). Not a people's adjective ("A
    /// Danish official").
    pub(super) fn staff_business(&self, the: usize) -> Option<String> {
        self.staff_owner(&self.reporter_before(the)?)
    }

    /// The business that `words`, a speaker's phrase, names as its staff's, itself or after
    /// "'s" and an article at most: "a Zenda spokesman", "Zenda's chief executive".
    pub(in crate::events::title) fn staff_owner(&self, words: &[usize]) -> Option<String> {
        let words = match words.split_first() {
            Some((&a, rest)) if self.tokens[a].is(ARTICLES) => rest,
            _ => words,
        };
        let end = words
            .iter()
            .position(|&w| !self.tokens[w].capitalized || self.tokens[w].is_lex(Lex::StaffWords))?;
        let (name, rest) = words.split_at(end);
        let (&first, &last) = (name.first()?, name.last()?);
        let staff = match rest {
            [mark, staff, ..] if self.class(*mark) == Class::Poss => *staff,
            [staff, ..] => *staff,
            [] => return None,
        };
        let named = name.len() <= STAFF_NAME_WORDS
            && name.iter().all(|&w| self.class(w) == Class::Name)
            && self.tokens[staff].is_lex(Lex::StaffWords)
            && !has_ending(self.word(first), &[Lex::PeopleAdjectiveEndings]);
        named.then(|| {
            self.text[self.tokens[first].span.start..self.tokens[last].span.end].to_string()
        })
    }

    /// The words of the subject of the last verb of saying within reach before `tokens[k]`,
    /// which reports the clause `tokens[k]` is in.
    fn reporter_before(&self, k: usize) -> Option<Vec<usize>> {
        let saying = (k.saturating_sub(REACH)..k)
            .rev()
            .find(|&j| self.class(j) == Class::Verb && self.says(j))?;
        match self.subject_of(self.verb_group_around(saying).start, 0)? {
            Subject::Words(words) => Some(words),
            Subject::Named(_) => None,
        }
    }
}
