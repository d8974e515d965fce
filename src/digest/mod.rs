//! A story's timeline from many articles: the days that matter and, for each, the sentences
//! that best tell what happened on it.
//!
//! Articles are read one at a time ([`Digester::add`]) and forgotten: what is kept is, for each
//! day, how often articles refer to it (`rank`) and a bounded pool of the sentences that date
//! it (`pick`), so a corpus of any size digests in bounded memory. [`Digester::finish`] ranks
//! the days, keeps the best and picks each day's sentences and title.
//!
//! Nothing here reads files or the clock: documents come from the caller.

mod aside;
mod pick;
mod rank;
mod story;
mod words;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;

use crate::pipeline::{Article, tag_article};
use crate::timex::{Point, Timex, Value};
use pick::{Candidate, Kind, Pool};
use rank::DayCounts;
use rank::Weights;
pub use rank::{FEATURES, default_weights};
pub use story::entries;
use words::DocumentFrequency;

/// What the caller asks of a digest.
#[derive(Debug, Clone)]
pub struct Options {
    /// How many days to keep; `None`: as many as the story supports (see `rank::enough`).
    pub dates: Option<usize>,
    /// Sentences per day.
    pub per_date: usize,
    /// Days before `from` or after `to` are left out.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Words of the story (lower case): a day's sentences are chosen among those holding one,
    /// when there are any.
    pub about: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            dates: None,
            per_date: 2,
            from: None,
            to: None,
            about: Vec::new(),
        }
    }
}

/// One day of the digest, as it goes into the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    /// The best sentence, shortened at a clause boundary.
    pub title: String,
    /// The chosen sentences, best first.
    pub sentences: Vec<Chosen>,
    /// The day's ranking score (higher matters more), for confidences.
    pub score: f64,
}

/// A sentence chosen for a day, verbatim, and where it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Chosen {
    /// The article's name (its id or path).
    pub article: String,
    pub published: NaiveDate,
    /// Byte span of the sentence in the article's text.
    pub span: Range<usize>,
    pub text: String,
}

/// Why there is no digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DigestError {
    /// No article was read at all.
    NoArticles,
    /// Articles were read but none refers to, or was published on, a day in the bounds.
    NoDays { articles: usize },
}

impl fmt::Display for DigestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoArticles => f.write_str("no articles to digest"),
            Self::NoDays { articles: 1 } => f.write_str(
                "the one article was not published on, and names no, day within the bounds",
            ),
            Self::NoDays { articles } => write!(
                f,
                "none of the {articles} articles was published on or names a day within the bounds"
            ),
        }
    }
}

impl std::error::Error for DigestError {}

/// A digest in progress: feed it articles with [`Digester::add`], then [`Digester::finish`].
#[derive(Debug)]
pub struct Digester {
    options: Options,
    weights: Weights,
    counts: BTreeMap<NaiveDate, DayCounts>,
    pools: BTreeMap<NaiveDate, Pool>,
    /// Candidates in all pools.
    pooled: usize,
    frequency: DocumentFrequency,
    articles: usize,
}

/// Undated sentences at the start of an article are candidates for its publication day: a
/// news report's lead tells the day's news.
const LEAD_SENTENCES: usize = 3;

/// Candidate sentences kept over all days (a few hundred bytes each).
const BUDGET: usize = 100_000;

/// The sentences of an article that open it: a day they name is the article's news.
const OPENING: usize = 5;

impl Digester {
    #[must_use]
    pub fn new(options: Options) -> Self {
        Self {
            options,
            weights: default_weights(),
            counts: BTreeMap::new(),
            pools: BTreeMap::new(),
            pooled: 0,
            frequency: DocumentFrequency::default(),
            articles: 0,
        }
    }

    /// Reads one article: its references to days and its candidate sentences. An article
    /// without a reference date is counted but dates nothing.
    pub fn add(&mut self, article: &Article) {
        self.articles += 1;
        let Some(published) = article.reference else {
            return;
        };
        let (timexes, spans) = tag_article(article);
        let text = &article.text;
        let mut referred: Vec<NaiveDate> = Vec::new();
        let mut at = 0;
        for (n, span) in spans.iter().enumerate() {
            let sentence = &text[span.clone()];
            self.frequency.add_sentence(sentence);
            while at < timexes.len() && timexes[at].span().start < span.start {
                at += 1;
            }
            let named = &timexes[at..];
            let named = &named[..named
                .iter()
                .position(|t| t.span().start >= span.end)
                .unwrap_or(named.len())];
            let mut days: Vec<NaiveDate> = named.iter().filter_map(day_of).collect();
            days.sort_unstable();
            days.dedup();
            // A day named as where a span starts ("since May 2") is background, not news.
            let since: Vec<NaiveDate> = named
                .iter()
                .filter(|t| after_since(&text[span.start..t.span().start]))
                .filter_map(day_of)
                .collect();
            let lead = n < LEAD_SENTENCES && days.is_empty();
            let opening = n < OPENING;
            let holds_story =
                (lead || !days.is_empty()) && words::on_story(sentence, &self.options.about);
            // Without words of the story every sentence is on it: none counts as repeating it.
            let on_story = holds_story && !self.options.about.is_empty();
            let candidate = |day: Option<NaiveDate>, later, since| {
                // A sentence laid out as a timeline entry ("April 22 - The rig sinks.") is
                // told from after its day and separator.
                let entry = day
                    .and_then(|day| entry_start(text, span.clone(), named, day))
                    .filter(|&at| at < span.end);
                let span = entry.map_or(span.clone(), |at| at..span.end);
                let kind = Kind {
                    later,
                    since,
                    on_story: holds_story,
                    entry: entry.is_some(),
                };
                Candidate::new(&article.name, published, span.clone(), &text[span], kind)
            };
            for &day in &days {
                if !self.within(day) {
                    continue;
                }
                self.counts
                    .entry(day)
                    .or_default()
                    .sentence(day, published, opening, on_story);
                let candidate = candidate(Some(day), day != published, since.contains(&day));
                self.offer(day, candidate);
                referred.push(day);
            }
            if lead && self.within(published) {
                self.offer(published, candidate(None, false, false));
            }
        }
        referred.sort_unstable();
        referred.dedup();
        for day in referred {
            self.counts.entry(day).or_default().article(day, published);
        }
        if self.within(published) {
            self.counts.entry(published).or_default().published += 1;
        }
    }

    /// Each day read so far with the values of its features, in the order of [`FEATURES`]:
    /// what the weights of `data/rules/digest.txt` are fitted on (`tests/digest_fit.rs`).
    #[must_use]
    pub fn day_features(&self) -> Vec<(NaiveDate, Vec<f64>)> {
        self.counts
            .iter()
            .map(|(&day, &c)| (day, rank::features(c).to_vec()))
            .collect()
    }

    fn within(&self, day: NaiveDate) -> bool {
        self.options.from.is_none_or(|from| day >= from)
            && self.options.to.is_none_or(|to| day <= to)
    }

    fn offer(&mut self, day: NaiveDate, candidate: Candidate) {
        if self.pools.entry(day).or_default().offer(candidate) {
            self.pooled += 1;
        }
        if self.pooled > BUDGET {
            self.forget();
        }
    }

    /// Drops the candidates of the days ranking lowest so far, so that a story of many years
    /// keeps within [`BUDGET`] candidates: those days' counts stay, and a day named again
    /// gathers candidates again.
    fn forget(&mut self) {
        let mut kept = 0;
        for (day, _) in rank::rank(&self.counts, &self.weights) {
            let size = self.pools.get(&day).map_or(0, Pool::len);
            if kept + size <= BUDGET / 2 {
                kept += size;
            } else {
                self.pools.remove(&day);
            }
        }
        self.pooled = kept;
    }

    /// The chosen days in date order, each with its sentences and title.
    ///
    /// # Errors
    /// [`DigestError`] when no article was read, or none dates a day within the bounds.
    pub fn finish(self) -> Result<Vec<Day>, DigestError> {
        if self.articles == 0 {
            return Err(DigestError::NoArticles);
        }
        let ranked = rank::rank(&self.counts, &self.weights);
        if ranked.is_empty() {
            return Err(DigestError::NoDays {
                articles: self.articles,
            });
        }
        let wanted = self.options.dates.unwrap_or_else(|| rank::enough(&ranked));
        let mut pools = self.pools;
        let mut used = pick::Used::default();
        let mut days = Vec::new();
        for (date, score) in ranked {
            if days.len() == wanted {
                break;
            }
            let Some(pool) = pools.remove(&date) else {
                continue;
            };
            let sentences = pool.choose(self.options.per_date, &self.frequency, &mut used);
            if sentences.is_empty() {
                continue;
            }
            let title = pick::title(&sentences[0].text);
            days.push(Day {
                date,
                title,
                sentences,
                score,
            });
        }
        days.sort_by_key(|d| d.date);
        Ok(days)
    }
}

/// Where the account of `day` starts in a sentence laid out as a timeline entry: a written
/// date of the day ("April 22", "5 May 2010") heading the sentence or an item run into it,
/// then a dash or a colon, then the entry.
fn entry_start(
    text: &str,
    sentence: Range<usize>,
    named: &[Timex],
    day: NaiveDate,
) -> Option<usize> {
    named
        .iter()
        // An expression may run past the sentence's end ("April 22,\n\n2010 - ..."): it heads
        // no entry of this sentence.
        .filter(|t| sentence.start <= t.span().start && t.span().end <= sentence.end)
        .filter(|t| day_of(t) == Some(day))
        .filter(|t| {
            let written = &text[t.span()];
            written.contains(|c: char| c.is_ascii_digit()) && written.contains(char::is_alphabetic)
        })
        .filter(|t| pick::heads_item(&text[sentence.start..t.span().start]))
        .find_map(|t| {
            pick::entry_separator(&text[t.span().end..sentence.end]).map(|n| t.span().end + n)
        })
}

/// Whether the words `before` an expression end with "since" (or "since on"): the day is
/// where a span starts.
fn after_since(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut last = words.next();
    if last.is_some_and(|w| w.eq_ignore_ascii_case("on")) {
        last = words.next();
    }
    last.is_some_and(|w| w.eq_ignore_ascii_case("since"))
}

/// The day an expression names, if it names exactly one (not a month, a week or a range).
fn day_of(timex: &Timex) -> Option<NaiveDate> {
    match timex.value {
        Value::Point(Point::Day(d) | Point::DayPart(d, _) | Point::Clock(d, _, _)) => Some(d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::after_since;

    #[test]
    fn a_day_after_since_starts_a_span() {
        assert!(after_since("Oil has leaked since "));
        assert!(after_since("closed Since on "));
        assert!(!after_since("The rig sank on "));
        assert!(!after_since("It has been quiet ever since. On "));
        assert!(!after_since(""));
    }
}
