//! One event per happening across articles: the events of several articles (or timelines)
//! joined, whoever gathers them (`extract` of several files, `extract --batch --timeline`,
//! `merge`). An event id met again is the same happening, as before; so is an event of
//! another article on the same date whose title tells the same deed of the same actors and
//! things ("Rebels seized the airport in Goma", "Rebel fighters seized the Goma airport").
//! Two events of one article are never joined here: the article's own index decided them.
//!
//! The comparison reads titles only, so that timelines read from files join as extracted
//! ones do. It is bucketed by date and by the head word's family, and each new event is
//! compared with a bounded number of the bucket's events: linear in the events however many
//! fall on one day.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::chunk::Lex;
use super::detect::{EventPos, event_pos, is_function_word};
use super::ranges::{EndKey, end_key};
use super::words::{AUXILIARIES, BEGIN_VERBS, COPULAS, PREPOSITIONS, Token, tokens};
use super::{kind_of, stem};
use crate::timeline::date::{Precision, TimelineDate};
use crate::timeline::{Event, Review, Status};

/// The tag of events that one happening's sources date differently.
pub const CONFLICT_TAG: &str = "date-conflict";

/// How many of a bucket's latest events a new event is compared with: more than the
/// articles of a story tell of one deed on one day, and a bound on the work a hostile batch
/// of one day's events can ask.
const REACH: usize = 64;

/// The events joined so far, in the order they were first met.
#[derive(Debug, Default)]
pub struct Joined {
    events: Vec<Event>,
    /// The positions of the events of each id as met (a conflict adds a position; an event
    /// joined to another by its title leaves its id here, so that met again it joins it too).
    by_id: HashMap<String, Vec<usize>>,
    ids: HashSet<String>,
    /// The events of each date (and end) and head family, with their gists.
    by_day: HashMap<(TimelineDate, EndKey, String), Vec<(usize, Gist)>>,
    /// The events of a day (with no end) by their year, month and head family, with their
    /// gists: a month's events are compared with them (see [`Joined::told_within`]).
    days_of_month: HashMap<(i32, u8, String), Vec<(usize, Gist)>>,
}

impl Joined {
    /// Adds `event`, read from a source dated `told` (its reference date, if known): to the
    /// event of the same id and date, else to an event of another source it tells again (see
    /// `Gist::same`), else as an event of its own. An id met with another date keeps both
    /// events side by side, tagged [`CONFLICT_TAG`] for a person to decide; dates are never
    /// averaged. A joined event's status is its sources' together (see `joined_status`).
    pub fn add(&mut self, event: Event, told: Option<NaiveDate>) {
        let gist = Gist::of(&event.title);
        match self.target(&event, gist.as_ref()) {
            Some((at, by_title)) => self.absorb_at(at, by_title, event, gist.as_ref(), told),
            None => self.push(event, gist),
        }
    }

    /// Joins `event` to the event it tells again as [`Joined::add`] does, and says at which
    /// position of [`Joined::events`]; `None`, adding nothing, when it is a happening of its
    /// own (or an id met with another date).
    pub fn join(&mut self, event: &Event, told: Option<NaiveDate>) -> Option<usize> {
        let gist = Gist::of(&event.title);
        let (at, by_title) = self.target(event, gist.as_ref())?;
        self.absorb_at(at, by_title, event.clone(), gist.as_ref(), told);
        Some(at)
    }

    /// The position of the event `event` joins, and whether by its title (not its id).
    fn target(&self, event: &Event, gist: Option<&Gist>) -> Option<(usize, bool)> {
        let known = self.by_id.get(&event.id).map_or(&[][..], Vec::as_slice);
        let same_date = known.iter().copied().find(|&at| {
            let other = &self.events[at];
            (other.date, other.end) == (event.date, event.end)
        });
        if same_date.is_some() {
            return same_date.map(|at| (at, false));
        }
        let gist = gist.filter(|_| known.is_empty())?;
        let told_again = (self.told_again(event, gist)).or_else(|| self.told_within(event, gist));
        told_again.map(|at| (at, true))
    }

    /// `event` joined to the event at `at`, which takes a day of its month from it.
    fn absorb_at(
        &mut self,
        at: usize,
        by_title: bool,
        event: Event,
        gist: Option<&Gist>,
        told: Option<NaiveDate>,
    ) {
        if by_title {
            self.by_id.entry(event.id.clone()).or_default().push(at);
        }
        let finer = day_of(&event) && !day_of(&self.events[at]);
        if finer {
            self.events[at].date = event.date;
        }
        absorb(&mut self.events[at], event, told);
        if let Some(gist) = gist.filter(|_| finer) {
            let held = Gist::of(&self.events[at].title).unwrap_or_else(|| gist.clone());
            self.index(at, held);
        }
    }

    /// Adds `event` as an event of its own, joined to none: an event of a timeline file, which
    /// a person may have kept apart from another of its day. Events added after it join it
    /// as they join those met before them.
    pub fn hold(&mut self, event: Event) {
        let gist = Gist::of(&event.title);
        self.ids.insert(event.id.clone());
        let at = self.events.len();
        self.by_id.entry(event.id.clone()).or_default().push(at);
        self.events.push(event);
        if let Some(gist) = gist {
            self.index(at, gist);
        }
    }

    /// Adds `event`, which joins none, as an event of its own; an id met before (with another
    /// date) flags both and takes an unused id.
    fn push(&mut self, mut event: Event, gist: Option<Gist>) {
        let base = event.id.clone();
        if let Some(known) = self.by_id.get(&base) {
            for &at in known {
                flag(&mut self.events[at]);
            }
            flag(&mut event);
        }
        // A conflict's new id may be one a later event has of its own.
        event.id = unused(&base, &self.ids);
        self.ids.insert(event.id.clone());
        let at = self.events.len();
        self.by_id.entry(base).or_default().push(at);
        self.events.push(event);
        if let Some(gist) = gist {
            self.index(at, gist);
        }
    }

    /// Files the event at `at` under its date and head family (and a day under its month).
    fn index(&mut self, at: usize, gist: Gist) {
        let event = &self.events[at];
        if let (true, Precision::Day(month, _)) = (day_of(event), event.date.precision) {
            let key = (event.date.year, month, gist.family());
            (self.days_of_month.entry(key).or_default()).push((at, gist.clone()));
        }
        let key = (event.date, end_key(event.end), gist.family());
        self.by_day.entry(key).or_default().push((at, gist));
    }

    /// The event of another source that `event` tells again closely (see [`Gist::close`])
    /// at a day of its month, or on its month, exact or approximate ("2019-03-05", "~2019-03"):
    /// a source that tells the month alone often tells the same happening. Among the
    /// bucket's latest, as [`Joined::told_again`].
    fn told_within(&self, event: &Event, gist: &Gist) -> Option<usize> {
        if event.end.is_some() {
            return None;
        }
        let family = gist.family();
        let candidates: Vec<&(usize, Gist)> = match event.date.precision {
            Precision::Day(month, _) => [false, true]
                .into_iter()
                .filter_map(|approximate| {
                    let date = TimelineDate {
                        precision: Precision::Month(month),
                        approximate,
                        ..event.date
                    };
                    self.by_day.get(&(date, end_key(None), family.clone()))
                })
                .flat_map(|held| held.iter().rev().take(REACH))
                .collect(),
            Precision::Month(month) => (self.days_of_month.get(&(event.date.year, month, family)))
                .into_iter()
                .flat_map(|held| held.iter().rev().take(REACH))
                .collect(),
            _ => return None,
        };
        let own = own_sources(event);
        // A month's event that took a day from one source is no other day's.
        let days_agree = |held: &Event| !day_of(held) || !day_of(event) || held.date == event.date;
        (candidates.into_iter())
            .filter(|&&(at, _)| days_agree(&self.events[at]))
            .filter(|(_, held)| held.close(gist))
            .map(|&(at, _)| at)
            .filter(|&at| !sources(&self.events[at]).any(|s| own.binary_search(&s).is_ok()))
            .min()
    }

    /// The event of another source, the same date and the same head family that `event`
    /// tells again, among the bucket's latest.
    fn told_again(&self, event: &Event, gist: &Gist) -> Option<usize> {
        let key = (event.date, end_key(event.end), gist.family());
        let own = own_sources(event);
        self.by_day
            .get(&key)?
            .iter()
            .rev()
            .take(REACH)
            .filter(|(_, held)| held.same(gist))
            .map(|&(at, _)| at)
            .filter(|&at| !sources(&self.events[at]).any(|s| own.binary_search(&s).is_ok()))
            .min()
    }

    #[must_use]
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    #[must_use]
    pub fn into_events(self) -> Vec<Event> {
        self.events
    }
}

/// An exact or approximate day, with no end.
fn day_of(event: &Event) -> bool {
    event.end.is_none() && matches!(event.date.precision, Precision::Day(..))
}

/// The sources `event` was read from, sorted.
fn own_sources(event: &Event) -> Vec<&str> {
    let mut own: Vec<&str> = sources(event).collect();
    own.sort_unstable();
    own.dedup();
    own
}

/// The sources an event was read from.
fn sources(event: &Event) -> impl Iterator<Item = &str> {
    (event.source.iter().map(AsRef::as_ref)).chain(event.mentions.iter().map(|m| m.source.as_ref()))
}

/// `event`'s mentions added to `held`'s (a sentence already listed is not listed again),
/// each with its sentence when `held`'s quote is another; `held` keeps its date, and takes
/// the status both tell (see [`joined_status`]). It keeps its title, unless it was planned or
/// reported and `event` tells it happened: "will meet in Hanoi" is no title for a meeting
/// that took place, and the source that saw it says what happened.
fn absorb(held: &mut Event, event: Event, told: Option<NaiveDate>) {
    if held.review == Review::Draft {
        let status = joined_status(held, &event, told);
        if status == Status::Happened && held.status != Status::Happened {
            held.title.clone_from(&event.title);
        }
        held.status = status;
    }
    for mut mention in event.mentions {
        let seen = held.mentions.iter().any(|m| {
            (&*m.source, m.start, m.end) == (&*mention.source, mention.start, mention.end)
        });
        if !seen {
            mention.quote = mention.quote.or_else(|| event.quote.clone());
            held.add_mention(mention);
        }
    }
    held.more_mentions = held.more_mentions.saturating_add(event.more_mentions);
    held.review = stronger(held.review, event.review);
}

/// The status of `held` (its sources' so far) told again as `event` by a source dated
/// `told`. A source dated on or after the event's last day that says it happened saw it
/// happen: the event happened, whatever earlier sources planned ("will sign on Friday", then
/// on Saturday "signed on Friday"). Otherwise an event is `reported` only while every source
/// reports it: one that tells it as happened or planned says more. Else the first source's
/// status stands. (A status a person reviewed is never changed: see [`absorb`].)
fn joined_status(held: &Event, event: &Event, told: Option<NaiveDate>) -> Status {
    let seen = told.is_some_and(|told| told >= event.date.last_day());
    match (held.status, event.status) {
        (_, Status::Happened) if seen => Status::Happened,
        (Status::Reported, status) => status,
        (status, _) => status,
    }
}

/// A rejection stands, then a confirmation: a verdict a person gave is never lost.
fn stronger(a: Review, b: Review) -> Review {
    match (a, b) {
        (Review::Rejected, _) | (_, Review::Rejected) => Review::Rejected,
        (Review::Confirmed, _) | (_, Review::Confirmed) => Review::Confirmed,
        _ => Review::Draft,
    }
}

fn flag(event: &mut Event) {
    if !event.tags().iter().any(|t| t == CONFLICT_TAG) {
        event.notes_mut().tags.push(CONFLICT_TAG.to_string());
    }
}

/// `base`, else `base-2`, `base-3`... whichever is not taken.
#[must_use]
pub fn unused(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or_default()
}

/// What a title tells, as compared across articles: the kind of its head event word (its
/// first verb, else its first event noun), who did it and to what, and its other words.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Gist {
    head: String,
    /// Stems of the content words before the head (its actor), and of those right after it
    /// up to a preposition (what it acts on), sorted.
    actor: Vec<String>,
    object: Vec<String>,
    /// Stems of all content words but the head's, sorted.
    words: Vec<String>,
    /// Names (capitalised words past the first, acronyms) and figures (numbers, number and
    /// ordinal words), lower case, sorted.
    names: Vec<String>,
    numbers: Vec<String>,
}

/// How many first letters two heads' kinds of one family share at least ("inva" of "invad"
/// and "invasion"); so many, "use" is not of "user"'s family.
const FAMILY_PREFIX: usize = 4;

impl Gist {
    /// The gist of `title`; `None` when no word of it names a happening.
    fn of(title: &str) -> Option<Self> {
        let tokens = tokens(title, 0..title.len());
        let in_timex = vec![false; tokens.len()];
        let pos: Vec<_> = (0..tokens.len())
            .map(|i| event_pos(&tokens, i, &in_timex))
            .collect();
        let verb_after = |i: usize| (i + 1..pos.len()).find(|&j| pos[j] == Some(EventPos::Verb));
        let mut head = (pos.iter().position(|p| *p == Some(EventPos::Verb)))
            .or_else(|| pos.iter().position(Option::is_some))?;
        // "is expected to finish", "began gushing": the happening is the verb after.
        let opens = |i: usize| {
            tokens.get(i + 1).is_some_and(|t| t.lower.as_str() == "to") || tokens[i].is(BEGIN_VERBS)
        };
        // The opening verb tells when, not what: it is no word of the gist.
        let mut opener = None;
        if pos[head] == Some(EventPos::Verb)
            && opens(head)
            && let Some(verb) = verb_after(head)
        {
            opener = Some(head);
            head = verb;
        }
        let object_end = (head + 1..tokens.len())
            .find(|&i| !tokens[i].is_word() || tokens[i].is(PREPOSITIONS))
            .unwrap_or(tokens.len());
        let mut gist = Self {
            head: kind_of(tokens[head].lower.as_str()),
            actor: Vec::new(),
            object: Vec::new(),
            words: Vec::new(),
            names: Vec::new(),
            numbers: Vec::new(),
        };
        for (i, t) in tokens.iter().enumerate() {
            if i == head || Some(i) == opener {
                continue;
            }
            let word = t.lower.as_str();
            // "the first storm": an ordinal is a figure, though no content word.
            if t.is_lex(Lex::OrdinalWords) {
                gist.numbers.push(word.to_string());
            }
            if !is_content(t) {
                continue;
            }
            if is_figure(t) {
                gist.numbers.push(word.to_string());
            } else if is_name(t, i) {
                gist.names.push(word.to_string());
            }
            let word = stem(word).to_string();
            if i < head {
                gist.actor.push(word.clone());
            } else if i < object_end {
                gist.object.push(word.clone());
            }
            gist.words.push(word);
        }
        for list in [
            &mut gist.actor,
            &mut gist.object,
            &mut gist.words,
            &mut gist.names,
            &mut gist.numbers,
        ] {
            list.sort_unstable();
            list.dedup();
        }
        Some(gist)
    }

    /// The bucket of the head's family: its first letters, which every kind of the family
    /// shares.
    fn family(&self) -> String {
        self.head.chars().take(FAMILY_PREFIX).collect()
    }

    /// `self` and `other` tell the same happening: heads of one family; actors, objects,
    /// figures and names that agree where both titles have them; a name, or two other words,
    /// in common, and more than half the words of the shorter title.
    fn same(&self, other: &Self) -> bool {
        let common = shared(&self.words, &other.words);
        one_family(&self.head, &other.head)
            && agree(&self.numbers, &other.numbers)
            && agree(&self.names, &other.names)
            && agree(&self.actor, &other.actor)
            && agree(&self.object, &other.object)
            && (shared(&self.names, &other.names) > 0 || common >= 2)
            && common * 2 > self.words.len().min(other.words.len())
    }
}

/// `a` and `b` (sorted) share a word, or one of them is empty: two titles' names or figures
/// agree where both have some ("the airport in Goma" is not "the airport in Kigali").
pub(super) fn agree<T: Ord>(a: &[T], b: &[T]) -> bool {
    a.is_empty() || b.is_empty() || shared(a, b) > 0
}

/// The names of `title` as [`Gist`] reads them, lower case, sorted: for an article's own
/// index, which compares titles of one day by the same test.
pub(super) fn title_names(title: &str) -> Vec<String> {
    let tokens = tokens(title, 0..title.len());
    let mut names: Vec<String> = (tokens.iter().enumerate())
        .filter(|&(i, t)| is_content(t) && !is_figure(t) && is_name(t, i))
        .map(|(_, t)| t.lower.as_str().to_string())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// A number or a number word.
fn is_figure(t: &Token) -> bool {
    t.lower.as_str().chars().any(|c| c.is_ascii_digit()) || t.is_lex(Lex::NumberWords)
}

/// An acronym, or a capitalised word past a title's first (the first is capitalised as the
/// first).
fn is_name(t: &Token, i: usize) -> bool {
    t.all_caps || (t.capitalized && i > 0)
}

/// How many words two titles share at least to be joined across a day and its month.
const CLOSE_WORDS: usize = 3;

impl Gist {
    /// `self` and `other` tell the same happening ([`Gist::same`]) closely enough to join a
    /// day with its month: a name in common, and [`CLOSE_WORDS`] words.
    fn close(&self, other: &Self) -> bool {
        self.same(other)
            && shared(&self.names, &other.names) > 0
            && shared(&self.words, &other.words) >= CLOSE_WORDS
    }
}

/// A word that says what the title is about: no function word, copula or punctuation.
fn is_content(t: &Token) -> bool {
    t.is_word() && !is_function_word(t) && !t.is(COPULAS) && !t.is(AUXILIARIES)
}

/// The same kind, or the other begins with the shorter but for a final "e" and at most its
/// last letter ("seize" of "seizur": "seized" and "seizure"; "invad" of "invasion").
fn one_family(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let root = short.strip_suffix('e').unwrap_or(short);
    let common = (root.bytes().zip(long.bytes()))
        .take_while(|(x, y)| x == y)
        .count();
    short == long || (common >= FAMILY_PREFIX && common + 1 >= root.len())
}

/// How many words two sorted lists share.
fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    a.iter().filter(|w| b.binary_search(w).is_ok()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{DataLine, data_lines};
    use crate::timeline::Mention;

    const EXAMPLES: &str = include_str!("../../data/rules/across.txt");

    fn event(source: &str, date: &str, title: &str) -> Event {
        let date = TimelineDate::parse(date).expect("a date");
        Event {
            id: super::super::event_id(&date, title),
            date,
            end: None,
            title: title.to_string(),
            status: crate::timeline::Status::Happened,
            notes: None,
            source: Some(source.into()),
            quote: Some(format!("{title}.").into()),
            review: Review::Draft,
            mentions: vec![Mention {
                source: source.into(),
                start: 0,
                end: title.len().try_into().unwrap(),
                confidence: 0.8,
                quote: None,
            }]
            .into(),
            more_mentions: 0,
        }
    }

    fn joined(events: impl IntoIterator<Item = Event>) -> Vec<Event> {
        let mut joined = Joined::default();
        events.into_iter().for_each(|e| joined.add(e, None));
        joined.into_events()
    }

    #[test]
    fn the_examples_join_as_they_say() {
        let mut checked = 0;
        for (n, line) in data_lines(EXAMPLES) {
            let DataLine::Entries(line) = line else {
                continue;
            };
            let (want, pair) = line.split_once(": ").expect("`one:` or `two:`");
            let (a, b) = pair.split_once(" | ").expect("two titles");
            let want = match want {
                "one" => 1,
                "two" => 2,
                other => panic!("line {n}: {other}"),
            };
            // Either way round.
            for (x, y) in [(a, b), (b, a)] {
                let got = joined([event("a", "2013-02-12", x), event("b", "2013-02-12", y)]);
                assert_eq!(got.len(), want, "line {n}: {x} | {y}");
            }
            checked += 1;
        }
        assert!(checked >= 10);
    }

    #[test]
    fn a_joined_event_keeps_its_first_title_and_every_source() {
        let got = joined([
            event("a", "2013-02-12", "Rebels seized the airport in Goma"),
            event("b", "2013-02-12", "Rebel fighters seized the Goma airport"),
        ]);
        assert_eq!(got[0].title, "Rebels seized the airport in Goma");
        let told: Vec<_> = (got[0].mentions.iter())
            .map(|m| (&*m.source, m.quote.as_deref()))
            .collect();
        assert_eq!(
            told,
            [
                ("a", None),
                ("b", Some("Rebel fighters seized the Goma airport."))
            ]
        );
    }

    #[test]
    fn one_article_another_date_or_no_happening_is_never_joined() {
        let seized = "Rebels seized the airport in Goma";
        let again = "Rebel fighters seized the Goma airport";
        for (b, date, title) in [
            ("a", "2013-02-12", again),
            ("b", "2013-02-13", again),
            ("b", "2013-02", "Rebels seized the airport"),
            ("b", "2013", again),
        ] {
            let got = joined([event("a", "2013-02-12", seized), event(b, date, title)]);
            assert_eq!(got.len(), 2, "{b} {date}");
        }
        // A third article joins the event the first two made; the second's events are no
        // more joined to it once it holds one of them.
        let got = joined([
            event("a", "2013-02-12", seized),
            event("b", "2013-02-12", again),
            event("b", "2013-02-12", "Rebels seized the Goma airport"),
            event(
                "c",
                "2013-02-12",
                "Rebels seized the Goma airport on the lake",
            ),
        ]);
        let sources: Vec<Vec<&str>> = (got.iter())
            .map(|e| e.mentions.iter().map(|m| &*m.source).collect())
            .collect();
        assert_eq!(sources, [vec!["a", "b", "c"], vec!["b"]]);
    }

    #[test]
    fn a_later_source_that_saw_it_happen_makes_it_happened_and_reported_needs_every_source() {
        use Status::{Happened, Planned, Reported};
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let (before, on, after) = (day("2013-02-10"), day("2013-02-12"), day("2013-02-14"));
        let signed = "The two leaders signed the trade treaty in Geneva";
        let again = "The leaders signed the Geneva trade treaty";
        let cases = [
            // Planned, then told as done on the day or after it: done.
            ((Planned, before), (Happened, after), Happened),
            ((Planned, before), (Happened, on), Happened),
            // Told as done before its date, or by an undated source: no witness.
            ((Planned, before), (Happened, before), Planned),
            ((Planned, before), (Happened, None), Planned),
            ((Happened, after), (Planned, before), Happened),
            // Reported while every source reports it.
            ((Reported, after), (Reported, after), Reported),
            ((Reported, after), (Planned, before), Planned),
            ((Reported, None), (Happened, None), Happened),
            ((Happened, None), (Reported, None), Happened),
        ];
        for ((first, first_told), (second, second_told), want) in cases {
            let mut a = event("a", "2013-02-12", signed);
            a.status = first;
            let mut b = event("b", "2013-02-12", again);
            b.status = second;
            let mut joined = Joined::default();
            joined.add(a, first_told);
            joined.add(b, second_told);
            let got = joined.into_events();
            assert_eq!(got.len(), 1);
            assert_eq!(got[0].status, want, "{first:?} {second:?} {second_told:?}");
            // Made happened by the second source, it takes that source's title.
            let title = if want == Happened && first != Happened {
                again
            } else {
                signed
            };
            assert_eq!(got[0].title, title, "{first:?} {second:?} {second_told:?}");
        }
        // A status a person reviewed stays.
        let mut a = event("a", "2013-02-12", signed);
        (a.status, a.review) = (Planned, Review::Confirmed);
        let mut joined = Joined::default();
        joined.add(a, before);
        joined.add(event("b", "2013-02-12", again), after);
        assert_eq!(joined.into_events()[0].status, Planned);
    }

    #[test]
    fn a_day_joins_its_month_when_the_titles_agree_closely_and_keeps_the_day() {
        let seized = "Rebels seized the airport in Goma";
        let again = "Rebel fighters seized the Goma airport";
        for (first, second) in [("2013-02", "2013-02-12"), ("2013-02-12", "~2013-02")] {
            let got = joined([event("a", first, seized), event("b", second, again)]);
            assert_eq!(got.len(), 1, "{first} {second}");
            assert_eq!(got[0].date.to_string(), "2013-02-12");
        }
        // No name in common, or too few words: a month tells too little to join.
        for title in ["Rebels seized the airport", "Goma seized"] {
            let got = joined([
                event("a", "2013-02", title),
                event("b", "2013-02-12", title),
            ]);
            assert_eq!(got.len(), 2, "{title}");
        }
        // Once the month's event has a day, another day of the month is another event.
        let got = joined([
            event("a", "2013-02", seized),
            event("b", "2013-02-12", again),
            event("c", "2013-02-14", again),
        ]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn held_events_stay_apart_and_a_join_that_finds_none_adds_nothing() {
        let seized = event("a", "2013-02-12", "Rebels seized the airport in Goma");
        let again = event("b", "2013-02-12", "Rebel fighters seized the Goma airport");
        let mut joined = Joined::default();
        joined.hold(seized);
        joined.hold(again.clone());
        assert_eq!(joined.events().len(), 2);
        let third = event("c", "2013-02-12", "Rebels seized the Goma airport at dawn");
        assert_eq!(joined.join(&third, None), Some(0));
        let kigali = event("c", "2013-02-12", "Rebels seized the airport in Kigali");
        assert_eq!(joined.join(&kigali, None), None);
        assert_eq!(joined.join(&again, None), Some(1));
        let told: Vec<usize> = joined.events().iter().map(|e| e.mentions.len()).collect();
        assert_eq!(told, [2, 1]);
    }

    #[test]
    fn an_article_met_again_adds_nothing() {
        let a = event("a", "2013-02-12", "Rebels seized the airport in Goma");
        let b = event("b", "2013-02-12", "Rebel fighters seized the Goma airport");
        let got = joined([a.clone(), b.clone(), a, b]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].mentions.len(), 2);
    }

    #[test]
    fn a_crowded_day_costs_a_bounded_number_of_comparisons_each() {
        // Events of one day and head, each of its own article and object: none is joined,
        // and each is compared with the latest `REACH` only.
        let n = 20_000;
        let events = (0..n).map(|k| {
            event(
                &format!("s{k}"),
                "2013-02-12",
                &format!("Rebels seized depot{k}"),
            )
        });
        let start = std::time::Instant::now();
        assert_eq!(joined(events).len(), n);
        assert!(start.elapsed().as_secs() < 20);
    }
}
