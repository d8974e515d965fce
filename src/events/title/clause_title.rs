//! The title of a clause: its subject, its verb group and what follows the verb, or what was
//! said when the verb only reports it ("..., officials said"), or what there is ("There has
//! been a warming of relations").

use std::ops::Range;

use super::{
    ARTICLES, Class, Lex, MAX_CHARS, REACH, Subject, Titles, is_clause_break, is_past_participle,
    lowercase_first,
};

impl Titles<'_> {
    /// "Subject verb object": the title of a clause. A date that is the verb's object stays
    /// ("picked Saturday night as the time to attack").
    pub(super) fn clause_title(&self, group: Range<usize>, limit: usize) -> String {
        // "80 sailors were lost and 900 others hurt in the storm": the first clause, whole,
        // is the headline; the second leaves out its verb's auxiliaries.
        if let Some(before) = self.gapped_verb(&group) {
            return self.clause_title_now(self.verb_group_around(before), before + 1);
        }
        let limit = self.past_as_complement(&group, limit);
        let object = self.date_as_object(&group);
        let Some(object) = object.filter(|_| self.kept_date.get() == (0, 0)) else {
            return self.clause_title_now(group, limit);
        };
        // The clause goes on past the "as" of the object, which may open one elsewhere.
        let n = self.tokens.len();
        let limit = limit.max(
            (object.1 + 1..n.min(object.1 + REACH))
                .find(|&k| is_clause_break(self.tokens, k))
                .unwrap_or(n.min(object.1 + REACH)),
        );
        self.keeping(object, || self.clause_title_now(group, limit))
    }

    /// Which of `phrases`, after the verb `group` of a clause that a relative pronoun or
    /// another subordinator opens inside a noun phrase, opens with the main clause's verb: in
    /// "The deal that he signed in May ended the war" and "The man who robbed the bank on
    /// Monday was caught" the clause ends before "ended" and "was".
    fn main_verb_phrase(&self, group: &Range<usize>, phrases: &[Vec<usize>]) -> Option<usize> {
        let main = phrases.iter().position(|p| {
            matches!(self.class(p[0]), Class::Verb | Class::Aux) && self.finite(p[0])
        })?;
        // "the workers that the firm said would be laid off": what the verb says follows it.
        if group
            .clone()
            .any(|k| self.class(k) == Class::Verb && self.says(k))
        {
            return None;
        }
        let before = self.left_past_skipped(group.start)?;
        // The pronoun is the subject ("the man who robbed"), or the subject follows it.
        let opener = match self.class(before) {
            Class::Sub => before,
            Class::Pron => self.left_past_skipped(before)?,
            Class::Noun | Class::Name | Class::Num => {
                self.left_past_skipped(*self.noun_phrase_ending_at(before).first()?)?
            }
            _ => return None,
        };
        let inside = self.class(opener) == Class::Sub
            && opener > 0
            && matches!(self.class(opener - 1), Class::Noun | Class::Name);
        inside.then_some(main).or_else(|| {
            self.unclosed_relative(opener, main, phrases)
                .then_some(main)
        })
    }

    fn clause_title_now(&self, group: Range<usize>, limit: usize) -> String {
        // A clause without a tense dated inside: the main clause's subject did it.
        let subject = match self.nonfinite(group.start) {
            Some(told) => match self.subject_before_aside(group.start) {
                Some(words) => Some(Subject::Words(words)),
                None => told.main.and_then(|main| self.subject_of(main.start, 2)),
            },
            None => self
                .participle_subject(&group)
                .or_else(|| self.subject_of(group.start, 2)),
        };
        let verb: Vec<usize> = self
            .shared_auxiliaries(&group)
            .chain(group.clone())
            .filter(|&k| !self.skipped(k) && !self.introduces_date(k) && !self.quote_mark(k))
            .collect();
        let says = self.reports(&group) && !self.passive_then_infinitive(&group, limit);
        let mut phrases = self.phrases_after(group.end, limit.max(group.end), says);
        // "the October slaying of Dr. Reyes | to begin a case": an "-ing" form after its
        // article is a noun, whose "of" phrase ends it; an infinitive after that completes
        // the verb before.
        let gerund = group.len() == 1
            && self.word(group.start).ends_with("ing")
            && self
                .left_past_skipped(group.start)
                .is_some_and(|b| matches!(self.class(b), Class::Det | Class::Poss));
        if gerund
            && phrases.first().is_some_and(|p| self.word(p[0]) == "of")
            && let Some(to) = phrases.iter().position(|p| self.class(p[0]) == Class::To)
        {
            phrases.truncate(to);
        }
        if let Some(main) = self.main_verb_phrase(&group, &phrases) {
            phrases.truncate(main);
        }
        let mut verb = verb;
        let phrases = self.with_shared_object(&group, limit, &mut verb, phrases);
        let phrases = self.with_relative_object(&group, phrases);
        // "..., officials said.": what was said is the clause before.
        let rest_skipped = (group.end..limit.min(group.end + 6))
            .all(|k| self.skipped(k) || self.introduces_date(k) || self.class(k) == Class::Punct);
        // The speaker may be several words: "Pentagon and congressional aides said".
        let speaker = match &subject {
            Some(Subject::Words(words)) => words.first().copied().filter(|&w| w < group.start),
            _ => None,
        };
        // "..., Albright said Monday before leaving the base": no object, only adjuncts.
        // "Castro said to cheers", "Orban said here": to whom or where, no object either.
        let adjunct = |p: &[usize]| match self.class(p[0]) {
            Class::Prep => !self.tokens[p[0]].is_lex(Lex::UnbrokenPrepositions),
            Class::To => true,
            _ => p.len() == 1 && self.tokens[p[0]].is_lex(Lex::PlaceAdverbs),
        };
        // `," Hale told reporters`: the one told goes with the verb of saying.
        // (What was said ends at the comma or mark right before the speaker.)
        let told = says
            && self
                .left_past_skipped(speaker.unwrap_or(group.start))
                .is_some_and(|b| self.word(b) == "," || self.quote_mark(b))
            && self.told_only(&group, &phrases, adjunct);
        let adjuncts = told || !phrases.is_empty() && phrases.iter().all(|p| adjunct(p));
        // `," said a copy of the letter`: what follows the verb is the speaker.
        let inverted = says && self.says_after_quote(group.start);
        if says
            && (adjuncts
                || inverted
                || phrases.is_empty() && (group.end + 1 >= limit || rest_skipped))
            && let Some(before) = self.said_clause_before(speaker.unwrap_or(group.start))
        {
            let said = || self.assemble(before.subject.as_ref(), &before.verb, &before.phrases);
            let mut verb = verb;
            if let Some(one_told) = phrases.first().filter(|_| told) {
                verb.extend(
                    one_told.iter().filter(|&&k| {
                        !self.quote_mark(k) && !matches!(self.word(k), "." | "," | ";")
                    }),
                );
            }
            // A statement is news by itself, unless it is a claim; a quote keeps who said it.
            if !before.quoted {
                return self
                    .claim_before(&before, subject.as_ref(), &verb)
                    .unwrap_or_else(said);
            }
            // "I" with a past verb or a modal is the speaker: "Jones will bring hope".
            if let Some(Subject::Words(words)) = &before.subject
                && let [k] = words[..]
                && self.word(k) == "i"
                && let Some(&first) = before.verb.first()
            {
                let told = self.with_speaker(k, first, said());
                if !told.starts_with("I ") {
                    return told;
                }
            }
            let said = said();
            // Who said it, after what was said: the phrase after an inverted verb, or the
            // subject before it.
            let (head, named) = if inverted && !adjuncts {
                let Some(who) = phrases.first() else {
                    return said;
                };
                let head = format!("{} {}", self.join(who), self.join(&verb));
                (head, self.opens_with_name(who))
            } else {
                let mut head = self.render_subject(subject.as_ref());
                head.push_str(&self.join(&verb));
                let named = match &subject {
                    Some(Subject::Named(_)) => true,
                    // The office before a name is not rendered: the head opens with the name.
                    Some(Subject::Words(words)) => {
                        let first = head.split(' ').next().unwrap_or("");
                        self.opens_with_name(words)
                            || words.iter().any(|&w| {
                                self.class(w) == Class::Name
                                    && self.text.get(self.tokens[w].span.clone()) == Some(first)
                            })
                    }
                    None => false,
                };
                (head, named)
            };
            let both = format!("{said}, {}", lowercase_first(&head, named));
            return if both.chars().count() <= MAX_CHARS {
                both
            } else {
                said
            };
        }
        // `," said Ann Lee`: a verb of saying right after the marks that close a quotation has
        // its speaker after it, never a subject inside the quotation ("It said Ann Lee") nor
        // none ("Said Allen"). Not a verb whose object is the one told (`," told Fox News
        // that`), nor a phrase that goes on: the speaker ends the sentence or its apposition
        // follows a comma.
        if says
            && let Some(&v) = verb.first()
            && self.quote_before(v).is_some()
            && !self.tokens[v].is_lex(Lex::AddresseeVerbs)
            && let Some(who) = phrases.first().filter(|p| self.inverted_speaker(p))
        {
            let head = format!("{} {}", self.join(who), self.join(&verb));
            if let Some(before) = self.said_clause_before(v) {
                let said = self.assemble(before.subject.as_ref(), &before.verb, &before.phrases);
                // What "you" did places nobody on a chart, whoever said it.
                if super::places_nobody(&said) {
                    return said;
                }
                let both = format!(
                    "{said}, {}",
                    lowercase_first(&head, self.opens_with_name(who))
                );
                if both.chars().count() <= MAX_CHARS {
                    return both;
                }
            }
            return super::capitalize(&head);
        }
        let mut phrases = phrases;
        if phrases.is_empty()
            && let Some(adverb) = self.manner_adverb(group.end, limit.max(group.end))
        {
            phrases.push(vec![adverb]);
        }
        // "There has been a marked thaw in relations": what there is.
        if let Some(title) = self.existential(subject.as_ref(), &verb, &phrases) {
            return title;
        }
        self.particle.set(
            verb.last()
                .copied()
                .filter(|&k| self.tokens[k].is_lex(Lex::VerbParticles)),
        );
        let title = self.assemble(subject.as_ref(), &verb, &phrases);
        self.particle.set(None);
        if says
            && let Some(report) = self.said_after(
                subject.as_ref(),
                group.end,
                limit.max(group.end),
                &title,
                true,
            )
        {
            return report;
        }
        if says && let Some(report) = self.said_past_break(subject.as_ref(), &group, limit, &title)
        {
            return report;
        }
        // "A report claims the economy is strong enough": a claim keeps its source.
        if !says && let Some(claim) = self.framed_claim(&group, subject.as_ref(), &verb, &phrases) {
            return claim;
        }
        // "The judge ruled that the boy should go home": a bare verb keeps the clause it opens.
        if !says
            && phrases.is_empty()
            && let Some(ruled) = self.bare_before_that(subject.as_ref(), &group, &verb)
        {
            return ruled;
        }
        // "I" and "we" in a quotation: who spoke.
        if let Some(Subject::Words(words)) = &subject
            && let [k] = words[..]
            && let Some(&first) = verb.first()
        {
            return self.with_speaker(k, first, title);
        }
        title
    }

    /// The last verb of `group` is one of saying: "said", "has announced".
    pub(super) fn reports(&self, group: &Range<usize>) -> bool {
        group
            .clone()
            .rev()
            .find(|&k| self.class(k) == Class::Verb)
            .is_some_and(|k| self.says(k))
    }

    /// `group` is a passive of saying, a place or a time after it, then an infinitive: "are
    /// expected in Tolka this week to lead the force". The passive's subject is the one the
    /// infinitive tells of; the noun of the phrase is none, and no words are reported.
    fn passive_then_infinitive(&self, group: &Range<usize>, limit: usize) -> bool {
        let Some(last) = group.end.checked_sub(1) else {
            return false;
        };
        let passive =
            is_past_participle(self.word(last)) && group.clone().any(|k| self.be_form(k).is_some());
        if !passive {
            return false;
        }
        let end = limit.min(self.tokens.len()).min(group.end + 12);
        let mut rest = (group.end..end).filter(|&k| !(self.skipped(k) || self.introduces_date(k)));
        // ("was told by aides the plan failed": the agent, then what was said.)
        if !rest
            .next()
            .is_some_and(|p| self.class(p) == Class::Prep && self.word(p) != "by")
        {
            return false;
        }
        rest.find(|&k| {
            matches!(
                self.class(k),
                Class::To | Class::Sub | Class::Verb | Class::Aux | Class::Punct
            )
        })
        .is_some_and(|k| self.class(k) == Class::To)
    }

    /// `phrases`, or when there are none, the object `group` shares with a verb joined to it
    /// ("invaded and occupied the Baltic States"), whose words are added to `verb`.
    pub(super) fn with_shared_object(
        &self,
        group: &Range<usize>,
        limit: usize,
        verb: &mut Vec<usize>,
        phrases: Vec<Vec<usize>>,
    ) -> Vec<Vec<usize>> {
        match self.shared_object(group, limit) {
            Some((more, shared)) if phrases.is_empty() => {
                verb.extend(more);
                shared
            }
            _ => phrases,
        }
    }

    /// "and" and a second verb right after `group` ("invaded and occupied"), with the phrases
    /// after the second: the words to add to the verb and the object they share.
    fn shared_object(
        &self,
        group: &Range<usize>,
        limit: usize,
    ) -> Option<(Vec<usize>, Vec<Vec<usize>>)> {
        let and = group.end;
        let next = and + 1;
        if next >= limit.min(self.tokens.len())
            || self.class(and) != Class::Coord
            || self.class(next) != Class::Verb
            || self.remove[and]
            || self.remove[next]
            || self.word(next).ends_with("ing")
        {
            return None;
        }
        let second = self.verb_group_around(next);
        let phrases = self.phrases_after(second.end, limit.max(second.end), false);
        if second.start != next || phrases.is_empty() {
            return None;
        }
        Some((
            (and..second.end).filter(|&k| !self.skipped(k)).collect(),
            phrases,
        ))
    }

    /// "There had been no large ground engagements since the Battle of Corran": what there was,
    /// with the words of the verb group after "be" ("No large ground engagements since ...").
    fn existential(
        &self,
        subject: Option<&Subject>,
        verb: &[usize],
        phrases: &[Vec<usize>],
    ) -> Option<String> {
        let there = matches!(subject, Some(Subject::Words(w)) if w.len() == 1 && self.word(w[0]) == "there");
        let be = verb.iter().rposition(|&k| self.be_form(k).is_some())?;
        let tail = &verb[be + 1..];
        // "there was halted": "there" is a place, not "there is".
        let passive = tail
            .first()
            .is_some_and(|&k| is_past_participle(self.word(k)));
        if !there || passive || (tail.is_empty() && phrases.is_empty()) {
            return None;
        }
        if let Some(title) = self.there_with_place(tail, phrases) {
            return Some(title);
        }
        Some(self.finish(&self.add_phrases(self.join(tail), phrases)))
    }
}

impl Titles<'_> {
    /// `phrase`, after a verb of saying, is its speaker: a noun phrase that ends the sentence
    /// or that a comma, a preposition or a relative follows ("said Ann Lee, an analyst", "said
    /// the panel in a letter"), not what was said ("said the talks had failed").
    fn inverted_speaker(&self, phrase: &[usize]) -> bool {
        let (Some(&first), Some(&last)) = (phrase.first(), phrase.last()) else {
            return false;
        };
        let next = (last + 1..self.tokens.len())
            .find(|&k| !(self.skipped(k) || self.introduces_date(k) || self.quote_mark(k)));
        matches!(self.class(first), Class::Name | Class::Det | Class::Noun)
            && next.is_none_or(|k| {
                matches!(self.word(k), "," | "." | ";")
                    || self.class(k) == Class::Prep
                    || self.tokens[k].is_lex(Lex::WhRelatives)
            })
    }

    /// The first word of `words` past an article is a name: "the Pentagon", "Tom Hale".
    pub(super) fn opens_with_name(&self, words: &[usize]) -> bool {
        words
            .iter()
            .find(|&&w| !self.tokens[w].is(ARTICLES))
            .is_some_and(|&w| self.class(w) == Class::Name)
    }
}
