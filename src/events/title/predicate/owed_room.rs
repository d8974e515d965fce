//! A cut that ends on a noun whose phrase follows ([`Lex::ComplementNouns`]: "became full
//! members | of the league") and has no earlier place to end: the words that only describe
//! the noun go first, to make room for its phrase ("became members of the league"); a phrase
//! of circumstance that still cannot hold it is left out ("intensified | following the
//! collapse"), as headline writers do, never the object nor the verb's own phrase. A phrase
//! too long to follow the noun whole is told by its head noun phrase ("announced the
//! effectiveness of its [listing] prospectus [for ...]"), never cut off before it.

use super::super::{Class, Form, Lex, Titles, is_past_participle};

/// The most words of a noun phrase after a noun's preposition that a title may keep: a run
/// longer than any noun phrase is read no further (each shorter run is measured).
const OWED_WORDS: usize = 8;

impl Titles<'_> {
    /// `phrase` without the words between its opening and the noun `phrase[head]` that only
    /// describe it: adjectives (read as nouns in lower case, no plural), adverbs and
    /// participles, and where the noun stands in it. None when there are none, after "a",
    /// whose form may depend on them, or when the head is an adjective after its noun.
    pub(super) fn owed_head_bare(
        &self,
        phrase: &[usize],
        head: usize,
    ) -> Option<(Vec<usize>, usize)> {
        // ("found the clerk guilty | of fraud": the words before an adjective are its noun's.)
        if self.tokens[phrase[head]].is_lex(Lex::ComplementAdjectives) {
            return None;
        }
        let describes = |w: usize| {
            let t = &self.tokens[w];
            let adjective = self.class(w) == Class::Noun
                && !t.is_lex(Lex::ComplementNouns)
                && !self.word(w).ends_with('s');
            let participle = self.class(w) == Class::Verb
                && is_past_participle(self.word(w))
                && t.has(Form::TitleVerb);
            !t.capitalized && (adjective || participle || self.class(w) == Class::Adv)
        };
        // Each step back takes one word, or the words a hyphen joins ("full-fledged"): those
        // in lower case, whatever the chunker made of their parts.
        let glued = |a: usize, b: usize| self.tokens[a].span.end == self.tokens[b].span.start;
        let mut start = head;
        while start > 0 {
            let mut first = start - 1;
            while first > 0 && glued(phrase[first - 1], phrase[first]) {
                first -= 1;
            }
            let group = &phrase[first..start];
            let describing = match group {
                [w] if !self.word(*w).contains('-') => describes(*w),
                _ => group
                    .iter()
                    .all(|&w| !self.tokens[w].capitalized && self.class(w) != Class::Num),
            };
            if !describing {
                break;
            }
            start = first;
        }
        let opener = start.checked_sub(1).map(|p| phrase[p]);
        let a = opener.is_some_and(|w| matches!(self.word(w), "a" | "an"));
        // (A number before them counts the noun: "two senior | members" keeps "senior"; a sum
        // is no count: "a $30 billion ports | deal".)
        let counted = opener.is_some_and(|w| {
            self.class(w) == Class::Num
                && !(w.saturating_sub(3)..w)
                    .any(|k| matches!(self.word(k), "$" | "£" | "€") && self.class(k) == Class::Num)
        });
        (start < head && !a && !counted)
            .then(|| ([&phrase[..start], &phrase[head..]].concat(), start))
    }

    /// `phrase` is a circumstance the title may leave out ([`Lex::CircumstancePrepositions`]).
    pub(super) fn leaves_out(&self, phrase: &[usize]) -> bool {
        phrase
            .first()
            .is_some_and(|&w| self.tokens[w].is_lex(Lex::CircumstancePrepositions))
    }

    /// `phrase` up to the noun `phrase[n - 1]` and the preposition after it, with the noun
    /// phrase that preposition opens told in `room` characters by its opening words
    /// (determiners, numbers, an owner) and the longest run of its last words that fits, its
    /// head noun at least: "the effectiveness of its listing prospectus for the offering"
    /// → "the effectiveness of its prospectus"; a name whole or not at all. None when no noun
    /// phrase follows, when it goes on past its head (a phrase of the head's own, a noun after
    /// "and", "than" after "more", a noun the chunker split: "base | lending rate"), or
    /// nothing fits.
    pub(super) fn owed_phrase_head(
        &self,
        phrase: &[usize],
        n: usize,
        room: usize,
    ) -> Option<Vec<usize>> {
        let preposition = *phrase.get(n)?;
        if n == 0 || preposition != phrase[n - 1] + 1 || self.class(preposition) != Class::Prep {
            return None;
        }
        // The noun phrase: words of a noun phrase, one right after another (a date left out
        // between two ends it).
        let rest = &phrase[n + 1..];
        let run = (0..rest.len().min(OWED_WORDS))
            .take_while(|&m| {
                self.class(rest[m]).in_noun_phrase()
                    && rest[m] == if m == 0 { preposition } else { rest[m - 1] } + 1
            })
            .count();
        let (noun_phrase, after) = rest.split_at(run);
        let &head = noun_phrase.last()?;
        let goes_on = after.first().is_some_and(|&w| {
            w == head + 1
                && (matches!(self.class(w), Class::Coord)
                    || self.class(w).in_noun_phrase()
                    || matches!(self.word(w), "of" | "than")
                    || self.owes(head, w)
                    || (self.word(w).ends_with("ing")
                        && after.get(1).is_some_and(|&k| self.class(k) == Class::Noun)))
        });
        let common = self.class(head) == Class::Noun && !self.tokens[head].capitalized;
        if goes_on || !(common || self.class(head) == Class::Name) {
            return None;
        }
        // The opening words: up to the last owner, else the determiners and numbers.
        let opening = match noun_phrase
            .iter()
            .rposition(|&w| self.class(w) == Class::Poss)
        {
            Some(p) => p + 1,
            None => noun_phrase
                .iter()
                .take_while(|&&w| matches!(self.class(w), Class::Det | Class::Num))
                .count(),
        };
        let name = |k: usize| self.class(noun_phrase[k]) == Class::Name;
        // ("a massive oil leak" is "a leak", never "a oil leak": "a" and "an" keep the sound
        // of the word after them.)
        let vowel = |k: usize| {
            self.word(noun_phrase[k])
                .starts_with(['a', 'e', 'i', 'o', 'u'])
        };
        let article = opening > 0 && self.indefinite_article(noun_phrase[opening - 1]);
        (opening..run)
            .filter(|&k| k == opening || !(name(k - 1) && name(k)))
            .filter(|&k| !article || vowel(k) == vowel(opening))
            .map(|k| {
                phrase[..=n]
                    .iter()
                    .chain(&noun_phrase[..opening])
                    .chain(&noun_phrase[k..])
                    .copied()
                    .collect::<Vec<usize>>()
            })
            .find(|kept| self.width(kept) <= room)
    }
}
