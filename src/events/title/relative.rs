//! The object a relative clause leaves out: in "the pact, which the two mayors sealed
//! last June" the pronoun is the object of "sealed", so the title of the clause is "The two
//! mayors sealed the pact", never "The two mayors sealed" alone. So does a
//! clause with no pronoun (`contact`): "for the speech she gave".

use std::ops::Range;

use super::super::detect::is_event_noun;
use super::super::words::{COPULAS, HAPPENING_NAMES, MAKING_PARTICIPLES, PERIOD_NOUNS};
use super::{
    ARTICLES, Class, Lex, Titles, is_participle, is_past_participle, is_plural_form, past,
};

/// How many words the subject of a relative clause may have, between its pronoun and its verb.
const SUBJECT_WORDS: usize = 8;

/// How many words the name of a happening that opens a sentence may have ("The Second Battle
/// of the Marne").
const NAME_WORDS: usize = 8;

/// How many words may stand between `be` and the happening it names ("were small local
/// uprisings").
const COMPLEMENT_WORDS: usize = 4;

/// How many words a verb group may have: "would not have been".
const GROUP_WORDS: usize = 5;

/// How many words after the name its definition may reach the event word within.
const DEFINITION_WORDS: usize = 40;

impl Titles<'_> {
    /// `phrases`, the phrases after the verb `group`, with the noun phrase the relative
    /// pronoun before the group's subject stands for in front, when the verb has no object
    /// of its own: "the failed raid that the rebels had mounted" → "the failed
    /// raid" after "had mounted"; "Okafor, with whom the mayor spoke" → "with Okafor".
    pub(super) fn with_relative_object(
        &self,
        group: &Range<usize>,
        mut phrases: Vec<Vec<usize>>,
    ) -> Vec<Vec<usize>> {
        if let Some(object) = self.relative_object(group, &phrases) {
            phrases.insert(0, object);
        }
        phrases
    }

    fn relative_object(&self, group: &Range<usize>, phrases: &[Vec<usize>]) -> Option<Vec<usize>> {
        // A verb with an object of its own, a passive, "be" or a verb of saying ("the
        // workers that the firm said would be laid off") leaves none to the pronoun.
        // ("is cutting about 120 jobs" has one; "had mounted there" has none.)
        let has_object = phrases.first().is_some_and(|p| {
            !matches!(self.class(p[0]), Class::Prep | Class::To)
                && !(p.len() == 1
                    && (self.class(p[0]) == Class::Adv
                        || self.tokens[p[0]].is_lex(Lex::PlaceAdverbs)))
        });
        let verb = group
            .clone()
            .rev()
            .find(|&k| self.class(k) == Class::Verb)?;
        let copula = group.clone().any(|k| self.tokens[k].is(COPULAS));
        let passive = copula && is_past_participle(self.word(verb));
        if has_object || passive || self.says(verb) || self.tokens[verb].is(COPULAS) {
            return None;
        }
        // The subject of the clause: the words of a noun phrase, or a pronoun, before the group.
        let mut relative = self.left_past_skipped(group.start)?;
        let mut subject = 0;
        while subject < SUBJECT_WORDS
            && (self.class(relative).in_noun_phrase() || self.class(relative) == Class::Pron)
            && !self.tokens[relative].is_lex(Lex::ObjectRelatives)
        {
            let Some(before) = self.left_past_skipped(relative) else {
                return self.contact_object(group.start);
            };
            relative = before;
            subject += 1;
        }
        if subject == 0 || !self.tokens[relative].is_lex(Lex::ObjectRelatives) {
            return self.contact_object(group.start);
        }
        // "the boy with whom he travelled": the preposition goes with the antecedent.
        let preposition = relative
            .checked_sub(1)
            .filter(|&p| self.class(p) == Class::Prep && self.word(relative) == "whom");
        let mut end = preposition.unwrap_or(relative).checked_sub(1)?;
        if self.word(end) == "," {
            end = end.checked_sub(1)?;
        }
        // "the fact that the talks failed" says what the fact is; "the year that the war
        // ended" when.
        let content = self.word(relative) == "that"
            && (self.tokens[end].is_lex(Lex::ContentNouns) || self.tokens[end].is(PERIOD_NOUNS));
        if !matches!(self.class(end), Class::Noun | Class::Name) || self.remove[end] || content {
            return None;
        }
        let mut antecedent = self.noun_phrase_ending_at(end);
        // "gifts for the sultan, with whom": the nearest noun phrase, not its chain.
        if let Some(p) = antecedent
            .iter()
            .rposition(|&w| self.class(w) == Class::Prep && self.word(w) != "of")
        {
            antecedent.drain(..=p);
        }
        // "the museum displays the letter that": a determiner opens the phrase, unless "of"
        // or "and" joins it to the one before.
        if let Some(p) = (1..antecedent.len()).rev().find(|&n| {
            self.class(antecedent[n]) == Class::Det
                && !matches!(self.class(antecedent[n - 1]), Class::Prep | Class::Coord)
        }) {
            antecedent.drain(..p);
        }
        // "the failed expedition": a participle before the noun describes it.
        let first = *antecedent.first()?;
        if first >= 2
            && self.class(first - 1) == Class::Verb
            && is_participle(self.word(first - 1))
            && matches!(self.class(first - 2), Class::Det | Class::Poss)
        {
            antecedent.splice(0..0, [first - 2, first - 1]);
        }
        // Only a phrase that names its thing: "a short pact asking for river surveys,
        // which" may stand for the pact, not for "river surveys".
        // A phrase without an article only right after a preposition that is no part of a
        // verb's "-ing" or participle phrase: "called on Sparta for assistance, which".
        let first = *antecedent.first()?;
        let names = matches!(
            self.class(first),
            Class::Det | Class::Name | Class::Num | Class::Poss
        ) || (first >= 2
            && self.class(first - 1) == Class::Prep
            && self.class(first - 2) != Class::Verb);
        let mut antecedent = match names {
            true => antecedent,
            false => self.described_by_ing_phrase(first)?,
        };
        // "announced in Paris that the envoy would return", "told its staff that
        // it was moving": a "that" after a name, or after what a verb of saying tells, opens
        // what was said (a name needs no "that" to tell which one it is).
        if self.word(relative) == "that" {
            let first = *antecedent.first()?;
            let told = (first.saturating_sub(4)..first).any(|k| self.says(k));
            if told || self.class(end) == Class::Name {
                return None;
            }
        }
        antecedent.splice(0..0, preposition);
        Some(antecedent)
    }

    /// The noun phrase, one that names its thing, that the "-ing" phrase ending in the
    /// phrase at `tokens[first]` describes: "a short pact | asking for river
    /// surveys, which" stands for the pact.
    fn described_by_ing_phrase(&self, first: usize) -> Option<Vec<usize>> {
        let mut k = first.checked_sub(1)?;
        if self.class(k) == Class::Prep {
            k = k.checked_sub(1)?;
        }
        if !(self.class(k) == Class::Verb && self.word(k).ends_with("ing")) {
            return None;
        }
        let end = k.checked_sub(1)?;
        if !matches!(self.class(end), Class::Noun | Class::Name) || self.remove[end] {
            return None;
        }
        let mut phrase = self.noun_phrase_ending_at(end);
        // ("A dispute concerns a treaty": the phrase opens at its last determiner.)
        if let Some(p) = phrase.iter().rposition(|&w| self.class(w) == Class::Det) {
            phrase.drain(..p);
        }
        let opens = phrase.first().is_some_and(|&w| {
            matches!(
                self.class(w),
                Class::Det | Class::Name | Class::Poss | Class::Num
            )
        });
        let one = !phrase
            .iter()
            .any(|&w| matches!(self.class(w), Class::Prep | Class::Punct | Class::Coord));
        (opens && one).then_some(phrase)
    }

    /// The verb group is a bare past participle right after a noun, before a preposition or
    /// a date, with a verb with a tense after a noun later in its clause: "that the coat found
    /// beside a canal | belonged to her", where the participle describes the noun.
    pub(super) fn reduced_participle(&self, group: &Range<usize>, end: usize) -> bool {
        let k = group.start;
        let next = |j: usize| self.tokens.get(j).is_some();
        let bare = group.end == k + 1
            && k > 0
            && self.class(k - 1) == Class::Noun
            && !self.remove[k - 1]
            && is_past_participle(self.word(k))
            && next(k + 1)
            && (self.class(k + 1) == Class::Prep || self.remove[k + 1]);
        bare && (k + 2..end.min(self.tokens.len()))
            .take_while(|&j| !matches!(self.class(j), Class::Punct | Class::Sub | Class::Coord))
            .any(|j| {
                let finite = self.class(j) == Class::Aux
                    || (self.class(j) == Class::Verb && !self.word(j).ends_with("ing"));
                finite
                    && !self.remove[j]
                    && matches!(self.class(j - 1), Class::Noun | Class::Name | Class::Num)
            })
    }

    /// "was slowed by the army's siege of the port begun in May": a bare past participle
    /// that describes a happening's noun phrase (its head an event noun, with its "of" phrase)
    /// inside another clause is that happening, which its date dates: the title is the phrase
    /// and the participle, headline style ("The army's siege of the port begun"); with "by"
    /// and its agent, or its date right after it, a passive ("The siege of the port was
    /// begun by the army").
    pub(super) fn described_happening(&self, trigger: usize, limit: usize) -> Option<String> {
        let group = self.verb_group_around(trigger);
        let word = self.word(trigger);
        if self.class(trigger) != Class::Verb
            || group != (trigger..trigger + 1)
            || word.ends_with("ing")
            || !is_participle(word)
            || self.tokens[trigger].is(MAKING_PARTICIPLES)
            || !self.governed_ing(&group)
        {
            return None;
        }
        let last = trigger
            .checked_sub(1)
            .filter(|&b| !self.remove[b] && matches!(self.class(b), Class::Noun | Class::Name))?;
        let (mut start, _) = self.noun_phrase_around(last);
        let near = start;
        if start >= 2 && self.word(start - 1) == "of" {
            start = self.noun_phrase_around(start - 2).0;
        }
        (start..trigger).find(|&k| is_event_noun(&self.tokens[k]))?;
        let words: Vec<usize> = (start..trigger).filter(|&k| !self.skipped(k)).collect();
        // "made known in a report issued by her agents": with its agent, the participle
        // tells who did it, and takes back its "be" as a passive. After an "of" phrase it may
        // describe either noun ("a member of the movement founded by Zapata").
        // "slowed by the invasion of Crete launched in July": the date right after the
        // participle is its own, which tells what was done then to the phrase another verb's
        // preposition governs (an "of" phrase that is a name completes the noun before it).
        let head = if near == start { last } else { near - 2 };
        let dated = (near == start || self.class(last) == Class::Name)
            && self.date_right_after(trigger).is_some()
            && past::has_past(word)
            && self.phrase_governed(start);
        let passive = dated || (near == start && self.passive_of_noun(start, trigger));
        let be = if !passive {
            ""
        } else if is_plural_form(self.word(head)) {
            " were"
        } else {
            " was"
        };
        let title = format!("{}{be} {}", self.join(&words), self.join(&[trigger]));
        let phrases = self.phrases_after(trigger + 1, limit.max(trigger + 1), false);
        Some(self.finish(&self.add_phrases(title, &phrases)))
    }

    /// "The Kestrel Revolt, and the unrest around it, was a rising of the hill towns,
    /// lasting from 210 to 205 BC": a sentence that opens with the name of a happening and
    /// tells with `be` what it was (a happening noun after the verb) defines it. The event
    /// word of that noun, or an "-ing" form after a comma that the date follows ("lasting"),
    /// is the named happening: its name is the title.
    pub(super) fn defined_name(&self, trigger: usize) -> Option<String> {
        let n = self.tokens.len();
        let first = usize::from(self.tokens.first()?.is(ARTICLES));
        let capital = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && t.capitalized && !self.remove[k])
        };
        // Capitalised words, "of" or an article between them ("Battle of the Bulge").
        let mut end = first;
        let joins = |k: usize| {
            k > first
                && matches!(self.word(k), "of" | "the")
                && (capital(k + 1) || (self.word(k + 1) == "the" && capital(k + 2)))
        };
        while end < n.min(first + NAME_WORDS) && (capital(end) || joins(end)) {
            end += 1;
        }
        // Two words at least: a first word has its capital anyway ("Campaign finance was").
        let names = end >= first + 2 && (first..end).any(|k| self.tokens[k].is(HAPPENING_NAMES));
        if !names || end >= trigger || trigger > end + DEFINITION_WORDS {
            return None;
        }
        let be = (end..trigger).find(|&k| self.tokens[k].is(COPULAS))?;
        // No other clause or full stop between the name and the event word: no auxiliary,
        // no clause opener, no coordinated verb ("and then sailed").
        let between_clear = !(end..trigger).filter(|&k| k != be).any(|k| {
            let joins_verb =
                k > be && self.class(k) == Class::Coord && self.class(k + 1) == Class::Verb;
            joins_verb
                || matches!(self.class(k), Class::Aux | Class::Sub)
                || matches!(self.word(k), ";" | ":" | ".")
        });
        // The happening noun after `be`, before any preposition or mark.
        let complement = (be + 1..n.min(be + 1 + COMPLEMENT_WORDS))
            .take_while(|&k| !matches!(self.class(k), Class::Prep | Class::Punct | Class::Sub))
            .find(|&k| is_event_noun(&self.tokens[k]))?;
        let trailing_ing = self.word(trigger).ends_with("ing") && self.word(trigger - 1) == ",";
        (between_clear && (trigger == complement || trailing_ing))
            .then(|| self.finish(&self.join(&(0..end).collect::<Vec<_>>())))
    }

    /// "leading to a failed occupation of the town: the Second Siege of Rena in May 2004": a
    /// named event after a colon that closes the phrase of `tokens[trigger]`, the date right
    /// after the name, is what the phrase was: the name is the title.
    pub(super) fn named_after_colon(&self, trigger: usize) -> Option<String> {
        let (_, end) = self.noun_phrase_around(trigger);
        let n = self.tokens.len();
        // The phrases after the noun, no verb or clause opener among them.
        let colon = (end..n.min(end + 12)).find(|&k| {
            (self.class(k) == Class::Punct && !self.quote_mark(k))
                || matches!(self.class(k), Class::Verb | Class::Aux | Class::Sub)
        })?;
        if self.word(colon) != ":" {
            return None;
        }
        let first =
            colon + 1 + usize::from(self.tokens.get(colon + 1).is_some_and(|t| t.is(ARTICLES)));
        // Capitalised words, and "of" or an article between them ("Battle of the Bulge").
        let capital =
            |k: usize| self.tokens[k].is_word() && self.tokens[k].capitalized && !self.remove[k];
        let mut last = None;
        let mut k = first;
        while k < n.min(first + 8) {
            if capital(k) {
                last = Some(k);
            } else if !(last.is_some()
                && (self.tokens[k].is(ARTICLES)
                    || self.tokens[k].is_lex(Lex::UnbrokenPrepositions)))
            {
                break;
            }
            k += 1;
        }
        let last = last?;
        let dated = (last + 1..n.min(last + 3))
            .find(|&j| !self.introduces_date(j))
            .is_some_and(|j| self.remove[j]);
        let named = (first..=last).any(|j| is_event_noun(&self.tokens[j]));
        (dated && named).then(|| self.finish(&self.join(&(colon + 1..=last).collect::<Vec<_>>())))
    }

    /// "Members of the panel, which meets today": the verb of a relative clause agrees with
    /// the noun phrase after "of" and not with the head before it, so that phrase is what the
    /// pronoun stands for ("the head of the unions, who are" is the unions). Without "of",
    /// the phrase after the last preposition: "shares in Acme, which is traded" is Acme.
    pub(super) fn agreeing_of_phrase(&self, phrase: &[usize], verb: usize) -> Option<Vec<usize>> {
        let of = phrase
            .iter()
            .position(|&w| self.word(w) == "of")
            .or_else(|| phrase.iter().rposition(|&w| self.class(w) == Class::Prep))?;
        let head = phrase[of.checked_sub(1)?];
        let rest = &phrase[of + 1..];
        let last = *rest.last()?;
        let noun = |w: usize| matches!(self.class(w), Class::Noun | Class::Name);
        if !noun(head) || !noun(last) || self.remove[last] {
            return None;
        }
        let plural_verb = self.verb_is_plural(verb)?;
        let agrees = |w: usize| is_plural_form(self.word(w)) == plural_verb;
        (!agrees(head) && agrees(last)).then(|| rest.to_vec())
    }

    /// "the offices and the town hall, which was flattened": a singular verb after noun
    /// phrases joined by "and" agrees with the last of them only, which the pronoun stands for
    /// (whatever its ending: "the depot and the barracks, which was").
    pub(super) fn agreeing_conjunct(&self, phrase: &[usize], verb: usize) -> Option<Vec<usize>> {
        let and = phrase.iter().rposition(|&w| self.word(w) == "and")?;
        let rest = &phrase[and + 1..];
        let last = *rest.last()?;
        // A phrase of its own opens with its determiner ("Savings and Loan" is one name).
        let singular = rest.first().is_some_and(|&w| self.class(w) == Class::Det)
            && matches!(self.class(last), Class::Noun | Class::Name)
            && !self.remove[last];
        (singular && self.verb_is_plural(verb) == Some(false)).then(|| rest.to_vec())
    }

    /// "the total as well as the Acme index, which fell": a phrase added with "as well as"
    /// (or "along with", "together with") makes no plural with the one before; the pronoun
    /// stands for the nearest, the one added.
    pub(super) fn added_conjunct(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let word = |n: usize| phrase.get(n).map_or("", |&w| self.word(w));
        let end = (1..phrase.len())
            .rev()
            .find(|&n| match (word(n - 1), word(n)) {
                ("well", "as") => n >= 2 && word(n - 2) == "as",
                ("along" | "together", "with") => true,
                _ => false,
            })?;
        let rest = &phrase[end + 1..];
        let &first = rest.first()?;
        matches!(
            self.class(first),
            Class::Det | Class::Name | Class::Poss | Class::Num
        )
        .then(|| rest.to_vec())
    }

    /// The first word of the verb group that ends right before `tokens[from]`: verbs,
    /// auxiliaries and words of class `also` (a negation, or an adverb), none if no such word.
    fn group_start_before(&self, from: usize, also: Class) -> Option<usize> {
        (from.saturating_sub(GROUP_WORDS)..from)
            .rev()
            .take_while(|&k| {
                let class = self.class(k);
                matches!(class, Class::Verb | Class::Aux) || class == also
            })
            .last()
    }

    /// The verb group that ends right before `tokens[from]` is in a relative clause with a
    /// subject of its own between the pronoun and the verb: "the jobs that Acme cut", "a tally
    /// which officials said". Its object is the noun before the pronoun, so a verb with a tense
    /// after it opens another clause.
    pub(super) fn after_object_relative(&self, from: usize) -> bool {
        let Some(start) = self.group_start_before(from, Class::Adv) else {
            return false;
        };
        let Some(end) = self
            .left_past_skipped(start)
            .filter(|&e| matches!(self.class(e), Class::Noun | Class::Name | Class::Pron))
        else {
            return false;
        };
        (end.saturating_sub(SUBJECT_WORDS)..end)
            .rev()
            .find(|&k| {
                !matches!(
                    self.class(k),
                    Class::Noun | Class::Name | Class::Det | Class::Poss
                ) || self.tokens[k].is_lex(Lex::Relatives)
            })
            // After a noun: "warned that winds forecast for May could" opens what was said.
            .is_some_and(|r| {
                self.tokens[r].is_lex(Lex::ObjectRelatives)
                    && !self.remove[r]
                    && r > 0
                    && matches!(self.class(r - 1), Class::Noun | Class::Name)
            })
    }

    /// The verb group that ends right before `tokens[from]` is that of a relative clause with
    /// no pronoun and a subject of its own, after the subject of a verb that follows
    /// ([`Self::contact_clause`]): "the boat the navy sank in 1942 | was found".
    pub(super) fn after_contact_clause(&self, from: usize) -> bool {
        self.group_start_before(from, Class::Adv)
            .is_some_and(|start| self.contact_clause(start).is_some())
    }

    /// The verb group that ends right before `tokens[from]` tells what a relative clause of
    /// saying said of the noun before it: "the jobs that Acme said on Monday would be cut".
    /// A verb with a tense right after it is the main clause's ("| were lost in May"), both
    /// in the saying's title and in that of what was said.
    pub(super) fn after_gapped_report(&self, from: usize) -> bool {
        // The group ends on its main verb: "would | end" is one group.
        if from == 0 || self.class(from - 1) != Class::Verb {
            return false;
        }
        let Some(start) = self.group_start_before(from, Class::Neg) else {
            return false;
        };
        self.left_past_skipped(start)
            .is_some_and(|k| self.gap_before_saying(start, k).is_some())
    }

    /// The verb at `tokens[verb]`, after its auxiliaries, ends what a relative clause of
    /// saying said of the noun before it, right after the verb of saying: "the team the coach
    /// said would win | lost". A modal takes one verb; the verb with a tense after it is the
    /// main clause's, no part of the group.
    pub(super) fn ends_gapped_report(&self, verb: usize) -> bool {
        let Some(aux) = verb.checked_sub(1).filter(|&a| self.class(a) == Class::Aux) else {
            return false;
        };
        let start = (aux.saturating_sub(GROUP_WORDS)..=aux)
            .rev()
            .take_while(|&k| matches!(self.class(k), Class::Aux | Class::Neg))
            .last()
            .unwrap_or(aux);
        start
            .checked_sub(1)
            .is_some_and(|said| self.gap_before_saying(start, said).is_some())
    }

    /// The verb group that ends right before `tokens[from]` has a relative pronoun for its
    /// subject: "the revolt that freed the town".
    pub(super) fn after_relative_group(&self, from: usize) -> bool {
        let start = self.group_start_before(from, Class::Neg);
        start
            .and_then(|s| self.left_past_skipped(s))
            .is_some_and(|r| self.class(r) == Class::Sub && self.tokens[r].is_lex(Lex::Relatives))
    }

    /// The number a verb's form shows: "are", "were", "have", "do" plural; "is", "was",
    /// "has", "does" and a present form in "-s" singular; else none.
    pub(super) fn verb_is_plural(&self, verb: usize) -> Option<bool> {
        let word = self.word(verb);
        if matches!(word, "are" | "were" | "have" | "do") {
            Some(true)
        } else if matches!(word, "is" | "was" | "has" | "does")
            || (self.class(verb) == Class::Verb && is_plural_form(word) && !is_participle(word))
        {
            Some(false)
        } else {
            None
        }
    }
}
