//! Where a clause a title is told from ends: past the quotation marks inside it, the commas of
//! a list or of an aside, and a short bracket aside ("landed 300 meters (1,000 feet) from the
//! shore").

use super::{Class, REACH, Titles, is_clause_break};

impl Titles<'_> {
    /// The end of a clause that ends at `tokens[limit]`, past the quotes inside it: `declared
    /// a "closure" of all ports`.
    pub(super) fn past_quotes(&self, mut limit: usize, from: usize) -> usize {
        let n = self.tokens.len();
        while limit < n && self.quote_mark(limit) && limit < from + REACH {
            limit = (limit + 1..n.min(limit + REACH))
                .find(|&k| is_clause_break(self.tokens, k) && !self.quote_mark(k))
                .unwrap_or(n.min(limit + REACH));
        }
        limit
    }

    /// The end of a clause that ends at `tokens[limit]`, past the commas of a list ("invited
    /// the envoys of Chile, the Dominican Republic and Peru to a banquet") or of a date
    /// between commas ("would end, some ten years later, in open war").
    pub(super) fn past_asides(&self, mut limit: usize, from: usize) -> usize {
        let n = self.tokens.len();
        // The first clause break from `tokens[next]` on, past an aside that ends before it.
        let clause_end = |next: usize| {
            (next..n.min(next + REACH))
                .find(|&k| is_clause_break(self.tokens, k))
                .unwrap_or(n.min(next + REACH))
        };
        while limit < n && limit < from + REACH {
            // "landed 300 meters (1,000 feet) from the shore": a bracket aside.
            if let Some(close) = self.bracket_aside(limit) {
                limit = clause_end(close + 1);
                continue;
            }
            if self.word(limit) != "," {
                break;
            }
            // "called for Sinn Fein, the party's wing, to be expelled": an apposition; "from
            // his tiny, corner shop", "at the Leeds, Yorks., depot", "concluded that Ann Roe, a
            // drifter, set": commas inside a noun phrase, or around an apposition between what
            // was said's subject and its verb.
            let inside = (limit > 0).then(|| {
                self.apposition_before_to(&[limit - 1], limit, n)
                    .or_else(|| {
                        (limit > 1 && self.between_describers(&[limit - 2, limit - 1], limit))
                            .then_some(limit)
                    })
                    .or_else(|| self.region_between_commas(&[limit - 1], limit, n))
                    .or_else(|| self.said_apposition(limit, n))
            });
            if let Some(close) = inside.flatten() {
                limit = clause_end(close + 1);
                continue;
            }
            let list = self.list_after(limit);
            let aside = (limit + 1..n.min(limit + 12))
                .find(|&j| !(self.skipped(j) || self.introduces_date(j)))
                .filter(|&j| self.word(j) == "," && (limit + 1..j).any(|d| self.remove[d]))
                // "when the school opened, until 1990, wrote": a verb after the date's commas
                // is another clause's.
                .filter(|&j| !(j + 1 < n && matches!(self.class(j + 1), Class::Verb | Class::Aux)));
            let Some(next) = list.or(aside.map(|j| j + 1)) else {
                break;
            };
            limit = clause_end(next);
        }
        limit
    }

    /// The `)` of a bracket opened at `tokens[open]` that holds a short aside without a verb,
    /// after a word of the phrase: "700 kilometers (450 miles)", "a share ($7.43)".
    // Inlined, a word other than "(" answers at once: asked of each word a phrase walks.
    #[inline(always)]
    pub(super) fn bracket_aside(&self, open: usize) -> Option<usize> {
        if self.word(open) != "(" {
            return None;
        }
        self.aside_in_bracket(open)
    }

    /// [`Self::bracket_aside`] of a "(".
    fn aside_in_bracket(&self, open: usize) -> Option<usize> {
        if open == 0 || self.class(open - 1) == Class::Punct {
            return None;
        }
        let close = (open + 1..self.tokens.len().min(open + 8)).find(|&k| self.word(k) == ")")?;
        (open + 1..close)
            .all(|k| !matches!(self.class(k), Class::Verb | Class::Aux | Class::Sub))
            .then_some(close)
    }
}
