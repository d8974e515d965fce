//! A list of noun phrases ("Denmark, Finland and the Netherlands") is one subject or one
//! object: its commas end no phrase, and a title keeps it whole or leaves it out. A list of
//! "-ing" items after a clause ("Venria began operations, taking Calder in June and conquering
//! Ostland in August") tells what the clause's subject did, each item in the past.

use std::ops::Range;

use super::clauses::is_clause_break;
use super::{
    Class, Lex, REACH, Subject, Titles, ends_in_plural_s, is_participle, is_say_verb, past,
};

/// How many words an item of a list may have.
const ITEM: usize = 6;

impl Titles<'_> {
    /// The items before a subject that ends a list ("Finland and the Netherlands"), at the
    /// start of its clause: "Denmark, Finland and the Netherlands may now take part". The
    /// words of the whole list, or none when `phrase` is no list's end.
    pub(super) fn list_before(&self, phrase: &[usize]) -> Option<Vec<usize>> {
        let first = *phrase.first()?;
        // "Peru, Chile, and Ghana": a comma before the last "and" leaves it out of the phrase.
        let serial = self.serial_and(first);
        // "Hungary and the Czech Republic", not "the enmity between Sparta and Athens".
        let coordinated = (serial || phrase.iter().any(|&w| self.class(w) == Class::Coord))
            && !phrase.iter().any(|&w| self.class(w) == Class::Prep);
        if !coordinated {
            return None;
        }
        let mut start = if serial { first - 1 } else { first };
        let mut items = 0;
        // The comma before the list closes what opens the clause: "Late on Monday, Reed,
        // Holt and Kim left" (a date), "After the vote, Reed, Holt and Kim left" (a phrase
        // of a preposition that opens the clause).
        let mut opening_comma = false;
        let mut appositive = false;
        // "Mendes, the girl's aunt, her cousin, ten teammates and several coaches
        // planned": a list too long for a title's subject is none.
        while start >= 2 && self.word(start - 1) == "," && first - start < 2 * ITEM {
            let Some(item) = self.item_ending_at(start - 2) else {
                opening_comma = true;
                break;
            };
            if self.opening_phrase_item(item) {
                opening_comma = true;
                break;
            }
            // "two battleships, the Alba and the Bern": a plural common noun before the
            // comma is what the names after it are.
            if self.class(start - 2) == Class::Noun && ends_in_plural_s(self.word(start - 2)) {
                appositive = true;
            }
            start = item;
            items += 1;
        }
        // "In May, prices fell, and Reed took over": the comma before "and" ends a clause,
        // unless two items at least stand before it.
        if serial && items < 2 {
            return None;
        }
        // "In Paris, France and Germany signed": an opening phrase is no item.
        let opens = start == 0
            || (matches!(self.class(start - 1), Class::Punct | Class::Sub)
                && self.word(start - 1) != ",")
            || (opening_comma && !appositive);
        let short = phrase.len() + (first - start) <= 2 * ITEM;
        if start == first || !opens || !short {
            return None;
        }
        let mut words: Vec<usize> = (start..first).filter(|&k| !self.skipped(k)).collect();
        words.extend_from_slice(phrase);
        Some(words)
    }

    /// "and" or "or" with a comma before it stands before `tokens[first]`: ", and Ghana".
    fn serial_and(&self, first: usize) -> bool {
        first >= 2 && matches!(self.word(first - 1), "and" | "or") && self.word(first - 2) == ","
    }

    /// The noun phrase at `tokens[item]` is the object of a preposition (no "of") that opens
    /// its clause: "After the vote", "Just before the recess".
    fn opening_phrase_item(&self, item: usize) -> bool {
        let Some(prep) = item.checked_sub(1) else {
            return false;
        };
        let mut before = prep;
        while before > 0 && self.class(before - 1) == Class::Adv && prep - before < 2 {
            before -= 1;
        }
        self.class(prep) == Class::Prep
            && self.word(prep) != "of"
            && (before == 0
                || self.remove[before - 1]
                || matches!(self.class(before - 1), Class::Punct | Class::Sub))
    }

    /// Where the item of a list that ends at `tokens[end]` starts: a short noun phrase.
    fn item_ending_at(&self, end: usize) -> Option<usize> {
        let in_item = |k: usize| {
            !self.remove[k]
                && matches!(
                    self.class(k),
                    Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
                )
        };
        if !in_item(end) || self.class(end) == Class::Det {
            return None;
        }
        let mut start = end;
        while start > 0 && end - start + 1 < ITEM && in_item(start - 1) {
            start -= 1;
        }
        Some(start)
    }

    /// The end of a list whose first item ends before the comma at `tokens[comma]`: ", the
    /// Czech Republic and Hungary" (after "Poland"), if the list ends with "and" or "or" and an
    /// item, and no verb follows it (", the general and his aides fled" is a clause).
    pub(super) fn list_after(&self, comma: usize) -> Option<usize> {
        let n = self.tokens.len();
        let item_from = |k: usize| {
            let mut end = k;
            while end < n
                && end - k < ITEM
                && !self.remove[end]
                && matches!(
                    self.class(end),
                    Class::Det | Class::Noun | Class::Name | Class::Num | Class::Poss
                )
            {
                end += 1;
            }
            (end > k && self.class(end - 1) != Class::Det).then_some(end)
        };
        // "acquired Rival Co., a Dallas maker of springs and valves": after a name, a phrase
        // opened by "a" is its apposition, no item.
        let apposition = comma > 0
            && self.class(comma - 1) == Class::Name
            && self
                .tokens
                .get(comma + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"));
        if apposition {
            return None;
        }
        let mut k = comma;
        loop {
            if self.word(k) == "," {
                k += 1;
            }
            if k < n && self.class(k) == Class::Coord {
                let end = item_from(k + 1)?;
                let verb = end < n && matches!(self.class(end), Class::Verb | Class::Aux);
                return (!verb && k > comma + 1).then_some(end);
            }
            k = item_from(k)?;
            // "France, Spain (which held the north) and Portugal": past an item's bracket.
            if let Some(close) = self.bracket_after(k) {
                k = close + 1;
            }
            if k >= n || !matches!(self.word(k), "," | "and" | "or") {
                return None;
            }
        }
    }

    /// The closing bracket of a bracket that opens at `tokens[k]`, a few words long.
    fn bracket_after(&self, k: usize) -> Option<usize> {
        if self.word(k) != "(" {
            return None;
        }
        let n = self.tokens.len().min(k + 2 * ITEM + 2);
        (k + 1..n)
            .take_while(|&j| self.word(j) != "(")
            .find(|&j| self.word(j) == ")")
    }

    /// Adds to `words` those of a list from the comma at `tokens[comma]` to `end` (see
    /// `list_after`), without the brackets between its items.
    pub(super) fn push_list(&self, words: &mut Vec<usize>, comma: usize, end: usize) {
        let mut k = comma;
        while k < end {
            match self.bracket_after(k) {
                Some(close) => k = close + 1,
                None => {
                    words.push(k);
                    k += 1;
                }
            }
        }
    }

    /// `tokens[k]` is a comma inside a list.
    pub(super) fn is_list_comma(&self, k: usize) -> bool {
        self.word(k) == "," && self.class(k) == Class::Punct
    }

    /// The title of the item at `tokens[trigger]` of a list of "-ing" items after a clause in
    /// the past: "Venria began operations in the north, initiating a siege of Calder in June,
    /// conquering North Ostland in August" → "Venria conquered North Ostland".
    /// The item is an "-ing" form or "having" and a participle after a comma (and "and"); its
    /// verb is in the past, after the clause's subject, then the phrases after it. None when
    /// `trigger` is no such item, or the clause before has no subject or is not in the past.
    pub fn participle_title(&self, trigger: usize) -> Option<String> {
        let word = self.word(trigger);
        let (start, verb) = if word.ends_with("ing") {
            (trigger, past::of_ing(word)?)
        } else if is_participle(word) {
            let having = self
                .left_past_skipped(trigger)
                .filter(|&h| self.word(h) == "having")?;
            (having, past::of_participle(word)?)
        } else {
            return None;
        };
        // "adding that": what is said is no item ("adding Spain in 1982" is one).
        let n = self.tokens.len();
        let says = is_say_verb(word)
            && (trigger + 1..n)
                .find(|&k| !(self.skipped(k) || self.introduces_date(k)))
                .is_none_or(|k| matches!(self.class(k), Class::Sub | Class::Punct));
        if says {
            return None;
        }
        let mut left = self.left_past_skipped(start)?;
        if self.class(left) == Class::Coord && left > 0 {
            left -= 1;
        }
        if self.word(left) != "," {
            return None;
        }
        let subject = self.subject_before(left)?;
        Some(self.item_told(trigger, &subject, &verb))
    }

    /// The title of a lone "-ing" form after a clause in the past, its date inside the form's
    /// own clause: after a comma, what the clause's subject did ("Vela's army held the pass,
    /// taking the fort in 1840" → "Vela's army took the fort"); after "with" and a noun phrase
    /// behind a comma, what that phrase did ("..., with the first ferries sailing on Monday"
    /// → "The first ferries sailed"). None for an "-ing" form that prepositions, reports or
    /// describes the noun before it ("including", "adding that", "starting on Friday"), or
    /// that is the subject of a verb before the date ("..., spending rose in May").
    pub(super) fn lone_participle_title(&self, trigger: usize) -> Option<String> {
        let word = self.word(trigger);
        if !self.lone_ing_form(trigger) {
            return None;
        }
        let n = self.tokens.len();
        let date = (trigger + 1..n.min(trigger + REACH))
            .take_while(|&k| !is_clause_break(self.tokens, k))
            .find(|&k| self.remove[k])?;
        // "backing up after setting a record last night": the date is the inner clause's.
        if (trigger + 1..date)
            .any(|k| self.finite(k) || self.tokens[k].is_lex(Lex::ParticipleOpeners))
        {
            return None;
        }
        let left = self.left_past_skipped(trigger)?;
        if self.word(left) == "," {
            if self.dated_before(left) {
                return None;
            }
            return self.told_whole(trigger, date, self.participle_title(trigger)?);
        }
        // "with the first of the ferries sailing": the noun phrase between.
        if !matches!(
            self.class(left),
            Class::Noun | Class::Name | Class::Num | Class::Pron
        ) {
            return None;
        }
        let with = (left.saturating_sub(2 * ITEM)..left)
            .rev()
            .find(|&k| !(self.class(k).in_noun_phrase() || self.class(k) == Class::Prep))
            .map_or(left, |k| k + 1);
        let with = (with..left).find(|&k| self.tokens[k].is_lex(Lex::AbsoluteSubjects))?;
        // The clause before ends at a comma or at "with" ("ended with the union accepting").
        let end = self
            .left_past_skipped(with)
            .filter(|&c| self.word(c) == ",")
            .unwrap_or(with);
        // Past the subject's check: the clause before is in the past.
        if self.dated_before(end) || self.subject_before(end).is_none() {
            return None;
        }
        let words: Vec<usize> = (with + 1..=left).filter(|&k| !self.skipped(k)).collect();
        if words.is_empty() {
            return None;
        }
        let title = self.item_told(trigger, &Subject::Words(words), &past::of_ing(word)?);
        self.told_whole(trigger, date, title)
    }

    /// The title of the "-ing" form after the comma that closes the clause of the verb
    /// `tokens[trigger]`, when no date stands before that comma: the sentence's date is the
    /// form's ("Its stock has slumped, closing on Friday at $29" → "Its stock closed at
    /// $29").
    pub(super) fn trailing_participle_title(&self, trigger: usize) -> Option<String> {
        if !self.finite(trigger) {
            return None;
        }
        let n = self.tokens.len();
        let comma = (trigger + 1..n.min(trigger + REACH))
            .find(|&k| is_clause_break(self.tokens, k))
            .filter(|&c| self.word(c) == ",")?;
        // Bounded: a sentence may hold thousands of words and events.
        if (comma.saturating_sub(2 * REACH)..comma).any(|k| self.dates_happening(k)) {
            return None;
        }
        let ing = (comma + 1..n.min(comma + 4))
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))?;
        self.lone_participle_title(ing)
    }

    /// The title of the clause before the comma that a lone "-ing" form follows, when a date
    /// stands before that comma and none in the form's own phrase: the date is the clause's,
    /// the form only tells how it went ("In May 1840, the army took the pass, quickly
    /// routing the guard" → "The army took the pass").
    pub(super) fn clause_before_participle_title(&self, trigger: usize) -> Option<String> {
        // Asked of most event words, which are no "-ing" form: the walk left only for one.
        if !self.word(trigger).ends_with("ing") {
            return None;
        }
        // "wrote to the king in April 1669 assuring him": a date right before the form ends
        // the clause before as a comma does (the chunker may read the form there as a noun).
        let left = self.left_past_skipped(trigger)?;
        let comma = if self.word(left) == "," && self.lone_ing_form(trigger) {
            left
        } else if self.after_date_phrase(trigger) && self.ing_after_date(trigger) {
            trigger
        } else {
            return None;
        };
        let n = self.tokens.len();
        let own_date = (trigger + 1..n.min(trigger + REACH))
            .take_while(|&k| !is_clause_break(self.tokens, k))
            .any(|k| self.remove[k]);
        if own_date || !(comma.saturating_sub(2 * REACH)..comma).any(|k| self.dates_happening(k)) {
            return None;
        }
        let group = self.verb_before(comma)?;
        // The clause's subject is named: a verb with no subject of its own tells no chart.
        self.subject_of(group.start, 2)?;
        Some(self.clause_title(group, comma))
    }

    /// `tokens[trigger]` follows a date that a preposition opens ("in April 1669", "over the
    /// weekend"), which ends a clause. A date without one may describe the noun before it ("a
    /// rally Saturday demanding"), open a noun phrase ("the May 3 bombing") or be an adverb
    /// inside the verb group ("is now helping").
    fn after_date_phrase(&self, trigger: usize) -> bool {
        let first = self.removed_run_start(trigger, REACH);
        first < trigger
            && (self.class(first) == Class::Prep
                || first
                    .checked_sub(1)
                    .is_some_and(|p| self.introduces_date(p)))
    }

    /// `tokens[trigger]` is an "-ing" form right after a date that tells how the clause before
    /// went, read as a verb or as a noun, but not a noun with its "of" phrase ("the bombing of").
    fn ing_after_date(&self, trigger: usize) -> bool {
        matches!(self.class(trigger), Class::Verb | Class::Noun)
            && self.word(trigger + 1) != "of"
            && self.ing_of_its_own(trigger)
    }

    /// `tokens[trigger]` is an "-ing" verb form that tells a happening of its own: not one
    /// that prepositions, reports or describes the noun before it ("including", "adding
    /// that", "starting on Friday").
    fn lone_ing_form(&self, trigger: usize) -> bool {
        self.class(trigger) == Class::Verb && self.ing_of_its_own(trigger)
    }

    /// `tokens[trigger]` ends in "-ing" and is no form that prepositions, reports or describes.
    fn ing_of_its_own(&self, trigger: usize) -> bool {
        let token = &self.tokens[trigger];
        let listed = [
            Lex::ParticiplePrepositions,
            Lex::SpeakerParticiples,
            Lex::DescribingParticiples,
        ]
        .into_iter()
        .any(|lex| token.is_lex(lex));
        self.word(trigger).ends_with("ing") && !listed && !self.says(trigger)
    }

    /// `tokens[k]` is part of a date that may date a happening: not an adverb alone ("have
    /// slid lately").
    fn dates_happening(&self, k: usize) -> bool {
        let alone = k.checked_sub(1).is_none_or(|j| !self.remove[j])
            && !self.remove.get(k + 1).is_some_and(|&r| r);
        self.remove[k] && !(alone && self.word(k).ends_with("ly"))
    }

    /// The clause that ends at the comma `tokens[comma]` has a date after its verb, which may
    /// be the sentence's other date: its verb's title is that date's ("300 in 1821, rising
    /// to 4,500 in 1824"). A date before the verb dates the clause's start ("By May they had
    /// gained ground, taking the fort on 3 June"); an adverb alone ("have slid lately") dates
    /// no happening.
    fn dated_before(&self, comma: usize) -> bool {
        let Some(group) = self.verb_before(comma) else {
            return false;
        };
        (group.end..comma).any(|k| self.dates_happening(k))
    }

    /// The verb group of the clause that ends at `tokens[end]`, past an infinitive ("voted
    /// for a force to guard the port").
    fn verb_before(&self, end: usize) -> Option<Range<usize>> {
        (end.saturating_sub(REACH)..end)
            .rev()
            .filter(|&k| self.finite(k))
            .map(|k| self.verb_group_around(k))
            .find(|g| self.class(g.start) != Class::To)
    }

    /// `title` of the "-ing" form at `tokens[trigger]`, unless it ends on the form's verb
    /// where words stand before the date ("killing for example a judge in 1952" tells whom).
    fn told_whole(&self, trigger: usize, date: usize, title: String) -> Option<String> {
        let words = (trigger + 1..date).any(|k| !(self.skipped(k) || self.introduces_date(k)));
        let verb = past::of_ing(self.word(trigger))?;
        (!(words && title.ends_with(&verb))).then_some(title)
    }

    /// The subject of the clause in the past that ends at the comma `tokens[comma]`, none
    /// for one not in the past, or a subject that tells no chart who did it.
    fn subject_before(&self, comma: usize) -> Option<Subject> {
        let group = self.verb_before(comma)?;
        let past = !group.clone().any(|k| past::is_not_past(self.word(k)))
            && group
                .clone()
                .find(|&k| self.finite(k))
                .is_some_and(|k| self.class(k) == Class::Aux || is_participle(self.word(k)));
        if !past {
            return None;
        }
        let subject = self.subject_of(group.start, 2)?;
        // A relative pronoun or an unnamed pronoun tells no chart who did it.
        if let Subject::Words(words) = &subject
            && words.iter().all(|&w| self.class(w) == Class::Sub)
        {
            return None;
        }
        Some(subject)
    }

    /// `subject`, the past `verb` of the "-ing" form at `tokens[trigger]`, then the phrases
    /// of its clause.
    fn item_told(&self, trigger: usize, subject: &Subject, verb: &str) -> String {
        let n = self.tokens.len();
        let limit = (trigger + 1..n.min(trigger + REACH))
            .find(|&k| is_clause_break(self.tokens, k))
            .unwrap_or(n.min(trigger + REACH));
        let phrases = self.phrases_after(trigger + 1, limit, false);
        let mut title = self.render_subject(Some(subject));
        title.push_str(verb);
        self.finish(&self.add_phrases(title, &phrases))
    }
}
