//! Which event a temporal expression dates, within its sentence.
//!
//! Two rules, in order:
//! - an expression inside a noun phrase dates the phrase's head: "the 2019 Hanoi talks",
//!   "a failed 2019 Navy mission", "last year's election";
//! - otherwise the closest event, where closeness counts words, not characters, and every
//!   comma, bracket, quote or clause opener in between counts as several words (an
//!   expression rarely dates an event across a clause boundary). An expression after a
//!   preposition ("in 2019") attaches to what precedes it, one at the start of the sentence
//!   ("In 2019, talks ...") to what follows, as does one that ends a phrase opening the
//!   sentence ("In late trading Friday, shares rose"), or one followed by a second fronted
//!   phrase ("On 31 March, after a siege, the town fell"). An expression in a relative clause
//!   whose verb is no event word dates nothing before the clause, nor, when the clause is
//!   set off by a comma, after it.

use std::ops::Range;

use super::chunk::Lex;
use super::detect::{EventPos, is_past_form};
use super::words::{
    AUXILIARIES, CLAUSE_OPENERS, COMPARISON_OPENERS, DETERMINERS, MOMENT_CONJUNCTIONS,
    PREPOSITIONS, RELATIVE_PRONOUNS, SAYING_VERBS, Token, TokenKind,
};

mod clauses;
mod moments;
mod nouns;
mod relative;
mod terms;

pub(super) use clauses::moment_clause_after;
use clauses::{
    adjunct_end, as_of_degree, breaks_clause, clause_has_verb_before, described_subject_end,
    ends_opening_phrase, fronts_clause, in_adjunct, in_participle_clause, is_boundary,
    opens_clause, opens_own_clause, relative_between, reporting_tag_after, when_aside_start,
};
use moments::{close_time_main_verb, past_fronted_adjunct, when_clause_verb};
pub(super) use nouns::comma_closes_date;
use nouns::{dates_a_maturity, dates_a_thing, dates_a_topic, dates_an_origin, premodified_noun};
use relative::{closes_relative_aside, in_stative_relative, relative_aside_end};
use terms::NounTime;
pub(super) use terms::noun_time;

/// Why an event was chosen; the extractor turns it into a confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRule {
    /// The expression modifies the event noun ("the 2019 talks").
    Premodifier,
    /// The event is next to the expression ("Putin's visit last year", "said Thursday").
    Adjacent,
    /// The closest event, a few words away.
    Nearest,
    /// The closest event, far away or across a clause boundary.
    Distant,
}

impl LinkRule {
    /// How sure the rule is, from 0 to 1.
    #[must_use]
    pub fn confidence(self) -> f64 {
        match self {
            Self::Premodifier => 0.9,
            Self::Adjacent => 0.8,
            Self::Nearest => 0.6,
            Self::Distant => 0.4,
        }
    }
}

/// Words a premodifying expression may be separated from its noun by: names, numbers and
/// adjectives ("2019 U.S. Navy SEAL Team 6 mission").
const MAX_PREMODIFIER_GAP: usize = 6;

/// Cost, in words, of crossing punctuation or a clause opener.
const BOUNDARY_COST: f64 = 3.0;
const OPENER_COST: f64 = 2.0;
const NOUN_AFTER_VERB_COST: f64 = 2.0;
const POSSESSED_NOUN_BONUS: f64 = 1.0;
const RIGHT_NOUN_COST: f64 = 1.0;
/// Words a fronted expression's clause may take to its verb ("Xerxes and his heirs adopted").
const FRONTED_SUBJECT: usize = 8;
/// Words between the expression and such a verb form ("with the tie levelled").
const MAX_ADJUNCT_GAP: usize = 4;
/// How far an adjunct is looked for its end.
const MAX_ADJUNCT_WALK: usize = 12;
/// How much closer an event to the left looks when the expression follows a preposition.
const AFTER_PREPOSITION_BONUS: f64 = 3.5;
/// How many tokens after an expression a word opening a comparison may stand (", compared").
const COMPARISON_AFTER_REACH: usize = 2;

/// The events of one sentence, prepared so that choosing the event of each expression costs
/// a binary search, not a walk over every event and every word between (a sentence may be
/// long and hold many expressions).
pub struct Linker<'a> {
    tokens: &'a [Token],
    events: &'a [(usize, EventPos)],
    /// For each `k` up to the number of tokens, the cost of crossing `tokens[..k]` (see
    /// [`crossing`]; sums of halves and small integers, so differences are exact) and how
    /// many of them open a clause of its own (see [`opens_own_clause`]; an expression dates
    /// no event before such a split). One list, not two: a sentence's lists are allocated
    /// for every dated sentence.
    before: Vec<(f64, usize)>,
    /// For each `k` up to the number of events: among `events[..k]` after the last split
    /// before `events[k - 1]`, the event cheapest to reach from the right (ties to the left),
    /// as an index into `events`, with its cost up to a constant; and the same among
    /// `events[k..]`, reached from the left.
    best: Vec<(Cheapest, Cheapest)>,
}

/// An event's index into `events` with its cost up to a constant, if any.
type Cheapest = Option<(f64, usize)>;

impl<'a> Linker<'a> {
    /// Prepares the `events` (token index and use, in text order) of `tokens`.
    #[must_use]
    pub fn new(tokens: &'a [Token], events: &'a [(usize, EventPos)]) -> Self {
        // One walk over the tokens for the running cost, the splits and, at each event, the
        // cheapest event so far: whether an event verb stands before a noun in the same clause
        // ("told a news conference") is known there, as the clause restarts after each
        // boundary or clause opener.
        let mut before = Vec::with_capacity(tokens.len() + 1);
        let mut best_left = Vec::with_capacity(events.len() + 1);
        let (mut sum, mut splits, mut verb_seen) = (0.0, 0, false);
        // The next event to reach.
        let mut k = 0;
        // The cheapest event so far, with the splits before it.
        let mut best: Option<(f64, usize)> = None;
        let mut best_splits = 0;
        before.push((sum, splits));
        best_left.push((best, None));
        for (i, t) in tokens.iter().enumerate() {
            let (cost, ends_clause) = crossing(t);
            sum += cost;
            // The events at token `i` (events ascend).
            while let Some(&(_, pos)) = events.get(k).filter(|&&(e, _)| e == i) {
                // A split between the best so far and this event: the best lies in another
                // clause.
                if best_splits != splits {
                    best = None;
                }
                // The cost of `tokens[i + 1..start]` is `cost_before(start) - sum`.
                let mut cost = -sum;
                if pos == EventPos::Noun {
                    if is_possessed(tokens, i) {
                        cost -= POSSESSED_NOUN_BONUS;
                    } else if verb_seen {
                        cost += NOUN_AFTER_VERB_COST;
                    }
                }
                if best.is_none_or(|(c, _)| cost < c) {
                    best = Some((cost, k));
                    best_splits = splits;
                }
                best_left.push((best, None));
                verb_seen |= pos == EventPos::Verb;
                k += 1;
            }
            verb_seen &= !ends_clause;
            splits += usize::from(opens_own_clause(tokens, i));
            before.push((sum, splits));
        }
        // The right side, filled into the same list.
        let mut best_both = best_left;
        let mut best: Option<(f64, usize)> = None;
        for (k, &(i, pos)) in events.iter().enumerate().rev() {
            // The cost of `tokens[end..i]` is `cost_before(i) - cost_before(end)`.
            let mut cost = before[i].0;
            if pos == EventPos::Noun {
                cost += RIGHT_NOUN_COST;
            }
            // Walking leftwards, `<=` keeps the leftmost of equal costs.
            if best.is_none_or(|(c, _)| cost <= c) {
                best = Some((cost, k));
            }
            best_both[k].1 = best;
        }
        Self {
            tokens,
            events,
            before,
            best: best_both,
        }
    }

    /// The cost of crossing `tokens[..k]`.
    fn cost_before(&self, k: usize) -> f64 {
        self.before[k].0
    }

    /// How many of `tokens[..k]` open a clause of their own.
    fn splits_before(&self, k: usize) -> usize {
        self.before[k].1
    }

    /// The cheapest event among `events[..k]` in the clause of `events[k - 1]`.
    fn best_left(&self, k: usize) -> Cheapest {
        self.best[k].0
    }

    /// The cheapest event among `events[k..]`.
    fn best_right(&self, k: usize) -> Cheapest {
        self.best[k].1
    }

    /// The event (an index into the tokens) that the expression at token range `timex`
    /// dates, and the rule that chose it.
    #[must_use]
    pub fn choose(&self, timex: &Range<usize>) -> Option<(usize, LinkRule)> {
        let (tokens, events) = (self.tokens, self.events);
        if let Some(noun) = premodified_noun(tokens, events, timex) {
            return Some((noun, LinkRule::Premodifier));
        }
        // "the talks scheduled for May": the date is the noun's own.
        match noun_time(tokens, events, timex) {
            Some(NounTime::Happening(noun)) => return Some((noun, LinkRule::Premodifier)),
            Some(NounTime::Thing) => return None,
            None => {}
        }
        if dates_a_thing(tokens, events, timex)
            || dates_no_happening(tokens, timex)
            || in_stative_relative(tokens, events, timex)
        {
            return None;
        }
        if let Some(verb) = close_time_main_verb(tokens, events, timex) {
            return Some((verb, LinkRule::Nearest));
        }
        if let Some(verb) = when_clause_verb(tokens, events, timex) {
            return Some((verb, LinkRule::Adjacent));
        }
        if let Some(verb) = past_fronted_adjunct(tokens, events, timex) {
            return Some((verb, LinkRule::Nearest));
        }
        // Events before the expression, then events after it; those inside it date nothing.
        let left_end = events.partition_point(|&(i, _)| i < timex.start);
        let right_start = events.partition_point(|&(i, _)| i < timex.end);
        // "taught in Lyon from 1975, when the school opened, until 1990": the "when" clause
        // between commas is an aside; the date after it is the clause's around it.
        // Its events are passed over and its words cost nothing.
        let aside = when_aside_start(tokens, timex.start);
        let mut left = match aside {
            Some(open) => {
                let before = events.partition_point(|&(i, _)| i < open);
                self.best_left(before)
                    .filter(|&(_, k)| self.same_clause(k, timex))
                    .map(|(cost, k)| (cost + self.cost_before(open) - AFTER_PREPOSITION_BONUS, k))
            }
            None => self.left_of(timex, left_end),
        };
        let mut right = self.right_from(timex, right_start);
        // "approached the team last week but after much speculation decided", "condemned the
        // bombing on Thursday and called on": an expression that ends its clause dates none
        // of the next clause's events when its own clause has one. After "and" the next
        // clause is one only when a verb follows ("the drawdown in 2010 and withdrawal").
        // "was driven out by the rebels in 1920, but later won": after a comma, "and" or an
        // opener does so between two verbs.
        let comma = usize::from(tokens.get(timex.end).is_some_and(|t| t.lower == ","));
        if let (Some((_, l)), Some((_, r))) = (left, right)
            && let Some(next) = tokens.get(timex.end + comma).filter(|t| t.is_word())
        {
            // The left verb is in the expression's own clause, a few words before it.
            let (e, start) = (events[l].0, timex.start);
            let same_clause = start - e <= MAX_ADJUNCT_WALK
                && !(e + 1..start).any(|k| {
                    let t = &tokens[k];
                    (t.is(CLAUSE_OPENERS) && !as_of_degree(tokens, k))
                        || (t.kind == TokenKind::Punct && is_boundary(&t.lower))
                });
            let verbs =
                events[l].1 == EventPos::Verb && events[r].1 == EventPos::Verb && same_clause;
            // "between 1961 and 1964": a number after "and" ends a range, not a clause.
            let number_after = tokens
                .get(timex.end + comma + 1)
                .is_some_and(|t| t.lower.starts_with(|c: char| c.is_ascii_digit()));
            // "a stronger storm in August which reached": a relative clause tells of the
            // noun before the expression, which may be what it dates. "hinted at it
            // yesterday when visitors asked": the "when" clause says at which moment of the
            // day the verb's clause happened; that clause is the news.
            // A relative clause ("a feud that erupted that year when ...") is no news of its
            // own, nor the clause before it: the "when" clause tells what happened.
            // Asked only of a verb a few words before (`verbs`): bounded.
            let relative = || {
                tokens[e.saturating_sub(1)..start]
                    .iter()
                    .any(|t| t.is(RELATIVE_PRONOUNS))
            };
            // "promised to hold a vote next year after delegates backed it": a date right
            // before "after" or "before" and a clause with a tense ends its own clause.
            let clause_after = next.is_lex(Lex::ClausePrepositions)
                && tokens[timex.end + 1..]
                    .iter()
                    .take(5)
                    .take_while(|t| !breaks_clause(t))
                    .any(|t| t.is_word() && (t.is(AUXILIARIES) || is_past_form(t)));
            let opener = next.is(CLAUSE_OPENERS) && !next.is(RELATIVE_PRONOUNS);
            let conjunction = if comma == 1 {
                opener && verbs
            } else {
                opener
                    || (next.is(MOMENT_CONJUNCTIONS) && verbs && !relative())
                    || (clause_after && same_clause)
            };
            if conjunction || (next.lower == "and" && verbs && !number_after) {
                right = None;
            }
        }
        // "are to appear in court tomorrow charged with fraud": an expression without a
        // preposition, after its clause's verb and before a participle and its phrase, ends
        // that clause; the participle describes the subject.
        if let (Some((_, l)), Some((_, r))) = (left, right)
            && events[l].1 == EventPos::Verb
            && events[r].0 == timex.end
            && is_past_form(&tokens[timex.end])
            && tokens
                .get(timex.end + 1)
                .is_some_and(|t| t.is_word() && t.is(PREPOSITIONS))
            && !tokens[..timex.start]
                .last()
                .is_some_and(|t| t.is_word() && t.is(PREPOSITIONS))
            && timex.start - events[l].0 <= MAX_ADJUNCT_WALK
            && !tokens[events[l].0 + 1..timex.start].iter().any(breaks_clause)
            // "found the decapitated body Friday wrapped in bags": no participle before its noun.
            && (events[l].0 + 1 == timex.start || {
                let next = &tokens[events[l].0 + 1];
                next.is_word() && (next.is(PREPOSITIONS) || next.is(DETERMINERS))
            })
        {
            right = None;
        }
        // "Tom, after losing his job in a fire last May, needs the help of surviving ...": an
        // expression in a clause a word of time and an "-ing" form open dates that clause's
        // events, none past the comma that closes it.
        if let (Some((_, l)), Some((_, r))) = (left, right)
            && in_participle_clause(tokens, events[l].0, timex)
            && tokens[timex.end..events[r].0]
                .iter()
                .any(|t| t.kind == TokenKind::Punct && is_boundary(&t.lower))
        {
            right = None;
        }
        // "Acme expects margins of 10% next year, officials told analysts": an expression that
        // ends a clause with a verb of its own dates nothing in the reporting clause after the
        // comma (unlike a fronted one: "On Friday, officials said").
        if let Some((_, r)) = right
            && reporting_tag_after(tokens, timex.end, events[r].0)
            && clause_has_verb_before(tokens, timex.start)
        {
            right = None;
        }
        // The cheapest verb after an aside that describes the subject and closes at `close`.
        let verb_after = |close: usize| {
            self.right_from(timex, events.partition_point(|&(i, _)| i < close))
                .filter(|main| events[main.1].1 == EventPos::Verb)
        };
        // "Late in 1957, General Marin, commanding the army in the south, set up patrols": an
        // "-ing" phrase between commas after the subject describes it; the date is the verb's
        // after the closing comma.
        if let Some((_, r)) = right
            && let Some(close) = described_subject_end(tokens, timex.end, events[r].0)
            && let Some(main) = verb_after(close)
        {
            right = Some(main);
        }
        // "Acme, whose stock first listed on the Big Board in May, closed": the relative
        // clause's own event, however far back in it.
        if let Some((_, l)) = left
            && closes_relative_aside(tokens, events[l].0, timex)
        {
            right = None;
        }
        // "In May 1960, Colonel Reyes - whose unit fought at the pass - told": the date is
        // the verb's after the relative clause that describes the subject.
        if let Some((_, r)) = right
            && let Some(close) = relative_aside_end(tokens, timex.end, events[r].0)
            && let Some(main) = verb_after(close)
        {
            right = Some(main);
        }
        // The adjunct dates nothing when there is an event before the expression: the next
        // event after the adjunct may still be the closest.
        if left.is_some()
            && let Some((_, k)) = right
            && in_adjunct(tokens, timex.end, events[k])
        {
            let end = adjunct_end(tokens, timex.end);
            right = self.right_from(timex, events.partition_point(|&(i, _)| i < end));
        }
        // "In heavy Nasdaq trading yesterday, Acme shares fell": an expression
        // that ends a phrase opening the sentence dates the clause after it, not a common noun
        // of the phrase right before it ("In the Battle of Midway in 1942," names its event;
        // "With the election due in September," dates the election).
        if let (Some((_, l)), Some((_, r))) = (left, right)
            && events[r].1 == EventPos::Verb
            && (events[l].1 == EventPos::Noun || tokens[events[l].0].lower.ends_with("ing"))
            && !tokens[events[l].0].capitalized
            && tokens[events[l].0 + 1..timex.start]
                .iter()
                .all(|t| t.is(PREPOSITIONS))
            && ends_opening_phrase(tokens, timex)
        {
            left = None;
        }
        // "a loss of $5 in its first half, versus a profit of $2": a comparison
        // right after the expression measures the clause before it against another figure;
        // its event words are not the expression's.
        if left.is_some()
            && let Some((_, r)) = right
            && let Some(opener) = tokens[timex.end..]
                .iter()
                .take(COMPARISON_AFTER_REACH)
                .position(|t| t.is(COMPARISON_OPENERS) && t.lower != "against")
            && events[r].0 > timex.end + opener
        {
            right = None;
        }
        // "met the premier, Ann Lee, yesterday to brief her": an infinitive right after the
        // expression tells what the verb before it was for; the expression dates that verb,
        // a few words before in its clause (no auxiliary between opens another: "To that
        // end, we will be back tomorrow to talk"). "payable May 1 to stock of record": a
        // noun's "of" phrase follows no infinitive.
        if let (Some((_, l)), Some((_, r))) = (left, right)
            && events[l].1 == EventPos::Verb
            && events[r] == (timex.end + 1, EventPos::Verb)
            && tokens.get(timex.end).is_some_and(|t| t.lower == "to")
            && tokens.get(timex.end + 2).is_none_or(|t| t.lower != "of")
            && timex.start - events[l].0 <= MAX_ADJUNCT_WALK
            && !tokens[events[l].0 + 1..timex.start]
                .iter()
                .any(|t| t.is(AUXILIARIES) || t.lower.starts_with('\''))
        {
            right = None;
        }
        // "Beaten twice, and beset by revolts that hurt them, after 450 BC Xerxes and his
        // heirs adopted": an expression after a comma, right before its clause's subject
        // and verb, dates that clause, not one before the comma.
        if left.is_some()
            && right.is_some_and(|(_, r)| {
                events[r].1 == EventPos::Verb && events[r].0 <= timex.end + FRONTED_SUBJECT
            })
            && fronts_clause(tokens, timex)
        {
            left = None;
        }
        // "May 11: A barge tows a skimmer toward the Kestrel fuel spill": a date heading a
        // caption's or a chronology's line dates that line's clause, not a happening noun in a
        // preposition's phrase ("April 2: A blast at the rig" keeps its head noun).
        if let Some((_, r)) = right
            && events[r].1 == EventPos::Noun
            && heads_line(tokens, timex)
            && tokens[timex.end + 1..events[r].0]
                .iter()
                .any(|t| t.is_word() && t.is(PREPOSITIONS))
        {
            right = None;
        }
        // Ties go to the left: the left events come first.
        let best = match (left, right) {
            (Some(l), Some(r)) => Some(if r.0 < l.0 { r } else { l }),
            (l, r) => l.or(r),
        };
        // "said the issues that hurt its performance earlier this year": the expression is
        // the relative clause's, whose verb is no event word; the saying before it is not
        // dated ("set the fire that destroyed a school last April" may be).
        if best.is_some_and(|(_, k)| {
            let e = events[k].0;
            k < left_end
                && tokens[e].is(SAYING_VERBS)
                && relative_between(tokens, e + 1..timex.start)
        }) {
            return None;
        }
        best.map(|(cost, k)| {
            let rule = if cost <= 1.0 {
                LinkRule::Adjacent
            } else if cost <= 4.0 {
                LinkRule::Nearest
            } else {
                LinkRule::Distant
            };
            (events[k].0, rule)
        })
    }
}

/// The expression at `timex` tells a debt's term, a thing's age or what was spoken of ("notes
/// due May 1, 2010", "a feud dating back to 1990", "referred to May 1"), which dates no
/// happening.
pub(super) fn dates_no_happening(tokens: &[Token], timex: &Range<usize>) -> bool {
    dates_a_maturity(tokens, timex)
        || dates_an_origin(tokens, timex)
        || dates_a_topic(tokens, timex)
}

impl Linker<'_> {
    /// The cheapest of `events[..end]` (the events before the expression), with its cost.
    fn left_of(&self, timex: &Range<usize>, end: usize) -> Option<(f64, usize)> {
        let tokens = self.tokens;
        let before = tokens[..timex.start].iter().rev().find(|t| t.is_word());
        let after_preposition =
            before.is_some_and(|t| t.is(PREPOSITIONS)) && !opens_clause(tokens, timex);
        self.best_left(end)
            .filter(|&(_, k)| self.same_clause(k, timex))
            .map(|(cost, k)| {
                let mut cost = cost + self.cost_before(timex.start);
                if after_preposition {
                    cost -= AFTER_PREPOSITION_BONUS;
                }
                (cost, k)
            })
    }

    /// No split opens a clause of its own between `events[k]` and the expression.
    fn same_clause(&self, k: usize, timex: &Range<usize>) -> bool {
        self.splits_before(self.events[k].0) == self.splits_before(timex.start)
    }

    /// The cheapest of `events[start..]` (events after the expression), with its cost.
    fn right_from(&self, timex: &Range<usize>, start: usize) -> Option<(f64, usize)> {
        let opens_sentence = self.tokens[..timex.start]
            .iter()
            .all(|t| !t.is_word() || t.is(PREPOSITIONS))
            || opens_clause(self.tokens, timex);
        self.best_right(start).map(|(cost, k)| {
            let mut cost = cost - self.cost_before(timex.end);
            if opens_sentence {
                cost -= 0.5;
            }
            (cost, k)
        })
    }
}

/// How many tokens a credit before a line's heading date may take ("(AP) May 11:").
const CREDIT_REACH: usize = 3;

/// The expression at `timex` heads its line, as a caption's or a chronology's date does: a
/// colon right after it, and before it nothing but punctuation and a credit in capitals.
fn heads_line(tokens: &[Token], timex: &Range<usize>) -> bool {
    tokens.get(timex.end).is_some_and(|t| t.lower == ":")
        && timex.start <= CREDIT_REACH
        && tokens[..timex.start]
            .iter()
            .all(|t| !t.is_word() || t.all_caps)
}
/// What crossing a token costs, in words: every comma, bracket, quote or clause opener counts
/// as several (an expression rarely dates an event across a clause boundary); and whether
/// the token ends a clause, as a boundary or a clause opener does ("and" costs as much as an
/// opener, but its clause goes on).
fn crossing(t: &Token) -> (f64, bool) {
    let opener = t.is(CLAUSE_OPENERS);
    match t.kind {
        TokenKind::Word if opener || t.lower == "and" => (OPENER_COST, opener),
        TokenKind::Word => (1.0, false),
        TokenKind::Possessive => (0.0, opener),
        // A mark is looked up among the boundaries only when no list holds it.
        TokenKind::Punct if opener || is_boundary(&t.lower) => (BOUNDARY_COST, true),
        TokenKind::Punct => (0.0, false),
    }
}

/// "says that troops will leave the towns by May, and that all troops will be gone by June":
/// when "and that" opens a second clause between the event at `tokens[event]` and the
/// expression at `timex`, and that clause has a verb with a tense (an auxiliary or a past
/// form) before the expression, that verb, whose clause the title tells.
#[must_use]
pub fn coordinated_clause_verb(
    tokens: &[Token],
    event: usize,
    timex: &Range<usize>,
) -> Option<usize> {
    if timex.start <= event || timex.start - event > 2 * MAX_ADJUNCT_WALK {
        return None;
    }
    let that = (event + 1..timex.start)
        .rev()
        .find(|&i| tokens[i].lower == "that" && tokens[i - 1].lower == "and")?;
    tokens[that + 1..timex.start]
        .iter()
        .position(|t| t.is_word() && (t.is(AUXILIARIES) || is_past_form(t)))
        .map(|k| that + 1 + k)
}

/// "his capture", "Putin's visit".
fn is_possessed(tokens: &[Token], i: usize) -> bool {
    i > 0
        && (tokens[i - 1].kind == TokenKind::Possessive || tokens[i - 1].is_lex(Lex::OwnerPronouns))
}

#[cfg(test)]
mod tests;
