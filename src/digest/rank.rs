//! Which days matter: for each day, how many articles were published on it and how many refer
//! to it, from the day itself and from other days; a linear score over those counts, with the
//! weights of `data/rules/digest.txt`.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::text::section_entries;

/// What the articles say of one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayCounts {
    /// Articles published on the day.
    pub published: u32,
    /// Articles published on the day that name it ("today", "on Tuesday").
    pub articles_same: u32,
    /// Articles published on other days that name it: the surest sign that it mattered.
    pub articles_other: u32,
    /// Of those, the ones published at least [`FAR`] days after it.
    pub articles_far: u32,
    /// Sentences naming the day, by when their article was published: on the day, before
    /// it (plans), one or two days after, and later.
    pub sentences_same: u32,
    pub sentences_before: u32,
    pub sentences_near: u32,
    pub sentences_far: u32,
    /// Sentences naming the day among the first of their article, from articles of the day
    /// and of other days.
    pub opening_same: u32,
    pub opening_other: u32,
    /// Sentences naming the day that hold a word of the story (`--about`), from other days.
    pub story_other: u32,
}

/// Days after a day from which an article naming it looks back rather than reports.
const FAR: i64 = 3;

impl DayCounts {
    /// A sentence of an article published on `published` names the day `day`; `opening`:
    /// among the first of the article; `on_story`: it holds a word of the story.
    pub fn sentence(
        &mut self,
        day: NaiveDate,
        published: NaiveDate,
        opening: bool,
        on_story: bool,
    ) {
        let same = day == published;
        match (same, opening) {
            (true, true) => self.opening_same += 1,
            (false, true) => self.opening_other += 1,
            _ => {}
        }
        if on_story && !same {
            self.story_other += 1;
        }
        match (published - day).num_days() {
            0 => self.sentences_same += 1,
            ..0 => self.sentences_before += 1,
            1..FAR => self.sentences_near += 1,
            _ => self.sentences_far += 1,
        }
    }

    /// An article published on `published` names the day `day` (once however often).
    pub fn article(&mut self, day: NaiveDate, published: NaiveDate) {
        let lag = (published - day).num_days();
        if lag == 0 {
            self.articles_same += 1;
        } else {
            self.articles_other += 1;
        }
        if lag >= FAR {
            self.articles_far += 1;
        }
    }
}

/// The features of `day` that the score weighs, in the order of [`FEATURES`].
pub fn features(c: DayCounts) -> Weights {
    let log = |n: u32| f64::from(n).ln_1p();
    let other = c.sentences_before + c.sentences_near + c.sentences_far;
    [
        log(c.published),
        log(c.articles_same),
        log(c.articles_other),
        log(c.articles_far),
        log(c.sentences_same),
        log(c.sentences_before),
        log(c.sentences_near),
        log(c.sentences_far),
        log(other),
        log(c.opening_same),
        log(c.opening_other),
        log(c.story_other),
        (log(c.published) - log(other)).max(0.0),
    ]
}

/// The names of the features, as `data/rules/digest.txt` writes them.
pub const FEATURES: [&str; 13] = [
    "published",
    "articles_same",
    "articles_other",
    "articles_far",
    "sentences_same",
    "sentences_before",
    "sentences_near",
    "sentences_far",
    "sentences_other",
    "opening_same",
    "opening_other",
    "story_other",
    "published_excess",
];

/// One weight per feature of [`FEATURES`].
pub type Weights = [f64; FEATURES.len()];

const DATA: &str = include_str!("../../data/rules/digest.txt");

/// The shipped weights of `data/rules/digest.txt` (section `[weights]`, `name = number`).
///
/// # Panics
/// If the shipped file is malformed; a test reads it.
#[must_use]
pub fn default_weights() -> Weights {
    parse_weights(DATA).unwrap_or_else(|e| panic!("data/rules/digest.txt: {e}"))
}

fn parse_weights(source: &str) -> Result<Weights, String> {
    let mut weights = [f64::NAN; FEATURES.len()];
    for (line, entry) in section_entries(source, "weights") {
        let (name, value) = entry
            .split_once('=')
            .ok_or_else(|| format!("line {line}: expected `feature = weight`"))?;
        let at = FEATURES
            .iter()
            .position(|f| *f == name.trim())
            .ok_or_else(|| format!("line {line}: unknown feature `{}`", name.trim()))?;
        weights[at] = value
            .trim()
            .parse()
            .map_err(|_| format!("line {line}: `{}` is not a number", value.trim()))?;
    }
    match weights.iter().position(|w| w.is_nan()) {
        Some(missing) => Err(format!("no weight for `{}`", FEATURES[missing])),
        None => Ok(weights),
    }
}

/// The days by score, best first (ties: the earlier day first).
#[must_use]
pub fn rank(counts: &BTreeMap<NaiveDate, DayCounts>, weights: &Weights) -> Vec<(NaiveDate, f64)> {
    let mut ranked: Vec<(NaiveDate, f64)> = counts
        .iter()
        .map(|(&day, &c)| {
            let score = features(c).iter().zip(weights).map(|(f, w)| f * w).sum();
            (day, score)
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

/// How many days a story supports when the caller does not say: the days scoring at least
/// half of the best, at least [`FEWEST`] (when there are that many) and at most [`MOST`]
/// (the most a chart shows readably).
#[must_use]
pub fn enough(ranked: &[(NaiveDate, f64)]) -> usize {
    let best = ranked.first().map_or(0.0, |r| r.1);
    let above = ranked.iter().take_while(|r| r.1 >= best / 2.0).count();
    above.clamp(FEWEST.min(ranked.len()), MOST)
}

const FEWEST: usize = 5;
const MOST: usize = 100;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_read() {
        assert!(default_weights().iter().all(|w| w.is_finite()));
    }

    #[test]
    fn weight_errors_name_the_line() {
        let e = parse_weights("[weights]\npublished = x\n").unwrap_err();
        assert_eq!(e, "line 2: `x` is not a number");
        let e = parse_weights("[weights]\nfoo = 1\n").unwrap_err();
        assert_eq!(e, "line 2: unknown feature `foo`");
        let e = parse_weights("[weights]\npublished = 1\n").unwrap_err();
        assert_eq!(e, "no weight for `articles_same`");
    }

    #[test]
    fn days_named_from_other_days_rank_first_then_days_much_published() {
        let day = |d| NaiveDate::from_ymd_opt(2010, 4, d).unwrap();
        let mut counts = BTreeMap::new();
        let mut remembered = DayCounts {
            published: 2,
            ..DayCounts::default()
        };
        for _ in 0..8 {
            remembered.article(day(20), day(25));
            remembered.sentence(day(20), day(25), false, false);
        }
        let busy = DayCounts {
            published: 4,
            ..DayCounts::default()
        };
        let mut barely = DayCounts {
            published: 1,
            ..DayCounts::default()
        };
        barely.article(day(22), day(23));
        barely.sentence(day(22), day(23), false, false);
        counts.insert(day(20), remembered);
        counts.insert(day(21), busy);
        counts.insert(day(22), barely);
        let ranked: Vec<NaiveDate> = rank(&counts, &default_weights())
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(ranked, [day(20), day(21), day(22)]);
    }

    #[test]
    fn references_repeating_the_story_count_less() {
        let day = |d| NaiveDate::from_ymd_opt(2010, 4, d).unwrap();
        let mut counts = BTreeMap::new();
        for (d, on_story) in [(20, true), (21, false)] {
            let mut c = DayCounts::default();
            for _ in 0..5 {
                c.sentence(day(d), day(25), false, on_story);
            }
            counts.insert(day(d), c);
        }
        assert_eq!(rank(&counts, &default_weights())[0].0, day(21));
    }
}
