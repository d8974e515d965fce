//! A subject's head that says who only with the phrase after it: "five members [of the
//! militia]", "the Royal Commission [into the port trade]", "the results [of the vote]".
//! Cut there, the title no longer tells who did it, so a title short of room keeps the whole
//! subject and drops what follows the verb, when the verb reads whole without it.

use super::super::lookup::Form;
use super::super::words::COPULAS;
use super::{ARTICLES, Class, Titles, is_past_participle};

impl Titles<'_> {
    /// `head`, the first words of the subject `words`, stops before an "of" or "into" phrase
    /// that tells which of its kind the head is: its last noun phrase (past "and" or a comma)
    /// is a common noun, or a name after an article ("the Royal Commission"), with no
    /// possessive to tell whose ("Smith's raiders [of the third battalion]" says who; so does
    /// a name alone, "Acme Savings Bank [of Utopia]").
    pub(super) fn head_needs_phrase(&self, words: &[usize], head: &[usize]) -> bool {
        let (Some(&next), Some(&last)) = (words.get(head.len()), head.last()) else {
            return false;
        };
        if !matches!(self.word(next), "of" | "into") {
            return false;
        }
        let start = self.last_conjunct(head);
        let Some(&first) = head.get(start) else {
            return false;
        };
        let whose = head[start..].iter().any(|&w| {
            self.class(w) == Class::Poss || matches!(self.word(w), "'" | "’") && w > first
        });
        // The article may have been left out already, headline style: it is the word before.
        let article = self.tokens[first].is(ARTICLES)
            || first > 0 && !self.remove[first - 1] && self.tokens[first - 1].is(ARTICLES);
        let named = self.class(last) == Class::Name && !article;
        !whose && !named && matches!(self.class(last), Class::Noun | Class::Name)
    }

    /// Where the last noun phrase of `head` starts, past "and" or a comma.
    fn last_conjunct(&self, head: &[usize]) -> usize {
        head.iter()
            .rposition(|&w| matches!(self.class(w), Class::Coord | Class::Punct))
            .map_or(0, |p| p + 1)
    }

    /// The last noun phrase of `head` is its noun with at most a determiner or a number
    /// ("the delegates", "five members"): it says nothing of who without its phrase, where
    /// "the northern regional council" says something.
    pub(super) fn head_is_bare(&self, head: &[usize]) -> bool {
        let Some((_, before)) = head[self.last_conjunct(head)..].split_last() else {
            return false;
        };
        before
            .iter()
            .all(|&w| matches!(self.class(w), Class::Det | Class::Num))
    }

    /// The verb group reads whole with nothing after it: what follows it opens with a
    /// preposition (a passive's only with its agent), "to" (when `infinitive`) or a clause
    /// ("were killed | by a bomb", "met | to choose a leader"), not with its object ("has
    /// ended | the first day"), and it ends on no auxiliary or linking verb ("remained | under
    /// occupation").
    pub(super) fn verb_reads_alone(
        &self,
        verb_words: &[usize],
        phrases: &[Vec<usize>],
        infinitive: bool,
    ) -> bool {
        let Some(&last) = verb_words.last() else {
            return false;
        };
        // A passive needs what its preposition tells ("was put | before the board"), but for
        // its agent.
        let passive = verb_words.iter().any(|&w| self.tokens[w].is(COPULAS))
            && is_past_participle(self.word(last));
        let opens = phrases.first().and_then(|p| p.first()).is_none_or(|&w| {
            self.class(w) == Class::Sub
                || self.class(w) == Class::To && infinitive
                || self.class(w) == Class::Prep && (!passive || self.word(w) == "by")
        });
        opens && self.class(last) == Class::Verb && !self.tokens[last].has(Form::LinkingVerb)
    }
}
