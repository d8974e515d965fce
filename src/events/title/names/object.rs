//! The person an object pronoun stands for: "him" is never its own clause's subject (that
//! would be "himself"), so it is the one other person its sentence names before it, or, when
//! the sentence names no one else, the one person the sentence before names: "Police were
//! looking for Tom Roe. Until Friday they had called him a witness" is "they had called Tom
//! Roe a witness".

use super::super::subject::{Candidate, Subject};
use super::super::{Class, MAX_CHARS, REACH, Titles, capitalize};
use super::fits_sex;

impl Titles<'_> {
    /// `title`, made around `tokens[trigger]`, with its one "him" told by the name it stands
    /// for, when that name is sure, not in the title already, and fits.
    pub(in crate::events::title) fn with_object_named(
        &self,
        title: String,
        trigger: usize,
    ) -> String {
        if self.hops > 0 || !*self.has_him.get_or_init(|| self.words.contains(&"him")) {
            return title;
        }
        let Some(at) = title.split(' ').position(|w| matches!(w, "him" | "Him")) else {
            return title;
        };
        let n = self.tokens.len().min(trigger + REACH);
        let mut hims = (trigger.saturating_sub(REACH)..n).filter(|&k| self.word(k) == "him");
        let (Some(k), None) = (hims.next(), hims.next()) else {
            return title;
        };
        let Some(name) = self.object_named(k) else {
            return title;
        };
        // "met Tom Lee to offer him a seat": the title names him already.
        let surname = name.rsplit(' ').next().unwrap_or(&name);
        if title
            .split(' ')
            .any(|w| w.trim_end_matches("'s") == surname)
        {
            return title;
        }
        let mut words: Vec<&str> = title.split(' ').collect();
        words[at] = &name;
        let named = words.join(" ");
        if named.chars().count() > MAX_CHARS {
            return title;
        }
        capitalize(&named)
    }

    /// The name "him" at `tokens[k]` stands for.
    fn object_named(&self, k: usize) -> Option<String> {
        let from = k.saturating_sub(REACH);
        // A pronoun in a quotation speaks in another voice.
        if (from..k).any(|j| self.quote_mark(j)) {
            return None;
        }
        let verb = (from..k).rev().find(|&j| self.class(j) == Class::Verb)?;
        let subject = self.subject_of(self.verb_group_around(verb).start, 2)?;
        let (first, end, subject) = match subject {
            Subject::Words(words) => {
                let (&first, &last) = (words.first()?, words.last()?);
                (first, last + 1, self.candidate(&words).text)
            }
            // A pronoun that is the subject: "they had called him".
            Subject::Named(name) => (k, k, name.text),
        };
        // "he suggested Smith had tricked him", "his rival beat him": "him" may be "he",
        // whom the other person must then be.
        let mut found: Option<Candidate> = None;
        for j in (from..k).filter(|j| !(first..end).contains(j)) {
            if matches!(self.word(j), "he" | "his") {
                let he = self.name_for_pronoun(j, "he")?;
                if found.as_ref().is_some_and(|f| f.text != he.text) {
                    return None;
                }
                found = Some(he);
            }
        }
        for (a, b) in [(0, first.min(k)), (end.min(k), k)] {
            if a >= b || !self.someone(a, b) {
                continue;
            }
            let person = self.sole_person(a, b)?;
            if found.as_ref().is_some_and(|f| f.text != person.text) {
                return None;
            }
            found = Some(person);
        }
        // Else the one person the sentence before names: "Ann Roe met Tom Lee. Police
        // arrested him" is unsure.
        let found = match found {
            Some(person) => person,
            None => self
                .previous_person
                .get_or_init(|| self.previous_sentence(|t| t.sole_person(0, t.tokens.len())))
                .clone()?,
        };
        (found.text != subject && fits_sex(&found.text, "he")).then_some(found.text)
    }

    /// Someone is named or told from `tokens[from]` to `tokens[to]`, the date aside.
    fn someone(&self, from: usize, to: usize) -> bool {
        (from..to).any(|j| !self.remove[j] && (self.person_word(j) || self.class(j) == Class::Name))
    }
}
