//! The object after a title's verb: what it holds (an ordinal, a noun that needs its
//! complement, words that describe it), what follows it, and how much of it fits.

use super::super::{ARTICLES, Class, Form, Lex, MAX_CHARS, Titles, is_in, lowercase};

impl Titles<'_> {
    /// The object `phrases[0]` holds an ordinal ("the seventh player") and an infinitive
    /// follows it after prepositional phrases only: the index of the infinitive's phrase, and
    /// the phrases without those between.
    pub(super) fn ordinal_infinitive(
        &self,
        phrases: &[Vec<usize>],
    ) -> Option<(usize, Vec<Vec<usize>>)> {
        let first = phrases.first()?;
        if !first
            .iter()
            .any(|&w| self.tokens[w].is_lex(Lex::OrdinalWords))
            || !matches!(self.class(first[0]), Class::Det | Class::Noun | Class::Adv)
        {
            return None;
        }
        let to = 1 + phrases[1..]
            .iter()
            .position(|p| self.class(p[0]) != Class::Prep)?;
        if to < 2 || self.class(phrases[to][0]) != Class::To {
            return None;
        }
        let kept = std::iter::once(first)
            .chain(&phrases[to..])
            .cloned()
            .collect();
        Some((to, kept))
    }

    /// `phrases[n]` is an infinitive after the object `phrases[0]` of a verb that takes an
    /// object and an infinitive ("ordered the guards to open"), or the "as" of a verb that
    /// says what its object is seen as ("described the talks as a success"), with only
    /// prepositional phrases between them.
    pub(in crate::events::title) fn object_infinitive(
        &self,
        phrases: &[Vec<usize>],
        n: usize,
    ) -> bool {
        // ("warned [all] the parties": a quantifier a title drops may stand between.)
        let first = phrases[0][0];
        let verb = (first.saturating_sub(3)..first)
            .rev()
            .find(|&v| !(self.tokens[v].is_lex(Lex::WholeQuantifiers) || self.word(v) == "of"));
        // ("ordered the guards not to open": the infinitive's negation before its "to".)
        let Some(&start) = phrases[n].iter().find(|&&w| self.class(w) != Class::Neg) else {
            return false;
        };
        let completes = if self.class(start) == Class::To {
            verb.is_some_and(|v| self.tokens[v].is_lex(Lex::ObjectInfinitiveVerbs))
        } else {
            self.word(start) == "as"
                && self.takes_as_complement(phrases[0][0])
                && self.as_noun_phrase(start)
        };
        n > 0
            && completes
            && matches!(
                self.class(phrases[0][0]),
                Class::Det | Class::Noun | Class::Name | Class::Num | Class::Pron | Class::Poss
            )
            && phrases[1..n]
                .iter()
                .all(|p| self.class(p[0]) == Class::Prep)
    }

    /// The object `object` without the words between its determiner and its noun, when that
    /// noun needs the prepositional phrase `phrase` right after it ([`Lex::ComplementNouns`]):
    /// "her whole weight | behind the mayor" → "her weight", "full-fledged members | of the
    /// league" → "members". Not after "a", whose form may depend on them.
    pub(super) fn complement_room(&self, object: &[usize], phrase: &[usize]) -> Option<Vec<usize>> {
        let (&first, &head) = (object.first()?, object.last()?);
        let needs = (head + 1 == phrase[0]
            && self.class(phrase[0]) == Class::Prep
            && self.tokens[head].is_lex(Lex::ComplementNouns))
            || self.content_after(head, phrase);
        let determined = matches!(self.class(first), Class::Det | Class::Poss)
            && !self.indefinite_article(first);
        let described = object.len() > 2
            && object[1..object.len() - 1]
                .iter()
                .all(|&w| self.class(w) == Class::Noun && !self.tokens[w].capitalized);
        if !needs {
            return None;
        }
        if determined && described {
            return Some(vec![first, head]);
        }
        // "became full-fledged members": no determiner, or words before the noun the one
        // above does not take.
        self.owed_head_bare(object, object.len() - 1)
            .map(|(bare, _)| bare)
    }

    /// The last word of `phrase` needs what follows it: an auxiliary, a linking verb, or a
    /// passive participle before "to" ("is thought | to be", "was expected | to rise").
    pub(super) fn owes_complement(&self, phrase: &[usize]) -> bool {
        let [.., before, w] = phrase[..] else {
            return false;
        };
        let passive = self.class(w) == Class::Verb
            && self.class(before) == Class::Aux
            && before + 1 == w
            && w + 1 < self.tokens.len()
            && self.class(w + 1) == Class::To;
        self.class(w) == Class::Aux || self.tokens[w].has(Form::LinkingVerb) || passive
    }

    /// `phrase` is the "that" clause of what the noun `tokens[head]` before it is about
    /// ([`Lex::ContentNouns`]: "sent strong signals | that the army would leave"), a date
    /// aside: a title short of room keeps it and drops the words that describe the noun.
    pub(super) fn content_after(&self, head: usize, phrase: &[usize]) -> bool {
        let that = phrase[0];
        head < that
            && self.word(that) == "that"
            && self.tokens[head].is_lex(Lex::ContentNouns)
            && (head + 1..that)
                .all(|j| self.quote_mark(j) || self.skipped(j) || self.introduces_date(j))
    }

    /// `tokens[k]` is "a" or "an", whose form agrees with the word after it.
    pub(in crate::events::title) fn indefinite_article(&self, k: usize) -> bool {
        matches!(self.word(k), "a" | "an")
    }

    /// `phrase` is the object of the verb, moved past the prepositional phrase `before`
    /// right in front of it: "declined to release on bail | a teenage driver accused of ...".
    pub(super) fn moved_object(&self, before: &[usize], phrase: &[usize]) -> bool {
        self.class(before[0]) == Class::Prep
            && self.tokens[phrase[0]].is(ARTICLES)
            && before.last().is_some_and(|&w| w + 1 == phrase[0])
    }

    /// `title` and as much of the object `phrase` as fits: whole, or in headline style
    /// without its article ("took $89.9 million charge") when the subject has none left to
    /// give, else its first words.
    pub(super) fn fit_object(&self, title: &str, phrase: &[usize]) -> String {
        let bare = &phrase[1..];
        let subject_bare = || {
            title
                .split_once(' ')
                .is_none_or(|(first, _)| !is_in(ARTICLES, &lowercase(first)))
        };
        if phrase.len() > 1
            && self.tokens[phrase[0]].is(ARTICLES)
            && subject_bare()
            && title.chars().count() + 1 + self.width(bare) <= MAX_CHARS
        {
            let mut out = String::with_capacity(title.len() + 64);
            out.push_str(title);
            out.push(' ');
            self.push_joined(&mut out, bare);
            return out;
        }
        self.fit(title, phrase)
    }

    /// `phrase` without the hyphenated participles that describe the noun after them, with
    /// the names they are made of: "of Austin-based Lone Star Lumber" → "of Lone Star
    /// Lumber". Not after "a", whose form may depend on it ("a state-owned oil company").
    /// None when there is none.
    pub(super) fn undescribed(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        if !phrase.iter().any(|&w| self.word(w).contains('-')) {
            return None;
        }
        let mut out: Vec<usize> = Vec::with_capacity(phrase.len());
        let mut dropped = false;
        for (n, &w) in phrase.iter().enumerate() {
            let word = self.word(w);
            let last = word.rsplit_once('-').map(|(_, last)| last);
            let compound = last.is_some_and(|end| end.len() > 3 && end.ends_with("ed"));
            let noun_after = phrase
                .get(n + 1)
                .is_some_and(|&k| matches!(self.class(k), Class::Noun | Class::Name));
            let after_a = out.last().is_some_and(|&k| self.indefinite_article(k));
            // "a 72-hour forecast": a length in one word describes too, and "a" still fits
            // the noun after it unless that opens with a vowel.
            let length = last.is_some_and(|unit| super::super::is(Lex::LengthUnits, unit))
                && phrase
                    .get(n + 1)
                    .is_some_and(|&k| !self.word(k).starts_with(['a', 'e', 'i', 'o', 'u']));
            if noun_after && ((compound && !after_a) || (length && after_a)) {
                // "San Diego-based": the names it is made of go with it.
                let mut start = self.tokens[w].span.start;
                while out.len() > 1
                    && let Some(&k) = out.last()
                    && self.class(k) == Class::Name
                    && self.tokens[k].span.end + 1 == start
                {
                    start = self.tokens[k].span.start;
                    out.pop();
                }
                dropped = true;
                continue;
            }
            out.push(w);
        }
        (dropped && !out.is_empty()).then_some(out)
    }

    /// `phrase` ends with "and" and a bare number: "in Kenya and 10", "200 men and 40".
    pub(super) fn bare_count_at_end(&self, phrase: &[usize]) -> bool {
        let nums = phrase
            .iter()
            .rev()
            .take_while(|&&w| self.class(w) == Class::Num)
            .count();
        nums > 0
            && nums + 1 < phrase.len()
            && self.class(phrase[phrase.len() - nums - 1]) == Class::Coord
    }

    /// The object or the clause of the "-ing" form at `tokens[ing]`, the title's last word,
    /// follows it in the sentence, past the date left out: "for saying [on Sunday] he ...",
    /// "after learning that ...", "for beating Norco".
    pub(super) fn object_left_out(&self, ing: usize) -> bool {
        let end = self.tokens.len().min(ing + 8);
        (ing + 1..end)
            .find(|&k| !self.skipped(k) && !self.introduces_date(k))
            .is_some_and(|k| {
                matches!(
                    self.class(k),
                    Class::Det | Class::Pron | Class::Name | Class::Poss | Class::Num
                ) || self.word(k) == "that"
            })
    }

    /// The word after the verb at `verb` opens a question it reports, left out of the title
    /// ("to determine | whether ...", "to know | how many"): a complementiser that is no
    /// relative ("that" may be a determiner or a relative there).
    pub(super) fn question_left_out(&self, verb: usize) -> bool {
        self.tokens
            .get(verb + 1)
            .is_some_and(|t| t.is_lex(Lex::Complementisers) && !t.is_lex(Lex::Relatives))
    }

    /// The word before `to` ends a noun phrase that follows the title's verb, one that links
    /// nothing ("launched a boat | to", "met in Geneva | to"; not "has | to", "was nearly
    /// impossible | to").
    pub(super) fn after_object(&self, phrases: &[Vec<usize>], to: usize) -> bool {
        let Some(&start) = phrases.first().and_then(|p| p.first()) else {
            return false;
        };
        start > 0
            && to > start
            && matches!(self.class(to - 1), Class::Noun | Class::Name | Class::Pron)
            && self.class(start - 1) == Class::Verb
            && !self.tokens[start - 1].has(Form::LinkingVerb)
    }
}
