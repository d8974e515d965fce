//! A person's full name that leaves no room for what the verb needs, told by the surname
//! alone, as headlines do: "Jane Q. Doe was named president of Acme" is "Doe was named
//! president of Acme" when the name whole leaves "of Acme" out. Only for a name the sentence
//! gives in full that is surely a person's: an office or a word for a person before it
//! ("spokesman Tom Hale"), a middle initial ("Jane Q. Doe"), or its surname used alone near
//! it in the text ("... Doe said"), as news copy tells a person once named. Not a single
//! word, nor a business ("Morgan Grenfell" is never "Grenfell").

use super::names::SURNAME_REACH;
use super::subject::Subject;
use super::{Class, Lex, OFFICES, Titles};

/// The most words a person's name has, initials aside: "Mary Ann de Vries" (the periods of
/// initials are words of their own).
const NAME_WORDS: usize = 4;

impl Titles<'_> {
    /// `title`, or when a phrase the verb needs is cut or left out and the subject is a
    /// person's full name, the title with the surname alone, if that keeps more of the
    /// phrases.
    pub(super) fn with_surname(
        &self,
        title: String,
        subject: Option<&Subject>,
        verb_words: &[usize],
        phrases: &[Vec<usize>],
    ) -> String {
        let Some(Subject::Words(words)) = subject else {
            return title;
        };
        // Most subjects end on no name of two words: nothing to measure.
        let named = |w: &usize| self.tokens[*w].capitalized && self.class(*w) == Class::Name;
        if words.len() < 2 || !words.last().is_some_and(named) {
            return title;
        }
        let surname = self.surname_of(words).map(|s| Subject::Words(vec![s]));
        self.with_shorter_subject(title, surname, verb_words, phrases)
    }

    /// The surname of a subject that is a person's full name (see the module's doc), its
    /// office aside.
    fn surname_of(&self, words: &[usize]) -> Option<usize> {
        let shown = self.offices_dropped(words);
        let (&surname, given) = shown.split_last()?;
        let periods = shown.iter().filter(|&&w| self.word(w) == ".").count();
        if given.is_empty() || shown.len() - periods > NAME_WORDS || words.last() != Some(&surname)
        {
            return None;
        }
        // The name is the last words of the subject, one after the other.
        let start = words.len() - shown.len();
        if words[start..] != shown[..] {
            return None;
        }
        // "Q" and "." of "Jane Q. Doe": an initial, a capital and its period.
        let initial_at = |n: usize| {
            shown.get(n + 1).is_some_and(|&p| self.word(p) == ".") && self.word(shown[n]).len() == 1
        };
        let initial = (0..given.len()).any(initial_at);
        let name_word = |n: usize| {
            let w = shown[n];
            let t = &self.tokens[w];
            (n > 0 && self.word(w) == "." && initial_at(n - 1))
                || (self.class(w) == Class::Name
                    && t.capitalized
                    && !t.is_lex(Lex::BodyNouns)
                    && !t.is_lex(Lex::CompanySuffixes)
                    && !t.is_lex(Lex::OrganizationNouns)
                    && !t.is_lex(Lex::LegalForms)
                    && !t.is_lex(Lex::CompassWords))
        };
        let letters = self.word(surname);
        let plain = letters.len() > 2 && letters.chars().all(char::is_alphabetic);
        // (A surname in capitals only is an acronym: "the ABC".)
        let text = &self.text[self.tokens[surname].span.clone()];
        let capitals = text.chars().all(|c| c.is_uppercase());
        if !plain || capitals || !(0..shown.len()).all(name_word) {
            return None;
        }
        let office = start > 0
            || words
                .iter()
                .any(|&w| self.tokens[w].is(OFFICES) || self.tokens[w].is_lex(Lex::PersonWords));
        let last_given = &self.text[self.tokens[*given.last()?].span.clone()];
        let (alone, joined) = self.surname_used(surname, last_given);
        // "Mr Ruiz Pena" used again whole, never "Pena": the two words are one surname.
        (alone || ((office || initial) && !joined)).then_some(surname)
    }

    /// How the text uses the word at `tokens[surname]` elsewhere within [`SURNAME_REACH`]
    /// bytes: alone (after no capitalised word, or after a word for a person: "Mr Doe"), and
    /// after `given`, the word before it here ("Mr Rodriguez Saa": two words of one surname).
    fn surname_used(&self, surname: usize, given: &str) -> (bool, bool) {
        let span = self.tokens[surname].span.clone();
        let name = &self.text[span.clone()];
        let from = self.reach_back(span.start, SURNAME_REACH);
        let mut to = (span.end + SURNAME_REACH).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        let window = &self.text[from..to];
        let (mut alone, mut joined) = (false, false);
        // Searched with `memmem`, a vector of bytes at a time: the window is thousands of
        // bytes, and the standard search read it a byte at a time.
        for at in memchr::memmem::find_iter(window.as_bytes(), name.as_bytes()) {
            let after = window[at + name.len()..].chars().next();
            let before = window[..at].chars().next_back();
            if from + at == span.start
                || after.is_some_and(char::is_alphanumeric)
                || !matches!(before, Some(' ' | '\n'))
            {
                continue;
            }
            let raw = window[..at - 1].rsplit([' ', '\n']).next().unwrap_or("");
            let previous = raw.trim_end_matches('.');
            let lower = previous.to_lowercase();
            let person = super::is_in(OFFICES, &lower) || super::is(Lex::PersonWords, &lower);
            // "... in May. Doe said": a word that ends a sentence or clause is no given name
            // (an initial is: "Jane Q. Doe").
            let ended = raw.ends_with(['.', ',', ';', ':', '!', '?', '"', ')'])
                && !(previous.len() == 1 && raw.len() == 2);
            joined |= previous == given;
            alone |= person || ended || !previous.starts_with(char::is_uppercase);
        }
        (alone, joined)
    }
}
