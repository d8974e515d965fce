//! Titles of verbs of saying: a headline tells what was said, not that someone spoke. "Bush
//! told a news conference that the barricade might be extended" is about the barricade;
//! "Conditions appear to be deteriorating, the Foreign Office said" about the conditions.

use std::ops::Range;

use super::{Class, Lex, MAX_CHARS, REACH, Subject, Titles, is_quote};

impl Titles<'_> {
    /// The title of the clause that ends before a comma and `tokens[end]` ("Owners are buying
    /// new machinery, makers say"), if it has a verb of its own, and whether it was a quote
    /// ("``We are ready,'' Moreno said"), which keeps its speaker.
    pub(super) fn said_before(&self, end: usize) -> Option<(String, bool)> {
        let mut k = end;
        while k > 0 && end - k < 4 && self.class(k - 1) != Class::Punct {
            k -= 1;
        }
        // `said`, `,''`: the comma before a closing quote.
        let mut quoted = false;
        while k > 1 && (is_quote(self.word(k - 1)) || matches!(self.word(k - 1), "'" | "’")) {
            quoted = true;
            k -= 1;
        }
        if k == 0 || self.word(k - 1) != "," {
            return None;
        }
        let comma = k - 1;
        let verb = (comma.saturating_sub(REACH)..comma)
            .find(|&j| matches!(self.class(j), Class::Verb | Class::Aux))?;
        let group = self.verb_group_around(verb);
        let subject = self.subject_of(group.start, 1);
        let verb_words: Vec<usize> = group.clone().filter(|&k| !self.skipped(k)).collect();
        let phrases = self.phrases_after(group.end, comma, false);
        Some((
            self.assemble(subject.as_ref(), &verb_words, &phrases),
            quoted,
        ))
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
        let n = self.tokens.len();
        let end = limit.min(n).min(from + REACH);
        let that = (from..end.min(from + 12))
            // "said in a memo released Friday that": a participle may describe the
            // object, an auxiliary opens a clause.
            .take_while(|&k| !matches!(self.class(k), Class::Punct | Class::Aux))
            .find(|&k| self.word(k) == "that" && self.class(k) == Class::Sub);
        let object =
            that.is_some_and(|t| (from..t).any(|k| !(self.skipped(k) || self.introduces_date(k))));
        let mut start = that.map_or(from, |t| t + 1);
        // "said unless the party gave ground, it would split": what was said is the clause
        // after the condition, past its comma.
        // (The clause of the verb of saying ends before the condition.)
        let far = n.min(from + REACH);
        if let Some(sub) = (start..far).find(|&k| !(self.skipped(k) || self.introduces_date(k)))
            && self.class(sub) == Class::Sub
            && self.tokens[sub].is_lex(Lex::Subordinators)
            && !self.tokens[sub].is_lex(Lex::Complementisers)
            && !self.tokens[sub].is_lex(Lex::WhRelatives)
        {
            // Without its comma, where the condition ends is not told.
            start = (sub + 1..far).find(|&k| self.word(k) == ",")? + 1;
        }
        let (group, subject) = self.reported_clause(start, end)?;
        // "vowed daily marches until the prisoners were freed": with no "that", a clause
        // after a preposition of time tells when, not what was said.
        if that.is_none()
            && (start..group.start).any(|k| self.tokens[k].is_lex(Lex::TimePrepositions))
        {
            return None;
        }
        let mut subject = subject?;
        // "said that talks ...": "that" read as a determiner opens what was said.
        if let Subject::Words(words) = &mut subject
            && words.first().is_some_and(|&w| {
                self.word(w) == "that"
                    && (from..w).all(|k| self.skipped(k) || self.introduces_date(k))
            })
        {
            words.remove(0);
        }
        // "The father said he wants": who says is who "he" is, named or not; not when the
        // one told could be ("warned federal agents that they should expect").
        let mut resolved = false;
        if let (Subject::Words(words), Some(Subject::Words(who))) = (&subject, speaker)
            && let [pronoun] = words[..]
            && self.tokens[pronoun].is_lex(Lex::ResolvablePronouns)
            && self.candidate(who).plural == (self.word(pronoun) == "they")
            // "Murray said ... it would split": "it" is no person.
            && !(self.word(pronoun) == "it" && self.candidate(who).who == super::subject::Who::Person)
            && !that.is_some_and(|t| self.told_could_be(from, t, self.word(pronoun)))
        {
            subject = Subject::Words(who.clone());
            resolved = true;
        }
        // "Acme Widget Makers of Texas said it had built ...": a pronoun that stands for the
        // speaker, found as the speaker's words or name, is the speaker.
        let pronoun = (start..group.start)
            .rfind(|&k| !(self.skipped(k) || self.introduces_date(k)))
            .is_some_and(|k| self.tokens[k].is_lex(Lex::ResolvablePronouns));
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
        let own = match &subject {
            Subject::Words(words) => resolved || words.first().is_some_and(|&w| w >= start),
            Subject::Named(_) => true,
        };
        // "said its troops would join": "its" needs the speaker.
        let owner_pronoun = (start..group.start)
            .find(|&k| !(self.skipped(k) || self.introduces_date(k)))
            .is_some_and(|k| self.tokens[k].is_lex(Lex::OwnerPronouns));
        if !own || owner_pronoun {
            return None;
        }
        let verb_words: Vec<usize> = group
            .clone()
            .filter(|&k| !self.skipped(k) && !self.introduces_date(k) && !is_quote(self.word(k)))
            .collect();
        // "said they had concluded that Vance fired": what was concluded too.
        let says = group
            .clone()
            .rev()
            .find(|&k| self.class(k) == Class::Verb)
            .is_some_and(|k| self.says(k));
        let phrases = self.phrases_after(group.end, self.limit_after(&group, limit), says);
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
        (object || !whole || attributed.chars().count() > MAX_CHARS).then_some(report)
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

    /// The object between a verb of saying and its "that" (`tokens[from..that]`) agrees with
    /// `pronoun`: a plural noun for "they", a name for "he" or "she".
    fn told_could_be(&self, from: usize, that: usize, pronoun: &str) -> bool {
        (from..that).any(|k| {
            let word = self.word(k);
            !(self.skipped(k) || self.introduces_date(k))
                && match pronoun {
                    "they" => {
                        self.class(k) == Class::Noun && word.ends_with('s') && !word.ends_with("ss")
                    }
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
