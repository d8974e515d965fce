//! Whether "he" or "she" may stand for a name, from what the text tells of the person: a
//! given name the text wrote before a surname used alone ("Ann Pell ... Pell met the envoy.
//! He" is not Pell), and the speaker of the quotation the pronoun is in, whom a "he" inside
//! it never stands for (`"He went to Peru," Mr Roe said`: "he" is someone Roe tells of).

use super::super::subject::Candidate;
use super::super::{Lex, PRONOUN_REACH, REACH, Titles, is, is_say_verb, lowercase};
use super::{SURNAME_REACH, sex_words};

/// How many words after a quotation's closing mark its speaker and verb of saying are read:
/// `," said the foreign minister, Tom Hale.`
const SPEAKER_WORDS: usize = 8;

impl Titles<'_> {
    /// `pronoun` at `tokens[k]` may stand for `c` by its sex ([`fits_sex`], or, for a surname
    /// alone, the given name written before it) and `c` is not who speaks the quotation the
    /// pronoun is in.
    pub(super) fn fits_person(&self, k: usize, c: &Candidate, pronoun: &str) -> bool {
        if !matches!(pronoun, "he" | "she") {
            return true;
        }
        let Some(surname) = c.text.rsplit(' ').next() else {
            return true;
        };
        let surname = surname.trim_end_matches("'s").trim_end_matches('\'');
        // "I" inside a quotation is its speaker.
        let third = matches!(
            lowercase(self.word(k)).as_str(),
            "he" | "she" | "his" | "her"
        );
        // One walk over the name's words tells both: whether it fits, and whether any word
        // told a sex at all (else the given name written before the surname may).
        let (female, male) = sex_words(&c.text);
        let fits = if pronoun == "he" {
            !female || male
        } else {
            !male || female
        };
        fits && (female != male || self.given_fits(k, surname, pronoun))
            && !(third && self.speaks_quote(k, surname, pronoun))
    }

    /// The nearest given name the text wrote before `surname`, within [`SURNAME_REACH`]
    /// bytes back of the pronoun at `tokens[k]`, is not of the other sex.
    fn given_fits(&self, k: usize, surname: &str, pronoun: &str) -> bool {
        let plain = surname.len() > 2
            && surname.starts_with(char::is_uppercase)
            && surname.chars().all(char::is_alphabetic);
        let Some(token) = self.tokens.get(k) else {
            return true;
        };
        if !plain {
            return true;
        }
        let here = token.span.start;
        let from = self.reach_back(here, SURNAME_REACH);
        let Some(window) = self.text.get(from..here) else {
            return true;
        };
        for (at, _) in window.rmatch_indices(surname) {
            let after = window[at + surname.len()..].chars().next();
            if after.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let Some(before) = window[..at].strip_suffix(' ') else {
                continue;
            };
            let given = before.rsplit([' ', '\n', '(', '"']).next().unwrap_or("");
            if !given.starts_with(char::is_uppercase) {
                continue;
            }
            // "Mr Lee" tells the sex as a given name does.
            let given = lowercase(given.trim_end_matches('.'));
            let female = is(Lex::FemaleNames, &given) || is(Lex::FemaleWords, &given);
            let male = is(Lex::MaleNames, &given) || is(Lex::MaleWords, &given);
            if female || male {
                return match pronoun {
                    "he" => male,
                    _ => female,
                };
            }
        }
        true
    }

    /// The pronoun at `tokens[k]` is inside a quotation that its sentence opens, whose
    /// speaker, told after the closing mark with a verb of saying, is `surname` or the same
    /// pronoun (`," he said`: the one the text goes on about speaks, and is not the "he"
    /// inside).
    fn speaks_quote(&self, k: usize, surname: &str, pronoun: &str) -> bool {
        if k > REACH {
            return false;
        }
        let (Some(first), Some(token)) = (self.tokens.first(), self.tokens.get(k)) else {
            return false;
        };
        let Some(before) = self.text.get(first.span.start..token.span.start) else {
            return false;
        };
        let count = |mark: &str| before.matches(mark).count();
        let open = count("\"") % 2 == 1
            || count("\u{201c}") + count("``") > count("\u{201d}") + count("''");
        if !open {
            return false;
        }
        let here = token.span.end;
        let to = self.reach_ahead(here, PRONOUN_REACH);
        let Some(ahead) = self.text.get(here..to) else {
            return false;
        };
        // A straight mark that opens a word after a space opens the next paragraph of the
        // same quotation: the speaker comes after the mark that closes it.
        let opens = |at: usize, mark: &str| {
            mark == "\""
                && ahead[..at].ends_with(char::is_whitespace)
                && ahead[at + 1..].starts_with(char::is_alphanumeric)
        };
        let Some(close) = ahead
            .match_indices(['"', '\u{201d}'])
            .find(|&(at, mark)| !opens(at, mark))
            .map(|(at, _)| at)
            .or_else(|| ahead.find("''"))
        else {
            return false;
        };
        let after = ahead[close..].trim_start_matches(['"', '\u{201d}', '\'']);
        let told = after.split(['.', '\n']).next().unwrap_or("");
        let words = told
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .take(SPEAKER_WORDS);
        let (mut says, mut speaker) = (false, false);
        for word in words {
            let lower = lowercase(word);
            says |= is_say_verb(&lower);
            speaker |= word == surname || lower == *pronoun;
        }
        says && speaker
    }
}
