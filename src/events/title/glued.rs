//! Two clauses the text runs together without a comma, which a title must not glue: a date
//! that ends one clause before the subject of the next ("The race began two days ago the
//! yacht crossed the line"), and "and" before a new subject after a verb's complement ("was
//! declared valid and the firm will pay").

use super::{Class, Lex, Titles, is_past_participle};

/// How many words the subject of the clause after a date may have.
const SUBJECT: usize = 8;

impl Titles<'_> {
    /// `tokens[k]`, right after a date that follows a verb, opens a clause: a noun phrase
    /// (or a subject pronoun) and a verb with a tense. A past form that may be a participle
    /// describing the noun ("defeated in May the party led by Vance") counts only before
    /// an object.
    pub(super) fn clause_after_date(&self, k: usize) -> bool {
        let verb_before = self
            .left_past_skipped(k)
            .is_some_and(|b| self.class(b) == Class::Verb && !self.says(b));
        // "ruled last month that only the father may speak": what was ruled.
        if !verb_before || self.word(k) == "that" {
            return false;
        }
        let n = self.tokens.len().min(k + SUBJECT + 1);
        let Some(v) = (k..n).find(|&j| {
            !matches!(
                self.class(j),
                Class::Det | Class::Poss | Class::Noun | Class::Name | Class::Num
            )
        }) else {
            return false;
        };
        let pronoun =
            v == k && self.class(k) == Class::Pron && self.tokens[k].is_lex(Lex::SubjectPronouns);
        let v = if pronoun { k + 1 } else { v };
        let head = pronoun || (k..v).any(|j| matches!(self.class(j), Class::Noun | Class::Name));
        if !head || v >= self.tokens.len() || !self.finite(v) || self.remove[v] {
            return false;
        }
        if self.class(v) == Class::Aux {
            return true;
        }
        !is_past_participle(self.word(v))
            || self.classes.get(v + 1).is_some_and(|c| {
                matches!(
                    c,
                    Class::Det | Class::Poss | Class::Num | Class::Name | Class::Pron
                )
            })
    }

    /// `phrase` is the complement of a verb right before it, then "and" and a determiner
    /// that opens the next clause's subject: "was declared valid and the firm will pay".
    /// Not after an active verb of saying, whose clause may open with two nouns ("said costs
    /// and the deficit rose"), nor for an infinitive ("ordered troops and the police to leave").
    pub(super) fn complement_then_clause(&self, phrase: &[usize], start: usize) -> bool {
        let Some(&f) = phrase.first() else {
            return false;
        };
        let after_verb = f > 0
            && self.finite(start)
            && self.class(start) != Class::To
            && self.class(f - 1) == Class::Verb
            // "Staff at the bank and the union": a capital is a noun's, a sentence's first.
            && !self.tokens[f - 1].capitalized
            && !self.remove[f - 1]
            && (!self.says(f - 1) || self.passive_at(f - 1));
        after_verb
            && phrase
                .iter()
                .rposition(|&w| self.class(w) == Class::Coord)
                .and_then(|c| phrase.get(c + 1))
                .is_some_and(|&d| matches!(self.class(d), Class::Det | Class::Poss))
    }

    /// `tokens[v]` is a participle after a form of "be": "was declared".
    fn passive_at(&self, v: usize) -> bool {
        v > 0 && is_past_participle(self.word(v)) && self.be_form(v - 1).is_some()
    }
}
