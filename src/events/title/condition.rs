//! The condition of a plan, a threat or a promise: "said he will resign [if the vote fails]".
//! What holds only on a condition is no plan without it, so its title keeps the condition,
//! whole, where the title has room; never a cut part ("will resign if").

use super::{Class, Lex, Titles};

impl Titles<'_> {
    /// The condition clause `tokens[k]` opens ("if", "unless", [`Lex::Conditions`]) after the
    /// verb group that ends before `from` and the phrases taken since (`taken`, `current`), as
    /// one phrase: when a word of those says a plan or a threat ([`Lex::ConditionedVerbs`]:
    /// "will", "would", "threatened") and the clause has a verb of its own.
    pub(super) fn condition_clause(
        &self,
        taken: &[Vec<usize>],
        current: &[usize],
        (from, k, end): (usize, usize, usize),
    ) -> Option<Vec<usize>> {
        if !self.tokens[k].is_lex(Lex::Conditions) {
            return None;
        }
        let plan = |j: &usize| self.tokens[*j].is_lex(Lex::ConditionedVerbs);
        let group = (0..from).rev().take_while(|&j| {
            matches!(
                self.class(j),
                Class::Aux | Class::Verb | Class::Neg | Class::To | Class::Adv
            )
        });
        let said_plan = current.iter().chain(taken.iter().flatten()).any(plan);
        if !(said_plan || group.into_iter().any(|j| plan(&j))) {
            return None;
        }
        let mut clause = vec![k];
        let mut verb = false;
        for j in k + 1..end {
            if matches!(self.class(j), Class::Punct | Class::Sub) {
                break;
            }
            if self.skipped(j) || self.introduces_date(j) || self.quote_mark(j) {
                continue;
            }
            verb |= matches!(self.class(j), Class::Verb | Class::Aux);
            clause.push(j);
        }
        (verb && clause.len() > 2).then_some(clause)
    }

    /// `phrase` is a condition clause, which goes whole or not at all.
    pub(super) fn is_condition(&self, phrase: &[usize]) -> bool {
        phrase
            .first()
            .is_some_and(|&k| self.tokens[k].is_lex(Lex::Conditions) && self.class(k) == Class::Sub)
    }
}
