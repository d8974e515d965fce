//! The business "the company" means when the text named only one before it.

use super::super::super::chunk;
use super::super::subject::{Candidate, Subject, Who};
use super::super::{ARTICLES, Class, Lex, MAX_CHARS, REACH, Titles, is, lowercase, tokens};
use super::OWNER_CHARS;

/// How far back, in bytes of text, "the company" looks for the business it stands for.
const BUSINESS_REACH: usize = 2000;

/// `text` holds a word of the company suffixes with a capital first letter, as it is when a
/// capitalised token is one: most windows hold none, and so are not cut into tokens.
fn may_name_business(text: &[u8]) -> bool {
    let suffixes = &chunk::lists()[Lex::CompanySuffixes as usize];
    // A capitalised token whose lower case is such a word is that word in ASCII ("K", the
    // Kelvin sign, is a capital "k" of another script).
    if !suffixes
        .iter()
        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() && b != b'k'))
    {
        return true;
    }
    (0..text.len())
        .filter(|&i| text[i].is_ascii_uppercase())
        .any(|i| {
            // A letter after it continues the word ("Company"): no token of its own.
            suffixes.iter().any(|w| {
                text.get(i..i + w.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
                    && !text.get(i + w.len()).is_some_and(u8::is_ascii_alphabetic)
            })
        })
}

impl Titles<'_> {
    /// A subject that is "the company", "the bank" (a business noun after "the"), or what
    /// it owns ("the company's stock"), with the name of the one business the text names
    /// before it, within [`BUSINESS_REACH`] bytes: a run of capitalised words that ends with a
    /// word such as "Corp." or "Inc.". None when two businesses are named there: which one is
    /// meant is not sure.
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
        if self.word(the) != "the" || !self.tokens[noun].is_lex(Lex::OrganizationNouns) {
            return None;
        }
        let here = self.tokens[the].span.start;
        let mut from = here.saturating_sub(BUSINESS_REACH);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        if !may_name_business(&self.text.as_bytes()[from..here]) {
            return None;
        }
        let before = tokens(self.text, from..here);
        let mut found: Option<&str> = None;
        for end in 1..before.len() {
            let last = &before[end];
            if !(last.capitalized && last.is_lex(Lex::CompanySuffixes)) {
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
            let Some(start) = (end.saturating_sub(8)..end)
                .rev()
                .take_while(|&j| in_name(j))
                .last()
            else {
                continue;
            };
            // The first token may be the tail of a name the window cuts.
            if start == 0 && from > 0 {
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
            match found {
                Some(other) if other == name || same(other, name) => {}
                Some(other) if !same(name, other) => return None,
                _ => found = Some(name),
            }
        }
        let found = found?;
        // The sentence before names someone else as its subject: "Smith resigned. The
        // company said".
        let previous = self
            .previous_name
            .get_or_init(|| self.previous_sentence(|t| t.first_subject()))
            .as_ref()
            .filter(|p| p.named && !p.plural);
        let text = match previous {
            Some(p) if p.text.contains(found) => p.text.clone(),
            Some(p) if !found.contains(p.text.as_str()) => return None,
            _ => found.to_string(),
        };
        // "Aetna Life amp Casualty Co." is "Aetna Life & Casualty Co.".
        let text = if text.contains(" amp ") {
            text.replace(" amp ", " & ")
        } else {
            text
        };
        // "the company's stock": the business's, told as a possessive subject is.
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
        let owner = match self.subject_of(start, 0)? {
            Subject::Named(owner) => owner,
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
        };
        let owned = self.join(&self.without_offices(phrase));
        let fits = owner.text.chars().count() <= OWNER_CHARS
            && owner.text.chars().count() + 3 + owned.chars().count() <= MAX_CHARS;
        // A business, never a person: "Smith said profit rose" is no profit of Smith's.
        // "Zenda Business Systems": a business word anywhere in the name.
        let listed = |lex: Lex, w: &str| is(lex, &lowercase(w.trim_end_matches('.')));
        let business = owner.who == Who::Thing
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
}
