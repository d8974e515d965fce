//! Events in the making ([`Draft`]): what merging compares and their mentions so far; and the
//! drafts of a text, held in blocks of a fixed number: a list of a huge text's drafts never
//! moves into one twice as large (both held while it grows), and the blocks are freed one by
//! one as the drafts become events.

use std::ops::{Index, IndexMut, Range};

use super::draft_words::DraftWords;
use super::{deeds, name_list, retold};
use crate::timeline::date::TimelineDate;
use crate::timeline::{EventEnd, Status};
pub(super) use crate::timex::fits;
use crate::timex::offset;

/// An event in the making: its mentions so far and what merging compares.
pub(super) struct Draft {
    pub(super) date: TimelineDate,
    pub(super) status: Status,
    /// Its title; the kind of happening: the event word's lemma, or the first word of its
    /// `[same_kind]` group; the names (capitalised words) of the clause nearest to the event
    /// word, lower case; the subject and the object of the event verb (see [`retold::roles`]),
    /// or the agent an event noun names and the noun (see [`retold::agent`]).
    pub(super) words: DraftWords,
    /// Its end, deed, event noun and mentions past one: boxed together, as most drafts have none.
    pub(super) rare: Option<Box<Rare>>,
    /// While it has one mention, its sentence (the dated one) and confidence: side by side, not
    /// a pair, whose padding made a draft 8 bytes longer (see [`drafts::Mentions`]).
    pub(super) first: Span,
    pub(super) first_tenths: Tenths,
    /// The index of its first dated sentence among the analysed ones (fewer than its text's
    /// bytes).
    pub(super) sentence: u32,
}

/// What few drafts have.
pub(super) struct Rare {
    /// The end of a range the expression starts ("from 1939 to 1945"), or `ongoing` ("since 2019").
    pub(super) end: Option<EventEnd>,
    /// The deed of a group of verbs it tells, told again with another verb (see `deeds`). Boxed:
    /// most boxes hold only an end, and a deed inline made each twice as large.
    pub(super) deed: Option<Box<deeds::Deed>>,
    /// The kind of the event noun that names it ("a coup", "staged a coup"; see `deeds`).
    pub(super) noun: Option<Box<str>>,
    /// Its mentions once it has two: this word leaves the box in the same size of block.
    pub(super) many: Option<Box<Many>>,
}

impl Rare {
    pub(super) fn boxed(
        end: Option<EventEnd>,
        deed: Option<deeds::Deed>,
        noun: Option<Box<str>>,
    ) -> Option<Box<Self>> {
        (end.is_some() || deed.is_some() || noun.is_some()).then(|| {
            Box::new(Self {
                end,
                deed: deed.map(Box::new),
                noun,
                many: None,
            })
        })
    }
}

impl Draft {
    pub(super) fn end(&self) -> Option<EventEnd> {
        self.rare.as_ref()?.end
    }

    pub(super) fn title(&self) -> &str {
        self.words.title()
    }

    pub(super) fn kind(&self) -> &str {
        self.words.kind()
    }

    pub(super) fn names(&self) -> name_list::NameRef<'_> {
        self.words.names()
    }

    pub(super) fn roles(&self) -> Option<retold::Roles<'_>> {
        self.words.roles()
    }

    pub(super) fn deed(&self) -> Option<&deeds::Deed> {
        self.rare.as_ref()?.deed.as_deref()
    }

    pub(super) fn noun(&self) -> Option<&str> {
        self.rare.as_ref()?.noun.as_deref()
    }

    pub(super) fn mention(&mut self, range: &Range<usize>, confidence: f64) {
        self.push_mention((span(range), Tenths::of(confidence)));
    }
}

/// Orders mentions by sentence, keeping the first of each sentence (and its confidence):
/// mentions arrive in text order for dated ones, then again for undated ones.
fn in_text_order(mentions: &mut Vec<Mention>) {
    // Stable: mentions of one start keep the order they came in.
    mentions.sort_by_key(|(s, _)| s.start);
    // A repeat has the start of the one it repeats: only the kept mentions of the same start
    // are compared (no set for each draft's few mentions).
    let mut kept = 0;
    for i in 0..mentions.len() {
        let span = &mentions[i].0;
        let repeat = mentions[..kept]
            .iter()
            .rev()
            .take_while(|(s, _)| s.start == span.start)
            .any(|(s, _)| s.end == span.end);
        if !repeat {
            mentions.swap(kept, i);
            kept += 1;
        }
    }
    mentions.truncate(kept);
}

/// Drafts in a block: a power of two, so that an index splits by a shift and a mask.
pub(super) const BLOCK: usize = 512;

/// A list of drafts, indexed as one.
#[derive(Default)]
pub(super) struct Drafts {
    /// Each block full but the last; the first grows from nothing, as most texts have few
    /// drafts.
    blocks: Vec<Vec<Draft>>,
    len: usize,
}

impl Drafts {
    pub(super) fn len(&self) -> usize {
        self.len
    }

    pub(super) fn push(&mut self, draft: Draft) {
        match self.blocks.last_mut() {
            Some(block) if block.len() < BLOCK => block.push(draft),
            _ => {
                let mut block = if self.blocks.is_empty() {
                    Vec::new()
                } else {
                    Vec::with_capacity(BLOCK)
                };
                block.push(draft);
                self.blocks.push(block);
            }
        }
        self.len += 1;
    }

    pub(super) fn get(&self, d: usize) -> Option<&Draft> {
        self.blocks.get(d / BLOCK)?.get(d % BLOCK)
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = &Draft> {
        self.blocks.iter().flatten()
    }

    pub(super) fn iter_mut(&mut self) -> impl Iterator<Item = &mut Draft> {
        self.blocks.iter_mut().flatten()
    }

    /// The drafts in order, each block freed once its drafts are taken.
    pub(super) fn into_drafts(self) -> impl Iterator<Item = Draft> {
        self.blocks.into_iter().flatten()
    }

    pub(super) fn swap(&mut self, a: usize, b: usize) {
        let (low, high) = (a.min(b), a.max(b));
        let (lb, hb) = (low / BLOCK, high / BLOCK);
        if lb == hb {
            self.blocks[lb].swap(low % BLOCK, high % BLOCK);
        } else {
            let (before, after) = self.blocks.split_at_mut(hb);
            std::mem::swap(&mut before[lb][low % BLOCK], &mut after[0][high % BLOCK]);
        }
    }

    /// Puts `draft` at `at`, the drafts from there one place later.
    pub(super) fn insert(&mut self, at: usize, draft: Draft) {
        self.push(draft);
        for k in (at.min(self.len - 1)..self.len - 1).rev() {
            self.swap(k, k + 1);
        }
    }

    /// The first index whose draft is not `before` (the drafts that are come first).
    pub(super) fn partition_point(&self, before: impl Fn(&Draft) -> bool) -> usize {
        let (mut low, mut high) = (0, self.len);
        while low < high {
            let mid = low + (high - low) / 2;
            if before(&self[mid]) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        low
    }
}

/// A sentence that mentions a draft, and how sure the mention is.
pub(super) type Mention = (Span, Tenths);

/// How sure a mention is, in tenths: each confidence extraction gives is a number of tenths
/// (0.9, 0.5, ...), read back as the same `f64`. A byte, not a float: a draft's first mention,
/// held in place, is then 8 bytes shorter, and a huge text has a draft for each of its dates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Tenths(u8);

impl Tenths {
    /// `confidence` (0 to 1) to the nearest tenth.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a whole number from 0 to 10"
    )]
    pub(super) fn of(confidence: f64) -> Self {
        Self((confidence.clamp(0.0, 1.0) * 10.0).round() as u8)
    }

    /// The confidence: `n / 10` is the `f64` nearest to n tenths, as its literal is.
    pub(super) fn value(self) -> f64 {
        f64::from(self.0) / 10.0
    }
}

/// Byte offsets of a sentence in a text, in 32 bits: a huge text has a draft for each of its
/// dates, each with its sentence (see `Draft`). A text is at most 4 GiB (see
/// [`fits`]); the command line reads at most 64 MiB of an article.
pub(super) type Span = Range<u32>;

/// `range` as a [`Span`], of a text that [`fits`].
pub(super) fn span(range: &Range<usize>) -> Span {
    offset(range.start)..offset(range.end)
}

/// `span` as the byte range of its text.
pub(super) fn range(span: &Span) -> Range<usize> {
    span.start as usize..span.end as usize
}

/// A draft's mentions, and the sentence that holds its date, quoted as the event's. The first
/// mention is held in the draft: most drafts have one, and a huge text has a draft for each of
/// its dates. Its sentence is the dated one, held once: a draft's dated sentence changes (to
/// one that tells it more precisely) only with a mention of that sentence. More are boxed (see
/// [`Many`]), with the rare parts of the draft. An event in the making holds them as
/// [`Mentions`].
pub(super) enum Mentions {
    One(Mention),
    Many(Box<Many>),
}

/// Two mentions or more, and the dated sentence, which is any of theirs.
pub(super) struct Many {
    dated: Span,
    mentions: Vec<Mention>,
}

impl Mentions {
    pub(super) fn as_slice(&self) -> &[Mention] {
        match self {
            Self::One(mention) => std::slice::from_ref(mention),
            Self::Many(many) => &many.mentions,
        }
    }

    /// The sentence that holds the draft's date.
    pub(super) fn dated(&self) -> &Span {
        match self {
            Self::One((span, _)) => span,
            Self::Many(many) => &many.dated,
        }
    }

    pub(super) fn len(&self) -> usize {
        self.as_slice().len()
    }
}

impl Draft {
    /// Its mentions past one: the first is then among them, not in `first`.
    fn many(&self) -> Option<&Many> {
        self.rare.as_ref()?.many.as_deref()
    }

    fn many_mut(&mut self) -> Option<&mut Many> {
        self.rare.as_mut()?.many.as_deref_mut()
    }

    /// Holds `many` as its mentions, in its rare parts.
    fn hold_many(&mut self, many: Many) {
        let many = Some(Box::new(many));
        match &mut self.rare {
            Some(rare) => rare.many = many,
            None => {
                self.rare = Some(Box::new(Rare {
                    end: None,
                    deed: None,
                    noun: None,
                    many,
                }));
            }
        }
    }

    /// Its mentions: the sentences and how sure each is.
    pub(super) fn mentions(&self) -> impl Iterator<Item = (&Span, Tenths)> {
        let many = self.many();
        let one = many.is_none().then_some((&self.first, self.first_tenths));
        let more = many.map_or(&[][..], |many| &many.mentions);
        one.into_iter()
            .chain(more.iter().map(|(span, tenths)| (span, *tenths)))
    }

    pub(super) fn mention_count(&self) -> usize {
        self.many().map_or(1, |many| many.mentions.len())
    }

    /// The sentence that holds its date.
    pub(super) fn dated(&self) -> &Span {
        self.many().map_or(&self.first, |many| &many.dated)
    }

    /// Dates the draft by the sentence `span`, mentioned already.
    pub(super) fn set_dated(&mut self, span: Span) {
        let one = self.first == span;
        match self.many_mut() {
            Some(many) => many.dated = span,
            None if one => {}
            None => {
                let first = (self.first.clone(), self.first_tenths);
                self.hold_many(Many {
                    dated: span,
                    mentions: vec![first],
                });
            }
        }
    }

    /// Adds a mention. The list grows by doubling from two, not from four: most drafts have
    /// one or two mentions. A repeat of the last sentence is not held: [`in_text_order`]
    /// would drop it, and a huge sentence may date one draft thousands of times.
    pub(super) fn push_mention(&mut self, mention: Mention) {
        let last = match self.many() {
            Some(many) => many.mentions.last().map(|(span, _)| span),
            None => Some(&self.first),
        };
        if last == Some(&mention.0) {
            return;
        }
        match self.many_mut() {
            Some(many) => {
                let mentions = &mut many.mentions;
                if mentions.len() == mentions.capacity() {
                    mentions.reserve_exact(mentions.len().max(1));
                }
                mentions.push(mention);
            }
            None => {
                let first = (self.first.clone(), self.first_tenths);
                self.hold_many(Many {
                    dated: first.0.clone(),
                    mentions: vec![first, mention],
                });
            }
        }
    }

    /// Its mentions in text order, the first of each sentence kept (see [`in_text_order`]).
    pub(super) fn mentions_in_text_order(&mut self) {
        if let Some(many) = self.many_mut() {
            in_text_order(&mut many.mentions);
        }
    }

    /// Its mentions, as an event in the making holds them.
    pub(super) fn take_mentions(&mut self) -> Mentions {
        match self.rare.as_mut().and_then(|rare| rare.many.take()) {
            Some(many) => Mentions::Many(many),
            None => Mentions::One((self.first.clone(), self.first_tenths)),
        }
    }
}

impl Index<usize> for Drafts {
    type Output = Draft;

    fn index(&self, d: usize) -> &Draft {
        &self.blocks[d / BLOCK][d % BLOCK]
    }
}

impl IndexMut<usize> for Drafts {
    fn index_mut(&mut self, d: usize) -> &mut Draft {
        &mut self.blocks[d / BLOCK][d % BLOCK]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::date::TimelineDate;

    fn draft(sentence: usize) -> Draft {
        Draft {
            date: TimelineDate::parse("2019").expect("a date"),
            status: crate::timeline::Status::Happened,
            words: crate::events::DraftWords::new(format!("Draft {sentence}"), "talk", &[], None),
            rare: None,
            first: span(&(sentence..sentence + 1)),
            first_tenths: Tenths::of(1.0),
            sentence: u32::try_from(sentence).expect("a small index"),
        }
    }

    fn sentences(drafts: &Drafts) -> Vec<usize> {
        drafts.iter().map(|d| d.sentence as usize).collect()
    }

    #[test]
    fn drafts_across_blocks_are_one_list() {
        let mut drafts = Drafts::default();
        let n = BLOCK * 2 + 3;
        for k in (0..n).filter(|k| k % 2 == 0) {
            drafts.push(draft(k));
        }
        assert_eq!(drafts.len(), n.div_ceil(2));
        assert_eq!(drafts[BLOCK].sentence as usize, BLOCK * 2);
        assert!(drafts.get(drafts.len()).is_none());
        // A draft goes in before the first of a later sentence, across a block's end.
        let at = drafts.partition_point(|d| (d.sentence as usize) < BLOCK);
        assert_eq!(at, BLOCK / 2);
        drafts.insert(at, draft(BLOCK - 1));
        let order = sentences(&drafts);
        assert!(order.is_sorted(), "in order after the insertion");
        assert_eq!(order[at], BLOCK - 1);
        drafts.swap(0, drafts.len() - 1);
        assert_eq!(drafts[0].sentence as usize, n - 1);
        drafts[0].sentence = 7;
        assert_eq!(drafts.iter_mut().next().map(|d| d.sentence), Some(7));
        assert_eq!(drafts.into_drafts().count(), n.div_ceil(2) + 1);
    }

    #[test]
    fn a_repeat_of_the_last_sentence_is_not_held() {
        let t = Tenths::of;
        let mut d = draft(0);
        d.first = 0..5;
        d.first_tenths = t(0.6);
        let listed = |d: &Draft| -> Vec<Mention> {
            d.mentions().map(|(span, t)| (span.clone(), t)).collect()
        };
        d.push_mention((0..5, t(0.4)));
        assert_eq!(listed(&d), [(0..5, t(0.6))]);
        d.push_mention((5..9, t(0.4)));
        d.push_mention((5..9, t(0.9)));
        d.push_mention((0..5, t(0.8)));
        assert_eq!(listed(&d), [(0..5, t(0.6)), (5..9, t(0.4)), (0..5, t(0.8))]);
        assert_eq!((d.mention_count(), d.dated()), (3, &(0..5)));
        d.set_dated(5..9);
        assert_eq!(d.take_mentions().dated(), &(5..9));
        // A mention makes no rare parts of a draft: its end is still none.
        assert!(d.end().is_none() && d.deed().is_none());
    }

    #[test]
    fn a_confidence_in_tenths_reads_back_as_its_literal() {
        for confidence in [0.0, 0.4, 0.5, 0.6, 0.8, 0.9, 1.0] {
            assert_eq!(
                Tenths::of(confidence).value().to_bits(),
                confidence.to_bits()
            );
        }
        // A draft holds its first mention, its dated sentence's, in place in 64 bytes (a huge
        // text has one a date); its rare parts, with the mentions past one, in 96.
        #[cfg(target_pointer_width = "64")]
        assert!(std::mem::size_of::<Draft>() <= 64 && std::mem::size_of::<Rare>() <= 96);
    }

    #[test]
    fn no_drafts() {
        let mut drafts = Drafts::default();
        assert_eq!(drafts.partition_point(|_| true), 0);
        drafts.insert(0, draft(0));
        assert_eq!(sentences(&drafts), [0]);
    }

    #[test]
    fn mentions_by_sentence_first_kept() {
        let t = Tenths::of;
        let mut mentions = vec![
            (10..20, t(0.9)),
            (0..5, t(0.6)),
            (10..20, t(0.5)),
            (5..10, t(0.4)),
            (0..5, t(0.8)),
        ];
        in_text_order(&mut mentions);
        assert_eq!(
            mentions,
            [(0..5, t(0.6)), (5..10, t(0.4)), (10..20, t(0.9))]
        );
    }
}
