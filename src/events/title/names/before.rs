//! The sentence before a title's own: its words cut once, and what a title's rules read in
//! it (its first subject, a business or an owner it names).

use std::ops::Range;

use super::super::super::words::past_first_word;
use super::super::subject::{Candidate, Subject};
use super::super::{
    Class, Lex, OFFICES, PRONOUN_REACH, REACH, Titles, Token, ends_in_plural_s, is, is_in, tokens,
};
use super::{SURNAME_REACH, opens_or_closes_quote};

impl Titles<'_> {
    /// What `read` finds in the sentence before this one.
    pub(in crate::events::title) fn previous_sentence<T>(
        &self,
        read: impl FnOnce(&Titles) -> Option<T>,
    ) -> Option<T> {
        let sentence = self.previous_tokens()?;
        // Its word classes are found once for all the questions asked of it (taken out while
        // one is read: a question asked inside it finds them anew).
        let (days, found) = self.previous_found.take().unwrap_or_else(|| {
            let days = weekdays(sentence);
            let found = Titles::new(self.text, sentence, &days).into_found();
            (days, found)
        });
        let mut titles = Titles::again(self.text, sentence, &days, found);
        titles.hops = self.hops + 1;
        titles.windows = self.windows;
        let answer = read(&titles);
        let found = titles.into_found();
        self.previous_found.set(Some((days, found)));
        answer
    }

    /// The words of the sentence before this one (see [`Self::previous_sentence`]), cut once.
    pub(in crate::events::title) fn previous_tokens(&self) -> Option<&[Token]> {
        self.previous_tokens
            .get_or_init(|| {
                let opens = self
                    .opens_at
                    .or_else(|| Some(self.tokens.first()?.span.start))?;
                let span = self.sentence_before(opens)?;
                // A quotation names in another voice: "We kept our word." He left. The
                // sentence before the quotation tells who spoke it.
                let span = match opens_or_closes_quote(self.text[span.clone()].trim_start()) {
                    true => self.before_quotation(span)?,
                    false => span,
                };
                Some(self.words_at(span))
            })
            .as_deref()
    }

    /// The words of the text at `range` ([`tokens`]), read from the windows the text's
    /// sentences share when these titles have them.
    pub(in crate::events::title) fn words_at(&self, range: Range<usize>) -> Vec<Token> {
        match self.windows {
            Some(windows) => windows.words(range),
            None => tokens(self.text, range),
        }
    }

    /// What `read` finds in the sentence of the text at `span`, `hops` sentences before
    /// this one.
    pub(in crate::events::title) fn read_sentence<T>(
        &self,
        span: Range<usize>,
        hops: usize,
        read: impl FnOnce(&Titles) -> Option<T>,
    ) -> Option<T> {
        self.read_tokens(&self.words_at(span), hops, read)
    }

    /// What `read` finds in the sentence of `sentence`, `hops` sentences before this one.
    pub(in crate::events::title) fn read_tokens<T>(
        &self,
        sentence: &[Token],
        hops: usize,
        read: impl FnOnce(&Titles) -> Option<T>,
    ) -> Option<T> {
        let days = weekdays(sentence);
        let mut titles = Titles::new(self.text, sentence, &days);
        titles.hops = self.hops + hops;
        titles.windows = self.windows;
        read(&titles)
    }

    /// The span of the last sentence before byte `here` of the text, within
    /// [`PRONOUN_REACH`].
    pub(in crate::events::title) fn sentence_before(&self, here: usize) -> Option<Range<usize>> {
        let from = self.reach_back(here, PRONOUN_REACH);
        let window = self.text[from..here].trim_end();
        // The sentence splitter's last sentence ("Reyes, 37, of St. Cloud, Minn., became" is
        // one), or the last line: a heading or a paragraph may end without a full stop.
        let spans = crate::text::sentences(window);
        let last = spans.last()?;
        let line = window.rfind('\n').map_or(0, |n| n + 1);
        if spans.len() == 1 && from > 0 && line == 0 {
            return None;
        }
        Some(from + last.start.max(line)..from + window.len())
    }

    /// The subject of the sentence's first verb with a tense, past a subordinate clause that
    /// opens it.
    pub(super) fn first_subject(&self) -> Option<Candidate> {
        let (verb, subject) = self.first_verb_and_subject()?;
        match subject {
            Subject::Words(words) => {
                let mut found = self.candidate(&words);
                // "Investigators have", "Unisys has": the verb tells the number.
                match self.word(verb) {
                    "are" | "were" | "have" => found.plural = true,
                    _ => {}
                }
                found.plural |= self.opens_with_plural_noun(&words);
                Some(found)
            }
            Subject::Named(name) => Some(name),
        }
    }

    /// "Officials met the union": a subject that is one capitalised word in "-s" opening the
    /// sentence is a plural common noun, no name ("Unisys", "Peters"), when its singular is
    /// a listed word for a person or a body ("official", "authority") or the text writes the
    /// word in lower case nearby.
    fn opens_with_plural_noun(&self, words: &[usize]) -> bool {
        let &[w] = words else {
            return false;
        };
        let word = self.word(w);
        if past_first_word(self.tokens, w)
            || self.class(w) != Class::Name
            || !ends_in_plural_s(word)
        {
            return false;
        }
        let singular = match word.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => word[..word.len() - 1].to_string(),
        };
        let listed = [
            Lex::PersonWords,
            Lex::PeopleNouns,
            Lex::BodyNouns,
            Lex::OrganizationNouns,
        ]
        .into_iter()
        .any(|lex| is(lex, &singular))
            || is_in(OFFICES, &singular);
        listed || self.written_lower_near(w)
    }

    /// The text writes the word at `tokens[w]` in lower case, as a whole word, within
    /// [`SURNAME_REACH`] bytes on either side of it.
    pub(super) fn written_lower_near(&self, w: usize) -> bool {
        let span = self.tokens[w].span.clone();
        let word = self.word(w);
        let from = self.reach_back(span.start, SURNAME_REACH);
        let to = self.reach_ahead(span.end, SURNAME_REACH);
        let window = &self.text[from..to];
        let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        window.match_indices(word).any(|(at, _)| {
            !letter(window[..at].chars().next_back())
                && !letter(window[at + word.len()..].chars().next())
        })
    }

    /// The first verb with a tense of the sentence's main clause and its subject.
    pub(super) fn first_verb_and_subject(&self) -> Option<(usize, Subject)> {
        let sentence = self.tokens;
        // "As opposition mounted, Diem sought": a clause that opens with a subordinator is
        // not the main clause, whose subject a pronoun after it stands for.
        let subordinate = sentence.first().is_some_and(|t| {
            (self.class(0) == Class::Sub && t.lower != "but")
                || (self.class(0) == Class::Prep && t.is_lex(Lex::OpeningClausePrepositions))
        });
        let main = if subordinate {
            (0..sentence.len().min(REACH))
                .find(|&j| self.word(j) == ",")
                .map_or(0, |c| c + 1)
        } else {
            0
        };
        // "To try to restrain the slaughter, Carranza formed": the first verb with a subject.
        (main..sentence.len().min(REACH))
            .filter(|&j| matches!(self.class(j), Class::Verb | Class::Aux))
            .map(|j| self.verb_group_around(j))
            .filter(|g| self.class(g.start) != Class::To && self.finite(g.start))
            .find_map(|g| Some((g.start, self.subject_of(g.start, 0)?)))
    }
}

/// The tokens of `sentence`, read by another sentence's titles, to leave out: its dates are not
/// tagged there, and a day's name with its "on" is the one a subject may be mistaken for ("Ray
/// Dunn on Friday tried ... He": Dunn, not Friday).
fn weekdays(sentence: &[Token]) -> Vec<bool> {
    let mut days = vec![false; sentence.len()];
    for (j, token) in sentence.iter().enumerate() {
        if token.capitalized && token.is_lex(Lex::WeekdayNames) {
            days[j] = true;
            if j > 0 && sentence[j - 1].lower == "on" {
                days[j - 1] = true;
            }
        }
    }
    days
}
