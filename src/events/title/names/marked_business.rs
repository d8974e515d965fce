//! "Zenda's shares fell ... The company said": a name without a suffix is a business's where
//! the text gives it a word only a business has ("Zenda's shares", "Zenda's chairman and chief
//! executive", "Zenda chief executive Ann Holt") or a business noun that describes it ("oil
//! giant Zenda", "Zenda, a maker of soap,"); "the company" is the one name so told within
//! reach, when no business with a suffix is named there.

use super::super::super::chunk::has_ending;
use super::super::super::chunk::{classes, lists};
use super::super::subject::{Subject, Who};
use super::super::{ARTICLES, Class, Lex, OFFICES, Titles, Token, is, lowercase};
use super::business::BUSINESS_REACH;
use super::person::is_person_word;
use crate::text::month_number;

/// How far back, in bytes of text, a name is looked for with a mark of a business: a
/// story marks its business once in a while, and names it bare in between.
pub(super) const MARK_REACH: usize = 6000;
/// The most words of a business's name before its mark.
const NAME_WORDS: usize = 3;
/// The most staff words ("chairman and chief") between the name and its mark.
const STAFF_HOPS: usize = 4;
/// The most words from the article to the business noun of a description in apposition
/// ("Zenda, a Dallas-based soap maker,").
const DESCRIBING_WORDS: usize = 4;

/// Some word of `text` (a run of ASCII letters; no other byte is one, nor part of a letter of
/// another script) is one of a list of `lists`, in any case. Read a byte at a time, and a word
/// compared only when it is as long as one of them: thousands of bytes are read for each "the
/// company", once for all the lists.
fn holds_word(text: &[u8], lists: &[&[&str]]) -> bool {
    let longest = lists
        .iter()
        .flat_map(|l| l.iter())
        .map(|w| w.len())
        .max()
        .unwrap_or(0);
    let listed = |word: &[u8]| {
        lists
            .iter()
            .any(|l| l.iter().any(|w| w.as_bytes().eq_ignore_ascii_case(word)))
    };
    let mut i = 0;
    while i < text.len() {
        if !text[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while text.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        let word = &text[start..i];
        if word.len() <= longest && listed(word) {
            return true;
        }
    }
    false
}

impl Titles<'_> {
    /// The one business the text marks as one before `tokens[the]` ([`BUSINESS_REACH`]),
    /// when it names no business with a suffix there and the sentence before has no other
    /// name as its subject.
    pub(super) fn marked_business(&self, the: usize) -> Option<String> {
        self.marked.get_or(the, || self.business_marked_before(the))
    }

    /// [`Self::marked_business`], looked for.
    fn business_marked_before(&self, the: usize) -> Option<String> {
        let here = self.tokens[the].span.start;
        let from = self.reach_back(here, MARK_REACH);
        // A mark after "the company" is looked for nearer: only the subject before is told.
        let to = self.reach_ahead(here, BUSINESS_REACH);
        // Cheapest first: a mark word in reach at all.
        let marks_before = self.marks_or_describes_in(from, here);
        if !marks_before && !self.marks_in(here, to) {
            return None;
        }
        // The subject of the sentence before: "Zenda said it would ... The company".
        let previous = self.previous_sentence(|t| match t.first_verb_and_subject()?.1 {
            Subject::Named(c) => Some(c),
            Subject::Words(words) => Some(t.candidate(&words)),
        });
        let previous = previous.filter(|c| {
            c.named
                && c.who != Who::Person
                && !self.no_business(c)
                && !opening_noun(&self.text[from..here], &c.text)
                && !given_name(&c.text)
        });
        // No mark before: that subject, if a mark after tells it; the text before is cut
        // into tokens only then.
        if !marks_before {
            let found = self.marked_after(here, to, &previous?.text)?;
            return self.with_suffix(found, &self.words_at(from..here), from > 0);
        }
        let before = self.words_at(from..here);
        let near = self.reach_back(here, BUSINESS_REACH);
        let (mut marked, mut near_marked): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
        for mark in 0..before.len() {
            let name = if before[mark].is_lex(Lex::BusinessMarks) {
                self.marked_name(&before, mark)
            } else if before[mark].is_lex(Lex::OrganizationNouns) {
                self.described_name(&before, mark)
            } else {
                None
            };
            let Some(name) = name else {
                continue;
            };
            if !marked.contains(&name) {
                marked.push(name);
            }
            if before[mark].span.start >= near && !near_marked.contains(&name) {
                near_marked.push(name);
            }
        }
        let found = match (&near_marked[..], &previous) {
            ([one], None) => *one,
            ([one], Some(p)) if p.text.contains(one) => *one,
            (_, Some(p)) => match marked.iter().find(|&&m| m == p.text) {
                Some(m) => *m,
                None => self.marked_after(here, to, &p.text)?,
            },
            _ => return None,
        };
        self.with_suffix(found, &before, from > 0)
    }

    /// The bytes `a..b` of the text hold a word of [`Lex::BusinessMarks`].
    fn marks_in(&self, a: usize, b: usize) -> bool {
        holds_word(
            &self.text.as_bytes()[a..b],
            &[&lists()[Lex::BusinessMarks as usize]],
        )
    }

    /// The bytes `a..b` of the text hold a word of [`Lex::BusinessMarks`] or a business noun
    /// ([`Lex::OrganizationNouns`]).
    fn marks_or_describes_in(&self, a: usize, b: usize) -> bool {
        let lists = lists();
        holds_word(
            &self.text.as_bytes()[a..b],
            &[
                &lists[Lex::BusinessMarks as usize],
                &lists[Lex::OrganizationNouns as usize],
            ],
        )
    }

    /// A mark within [`BUSINESS_REACH`] before byte `here` tells a business other than
    /// `name`: "Zorlan's shares fell. Kettig bought a plant. The company" may be either.
    pub(super) fn marks_another(&self, here: usize, name: &str) -> bool {
        let from = self.reach_back(here, BUSINESS_REACH);
        if !self.marks_in(from, here) {
            return false;
        }
        let before = self.words_at(from..here);
        (0..before.len())
            .filter(|&j| before[j].is_lex(Lex::BusinessMarks))
            .filter_map(|mark| self.marked_name(&before, mark))
            .any(|m| !(m.starts_with(name) || name.starts_with(m)))
    }

    /// The business `found`, told in full when the tokens `before` name it with a suffix;
    /// `cut` when their first may be the tail of a name.
    fn with_suffix(&self, found: &str, before: &[Token], cut: bool) -> Option<String> {
        // Businesses named with a suffix: the one the marked name opens ("Zenda Corp."), or
        // none sure.
        let suffixed = self.businesses_in(before, cut, true, None)?;
        let full = |s: &str| s.strip_prefix(found).is_some_and(|r| r.starts_with(' '));
        match suffixed[..] {
            [] => Some(found.to_string()),
            _ => match suffixed.iter().filter(|s| full(s)).collect::<Vec<_>>()[..] {
                [one] => Some(one.to_string()),
                _ => None,
            },
        }
    }

    /// `name`, when the text marks it as a business's after byte `here`, before byte `to`: a
    /// story may name its business bare as a subject and mark it only later ("Zenda halted
    /// work. The company said ... Zenda's chief executive").
    fn marked_after(&self, here: usize, to: usize, name: &str) -> Option<&str> {
        // Cheapest first: the name told there at all.
        if !self.text[here..to].contains(name) {
            return None;
        }
        let after = self.words_at(here..to);
        (0..after.len())
            .filter(|&j| after[j].is_lex(Lex::BusinessMarks))
            .find_map(|mark| self.marked_name(&after, mark).filter(|&m| m == name))
    }

    /// The name that the mark `before[mark]` is told of: the capitalised words before it,
    /// with "'s" ("Zenda's shares", "Zenda's chairman and chief executive"), or before staff
    /// words ("Zenda chief executive"). Not a person's ("Mr. Holt's shares", "Ann's stock"),
    /// nor a people's ("Danish executives").
    fn marked_name<'a>(&'a self, before: &[Token], mark: usize) -> Option<&'a str> {
        let staff = |t: &Token| t.is_lex(Lex::StaffWords) || t.lower == "and";
        let mut end = mark;
        while end > 0 && mark - end < STAFF_HOPS && staff(&before[end - 1]) {
            end -= 1;
        }
        let possessive = end > 0 && before[end - 1].lower == "'s";
        if possessive {
            end -= 1;
        } else if !before[mark].is_lex(Lex::StaffWords) {
            // "Zenda shares" may be a market's ("Tokyo shares"): only staff name without "'s".
            return None;
        }
        let mut start = end;
        while start > 0 && end - start < NAME_WORDS && name_word(&before[start - 1]) {
            start -= 1;
        }
        self.business_name(before, start..end, possessive)
    }

    /// The name a lower-case business noun `before[noun]` describes: told right after it
    /// ("oil giant Zenda", "the maker, Zenda,"), or before it in apposition ("Zenda, a maker of
    /// soap,"). Not after a word that makes it another business ("its rival maker Zenda").
    fn described_name<'a>(&'a self, before: &[Token], noun: usize) -> Option<&'a str> {
        let other = noun
            .checked_sub(1)
            .is_some_and(|b| before[b].is_lex(Lex::OtherBusinessWords));
        if before[noun].capitalized || other {
            return None;
        }
        let closes = |j: usize| before.get(j).is_none_or(|t| matches!(&*t.lower, "," | "."));
        let next = noun + 1 + usize::from(before.get(noun + 1).is_some_and(|t| t.lower == ","));
        let name = if before.get(next).is_some_and(name_word) {
            let mut end = next;
            while end < before.len() && end - next < NAME_WORDS && name_word(&before[end]) {
                end += 1;
            }
            // After a comma the name is an aside that a comma or a full stop closes.
            if before.get(end).is_some_and(|t| t.capitalized) || (next > noun + 1 && !closes(end)) {
                return None;
            }
            next..end
        } else {
            // "Zenda, a maker": an article opens the description, a comma before it ends the
            // name, and nothing between the article and the noun parts them.
            let article = (noun.saturating_sub(DESCRIBING_WORDS)..noun)
                .rev()
                .take_while(|&k| !matches!(&*before[k].lower, "," | "." | ";"))
                .find(|&k| before[k].is(ARTICLES))?;
            let end = article.checked_sub(1).filter(|&c| before[c].lower == ",")?;
            let mut start = end;
            while start > 0 && end - start < NAME_WORDS && name_word(&before[start - 1]) {
                start -= 1;
            }
            start..end
        };
        self.business_name(before, name, false)
    }

    /// The words `before[name]` as a business's name: not a person's ("Mr. Holt's shares",
    /// "Ann's stock"), nor a people's ("Danish executives"); `possessive` when "'s" follows.
    fn business_name<'a>(
        &'a self,
        before: &[Token],
        name: std::ops::Range<usize>,
        possessive: bool,
    ) -> Option<&'a str> {
        let (start, end) = (name.start, name.end);
        let (first, last) = (before.get(start)?, before.get(end.checked_sub(1)?)?);
        let person =
            |t: &Token| is_person_word(t) || t.is_lex(Lex::MaleNames) || t.is_lex(Lex::FemaleNames);
        // "Danish executives"; a people's adjective takes no "'s".
        let people = !possessive && has_ending(&first.lower, &[Lex::PeopleAdjectiveEndings]);
        // The name opens a sentence after a title's full stop: "Mr. Holt's".
        let titled = start > 1 && before[start - 1].lower == "." && person(&before[start - 2]);
        if start == end
            || people
            || titled
            || (start > 0 && person(&before[start - 1]))
            || before[start..end].iter().any(person)
            // "With chief executive Ann Holt due": a capitalised word that is no name.
            || classes(self.text, &before[start..end])
                .iter()
                .any(|&c| c != Class::Name)
        {
            return None;
        }
        self.text.get(first.span.start..last.span.end)
    }
}

/// `word`, a subject of one word in "-s", is capitalised only as the first word of its
/// sentence in `window` ("Analysts were unhappy"): a plural common noun, no name, as a name is
/// told inside a sentence too ("shares of Zenda", "On Monday, Zenda said"). A word of another
/// shape may be a name told once ("Kettig cut jobs").
fn opening_noun(window: &str, word: &str) -> bool {
    !word.contains(' ') && word.ends_with('s') && !told_inside_sentence(window, word)
}

/// `window` tells `name` as a whole word after a word or a comma and a space, that is inside
/// a sentence, where only a name keeps its capital.
pub(super) fn told_inside_sentence(window: &str, name: &str) -> bool {
    window.match_indices(name).any(|(at, _)| {
        let ends = !window[at + name.len()..].starts_with(char::is_alphanumeric);
        let gap = window[..at].strip_suffix(' ');
        ends && gap.is_some_and(|g| g.ends_with(|c: char| c.is_alphanumeric() || c == ','))
    })
}

/// `name` opens with a given name ("Ann Roe"): a person's, which "the company" never means.
fn given_name(name: &str) -> bool {
    name.split_once(' ').is_some_and(|(first, _)| {
        let first = lowercase(first);
        is(Lex::MaleNames, &first) || is(Lex::FemaleNames, &first)
    })
}

/// `t` may be a word of a business's name: capitalised, no article, no office.
fn name_word(t: &Token) -> bool {
    t.capitalized
        && !t.is(ARTICLES)
        && !t.is(OFFICES)
        // "the firm Tuesday said": a date's word.
        && !t.is_lex(Lex::WeekdayNames)
        && month_number(&t.lower).is_none()
}

#[cfg(test)]
mod tests {
    use super::holds_word;

    #[test]
    fn a_word_is_a_whole_run_of_ascii_letters_in_any_case() {
        let words: [&[&str]; 2] = [&["shares"], &["ceo"]];
        assert!(holds_word(b"Vell's SHARES fell", &words));
        assert!(holds_word(b"(CEO)", &words));
        // A letter of another script parts words, as any other character does.
        assert!(holds_word("\u{e9}shares\u{e9}".as_bytes(), &words));
        // Inside a longer word it is none.
        assert!(!holds_word(b"shareholders ceos", &words));
        assert!(!holds_word(b"", &words));
    }
}
