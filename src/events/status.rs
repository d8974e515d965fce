//! Whether an event happened, is planned, or is only reported, from the grammar of its sentence.
//!
//! Planned: the event lies ahead of the reference date. Its date starts after it, or the clause
//! before the event word speaks of a plan ("will", "set to", "is to", "plans to", "scheduled")
//! and the date does not lie wholly before it ("the vote was scheduled in 2012" happened). A
//! history has no reference date for status, so nothing in it is planned.
//!
//! Reported: the sentence attributes the happening to a source. An adverb or adjective does so
//! anywhere ("reportedly", "the alleged attack"), as does "according to"; a verb of saying in
//! the active voice ("officials said", "X says") attributes the other events of its sentence,
//! not a saying, unless a pronoun follows it ("the company said it sold": its own deed); "reported", "claimed" attribute only before `that` or `by` ("X
//! reported that", "as reported by"), and a passive only before `to` ("is said to", "was
//! reported to have"): "was reported missing" and "the company reported a loss" happened.
//! A plan wins over a report: "is reportedly set to visit" is still a plan. An event noun in
//! what is said names a happening the speaker takes as known ("said last week's finding of
//! a ledger was a turning point", "the August 7 bombings"): it is no report of the source.

use std::ops::Range;

use chrono::NaiveDate;

use super::chunk::Lex;
use super::detect::is_past_form;
use super::words::{
    AUXILIARIES, CLAIM_NOUNS, CLAIM_SUBJECTS, CLAUSE_OPENERS, COPULAS, DETERMINERS, IRREGULAR_PAST,
    PASSIVE_REPORT_VERBS, PLAN_BEFORE_TO, PLAN_WORDS, PREPOSITIONS, PRONOUNS, REPORT_VERBS,
    REPORT_WORDS, SAID_CLAUSE_OPENERS, SAYING_VERBS, SCENE_OPENERS, Token, TokenKind,
};
use crate::timeline::Status;
use crate::timeline::date::TimelineDate;

/// The status of an event dated `date`, whose clause up to the event word speaks of a plan
/// (see [`Plans`]) or not, and which its sentence attributes to a source (see [`Attribution`])
/// or not; `after_date`: the date follows "after", so the event comes later.
#[must_use]
pub fn status(
    planned_words: bool,
    date: &TimelineDate,
    reference: Option<NaiveDate>,
    reported: bool,
    after_date: bool,
) -> Status {
    // "will begin training after Christmas", told the day after it: a plan for after a date
    // lies ahead, however near that date is.
    let ahead = reference.is_some_and(|r| {
        date.first_day() > r || (planned_words && (date.last_day() >= r || after_date))
    });
    if ahead {
        Status::Planned
    } else if reported {
        Status::Reported
    } else {
        Status::Happened
    }
}

/// Where the words of a sentence speak of a plan ("will", "set to", "upcoming"), so that
/// asking for a stretch of it costs one lookup, however many events share the stretch.
pub struct Plans<'t> {
    tokens: &'t [Token],
    /// `last_start[i]`: the last first token of a plan cue that ends at or before `tokens[i]`,
    /// read as far as asked.
    last_start: Vec<Option<usize>>,
    /// The last word read, if it comes before "to" in a plan ("set to").
    before_to: Option<usize>,
}

impl<'t> Plans<'t> {
    #[must_use]
    pub fn new(tokens: &'t [Token]) -> Self {
        Self {
            tokens,
            last_start: Vec::with_capacity(tokens.len()),
            before_to: None,
        }
    }

    /// "Today the hearings will begin", "the containment dome will be lowered": the noun at
    /// `tokens[noun]` is in a subject (no preposition opens its phrase: "a spill from last
    /// week's blast is expected to" plans no blast) whose verb group, after the subject's
    /// other nouns, speaks of a plan ("the announcement that he will" is no subject's).
    pub fn after_subject(&mut self, noun: usize) -> bool {
        let tokens = self.tokens;
        let in_phrase = |t: &&Token| t.kind == TokenKind::Possessive || t.is_word();
        let governed = tokens[noun.saturating_sub(SUBJECT_REACH)..noun]
            .iter()
            .rev()
            .take_while(in_phrase)
            .any(|t| t.is(PREPOSITIONS));
        let reach = tokens.len().min(noun + 1 + SUBJECT_PLAN_REACH);
        let verb_group = (noun + 1..reach)
            .find(|&k| !tokens[k].is_word() || !is_plain_noun(&tokens[k]))
            .filter(|&k| {
                let t = &tokens[k];
                t.is(PLAN_WORDS) || t.is(AUXILIARIES) || t.is(COPULAS)
            });
        match verb_group {
            Some(k) if !governed => self.within(k, reach - 1),
            _ => false,
        }
    }

    /// The words of `tokens[from..=trigger]` speak of a plan.
    pub fn within(&mut self, from: usize, trigger: usize) -> bool {
        while self.last_start.len() <= trigger {
            let i = self.last_start.len();
            let t = &self.tokens[i];
            let mut last = self.last_start.last().copied().flatten();
            if t.is_word() {
                if t.is(PLAN_WORDS) {
                    last = Some(i);
                } else if t.lower == "to" && self.before_to.is_some() {
                    last = self.before_to;
                }
                self.before_to = t.is(PLAN_BEFORE_TO).then_some(i);
            }
            self.last_start.push(last);
        }
        self.last_start[trigger].is_some_and(|s| s >= from)
    }
}

/// A word that may go on a subject's noun phrase: no word of plans, tense or clauses. A
/// preposition after the noun may ("the hearings in Leeds will"): one before it is asked apart.
fn is_plain_noun(t: &Token) -> bool {
    !(t.is(PLAN_WORDS)
        || t.is(AUXILIARIES)
        || t.is(COPULAS)
        || t.is(PRONOUNS)
        || t.is(DETERMINERS)
        || t.is(CLAUSE_OPENERS)
        || t.lower == "that")
}

/// How many words before a noun its subject's phrase is searched for a preposition: "from
/// last week's offshore rig blast".
const SUBJECT_REACH: usize = 6;

/// How many words after a subject's noun may close a plan of its verb group: "dome will",
/// "talks are set to".
const SUBJECT_PLAN_REACH: usize = 4;

/// What in a sentence attributes its events to a source, read once for the sentence.
#[derive(Debug, Default)]
pub struct Attribution {
    /// An adverb, "according to" or a passive "is said to": every event is attributed.
    all: bool,
    /// The token ranges that verbs of saying attribute (what is said), sorted and disjoint.
    content: Vec<Range<usize>>,
    /// Every verb of saying, ascending: a saying is itself no report.
    speech: Vec<usize>,
    /// The verbs of saying after what they say, ascending.
    closing: Vec<usize>,
}

/// How many words after a verb of saying its `that` may come: "told employees in its Crum &
/// Forster personal insurance operations that".
const THAT_REACH: usize = 12;

/// How many words after the verb of what is said, with no subject of its own ("the team the
/// coach said would win the cup lost"), the main verb may come: the search stops there, so a
/// transcript of such sayings is read in linear time.
const GAPPED_REACH: usize = 12;

/// How many words a trailing attribution ("..., the government reported on Friday.") may hold
/// on each side of its verb.
const TRAILING_WORDS: usize = 6;
/// How many tokens before a verb of saying are searched for the comma or quote that closes
/// what it attributes: the words and what may stand between them.
const TRAILING_REACH: usize = 4 * TRAILING_WORDS;

impl Attribution {
    #[must_use]
    pub fn new(tokens: &[Token]) -> Self {
        // Most dated sentences attribute nothing: one look at each token's list bits says so.
        let attributes = tokens.iter().any(|t| {
            t.is(REPORT_WORDS)
                || t.is(CLAIM_NOUNS)
                || t.is(SAYING_VERBS)
                || t.is(REPORT_VERBS)
                || t.is(PASSIVE_REPORT_VERBS)
                || t.lower == "according"
        });
        if !attributes {
            return Self::default();
        }
        // Room for every token at once: collected one by one, the list grew several times.
        let mut words: Vec<usize> = Vec::with_capacity(tokens.len());
        words.extend((0..tokens.len()).filter(|&i| tokens[i].is_word()));
        let word = |k: usize| words.get(k).map_or("", |&i| tokens[i].lower.as_str());
        // Whether word `k` is in `list`; no word past the end is.
        let listed = |k: usize, list| words.get(k).is_some_and(|&i| tokens[i].is(list));
        // "a rump state under Vichy", "the report that ...": the plain form of a verb of
        // reporting is a noun unless its subject (a plural, a pronoun) or an auxiliary or `to`
        // comes right before it ("officials claim", "they report", "would state").
        let report_noun = |k: usize| {
            let w = word(k);
            let plain = !w.ends_with('s') && !w.ends_with("ed");
            let verb_before = k > 0
                && (listed(k - 1, PRONOUNS)
                    || listed(k - 1, AUXILIARIES)
                    || matches!(word(k - 1), "to" | "not")
                    || word(k - 1).ends_with('s'));
            plain && !verb_before
        };
        // No punctuation stands between word `n` and the word before it.
        let unbroken = |n: usize| {
            n > 0
                && n < words.len()
                && tokens[words[n - 1] + 1..words[n]]
                    .iter()
                    .all(|t| t.kind != TokenKind::Punct)
        };
        // "claims" and "reports" are nouns after an article, a possessive, a preposition, "be"
        // or a past form ("denied reports that", "there were reports that"), verbs after their
        // subject ("officials claim").
        let claim_noun = |k: usize| {
            k > 0
                && unbroken(k)
                && (listed(k - 1, DETERMINERS)
                    || listed(k - 1, PREPOSITIONS)
                    || listed(k - 1, COPULAS)
                    || listed(k - 1, IRREGULAR_PAST)
                    || word(k - 1).ends_with("ed")
                    || tokens[words[k] - 1].kind == TokenKind::Possessive)
        };
        // Where the clause a claim noun at word `k` tells opens: after "that" ("allegations
        // that the firm dumped waste"), or right after the noun when a subject pronoun opens it
        // ("claims he failed to act"). None for a relative clause, whose subject is missing
        // ("reports that surfaced") or whose verb lacks its object ("the claims he made in
        // May").
        let subject = |n: usize| listed(n, CLAIM_SUBJECTS);
        let claimed_clause = |k: usize| {
            let mut n = k + 1;
            if word(n) == "that" && unbroken(n) {
                n += 1;
            } else if !subject(n) {
                return None;
            }
            if !unbroken(n) {
                return None;
            }
            if subject(n) {
                let mut verb = n + 1;
                while listed(verb, AUXILIARIES) || word(verb) == "not" {
                    verb += 1;
                }
                let next = verb + 1;
                let gap = !unbroken(next) || (listed(next, PREPOSITIONS) && word(next) != "to");
                return (!gap).then_some(n);
            }
            // A subject of its own: an article or determiner, a name or a number.
            let own = listed(n, DETERMINERS)
                || tokens[words[n]].capitalized
                || word(n).starts_with(|c: char| c.is_ascii_digit());
            own.then_some(n)
        };
        // "The team the coach said would win lost": an auxiliary right after a verb of saying
        // leaves what is said without a subject of its own; its subject is the noun the
        // relative clause of the saying tells of, and the main verb follows the said verb
        // group, from the next auxiliary or past form on. The token where what is said ends
        // there; None when a subject follows the verb (or an "-ing" form, a subject itself:
        // "said having a son changed her").
        let gapped_end = |first: usize| {
            let gapped =
                listed(first, AUXILIARIES) && unbroken(first) && !word(first).ends_with("ing");
            if !gapped {
                return None;
            }
            let mut n = first;
            while listed(n, AUXILIARIES) && unbroken(n) {
                n += 1;
            }
            // Past the said verb itself. A clause of its own inside what is said ("has lacked
            // papers since it started"), or no main verb a few words on, leaves the end
            // unknown: what is said runs on.
            let opens_clause = |m: usize| {
                listed(m, CLAUSE_OPENERS) || listed(m, SCENE_OPENERS) || word(m) == "that"
            };
            let main = (n + 1..words.len().min(n + 1 + GAPPED_REACH)).find(|&m| {
                opens_clause(m)
                    || !unbroken(m)
                    || listed(m, AUXILIARIES)
                    || is_past_form(&tokens[words[m]])
            });
            Some(
                main.filter(|&m| !opens_clause(m))
                    .map_or(tokens.len(), |m| words[m]),
            )
        };
        let mut out = Self::default();
        // Where the last claim's clause ended (see below).
        let mut claim_break = 0;
        for (k, &at) in words.iter().enumerate() {
            // The next word is read only of the few words it tells about.
            let next = || word(k + 1);
            // "denied allegations that he took bribes": what a claim tells is reported, and
            // "claims" there is no verb of saying.
            if listed(k, CLAIM_NOUNS) && (!listed(k, REPORT_VERBS) || claim_noun(k)) {
                if let Some(clause) = claimed_clause(k) {
                    // "rumours that the mill shut -- Vexa then held": a dash, colon or
                    // semicolon ends what is claimed.
                    // The break found for an earlier claim serves every later one before it,
                    // so the sentence is read once however many claims it holds.
                    let from = words[clause];
                    if claim_break < from {
                        claim_break = tokens[from..]
                            .iter()
                            .position(|t| {
                                t.kind == TokenKind::Punct
                                    && matches!(t.lower.as_str(), "-" | "—" | "–" | ";" | ":")
                            })
                            .map_or(tokens.len(), |p| from + p);
                    }
                    out.content.push(from..claim_break);
                }
                continue;
            }
            let passive = k > 0 && (listed(k - 1, COPULAS) || word(k - 1) == "being");
            if listed(k, REPORT_WORDS) || (word(k) == "according" && next() == "to") {
                out.all = true;
                continue;
            } else if passive {
                out.all |= listed(k, PASSIVE_REPORT_VERBS) && next() == "to";
                continue;
            }
            // Mid-sentence capitals are names: "United States".
            if tokens[at].capitalized && k > 0 {
                continue;
            }
            // Only for a verb of saying or reporting: the walk back to the punctuation before
            // is as long as the sentence.
            let say_verb = listed(k, SAYING_VERBS);
            if !say_verb && (!listed(k, REPORT_VERBS) || report_noun(k)) {
                continue;
            }
            let trailing = trailing(tokens, at);
            let saying = say_verb || matches!(next(), "that" | "by") || trailing.is_some();
            if !saying {
                continue;
            }
            out.speech.push(at);
            if let Some((boundary, aside)) = trailing {
                // "..., the FBI said": what is said comes before; "X, the FBI said, made": around.
                out.content.push(0..boundary);
                out.closing.push(at);
                if aside {
                    out.content.push(at + 1..tokens.len());
                }
                continue;
            }
            // "The company said it sold the unit", "told employees in its insurance unit
            // that it is": the speaker tells its own deed. `that` is looked for up to the
            // clause's first punctuation.
            let unbroken = |n: usize| {
                tokens[words[n - 1] + 1..words[n]]
                    .iter()
                    .all(|t| t.kind != TokenKind::Punct)
            };
            let that = (k + 1..words.len().min(k + 1 + THAT_REACH))
                .take_while(|&n| unbroken(n))
                .find(|&n| word(n) == "that");
            let content = that.map_or(k + 1, |n| n + 1);
            if that.is_none()
                && let Some(end) = gapped_end(k + 1)
            {
                out.content.push(at + 1..end);
            } else if !listed(content, PRONOUNS) {
                out.content.push(at + 1..tokens.len());
            }
        }
        out.content.sort_by_key(|r| r.start);
        // Merged, so that one binary search answers.
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.content.len());
        for r in out.content.drain(..) {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        out.content = merged;
        out
    }

    /// The word at `tokens[event]` is a verb of saying after what it says: "..., X said".
    #[must_use]
    pub fn closes(&self, event: usize) -> bool {
        self.closing.binary_search(&event).is_ok()
    }

    /// A verb of saying comes before the word at `tokens[event]` and before what it says
    /// ("Netanyahu says gaps remain"), not after it ("..., sources said").
    #[must_use]
    pub fn said_before(&self, event: usize) -> bool {
        self.speech[..self.speech.partition_point(|&s| s < event)]
            .iter()
            .any(|s| self.closing.binary_search(s).is_err())
    }

    /// The event at `tokens[event]` is attributed to a source.
    #[must_use]
    pub fn reported(&self, event: usize) -> bool {
        if self.all {
            return true;
        }
        let k = self.content.partition_point(|r| r.end <= event);
        self.speech.binary_search(&event).is_err()
            && self.content.get(k).is_some_and(|r| r.contains(&event))
    }
}

/// How many words may stand between a date and the event noun it premodifies: "last month's
/// discovery", "the August 7 bombings", "Tuesday's scheduled vote".
const PREMODIFIER_REACH: usize = 2;

/// The event noun `tokens[noun]` comes right after the expression at byte span `timex`, in its
/// noun phrase ("last month's discovery", "the August 7 bombings"): a description of a
/// happening known by its date, which what is said takes as given, and reports nothing.
#[must_use]
pub fn presupposed(tokens: &[Token], timex: &Range<usize>, noun: usize) -> bool {
    let after = tokens.partition_point(|t| t.span.start < timex.end);
    after <= noun
        && noun - after <= PREMODIFIER_REACH
        && tokens[after..noun]
            .iter()
            .all(|t| t.kind == TokenKind::Possessive || (t.is_word() && !t.is(PREPOSITIONS)))
}

/// "..., the ministry announced on Monday, proof that", "'' said Carla Mendes, one of":
/// the verb of saying at `tokens[at]` closes what it attributes, which ends at a comma or
/// quote a few words before it, and a few words after it end the clause (or it follows the
/// comma or quote right away: its subject comes after it). The index of that
/// comma or quote, and whether the attribution is an aside within what is said ("Ms. Vell,
/// the board said, sold"): a subject before the verb, a comma right after it.
fn trailing(tokens: &[Token], at: usize) -> Option<(usize, bool)> {
    let punct = |t: &Token| t.kind == TokenKind::Punct;
    // Both walks stop a few tokens out: a transcript without punctuation has a verb of saying
    // every few words, and walking to the clause's ends from each made it quadratic.
    let before = (0..at)
        .rev()
        .take(TRAILING_REACH)
        .find(|&i| punct(&tokens[i]))?;
    let words_before = tokens[before + 1..at]
        .iter()
        .filter(|t| t.is_word())
        .count();
    let opens = matches!(tokens[before].lower.as_str(), "," | "'" | "\"" | "”" | "’");
    if !opens || words_before > TRAILING_WORDS || before == 0 {
        return None;
    }
    // "When the king visited Rome, the minister claimed ...": a clause of time that opens the
    // sentence and ends at this comma sets the scene of the saying, which frames what follows
    // it, not that clause.
    if tokens[0].is_word() && tokens[0].is(SCENE_OPENERS) && !tokens[1..before].iter().any(punct) {
        return None;
    }
    let after = &tokens[at + 1..];
    // ", Israel said it will act": a clause of its own after the verb is what it says, and
    // the saying closes nothing before it.
    if after
        .first()
        .is_some_and(|t| t.is_word() && t.is(SAID_CLAUSE_OPENERS))
    {
        return None;
    }
    // "Acme, which was founded in 1990, said on Monday it would": a verb of saying right
    // after the mark comes before its subject only when a subject follows it ("..., said a
    // guard"); a phrase that a preposition opens, or a day's name, is the verb's own, and
    // its subject is the one before the aside that the mark closes. That subject opens the
    // sentence (the saying is its own news), or follows what it says ("'...,' Ann Lee, the
    // firm's head, said in a letter").
    if words_before == 0
        && after
            .first()
            .is_some_and(|t| t.is_word() && (t.is(PREPOSITIONS) || t.is_lex(Lex::WeekdayNames)))
    {
        let said = (0..before)
            .rev()
            .take(TRAILING_REACH)
            .find(|&i| punct(&tokens[i]))
            .and_then(|open| {
                (0..open)
                    .rev()
                    .take(TRAILING_WORDS)
                    .find(|&i| punct(&tokens[i]))
            })?;
        return (said > 0).then_some((said, false));
    }
    let words_after = after
        .iter()
        .take(TRAILING_WORDS + 1)
        .take_while(|t| !punct(t))
        .count();
    let aside =
        words_before > 0 && words_after == 0 && after.first().is_some_and(|t| t.lower == ",");
    // "'' said a protester who ...": right after the quote, the verb comes before its subject.
    (words_before == 0 || words_after <= TRAILING_WORDS).then_some((before, aside))
}
