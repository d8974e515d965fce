//! Titles of verbs of saying: a headline tells what was said, not that someone spoke. "Mayor Lind
//! told a press briefing that the barricade might be extended" is about the barricade;
//! "Conditions appear to be deteriorating, the Foreign Office said" about the conditions.

use std::ops::Range;

use super::claim::Said;
use super::{Class, Lex, MAX_CHARS, REACH, Subject, Titles, ends_in_plural_s};
use crate::events::words::{ARTICLES, COPULAS};

mod main_verb;

impl Titles<'_> {
    /// The title of the clause that ends before a comma and `tokens[end]` ("Owners are buying
    /// new machinery, makers say"), if it has a verb of its own, and whether it was a quote
    /// ("``We are ready,'' Moreno said"), which keeps its speaker.
    pub(super) fn said_before(&self, end: usize) -> Option<(String, bool)> {
        let said = self.said_clause_before(end)?;
        let title = self.assemble(said.subject.as_ref(), &said.verb, &said.phrases);
        Some((title, said.quoted))
    }

    /// The parts of [`Self::said_before`]'s title.
    pub(super) fn said_clause_before(&self, end: usize) -> Option<Said> {
        let mut k = end;
        while k > 0 && end - k < 4 && self.class(k - 1) != Class::Punct {
            k -= 1;
        }
        // `said`, `,''`: the comma before a closing quote.
        let mut quoted = false;
        while k > 1 && (self.quote_mark(k - 1) || matches!(self.word(k - 1), "'" | "’")) {
            quoted = true;
            k -= 1;
        }
        if k == 0 || self.word(k - 1) != "," {
            return None;
        }
        let comma = k - 1;
        let opening = quoted.then(|| self.quote_opening(comma)).flatten();
        if let Some((phrase, verb)) = opening.and_then(|o| self.gerund_subject(o, comma)) {
            let group = self.verb_group_around(verb);
            return Some(Said {
                subject: Some(Subject::Words(phrase)),
                verb: group.clone().filter(|&k| !self.skipped(k)).collect(),
                phrases: self.phrases_after(group.end, comma, false),
                group,
                quoted,
            });
        }
        let verb = (comma.saturating_sub(REACH)..comma)
            .find(|&j| matches!(self.class(j), Class::Verb | Class::Aux))?;
        let verb = self.past_preposed_clause(verb, comma);
        let verb = self.past_opening_participle(verb, comma);
        let participle = verb;
        let verb = self.past_describing_participle(verb, comma);
        let verb = self.past_relative_aside(verb, comma);
        let group = self.verb_group_around(verb);
        // The noun the participle describes is the subject the walk back may not reach.
        let described = (verb != participle && participle > 0 && self.class(verb) == Class::Verb)
            .then(|| participle - 1)
            .filter(|&b| matches!(self.class(b), Class::Noun | Class::Name));
        let subject = match described {
            Some(b) => Some(Subject::Words(self.noun_phrase_ending_at(b))),
            None => self.subject_of(group.start, 1),
        };
        // `"It is a disaster zone," Roe said`: in a quote, "it" is what the speaker speaks
        // of, not a name of the sentences before.
        let it = self
            .left_past_skipped(group.start)
            .filter(|&b| self.word(b).split(['\'', '\u{2019}']).next() == Some("it"));
        let subject = match (subject, it) {
            (Some(Subject::Named(_)), Some(b)) if quoted => Some(Subject::Words(vec![b])),
            // `"Today showed ...," Roe said`: the subject is not the speaker after the verb.
            (Some(Subject::Words(words)), _) if words.first() > Some(&comma) => return None,
            (subject, _) => subject,
        };
        let verb: Vec<usize> = group.clone().filter(|&k| !self.skipped(k)).collect();
        let phrases = self.phrases_after(group.end, comma, false);
        Some(Said {
            subject,
            group,
            verb,
            phrases,
            quoted,
        })
    }

    /// The title of what a verb of saying ending at `tokens[from]` reports, with a subject
    /// and a verb of its own: "said (that) the troops will remain", "told reporters that
    /// ...". `attributed` is the title with the speaker; the report alone is the title when
    /// the speaker's words leave out part of it, or when an object ("a news conference")
    /// stands between the verb and "that". None when nothing with its own subject follows.
    /// `nested` lets what is reported be a report in turn, one level down.
    pub(super) fn said_after(
        &self,
        speaker: Option<&Subject>,
        from: usize,
        limit: usize,
        attributed: &str,
        nested: bool,
    ) -> Option<String> {
        // "said 2014 would bring the weakest growth": a bare date right before the verb of what
        // was said is its subject, which the title keeps.
        let dated = self
            .date_said_of(from)
            .filter(|_| self.kept_date.get() == (0, 0));
        let report = || self.said_after_now(speaker, from, limit, attributed, nested, dated);
        match dated {
            Some(date) => self.keeping(date, report),
            None => report(),
        }
    }

    /// [`said_after`](Self::said_after), with `dated` the date kept as the subject of what
    /// was said.
    fn said_after_now(
        &self,
        speaker: Option<&Subject>,
        from: usize,
        limit: usize,
        attributed: &str,
        nested: bool,
        dated: Option<(usize, usize)>,
    ) -> Option<String> {
        let n = self.tokens.len();
        let mut end = limit.min(n).min(from + REACH);
        let that = self.that_after(from, end.min(from + 12), n.min(from + 12));
        // Past a name set off after a "by" agent, what was said runs to its own clause break.
        if let Some(t) = that.filter(|&t| t >= end) {
            let far = n.min(from + REACH);
            end = (t..far)
                .find(|&k| super::is_clause_break(self.tokens, k))
                .unwrap_or(far);
        }
        // "told a packed hall the nation must act": with no "that" read as one, what was said
        // opens after the one told.
        let told = that.or_else(|| self.past_addressee(from, end));
        let object =
            told.is_some_and(|t| (from..t).any(|k| !(self.skipped(k) || self.introduces_date(k))));
        let mut start = match told {
            Some(t) if that.is_some() || self.word(t) == "that" => t + 1,
            Some(t) => t,
            None => from,
        };
        // Where the one told ends: a condition after it is part of what was said.
        let heard = start;
        // "said unless the party gave ground, it would split": what was said is the clause
        // after the condition, past its comma.
        // (The clause of the verb of saying ends before the condition.)
        let far = n.min(from + REACH);
        let first = (start..far).find(|&k| !(self.skipped(k) || self.introduces_date(k)));
        let mut after_condition = false;
        if let Some(sub) = first
            && self.class(sub) == Class::Sub
            && self.tokens[sub].is_lex(Lex::PreposedSubordinators)
        {
            after_condition = true;
            let comma = (sub + 1..far).find(|&k| self.word(k) == ",");
            start = match self.clause_after_condition(sub, comma.unwrap_or(far)) {
                Some(subject) => subject,
                // `"awful,"`: the comma may stand before a closing quote.
                None => (comma? + 1..far)
                    .find(|&k| !(self.quote_mark(k) || matches!(self.word(k), "'" | "’")))?,
            };
        }
        // "was told on Tuesday, it would need to leave": a comma that only closes the
        // date, before the subject of what was said.
        // (Not where the comma ends a clause, opened by a subordinator or a preposition of
        // time, that the verb of saying is in: "Since the ruling was issued Thursday,
        // they have said".)
        if that.is_none()
            && !(0..from).any(|k| {
                self.class(k) == Class::Sub || self.tokens[k].is_lex(Lex::TimePrepositions)
            })
            && let Some(comma) = first
                .filter(|&k| k > start && self.word(k) == "," && (start..k).any(|j| self.remove[j]))
            && self
                .classes
                .get(comma + 1)
                .is_some_and(|&c| matches!(c, Class::Pron | Class::Det))
        {
            start = comma + 1;
        }
        let (group, subject) = self.reported_clause(start, end)?;
        // "plans to report a loss of $2 million linked to the sale": with no "that", a
        // participle that describes the noun before it is no verb of what was said.
        if that.is_none() && self.described_object_group(&group).is_some() {
            return None;
        }
        // "warned all the guilds not to break the accord": with no "that", an infinitive after
        // the one told says what they are to do, no clause with a tense of its own ("All the
        // guilds not to break the accord" tells nothing): the speaker's title tells it.
        if that.is_none() && self.told_to_do(from, &group) {
            return None;
        }
        // "unveiled plans to sell its mills": with no "that", an infinitive right after a noun
        // completes the noun, the object of the verb of saying, and tells no clause of its own:
        // the speaker's title stands, if it holds the infinitive.
        let before = self.left_past_skipped(group.start);
        let completes = |words: &Vec<usize>| {
            before.is_some_and(|b| words.contains(&b))
                && words.iter().all(|&k| self.class(k) != Class::Prep)
        };
        if that.is_none()
            && self.class(group.start) == Class::To
            && attributed.contains(&self.join(&group.clone().collect::<Vec<_>>()))
            && matches!(&subject, Some(Subject::Words(words)) if completes(words))
        {
            return None;
        }
        // "vowed daily marches until the prisoners were freed": with no "that", a clause
        // after a preposition of time tells when, not what was said.
        if that.is_none()
            && (start..group.start).any(|k| self.tokens[k].is_lex(Lex::TimePrepositions))
        {
            return None;
        }
        let mut subject = match dated {
            Some((date, verb)) if verb == group.start => Subject::Words((date..verb).collect()),
            _ => subject?,
        };
        // "said that while Acme's sales have been poor, the company is a bargain": the company
        // is the one the sentence names, never one named before it.
        if after_condition
            && matches!(subject, Subject::Named(_))
            && let Some(k) = self.left_past_skipped(group.start)
            && self.class(k) != Class::Pron
        {
            subject = Subject::Words(self.noun_phrase_ending_at(k));
        }
        // "unless the owners gave way the strike would spread": what was said starts at
        // `start`, even where the noun phrase read as its subject runs back past it.
        if let Subject::Words(words) = &mut subject
            && words.first().is_some_and(|&w| w < start)
            && words.last().is_some_and(|&w| w >= start)
        {
            words.retain(|&w| w >= start);
        }
        // "said that talks ...": "that" read as a determiner opens what was said.
        if let Subject::Words(words) = &mut subject
            && words.first().is_some_and(|&w| {
                self.word(w) == "that"
                    && (from..w).all(|k| self.skipped(k) || self.introduces_date(k))
            })
        {
            words.remove(0);
        }
        let plain = subject.clone();
        // "The father said he wants": who says is who "he" is, named or not; not when the
        // one told could be ("warned federal agents that they should expect").
        let mut resolved = false;
        if let (Subject::Words(words), Some(Subject::Words(who))) = (&subject, speaker)
            && let [pronoun] = words[..]
            && self.tokens[pronoun].is_lex(Lex::ResolvablePronouns)
            && self.candidate(who).plural == (self.word(pronoun) == "they")
            // "Murray said ... it would split": "it" is no person.
            && !(self.word(pronoun) == "it" && self.candidate(who).who == super::subject::Who::Person)
            && !told.is_some_and(|t| self.told_could_be(from, t, self.word(pronoun)))
        {
            subject = Subject::Words(who.clone());
            resolved = true;
        }
        // "Acme Widget Makers of Texas said it had built ...": a pronoun that stands for the
        // speaker, found as the speaker's words or name, is the speaker.
        let lead = (start..group.start)
            .rfind(|&k| !(self.skipped(k) || self.introduces_date(k)))
            .filter(|&k| self.tokens[k].is_lex(Lex::ResolvablePronouns));
        let pronoun = lead.is_some();
        // "Olsen told Brandt he could accept": "he" may be either man; the title keeps both
        // (with "that", the speaker's title would stop before it).
        if let Some(k) = lead
            && that.is_none()
            && matches!(subject, Subject::Named(_))
            && told.is_some_and(|t| self.told_could_be(from, t, self.word(k)))
        {
            return None;
        }
        if let Some(Subject::Words(who)) = speaker
            && pronoun
            && match &subject {
                Subject::Words(words) => words == who,
                Subject::Named(name) => name.text == self.candidate(who).text,
            }
        {
            subject = Subject::Words(who.clone());
            resolved = true;
        }
        // "the jobs that Acme said would be cut": the noun the speaker's relative clause
        // describes is the subject of what was said.
        let gapped = |words: &Vec<usize>| {
            self.left_past_skipped(group.start)
                .and_then(|k| self.gap_before_saying(group.start, k))
                .is_some_and(|gap| &gap == words)
        };
        let gap = matches!(&subject, Subject::Words(words) if gapped(words));
        let own = match &subject {
            Subject::Words(words) => resolved || words.first().is_some_and(|&w| w >= start) || gap,
            Subject::Named(_) => true,
        };
        // "said its troops would join": "its" needs the speaker.
        let owner_pronoun = (start..group.start)
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))
            .is_some_and(|k| self.tokens[k].is_lex(Lex::OwnerPronouns));
        if !own || owner_pronoun {
            return None;
        }
        // "the jobs that Acme said would be cut | were lost": the verb with a tense after
        // what was said of the noun is the main clause's, no part of the group.
        let group = match gap {
            true => {
                let main = (group.start + 1..group.end)
                    .find(|&k| self.finite(k) && self.class(k - 1) == Class::Verb);
                group.start..main.unwrap_or(group.end)
            }
            false => group,
        };
        let verb_words: Vec<usize> = group
            .clone()
            .filter(|&k| !self.skipped(k) && !self.introduces_date(k) && !self.quote_mark(k))
            .collect();
        // "said they had concluded that Vance fired": what was concluded too.
        let says = self.reports(&group);
        let limit_after = self.limit_after(&group, limit);
        let phrases = self.phrases_after(group.end, limit_after, says);
        // "said the gunman had shot and killed himself": two verbs share the object.
        let mut verb_words = verb_words;
        let phrases = self.with_shared_object(&group, limit_after, &mut verb_words, phrases);
        let report = self.assemble(Some(&subject), &verb_words, &phrases);
        // "officials said they had concluded that Vance fired the shots": a report in a report
        // is told by its inner clause when the outer one leaves part of it out.
        let report = match says && nested {
            true => self
                .said_after(Some(&subject), group.end, limit, &report, false)
                .unwrap_or(report),
            false => report,
        };
        let last_word = |t: &str| t.rsplit(' ').next().unwrap_or("").to_lowercase();
        let whole = last_word(attributed) == last_word(&report);
        // "we learned that ...": the reporter's frame.
        let frame = matches!(speaker, Some(Subject::Words(who))
            if who.len() == 1 && self.tokens[who[0]].is_lex(Lex::FramePronouns));
        // A date kept as the subject is missing from the speaker's words.
        let chosen =
            object || frame || dated.is_some() || !whole || attributed.chars().count() > MAX_CHARS;
        // "Police confirmed Friday that the car belonged to Barker": a state said is no
        // happening; saying it is. So is a prospect ("said Monday the party would split").
        if chosen
            && !frame
            && dated.is_none()
            && let Some(speaker) = speaker
        {
            let state = self.told_state(&group, &plain);
            if state || self.told_prospect(from, first.unwrap_or(heard), &group, &plain, resolved) {
                // "warned the board he would resign": the speaker's pronoun as written.
                let as_said = lead.filter(|_| !state).map(|k| Subject::Words(vec![k]));
                let told = as_said.as_ref().unwrap_or(&plain);
                if let Some(title) =
                    self.saying_of_state(speaker, (from, heard), told, &verb_words, &phrases)
                {
                    return Some(title);
                }
            }
            // "A report claims the economy is strong enough": a view keeps its source.
            if self.told_claim(from.checked_sub(1), &group, &plain, &phrases, resolved) {
                let told = lead.map_or(plain, |k| Subject::Words(vec![k]));
                let saying = self.saying_words(from, heard);
                if let Some(title) =
                    self.claim_title(speaker, &saying, &told, &verb_words, &phrases)
                {
                    return Some(title);
                }
            }
        }
        chosen.then_some(report)
    }

    /// The verb of saying that ends before `tokens[from]` takes an object and an infinitive
    /// ([`Lex::ObjectInfinitiveVerbs`]), and `group`, with its negation aside, is an
    /// infinitive: "warned the parties | not to break".
    fn told_to_do(&self, from: usize, group: &Range<usize>) -> bool {
        let infinitive = group
            .clone()
            .find(|&k| self.class(k) != Class::Neg)
            .is_some_and(|k| self.class(k) == Class::To);
        infinitive
            && from
                .checked_sub(1)
                .is_some_and(|v| self.tokens[v].is_lex(Lex::ObjectInfinitiveVerbs))
    }

    /// A bare date right after a verb of saying at `tokens[from]`, then a verb with a tense:
    /// the date is the subject of what was said ("said Tuesday would be the last day", not
    /// "said on Tuesday he would"). The date's tokens.
    fn date_said_of(&self, from: usize) -> Option<(usize, usize)> {
        // A passive verb of saying has what was said as its subject: "was discovered April 8
        // buried".
        let said = from
            .checked_sub(1)
            .filter(|&v| self.class(v) == Class::Verb)?;
        if self
            .verb_group_around(said)
            .any(|k| self.tokens[k].is(COPULAS))
        {
            return None;
        }
        // A date named by a name or a number ("Tuesday", "2001"), not a phrase ("a month ago").
        if !matches!(self.classes.get(from), Some(Class::Name | Class::Num)) {
            return None;
        }
        let n = self.tokens.len();
        let verb = (from..n.min(from + 8)).find(|&k| !self.remove[k])?;
        let bare = verb > from && (from..verb).all(|k| !self.introduces_date(k));
        (bare && self.finite(verb) && self.class(verb) != Class::To).then_some((from, verb))
    }

    /// The first word of the clause after a condition that has no comma of its own, with the
    /// condition's subordinator at `tokens[sub]`: "unless the guild gave way | the union
    /// would break", "once the envoy arrives | it will begin". The subject of a later verb
    /// group (its last determiner or pronoun), with the condition's verb or a subject and
    /// more before it; none when a break comes first (the comma then ends the condition).
    fn clause_after_condition(&self, sub: usize, end: usize) -> Option<usize> {
        let verb = |k: usize| matches!(self.class(k), Class::Verb | Class::Aux) && !self.remove[k];
        let stop = (sub + 1..end)
            .find(|&k| matches!(self.class(k), Class::Punct | Class::Sub | Class::Coord))
            .unwrap_or(end);
        (sub + 2..stop)
            .filter(|&k| verb(k) && !verb(k - 1))
            .find_map(|main| {
                let subject = (sub + 1..main)
                    .rev()
                    .take_while(|&k| {
                        self.skipped(k)
                            || self.class(k).in_noun_phrase()
                            || self.class(k) == Class::Pron
                    })
                    .find(|&k| matches!(self.class(k), Class::Det | Class::Pron))?;
                let pronoun = self.class(subject) == Class::Pron && subject > sub + 2;
                ((sub + 1..subject).any(verb) || pronoun).then_some(subject)
            })
    }

    /// The verb of saying after a participle aside between the speaker and it, when the
    /// participle is `group`: "Jo Pike, speaking after the vote on Monday, said the deal was
    /// dead" tells what Pike said; the aside only tells when.
    pub(super) fn said_after_aside(&self, group: &Range<usize>) -> Option<usize> {
        let first = group.start;
        if self.class(first) != Class::Verb || !self.word(first).ends_with("ing") {
            return None;
        }
        let comma = self
            .left_past_skipped(first)
            .filter(|&b| self.word(b) == ",")?;
        self.left_past_skipped(comma)
            .filter(|&b| matches!(self.class(b), Class::Noun | Class::Name))?;
        let n = self.tokens.len();
        let close = (group.end..n.min(group.end + REACH))
            .take_while(|&k| {
                self.class(k) != Class::Sub
                    && (self.class(k) != Class::Punct || self.word(k) == ",")
            })
            .find(|&k| self.word(k) == ",")?;
        let said = (close + 1..n.min(close + 8))
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))?;
        (self.finite(said) && self.says(said)).then_some(said)
    }

    /// The title of the verb group `group` (its words `verb`) left bare before "that", past
    /// its date, with the clause "that" opens and the verb's subject `speaker` as the source:
    /// "The judge ruled (that) the boy should go home", where "The judge ruled" tells nothing.
    /// None when the clause has no subject of its own words or the whole does not fit.
    pub(super) fn bare_before_that(
        &self,
        speaker: Option<&Subject>,
        group: &Range<usize>,
        verb: &[usize],
    ) -> Option<String> {
        let n = self.tokens.len();
        let that = (group.end..n.min(group.end + 8))
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))
            .filter(|&k| self.word(k) == "that")?;
        let start = that + 1;
        let (reported, subject) = self.reported_clause(start, n.min(start + REACH))?;
        // (A pronoun stays as written: "pledged he would stay".)
        let subject = subject.filter(
            |s| matches!(s, Subject::Words(words) if words.first().is_some_and(|&f| f >= start)),
        )?;
        let words: Vec<usize> = reported.clone().filter(|&k| !self.skipped(k)).collect();
        let far = n.min(reported.end + REACH);
        let end = (reported.end..far)
            .find(|&k| super::is_clause_break(self.tokens, k))
            .unwrap_or(far);
        let phrases = self.phrases_after(reported.end, end, false);
        // "the consensus was": a copula or an auxiliary that ends the title needs more.
        let bare = words
            .last()
            .is_none_or(|&k| self.class(k) == Class::Aux || self.tokens[k].is(COPULAS));
        if phrases.is_empty() && bare {
            return None;
        }
        self.claim_title(speaker?, verb, &subject, &words, &phrases)
    }

    /// The verb group of what is reported from `tokens[start]` on, and its subject: the first
    /// verb of the clause, or past a relative clause after the subject the verb whose subject
    /// is before it ("that 2,000 workers whose contracts had expired | would be laid off").
    fn reported_clause(&self, start: usize, end: usize) -> Option<(Range<usize>, Option<Subject>)> {
        // The relative pronoun, and whether its own verb was passed.
        let mut relative: Option<(usize, bool)> = None;
        // The noun a participle after it describes ("the car found near a river").
        let mut described = None;
        // A relative clause runs past the end of the reported clause.
        let end = end.max(self.tokens.len().min(start + REACH));
        let mut k = start;
        while k < end {
            match self.class(k) {
                Class::Sub
                    if relative.is_none()
                        && k > start
                        && self.tokens[k].is_lex(Lex::WhRelatives) =>
                {
                    relative = Some((k, false));
                }
                // "the bridge, which opened in 1990, will close": a relative clause between
                // commas describes the subject.
                Class::Punct
                    if self.word(k) == ","
                        && match relative {
                            None => {
                                k > start
                                    && self
                                        .tokens
                                        .get(k + 1)
                                        .is_some_and(|t| t.is_lex(Lex::WhRelatives))
                            }
                            Some((r, passed)) => passed && self.word(r - 1) == ",",
                        } => {}
                Class::Punct | Class::Sub => return None,
                Class::Verb | Class::Aux if !self.remove[k] => {
                    let group = self.verb_group_around(k);
                    match relative {
                        None if described.is_none() && self.reduced_participle(&group, end) => {
                            described = Some(group.start - 1);
                            k = group.end;
                            continue;
                        }
                        None => {
                            let subject = match described {
                                Some(noun) => {
                                    Some(Subject::Words(self.noun_phrase_ending_at(noun)))
                                }
                                None => self.subject_of(group.start, 0),
                            };
                            return Some((group, subject));
                        }
                        Some((r, false)) => {
                            relative = Some((r, true));
                            // "whose contracts had expired would be laid off": an auxiliary
                            // after the relative clause's verb opens the main verb group.
                            let main = (group.start + 1..group.end).find(|&j| {
                                self.class(j) == Class::Aux && self.class(j - 1) == Class::Verb
                            });
                            k = main.unwrap_or(group.end).max(k + 1);
                            continue;
                        }
                        Some((r, true)) => {
                            let group = k.max(group.start)..group.end;
                            let subject = self.subject_of(group.start, 0);
                            let before = matches!(&subject, Some(Subject::Words(words))
                                if words.first().is_some_and(|&f| f < r));
                            return before.then_some((group, subject));
                        }
                    }
                }
                _ => {}
            }
            k += 1;
        }
        None
    }

    /// Where what was said opens after the one told, with `tokens[from]` the first word after
    /// a verb that takes the hearer as its object (no "that" read as one): "told a packed hall
    /// | the nation must act", "warned them | prices would rise", "told the radio | that crews
    /// went in". The one told is a noun phrase, with the phrases after its noun; what was
    /// said opens with a determiner or a subject pronoun after its noun, or "that" (any word
    /// after a pronoun). None when no such break comes before a verb or a clause break.
    pub(super) fn past_addressee(&self, from: usize, end: usize) -> Option<usize> {
        let verb = self.left_past_skipped(from).filter(|&v| v + 1 == from)?;
        if !self.tokens[verb].is_lex(Lex::AddresseeVerbs) {
            return None;
        }
        // The last word of the one told read so far.
        let mut last: Option<usize> = None;
        for k in from..end.min(from + 12) {
            if self.skipped(k) || self.introduces_date(k) || self.quote_mark(k) {
                continue;
            }
            let class = self.class(k);
            let pronoun = |j: usize| self.tokens[j].is_lex(Lex::ObjectPronouns);
            let opens = self.opens_report(k)
                || self.word(k) == "that"
                || class == Class::Pron && !pronoun(k);
            match last {
                // "told her the news", "told her mother": "her" is only the one told alone.
                None if pronoun(k) && self.word(k) != "her" => {}
                None if matches!(class, Class::Det | Class::Noun | Class::Name | Class::Num) => {}
                Some(l) if pronoun(l) && (class.in_noun_phrase() || class == Class::Pron) => {
                    return Some(k);
                }
                Some(l) if opens && matches!(self.class(l), Class::Noun | Class::Name) => {
                    return Some(k);
                }
                // "told a crowd in Leeds": where the one told was; "warned him of the risk"
                // tells what of.
                Some(_)
                    if class.in_noun_phrase()
                        || class == Class::Coord
                        || self.tokens[k].is_lex(Lex::PlacePrepositions) => {}
                _ => return None,
            }
            last = Some(k);
        }
        None
    }

    /// The walk left of a noun phrase stops before `tokens[k]`, with `tokens[start]` next:
    /// the determiner at `start`, or the "that" at `k`, opens what was said after the one
    /// told ("told a packed hall | the nation must act", "told the radio | that police
    /// squads went in").
    pub(super) fn after_addressee(&self, start: usize, k: usize) -> bool {
        let opens = if self.word(k) == "that" {
            k
        } else if self.opens_report(start) {
            start
        } else {
            return false;
        };
        (opens.saturating_sub(12)..opens)
            .rev()
            .find(|&v| self.tokens[v].is_lex(Lex::AddresseeVerbs))
            .is_some_and(|v| self.past_addressee(v + 1, opens + 1) == Some(opens))
    }

    /// A determiner that opens a noun phrase of its own after a noun: an article, or one of
    /// [`Lex::PhraseOpeners`].
    fn opens_report(&self, k: usize) -> bool {
        self.tokens[k].is(ARTICLES) || self.tokens[k].is_lex(Lex::PhraseOpeners)
    }

    /// The "that" that opens what was said after a verb of saying ending before
    /// `tokens[from]`, searched up to `stop`, or up to `far` past a name set off after a
    /// "by" agent.
    fn that_after(&self, from: usize, stop: usize, far: usize) -> Option<usize> {
        let mut k = from;
        let mut aside = false;
        while k < far && (aside || k < stop || self.class(k) == Class::Punct) {
            if self.word(k) == "that" && self.class(k) == Class::Sub {
                return Some(k);
            }
            // "said in a memo released Friday that": a participle may describe the
            // object, an auxiliary opens a clause, a comma ends the search but for the name
            // set off after a "by" agent ("was told by her aide, Ruiz, that").
            k = match self.class(k) {
                Class::Aux => return None,
                Class::Punct => {
                    aside = true;
                    self.agent_aside_end(from, k)?
                }
                _ => k + 1,
            };
        }
        None
    }

    /// Past the name between the comma at `tokens[comma]` and the next one, when the comma
    /// follows a "by" agent after `tokens[from]`: "told by the mayor's aide, Ruiz, that".
    fn agent_aside_end(&self, from: usize, comma: usize) -> Option<usize> {
        let by = (from..comma).any(|k| self.word(k) == "by" && self.class(k) == Class::Prep);
        let n = self.tokens.len();
        let close = (comma + 1..n.min(comma + 5)).find(|&k| self.word(k) == ",")?;
        (by && self.word(comma) == ","
            && close > comma + 1
            && (comma + 1..close).all(|k| self.class(k) == Class::Name))
        .then_some(close + 1)
    }

    /// The object between a verb of saying and its "that" (`tokens[from..that]`) agrees with
    /// `pronoun`: a plural noun for "they", a name for "he" or "she". A "by" agent is who
    /// told, never the one told ("was told by Ruiz that he").
    fn told_could_be(&self, from: usize, that: usize, pronoun: &str) -> bool {
        (from..that).take_while(|&k| self.word(k) != "by").any(|k| {
            let word = self.word(k);
            !(self.skipped(k) || self.introduces_date(k))
                && match pronoun {
                    "they" => self.class(k) == Class::Noun && ends_in_plural_s(word),
                    "he" | "she" => self.class(k) == Class::Name,
                    _ => false,
                }
        })
    }

    /// The end of the stretch a verb group's phrases are read from: its clause, or the next
    /// clause break when the group runs past it.
    fn limit_after(&self, group: &Range<usize>, limit: usize) -> usize {
        if group.end < limit {
            return limit;
        }
        let n = self.tokens.len();
        (group.end..n.min(group.end + REACH))
            .find(|&k| super::is_clause_break(self.tokens, k))
            .unwrap_or(n.min(group.end + REACH))
    }
}
