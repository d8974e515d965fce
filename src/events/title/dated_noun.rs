//! A listed event noun whose own phrase holds its date, before the noun ("the 1998 war", "the
//! May 4 attacks") or right after it with "of" ("the floods of 1911"), in a clause whose verb
//! is in the present ("is the worst example", "include", "have cut"): the verb tells of now,
//! the date of the noun's happening, so the title is the noun's phrase, not the clause. A
//! past verb may tell the same happening ("The 1998 war killed 500 people"): its clause stays.
//! Apart from `noun_title.rs`, which makes the phrase.

use super::super::words::{ARTICLES, EVENT_NOUNS, PRESENT_COPULAS};
use super::{Class, Form, Lex, REACH, Titles, is_participle};

/// How many words an aside between commas after the subject may hold (", four days after
/// the vote,").
const ASIDE: usize = 12;

impl Titles<'_> {
    /// The phrase title of `tokens[trigger]`, a listed event noun dated in its own phrase,
    /// when the verb of its clause is in the present (see the module).
    pub(super) fn dated_noun_title(&self, trigger: usize, limit: usize) -> Option<String> {
        let t = &self.tokens[trigger];
        let listed = t.is(EVENT_NOUNS) || t.has(Form::EventNounPlural);
        if !listed || t.has(Form::ResultWord) || t.capitalized {
            return None;
        }
        let (start, end) = self.noun_phrase_around(trigger);
        // The noun heads its phrase ("war crimes" is no war); a possessive date ("Friday's
        // vote") is read elsewhere.
        if end != trigger + 1 || start == trigger || self.date_owns(trigger) {
            return None;
        }
        // One phrase: no second determiner or "and" inside it ("celebrations and recognises
        // the conference" is two).
        if (start + 1..trigger).any(|k| matches!(self.class(k), Class::Det | Class::Coord)) {
            return None;
        }
        let n = self.tokens.len();
        // A date of one hyphenated word ("third-quarter", "a two-hour talk") is no happening's.
        let before = (start..trigger)
            .any(|k| self.remove[k] && !self.word(k).contains('-') && !self.count_and_unit(k));
        let of_date = end + 1 < n && self.word(end) == "of" && self.remove[end + 1];
        if !(before || of_date) {
            return None;
        }
        let after = if of_date { end + 1 } else { end };
        // A subject's phrases end at its verb, or where another subject is joined to it ("The
        // 1998 war and the famine have"); an object's at its clause's end.
        let end = match self.present_after_subject(start, after) {
            Some(verb) => (after..verb)
                .find(|&k| self.class(k) == Class::Coord || self.word(k) == ",")
                .unwrap_or(verb)
                .min(limit),
            None if self.present_before(start, after) => limit,
            None => return None,
        };
        // "Its board meeting" names no one: the clause tells more.
        let title = self.phrase_title(trigger, end);
        let pronoun = title
            .split_once(' ')
            .is_some_and(|(first, _)| matches!(first, "Its" | "Their" | "His" | "Her"));
        (!pronoun).then_some(title)
    }

    /// The word before the noun phrase that starts at `tokens[start]`, past its determiners
    /// and dates ("the | 2003 | invasion").
    fn before_phrase(&self, start: usize) -> Option<usize> {
        let mut k = start;
        while k > 0 && start - k < 6 && (self.remove[k - 1] || self.class(k - 1) == Class::Det) {
            k -= 1;
        }
        k.checked_sub(1)
    }

    /// The phrase `tokens[start..]`, past its date at `after`, opens its clause and the verb
    /// after it, past phrases that complete it, a subject joined by "and" and an aside
    /// between commas, is in the present: where that verb is.
    fn present_after_subject(&self, start: usize, after: usize) -> Option<usize> {
        let opens = self
            .before_phrase(start)
            .is_none_or(|b| self.class(b) == Class::Sub);
        if !opens {
            return None;
        }
        let n = self.tokens.len().min(after + REACH);
        let mut k = after;
        while k < n {
            if self.remove[k] || self.introduces_date(k) {
                k += 1;
                continue;
            }
            match self.class(k) {
                Class::Verb | Class::Aux => return self.present(k).then_some(k),
                Class::Punct if self.word(k) == "," => {
                    let close = (k + 1..n.min(k + ASIDE)).find(|&j| self.word(j) == ",")?;
                    let verbless = (k + 1..close)
                        .all(|j| !matches!(self.class(j), Class::Verb | Class::Aux | Class::Sub));
                    if !verbless {
                        return None;
                    }
                    k = close + 1;
                }
                c if c.in_noun_phrase() || matches!(c, Class::Prep | Class::Coord) => k += 1,
                _ => return None,
            }
        }
        None
    }

    /// The phrase `tokens[start..]` is the object of a verb in the present before it, or a
    /// part of that object (a list's item, a preposition's phrase): "These include the
    /// landing and the attacks of 1911". Not a subject of what a verb of saying reports ("says
    /// the 1998 war killed"): no verb follows the phrase, past its date at `after`.
    fn present_before(&self, start: usize, after: usize) -> bool {
        let next = (after..self.tokens.len().min(after + 4))
            .find(|&k| !(self.remove[k] || self.introduces_date(k)));
        if next.is_some_and(|k| matches!(self.class(k), Class::Verb | Class::Aux)) {
            return false;
        }
        // A list's items may stand between ("include the landing, the launch and the attacks").
        let floor = start.saturating_sub(REACH);
        for k in (floor..start).rev() {
            if self.remove[k] {
                continue;
            }
            match self.class(k) {
                // "the landing and the attacks": an "-ing" form after a determiner is a noun.
                Class::Verb if k > 0 && self.class(k - 1) == Class::Det => {}
                Class::Verb | Class::Aux => return self.present(k) && !self.says(k),
                // "These include the", "Hungary remembers the": a word the chunker took for a
                // noun between a subject and an article is the verb.
                Class::Noun if self.verb_before_article(k) => return !self.says(k),
                Class::Punct if self.word(k) == "," => {}
                c if c.in_noun_phrase() || matches!(c, Class::Prep | Class::Coord | Class::Adv) => {
                }
                _ => return false,
            }
        }
        false
    }

    /// `tokens[k]`, a word the chunker took for a noun, is a verb in the present between a
    /// subject (a name, a pronoun, "these") and an article ("Hungary remembers the"), or
    /// right after a plural pronoun that opens the sentence ("These include", not "These
    /// troops").
    fn verb_before_article(&self, k: usize) -> bool {
        let before_article = k > 0
            && self.tokens.get(k + 1).is_some_and(|t| t.is(ARTICLES))
            && matches!(self.class(k - 1), Class::Det | Class::Name | Class::Pron);
        let after_pronoun = k == 1
            && matches!(self.word(0), "these" | "those" | "they" | "we")
            && !self.word(k).ends_with('s');
        (before_article || after_pronoun)
            && !self.tokens[k].capitalized
            && !is_participle(self.word(k))
    }

    /// `tokens[k]`, a verb or an auxiliary, is in the present, or the auxiliary that opens
    /// its group is ("has been charged", "is investigating").
    fn present(&self, k: usize) -> bool {
        let group = self.verb_group_around(k);
        let first = if group.start < k && self.class(group.start) == Class::Aux {
            group.start
        } else {
            k
        };
        self.present_form(first)
    }

    /// `tokens[k]` is a present form: "is", "has", "will", "include".
    fn present_form(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        if t.is_lex(Lex::PastAuxiliaries) {
            return false;
        }
        if self.class(k) == Class::Aux {
            return t.is(PRESENT_COPULAS)
                || t.is_lex(Lex::PresentAuxiliaries)
                || t.is_lex(Lex::Modals);
        }
        !is_participle(self.word(k))
    }
}
