//! Undated mentions: an event noun no expression dates ("the visit") may name an event dated
//! elsewhere in the text. The sentences that may hold one are summarised as they are read,
//! so that a text's words are never all held at once.

use std::ops::Range;

use super::analysis::SentenceAnalysis;
use super::detect::EventPos;
use super::drafts::{Span, range, span};
use super::index::{Key, PRESIZED, Split, text_hash};
use super::{Draft, Drafts, FastMap, NAMES_EACH_SIDE, NameList, Names, kind_of, title};

/// Confidence of an undated mention attached to an event dated elsewhere.
const UNDATED_CONFIDENCE: f64 = 0.5;

/// How many sentences after an event's last mention a definite noun ("the mission") may still
/// name it.
const DEFINITE_REACH: usize = 3;

/// An event noun no expression of its sentence dates: what [`add_undated_mentions`] compares
/// with the drafts.
struct Noun {
    /// Its kind of happening (see [`kind_of`]).
    kind: String,
    /// The names of its clause nearest to it (see [`Names::near`]).
    names: NameList,
    /// After "the", "this" or "that".
    definite: bool,
}

/// The undated event nouns of a sentence, by sentence index, with the sentence's span.
type Summary = (usize, Range<usize>, Vec<Noun>);

/// A [`Noun`] of a summarised sentence, its words numbered by [`Kept`]: most repeat from
/// sentence to sentence. Its names are those of [`Kept::names`] from the end of the previous
/// noun's to `names_end`.
struct Packed {
    kind: Number,
    names_end: Number,
    definite: bool,
}

/// A number of a summary: of a word, a sentence, a place in a list. Half a `usize`, as the
/// summaries are most of what a huge text keeps; 4 billion of any is past the largest article.
type Number = u32;

fn number(n: usize) -> Number {
    Number::try_from(n).unwrap_or(Number::MAX)
}

/// No sentence: a draft not named yet.
const NEVER: Number = Number::MAX;

/// The undated event nouns of `sentence` of a kind `wanted`, in text order.
fn nouns_of(sentence: &SentenceAnalysis, wanted: impl Fn(&str) -> bool) -> Vec<Noun> {
    let tokens = &sentence.tokens;
    let mut linked: Vec<usize> = sentence.links.iter().map(|&(_, e, _)| e).collect();
    linked.sort_unstable();
    let mut clauses = None;
    let mut names = None;
    let mut found = Vec::new();
    for &(i, pos) in &sentence.events {
        if pos != EventPos::Noun || linked.binary_search(&i).is_ok() {
            continue;
        }
        let kind = kind_of(&tokens[i].lower);
        if !wanted(&kind) {
            continue;
        }
        let clause = clauses
            .get_or_insert_with(|| title::Clauses::new(tokens))
            .of(i);
        found.push(Noun {
            kind,
            names: NameList::from_sorted(
                &names
                    .get_or_insert_with(|| Names::new(tokens))
                    .near(i, &clause),
            ),
            definite: i > 0 && matches!(tokens[i - 1].lower.as_str(), "the" | "this" | "that"),
        });
    }
    found
}

/// How many tokens of kept sentences are held whole: more than most articles keep (a long one
/// has 20,000 tokens in all, only some of them in kept sentences), a sixteenth of what a huge
/// text held whole before (4.7 MB of tokens, at 72 bytes each; 16,384 tokens and their
/// sentences were still live at a 10 MB chronology's peak). Past it, a kept sentence is
/// summarised as it is read, before the drafts that show which of its nouns matter are all
/// made: the names of every noun, 2% more instructions on the batch bench if done for every
/// text.
const WHOLE_TOKENS: usize = 1 << 12;

/// The sentences read while drafting that a later step reads again, by index: the lead's
/// (see `lead`) and those with an event noun no expression dates, which may be an undated
/// mention of an event dated elsewhere. They are kept whole up to [`WHOLE_TOKENS`], then
/// summarised: a text's words are never all held at once.
pub(super) struct Kept {
    /// How many sentences open the text as its lead, kept whole once read.
    lead: usize,
    /// The most tokens of kept sentences held whole.
    whole_tokens: usize,
    at: Vec<usize>,
    sentences: Vec<SentenceAnalysis>,
    /// The sentences kept after those held whole, in text order, each with the end of its
    /// undated event nouns in `nouns` (from the previous sentence's end): all in three lists,
    /// not two small ones for each sentence. Each sentence's span in 32 bits, as a draft's.
    summaries: Vec<(Number, Number, Span)>,
    nouns: Vec<Packed>,
    /// The names of the nouns, numbered.
    names: Vec<Number>,
    /// The words of the summaries, numbered: `words[n]` is word `n`.
    words: Vec<Box<str>>,
    numbers: FastMap<Box<str>, Number>,
}

impl Kept {
    pub(super) fn new(lead: usize) -> Self {
        Self::holding(lead, WHOLE_TOKENS)
    }

    /// [`Kept::new`], holding at most `whole_tokens` tokens whole.
    fn holding(lead: usize, whole_tokens: usize) -> Self {
        Self {
            lead,
            whole_tokens,
            at: Vec::new(),
            sentences: Vec::new(),
            summaries: Vec::new(),
            nouns: Vec::new(),
            names: Vec::new(),
            words: Vec::new(),
            numbers: FastMap::default(),
        }
    }

    /// The number of `word` among the summaries' words.
    fn number(&mut self, word: &str) -> Number {
        if let Some(&n) = self.numbers.get(word) {
            return n;
        }
        let n = number(self.words.len());
        let word: Box<str> = word.into();
        self.words.push(word.clone());
        self.numbers.insert(word, n);
        n
    }

    /// Keeps sentence `done`, if read again later.
    pub(super) fn add(&mut self, done: Option<(usize, SentenceAnalysis)>) {
        let Some((k, sentence)) = done else {
            return;
        };
        if k >= self.lead && !sentence.has_undated_noun() {
            return;
        }
        // Once one is summarised, all after it are: the summaries stay after those held whole.
        let fits = sentence.tokens.len() <= self.whole_tokens && self.summaries.is_empty();
        if k < self.lead || fits {
            self.whole_tokens = self.whole_tokens.saturating_sub(sentence.tokens.len());
            self.at.push(k);
            self.sentences.push(sentence);
        } else {
            // Any kind: the drafts it may name are not all made yet.
            for noun in nouns_of(&sentence, |_| true) {
                for name in noun.names.iter() {
                    let name = self.number(name);
                    self.names.push(name);
                }
                let kind = self.number(&noun.kind);
                self.nouns.push(Packed {
                    kind,
                    names_end: number(self.names.len()),
                    definite: noun.definite,
                });
            }
            let nouns_end = number(self.nouns.len());
            self.summaries
                .push((number(k), nouns_end, span(&sentence.range)));
        }
    }

    /// Sentence `k` of the lead, kept from now on: the one kept, else `read()`, taken from
    /// the `unread`.
    pub(super) fn read_lead(
        &mut self,
        k: usize,
        unread: &mut Vec<usize>,
        read: impl FnOnce() -> SentenceAnalysis,
    ) -> &SentenceAnalysis {
        let at = self.at.partition_point(|&a| a < k);
        if self.at.get(at) != Some(&k) {
            if let Ok(u) = unread.binary_search(&k) {
                unread.remove(u);
            }
            self.at.insert(at, k);
            self.sentences.insert(at, read());
        }
        &self.sentences[at]
    }

    /// The undated nouns of the kept sentences, in text order: of those held whole, only the
    /// nouns of a kind `wanted`.
    fn into_summaries(self, wanted: impl Fn(&str) -> bool) -> impl Iterator<Item = Summary> {
        let whole = (self.at.into_iter().zip(self.sentences)).map(move |(k, sentence)| {
            let nouns = nouns_of(&sentence, &wanted);
            (k, sentence.range, nouns)
        });
        let (words, packed, names) = (self.words, self.nouns, self.names);
        let (mut nouns_start, mut names_start) = (0, 0);
        let summarised = self.summaries.into_iter().map(move |(k, nouns_end, span)| {
            let (k, nouns_end) = (k as usize, nouns_end as usize);
            let word = |n: Number| &words[n as usize];
            let nouns = packed[nouns_start..nouns_end].iter().map(|p| {
                let noun = Noun {
                    // Copied: `to_string` of a boxed string goes through the formatter.
                    kind: String::from(&**word(p.kind)),
                    names: NameList::from_sorted(
                        &names[names_start..p.names_end as usize]
                            .iter()
                            .map(|&n| &**word(n))
                            .collect::<Vec<_>>(),
                    ),
                    definite: p.definite,
                };
                names_start = p.names_end as usize;
                noun
            });
            let nouns = nouns.collect();
            nouns_start = nouns_end;
            (k, range(&span), nouns)
        });
        whole.chain(summarised)
    }
}

/// An undated event noun is a later mention of a dated event of the same kind when its clause
/// shares two names with it ("Trump's trip to South Korea for the APEC summit" and "Trump set
/// to visit South Korea next month for ... (APEC)"), or when it is definite ("the mission"),
/// only one dated event is of its kind, and that event was mentioned at most
/// [`DEFINITE_REACH`] sentences before. A noun before the sentence that dates an event never
/// names it: "the war" early in a history is not the war dated at its end.
///
/// `sentences` are those of the text; `kept` holds those read already that have an undated
/// event noun; `read(k)` reads sentence `k` if it was left unread and may name an event (it is
/// asked of every sentence in turn).
pub(super) fn add_undated_mentions(
    sentences: &[Span],
    kept: Kept,
    mut read: impl FnMut(usize) -> Option<SentenceAnalysis>,
    drafts: &mut Drafts,
) {
    // The drafts of each kind, and of each kind and name, in draft order. The drafts of each
    // kind and name are a part of one list, counted first, then filled: a list of each would
    // hold more than its drafts for each of a huge text's names. Sized at once: grown from
    // nothing, the map was rehashed several times for each text (the kinds are few). Keyed by
    // a hash of the kind and the name, as the draft index is, and in parts when large: a
    // huge text's names took a table of tens of megabytes, made after the index's was freed.
    // Room for every name of an article, but a huge text's table grows with its distinct
    // keys: its drafts repeat a few names, and room for each mention was mostly empty.
    let names: usize = drafts.iter().map(|d| d.names().iter().count()).sum();
    let mut of_kind: FastMap<&str, Vec<Number>> = FastMap::default();
    let mut of_name: Split<Range<Number>> =
        Split::with_capacity(names.min(PRESIZED * NAMES_EACH_SIDE));
    let key = |kind: &str, name: &str| Key::text(kind).and(text_hash(name)).0;
    for draft in drafts.iter() {
        for name in draft.names().iter() {
            of_name.or_default(key(draft.kind(), name)).end += 1;
        }
    }
    // Each part starts where the one before ends, and its end grows as it is filled.
    let mut start = 0;
    for part in of_name.values_mut() {
        let count = part.end;
        *part = start..start;
        start += count;
    }
    // Drafts, sentences and places in these lists by their `Number`s: a huge text has a
    // draft for each date.
    let mut named: Vec<Number> = vec![0; start as usize];
    // Each sentence that mentions a draft (dated), with the draft, by sentence: held for the
    // mentions only, not for every sentence.
    // Sized at once: grown, a huge text's list was held twice while it moved.
    let mentions = drafts.iter().map(Draft::mention_count).sum();
    let mut mentioned: Vec<(Number, Number)> = Vec::with_capacity(mentions);
    for (d, draft) in drafts.iter().enumerate() {
        let d = number(d);
        of_kind.entry(draft.kind()).or_default().push(d);
        for name in draft.names().iter() {
            if let Some(part) = of_name.get_mut(key(draft.kind(), name)) {
                named[part.end as usize] = d;
                part.end += 1;
            }
        }
        for (span, _) in draft.mentions() {
            let s = sentences.partition_point(|x| x.start < span.start);
            mentioned.push((number(s), d));
        }
    }
    mentioned.sort_unstable();
    let mut mentioned = mentioned.into_iter().peekable();
    let mut kept = kept
        .into_summaries(|kind| of_kind.contains_key(kind))
        .peekable();
    // Drafts are made in the order of their dated sentences: those dated before sentence `s`
    // are `drafts[..dated_before]`. `last[d]`: the last sentence so far that names draft `d`.
    let mut dated_before = 0;
    let mut last: Vec<Number> = vec![NEVER; drafts.len()];
    let mut found: Vec<(Number, Range<usize>)> = Vec::new();
    for s in 0..sentences.len() {
        while let Some((_, d)) = mentioned.next_if(|&(at, _)| at as usize == s) {
            last[d as usize] = number(s);
        }
        while drafts
            .get(dated_before)
            .is_some_and(|d| (d.sentence as usize) < s)
        {
            dated_before += 1;
        }
        let (range, nouns) = match kept.next_if(|&(at, ..)| at == s) {
            Some((_, range, nouns)) => (range, nouns),
            None => match read(s) {
                Some(sentence) => {
                    let nouns = nouns_of(&sentence, |kind| of_kind.contains_key(kind));
                    (sentence.range, nouns)
                }
                None => continue,
            },
        };
        for noun in nouns {
            let Some(same_kind) = of_kind.get(noun.kind.as_str()) else {
                continue;
            };
            let lists: Vec<&[Number]> = (noun.names.iter())
                .filter_map(|name| of_name.get(key(&noun.kind, name)))
                .map(|part| &named[part.start as usize..part.end as usize])
                .map(|list| &list[..list.partition_point(|&d| (d as usize) < dated_before)])
                .collect();
            let recent = |d: Number| {
                let l = last[d as usize];
                l != NEVER && s - l as usize <= DEFINITE_REACH
            };
            let matched = first_in_two(&lists).or_else(|| {
                (noun.definite && same_kind.len() == 1 && recent(same_kind[0]))
                    .then(|| same_kind[0])
            });
            if let Some(d) = matched {
                found.push((d, range.clone()));
                last[d as usize] = number(s);
            }
        }
    }
    // The summaries read the kinds of the drafts.
    drop(kept);
    for (d, range) in found {
        drafts[d as usize].mention(&range, UNDATED_CONFIDENCE);
    }
}

/// The smallest number found in at least two of `lists` (each ascending, without repeats).
/// Such a number is in some list besides the longest, so only the others are walked.
fn first_in_two(lists: &[&[Number]]) -> Option<Number> {
    let longest = (0..lists.len()).max_by_key(|&k| lists[k].len())?;
    let mut candidates: Vec<Number> = (0..lists.len())
        .filter(|&k| k != longest)
        .flat_map(|k| lists[k].iter().copied())
        .collect();
    candidates.sort_unstable();
    candidates.into_iter().find(|d| {
        lists
            .iter()
            .filter(|list| list.binary_search(d).is_ok())
            .nth(1)
            .is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::DocType;

    #[test]
    fn first_number_in_two_lists() {
        assert_eq!(first_in_two(&[]), None);
        assert_eq!(first_in_two(&[&[1, 2, 3]]), None);
        assert_eq!(first_in_two(&[&[1, 5, 9], &[2, 9], &[0, 5]]), Some(5));
        assert_eq!(first_in_two(&[&[1, 3], &[2, 4], &[0, 6]]), None);
    }

    #[test]
    fn a_noun_past_the_sentences_held_whole_still_names_its_event() {
        let visit = |text: &str| {
            let events = crate::events::happening_tests::events(text, DocType::Narrative);
            let visit = events.iter().find(|e| e.title.starts_with("Trump visited"));
            visit.map(|e| e.mentions.len())
        };
        let tail = "Trump visited South Korea for the APEC summit on March 5, 2019. In 2020 \
                    officials said Trump's visit to South Korea for the APEC summit was a success.";
        // Sentences kept for their undated noun ("strike"), past the tokens held whole.
        let filler = "In 1950 officials said the strike in the capital was a success. "
            .repeat(WHOLE_TOKENS / 4);
        assert_eq!(visit(tail), Some(2));
        assert_eq!(visit(&(filler + tail)), Some(2));
    }
}
