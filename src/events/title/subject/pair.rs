//! A pair whose second member is told by a role and its name between commas: in "Ann Roe
//! and her deputy, Tom Lee, met the board" the two met it, not Tom Lee alone. The first
//! member stays; "he" or "she" there is the name it stands for, when one is found.

use super::super::{Class, Lex, Titles};
use super::{Candidate, Subject};

impl Titles<'_> {
    /// The subject "X and <role>, <name>," makes, `tokens[open]` and `tokens[close]` the
    /// commas around the name: the first member, "and" and the name.
    pub(super) fn pair_with_role(&self, open: usize, close: usize) -> Option<Subject> {
        let role = self.noun_phrase_ending_at(open.checked_sub(1)?);
        // "Ann Roe and her deputy" is one noun phrase; "he and" is none.
        let (first, and, last) = match role.iter().rposition(|&w| self.word(w) == "and") {
            // "Ann Roe and her deputy", not "the Mining and Energy Union secretary".
            Some(a)
                if a > 0
                    && role[..a].iter().all(|&w| self.class(w) == Class::Name)
                    && role[a + 1..].iter().all(|&w| {
                        matches!(self.class(w), Class::Det | Class::Noun)
                            && !self.tokens[w].capitalized
                    }) =>
            {
                (role[0], role[a], role[a - 1])
            }
            Some(_) => return None,
            None => {
                let and = self.left_past_skipped(*role.first()?)?;
                let last = self.left_past_skipped(and)?;
                let pronoun = self.class(last) == Class::Pron
                    && self.tokens[last].is_lex(Lex::ResolvablePronouns);
                if self.word(and) != "and" || !pronoun {
                    return None;
                }
                (last, and, last)
            }
        };
        // "They met Ann Roe and her deputy, Tom Lee, who": a verb's or a preposition's
        // object is no subject.
        let governed = self.left_past_skipped(first).is_some_and(|b| {
            self.class(b) == Class::Prep || (self.class(b) == Class::Verb && !self.says(b))
        });
        if governed || matches!(self.word(last), "it" | "they") {
            return None;
        }
        let mut words: Vec<usize> = (first..=and).filter(|&j| !self.skipped(j)).collect();
        words.extend(open + 1..close);
        if self.class(last) != Class::Pron {
            return Some(Subject::Words(words));
        }
        // "Ann Roe says she and her deputy, Tom Lee, met": the speaker.
        let speaker = self
            .left_past_skipped(first)
            .filter(|&b| self.says(b) && matches!(self.word(last), "he" | "she"))
            .and_then(|b| self.subject_of(self.verb_group_around(b).start, 0));
        if let Some(Subject::Words(mut speaker)) = speaker
            && !speaker.is_empty()
            && speaker.iter().all(|&w| self.class(w) == Class::Name)
        {
            speaker.extend(&words[words.len() - (close - open - 1) - 1..]);
            return Some(Subject::Words(speaker));
        }
        // A name alone ("Ann Roe"), not a described one, which the pair would bury.
        let name_alone = |c: &Candidate| {
            c.named
                && c.text
                    .split(' ')
                    .all(|w| w.starts_with(|ch: char| ch.is_uppercase()))
        };
        let Some(name) = self.name_for(last).filter(name_alone) else {
            return Some(Subject::Words(words));
        };
        let mut text = name.text;
        text.push_str(" and ");
        self.push_joined(&mut text, &words[words.len() - (close - open - 1)..]);
        Some(Subject::Named(Candidate::pair(text)))
    }
}
