//! A subject whose trailing phrase leaves no room for what the verb needs, told without that
//! phrase, as headline writers drop it first: "The council of elders of Arden county will
//! vote on the plan" is "The council of elders will vote on the plan" when the whole subject
//! leaves "on the plan" out. Dropped: a phrase of place ("the clerks in Dover"), or an "of"
//! phrase after the first one ("the board of governors | of the bank"), after a common noun
//! in lower case. The first "of" stays, as the noun's own ("one of the sons", "the board of
//! governors"), and so does the phrase a noun needs ("the ban on imports"); a head that says
//! little alone keeps all its phrases ("the rest of the men in Dover"). Short of room still, a
//! subject whose noun an "-ing" form's phrase describes goes without that phrase: "A tremor
//! measuring 4.2 on the Richter scale has rocked parts of the valley" is "A tremor has rocked
//! parts of the valley".

use super::subject::{Candidate, Subject};
use super::{Class, Form, Lex, Titles, is, is_plural_form};

impl Titles<'_> {
    /// `title`, or when a phrase the verb needs is cut or left out and the subject ends on a
    /// phrase a headline drops, the title with the subject without it, if that keeps more of
    /// the phrases.
    pub(super) fn with_subject_phrase_dropped(
        &self,
        title: String,
        subject: Option<&Subject>,
        verb_words: &[usize],
        phrases: &[Vec<usize>],
    ) -> String {
        let short = match subject {
            Some(Subject::Words(words)) => self.subject_without_phrase(words).map(Subject::Words),
            Some(Subject::Named(name)) => text_without_phrase(&name.text).map(|text| {
                Subject::Named(Candidate {
                    text: text.to_string(),
                    ..name.clone()
                })
            }),
            None => None,
        };
        let title = self.with_shorter_subject(title, short, verb_words, phrases);
        let short = match subject {
            Some(Subject::Words(words)) => self.subject_without_ing_phrase(words),
            _ => None,
        };
        self.with_shorter_subject(title, short.map(Subject::Words), verb_words, phrases)
    }

    /// `title`, or when a phrase the verb needs is cut or left out, the title with the
    /// shorter subject `short`, if that keeps more of the phrases.
    pub(super) fn with_shorter_subject(
        &self,
        title: String,
        short: Option<Subject>,
        verb_words: &[usize],
        phrases: &[Vec<usize>],
    ) -> String {
        // The subject first: most have no shorter form, and the room is costly to measure.
        let Some(short) = short else {
            return title;
        };
        if !self.needs_room(&title, phrases) {
            return title;
        }
        let made = self.assemble_dropping(Some(&short), verb_words, phrases);
        if self.phrases_kept(&made, phrases) > self.phrases_kept(&title, phrases) {
            made
        } else {
            title
        }
    }

    /// A phrase the title needs is cut or left out: the object, one cut short, or one after
    /// a verb or a noun that asks for it ("flew there to appeal | to the court"), not a
    /// second place or time a title leaves out by choice.
    pub(super) fn needs_room(&self, title: &str, phrases: &[Vec<usize>]) -> bool {
        let Some(cut) = phrases.iter().position(|p| !self.holds_whole(title, p)) else {
            return false;
        };
        let asks = |p: &[usize]| {
            p.last().is_some_and(|&w| {
                self.class(w) == Class::Verb
                    || self.tokens[w].is_lex(Lex::ComplementNouns)
                    || self.tokens[w].is_lex(Lex::InfinitiveNouns)
            })
        };
        cut == 0 || self.phrases_kept(title, phrases).1 > 0 || asks(&phrases[cut - 1])
    }

    /// `words`, a subject, up to the phrase a headline drops (see the module's doc); None
    /// when it has none.
    fn subject_without_phrase(&self, words: &[usize]) -> Option<Vec<usize>> {
        // "the last stage of the sale of the unit": a head that says little alone keeps its
        // phrases, and the phrases after the verb give way (as in `shape`).
        if words
            .iter()
            .any(|&w| self.tokens[w].is_lex(Lex::RelationalNouns))
        {
            return None;
        }
        let mut of_seen = false;
        for p in 1..words.len() {
            let (w, before) = (words[p], words[p - 1]);
            if self.class(w) != Class::Prep || before + 1 != w {
                continue;
            }
            let of = self.word(w) == "of";
            let droppable = (of && of_seen) || self.tokens[w].is_lex(Lex::PlacePrepositions);
            of_seen |= of;
            let t = &self.tokens[before];
            let noun = self.class(before) == Class::Noun
                && !t.capitalized
                && !t.is_lex(Lex::ComplementNouns);
            if droppable && noun {
                return Some(words[..p].to_vec());
            }
        }
        None
    }

    /// The subject's head, cut at `words[end]`, would end on a participle whose phrase the
    /// cut leaves out: "A project working | on new engines", "Residents living | near the
    /// plant". The participle goes with its phrase. An "-ing" word after a noun the chunker
    /// read as a noun is a participle after a plural or a noun that "a" opens ("bank lending
    /// in May" names one activity), and before no "of" ("an emergency meeting of").
    pub(super) fn participle_before_cut(&self, words: &[usize], end: usize) -> bool {
        let [.., noun, ing] = words[..end] else {
            return false;
        };
        let token = &self.tokens[ing];
        // "an emergency meeting | of the ministers": a noun's own "of".
        if noun + 1 != ing
            || self.word(words[end]) == "of"
            || !token.lower.ends_with("ing")
            || !matches!(self.class(noun), Class::Noun | Class::Name)
        {
            return false;
        }
        let counted = || {
            is_plural_form(self.word(noun))
                || noun
                    .checked_sub(1)
                    .is_some_and(|a| self.indefinite_article(a))
        };
        self.class(ing) == Class::Verb || (token.has(Form::TitleVerb) && counted())
    }

    /// `words`, a subject, up to the "-ing" form whose phrase describes its noun right before
    /// it ("A tremor | measuring 4.2 on the Richter scale"); None when it has none. The form
    /// has words after it: a last "-ing" word may be the noun's own ("the wool trading").
    fn subject_without_ing_phrase(&self, words: &[usize]) -> Option<Vec<usize>> {
        let p = (1..words.len().saturating_sub(1)).find(|&p| {
            let (w, before) = (words[p], words[p - 1]);
            before + 1 == w
                && self.class(w) == Class::Verb
                && self.word(w).ends_with("ing")
                && matches!(self.class(before), Class::Noun | Class::Name)
        })?;
        Some(words[..p].to_vec())
    }
}

/// A name from before ("they" for "the clerks in Dover") up to the phrase a headline drops,
/// as [`Titles::subject_without_phrase`] finds it in the words of the sentence; the word
/// before the preposition is a common noun when it is in lower case and no participle ("the
/// troops based in Dover" is no noun and its phrase). None when it has no such phrase.
fn text_without_phrase(text: &str) -> Option<&str> {
    if text.split(' ').any(|w| is(Lex::RelationalNouns, w)) {
        return None;
    }
    let mut of_seen = false;
    let mut before: Option<&str> = None;
    let mut at = 0;
    for word in text.split(' ') {
        if let Some(noun) = before {
            let of = word == "of";
            let droppable = (of && of_seen) || is(Lex::PlacePrepositions, word);
            of_seen |= of;
            let common = noun.chars().all(|c| c.is_ascii_lowercase())
                && !noun.ends_with("ed")
                && !noun.ends_with("ing")
                && !is(Lex::ComplementNouns, noun);
            if droppable && common {
                return Some(&text[..at - 1]);
            }
        }
        before = Some(word);
        at += word.len() + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::text_without_phrase;

    #[test]
    fn a_name_from_before_loses_its_phrase_of_place_or_second_of() {
        assert_eq!(
            text_without_phrase("the clerks in Dover"),
            Some("the clerks")
        );
        assert_eq!(
            text_without_phrase("the board of governors of the bank"),
            Some("the board of governors")
        );
        // The noun's own "of", a head that says little alone, a noun that needs its phrase, a
        // participle, a name.
        assert_eq!(text_without_phrase("the rest of the army"), None);
        assert_eq!(text_without_phrase("the board of governors"), None);
        assert_eq!(text_without_phrase("the rest of the men in Dover"), None);
        assert_eq!(
            text_without_phrase("the end of the siege of the town"),
            None
        );
        assert_eq!(text_without_phrase("the troops based in Dover"), None);
        assert_eq!(text_without_phrase("the Bank of England"), None);
    }
}
