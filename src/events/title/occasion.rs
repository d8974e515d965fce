//! An event noun that names the occasion of a clause ("fell 40 cents in late trading on
//! Monday", "In a 1930 speech to the guild, Moss called for a strike"): its date says when the
//! clause happened, and the occasion tells nothing by itself, so the title is the clause's.

use std::ops::Range;

use super::{Class, Lex, REACH, Titles, is_clause_break, is_participle};

/// How far back from an occasion's noun phrase its preposition may be, past the date and the
/// words that describe the noun ("in a May 3, 1998 radio address").
const PHRASE_REACH: usize = 10;

impl Titles<'_> {
    /// The verb group of the clause that `tokens[trigger]`, an occasion noun after "in", "at"
    /// or "during", dates: the clause after the comma that ends a phrase opening the sentence
    /// (or the clause after "that"), else the verb before the preposition in its own clause.
    pub(super) fn occasion_group(&self, trigger: usize) -> Option<Range<usize>> {
        // "a televised address": the participle that describes the occasion is its word.
        let describes = self.class(trigger) == Class::Verb
            && is_participle(self.word(trigger))
            && !self.tokens[trigger].is_lex(Lex::OccasionNouns)
            && self
                .tokens
                .get(trigger + 1)
                .is_some_and(|t| t.is_lex(Lex::OccasionNouns));
        let noun = if describes { trigger + 1 } else { trigger };
        let token = &self.tokens[noun];
        if !token.is_lex(Lex::OccasionNouns) || token.capitalized {
            return None;
        }
        let (start, end) = self.noun_phrase_around(noun);
        let prep = (start.saturating_sub(PHRASE_REACH)..start)
            .rev()
            .find(|&k| {
                !(self.remove[k]
                    || self.class(k).in_noun_phrase()
                    || (self.class(k) == Class::Verb && is_participle(self.word(k))))
            })
            .filter(|&k| self.tokens[k].is_lex(Lex::OccasionPrepositions))?;
        let opens = self
            .left_past_skipped(prep)
            .is_none_or(|b| self.class(b) == Class::Sub);
        if opens {
            self.clause_after_occasion(end)
        } else {
            // The nearest verb with a tense before the preposition, in the same clause: an
            // infinitive ("rose 40 cents to end at $9") is told by the verb before it.
            (prep.saturating_sub(REACH)..prep)
                .rev()
                .take_while(|&k| !is_clause_break(self.tokens, k))
                .filter(|&k| self.finite(k))
                .map(|k| self.verb_group_around(k))
                .find(|group| self.class(group.start) != Class::To)
        }
    }

    /// The verb group of the clause after the comma that closes an occasion's phrase ending at
    /// `tokens[end]`, past the phrases and dates that complete it.
    fn clause_after_occasion(&self, end: usize) -> Option<Range<usize>> {
        let n = self.tokens.len().min(end + REACH);
        let mut k = end;
        loop {
            while k < n && (self.remove[k] || self.skipped(k) || self.introduces_date(k)) {
                k += 1;
            }
            let next = self.past_modifiers(k);
            if next == k {
                break;
            }
            k = next;
        }
        if k >= n || self.word(k) != "," {
            return None;
        }
        let verb = (k + 1..n)
            .take_while(|&j| !matches!(self.class(j), Class::Punct | Class::Sub))
            .find(|&j| matches!(self.class(j), Class::Verb | Class::Aux) && !self.remove[j])?;
        let group = self.verb_group_around(verb);
        self.finite(group.start).then_some(group)
    }
}
