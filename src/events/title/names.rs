//! The name a subject stands for: the name a pronoun ("he", "it", "they") or a possessive
//! ("its net income") refers to, in its sentence or a few sentences back, and the business "the
//! company" means when the text named only one.

use super::super::chunk::has_ending;
use super::super::words::past_first_word;
use super::subject::{Candidate, Subject, Who};
use super::{
    Class, Lex, MAX_CHARS, PERIOD_NOUNS, PRONOUN_HOPS, REACH, Titles, ends_in_plural_s, is,
    lowercase,
};

/// The longest name a possessive subject is told with: "Compaq Computer Corp.'s net income".
const OWNER_CHARS: usize = 40;
/// How far, in bytes of text, a person's name is looked for told another way: a surname's
/// first name before it, a full name's surname alone on either side.
pub(super) const SURNAME_REACH: usize = 3000;

pub(super) use business_index::BusinessIndex;

mod acted_on;
mod among;
mod apposed;
mod apposed_name;
mod before;
mod body;
mod business;
mod business_before;
mod business_index;
mod business_owned;
mod deed_owner;
mod described;
mod governing;
mod kind;
mod lead;
mod marked_business;
mod nameless;
mod object;
mod owned_before;
mod pair;
mod partner;
mod people;
mod person;
mod place_compound;
mod quoted;
pub(super) use quoted::QUOTES;
use quoted::opens_or_closes_quote;
mod relative_business;
mod role;
mod ruler;
mod sex;
mod speaker_business;
mod subject_body;
pub(super) use speaker_business::STAFF_NAME_WORDS;
mod told;

impl Titles<'_> {
    /// Where a look back of `reach` bytes of text from byte `here` starts: the first
    /// character that starts at or after `here - reach`.
    pub(super) fn reach_back(&self, here: usize, reach: usize) -> usize {
        let mut from = here.saturating_sub(reach);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        from
    }

    /// Where a look ahead of `reach` bytes of text from byte `here` ends: the last character
    /// boundary at or before `here + reach`, within the text.
    pub(super) fn reach_ahead(&self, here: usize, reach: usize) -> usize {
        let mut to = (here + reach).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        to
    }

    /// A subject that opens with "its", "his", "her" or "their", with the name the
    /// possessive stands for: "Nokia said that its revenue fell" → "Nokia's revenue".
    pub(super) fn owner_named(&self, phrase: &[usize]) -> Option<Candidate> {
        let (&first, rest) = phrase.split_first()?;
        let pronoun = match self.word(first) {
            "its" => "it",
            "his" => "he",
            "her" => "she",
            "their" => "they",
            _ => return None,
        };
        if rest.is_empty() || self.hops >= PRONOUN_HOPS {
            return None;
        }
        // "Her brother Delfin": the name says who ([`Self::name_over_role`]), unless a
        // people's ("The Danish Border Police").
        // A people's adjective before a noun describes, it does not name: "his Egyptian
        // subjects".
        let people = rest.len() > 1
            && has_ending(self.word(rest[0]), &[Lex::PeopleAdjectiveEndings])
            && !self.tokens[rest[1]].capitalized;
        let names = rest
            .iter()
            .skip(usize::from(people))
            .any(|&w| self.class(w) == Class::Name);
        if names && pronoun != "they" {
            return None;
        }
        let owner = self.name_for_pronoun(first, pronoun)?;
        if let Some(owned) = self.people_owned(&owner, &self.join(&self.without_offices(rest))) {
            return (owned.text.chars().count() <= MAX_CHARS).then_some(owned);
        }
        if names {
            return None;
        }
        // A short name of one owner: "Elian's mother and 10 others's boat" reads badly; two
        // names joined by "and" own together ("Mora and Vance's forces").
        let two_names = owner.text.split(" and ").count() == 2
            && owner
                .text
                .split(' ')
                .all(|w| w == "and" || w.starts_with(char::is_uppercase));
        let short = owner.text.chars().count() <= OWNER_CHARS
            && (!owner.text.contains(" and ") || two_names);
        let possessive = owner
            .text
            .split(' ')
            .next()
            .is_some_and(|w| is(Lex::OwnerPronouns, &lowercase(w)));
        // "The army crossed the river, and its commander": a definite noun phrase may own.
        if !(owner.named || owner.definite) || !short || possessive {
            return None;
        }
        let mark = if owner.plural && owner.text.ends_with('s') {
            "'"
        } else {
            "'s"
        };
        // "its filing for $80 million of ...": a phrase too long for a title
        // keeps its head before the first preposition.
        let mut owned = self.join(&self.without_offices(rest));
        if owner.text.chars().count() + 3 + owned.chars().count() > MAX_CHARS {
            let head = self.subject_head(rest, true, false);
            if !head.is_empty() {
                owned = self.join(&self.without_offices(&head));
            }
        }
        Some(Candidate::owned_by(&owner.text, mark, &owned))
    }

    /// The name a pronoun at `tokens[k]` stands for: the subject of the first verb of its
    /// sentence, if before it, else that of the sentence before, when it agrees: "he" and
    /// "she" a singular name, "it" a singular name or definite noun phrase ("the company"),
    /// "they" a plural one.
    pub(super) fn name_for(&self, k: usize) -> Option<Candidate> {
        self.name_for_pronoun(k, self.word(k))
    }

    /// The name `pronoun`, at `tokens[k]` or the possessive there, stands for, unless its
    /// words say it is of the other sex.
    pub(super) fn name_for_pronoun(&self, k: usize, pronoun: &str) -> Option<Candidate> {
        self.named_for(k, pronoun)
            .or_else(|| self.named_before_quote(k, pronoun))
            .filter(|c| self.fits_person(k, c, pronoun))
            .map(|c| self.office_holder(&c, k).unwrap_or(c))
    }

    /// "On her trip to Lisbon, Merkel signed": a pronoun in a phrase with no verb that opens
    /// the sentence with a preposition and ends at a comma stands for the subject of the
    /// first verb after that comma, told after it.
    fn fronted_for(&self, k: usize) -> Option<Candidate> {
        if self.class(0) != Class::Prep {
            return None;
        }
        let n = self.tokens.len().min(k + REACH);
        let comma = (k + 1..n)
            .take_while(|&j| !matches!(self.class(j), Class::Verb | Class::Aux | Class::Sub))
            .find(|&j| self.word(j) == ",")?;
        let verb = (comma + 1..n).find(|&j| self.finite(j))?;
        match self.subject_of(self.verb_group_around(verb).start, 0)? {
            Subject::Words(words) if words.first().is_some_and(|&w| w > comma) => {
                Some(self.candidate(&words))
            }
            _ => None,
        }
    }

    /// The name `pronoun` at `tokens[k]` stands for, of either sex.
    fn named_for(&self, k: usize, pronoun: &str) -> Option<Candidate> {
        let person = matches!(pronoun, "he" | "she");
        // "he" and "she" a person or a name alone, never a body ("The Foreign Office"); "it"
        // never a person.
        let agrees = |c: &Candidate| {
            // "the man", "a spokesman": a person without a name has an article.
            let article = c
                .text
                .split(' ')
                .next()
                .is_some_and(|w| matches!(w, "a" | "A" | "an" | "An" | "the" | "The"));
            // Ships and nations are "she" in writing of history: "the Confederate Navy ...
            // she seemed unstoppable".
            let kind = if person {
                (c.who != Who::Thing || pronoun == "she")
                    && (c.named || (c.who == Who::Person && article))
            } else if pronoun == "they" {
                // "Investigators said they", "the officials ... they": any group of people
                // or things, but one a pronoun owns ("his claims ... after they").
                c.named
                    || c.definite
                    || !c
                        .text
                        .split(' ')
                        .next()
                        .is_some_and(|w| is(Lex::OwnerPronouns, &lowercase(w)))
            } else {
                c.who != Who::Person && (c.named || c.definite)
            };
            kind && (c.plural == (pronoun == "they")) && fits_sex(&c.text, pronoun)
        };
        if let Some(subject) = self.fronted_for(k).filter(|c| agrees(c)) {
            return Some(subject);
        }
        // "The mayor says the club did well after it moved": the subject of the clause the
        // pronoun's clause depends on ("they" weighs its rivals below).
        if pronoun != "they"
            && let Some(subject) = self.governing_subject(k).filter(|c| agrees(c))
        {
            return Some(subject);
        }
        // "Sun Microsystems Inc., ..., said it earned": the one who says.
        let mut said = self.left_past_skipped(k);
        if said.is_some_and(|p| self.word(p) == "that") {
            said = said.and_then(|p| self.left_past_skipped(p));
        }
        if let Some(v) = said.filter(|&v| self.class(v) == Class::Verb && self.says(v))
            && let Some(subject) = self.subject_of(self.verb_group_around(v).start, 0)
        {
            let speaker = match subject {
                Subject::Words(words) => self.candidate(&words),
                Subject::Named(name) => name,
            };
            // "A partner for Vell and Dunn, Tom Lee, says he": the name, not the role.
            if person
                && let Some(name) = self.apposed_speaker(self.verb_group_around(v).start)
                && agrees(&name)
            {
                return Some(name);
            }
            if agrees(&speaker) {
                return Some(speaker);
            }
        }
        // The first verb, or, when it has no subject ("In setting out his plan, Smith began
        // what he"), the first with a tense, if its subject agrees.
        let verb = |finite: bool| {
            (0..k.min(REACH)).find(|&j| {
                matches!(self.class(j), Class::Verb | Class::Aux)
                    && !self.remove[j]
                    && (!finite || self.finite(j))
                    // "the Dover, Del.-based maker": a describer, no verb.
                    && self.place_compound_start(j).is_none()
            })
        };
        let subject_at = |v: usize| self.subject_of(self.verb_group_around(v).start, 0);
        let first_verb = verb(false).and_then(|v| match subject_at(v) {
            Some(subject) => Some((v, Some(subject))),
            None => verb(true).map(|f| {
                let agreeing = subject_at(f).filter(|s| match s {
                    Subject::Words(words) => {
                        words.last().is_some_and(|&w| w < k) && agrees(&self.candidate(words))
                    }
                    Subject::Named(name) => agrees(name),
                });
                (f, agreeing)
            }),
        });
        // The sentence names no one before the pronoun: the sentence before must.
        let mut unnamed = false;
        if let Some((v, subject)) = first_verb {
            let mut full_name = false;
            let (here, last, of) = match subject {
                Some(Subject::Words(words)) if words.last().is_some_and(|&w| w < k) => {
                    let of = self.after_of(&words);
                    full_name = self.full_name(&words);
                    (Some(self.candidate(&words)), words.last().copied(), of)
                }
                // "the company" or "its stock" before the pronoun, named.
                Some(Subject::Named(name)) => (Some(name), None, None),
                _ => (None, None, None),
            };
            // "The leaders of the union signed the deal before it": two things it may be.
            let of_agrees = of.as_ref().is_some_and(agrees);
            if let Some(here) = here {
                // "The value of Delta bonds has slipped since June, when they sold at
                // par": a subject that does not agree, whose noun after "of" does, with no
                // other noun phrase that agrees between its verb and the pronoun.
                if !agrees(&here)
                    && let Some(of) = of.filter(|o| agrees(o))
                    && !self
                        .phrases_between(v, k)
                        .iter()
                        .any(|p| agrees(&self.candidate(p)))
                {
                    return Some(of);
                }
                if pronoun != "they" {
                    // "The Foreign Office said Smith ... when he": the one person named.
                    // "Elian's relatives cared for him after he was found": else the owner;
                    // else the one person a noun tells ("the governor").
                    let found = match agrees(&here) {
                        // "Ann Roe joined the board, and it voted": a person's full name,
                        // which "it" stands for only when it is a firm's.
                        true if pronoun == "it" && full_name && !of_agrees && self.it_acts(k) => {
                            self.definite_object(k).or(Some(here))
                        }
                        true => Some(here),
                        false if person => self
                            .sole_person(0, k)
                            .or_else(|| here.owner.map(|o| self.owner_candidate(o)))
                            .or_else(|| self.sole_role(0, k)),
                        // "Roe heads the board, but today it meets": see `acted_on`.
                        false
                            if pronoun == "it"
                                && (here.plural || here.who == Who::Person)
                                && !of_agrees
                                && self.it_acts(k) =>
                        {
                            self.definite_object(k)
                        }
                        false => None,
                    };
                    // "After the band broke up he": a sentence that names no one before the
                    // pronoun leaves it to the sentence before.
                    if found.is_some() || !person || !self.nobody(0, k) {
                        return found;
                    }
                    unnamed = true;
                } else {
                    // "warned U.S. immigration officials that they": two groups compete, unless
                    // the later one is the subject of a clause nearer the pronoun, which it then
                    // stands for ("the Biafran forces moved west till they were stopped").
                    if agrees(&here) {
                        let rivals = last
                            .map(|l| self.plurals_between(l + 1, k))
                            .unwrap_or_default();
                        return match rivals.last() {
                            None => Some(here),
                            Some(r) if r.last().is_some_and(|&w| self.before_a_verb(w)) => {
                                Some(self.candidate(r))
                            }
                            Some(_) => None,
                        };
                    }
                    // "The king sent his forces to the coast, and by March they had launched": the
                    // one group named after the verb, unless a verb of saying stands between.
                    // (Not one inside what was said, past its own verb: "said he had treated
                    // six wounded men after they".)
                    let says = (v..k).rfind(|&j| self.class(j) == Class::Verb && self.says(j));
                    let mut plurals = self.plurals_between(v, k);
                    // "the many losses that they reported": a relative clause's own noun is no
                    // subject in it.
                    plurals.retain(|p| {
                        p.last()
                            .and_then(|&w| {
                                (w + 1..k).find(|&r| !(self.skipped(r) || self.introduces_date(r)))
                            })
                            .is_none_or(|r| self.class(r) != Class::Sub)
                    });
                    let reported = |one: &[usize]| {
                        says.is_none_or(|s| {
                            (s + 1..one.first().copied().unwrap_or(s))
                                .any(|j| self.class(j) == Class::Aux || self.finite(j))
                        })
                    };
                    return match &plurals[..] {
                        [one] if reported(one) => Some(self.candidate(one)),
                        _ => None,
                    };
                }
            }
        }
        // "A radio speech by Ms Okafor, in which she said", "Thanks to Ms Okafor for the
        // speech she gave": a pronoun in a clause of its own, or in one with no relative
        // pronoun whose object is the phrase before it, stands for the one person its sentence
        // names before it.
        if person
            && (self
                .left_past_skipped(k)
                .is_some_and(|p| self.class(p) == Class::Sub)
                || self.contact_object(k + 1).is_some())
            && let Some(named) = self.sole_person(0, k)
        {
            return Some(named);
        }
        let previous = self
            .previous_name
            .get_or_init(|| self.previous_sentence(|t| t.first_subject()))
            .as_ref()?;
        // "Anger grew and Harrison left. After the band broke up he": a capitalised first
        // word alone is a name only when the text gave it in full before.
        let lone =
            unnamed && self.previous_sentence(|t| Some(t.opens_with_lone_word())) == Some(true);
        if agrees(previous) && !lone {
            return Some(previous.clone());
        }
        // "A court convicted eight guards. They were jailed": after a sentence whose subject
        // is one, the plural object of its verb, or that subject and the one it acted with.
        if pronoun == "they" && !previous.plural {
            return self
                .previous_object
                .get_or_init(|| {
                    self.previous_sentence(|t| {
                        t.plural_object().or_else(|| t.subject_with_partner())
                    })
                })
                .clone();
        }
        // "There were twelve members of the Pact at its start. Since then it has grown": the
        // one body the sentence before names.
        if !person {
            if pronoun != "it" {
                return None;
            }
            // "The rebels took the town. It was retaken": see `acted_on`.
            let acted_on = previous.plural || previous.who == Who::Person;
            return self.previous_sentence(|t| t.sole_body()).or_else(|| {
                (acted_on && self.it_acts(k))
                    .then(|| self.previous_sentence(|t| t.definite_object(t.tokens.len())))
                    .flatten()
            });
        }
        // "Sherman's army reached the sea. He": the owner.
        if let Some(owner) = previous.owner.clone() {
            return Some(self.owner_candidate(owner));
        }
        // "The Foreign Office said Smith was ill. He died", "The news came from General
        // Smith. He": the one person named before. A plural subject is no rival for "he" or
        // "she" ("Police said Smith was jailed. He").
        if lone
            || previous.plural
            || previous.who == Who::Thing
            || (previous.who != Who::Person
                && !previous.named
                && !is(Lex::ResolvablePronouns, &lowercase(&previous.text)))
        {
            return self
                .previous_person
                .get_or_init(|| self.previous_sentence(|t| t.sole_person(0, t.tokens.len())))
                .clone()
                .or_else(|| self.past_nameless(pronoun));
        }
        // "Ann Roe invited Tom Lee to Rome. He will fly there": a subject of the other sex
        // leaves the one person the object of its verb names.
        if !fits_sex(&previous.text, pronoun) {
            return self
                .previous_sentence(|t| t.object_person())
                .filter(|c| fits_sex(&c.text, pronoun));
        }
        None
    }

    /// The owner of a possessive ("Elian" of "Elian's relatives") as a name a pronoun
    /// stands for.
    fn owner_candidate(&self, owner: String) -> Candidate {
        Candidate {
            text: owner,
            owner: None,
            named: true,
            definite: false,
            plural: false,
            who: Who::Unknown,
        }
    }

    /// The noun phrase after the last "of" of a subject: "Delta bonds" of "The value of
    /// Delta bonds".
    fn after_of(&self, words: &[usize]) -> Option<Candidate> {
        let of = words.iter().rposition(|&w| self.word(w) == "of")?;
        let rest = &words[of + 1..];
        let named_or_definite = rest
            .first()
            .is_some_and(|&w| self.word(w) == "the" || self.class(w) == Class::Name);
        (named_or_definite || rest.iter().any(|&w| self.class(w) == Class::Name))
            .then(|| self.candidate(rest))
    }

    /// The noun phrases that end from `tokens[from]` to `tokens[to]`, none of them a time
    /// nor part of the date.
    fn phrases_between(&self, from: usize, to: usize) -> Vec<Vec<usize>> {
        (from.max(to.saturating_sub(REACH))..to)
            .filter(|&j| {
                matches!(self.class(j), Class::Noun | Class::Name)
                    && !self.remove[j]
                    && !self.tokens[j].is(PERIOD_NOUNS)
                    && (j + 1 == to
                        || !matches!(self.class(j + 1), Class::Noun | Class::Name | Class::Poss))
            })
            .map(|j| self.noun_phrase_ending_at(j))
            .collect()
    }

    /// The noun phrases from `tokens[from]` to `tokens[to]` whose head is plural ("German
    /// forces", "the Soviets", "Poland and Hungary"), none of them a time ("months") nor
    /// owned by a pronoun ("their forces"); none past a quotation mark.
    fn plurals_between(&self, from: usize, to: usize) -> Vec<Vec<usize>> {
        let mut found: Vec<Vec<usize>> = Vec::new();
        // A pronoun in a quotation speaks in another voice.
        let near = to.saturating_sub(REACH)..to;
        if near.clone().any(|j| self.quote_mark(j)) {
            return found;
        }
        for j in from.max(near.start)..to {
            let ends = matches!(self.class(j), Class::Noun | Class::Name)
                && !self.remove[j]
                && !self.tokens[j].is(PERIOD_NOUNS)
                // "take 90 days, and they": a length the verb takes is no group.
                && !is(Lex::LengthUnits, self.word(j).strip_suffix('s').unwrap_or("-"))
                && (j + 1 == to
                    || !(matches!(self.class(j + 1), Class::Noun | Class::Name | Class::Poss)
                        || self.word(j + 1) == "of"));
            if !ends {
                continue;
            }
            let phrase = self.noun_phrase_ending_at(j);
            let owned = phrase
                .first()
                .is_some_and(|&w| self.tokens[w].is_lex(Lex::OwnerPronouns));
            if owned || !self.candidate(&phrase).plural {
                continue;
            }
            // "the talks and the strikes": a phrase that holds the one before is the one;
            // "German forces to Libya" is "German forces".
            let first = phrase.first().copied().unwrap_or(j);
            if found.iter().any(|p| p.first() == Some(&first)) {
                continue;
            }
            found.retain(|p| p.first().is_none_or(|&f| f < first));
            found.push(phrase);
        }
        found
    }

    /// The word after `tokens[w]`, past the date and adverbs, is a verb with a tense.
    fn before_a_verb(&self, w: usize) -> bool {
        let n = self.tokens.len();
        (w + 1..n.min(w + 8))
            .find(|&j| !(self.skipped(j) || self.introduces_date(j)))
            .is_some_and(|j| self.finite(j) && self.class(j) != Class::To)
    }

    pub(super) fn candidate(&self, words: &[usize]) -> Candidate {
        // "Officials in Leeds": the sentence's first word is capitalised anyway, a common
        // noun in "-s" before a preposition other than "of" ("Friends of ..." may be a name).
        let opening_plural = words.first().is_some_and(|&w| {
            !past_first_word(self.tokens, w)
                && ends_in_plural_s(self.word(w))
                && words
                    .get(1)
                    .is_some_and(|&n| self.class(n) == Class::Prep && self.word(n) != "of")
        });
        // "the boy's relatives in Miami": the head is the last word before a preposition.
        let head = words
            .iter()
            .skip(1)
            .position(|&w| self.class(w) == Class::Prep || self.word(w) == "of")
            .filter(|&p| {
                (self.class(words[p]) == Class::Noun && !self.tokens[words[p]].capitalized)
                    || (p == 0 && opening_plural)
            })
            .map_or(words, |p| &words[..=p]);
        let last = head.last().map_or("", |&w| self.word(w));
        let who = self.who(words, head.last().copied());
        Candidate {
            text: self.join(&self.without_offices(&self.name_over_role(words))),
            // "Vance's whereabouts": the name that owns the phrase.
            owner: words
                .iter()
                .position(|&w| self.class(w) == Class::Poss)
                .filter(|&p| p > 0 && words[..p].iter().all(|&w| self.class(w) == Class::Name))
                .map(|p| self.join(&words[..p])),
            named: words.iter().any(|&w| self.class(w) == Class::Name),
            definite: words.first().is_some_and(|&w| self.word(w) == "the"),
            // A name ending in "s" ("Unisys", "Paris") is one, unless "the" makes it a
            // people ("the Soviets", "the Allies").
            plural: (ends_in_plural_s(last)
                && head.last().is_some_and(|&w| match self.class(w) {
                    Class::Noun => true,
                    Class::Name => {
                        (head.len() >= 2 && self.word(head[head.len() - 2]) == "the")
                            || (head.len() == 1 && opening_plural)
                    }
                    _ => false,
                }))
                || (head.iter().any(|&w| self.class(w) == Class::Coord)
                    && !self.one_body_name(head))
                // "The police", "the children", "The three".
                || head.last().is_some_and(|&w| {
                    self.tokens[w].is_lex(Lex::PluralNouns)
                        || (self.tokens[w].is_lex(Lex::NumberWords)
                            && head.len() == 2
                            && self.word(head[0]) == "the")
                }),
            who,
        }
    }

    /// "The Immigration and Naturalization Service", "Smith and Sons Ltd": an "and" between
    /// the capitalised words of one body's name joins what describes its head, and the name
    /// is one body, not two.
    fn one_body_name(&self, head: &[usize]) -> bool {
        let words = match head.split_first() {
            Some((&the, rest)) if self.word(the) == "the" => rest,
            _ => head,
        };
        let Some(&last) = words.last() else {
            return false;
        };
        let body = self.tokens[last].is_lex(Lex::BodyNouns)
            || self.tokens[last].is_lex(Lex::OrganizationNouns)
            || self.tokens[last].is_lex(Lex::CompanySuffixes);
        body && !ends_in_plural_s(self.word(last))
            && words
                .iter()
                .all(|&w| matches!(self.class(w), Class::Name | Class::Coord))
    }

    /// `words` is a name and no more, a given name ([female_names], [male_names]) and a
    /// surname: "Ann Roe".
    fn full_name(&self, words: &[usize]) -> bool {
        let [given, surname] = *words else {
            return false;
        };
        let token = &self.tokens[given];
        self.class(given) == Class::Name
            && self.class(surname) == Class::Name
            && (token.is_lex(Lex::FemaleNames) || token.is_lex(Lex::MaleNames))
    }

    /// Whether `words`, with its head at `head`, is a person, a body or a thing, or a name
    /// that may be either.
    fn who(&self, words: &[usize], head: Option<usize>) -> Who {
        // "Mr Arafat", "French President Jacques Chirac": a title before a name.
        let named_title = words
            .windows(2)
            .any(|p| self.person_word(p[0]) && self.class(p[1]) == Class::Name);
        let Some(head) = head else {
            return Who::Unknown;
        };
        // "the spokesman", "The 35-year-old".
        if named_title || self.person_word(head) || self.word(head).ends_with("-old") {
            return Who::Person;
        }
        let body = self.tokens[head].is_lex(Lex::BodyNouns)
            || self.tokens[head].is_lex(Lex::OrganizationNouns)
            || self.tokens[head].is_lex(Lex::CompanySuffixes);
        // "The Federal Health Minister Anna Berg": "the" before a long name may open
        // a person's office.
        let long_name = words
            .iter()
            .rev()
            .take_while(|&&w| self.class(w) == Class::Name)
            .count()
            >= 3;
        let the = words.first().is_some_and(|&w| self.word(w) == "the") && !long_name;
        if body || the || self.is_acronym(head) {
            Who::Thing
        } else {
            Who::Unknown
        }
    }

    /// The noun phrase right after the sentence's first verb with a tense (no verb of
    /// saying), when plural and counted: "eight former guards" of "A court has convicted
    /// eight former guards of torture", not "secret talks" of "Smith held secret talks".
    fn plural_object(&self) -> Option<Candidate> {
        let n = self.tokens.len();
        let group = (0..n.min(REACH))
            .filter(|&j| matches!(self.class(j), Class::Verb | Class::Aux))
            .map(|j| self.verb_group_around(j))
            .find(|g| self.class(g.start) != Class::To && self.finite(g.start))?;
        if (group.start..group.end).any(|v| self.class(v) == Class::Verb && self.says(v)) {
            return None;
        }
        let first = (group.end..n).find(|&j| !(self.skipped(j) || self.introduces_date(j)))?;
        if !(self.class(first) == Class::Num || self.tokens[first].is_lex(Lex::NumberWords)) {
            return None;
        }
        // "found ten gang members guilty": the words up to the first plural noun, a word
        // after it that may describe it ("guilty") left out.
        (first..n.min(first + REACH))
            .take_while(|&j| self.class(j).in_noun_phrase() && !self.remove[j])
            .filter(|&j| self.class(j) == Class::Noun)
            .map(|j| self.candidate(&(first..=j).collect::<Vec<_>>()))
            .find(|c| c.plural)
    }

    /// The sentence opens with a capitalised word alone that the text did not give in full
    /// before: "Anger grew", not "Lincoln was shot" after "Abraham Lincoln".
    fn opens_with_lone_word(&self) -> bool {
        self.class(0) == Class::Name
            && !(self.tokens.len() > 1 && matches!(self.class(1), Class::Name | Class::Poss))
            && !self.named_in_full_before(0)
    }
}

/// Whether `pronoun` may stand for the phrase `text`: "he" not for one with a word for a
/// woman only ("Smith's wife") or a woman's given name before a surname ("Ann Pell"), "she"
/// not for one with such a word or name for a man only.
fn fits_sex(text: &str, pronoun: &str) -> bool {
    let (female, male) = sex_words(text);
    match pronoun {
        "he" => !female || male,
        "she" => !male || female,
        _ => true,
    }
}

/// Whether a word of `text` tells a woman, and whether one tells a man ("Mrs", "wife", a
/// given name before another name), read in one walk.
fn sex_words(text: &str) -> (bool, bool) {
    let (mut female, mut male) = (false, false);
    let mut words = text.split(' ').peekable();
    while let Some(w) = words.next() {
        let word = lowercase(w.trim_end_matches("'s").trim_end_matches(['.', '\'']));
        female |= is(Lex::FemaleWords, &word);
        male |= is(Lex::MaleWords, &word);
        // A given name only before another name: "Pete Rose" is no woman.
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        if capital(w) && words.peek().is_some_and(|n| capital(n)) {
            female |= is(Lex::FemaleNames, &word);
            male |= is(Lex::MaleNames, &word);
        }
    }
    (female, male)
}

#[cfg(test)]
mod tests {
    use crate::events::happening_tests::news_titles as titles;

    #[test]
    fn a_heading_line_is_no_part_of_the_sentence_before() {
        let text = "Operation Storm\n\nPrince Ranariddh had declared the country neutral since \
                    1955, because he wished to avoid a war. In 1969, he changed this policy.";
        assert!(titles(text).contains(&"Ranariddh changed this policy".to_string()));
    }

    #[test]
    fn a_past_participle_in_an_apposition_describes_its_noun() {
        let text = "John Smith, a talented and devoted surgeon, resigned on Monday.";
        assert!(titles(text).contains(&"John Smith resigned".to_string()));
    }

    #[test]
    fn a_pronoun_with_no_name_before_stays() {
        let text = "In 1969, he changed this policy.";
        assert_eq!(titles(text), ["He changed this policy"]);
    }

    #[test]
    fn a_long_chain_of_asides_is_read_in_bounded_steps() {
        let text = format!(
            "The army{} took the city in 1944.",
            ", of the north".repeat(5000)
        );
        assert_eq!(titles(&text).len(), 1);
    }
}
