//! Quotations and what a verb of saying reports past a break. In the clause a quotation opens
//! before `," X said`, an "-ing" form right after the mark is a gerund subject, whose verb
//! follows its phrase and any relative clause between commas ("Working late, which we all
//! did, is over"); a verb of saying right after the quotation has its speaker after it.

use std::ops::Range;

use super::{Class, Lex, MAX_CHARS, REACH, Subject, Titles};

impl Titles<'_> {
    /// The first word inside the quotation that closes at `tokens[comma]`, when its opening
    /// mark is within [`REACH`] before it.
    pub(super) fn quote_opening(&self, comma: usize) -> Option<usize> {
        (comma.saturating_sub(REACH)..comma)
            .rev()
            .find(|&j| self.quote_mark(j) || self.word(j) == "`")
            .filter(|&j| self.word(j) != "'" && self.word(j) != "’")
            .map(|j| j + 1)
            .filter(|&j| j < comma && !self.quote_mark(j) && self.word(j) != "`")
    }

    /// The gerund phrase that opens a quotation at `tokens[first]` and the verb of its clause,
    /// before `tokens[comma]`: "Working late, which we all did, is over" → ("Working late",
    /// "is"). None when `first` is no "-ing" verb or no verb with a tense follows its phrase.
    pub(super) fn gerund_subject(&self, first: usize, comma: usize) -> Option<(Vec<usize>, usize)> {
        if self.class(first) != Class::Verb || !self.word(first).ends_with("ing") {
            return None;
        }
        // The phrase runs to the first break or verb with a tense.
        let end = (first + 1..comma)
            .find(|&k| {
                self.class(k) == Class::Punct || self.finite(k) || self.class(k) == Class::Sub
            })
            .unwrap_or(comma);
        let phrase: Vec<usize> = (first..end).filter(|&k| !self.skipped(k)).collect();
        let mut at = end;
        // ", which ... ,": an aside that describes the phrase.
        if self.word(at) == ","
            && self
                .tokens
                .get(at + 1)
                .is_some_and(|t| t.is_lex(Lex::WhRelatives))
        {
            at = (at + 2..comma).find(|&k| self.word(k) == ",")? + 1;
        }
        let verb = (at..comma).find(|&k| !self.skipped(k))?;
        (self.finite(verb) && phrase.len() > 1).then_some((phrase, verb))
    }
}

impl Titles<'_> {
    /// The verb at `tokens[verb]` follows the comma and the mark that close a quotation:
    /// `," said a copy of the letter`. Its speaker follows it. Only when the quotation's
    /// clause was read whole, its subject from the opening mark ("No one came" keeps "No").
    pub(super) fn says_after_quote(&self, verb: usize) -> bool {
        self.quote_before(verb).is_some_and(|comma| {
            let said = self.said_clause_before(verb);
            let first = said.and_then(|s| match s.subject {
                Some(Subject::Words(words)) => words.first().copied(),
                _ => None,
            });
            first.is_some() && first == self.quote_opening(comma)
        })
    }

    /// The comma before the marks right before `tokens[verb]`.
    pub(super) fn quote_before(&self, verb: usize) -> Option<usize> {
        let mark = |j: usize| self.quote_mark(j) || matches!(self.word(j), "'" | "’");
        let marks = (verb.saturating_sub(2)..verb)
            .rev()
            .take_while(|&j| mark(j))
            .count();
        (marks > 0 && verb > marks && self.word(verb - marks - 1) == ",").then(|| verb - marks - 1)
    }
}

impl Titles<'_> {
    /// What a verb of saying whose clause (`group` and what follows it up to `limit`) tells
    /// only where or to whom reports past a break: a colon ("said from her home in Leeds: the
    /// vote was fair") or a comma right after the clause's date ("told a crowd in Leeds on
    /// Monday, the vote was fair"). "I" at the start of what was said is the speaker.
    pub(super) fn said_past_break(
        &self,
        subject: Option<&Subject>,
        group: &Range<usize>,
        limit: usize,
        title: &str,
    ) -> Option<String> {
        let n = self.tokens.len();
        let far = n.min(group.end + REACH);
        // "Since the plan was announced on Monday, they said": the comma ends the clause the
        // verb is in. After a date, only the one told comes before the comma ("told a crowd").
        let told = group
            .clone()
            .rev()
            .find(|&k| self.class(k) == Class::Verb)
            .is_some_and(|k| self.tokens[k].is_lex(Lex::AddresseeVerbs));
        // Asked of a verb of telling only: a walk from the sentence's start.
        let opened = told
            && (0..group.start).any(|k| {
                self.class(k) == Class::Sub || self.tokens[k].is_lex(Lex::TimePrepositions)
            });
        // Only phrases between: no verb with a tense, no clause opener.
        let brk = (group.end..far)
            .take_while(|&k| !(self.finite(k) || self.class(k) == Class::Sub))
            .find(|&k| {
                self.word(k) == ":"
                    || (told
                        && !opened
                        && self.word(k) == ","
                        && k >= limit
                        && k > 0
                        && self.remove[k - 1])
            })?;
        let start = (brk + 1..n.min(brk + 4))
            .find(|&k| !(self.quote_mark(k) || matches!(self.word(k), "`" | "'" | "’")))?;
        let report = self.said_after(subject, start, n.min(start + REACH), title, true)?;
        // A report framed by its speaker would need the verb of saying, before the break.
        let speaker = self.render_subject(subject);
        if !speaker.is_empty() && report.starts_with(speaker.as_str()) {
            return None;
        }
        // "We" and generic "one" are the named speaker's side: told after what was said.
        let first = report.split([' ', '\'', '\u{2019}']).next().unwrap_or("");
        let named = || match subject {
            Some(Subject::Named(_)) => true,
            Some(Subject::Words(words)) => self.opens_with_name(words),
            None => false,
        };
        if matches!(first, "We" | "One") && named() {
            let told = format!("{report}, {speaker}said");
            if told.chars().count() <= MAX_CHARS {
                return Some(told);
            }
        }
        match (report.strip_prefix("I "), subject) {
            (Some(rest), Some(_)) => Some(format!("{speaker}{rest}")),
            _ => Some(report),
        }
    }
}
