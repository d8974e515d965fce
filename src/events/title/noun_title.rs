//! The title of an event noun that is no clause's subject or object: its noun phrase with
//! the phrases after it ("the 1998 campaign", "mission to plant a device"), and when a date
//! in or after that phrase makes it a happening of its own apart from the clause's verb.
//! Apart from `title.rs`, which titles the clause.

use std::ops::Range;

use super::super::words::{ARTICLES, PLAN_WORDS, PRESENT_COPULAS, is_in, lowercase};
use super::{
    Class, Form, Lex, MAX_CHARS, REACH, Titles, Token, ends_in_plural_s, is, is_participle,
    is_past_participle,
};

/// How many lower-case words may stand between a capitalised word that opens the sentence
/// and the owner's name it describes ("Former prime minister Tom Harlow").
const OWNER_DESCRIBERS: usize = 3;

impl Titles<'_> {
    /// The noun phrase of `tokens[trigger]` with the date it holds or that follows it with
    /// "of" ("Campaign of 1904", "the 1998 campaign"), if it is more than the word.
    pub(super) fn phrase_with_date(&self, trigger: usize) -> Option<String> {
        let (start, mut end) = self.noun_phrase_around(trigger);
        let n = self.tokens.len();
        if end + 1 < n && self.word(end) == "of" && self.remove[end + 1] {
            end += 1;
            while end < n && end < trigger + REACH && self.remove[end] {
                end += 1;
            }
        }
        let title = match self.after_relative_date(start, end) {
            Some(after) => format!("the {}", self.join(&(after..end).collect::<Vec<_>>())),
            None => self.join(&(start..end).collect::<Vec<_>>()),
        };
        let title = self.finish(&title);
        (title.contains(' ') && title.chars().count() <= MAX_CHARS).then_some(title)
    }

    /// The title of the clause an event noun owned by its date is in: its verb's, the nearest
    /// finite verb before the noun's phrase ("described Thursday's killing as"), or else the
    /// one after it ("The site of Friday's ceremony was chosen"). None when that title too is
    /// a bare noun.
    pub(super) fn owning_clause_title(
        &self,
        clause: &Range<usize>,
        trigger: usize,
    ) -> Option<String> {
        // "The paper on Monday described Thursday's killing": the clause has a date of its own.
        if self.dated_elsewhere(trigger) {
            return None;
        }
        let (start, end) = self.noun_phrase_around(trigger);
        let low = clause.start.max(trigger.saturating_sub(REACH));
        let high = clause.end.min(self.tokens.len()).min(trigger + REACH);
        let before = (low..start)
            .rev()
            .find(|&k| self.class(k) == Class::Verb && self.finite(k));
        // "Hale, wanted for Monday's raid, is in hiding": a participle set off by a comma
        // describes a noun, and the verb after it tells of another time.
        if before.is_some_and(|k| k > 0 && self.word(k - 1) == ",") {
            return None;
        }
        // The verb before takes the phrase as its object, or its preposition's ("responded
        // coolly to"), not as a noun's ("came from a report into last month's blast").
        if before.is_some_and(|k| {
            (k + 1..start).any(|j| !matches!(self.class(j), Class::Adv | Class::Prep | Class::To))
        }) {
            return None;
        }
        let verb = before.or_else(|| (end..high).find(|&k| self.finite(k)))?;
        // A "be" after the phrase with no participle tells a state, no happening ("The rig in
        // Monday's blast was new").
        let copula = self.tensed_be(verb)
            && (verb + 1 >= self.tokens.len() || self.class(verb + 1) != Class::Verb);
        if before.is_none() && copula {
            return None;
        }
        let title = self.title_of(clause, verb);
        // The subject the title opens with stands before the noun's phrase ("The site of
        // Friday's ceremony was") or past an opening phrase's comma ("As of Friday's close, the
        // index was"), not after a preposition ("a note posted on a website described" is no
        // deed of the website's).
        let first = title.split(' ').next()?;
        // (A relative clause's own range starts at its pronoun: the subject is before it.)
        let at = (verb.saturating_sub(REACH)..verb)
            .find(|&k| self.word(k).eq_ignore_ascii_case(first))?;
        let mut open = at.checked_sub(1);
        while let Some(k) = open.filter(|&k| self.class(k) == Class::Det) {
            open = k.checked_sub(1);
        }
        let inside = open.is_some_and(|k| self.class(k) == Class::Prep);
        let placed = at < start || (end..at).any(|k| self.word(k) == ",");
        (placed && !inside && !names_nothing(&title)).then_some(title)
    }

    /// The sentence has a date outside the noun phrase of `tokens[trigger]`, which may be the
    /// verb's: "lately reported a botched 2017 launch" is two happenings.
    pub(super) fn dated_elsewhere(&self, trigger: usize) -> bool {
        let (start, end) = self.noun_phrase_around(trigger);
        let outside = |k: usize| self.remove[k] && !(start..end).contains(&k);
        let near = trigger.saturating_sub(REACH)..self.tokens.len().min(trigger + REACH);
        near.into_iter().any(outside)
    }

    /// The date in the noun phrase of `tokens[trigger]` is its possessive: "Thursday's killing".
    pub(super) fn date_owns(&self, trigger: usize) -> bool {
        let (start, end) = self.noun_phrase_around(trigger);
        (start.max(1)..end).any(|k| self.class(k) == Class::Poss && self.remove[k - 1])
    }

    /// The object of a report, dated in its own phrase ("reported a failed 2019 mission to
    /// plant a device"), is a happening of its own: its phrase is its title. An object without
    /// a date of its own ("unveiled plans to sell its bakery arm") or of another verb
    /// ("attributed its fourth-quarter slump to costs") is told by its clause.
    pub(super) fn reports_dated_plan(&self, trigger: usize, group: &Range<usize>) -> bool {
        self.reports(group) && self.dated_in_own_phrase(trigger)
    }

    /// The noun phrase of `tokens[trigger]` holds a date: "a failed 2019 mission", "Friday's
    /// vote". A noun dated outside its phrase ("had concerns about the deal in May") is what
    /// its clause tells.
    /// A length of one hyphenated word ("a two-hour meeting") is a manner, no date.
    pub(super) fn dated_in_own_phrase(&self, trigger: usize) -> bool {
        let (start, end) = self.noun_phrase_around(trigger);
        (start..end).any(|k| self.remove[k] && !is_length(self.word(k)) && !self.count_and_unit(k))
    }

    /// `tokens[k]` is a count or the singular unit after one, a length written in two words
    /// ("a two hour meeting", "a 10 day strike"), no date.
    pub(super) fn count_and_unit(&self, k: usize) -> bool {
        let unit = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| t.is_lex(Lex::LengthUnits))
        };
        (is_count(self.word(k)) && unit(k + 1)) || (k > 0 && unit(k) && is_count(self.word(k - 1)))
    }

    /// "remembers the 1956 uprising", "is investigating the overnight crash": a verb in the
    /// present tells of now, so a date inside its object's phrase dates the object's
    /// happening, whose phrase is the title. Not a figure of results ("reports a third-quarter
    /// loss"), nor a date of one hyphenated word ("a last-minute bid" is a manner).
    pub(super) fn now_of_dated_object(&self, trigger: usize, group: &Range<usize>) -> bool {
        let (start, _) = self.noun_phrase_around(trigger);
        let dated = (start..trigger).any(|k| self.remove[k] && !self.word(k).contains('-'));
        // A verb that opens its group and is no participle is in the present ("praise").
        let first = &self.tokens[group.start];
        let present = first.is(PRESENT_COPULAS)
            || (self.class(group.start) == Class::Verb && !is_participle(&first.lower));
        group.end <= start && dated && present && !self.tokens[trigger].has(Form::ResultWord)
    }

    /// "had been discussing the planned visit of the envoy in May": the object's phrase names
    /// a plan (a plan word before the noun) and the date follows it, after its "of" phrase at
    /// most (no verb or mark between): the date is the plan's, whose phrase is the title, not
    /// the carrying verb's.
    pub(in crate::events) fn planned_object(&self, trigger: usize, group: &Range<usize>) -> bool {
        let (start, end) = self.noun_phrase_around(trigger);
        let n = self.tokens.len();
        let date_follows = (end..n.min(end + 8))
            .take_while(|&k| {
                self.remove[k]
                    || matches!(
                        self.class(k),
                        Class::Prep | Class::Name | Class::Noun | Class::Det
                    )
            })
            .any(|k| self.remove[k]);
        group.end <= start
            && (start..trigger).any(|k| self.tokens[k].is(PLAN_WORDS))
            && !(start..end).any(|k| self.remove[k])
            && date_follows
    }

    /// The phrase title of `tokens[trigger]` holds a verb: "mission to plant a device". The
    /// verb `group` the phrase is the subject of, opening the sentence, is no part of it ("the
    /// blasts at two banks killed ..."), unless a date owns the noun ("Friday's vote"), whose
    /// phrase is read without that date. A subject after a verb of saying keeps its phrase.
    pub(super) fn phrase_has_verb(
        &self,
        trigger: usize,
        limit: usize,
        group: &Range<usize>,
    ) -> bool {
        let (start, end) = self.noun_phrase_around(trigger);
        let keeps = self.date_owns(trigger) || self.left_past_skipped(start).is_some();
        self.phrases_after(end, limit.max(end), false)
            .iter()
            .flatten()
            .any(|&k| {
                matches!(self.class(k), Class::Verb | Class::Aux) && (keeps || !group.contains(&k))
            })
    }

    /// A title for an event noun that is not a clause's subject or object: its phrase, with
    /// the phrases that follow it in its clause.
    pub(super) fn phrase_title(&self, trigger: usize, limit: usize) -> String {
        if let Some(name) = self.named_after_colon(trigger) {
            return name;
        }
        let (start, end) = self.noun_phrase_around(trigger);
        let mut head: Vec<usize> = (start..end).filter(|&k| !self.skipped(k)).collect();
        // "Acme's filing for $80 million of 5 1/4% subordinated notes ...": a phrase
        // too long for a title keeps its head before the first preposition.
        if self.join(&head).chars().count() > MAX_CHARS {
            let short = self.subject_head(&head, true, false);
            if !short.is_empty() {
                head = short;
            }
        }
        // "the drawdown in May and withdrawal in June": the withdrawal's own determiner.
        if let Some(mut shared) = self.shared_determiner(&head, trigger) {
            shared.push(trigger);
            head = shared;
        }
        // "Last year's coup" on a chart beside its year reads wrong: "The coup".
        let relative = self
            .after_relative_date(start, end)
            .filter(|_| head.first().is_some_and(|&k| self.remove[k]));
        if let Some(after) = relative {
            head.retain(|&k| k >= after);
        }
        // "Protests against the March election turned violent": the phrase is the object of a
        // preposition inside the subject, so the verb after it is the subject's, no part of
        // this title: an auxiliary, or a past form right after the phrase. A participle with
        // "by" describes the noun ("the accord signed by both leaders | have left").
        let limit = if self.inside_phrase(start) {
            let mut next = end;
            while next < limit && (self.skipped(next) || self.introduces_date(next)) {
                next += 1;
            }
            let past = |k: usize| {
                self.class(k) == Class::Verb
                    && is_past_participle(self.word(k))
                    && !(k + 1 < limit && self.word(k + 1) == "by")
            };
            (next..limit)
                .find(|&k| self.class(k) == Class::Aux || (k == next && past(k)))
                .unwrap_or(limit)
        } else {
            limit
        };
        let phrases = self.before_late_infinitive(self.phrases_after(end, limit.max(end), false));
        // "owing to its first-half deficit": the noun keeps its owner, named ("Acme Inc.'s
        // deficit"), when no other name before it may own it ("sanctions on Iraq after its
        // invasion").
        // A lone word in "-s" may be a plural that opens the sentence ("Doctors said his").
        // A name after an article is no person's ("the first three Fastnets and his win").
        let person = head
            .first()
            .is_some_and(|&h| matches!(self.word(h), "his" | "her"));
        let owner = self.owner_named(&head).filter(|o| {
            let rival = (start.saturating_sub(REACH)..start).any(|k| {
                // "the Dover-based maker": a place's name owns nothing.
                self.class(k) == Class::Name
                    && !o.text.contains(&self.text[self.tokens[k].span.clone()])
                    && !((person && self.opened_by_article(k))
                        || self.in_place_compound(k)
                        || self.describes_owner(k, &o.text))
            });
            !rival && !o.text.split_once('\'').is_some_and(|(o, _)| lone_plural(o))
        });
        // "Acme Co. reported third-quarter profit rose": the business that reports owns it.
        let owner = owner.or_else(|| self.results_owner(&head));
        // "the company cut 200 jobs": the business "the company" stands for, as its subject.
        let owner = owner.or_else(|| self.business_opening(&head));
        // "Acme agreed to sell its unit. Shares rose after the sale": Acme's sale.
        let owner = owner.or_else(|| self.phrase_deed_owner(&head, relative.is_some()));
        // "Acme posted a loss. Its lenders met after the loss": Acme's loss.
        let owner = owner.or_else(|| self.business_owned(&head));
        // "Tuesday's declaration by Acme Corp.": the doer the "by" phrase names owns it.
        let mut phrases = phrases;
        let owner = owner.or_else(|| {
            if head.last() != Some(&trigger) {
                return None;
            }
            let owned: Vec<usize> = head
                .iter()
                .copied()
                .skip_while(|&k| self.class(k) == Class::Det)
                .collect();
            let (mut owner, by_end) = self.by_owner(trigger, &self.join(&owned), end)?;
            let room = MAX_CHARS.saturating_sub(owner.text.chars().count() + 1);
            if let Some(clause) = self.declared_clause(by_end, room) {
                owner.text = format!("{} {clause}", owner.text);
                phrases.clear();
                return Some(owner);
            }
            phrases = phrases
                .iter()
                .map(|p| {
                    p.iter()
                        .copied()
                        .filter(|&k| k >= by_end)
                        .collect::<Vec<_>>()
                })
                .filter(|p| !p.is_empty())
                .collect();
            Some(owner)
        });
        let owned = owner.is_some();
        let title = match owner {
            Some(owner) => owner.text,
            None if relative.is_some() => format!("the {}", self.join(&head)),
            None => self.join(&self.without_offices(&head)),
        };
        // "Monday's announcement that he will go": what was declared.
        let declared = (!owned && head.last() == Some(&trigger) && self.doer_noun(trigger))
            .then(|| {
                let room = MAX_CHARS.saturating_sub(title.chars().count() + 1);
                self.declared_clause(end, room)
            })
            .flatten()
            .map(|clause| format!("{title} {clause}"));
        if let Some(whole) = declared {
            return self.finish(&whole);
        }
        self.finish(&self.add_phrases(title, &phrases))
    }

    /// The capitalised word at `tokens[k]` opens the sentence and describes the owner `owner`
    /// named right after it, with lower-case words between: "Former" of "Former prime
    /// minister Tom Harlow" is no other name.
    fn describes_owner(&self, k: usize, owner: &str) -> bool {
        let Some(first) = owner.split(' ').next() else {
            return false;
        };
        k == 0
            && (1..self.tokens.len().min(OWNER_DESCRIBERS + 2))
                .take_while(|&j| {
                    (!self.tokens[j].capitalized && self.class(j) == Class::Noun)
                        || self.text[self.tokens[j].span.clone()] == *first
                })
                .any(|j| self.text[self.tokens[j].span.clone()] == *first)
    }

    /// The name at `tokens[k]` is in a noun phrase that opens with an article: "the first
    /// three Fastnets", "the Senate".
    fn opened_by_article(&self, k: usize) -> bool {
        let mut j = k;
        while j > 0
            && k - j < 6
            && matches!(self.class(j - 1), Class::Name | Class::Num | Class::Noun)
        {
            j -= 1;
        }
        j > 0 && self.tokens[j - 1].is(ARTICLES)
    }

    /// The noun phrase that starts at `tokens[start]` is the object of a preposition other
    /// than "of" inside a clause ("Protests against the March election turned violent"), so
    /// the verb right after it is another phrase's: "a wave of strikes hit" is the wave's and
    /// the strikes', "In 1968 talks ... broke down" opens the sentence.
    fn inside_phrase(&self, start: usize) -> bool {
        self.left_past_skipped(start).is_some_and(|b| {
            self.class(b) == Class::Prep
                && self.word(b) != "of"
                && self.left_past_skipped(b).is_some()
        })
    }

    /// A noun phrase `tokens[start..end]` that opens with a date of words only and its
    /// possessive ("last year's coup", "Friday's vote"): where the words after the possessive
    /// start. Such a date is read against the article's own day, which a chart's reader does
    /// not have; the chart shows the date itself.
    pub(super) fn after_relative_date(&self, start: usize, end: usize) -> Option<usize> {
        let poss = (start..end).find(|&k| !self.remove[k])?;
        let relative = poss > start
            && self.class(poss) == Class::Poss
            && !self.tokens[start..poss].iter().any(Token::has_digit);
        (relative && poss + 1 < end).then_some(poss + 1)
    }
}

/// A title of one word, or of a noun after an article or an owner's pronoun ("The coup",
/// "Their war"): it names no happening a reader knows without the article.
pub(super) fn names_nothing(title: &str) -> bool {
    title.split_once(' ').is_none_or(|(first, rest)| {
        !rest.contains(' ')
            && (is_in(ARTICLES, &lowercase(first)) || is(Lex::OwnerPronouns, &lowercase(first)))
    })
}

/// A hyphenated word that opens with a count ("two-hour", "10-day") is a length of time, no
/// date ("third-quarter", "mid-2019", "1990-91" are).
fn is_length(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(count, _)| is_count(count))
}

/// A count of fewer than four digits (a year is no count) or a number word.
fn is_count(word: &str) -> bool {
    let digits = word.len() < 4 && word.bytes().all(|b| b.is_ascii_digit());
    (!word.is_empty() && digits) || is(Lex::NumberWords, word)
}

/// One word in "-s" that may be a plural noun as well as a name: "Doctors", "Officials".
fn lone_plural(word: &str) -> bool {
    !word.contains(' ') && ends_in_plural_s(word)
}
