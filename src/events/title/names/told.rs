//! "The 35-year-old", "the man": a subject that tells a person only by age or by a noun
//! stands for the one person the text gave that age or noun with a name before ("Ann Roe,
//! 35,", "a man named Bo Linn", "Bo Linn, a local man"). An age the text never gave is the
//! one person the sentence before names as its subject, when the subject's own sentence names
//! no one before it. Anything less sure stays as written: a wrong name is worse than none.

use super::super::subject::Candidate;
use super::super::{ARTICLES, Lex, OFFICES, PRONOUN_HOPS, Titles, is, is_in, lowercase};
use super::role::name_after;
use crate::events::words::{AUXILIARIES, PREPOSITIONS};
use crate::text::month_number;

/// How far back, in bytes of text, an age or a noun looks for the name it was given with.
const TOLD_REACH: usize = 3000;
/// The most capitalised words a name is read with.
const NAME_WORDS: usize = 3;

/// What a subject tells of its person: an age, a noun, or both ("the 35-year-old man").
struct Told<'a> {
    age: Option<&'a str>,
    noun: Option<&'a str>,
}

/// What one mention in the text says of the person a subject tells.
enum Mention<'a> {
    /// Given with this surname.
    Named(&'a str),
    /// Given to someone the text does not name ("a 35-year-old man", "a man"): it may be
    /// the one meant.
    Unnamed,
    /// Says nothing of who.
    Nothing,
}

impl Titles<'_> {
    /// The surname of the one person a subject of "the", an age ("35-year-old") and a word
    /// for a person ([`Lex::PersonWords`], no office) stands for, as the text told it before.
    pub(in crate::events::title) fn told_named(&self, phrase: &[usize]) -> Option<Candidate> {
        let (&the, rest) = phrase.split_first()?;
        if self.word(the) != "the" || rest.is_empty() || rest.len() > 2 || self.hops >= PRONOUN_HOPS
        {
            return None;
        }
        let age = rest.first().and_then(|&w| age_of(self.word(w)));
        let noun = rest
            .last()
            .filter(|&&w| {
                let token = &self.tokens[w];
                token.is_lex(Lex::PersonWords) && !token.is(OFFICES) && !token.capitalized
            })
            .map(|&w| self.word(w));
        // "the 35-year-old", "the man", "the 35-year-old man": nothing else.
        let fits = match (age, noun) {
            (Some(_), Some(_)) => rest.len() == 2,
            (Some(_), None) | (None, Some(_)) => rest.len() == 1,
            (None, None) => false,
        };
        if !fits {
            return None;
        }
        self.role
            .get_or(the, || self.told_person(the, &Told { age, noun }))
    }

    /// The one person the text before `tokens[the]` told as `told` says, with a name.
    fn told_person(&self, the: usize, told: &Told) -> Option<Candidate> {
        let here = self.tokens[the].span.start;
        let from = self.reach_back(here, TOLD_REACH);
        let window = &self.text[from..here];
        // An age tells more than a noun: "the 35-year-old man" is the one given the age.
        let mentions = match (told.age, told.noun) {
            (Some(age), _) => age_mentions(window, age),
            (None, Some(noun)) => noun_mentions(window, noun),
            (None, None) => return None,
        };
        let mut found: Option<&str> = None;
        let mut mentioned = false;
        for mention in mentions {
            match mention {
                Mention::Named(name) => match found {
                    Some(f) if f != name => return None,
                    _ => found = Some(name),
                },
                Mention::Unnamed => return None,
                Mention::Nothing => continue,
            }
            mentioned = true;
        }
        let name = match found {
            Some(name) => name.to_string(),
            // "Tony Roe will play on. Roe changed his plans. Today, the 35-year-old": an age
            // the text gave no one is the person the sentence before is about.
            None if told.noun.is_none() && !mentioned && self.no_one_before(the) => {
                self.previous_named_person()?.text
            }
            None => return None,
        };
        Some(Candidate::person(name))
    }

    /// The sentence names or tells no one before `tokens[k]` (its date aside: "Today, the
    /// 35-year-old").
    fn no_one_before(&self, k: usize) -> bool {
        (0..k).all(|j| {
            self.remove[j] || !(self.person_word(j) || self.class(j) == super::super::Class::Name)
        })
    }

    /// The subject of the sentence before, when it is the one person that sentence names.
    pub(super) fn previous_named_person(&self) -> Option<Candidate> {
        let subject = self
            .previous_name
            .get_or_init(|| self.previous_sentence(|t| t.first_subject()))
            .as_ref()?;
        let person = self
            .previous_person
            .get_or_init(|| self.previous_sentence(|t| t.sole_person(0, t.tokens.len())))
            .as_ref()?;
        (subject.named && !subject.plural && subject.text == person.text).then(|| person.clone())
    }
}

/// The age of a word "35-year-old": "35".
fn age_of(word: &str) -> Option<&str> {
    let age = word.strip_suffix("-year-old")?;
    (!age.is_empty() && age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit())).then_some(age)
}

/// What each place `window` gives the age `age` says: "Ann Roe, 35,", "Ann Roe (35)", "Ann
/// Roe, aged 35", "Ann Roe, a 35-year-old", "35-year-old Ann Roe said" name her; "a
/// 35-year-old man" and "a man aged 35" do not.
fn age_mentions<'w>(window: &'w str, age: &str) -> Vec<Mention<'w>> {
    let mut found = Vec::new();
    for (at, _) in window.match_indices(age) {
        let before = &window[..at];
        let after = &window[at + age.len()..];
        let joined = before
            .bytes()
            .next_back()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'$' || b == b'.')
            || after.bytes().next().is_some_and(|b| b.is_ascii_digit());
        if joined {
            continue;
        }
        let mention = if let Some(rest) = after.strip_prefix("-year-old") {
            match name_after(rest).filter(|n| ends_a_name(rest, n)) {
                Some(name) => Mention::Named(name),
                None => by_determiner(before),
            }
        } else if after.starts_with([',', ')']) {
            if let Some(rest) = before.strip_suffix("aged ") {
                let rest = rest.strip_suffix(", ").unwrap_or(rest);
                name_ending(rest).map_or(Mention::Unnamed, Mention::Named)
            } else {
                before
                    .strip_suffix(", ")
                    .or_else(|| before.strip_suffix(" ("))
                    .and_then(name_ending)
                    .map_or(Mention::Nothing, Mention::Named)
            }
        } else {
            Mention::Nothing
        };
        found.push(mention);
    }
    found
}

/// What each place `window` tells a person with `noun` says: "a man named Bo Linn", "a man,
/// Bo Linn,", "Bo Linn, a local man" name him; "a man" alone does not; "the man" says nothing.
fn noun_mentions<'w>(window: &'w str, noun: &str) -> Vec<Mention<'w>> {
    let mut found = Vec::new();
    let lower = window.to_ascii_lowercase();
    for (at, _) in lower.match_indices(noun) {
        let before = &window[..at];
        let after = &window[at + noun.len()..];
        let inside = before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || after.chars().next().is_some_and(char::is_alphanumeric);
        if inside {
            continue;
        }
        let called = [" named", " called", " identified as"]
            .iter()
            .filter_map(|w| after.strip_prefix(w))
            .find_map(|rest| name_after(rest).filter(|n| ends_a_name(rest, n)));
        // "a man, Bo Linn, was": a name between commas right after the noun.
        let apposed = after
            .strip_prefix(',')
            .and_then(|rest| name_after(rest).filter(|n| rest[end_of(rest, n)..].starts_with(',')));
        let mention = match called.or(apposed) {
            Some(name) => Mention::Named(name),
            None => by_determiner(before),
        };
        found.push(mention);
    }
    found
}

/// What the determiner before a person's age or noun says, at most two describing words
/// back: "Bo Linn, a" names him; "a" or "another" alone tells someone the text does not
/// name; "the" tells again whom the text told before.
fn by_determiner(before: &str) -> Mention<'_> {
    let mut rest = before.trim_end();
    for _ in 0..3 {
        let start = rest.rfind([' ', '\n']).map_or(0, |s| s + 1);
        let word = &rest[start..];
        let head = &rest[..start];
        match word.to_ascii_lowercase().as_str() {
            "a" | "an" | "another" | "one" => {
                return head
                    .trim_end_matches(' ')
                    .strip_suffix(',')
                    .and_then(name_ending)
                    .map_or(Mention::Unnamed, Mention::Named);
            }
            "the" | "this" | "that" => return Mention::Nothing,
            _ => {}
        }
        // Only words that describe stand between: no punctuation, no name.
        let plain = word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if word.is_empty() || !plain {
            return Mention::Nothing;
        }
        rest = head.trim_end();
    }
    Mention::Nothing
}

/// The surname of the name of at most [`NAME_WORDS`] capitalised words `text` ends with,
/// when nothing before them says they are a place or a thing ("in New York", "the Herald").
fn name_ending(text: &str) -> Option<&str> {
    let mut words = text.rsplit(' ');
    let last = words.next()?;
    if !is_name_word(last) {
        return None;
    }
    for _ in 1..NAME_WORDS {
        match words.next() {
            Some(w) if is_name_word(w) => continue,
            Some(w) if is_in(ARTICLES, &lowercase(w)) || is_in(PREPOSITIONS, &lowercase(w)) => {
                return None;
            }
            _ => return Some(last),
        }
    }
    // A fourth capitalised word: a title or a heading, no one's name.
    words
        .next()
        .is_none_or(|w| !w.starts_with(char::is_uppercase))
        .then_some(last)
}

/// A word of a person's name: capitalised letters, no month, no function word ("In").
fn is_name_word(word: &str) -> bool {
    let lower = lowercase(word);
    word.starts_with(|c: char| c.is_uppercase())
        && word.chars().count() >= 2
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && month_number(word).is_none()
        && !word.ends_with("day")
        && !is_in(ARTICLES, &lower)
        && !is_in(PREPOSITIONS, &lower)
        && !is_in(AUXILIARIES, &lower)
}

/// Where the name `name`, a slice of `text`, ends in it.
fn end_of(text: &str, name: &str) -> usize {
    (name.as_ptr() as usize - text.as_ptr() as usize + name.len()).min(text.len())
}

/// The name `name`, a slice of `text`, ends the phrase: a punctuation mark or a verb follows
/// it ("35-year-old Ann Roe, who", "a man named Bo Linn was"), not a noun it describes ("a
/// 35-year-old Sydney man").
fn ends_a_name(text: &str, name: &str) -> bool {
    let after = &text[end_of(text, name)..];
    if after.starts_with([',', '.', ';', ':', '(', ')']) {
        return true;
    }
    let Some(next) = after.strip_prefix(' ') else {
        return false;
    };
    let word = next.split([' ', ',', '.']).next().unwrap_or("");
    is_in(AUXILIARIES, word) || is(Lex::SayVerbs, word) || matches!(word, "said" | "says" | "who")
}

#[cfg(test)]
mod tests {
    use crate::events::happening_tests::news_titles as titles;

    #[test]
    fn an_age_is_the_one_person_the_text_gave_it() {
        let text = "Police said Tom Reed, 35, of Leeds was held. On Monday, the 35-year-old was \
                    charged with theft.";
        assert!(titles(text).contains(&"Reed was charged with theft".to_string()));
        let text = "Police held 35-year-old Tom Reed, a baker. On Monday, the 35-year-old was \
                    charged with theft.";
        assert!(titles(text).contains(&"Reed was charged with theft".to_string()));
    }

    #[test]
    fn an_age_given_to_two_people_or_to_no_name_stays() {
        let two = "Police said Ann Roe, 35, and Tom Reed, 35, were held. On Monday, the \
                   35-year-old was charged with theft.";
        let unnamed = "Police said a 35-year-old man was held. On Monday, the 35-year-old was \
                       charged with theft.";
        for text in [two, unnamed] {
            assert!(titles(text).contains(&"The 35-year-old was charged with theft".to_string()));
        }
    }

    #[test]
    fn an_age_the_text_never_gave_is_the_person_the_sentence_before_is_about() {
        let text = "Tom Reed, the club's best striker, will play on. Reed met the coach last \
                    week but decided to stop. On Friday, the 35-year-old dropped that plan.";
        assert!(titles(text).contains(&"Reed dropped that plan".to_string()));
        // The sentence before is about a team; its person is no subject.
        let text = "Tom Reed, the club's best striker, will play on. The Swans met Reed last \
                    week. On Friday, the 35-year-old dropped that plan.";
        assert!(titles(text).contains(&"The 35-year-old dropped that plan".to_string()));
        // The age's own sentence names someone else first: the age may be another's.
        let text = "Tom Reed met the coach last week. On Monday, Reed said the 15-year-old \
                    had left the club.";
        assert!(!titles(text).iter().any(|t| t.starts_with("Reed had left")));
    }

    #[test]
    fn a_noun_is_the_one_person_the_text_named_with_it() {
        for lead in [
            "Police arrested a man named Bo Linn.",
            "Police arrested Bo Linn, a 30-year-old man from Leeds.",
            "Police said a man, Bo Linn, was held.",
        ] {
            let text = format!("{lead} On Monday, the man was charged with theft.");
            assert!(titles(&text).contains(&"Linn was charged with theft".to_string()));
        }
    }

    #[test]
    fn a_noun_the_text_gave_no_name_stays() {
        for lead in [
            "Police arrested a man.",
            "In Leeds, a man was arrested.",
            "Police arrested a man named Bo Linn and a second man.",
            "Police arrested a man named Bo Linn and a man named Al Tan.",
        ] {
            let text = format!("{lead} On Monday, the man was charged with theft.");
            assert!(titles(&text).contains(&"The man was charged with theft".to_string()));
        }
    }
}
