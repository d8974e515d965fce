//! A day's sentences: among the sentences that date the day, the ones closest to what all of
//! them say (TF-IDF cosine to their centroid), each unlike those already chosen (maximal
//! marginal relevance), and a title cut from the best one.

use std::collections::HashSet;
use std::ops::Range;

use chrono::NaiveDate;

use super::Chosen;
use super::aside;
use super::words::{DocumentFrequency, Vector};

/// Sentences kept per day while reading; past it, a better candidate replaces the worst.
const POOL: usize = 200;

/// A candidate this close (cosine) to one already chosen says the same thing.
const NEAR_DUPLICATE: f64 = 0.5;
/// What being a timeline entry ("April 22 - The rig sinks.") adds to a candidate's likeness
/// to its day's centroid (0.05 to 0.3 measured alike; see `data/rules/digest.txt`).
const ENTRY: f64 = 0.1;
/// How much likeness to the chosen sentences costs a candidate.
const REDUNDANCY: f64 = 0.5;
/// Sentences outside these word counts are fragments or run-ons (on the development stories,
/// a cap of 35 words scored better than 30 or 50: a timeline's sentences are short).
const SHORTEST: usize = 6;
const LONGEST: usize = 35;

/// A sentence that dates a day (or leads an article published on it).
#[derive(Debug, Clone)]
pub struct Candidate {
    article: String,
    published: NaiveDate,
    span: Range<usize>,
    text: String,
    /// Ranks candidates while reading, before their words can be compared: on the story,
    /// of a fitting length and no quotation, not naming the day as where a span starts ("since
    /// May 2"), written on a later day.
    prior: u8,
    /// A timeline entry: the form a journalist's timeline takes.
    entry: bool,
}

impl Candidate {
    /// `text` is the sentence at `span` of the article (of a timeline entry, its part after
    /// the day).
    pub fn new(
        article: &str,
        published: NaiveDate,
        span: Range<usize>,
        text: &str,
        kind: Kind,
    ) -> Self {
        let mut skip = dateline(text);
        skip += aside::glued_start(&text[skip..]).unwrap_or(0);
        let span = span.start + skip..span.end;
        let merged = merges_lines(&text[skip..]);
        let text = text[skip..]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let words = text.split(' ').count();
        let fits = (SHORTEST..=LONGEST).contains(&words)
            && !merged
            && !opens_quote(&text)
            && !aside::is_aside(&text);
        let prior = u8::from(kind.on_story) * 8
            + u8::from(fits) * 4
            + u8::from(!kind.since) * 2
            + u8::from(kind.later);
        Self {
            article: article.to_string(),
            published,
            span,
            text,
            prior,
            entry: kind.entry && words >= SHORTEST,
        }
    }
}

/// What is known of a candidate sentence from where it was read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Kind {
    /// Written on another day than the one it names.
    pub later: bool,
    /// It names the day as where a span starts ("since May 2").
    pub since: bool,
    /// It holds a word of the story.
    pub on_story: bool,
    /// It is a timeline entry ("April 22 - The rig sinks."), read from after the day.
    pub entry: bool,
}

/// The length of the separator opening `after` (the text right after a day named in a
/// sentence) when the day heads a timeline entry: a dash or a colon, then the entry, opening
/// with a capital, a digit or a quotation mark.
pub fn entry_separator(after: &str) -> Option<usize> {
    let n = [" - ", " -- ", ": ", " \u{2013} ", " \u{2014} "]
        .iter()
        .find(|s| after.starts_with(*s))
        .map(|s| s.len())?;
    let opens = after[n..].chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || ['"', '\'', '\u{201c}'].contains(&c)
    });
    opens.then_some(n)
}

/// Whether the text `before` an expression in a sentence leaves it at the head of an item:
/// nothing, a line break, or the end of a sentence or a list item run into this one.
pub fn heads_item(before: &str) -> bool {
    let kept = before.trim_end_matches([' ', '\t']);
    kept.is_empty()
        || kept.ends_with('\n')
        || kept.len() < before.len()
            && kept.ends_with(['.', '!', '?', '*', ':', ';', '"', '\u{201d}'])
}

/// The length of a news dateline opening `sentence` ("HOUSTON (Reuters) - ", "NEW ORLEANS
/// -- "), 0 if there is none: the place and the agency, in capitals, then a dash.
fn dateline(sentence: &str) -> usize {
    let Some((at, dash)) = [" -- ", " - ", " \u{2014} ", " \u{2013} "]
        .iter()
        .filter_map(|d| sentence.find(d).map(|i| (i, d.len())))
        .min()
    else {
        return 0;
    };
    let place = &sentence[..at];
    let outside_brackets: String = place
        .split('(')
        .map(|part| part.split_once(')').map_or(part, |(_, after)| after))
        .collect();
    let is_place = place.len() <= 60
        && outside_brackets.chars().any(char::is_alphabetic)
        && !outside_brackets.chars().any(char::is_lowercase);
    if is_place { at + dash } else { 0 }
}

/// Whether `sentence` opens with a quotation mark: someone's words ("We will make this
/// right," he said), where a timeline tells what happened in its own.
fn opens_quote(sentence: &str) -> bool {
    sentence.starts_with(['"', '\'', '\u{201c}', '\u{2018}'])
}

/// Whether `sentence` runs across a line break after a line with no closing punctuation: a
/// headline or caption glued to the next sentence, in a corpus with one sentence a line.
fn merges_lines(sentence: &str) -> bool {
    let lines: Vec<&str> = sentence.trim_end().split('\n').collect();
    lines.windows(2).any(|pair| {
        let open = !pair[0]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\'', '\u{201d}', ')', ',', ';', ':']);
        open && pair[1].trim_start().starts_with(char::is_uppercase)
    })
}

/// The candidates of one day, at most [`POOL`].
#[derive(Debug, Clone, Default)]
pub struct Pool(Vec<Candidate>);

impl Pool {
    /// Keeps `candidate` if there is room or it ranks above the worst kept one (the earliest
    /// read wins ties, so the result does not depend on anything but the input order); true
    /// when the pool grew.
    pub fn offer(&mut self, candidate: Candidate) -> bool {
        if self.0.len() < POOL {
            self.0.push(candidate);
            return true;
        }
        let worst = self
            .0
            .iter()
            .enumerate()
            .min_by_key(|(i, c)| (c.prior, std::cmp::Reverse(*i)))
            .map(|(i, c)| (i, c.prior));
        if let Some((i, prior)) = worst
            && candidate.prior > prior
        {
            self.0.remove(i);
            self.0.push(candidate);
        }
        false
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Up to `k` sentences, best first: central, on the story, no two alike, none already
    /// used for another day.
    pub fn choose(self, k: usize, frequency: &DocumentFrequency, used: &mut Used) -> Vec<Chosen> {
        let best_prior = self.0.iter().map(|c| c.prior).max().unwrap_or(0);
        // Only the best kind of candidate competes: on the story and of a fitting length
        // when there are such.
        let candidates: Vec<Candidate> = self
            .0
            .into_iter()
            .filter(|c| c.prior >= (best_prior & !1))
            .filter(|c| !used.texts.contains(&c.text.to_lowercase()))
            .collect();
        let vectors: Vec<Vector> = candidates
            .iter()
            .map(|c| Vector::new(&c.text, frequency))
            .collect();
        let centroid = Vector::centroid(vectors.iter());
        let central: Vec<f64> = vectors
            .iter()
            .zip(&candidates)
            .map(|(v, c)| v.dot(&centroid) + if c.entry { ENTRY } else { 0.0 })
            .collect();
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < k {
            let mut best: Option<(usize, f64)> = None;
            for (i, v) in vectors.iter().enumerate() {
                if chosen.contains(&i) {
                    continue;
                }
                let likeness = chosen
                    .iter()
                    .map(|&j| v.dot(&vectors[j]))
                    .fold(0.0, f64::max);
                if likeness > NEAR_DUPLICATE {
                    continue;
                }
                let score = central[i] - REDUNDANCY * likeness;
                if best.is_none_or(|(_, s)| score > s) {
                    best = Some((i, score));
                }
            }
            let Some((i, _)) = best else { break };
            chosen.push(i);
        }
        chosen
            .into_iter()
            .map(|i| {
                let c = &candidates[i];
                used.texts.insert(c.text.to_lowercase());
                Chosen {
                    article: c.article.clone(),
                    published: c.published,
                    span: c.span.clone(),
                    text: c.text.clone(),
                }
            })
            .collect()
    }
}

/// Sentences already chosen for a day, by their lower-cased text: a sentence naming two days,
/// or syndicated in several articles, is told once.
#[derive(Debug, Default)]
pub struct Used {
    texts: HashSet<String>,
}

/// The longest a title is, in characters, before it is cut at a clause or word boundary.
const TITLE: usize = 90;

/// A title from a sentence: the sentence up to its first clause boundary (`,` `;` `:` or a
/// dash) past the first few words, else cut at a word boundary; never reworded.
pub fn title(sentence: &str) -> String {
    let sentence = sentence.trim().trim_end_matches(['.', '!', '?']);
    if sentence.chars().count() <= TITLE / 2 {
        return sentence.to_string();
    }
    let limit = sentence
        .char_indices()
        .nth(TITLE)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..limit];
    let clause = head
        .match_indices([',', ';', ':'])
        .map(|(i, _)| i)
        .chain(head.match_indices(" - ").map(|(i, _)| i))
        .chain(head.match_indices(" \u{2014}").map(|(i, _)| i))
        .filter(|&i| head[..i].split_whitespace().count() >= 4)
        .min();
    let cut = match clause {
        Some(i) => &head[..i],
        None if limit == sentence.len() => head,
        None => head.rfind(' ').map_or(head, |i| &head[..i]),
    };
    cut.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_left_out() {
        fn cut(s: &str) -> &str {
            &s[dateline(s)..]
        }
        assert_eq!(cut("HOUSTON (Reuters) - A rig sank."), "A rig sank.");
        assert_eq!(cut("NEW ORLEANS -- No oil leaked."), "No oil leaked.");
        assert_eq!(cut("BP said - again - no."), "BP said - again - no.");
        assert_eq!(cut("The rig sank."), "The rig sank.");
    }

    #[test]
    fn a_sentence_opening_with_a_quotation_is_someone_speaking() {
        assert!(opens_quote("\"We will cap the well,\" the chief said."));
        assert!(opens_quote("\u{201c}Not yet,\u{201d} she said."));
        assert!(!opens_quote("The chief said: \"We will cap the well.\""));
        assert!(!opens_quote("The rig sank."));
    }

    /// A candidate on the story, written on a later day.
    fn reported() -> Kind {
        Kind {
            later: true,
            on_story: true,
            ..Kind::default()
        }
    }

    /// Word frequencies over `sentences` and two unrelated ones.
    fn frequency_among(sentences: &[&str]) -> DocumentFrequency {
        let mut frequency = DocumentFrequency::default();
        for sentence in sentences
            .iter()
            .chain(&["The weather was calm.", "Markets fell."])
        {
            frequency.add_sentence(sentence);
        }
        frequency
    }

    #[test]
    fn a_quotation_is_chosen_only_when_nothing_else_tells_the_day() {
        let day = NaiveDate::from_ymd_opt(2010, 4, 20).unwrap();
        let kind = reported();
        let candidate = |text: &str| Candidate::new("a", day, 0..text.len(), text, kind);
        let quoted = "\"The rig exploded and burned all night in the Gulf,\" a worker said.";
        let told = "The rig exploded in the Gulf and sank two days later.";
        let frequency = frequency_among(&[quoted, told]);
        let mut pool = Pool::default();
        pool.offer(candidate(quoted));
        pool.offer(candidate(told));
        let chosen = pool.choose(2, &frequency, &mut Used::default());
        let texts: Vec<&str> = chosen.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, [told]);
        let mut alone = Pool::default();
        alone.offer(candidate(quoted));
        let chosen = alone.choose(1, &frequency, &mut Used::default());
        assert_eq!(chosen[0].text, quoted);
    }

    #[test]
    fn a_day_heading_an_item_with_a_dash_or_colon_opens_an_entry() {
        assert_eq!(entry_separator(" - The rig sinks."), Some(3));
        assert_eq!(entry_separator(": BP tries a cap."), Some(2));
        assert_eq!(entry_separator(" \u{2013} \"Top kill\" fails."), Some(5));
        assert_eq!(entry_separator(" -- applying chemicals."), None);
        assert_eq!(entry_separator(", the rig sank."), None);
        assert!(heads_item(""));
        assert!(heads_item("A chronology: * "));
        assert!(heads_item("Both are due next month. "));
        assert!(heads_item("Timeline\n"));
        assert!(!heads_item("The rig sank on "));
        assert!(!heads_item("was using one of them "));
    }

    #[test]
    fn a_timeline_entry_is_preferred_to_a_report_alike() {
        let day = NaiveDate::from_ymd_opt(2010, 4, 22).unwrap();
        let kind = reported();
        let entry = "The rig sinks and an oil slick forms in the Gulf.";
        let report = "The rig sank in the Gulf and an oil slick formed.";
        let frequency = frequency_among(&[entry, report]);
        let mut pool = Pool::default();
        pool.offer(Candidate::new("a", day, 0..report.len(), report, kind));
        let as_entry = Kind {
            entry: true,
            ..kind
        };
        pool.offer(Candidate::new("b", day, 0..entry.len(), entry, as_entry));
        let chosen = pool.choose(1, &frequency, &mut Used::default());
        assert_eq!(chosen[0].text, entry);
    }

    #[test]
    fn a_headline_glued_to_a_sentence_is_seen() {
        assert!(merges_lines(
            "Rig sinks in Gulf\nFire crews battled the blaze."
        ));
        assert!(!merges_lines("The rig sank on Thursday, officials\nsaid."));
        assert!(!merges_lines("The rig sank."));
    }

    #[test]
    fn titles_end_at_a_clause_or_a_word() {
        assert_eq!(title("The rig exploded."), "The rig exploded");
        assert_eq!(
            title(
                "The Silver Marlin barge capsized in the bay of Orvel, stranding 14 crew and causing the longest delay."
            ),
            "The Silver Marlin barge capsized in the bay of Orvel"
        );
        let long = "word ".repeat(40);
        let t = title(&long);
        assert!(t.len() <= TITLE && t.ends_with("word"), "{t}");
    }
}
