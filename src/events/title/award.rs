//! "coach of the year", "Man of the Year", "goal of the month": a period after a noun and
//! "of the" is part of the noun phrase (the best of that period), not a date the title drops.
//! A part of a period is a date: "before the close of the year", "in the latter part of the month"
//! (a noun with "the" inside a preposition's phrase).

use super::{ARTICLES, Class, PERIOD_NOUNS, Titles, is_plural_form};

impl Titles<'_> {
    /// `tokens[of]` is the "of" of "NOUN of the PERIOD" (see the module's doc), the period a
    /// date the tagger found.
    pub(super) fn award_period(&self, of: usize) -> bool {
        let n = self.tokens.len();
        if of == 0 || of + 2 >= n || self.word(of) != "of" || self.word(of + 1) != "the" {
            return false;
        }
        let noun = of - 1;
        let period = of + 2;
        let dated = self.remove[of + 1]
            && self.remove[period]
            && self.tokens[period].is(PERIOD_NOUNS)
            && !is_plural_form(self.word(period))
            // "of the year 1990", "of the week's trading": a date that goes on or owns a noun.
            && self.remove.get(period + 1) != Some(&true)
            && !(period + 1 < n && self.class(period + 1) == Class::Poss);
        if !dated || self.remove[noun] || !matches!(self.class(noun), Class::Noun | Class::Name) {
            return false;
        }
        // "by the end", "in the latter part": the article of a part, one word at most before
        // the noun, after a preposition.
        let part = (noun.saturating_sub(2)..noun)
            .any(|a| self.tokens[a].is(ARTICLES) && a > 0 && self.class(a - 1) == Class::Prep);
        !part
    }

    /// `tokens[i]` is the "the" or the period of an [`Self::award_period`].
    pub(super) fn in_award_period(&self, i: usize) -> bool {
        (i >= 2 && self.award_period(i - 2)) || (i >= 1 && self.award_period(i - 1))
    }
}
