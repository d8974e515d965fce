//! The business "the company" means, or the body "the department" means, when the text named
//! only one before it; and the business whose results a bare "revenue" tells.

use std::cell::OnceCell;

use super::super::super::words::past_first_word;
use super::super::subject::{Candidate, Subject, Who};
use super::super::{ARTICLES, Class, Lex, MAX_CHARS, OFFICES, REACH, Titles, Token, is, lowercase};
use super::OWNER_CHARS;
use super::lead::short_mentions;

/// How far back, in bytes of text, "the company" looks for the business it stands for.
pub(super) const BUSINESS_REACH: usize = 2000;

/// How many businesses one window's names are told apart among: more is a list of them.
const MAX_BUSINESSES: usize = 8;
/// How many words after a business's results their figure per share may come.
const SHARE_REACH: usize = 30;
/// How many names told one after another with commas the business may stand before.
const APPOSITIVE_HOPS: usize = 3;

/// `text` holds `head` (a lower-case ASCII word) with a capital first letter, as a word of
/// its own: "Department" for "department".
fn names_head(text: &[u8], head: &str) -> bool {
    let head = head.as_bytes();
    let Some((&first, rest)) = head.split_first() else {
        return false;
    };
    text.windows(head.len()).enumerate().any(|(i, w)| {
        w[0] == first.to_ascii_uppercase()
            && w[1..] == *rest
            && !(i > 0 && text[i - 1].is_ascii_alphabetic())
            && !text
                .get(i + head.len())
                .is_some_and(u8::is_ascii_alphabetic)
    })
}

/// The text before, `before`, tells a capitalised word other than those of the business's
/// name `found` at least three times, and more often than any of them ("Bellmark ... Bellmark's
/// chief ... Bellmark hired the Ostra Dahl arm of Ostra Corp."): the text is about another,
/// named without a suffix. Words that open a sentence, persons' words and the names after
/// them, and suffixes are no such word.
fn overshadowed(before: &[Token], found: &str) -> bool {
    let own: Vec<String> = found
        .split(' ')
        .map(|w| (*lowercase(w.trim_end_matches("'s").trim_end_matches('.'))).to_owned())
        .collect();
    let person = |t: &Token| t.is(OFFICES) || t.is_lex(Lex::PersonWords);
    let mut words: Vec<&str> = Vec::new();
    for (j, t) in before.iter().enumerate() {
        let after = |n: usize| j.checked_sub(n).map(|b| &before[b]);
        let opens = after(1).is_none_or(|b| b.lower == ".");
        let titled = after(1).is_some_and(person)
            || (after(1).is_some_and(|b| b.lower == ".") && after(2).is_some_and(person));
        let mine = own.iter().any(|o| **o == *t.lower);
        let counted = mine
            || !(opens || titled || person(t) || t.is(ARTICLES) || t.is_lex(Lex::CompanySuffixes));
        if t.capitalized && counted {
            words.push(&t.lower);
        }
    }
    // Equal words side by side, each run a word and its count.
    words.sort_unstable();
    let runs: Vec<(&str, usize)> = words
        .chunk_by(|a, b| a == b)
        .map(|run| (run[0], run.len()))
        .collect();
    let count = |w: &str| runs.iter().find(|r| r.0 == w).map_or(0, |r| r.1);
    let most_own = own.iter().map(|w| count(w)).max().unwrap_or(0);
    runs.iter()
        .any(|&(w, n)| n >= 3 && n > most_own && !own.iter().any(|o| o == w))
}

/// Of the businesses `names` that a window names, the one the text is about: its short name
/// comes back at least three times in `window`, more than twice as often as any other's
/// ("Acme ... Acme's chief ... rival Zenda Corp. ... Acme said. The company ...").
fn dominant<'a>(window: &[u8], names: &[&'a str]) -> Option<&'a str> {
    let mut counts: Vec<(usize, &str)> = names
        .iter()
        .map(|&n| (short_mentions(window, n).count(), n))
        .collect();
    counts.sort_unstable_by_key(|c| std::cmp::Reverse(c.0));
    match counts[..] {
        [(most, name), (next, _), ..] if most >= 3 && most > 2 * next => Some(name),
        _ => None,
    }
}

impl<'t> Titles<'t> {
    /// A subject that is "the company", "the bank" (a business noun after "the"), "the
    /// department" (the head of a body's name), or what it owns ("the company's stock"),
    /// with the name of [`Self::the_business`].
    pub(in crate::events::title) fn business_named(&self, phrase: &[usize]) -> Option<Candidate> {
        let (the, noun, owned) = match phrase {
            [the, noun] => (*the, *noun, None),
            [the, noun, mark, owned @ ..]
                if self.class(*mark) == Class::Poss
                    && !owned.is_empty()
                    && !owned.iter().any(|&w| self.class(w) == Class::Poss) =>
            {
                (*the, *noun, Some(owned))
            }
            _ => return None,
        };
        // "The group said": only the body the sentence before has as its subject.
        if self.word(the) == "the" && self.tokens[noun].is_lex(Lex::SubjectBodyNouns) {
            return self.business_candidate(self.subject_body(the)?, owned);
        }
        let business = self.tokens[noun].is_lex(Lex::OrganizationNouns);
        let head = if self.tokens[noun].is_lex(Lex::BankNouns) {
            Some("bank")
        } else {
            self.tokens[noun]
                .is_lex(Lex::NameHeadNouns)
                .then(|| self.word(noun))
        };
        if self.word(the) != "the" || !(business || head.is_some()) {
            return None;
        }
        // No business named near: the one whose staff tells the clause.
        let text = match self.the_business(the, business, head) {
            Some(text) => text,
            None if business => self
                .staff_business(the)
                .or_else(|| self.marked_business(the))
                .or_else(|| self.subject_body(the))?,
            None => return None,
        };
        self.business_candidate(text, owned)
    }

    /// The business named `text` as a subject, or what it owns, the words `owned` ("the
    /// company's stock" is the business's, told as a possessive subject is).
    pub(super) fn business_candidate(
        &self,
        text: String,
        owned: Option<&[usize]>,
    ) -> Option<Candidate> {
        if let Some(owned) = owned {
            let owned = self.join(&self.without_offices(owned));
            if owned.is_empty()
                || text.chars().count() > OWNER_CHARS
                || text.chars().count() + 3 + owned.chars().count() > MAX_CHARS
            {
                return None;
            }
            return Some(Candidate::owned_by(&text, "'s", &owned));
        }
        Some(Candidate {
            text,
            owner: None,
            named: true,
            definite: false,
            plural: false,
            who: Who::Thing,
        })
    }

    /// The name of the one business the text names before `tokens[at]`, within
    /// [`BUSINESS_REACH`] bytes: a run of capitalised words that ends with a word such as
    /// "Corp." or "Inc." (when `suffixed`), or with `head` capitalised ("Justice Department"
    /// for "the department"). None when two are named there, or when the sentence before names
    /// another one as its subject: which one is meant is not sure.
    pub(super) fn the_business(
        &self,
        at: usize,
        suffixed: bool,
        head: Option<&str>,
    ) -> Option<String> {
        let key = (at, suffixed, head.is_some());
        if let Some((a, s, h, found)) = &*self.business.borrow()
            && (*a, *s, *h) == key
        {
            return found.clone();
        }
        let found = self.business_before(at, suffixed, head);
        *self.business.borrow_mut() = Some((key.0, key.1, key.2, found.clone()));
        found
    }

    /// [`Self::the_business`], looked for.
    fn business_before(&self, at: usize, suffixed: bool, head: Option<&str>) -> Option<String> {
        let here = self.tokens[at].span.start;
        let from = self.reach_back(here, BUSINESS_REACH);
        let window = &self.text.as_bytes()[from..here];
        let headed = head.is_some_and(|h| names_head(window, h));
        // Cut into tokens only when read: a window with no name in reach is not.
        let before = OnceCell::new();
        let before = || before.get_or_init(|| self.words_at(from..here));
        let in_reach = if headed || (suffixed && self.may_name_business(from, here)) {
            match self.businesses_in(before(), from > 0, suffixed, head)?[..] {
                [] => None,
                [one] => Some(one),
                // None stands out: the business the sentence before has as its subject.
                ref several => Some(
                    dominant(window, several)
                        .or_else(|| self.previous_subject_among(several))
                        .or_else(|| self.subject_business())?,
                ),
            }
        } else {
            None
        };
        // No name in reach: the one business the lead names, if the text tells it since, or
        // the one the sentence before gives in apposition (whose subject is then no other).
        let (found, apposed) = match in_reach {
            Some(found) => (found, false),
            None if suffixed => match self.lead_business(here, window) {
                Some(lead) => (lead, false),
                None => match self.apposed_business() {
                    Some(apposed) => (apposed, true),
                    None => (self.subject_business()?, true),
                },
            },
            None => return None,
        };
        // The sentence before names someone else as its subject: "Smith resigned. The
        // company said".
        let previous = self
            .previous_name
            .get_or_init(|| self.previous_sentence(|t| t.first_subject()))
            .as_ref()
            .filter(|p| p.named && !p.plural);
        // "Acme Corp.'s revenue was $4 million": the name owns the subject, which is no
        // fuller name.
        let owns = |p: &Candidate| {
            p.text
                .strip_prefix(found)
                .is_some_and(|r| r.starts_with('\''))
        };
        let text = match previous {
            _ if apposed => found.to_string(),
            Some(p) if owns(p) => found.to_string(),
            Some(p) if p.text.contains(found) => p.text.clone(),
            // "Mr. Ruiz, Acme's chairman, said": a person of the business.
            Some(p) if p.who == Who::Person && self.previous_tells(found) => found.to_string(),
            // Another business, when its words say so, is the nearer one meant.
            Some(p) if !found.contains(p.text.as_str()) && !self.no_business(p) => {
                self.subject_business()?.to_string()
            }
            _ => found.to_string(),
        };
        // Unless the sentence before has it as its subject, which is the nearest business.
        if overshadowed(before(), found) && self.subject_business() != Some(text.as_str()) {
            return None;
        }
        // "Aetna Life amp Casualty Co." is "Aetna Life & Casualty Co.".
        Some(if text.contains(" amp ") {
            text.replace(" amp ", " & ")
        } else {
            text
        })
    }

    /// The one business the tokens `before` name ("Acme Corp.", or with `head` capitalised
    /// at its end, "Justice Department"): `Some(None)` when none, `None` when two, or when
    /// the first token may be the tail of a name the window cuts (`cut`).
    pub(super) fn business_in(
        &self,
        before: &[Token],
        cut: bool,
        suffixed: bool,
        head: Option<&str>,
    ) -> Option<Option<&'t str>> {
        match self.businesses_in(before, cut, suffixed, head)?[..] {
            [] => Some(None),
            [one] => Some(Some(one)),
            _ => None,
        }
    }

    /// The businesses the tokens `before` name, each once and in full ([`Self::business_in`]),
    /// at most [`MAX_BUSINESSES`]; `None` when the first token may be the tail of a name the
    /// window cuts (`cut`).
    pub(super) fn businesses_in(
        &self,
        before: &[Token],
        cut: bool,
        suffixed: bool,
        head: Option<&str>,
    ) -> Option<Vec<&'t str>> {
        let mut found: Vec<&'t str> = Vec::new();
        for end in 1..before.len() {
            let last = &before[end];
            let ends = (suffixed && last.is_lex(Lex::CompanySuffixes))
                || head.is_some_and(|h| &*last.lower == h);
            if !(last.capitalized && ends) {
                continue;
            }
            let in_name = |j: usize| {
                let t = &before[j];
                let glued = j > 0 && before[j - 1].span.end == t.span.start;
                // "Smith & Co. Inc.", "J. Walter Thompson": a full stop after a short word
                // or a suffix is an abbreviation's; after "Friday" it ends a sentence.
                let abbreviation = glued
                    && (before[j - 1].lower.chars().count() <= 2
                        || before[j - 1].is_lex(Lex::CompanySuffixes));
                (t.capitalized && !t.is(ARTICLES))
                        // "Aetna Life & Casualty Co.", which some copy spells "amp".
                        || matches!(t.lower.as_str(), "&" | "amp")
                        || (glued && t.lower == "'s")
                        || (abbreviation && t.lower == ".")
            };
            // A name opens with a capitalised word: "($8 million). Acme Bank" is "Acme Bank".
            let Some(start) = (end.saturating_sub(8)..end)
                .rev()
                .take_while(|&j| in_name(j))
                .filter(|&j| before[j].capitalized)
                .last()
            else {
                continue;
            };
            // The first token may be the tail of a name the window cuts.
            if start == 0 && cut {
                return None;
            }
            // "Corp." keeps its full stop.
            let mut stop = last.span.end;
            if let Some(dot) = before
                .get(end + 1)
                .filter(|d| d.lower == "." && d.span.start == stop)
            {
                stop = dot.span.end;
            }
            let name = &self.text[before[start].span.start..stop];
            // "Acme Industries Inc." and "Acme Industries" (a name that ends with two suffixes
            // is found at each) are one business, told in full.
            let same = |a: &str, b: &str| a.strip_prefix(b).is_some_and(|r| r.starts_with(' '));
            if let Some(other) = found.iter_mut().find(|o| same(name, o)) {
                *other = name;
            } else if !found.iter().any(|&o| o == name || same(o, name)) {
                if found.len() == MAX_BUSINESSES {
                    return Some(found);
                }
                found.push(name);
            }
        }
        Some(found)
    }

    /// The subject of the sentence before, `previous`, is no business's name: a person that
    /// sentence names alone ("John Ruiz, its chairman, said"; not "Mr. Ruiz, Zenda's chairman,
    /// said", which names another business) or a word for results that opens it ("Revenue
    /// was $4 million").
    pub(super) fn no_business(&self, previous: &Candidate) -> bool {
        let results =
            !previous.text.contains(' ') && is(Lex::ResultsNouns, &lowercase(&previous.text));
        results || self.previous_sentence(|t| Some(t.names_person_alone(previous))) == Some(true)
    }

    /// The sentence names `person`, a person (a word for a person or an office in the
    /// sentence says so: "John Ruiz, chairman, said"), and no other name: no business of its
    /// own.
    fn names_person_alone(&self, person: &Candidate) -> bool {
        let n = self.tokens.len();
        let told = person.who == Who::Person || (0..n).any(|j| self.person_word(j));
        let others = (0..n).any(|j| {
            self.class(j) == Class::Name
                && !self.person_word(j)
                && !person
                    .text
                    .contains(&self.text[self.tokens[j].span.clone()])
        });
        told && person.named && !person.text.contains('\'') && !others
    }

    /// A subject that is a business's results without a determiner ("net income",
    /// "third-quarter profit"), in what a business named in the same sentence says or reports:
    /// that business's ("Acme Corp. said net income rose" → "Acme Corp.'s net income rose").
    /// Never a business of another sentence, which may be another one.
    /// So is such a noun after a preposition with its article, with no other name between
    /// the saying and it ("Acme Corp. said it will cut jobs after a loss" → "Acme Corp.'s loss").
    pub(in crate::events::title) fn results_owner(&self, phrase: &[usize]) -> Option<Candidate> {
        let &first = phrase.first()?;
        let after_preposition = self
            .left_past_skipped(first)
            .is_some_and(|p| self.class(p) == Class::Prep);
        let article = after_preposition && self.tokens[first].is(ARTICLES);
        let phrase = if article { &phrase[1..] } else { phrase };
        // The head: the last word before a preposition ("net income for the quarter").
        let head_words = phrase
            .iter()
            .position(|&w| self.class(w) == Class::Prep)
            .map_or(phrase, |p| &phrase[..p]);
        let bare = head_words.iter().all(|&w| self.class(w) == Class::Noun);
        if !bare
            || !head_words
                .last()
                .is_some_and(|&w| self.tokens[w].is_lex(Lex::ResultsNouns))
        {
            return None;
        }
        let verb = if article {
            let said = (first.saturating_sub(REACH)..first)
                .find(|&k| self.class(k) == Class::Verb && self.says(k))?;
            if (said..first).any(|k| self.class(k) == Class::Name) {
                return None;
            }
            said
        } else {
            let mut verb = self.left_past_skipped(first)?;
            if self.word(verb) == "that" {
                verb = self.left_past_skipped(verb)?;
            }
            verb
        };
        if self.class(verb) != Class::Verb || !self.says(verb) {
            return None;
        }
        let start = self.verb_group_around(verb).start;
        let owner = match self.staff_of_the_business(start) {
            Some(text) => self.business_candidate(text, None)?,
            None => self.results_speaker(start)?,
        };
        let owned = self.join(&self.without_offices(phrase));
        let fits = owner.text.chars().count() <= OWNER_CHARS
            && owner.text.chars().count() + 3 + owned.chars().count() <= MAX_CHARS;
        // A business, never a person: "Smith said profit rose" is no profit of Smith's.
        // "Zenda Business Systems": a business word anywhere in the name.
        let listed = |lex: Lex, w: &str| is(lex, &lowercase(w.trim_end_matches('.')));
        let business = owner.who == Who::Thing
            || (owner.who != Who::Person && self.per_share(first))
            || owner
                .text
                .rsplit(' ')
                .next()
                .is_some_and(|w| listed(Lex::CompanySuffixes, w))
            || (owner.who != Who::Person
                && owner
                    .text
                    .split(' ')
                    .any(|w| w.starts_with(char::is_uppercase) && listed(Lex::BusinessWords, w)));
        // "Zenda Business Systems' net income": a name in "s" takes the apostrophe alone.
        let mark = if owner.text.ends_with('s') { "'" } else { "'s" };
        (owner.named && business && fits).then(|| Candidate::owned_by(&owner.text, mark, &owned))
    }

    /// "A spokesman for the company said": the business "the company" after the speaker's
    /// staff word and its preposition stands for, whose results the clause reports. The
    /// verb group of saying starts at `tokens[start]`.
    fn staff_of_the_business(&self, start: usize) -> Option<String> {
        // The staff word opens the sentence, after an article at most, within reach.
        let staff = usize::from(self.tokens.first()?.is(ARTICLES));
        if staff < start.saturating_sub(REACH)
            || staff >= start
            || !self.tokens[staff].is_lex(Lex::StaffWords)
            || !matches!(
                self.tokens.get(staff + 1)?.lower.as_str(),
                "for" | "of" | "at"
            )
        {
            return None;
        }
        let noun = (staff + 2..start)
            .rev()
            .find(|&j| self.tokens[j].is_lex(Lex::OrganizationNouns))?;
        let the = (staff + 2..noun).find(|&j| self.word(j) == "the")?;
        // Nothing but the noun's own words after it: "a spokesman for the company in Dover".
        if (noun + 1..start).any(|j| self.class(j) != Class::Punct) {
            return None;
        }
        self.the_business(the, true, None)
            .or_else(|| self.marked_business(the))
    }

    /// The business or person that says the clause whose verb group of saying starts at
    /// `tokens[start]`: the subject of that verb, past a place or a name in apposition.
    fn results_speaker(&self, start: usize) -> Option<Candidate> {
        Some(match self.subject_of(start, 0)? {
            Subject::Named(owner) => owner,
            // "Zenda Airlines, Dover, Del., said": the place told after the business is no
            // subject of its own.
            Subject::Words(words) if let Some(mut first) = self.name_before_comma(&words) => {
                for _ in 1..APPOSITIVE_HOPS {
                    match self.name_before_comma(&first) {
                        Some(name) => first = name,
                        None => break,
                    }
                }
                self.candidate(&first)
            }
            // "Acme Corp.'s big unit, Acme Systems, said": the name in apposition is the
            // speaker's.
            Subject::Words(words) => match words.last().map(|&w| w + 1..start - 1) {
                Some(aside)
                    if aside.len() > 1
                        && self.word(aside.start) == ","
                        && self.word(aside.end) == ","
                        && aside.clone().skip(1).all(|k| self.class(k) == Class::Name) =>
                {
                    self.candidate(&aside.skip(1).collect::<Vec<_>>())
                }
                _ => self.candidate(&words),
            },
        })
    }

    /// The name that ends just before a comma that opens `words`, which another comma
    /// closes: "Zenda Airlines" before ", Dover,". Not "In Dover, Zenda said".
    fn name_before_comma(&self, words: &[usize]) -> Option<Vec<usize>> {
        let (&first, &end) = (words.first()?, words.last()?);
        let last = first.checked_sub(2)?;
        let closed = self
            .tokens
            .get(end + 1)
            .is_some_and(|_| self.word(end + 1) == ",");
        if !closed || self.word(first - 1) != "," || self.class(last) != Class::Name {
            return None;
        }
        let mut start = last;
        while start > 0 && last - start < REACH && self.class(start - 1) == Class::Name {
            start -= 1;
        }
        Some((start..=last).collect())
    }

    /// A figure per share follows `tokens[from]` in its clause ("climbed to $8 million, which is
    /// 12 cents a share"): only a business with shareholders reports results so.
    fn per_share(&self, from: usize) -> bool {
        let end = self.tokens.len().min(from + SHARE_REACH);
        (from + 2..end).any(|j| {
            let amount = j - 2;
            let dollars = self.word(amount).starts_with(|c: char| c.is_ascii_digit())
                && (amount.saturating_sub(2)..amount).any(|k| self.word(k) == "$");
            self.word(j) == "share"
                && matches!(self.word(j - 1), "a" | "per")
                && (matches!(self.word(amount), "cents" | "cent") || dollars)
        })
    }

    /// A subject that is a business's results or shares without a determiner, in a sentence
    /// that names no one before it and reports no saying: those of the one business the text
    /// named before ([`Self::the_business`]): "Acme Corp. cut its dividend. Revenue fell 5%"
    /// → "Acme Corp.'s revenue fell 5%". Not in "At Zenda, profit rose".
    pub(in crate::events::title) fn article_results(&self, phrase: &[usize]) -> Option<Candidate> {
        // "These results compare with": a demonstrative points back to the business's.
        let phrase = match phrase {
            [these, _] if matches!(self.word(*these), "these" | "those") => &phrase[1..],
            _ => phrase,
        };
        let &first = phrase.first()?;
        // A capitalised first word of the sentence may be read as a name ("Sales rose").
        let name = |w: usize| self.class(w) == Class::Name && past_first_word(self.tokens, w);
        let noun = |w: usize| matches!(self.class(w), Class::Noun | Class::Name) && !name(w);
        let head_words = phrase
            .iter()
            .position(|&w| self.class(w) == Class::Prep)
            .map_or(phrase, |p| &phrase[..p]);
        let results = head_words
            .last()
            .is_some_and(|&w| self.tokens[w].is_lex(Lex::ResultsNouns));
        if !results || !head_words.iter().all(|&w| noun(w)) || phrase.iter().any(|&w| name(w)) {
            return None;
        }
        // "Sales of cars rose": an "of" phrase says what the figure counts, and it may be of
        // a whole trade. An amount is no such phrase ("profit of $5 million" is the business's).
        if let [_, of, next, ..] = &phrase[head_words.len() - 1..]
            && self.word(*of) == "of"
            && !matches!(self.class(*next), Class::Num)
            && !self
                .word(*next)
                .starts_with(|c: char| c.is_ascii_digit() || c == '$')
        {
            return None;
        }
        let told = (0..first).any(|k| name(k) || (self.class(k) == Class::Verb && self.says(k)));
        if told {
            return None;
        }
        // A business the text marks as one ("Zenda's shares") when none has a suffix, unless
        // the phrase may name another: "Corvex shareholders", whose capitalised first word
        // the text never writes in lower case.
        let common = |w: usize| {
            !self.tokens[w].capitalized
                || self.tokens[w].is_lex(Lex::ResultsNouns)
                || (w == first && self.written_lower_near(w))
        };
        let owner = self.the_business(first, true, None).or_else(|| {
            phrase
                .iter()
                .all(|&w| common(w))
                .then(|| self.marked_business(first))
                .flatten()
        })?;
        // "Ralston shares": the phrase names its business already.
        if phrase.iter().any(|&w| {
            self.tokens[w].capitalized && owner.contains(&self.text[self.tokens[w].span.clone()])
        }) {
            return None;
        }
        let mut owned = self.join(&self.without_offices(phrase));
        // "Sales" that opens the sentence is "Acme Corp.'s sales".
        let opening = &self.text[self.tokens[first].span.clone()];
        if !past_first_word(self.tokens, first)
            && let Some(rest) = owned.strip_prefix(opening)
        {
            owned = format!("{}{rest}", self.word(first));
        }
        let fits = owner.chars().count() <= OWNER_CHARS
            && owner.chars().count() + 3 + owned.chars().count() <= MAX_CHARS;
        fits.then(|| Candidate::owned_by(&owner, "'s", &owned))
    }
}
