//! The event words of each sentence and the event each temporal expression dates: the
//! first step of extraction, and what `extract --format timeml` writes.

use std::ops::Range;

use super::chunk::{self, Lex};
use super::detect::{self, EventPos};
use super::link::{self, LinkRule};
use super::words::{self, Token, TokenKind};
use crate::timex::{Timex, Value};

mod twins;
pub(super) use twins::date_twins;

/// The event words of a text and which of them each temporal expression dates.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub(super) sentences: Vec<SentenceAnalysis>,
}

#[derive(Debug, Clone)]
pub(super) struct SentenceAnalysis {
    pub(super) range: Range<usize>,
    pub(super) tokens: Vec<Token>,
    /// Event words: token index and use, in text order (only the nouns, in a sentence read
    /// for later mentions only: see [`read_from`]).
    pub(super) events: Vec<(usize, EventPos)>,
    /// Tokens inside a temporal expression.
    pub(super) in_timex: Vec<bool>,
    /// Index into the caller's timexes, the event's token index, and the rule that chose it.
    pub(super) links: Vec<(usize, usize, LinkRule)>,
    /// Date words a title keeps where it can: a date that modifies its noun ("a fourth-quarter
    /// charge", see [`modifies_its_noun`]), ascending.
    pub(super) kept: Vec<usize>,
}

impl Analysis {
    /// The byte spans of every event word, in text order.
    #[must_use]
    pub fn event_spans(&self) -> Vec<Range<usize>> {
        self.sentences
            .iter()
            .flat_map(|s| s.events.iter().map(|&(i, _)| s.tokens[i].span.clone()))
            .collect()
    }

    /// Each linked expression (index into the timexes given to [`analyse`]) with the byte
    /// span of the event word it dates.
    pub fn links(&self) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
        self.sentences.iter().flat_map(|s| {
            s.links
                .iter()
                .map(|&(t, e, _)| (t, s.tokens[e].span.clone()))
        })
    }
}

/// Finds the event words of each sentence of `text` and links every expression of `timexes`
/// (byte spans into `text`) to the event it dates. `sentences` are byte ranges of `text`.
///
/// Linear in the length of the text: each sentence looks only at the expressions that overlap
/// it, found by binary search over the expressions ordered by start.
#[must_use]
pub fn analyse(text: &str, timexes: &[Timex], sentences: &[Range<usize>]) -> Analysis {
    let by_start = TimexIndex::new(timexes);
    let sentences = sentences
        .iter()
        .map(|range| analyse_sentence(text, timexes, &by_start.overlapping(range), range))
        .collect();
    Analysis { sentences }
}

/// [`analyse`] for extraction, one sentence at a time, so that only the sentences a later step
/// reads again are held: it reads the words of a sentence without an expression that may date
/// an event only where they can name an event dated elsewhere ([`Reader::nouns`]) or tell the
/// lead's ([`Reader::whole`]).
pub(super) struct Reader<'a> {
    text: &'a str,
    cut: &'a [crate::text::Token],
    timexes: &'a [Timex],
    by_start: TimexIndex<'a>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str, cut: &'a [crate::text::Token], timexes: &'a [Timex]) -> Self {
        Self {
            text,
            cut,
            timexes,
            by_start: TimexIndex::new(timexes),
        }
    }

    /// The analysis of the sentence at `range`, if one of the expressions overlapping it
    /// `may_date` an event (given its index); `None` leaves it unread.
    pub(super) fn dated(
        &self,
        range: &Range<usize>,
        may_date: impl Fn(usize) -> bool,
    ) -> Option<SentenceAnalysis> {
        // Most sentences hold no expression: asked without a list made for each.
        if !self.by_start.each_overlapping(range).any(may_date) {
            return None;
        }
        Some(self.read(range, &self.by_start.overlapping(range)))
    }

    /// The sentence at `range` read whole, as [`analyse`] reads it.
    pub(super) fn whole(&self, range: &Range<usize>) -> SentenceAnalysis {
        self.read(range, &self.by_start.overlapping(range))
    }

    /// [`Reader::whole`] given the expressions `overlapping` the sentence.
    fn read(&self, range: &Range<usize>, overlapping: &Overlapping) -> SentenceAnalysis {
        let tokens = words::tokens_in(self.text, range.clone(), self.cut);
        analyse_tokens(tokens, self.timexes, overlapping, range)
    }

    /// An unread sentence read for the later mentions of events dated elsewhere: the event
    /// nouns of one without an expression, the only events it is read for; all of one whose
    /// expressions date nothing, as [`analyse`] reads it (an expression's event is no mention).
    pub(super) fn nouns(&self, range: &Range<usize>) -> SentenceAnalysis {
        let overlapping = self.by_start.overlapping(range);
        if !overlapping.is_empty() {
            return self.read(range, &overlapping);
        }
        let tokens = words::tokens_in(self.text, range.clone(), self.cut);
        let in_timex = vec![false; tokens.len()];
        // Only a listed or nominalised noun can be an event noun: the full test on those.
        let events = (0..tokens.len())
            .filter(|&i| {
                detect::is_event_noun(&tokens[i])
                    && detect::event_pos(&tokens, i, &in_timex) == Some(EventPos::Noun)
            })
            .map(|i| (i, EventPos::Noun))
            .collect();
        SentenceAnalysis {
            range: range.clone(),
            tokens,
            events,
            in_timex,
            links: Vec::new(),
            kept: Vec::new(),
        }
    }
}

/// The event words of the sentence at `range` and the links of the expressions of `timexes`
/// it holds; `overlapping` are the indices of those overlapping it, ascending.
fn analyse_sentence(
    text: &str,
    timexes: &[Timex],
    overlapping: &Overlapping,
    range: &Range<usize>,
) -> SentenceAnalysis {
    analyse_tokens(
        words::tokens(text, range.clone()),
        timexes,
        overlapping,
        range,
    )
}

/// [`analyse_sentence`] with the sentence's `tokens`.
fn analyse_tokens(
    tokens: Vec<Token>,
    timexes: &[Timex],
    overlapping: &Overlapping,
    range: &Range<usize>,
) -> SentenceAnalysis {
    let covered = |span: &Range<usize>| words::covered(&tokens, span);
    let mut in_timex = vec![false; tokens.len()];
    let mut kept = Vec::new();
    for n in overlapping.iter() {
        let words = covered(&timexes[n].span());
        let next_timex = timexes
            .get(n + 1)
            .map(|t| covered(&t.span()).start)
            .filter(|&k| k < tokens.len());
        // "on the night of Nov. 4": news tags the date alone, but the part of its day is
        // the date's words too (a title drops them with it).
        let start = match words.start.checked_sub(3) {
            Some(the)
                if tokens[the].lower == "the"
                    && tokens[the + 2].lower == "of"
                    && crate::recognize::is_part_of_day(&tokens[the + 1].lower) =>
            {
                the
            }
            _ => words.start,
        };
        let bare = words.len() == 1
            && matches!(&timexes[n].value, Value::Duration(d) if d.amount.is_none());
        // "a matter of weeks", "the space of days": a period without a number after "of"
        // measures the noun before it, no date a title drops ("months of talks" is one).
        let measure = bare
            && start >= 2
            && tokens[start - 1].lower == "of"
            && tokens[start - 2].is_word()
            && !tokens[start - 2].capitalized
            && tokens.get(words.end).is_none_or(|t| t.lower != "of");
        if measure
            || named_duration(&tokens, &words, &timexes[n].value)
            || describes_its_noun(&tokens, &words, &timexes[n].value)
            || measures_its_noun(&tokens, &words, &timexes[n].value, next_timex)
            || measures_its_verb(&tokens, &words, &timexes[n].value, &in_timex)
        {
            continue;
        }
        // "in the early morning hours", "the small hours": the words that say which hours
        // are the date's too.
        let described = (0..start)
            .rev()
            .take_while(|&k| {
                tokens[k].is_lex(Lex::HourDescribers)
                    || crate::recognize::is_part_of_day(&tokens[k].lower)
            })
            .last()
            .and_then(|first| first.checked_sub(1))
            .filter(|&the| bare && tokens[the].lower == "the");
        let start = described.unwrap_or(start);
        let end = words.end + usize::from(link::comma_closes_date(&tokens, &words));
        in_timex[start..end].fill(true);
        if modifies_its_noun(&tokens, &words, &timexes[n]) {
            kept.push(words.start);
        }
    }
    // Room for an event word in four: collected one by one, the list grew several times.
    let mut events: Vec<(usize, EventPos)> = Vec::with_capacity(tokens.len() / 4 + 1);
    events.extend(
        (0..tokens.len()).filter_map(|i| detect::event_pos(&tokens, i, &in_timex).map(|p| (i, p))),
    );
    detect::drop_aside_events(&tokens, &in_timex, &mut events);
    // Each expression links at most one event.
    let mut links = Vec::with_capacity(overlapping.len());
    // Without an expression there is nothing to link.
    if !overlapping.is_empty() {
        let linker = link::Linker::new(&tokens, &events);
        let mut dateline = Dateline::new(&tokens);
        for n in overlapping.iter() {
            let timex = &timexes[n];
            if !range.contains(&timex.span().start) {
                continue;
            }
            let covered = covered(&timex.span());
            if covered.is_empty() || dateline.opens(&covered) {
                continue;
            }
            if let Some((event, rule)) = linker.choose(&covered) {
                links.push((n, event, rule));
            }
        }
    }
    if !links.is_empty() && tells_an_aim_only(&tokens, &events, &in_timex) {
        links.clear();
    }
    SentenceAnalysis {
        range: range.clone(),
        tokens,
        events,
        in_timex,
        links,
        kept,
    }
}

/// "After the game tonight, one more walk along the Seine to hear what has changed": a
/// sentence with no verb of its own before its first infinitive, and no clause after it,
/// tells only an aim: its expressions date none of its events.
fn tells_an_aim_only(tokens: &[Token], events: &[(usize, EventPos)], in_timex: &[bool]) -> bool {
    // The first verb is the infinitive's: no verb before it.
    let Some(&(infinitive, _)) = events.iter().find(|&&(_, pos)| pos == EventPos::Verb) else {
        return false;
    };
    if infinitive == 0 || tokens[infinitive - 1].lower != "to" {
        return false;
    }
    let to = infinitive - 1;
    // A present form ("Rebels vow to fight") follows a word of its subject: a name, a
    // pronoun or a word of content; after a determiner or a preposition it is a noun.
    let may_be_verb = |k: usize| {
        let (t, before) = (&tokens[k], &tokens[k - 1]);
        t.is_word()
            && !t.capitalized
            && !in_timex[k]
            && !detect::is_function_word(t)
            && before.is_word()
            && !in_timex[k - 1]
            && (before.is(words::PRONOUNS) || !detect::is_function_word(before))
    };
    let finite = || {
        tokens[..to]
            .iter()
            .any(|t| t.is(words::AUXILIARIES) || t.is(words::COPULAS))
            || (1..to).any(may_be_verb)
    };
    let clause_after = tokens[to..]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "," | ";" | ":"));
    // "His pledge to halve the deficit has been dropped": a verb after the infinitive's
    // phrase, not after a pronoun ("to see what has changed", "what it's been").
    let verb_after = || {
        (to + 2..tokens.len()).any(|k| {
            let (t, before) = (&tokens[k], &tokens[k - 1]);
            let verb =
                t.is(words::AUXILIARIES) || detect::pos_at(events, k) == Some(EventPos::Verb);
            verb && before.is_word()
                && before.kind != TokenKind::Possessive
                && !before.is(words::PRONOUNS)
                && !before.is(words::AUXILIARIES)
        })
    };
    !clause_after && !finite() && !verb_after()
}

/// How many words may follow a subject's head before its verb ("vote on the new budget was").
const SUBJECT_TAIL: usize = 6;

impl SentenceAnalysis {
    /// `tokens[k]` is an event verb of the sentence (its events are in text order).
    pub(super) fn is_verb(&self, k: usize) -> bool {
        detect::pos_at(&self.events, k) == Some(EventPos::Verb)
    }

    /// "Friday's vote in Vell was postponed", "The 2019 talks were cancelled": a link by
    /// `rule` of the expression at `timex` (bytes) to `tokens[event]`, the head of the subject
    /// of `verb` (a few words before it, with no mark, clause opener or other verb between;
    /// the expression opens the subject, no phrase after a preposition: "damage from
    /// yesterday's storms has"), dates the clause's news too.
    pub(super) fn dates_subject(
        &self,
        timex: &Range<usize>,
        event: usize,
        rule: LinkRule,
        verb: usize,
    ) -> bool {
        let mut start = words::covered(&self.tokens, timex).start;
        start -= usize::from(start > 0 && self.tokens[start - 1].is(words::DETERMINERS));
        let opens = start.checked_sub(1).is_none_or(|b| {
            let t = &self.tokens[b];
            !t.is_word() || t.is(words::CLAUSE_OPENERS) || t.is(words::SAYING_VERBS)
        });
        let plain = |k: usize| {
            let t = &self.tokens[k];
            t.is_word() && !t.is(words::CLAUSE_OPENERS) && !self.is_verb(k)
        };
        rule == LinkRule::Premodifier
            && opens
            && event < verb
            && verb - event <= SUBJECT_TAIL
            && (event + 1..verb).all(plain)
    }

    /// An event noun of the sentence is no expression's event: a later step may read it as
    /// an undated mention of an event dated elsewhere.
    pub(super) fn has_undated_noun(&self) -> bool {
        let nouns = || (self.events.iter()).filter(|&&(_, pos)| pos == EventPos::Noun);
        if nouns().next().is_none() {
            return false;
        }
        let mut linked: Vec<usize> = self.links.iter().map(|&(_, e, _)| e).collect();
        linked.sort_unstable();
        nouns().any(|&(i, _)| linked.binary_search(&i).is_err())
    }
}

/// The expressions ordered by start, with the running maximum of their ends, so the ones
/// overlapping a byte range are found by two binary searches.
struct TimexIndex<'a> {
    timexes: &'a [Timex],
    /// Indices into `timexes`, by start; none when they are in that order already (the
    /// tagger's are): a list as long as theirs saved.
    order: Option<Vec<usize>>,
    /// `max_end[k]`: the largest end among `order[..=k]`; none when each is the `k`th's own
    /// end (the tagger's expressions never overlap): a list as long as theirs saved.
    max_end: Option<Vec<usize>>,
}

impl<'a> TimexIndex<'a> {
    fn new(timexes: &'a [Timex]) -> Self {
        let order = (!timexes.is_sorted_by_key(|t| t.span().start)).then(|| {
            let mut order: Vec<usize> = (0..timexes.len()).collect();
            order.sort_by_key(|&n| timexes[n].span().start);
            order
        });
        let at = |k: usize| order.as_ref().map_or(k, |o| o[k]);
        let in_order = order.is_none() && timexes.is_sorted_by_key(|t| t.span().end);
        let max_end = (!in_order).then(|| {
            (0..timexes.len())
                .scan(0, |max, k| {
                    *max = (*max).max(timexes[at(k)].span().end);
                    Some(*max)
                })
                .collect()
        });
        Self {
            timexes,
            order,
            max_end,
        }
    }

    /// The index of the `k`th expression by start.
    fn at(&self, k: usize) -> usize {
        self.order.as_ref().map_or(k, |order| order[k])
    }

    /// The indices of the expressions overlapping `range`, ascending.
    fn overlapping(&self, range: &Range<usize>) -> Overlapping {
        if self.order.is_none() && self.max_end.is_none() {
            // Starts and ends ascend: the expressions overlapping are those from the first
            // that ends after the range starts to the last that starts before it ends.
            let from = (self.timexes).partition_point(|t| t.span().end <= range.start);
            let to = (self.timexes).partition_point(|t| t.span().start < range.end);
            return Overlapping::Run(from..to.max(from));
        }
        let mut found: Vec<usize> = self.each_overlapping(range).collect();
        found.sort_unstable();
        Overlapping::Listed(found)
    }

    /// The indices of the expressions overlapping `range`, by start.
    fn each_overlapping(&self, range: &Range<usize>) -> impl Iterator<Item = usize> {
        let from = match &self.max_end {
            Some(max_end) => max_end.partition_point(|&end| end <= range.start),
            None => (self.timexes).partition_point(|t| t.span().end <= range.start),
        };
        let to = match &self.order {
            Some(order) => order.partition_point(|&n| self.timexes[n].span().start < range.end),
            None => (self.timexes).partition_point(|t| t.span().start < range.end),
        };
        (from..to.max(from)).map(|k| self.at(k)).filter(move |&n| {
            let x = &self.timexes[n].span();
            x.start < range.end && range.start < x.end
        })
    }
}

/// The indices of the expressions overlapping a sentence, ascending: those of the tagger,
/// in order and never overlapping one another, are a run of indices, and need no list (one
/// for every sentence read).
enum Overlapping {
    Run(Range<usize>),
    Listed(Vec<usize>),
}

impl Overlapping {
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        let (run, listed) = match self {
            Self::Run(run) => (run.clone(), &[][..]),
            Self::Listed(listed) => (0..0, listed.as_slice()),
        };
        run.chain(listed.iter().copied())
    }

    fn len(&self) -> usize {
        match self {
            Self::Run(run) => run.len(),
            Self::Listed(listed) => listed.len(),
        }
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// "SEOUL, Sept. 22 (Reuters) - ...": an expression that opens a news dateline (names
/// before it, a dash after it before any lower-case word) dates the article, not an event.
struct Dateline<'t> {
    tokens: &'t [Token],
    /// The first lower-case word: only an expression before it can open a dateline.
    first_lower: usize,
    /// Filled when first asked: for each token index, the next lower-case word at or after
    /// it, and the dashes before it.
    ahead: Option<(Vec<usize>, Vec<usize>)>,
}

impl<'t> Dateline<'t> {
    fn new(tokens: &'t [Token]) -> Self {
        let first_lower = tokens
            .iter()
            .position(lower_or_number)
            .unwrap_or(tokens.len());
        Self {
            tokens,
            first_lower,
            ahead: None,
        }
    }

    /// The expression at `tokens[covered]` opens the dateline.
    fn opens(&mut self, covered: &Range<usize>) -> bool {
        if covered.start > self.first_lower {
            return false;
        }
        let tokens = self.tokens;
        let (next_lower, dashes) = self.ahead.get_or_insert_with(|| {
            let mut next_lower = vec![tokens.len(); tokens.len() + 1];
            for i in (0..tokens.len()).rev() {
                next_lower[i] = if lower_or_number(&tokens[i]) {
                    i
                } else {
                    next_lower[i + 1]
                };
            }
            let mut dashes = Vec::with_capacity(tokens.len() + 1);
            let mut count = 0;
            dashes.push(count);
            for t in tokens {
                count += usize::from(words::is_dateline_dash(t));
                dashes.push(count);
            }
            (next_lower, dashes)
        });
        let stop = next_lower[covered.end];
        dashes[stop] > dashes[covered.end]
    }
}

/// A word that is not capitalised, a number among them (unlike [`words::is_lower_word`]).
fn lower_or_number(t: &Token) -> bool {
    t.is_word() && !t.capitalized
}

/// "the most recent message", "a recent report", "the current chairman": a vague reference
/// of one word between a determiner (and a word of degree) and a word after it describes
/// that noun. It dates no report ("said it was the most recent message" is no report of this
/// month), and a title keeps it ("the most message" says nothing).
pub(super) fn describes_its_noun(tokens: &[Token], words: &Range<usize>, value: &Value) -> bool {
    // An adverb ("a recently laid minefield") describes a participle, which goes with it.
    if !matches!(value, Value::Ref(_))
        || words.len() != 1
        || tokens[words.start].lower.ends_with("ly")
    {
        return false;
    }
    // "the \"most recent message\"": a quotation mark and a word of degree may come between.
    let quote = |k: usize| k > 0 && matches!(tokens[k - 1].lower.as_str(), "\"" | "“" | "``");
    let mut before = words.start - usize::from(quote(words.start));
    if before > 0 && tokens[before - 1].is_lex(Lex::DegreeWords) {
        before -= 1;
    }
    before -= usize::from(quote(before));
    before > 0
        && tokens[before - 1].is(words::DETERMINERS)
        && tokens
            .get(words.end)
            .is_some_and(|t| t.is_word() && !t.capitalized && !t.is(words::PREPOSITIONS))
}

/// How many words a length of time may hold before the "of" of what it measures: "the next
/// three weeks of talks".
const MEASURE: usize = 4;

/// "a 24-hour clinic", "a two-year contract": a length written as one word with a hyphen before
/// a word in lower case describes that noun. "Weeks of talks", "after seven days of
/// mourning", "would be a year of cuts": a length in a plural unit, or one unit after "a",
/// before "of" and a bare noun (or "-ing" form) measures it. Either dates nothing, and a title
/// keeps it ("signed a contract" says less, "Talks ended" tells another thing). With a
/// determiner the length counts from a thing ("within weeks of his arrest"); before a date it
/// is part of one ("the first months of 1942", the next expression at `next_timex`); another
/// singular unit names a time ("the week of May 5").
fn measures_its_noun(
    tokens: &[Token],
    words: &Range<usize>,
    value: &Value,
    next_timex: Option<usize>,
) -> bool {
    let bare_word = |k: usize| next_timex != Some(k) && tokens.get(k).is_some_and(noun_word);
    if !matches!(value, Value::Duration(_)) || words.is_empty() || words.len() > MEASURE {
        return false;
    }
    let unit = &tokens[words.end - 1].lower;
    let lower_after = tokens.get(words.end).is_some_and(|t| !t.capitalized);
    let hyphened = words.len() == 1 && unit.contains('-') && lower_after && bare_word(words.end);
    // "a year of cuts": one unit counted by "a" measures as many do.
    let one = words.len() == 2 && matches!(tokens[words.start].lower.as_str(), "a" | "an");
    let of_noun = tokens.get(words.end).is_some_and(|t| t.lower == "of")
        && bare_word(words.end + 1)
        && unit
            .strip_suffix('s')
            .or(one.then_some(unit.as_str()))
            .is_some_and(|one| chunk::is(Lex::LengthUnits, one));
    hyphened || of_noun
}

/// "The strike has lasted two weeks", "would take months", "spent a year there": a length
/// right after a verb of [`Lex::DurationVerbs`] is what that verb needs, its object or
/// measure, not when it happened: it dates nothing, and a title keeps it. "Lasted for two
/// weeks" is the happening's own time, a phrase any verb may take. After a determiner or a
/// preposition (but the "to" of an infinitive) the word is no verb: "in the last two weeks".
/// The length ends on its unit and names no day ("spent Friday at home"); one in parts
/// joined by "and" ("three hours and ten minutes") is left out whole. A point that ends on a
/// unit says when, no length: "waited last week for the ruling".
fn measures_its_verb(
    tokens: &[Token],
    words: &Range<usize>,
    value: &Value,
    in_timex: &[bool],
) -> bool {
    let Some(verb) = words
        .start
        .checked_sub(1)
        .filter(|&v| v > 0 && !words.is_empty())
    else {
        return false;
    };
    let (before, unit) = (&tokens[verb - 1], &tokens[words.end - 1].lower);
    matches!(value, Value::Duration(_))
        && tokens[verb].is_lex(Lex::DurationVerbs)
        && !in_timex[verb]
        && before.kind != TokenKind::Possessive
        && !before.is(words::DETERMINERS)
        && (!before.is(words::PREPOSITIONS) || before.lower == "to")
        && chunk::is(Lex::LengthUnits, unit.strip_suffix('s').unwrap_or(unit))
        && !tokens[words.clone()].iter().any(|t| t.capitalized)
        && tokens.get(words.end).is_none_or(|t| t.lower != "and")
}

/// "a fourth-quarter charge", "year-end bonuses": a date written as one hyphenated word of
/// letters before a noun is that noun's modifier. It still dates the happening, but a title
/// keeps it where it can ("took a charge" says less). Not a range in figures ("the 1990-91
/// season"), nor one that ends in a unit, a manner ("a last-minute bid"), nor a part of a
/// month ("in mid-December": when, no noun's describer).
fn modifies_its_noun(tokens: &[Token], words: &Range<usize>, timex: &Timex) -> bool {
    let [date] = &tokens[words.clone()] else {
        return false;
    };
    let Some((_, last)) = date.lower.rsplit_once('-') else {
        return false;
    };
    matches!(timex.value, Value::Point(_))
        && timex.modifier.is_none()
        && !date.has_digit()
        && !chunk::is(Lex::LengthUnits, last)
        && tokens
            .get(words.end)
            .is_some_and(|t| (!t.capitalized || t.all_caps) && noun_word(t))
}

/// `t` is a word that may be a noun a length or a date describes: no preposition, determiner
/// or pronoun.
fn noun_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.is(words::PREPOSITIONS)
        && !t.is(words::DETERMINERS)
        && !t.is(words::PRONOUNS)
}

/// "a 60 Minutes report", "on CBS's 48 Hours": a period of a number and a unit written with
/// a capital inside a sentence, after a word in lower case (not in a heading's capitals), is
/// the name of something, not a date a title drops.
fn named_duration(tokens: &[Token], words: &Range<usize>, value: &Value) -> bool {
    let (Some(before), Some(unit)) = (words.start.checked_sub(1), words.end.checked_sub(1)) else {
        return false;
    };
    let lower_before = !tokens[before].is_word() || !tokens[before].capitalized;
    matches!(value, Value::Duration(d) if d.amount.is_some())
        && words.len() == 2
        && tokens[words.start].has_digit()
        && tokens[unit].capitalized
        && !tokens[unit].all_caps
        && lower_before
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::{Point, TimexType, Value};

    fn timex(span: Range<usize>) -> Timex {
        Timex::new(span, TimexType::Date, Value::Point(Point::Year(2019)), None).unwrap()
    }

    #[test]
    fn overlapping_expressions_match_a_scan_of_all() {
        // Out of order, one spanning several ranges, one empty; then the same in order (the
        // index keeps no order of its own); then none overlapping another, as the tagger
        // gives them (nor a running maximum of their ends).
        let spans = [30..34, 2..6, 5..60, 12..12, 40..45, 70..75];
        let mut sorted = spans.clone();
        sorted.sort_by_key(|s| s.start);
        let apart = [2..6, 12..12, 30..34, 40..45, 61..65, 70..75];
        for spans in [spans, sorted, apart] {
            let timexes: Vec<Timex> = spans.into_iter().map(timex).collect();
            let index = TimexIndex::new(&timexes);
            for range in [
                0..10,
                10..20,
                20..40,
                40..41,
                45..70,
                61..69,
                69..80,
                80..90,
            ] {
                let scanned: Vec<usize> = (0..timexes.len())
                    .filter(|&n| {
                        let x = &timexes[n].span();
                        x.start < range.end && range.start < x.end
                    })
                    .collect();
                let found: Vec<usize> = index.overlapping(&range).iter().collect();
                assert_eq!(found, scanned, "range {range:?}");
            }
        }
    }
}
