//! What a comma inside the phrases after a verb opens: a place's region ("the Leeds, Yorks.,
//! depot"), a second describer ("a large, $5-a-share bid"), an apposition after a name.

use super::super::{Class, Lex, Titles, is_past_participle};

/// How many words after the comma between two describers may make the rest of the phrase
/// ("a large, $5-a-share cash bid").
const DESCRIBERS_AFTER_COMMA: usize = 4;

impl Titles<'_> {
    /// `phrase` ends with a name right before the comma at `tokens[comma]`.
    pub(super) fn name_ends_before(&self, phrase: &[usize], comma: usize) -> bool {
        phrase
            .last()
            .is_some_and(|&w| w + 1 == comma && self.class(w) == Class::Name)
    }

    /// The comma that closes the region after the place name that ends `phrase`, opened by
    /// the comma at `tokens[comma]`, when a noun in lower case follows it: "the Leeds,
    /// Yorks., depot", "the Dallas, Texas, plant".
    pub(in crate::events::title) fn region_between_commas(
        &self,
        phrase: &[usize],
        comma: usize,
        end: usize,
    ) -> Option<usize> {
        if !self.name_ends_before(phrase, comma) {
            return None;
        }
        let close = (comma + 1..end.min(comma + 5))
            .find(|&j| !(self.class(j) == Class::Name || self.word(j) == "."))?;
        let noun = close + 1;
        (close > comma + 1
            && self.word(close) == ","
            && noun < end
            && !self.remove[noun]
            && self.class(noun) == Class::Noun
            && !self.tokens[noun].capitalized)
            .then_some(close)
    }

    /// The comma at `tokens[comma]` parts two words that describe the noun after them, in a
    /// phrase that a determiner opened right before the first: "his tiny, corner shop", "a
    /// long, bitter strike", "a fresh, $12-a-share bid" (a few describers after the comma, a
    /// figure among them). Not a person or a body, which the comma may describe ("the firm,
    /// parent company ..."), nor a plural, nor a phrase with more nouns to come.
    pub(in crate::events::title) fn between_describers(
        &self,
        current: &[usize],
        comma: usize,
    ) -> bool {
        let [.., det, first] = current[..] else {
            return false;
        };
        let lower_noun = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| !t.capitalized && !t.has_digit())
                && self.class(k) == Class::Noun
        };
        // The head: the last of a few words of a noun phrase after the comma, none dated.
        let describer = |k: usize| {
            matches!(self.classes.get(k), Some(Class::Noun | Class::Num)) && !self.remove[k]
        };
        let head = (comma + 1..comma + 1 + DESCRIBERS_AFTER_COMMA)
            .take_while(|&k| describer(k))
            .last()
            .unwrap_or(comma);
        head >= comma + 2
            && det + 1 == first
            && first + 1 == comma
            && self.class(det) == Class::Det
            && lower_noun(first)
            && !super::super::is_plural_form(self.word(first))
            && !self.tokens[first].is_lex(Lex::PersonWords)
            && !self.tokens[first].is_lex(Lex::OrganizationNouns)
            && lower_noun(head)
            && !self.remove[comma + 1]
            && !self.remove[head]
            && self.tokens.get(head + 1).is_none_or(|t| {
                !matches!(
                    self.class(head + 1),
                    Class::Noun | Class::Name | Class::Poss
                ) && t.lower != ","
            })
    }

    /// The closing comma of an apposition that opens at the comma `tokens[k]` after the name
    /// that ends `phrase`: a determiner, words of a noun phrase, a comma, then `to` and a verb.
    pub(in crate::events::title) fn apposition_before_to(
        &self,
        phrase: &[usize],
        k: usize,
        end: usize,
    ) -> Option<usize> {
        if !self.name_ends_before(phrase, k)
            || !self
                .tokens
                .get(k + 1)
                .is_some_and(|_| self.class(k + 1) == Class::Det)
        {
            return None;
        }
        let close = self.apposition_close(k, end)?;
        (self.word(close) == ","
            && self.class(close + 1) == Class::To
            && self
                .tokens
                .get(close + 2)
                .is_some_and(|_| matches!(self.class(close + 2), Class::Aux | Class::Verb)))
        .then_some(close)
    }

    /// [`Self::apposition_before_verb`] after the name before the comma at `tokens[comma]`,
    /// when "that" opens the name's clause: "concluded that Ann Roe, a drifter, set".
    pub(in crate::events::title) fn said_apposition(
        &self,
        comma: usize,
        end: usize,
    ) -> Option<usize> {
        let name = (0..comma)
            .rev()
            .take_while(|&w| self.class(w) == Class::Name)
            .last()?;
        if name == 0 || self.word(name - 1) != "that" {
            return None;
        }
        let names: Vec<usize> = (name..comma).collect();
        self.apposition_before_verb(&names, comma, end)
    }

    /// The comma that closes an apposition opened at `tokens[k]` after `phrase`, a name
    /// alone, when a verb group follows it: "Ann Roe, a drifter, set the fires".
    pub(super) fn apposition_before_verb(
        &self,
        phrase: &[usize],
        k: usize,
        end: usize,
    ) -> Option<usize> {
        let named = !phrase.is_empty()
            && phrase.last() == Some(&(k - 1))
            && phrase.iter().all(|&w| self.class(w) == Class::Name);
        if !named || self.tokens.get(k + 1).is_none() || self.class(k + 1) != Class::Det {
            return None;
        }
        let close = self.apposition_close(k, end)?;
        (self.word(close) == ","
            && self
                .tokens
                .get(close + 1)
                .is_some_and(|_| matches!(self.class(close + 1), Class::Aux | Class::Verb)))
        .then_some(close)
    }

    /// The first token after the apposition whose article is at `tokens[k + 1]`, before
    /// `end`: "Ann Roe, a restless and lonely drifter from Leeds, set": describers joined by
    /// "and" (a participle among them: "a tired and embittered man"), and a phrase after the
    /// noun, are inside the apposition.
    fn apposition_close(&self, k: usize, end: usize) -> Option<usize> {
        (k + 2..end.min(k + 14)).find(|&j| {
            let describer = match self.class(j) {
                Class::Prep | Class::Coord | Class::Adv => !self.remove[j],
                Class::Verb => {
                    is_past_participle(self.word(j))
                        && matches!(self.class(j - 1), Class::Det | Class::Coord)
                }
                c => c.in_noun_phrase(),
            };
            !describer
        })
    }
}
