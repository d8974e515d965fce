//! An adjective set off by a comma after a noun phrase, with the date in its own phrase
//! ("declared a 2-for-1 split of the stock, payable in May to holders of record in April"),
//! describes that noun phrase: the happening dated there is the phrase's. Its words alone
//! ("Payable to holders of record") do not say what is paid. When the phrase is the object of
//! a verb with no date of its own, the clause says who did what ("The board declared a 2-for-1
//! split of the stock"); else the title is the noun phrase and the adjective's phrase ("2-for-1
//! split of the stock payable to holders of record"), as the verb tells another day's happening.

use super::{Class, Lex, MAX_CHARS, REACH, Titles};

/// How far back from the event word the adjective may stand, in tokens.
const BACK: usize = 12;

impl Titles<'_> {
    /// The title of the event at `tokens[trigger]` when it stands in the phrase of an adjective of
    /// [`Lex::PostpositiveAdjectives`] after a comma and a noun phrase, the phrase holds a date and
    /// no verb with a tense follows in it before `limit` (not "the dividend, payable in May, was
    /// cut": the verb after it is the phrase's subject's).
    pub(super) fn described_by_adjective(&self, trigger: usize, limit: usize) -> Option<String> {
        // The walk back crosses no clause: no punctuation, no verb, no clause opener.
        let adjective = (trigger.saturating_sub(BACK)..=trigger)
            .rev()
            .find_map(|k| {
                if self.tokens[k].is_lex(Lex::PostpositiveAdjectives) {
                    return Some(Some(k));
                }
                // The event word may be read as a verb ("to stock of record").
                let crosses = k != trigger
                    && !self.remove[k]
                    && matches!(
                        self.class(k),
                        Class::Punct | Class::Sub | Class::Coord | Class::Verb | Class::Aux
                    );
                crosses.then_some(None)
            })??;
        let comma = self
            .left_past_skipped(adjective)
            .filter(|&c| self.word(c) == ",")?;
        let last = self
            .left_past_skipped(comma)
            .filter(|&l| matches!(self.class(l), Class::Noun | Class::Name | Class::Num))?;
        let end = limit.min(adjective + REACH).min(self.tokens.len());
        let mut after = Vec::with_capacity(8);
        let mut dated = false;
        for k in adjective..end {
            if self.remove[k] {
                dated = true;
            }
            if self.skipped(k) || self.introduces_date(k) {
                continue;
            }
            match self.class(k) {
                Class::Punct | Class::Sub | Class::Coord => break,
                // "payable in May to stock of record" reads "to stock" as an infinitive.
                Class::Aux => return None,
                Class::Verb if k != adjective && self.class(k - 1) != Class::To => return None,
                _ => after.push(k),
            }
        }
        if !dated {
            return None;
        }
        let phrase = self.noun_phrase_ending_at(last);
        // "Talvo declared a 5% stock dividend, payable in May": the object of an undated
        // verb is told by its clause, which says who did what.
        if let Some(title) = self.declaring_clause(*phrase.first()?, comma) {
            return Some(title);
        }
        let mut phrase: Vec<usize> = phrase.into_iter().filter(|&k| !self.skipped(k)).collect();
        // "its initial quarterly", "a stock dividend": a headline opens on the noun.
        if phrase.first().is_some_and(|&f| self.class(f) == Class::Det) {
            phrase.remove(0);
        }
        if phrase.is_empty() {
            return None;
        }
        let fits = |phrase: &[usize]| {
            let title = self.finish(&format!("{} {}", self.join(phrase), self.join(&after)));
            (title.chars().count() <= MAX_CHARS).then_some(title)
        };
        // A phrase too long keeps its head before the first preposition.
        fits(&phrase).or_else(|| {
            let head = self.subject_head(&phrase, true, false);
            if head.is_empty() { None } else { fits(&head) }
        })
    }

    /// The title of the clause whose verb has the noun phrase opening at `tokens[start]` for
    /// object, when that verb is finite and no date stands between the clause's opening and
    /// the `comma` after the phrase (the verb's own date leaves the phrase to the payment's).
    fn declaring_clause(&self, start: usize, comma: usize) -> Option<String> {
        let verb = self.left_past_skipped(start).filter(|&v| self.finite(v))?;
        let group = self.verb_group_around(verb);
        let from = group.start.saturating_sub(BACK);
        if (from..comma).any(|k| self.remove[k]) {
            return None;
        }
        let title = self.clause_title(group, comma);
        title.contains(' ').then_some(title)
    }
}
