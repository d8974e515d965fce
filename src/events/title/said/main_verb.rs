//! Where the clause of what was said has its main verb: past a preposed clause, an opening
//! participle's phrase, a relative clause between commas, a participle that describes a noun.

use super::super::{Class, Lex, Titles, is_participle};

impl Titles<'_> {
    /// The first verb after the comma that closes the clause `verb` is in, when a preposed
    /// subordinator opens that clause at the start of the sentence or quote, if any before
    /// `end`: `"If the dam breaks, the town will flood," Hale said` tells of the town, not the
    /// dam. Otherwise `verb` itself.
    pub(super) fn past_preposed_clause(&self, verb: usize, end: usize) -> usize {
        // The subordinator, past the subject of its clause.
        let opener = (verb.saturating_sub(6)..verb).rev().find(|&k| {
            !(self.class(k).in_noun_phrase() || self.class(k) == Class::Pron || self.skipped(k))
        });
        let preposed = opener.is_some_and(|k| {
            self.class(k) == Class::Sub
                && self.tokens[k].is_lex(Lex::PreposedSubordinators)
                && (k == 0 || self.quote_mark(k - 1))
        });
        if !preposed {
            return verb;
        }
        (verb + 1..end)
            .find(|&k| self.word(k) == ",")
            .and_then(|close| {
                (close + 1..end).find(|&k| matches!(self.class(k), Class::Verb | Class::Aux))
            })
            .unwrap_or(verb)
    }

    /// The first verb with a tense after the comma that closes the phrase of a bare
    /// participle opening the sentence or quote, if any before `end`: "Tired of waiting, the
    /// crew left the port, Hale said" tells what the crew did. Otherwise `verb` itself.
    pub(super) fn past_opening_participle(&self, verb: usize, end: usize) -> usize {
        let opens = self.opens_sentence(verb) || (verb > 0 && self.quote_mark(verb - 1));
        if self.class(verb) != Class::Verb || !is_participle(self.word(verb)) || !opens {
            return verb;
        }
        // The participle's phrase holds no clause of its own ("of being ignored" has no
        // tense: a participle after an "-ing" form is part of it).
        let clause = |k: usize| {
            matches!(self.class(k), Class::Sub | Class::Coord)
                || (self.finite(k) && !self.word(k - 1).ends_with("ing"))
        };
        let Some(close) = (verb + 1..end)
            .take_while(|&k| !clause(k))
            .find(|&k| self.word(k) == ",")
        else {
            return verb;
        };
        (close + 1..end)
            .take_while(|&k| self.class(k) != Class::Punct)
            .find(|&k| self.finite(k))
            .filter(|&k| k > close + 1)
            .unwrap_or(verb)
    }

    /// The first verb after the relative clause between commas that `verb` opens, if any
    /// before `end`: "This old dog, who has barked all night, needs a home" tells what the dog
    /// needs, not what the clause about it says. Otherwise `verb` itself.
    pub(super) fn past_relative_aside(&self, verb: usize, end: usize) -> usize {
        if !self.opens_relative_aside(verb) {
            return verb;
        }
        (verb + 1..end)
            .find(|&k| self.word(k) == ",")
            .and_then(|close| {
                (close + 1..end)
                    .find(|&k| matches!(self.class(k), Class::Verb | Class::Aux) && !self.remove[k])
            })
            .unwrap_or(verb)
    }

    /// "A radical armed group with ties to the rebels has helped ...": a participle with no
    /// auxiliary before it and a noun after it describes that noun when an auxiliary follows
    /// in the same clause (no punctuation, clause opener or conjunction between): the auxiliary
    /// opens the clause's verb group. So does one after a noun and before a preposition ("a
    /// false address given on forms will cost"). Otherwise `verb` itself.
    pub(super) fn past_describing_participle(&self, verb: usize, end: usize) -> usize {
        let class_at = |k: usize| self.classes.get(k).copied();
        let describes = matches!(class_at(verb + 1), Some(Class::Noun | Class::Name))
            || (verb > 0
                && matches!(class_at(verb - 1), Some(Class::Noun | Class::Name))
                && class_at(verb + 1) == Some(Class::Prep));
        let bare_participle = self.class(verb) == Class::Verb
            && is_participle(self.word(verb))
            && !self.says(verb)
            && (verb == 0 || self.class(verb - 1) != Class::Aux)
            && describes;
        if !bare_participle {
            return verb;
        }
        (verb + 1..end)
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord))
            .find(|&k| {
                (self.class(k) == Class::Aux && !self.remove[k]) || self.main_after_described(k)
            })
            .unwrap_or(verb)
    }

    /// `tokens[k]` is a verb with a tense after the phrase of a describing participle: "a man
    /// accused of theft also stole a car". Not an infinitive ("to steal"), an "-ing" form, the
    /// second verb of a group ("get paid"), a participle that describes a noun in turn ("goods
    /// taken from the shop").
    fn main_after_described(&self, k: usize) -> bool {
        let before = self.left_past_skipped(k);
        self.class(k) == Class::Verb
            && self.finite(k)
            && before.is_some_and(|b| {
                self.class(b) != Class::To
                    && !(b + 1 == k && matches!(self.class(b), Class::Verb | Class::Aux))
            })
            && !(before.is_some_and(|b| matches!(self.class(b), Class::Noun | Class::Name))
                && self.class(k + 1) == Class::Prep)
    }
}
