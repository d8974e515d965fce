//! "was cleared [by the regulator] to buy the bank": a passive's agent is a phrase the verb
//! can do without, its infinitive is not ("was cleared" does not say for what). A title with
//! no room for both keeps the infinitive.

use super::super::{Class, Titles, is_past_participle};

impl Titles<'_> {
    /// `title` and the phrases that fit, the agent left out when it leaves no room for the
    /// infinitive whole and the title without it holds the infinitive's verb and object.
    pub(in crate::events::title) fn add_phrases(
        &self,
        title: String,
        phrases: &[Vec<usize>],
    ) -> String {
        let phrases = &self.negations_joined(phrases)[..];
        if !self.agent_before_infinitive(phrases) {
            return self.add_phrases_as_is(title, phrases);
        }
        let with_agent = self.add_phrases_as_is(title.clone(), phrases);
        if self.holds_whole(&with_agent, &phrases[1]) {
            return with_agent;
        }
        let without = self.add_phrases_as_is(title, &phrases[1..]);
        // The infinitive's verb and more: its object, cut where a title may end.
        let verb = self.join(&phrases[1][..2]);
        if without.contains(&verb) && !without.ends_with(&verb) {
            without
        } else {
            with_agent
        }
    }

    /// `phrases` open with "by" right after a past participle, then an infinitive: "was
    /// ordered by the court to pay".
    fn agent_before_infinitive(&self, phrases: &[Vec<usize>]) -> bool {
        let [agent, to, ..] = phrases else {
            return false;
        };
        let (Some(&by), [to, verb, ..]) = (agent.first(), &to[..]) else {
            return false;
        };
        by > 0
            && self.word(by) == "by"
            && self.class(by - 1) == Class::Verb
            && is_past_participle(self.word(by - 1))
            && self.class(*to) == Class::To
            && self.class(*verb) == Class::Verb
    }
}
