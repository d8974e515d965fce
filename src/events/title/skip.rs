//! The words a title leaves out wherever they stand: the date and the preposition that
//! introduces it, its possessive, adverbs that describe no noun. Each answer is found once per
//! token (a title asks about the same few dozen tokens many times).

use super::super::words::MATURITY_WORDS;
use super::{
    ARTICLES, Class, INTRODUCES_DATE, Lex, PARTICLES, PERIOD_NOUNS, REACH, SKIPPED, Titles,
    is_participle, is_past_participle,
};

impl Titles<'_> {
    /// A token the title leaves out wherever it is: the date (and its possessive), an adverb.
    #[inline]
    pub(super) fn skipped(&self, i: usize) -> bool {
        // The date a title keeps changes the answer while it is set: no memo then.
        if self.kept_date.get() != (0, 0) {
            return self.skipped_now(i);
        }
        self.memo_bit(i, SKIPPED, || self.skipped_now(i))
    }

    /// The answer `find` gives for `tokens[i]`, found once: `bit` says which question, the
    /// bit above it that it was asked.
    #[inline]
    pub(super) fn memo_bit(&self, i: usize, bit: u8, find: impl FnOnce() -> bool) -> bool {
        let known = self.memo[i].get();
        if known & (bit << 1) != 0 {
            return known & bit != 0;
        }
        let yes = find();
        self.memo[i].set(self.memo[i].get() | (bit << 1) | if yes { bit } else { 0 });
        yes
    }

    pub(super) fn skipped_now(&self, i: usize) -> bool {
        // A date a title keeps stays whole: "three days later" keeps its adverb.
        let (from, to) = self.kept_date.get();
        if (from..to).contains(&i) {
            return false;
        }
        (self.remove[i]
            && !self.article_of_object(i)
            && !self.in_award_period(i)
            && !self.date_in_name(i)
            && !self.clause_date_subject(i))
            // "in the six months ended June 30": a participle between a period and its date is
            // part of them ("ten years ago reunited Sunday night" is the verb).
            || (i > 0
                && self.remove[i - 1]
                && self.tokens[i - 1].is(PERIOD_NOUNS)
                && self.remove.get(i + 1) == Some(&true)
                && self.class(i) == Class::Verb
                && is_participle(self.word(i)))
            || (self.class(i) == Class::Adv
                && !self.describes_noun(i)
                // `"reasonably robust"`: a quotation's words are the speaker's, whole.
                && !(i > 0
                    && self.quote_mark(i - 1)
                    && self.tokens[i - 1].span.end == self.tokens[i].span.start)
                // "were likely to buy", "will probably be", "was all but destroyed": a verb
                // group keeps its hedge.
                && !(self.tokens[i].is_lex(Lex::HedgeAdverbs)
                    && i > 0
                    && self.class(i - 1) == Class::Aux)
                && !self.all_but(i))
            || self.zone_of_removed_time(i)
            // "the recently passed law": a participle that describes the noun goes with the
            // time adverb before it ("the passed law" says nothing).
            || (i > 1
                && self.remove[i - 1]
                && self.class(i) == Class::Noun
                && self.class(i - 1) == Class::Noun
                && matches!(self.class(i - 2), Class::Det | Class::Poss)
                && is_past_participle(self.word(i)))
            || self.described_by_date(i)
            || (self.class(i) == Class::Poss && i > 0 && self.skipped_now(i - 1))
            // "notes due Nov. 1", "a payment due on Friday": a word of when a thing falls due
            // goes with its date, after the noun it describes ("is due" says something).
            || (self.tokens[i].is(MATURITY_WORDS)
                && i > 0
                && !matches!(self.class(i - 1), Class::Aux | Class::Verb)
                && (i + 1..self.tokens.len().min(i + 3))
                    .find(|&k| !self.introduces_date(k))
                    .is_some_and(|k| self.remove[k]))
            // "cars built prior to 1990": the first word of a preposition of two goes with the
            // date its "to" introduces.
            || (self.tokens[i].is_lex(Lex::PrepositionHeads)
                && i + 1 < self.tokens.len()
                && self.introduces_date(i + 1))
            // "last week alone": a word that closes the date's phrase.
            || (i > 0 && self.remove[i - 1] && self.tokens[i].is_lex(Lex::DateFocusWords))
            // "of late 1961 and early 1962": the "and" of two dates, not of two clauses
            // ("signed the treaty two years ago and now are ready").
            || (self.class(i) == Class::Coord
                && i > 0
                && self.remove[i - 1]
                && self.remove.get(i + 1) == Some(&true)
                && !self.joins_clauses(i))
    }

    /// The noun at `tokens[i]` is described by a date its preposition introduces: "buying
    /// gifts for Christmas Eve parties" leaves out "for ... parties" with the date, not the
    /// date alone ("gifts parties").
    fn described_by_date(&self, i: usize) -> bool {
        // "set on the close of 1985 equalling 100": an "-ing" form opens a phrase of its own.
        let noun = |k: usize| {
            self.class(k) == Class::Noun && !self.remove[k] && !self.word(k).ends_with("ing")
        };
        if !noun(i) {
            return false;
        }
        let n = self.tokens.len();
        let first = (i.saturating_sub(4)..=i)
            .rev()
            .take_while(|&k| noun(k))
            .last()
            .unwrap_or(i);
        if first == 0 || !self.remove[first - 1] {
            return false;
        }
        let date = (first.saturating_sub(REACH)..first)
            .rev()
            .take_while(|&k| self.remove[k])
            .last()
            .unwrap_or(first);
        let after = (i + 1..n.min(i + 5)).find(|&k| !noun(k)).unwrap_or(n);
        // The date's phrase describes a noun before it ("a majority in 2001 elections");
        // "In 1990 voters chose", "delayed until May passage of the bill" are no noun's.
        // "about recent advances": a date of one common word describes its noun.
        let named =
            (date..first).any(|k| self.tokens[k].capitalized || self.class(k) == Class::Num);
        named
            && date > 1
            && self.introduces_date(date - 1)
            && matches!(self.class(date - 2), Class::Noun | Class::Name | Class::Num)
            && !(after < n && matches!(self.class(after), Class::Verb | Class::Aux | Class::Neg))
    }

    /// The article at `tokens[i]` opens a date inside a verb's object and stays with the
    /// noun: "to take the mid-July flight" is no "to take flight".
    pub(super) fn article_of_object(&self, i: usize) -> bool {
        i > 0
            && self.tokens[i].is(ARTICLES)
            && self.class(i - 1) == Class::Verb
            && !self.remove[i - 1]
            && (i + 1..self.tokens.len().min(i + 8))
                .find(|&k| !self.remove[k])
                .is_some_and(|k| matches!(self.class(k), Class::Noun | Class::Name))
    }

    /// The "and" at `tokens[i]`, between two dates, joins two verb groups: a verb before it
    /// in its clause and one with a tense right after the second date.
    pub(super) fn joins_clauses(&self, i: usize) -> bool {
        let verb = |k: usize| matches!(self.class(k), Class::Verb | Class::Aux) && !self.remove[k];
        // "had spent the autumn and winter training": an "-ing" form is no clause.
        (i + 1..self.tokens.len())
            .find(|&k| !self.remove[k])
            .is_some_and(|k| verb(k) && !self.word(k).ends_with("ing"))
            && (i.saturating_sub(REACH)..i)
                .rev()
                .take_while(|&k| self.class(k) != Class::Punct)
                .any(verb)
    }

    /// The adverb at `tokens[i]` is part of a noun phrase: "the FBI's most wanted list", "a
    /// once fast-growing shoe maker", "about 200 Americans".
    pub(super) fn describes_noun(&self, i: usize) -> bool {
        let Some(&next) = self.classes.get(i + 1) else {
            return false;
        };
        // "about 200 Americans", "nearly 5,000": a number keeps its hedge.
        if next == Class::Num && !self.remove[i + 1] {
            return true;
        }
        i > 0
            && matches!(self.class(i - 1), Class::Det | Class::Poss)
            && next == Class::Noun
            && (i + 2..self.tokens.len().min(i + 4))
                .any(|j| matches!(self.class(j), Class::Noun | Class::Name))
    }

    /// A preposition that introduces the date ("in 2019", "on June 4"), not a noun the date
    /// is the possessive of ("of Wednesday's meeting").
    #[inline]
    pub(super) fn introduces_date(&self, i: usize) -> bool {
        // A date the title keeps keeps its preposition ("not until May").
        if (self.kept_date.get().0..self.kept_date.get().1).contains(&i) {
            return false;
        }
        self.memo_bit(i, INTRODUCES_DATE, || self.introduces_date_now(i))
    }

    pub(super) fn introduces_date_now(&self, i: usize) -> bool {
        // "Deposits as of June 30 rose": "as of" is one preposition.
        if self.word(i) == "as" && self.tokens.get(i + 1).is_some_and(|t| t.lower == "of") {
            return self.introduces_date(i + 1);
        }
        if self.class(i) != Class::Prep || self.award_period(i) {
            return false;
        }
        // "at about 5am", "in roughly 1990": a hedge between the preposition and its date
        // goes with them.
        let hedged = (i + 1..self.tokens.len().min(i + 3))
            .find(|&k| self.class(k) != Class::Adv || self.remove[k])
            .is_some_and(|k| k > i + 1 && self.remove[k]);
        if self.remove.get(i + 1) != Some(&true) && !hedged {
            return false;
        }
        // "streamed out last week", "took over last year": a particle right after its verb is
        // the verb's ("fell over the weekend": an article opens the date's phrase).
        if i > 0
            && self.tokens[i].is(PARTICLES)
            && self.class(i - 1) == Class::Verb
            && !self.remove[i - 1]
            && !self.tokens[i + 1].is(ARTICLES)
        {
            return false;
        }
        let after = (i + 1..self.tokens.len()).find(|&k| !self.remove[k]);
        // "walked to the chapel for Easter Sunday Mass": after a preposition of purpose, a date
        // right before a noun describes it; the preposition is the noun's, and stays. (A date
        // that opens with an article is read with the noun after it elsewhere.)
        let describes = |k: usize| {
            self.tokens[i].is_lex(Lex::PurposePrepositions)
                && !self.tokens[i + 1].is(ARTICLES)
                && matches!(self.class(k), Class::Noun | Class::Name)
        };
        !after.is_some_and(|k| self.class(k) == Class::Poss || describes(k))
    }

    /// `tokens[i]` is "all" or "but" of "all but" read as an adverb after an auxiliary: the
    /// hedge "almost", which the verb group keeps.
    fn all_but(&self, i: usize) -> bool {
        match self.word(i) {
            "all" => i > 0 && self.class(i - 1) == Class::Aux,
            "but" => i > 1 && self.word(i - 1) == "all" && self.class(i - 2) == Class::Aux,
            _ => false,
        }
    }
}
