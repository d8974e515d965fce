//! The drafts of a text so far, by what merging compares: an event told again finds its draft
//! by date and title, kind and name, subject and object, or the group of its verb.

use super::ranges::{EndKey, end_key};
use super::{Draft, FastMap, NAMES_EACH_SIDE, merge, sized};
use crate::timeline::date::{Precision, TimelineDate};

/// `a` and `b` fall on the same day (whether approximate or not) and are of one kind or share
/// a name.
pub(super) fn same_day_happening(a: &Draft, b: &Draft) -> bool {
    same_day(a, b) && (a.kind == b.kind || a.names.iter().any(|n| b.names.binary_search(n).is_ok()))
}

/// `a` and `b` have the same date and end.
pub(super) fn same_date(a: &Draft, b: &Draft) -> bool {
    a.date == b.date && end_key(a.end) == end_key(b.end)
}

/// `a` and `b` fall on the same day, whether approximate or not.
pub(super) fn same_day(a: &Draft, b: &Draft) -> bool {
    let day = |d: &Draft| (d.date.first_day(), d.date.last_day());
    day(a) == day(b)
}

/// The drafts so far by what [`DraftIndex::same_happening`] compares. A draft that takes a
/// finer date from a later mention is added again under it, and its coarser keys still find
/// it: a key's first draft stays the first.
///
/// Titles, kinds and names are keyed by a number for each string (see [`Words`]): a lookup
/// then copies no string, and a string never added finds nothing at once.
pub(super) struct DraftIndex {
    words: Words,
    /// The first draft of each date (with its end, if a range) and title.
    by_title: FastMap<(TimelineDate, EndKey, Word), usize>,
    /// The first draft of each date (and end), kind and name.
    by_name: FastMap<(TimelineDate, EndKey, Word, Word), usize>,
    /// The drafts of each kind and name, in order.
    of_kind_name: FastMap<(Word, Word), Vec<usize>>,
    /// The first draft of each date (and end), subject and object.
    by_roles: FastMap<(TimelineDate, EndKey, (Word, Word)), usize>,
    /// The drafts of each group of verbs (see `deeds`), in order.
    of_deed: FastMap<usize, Vec<usize>>,
    /// For each kind, the first draft named by an event noun of it (see `deeds`), and how
    /// many drafts are of it, by their event word or their noun.
    of_noun: FastMap<Word, (Option<usize>, Count)>,
}

/// How many distinct drafts a key has, and the last one counted: a draft added again under
/// a finer date is counted once.
#[derive(Default, Clone, Copy)]
struct Count {
    drafts: u32,
    last: Option<usize>,
}

/// The number of a string in [`Words`].
type Word = u32;

/// A number for each string added: equal strings, equal numbers.
struct Words(FastMap<String, Word>);

impl Words {
    fn add(&mut self, word: &str) -> Word {
        if let Some(&n) = self.0.get(word) {
            return n;
        }
        let n = Word::try_from(self.0.len()).unwrap_or(Word::MAX);
        self.0.insert(word.to_string(), n);
        n
    }

    /// The number of `word`, if it was added.
    fn get(&self, word: &str) -> Option<Word> {
        self.0.get(word).copied()
    }
}

/// How many of the latest drafts of one kind and name a new draft is compared with for a date
/// one holds within the other: a happening is told again close by.
const RETOLD_REACH: usize = 4;

/// How many sentences after a draft's dated sentence a verb of its group may tell it again.
const DEED_REACH: usize = 6;

/// How many sentences after a happening first named by a noun a finer date may tell it
/// again: a news story details in its background what its lead named.
const NAMED_REACH: usize = 12;

impl DraftIndex {
    /// An index with room for `drafts` drafts of a few names each: grown from nothing, its
    /// maps were rehashed several times for each text.
    pub(super) fn with_capacity(drafts: usize) -> Self {
        let names = drafts * NAMES_EACH_SIDE;
        Self {
            words: Words(sized(drafts * 2 + names)),
            by_title: sized(drafts),
            by_name: sized(names),
            of_kind_name: sized(names),
            by_roles: sized(drafts),
            of_deed: FastMap::default(),
            of_noun: FastMap::default(),
        }
    }

    /// The first draft that is the same happening as `new`: the same date (and end) and the
    /// same title, or the same date and the same kind of event with a name in common, or the
    /// same date and a verb with the same subject and object (told again with another verb).
    pub(super) fn same_happening(&self, new: &Draft) -> Option<usize> {
        let by_title = self.same_title(new);
        let kind = self.words.get(&new.kind);
        let by_name = new
            .names
            .iter()
            .filter_map(|name| {
                let key = (new.date, end_key(new.end), kind?, self.words.get(name)?);
                self.by_name.get(&key).copied()
            })
            .min();
        let by_roles = new.roles.as_ref().and_then(|(subject, object)| {
            let roles = (self.words.get(subject)?, self.words.get(object)?);
            self.by_roles
                .get(&(new.date, end_key(new.end), roles))
                .copied()
        });
        by_title.into_iter().chain(by_name).chain(by_roles).min()
    }

    /// The first draft of the same date (and end) and title as `new`.
    pub(super) fn same_title(&self, new: &Draft) -> Option<usize> {
        let title = self.words.get(&new.title)?;
        self.by_title
            .get(&(new.date, end_key(new.end), title))
            .copied()
    }

    /// A recent draft of an earlier sentence, of the same kind and with a name in common,
    /// whose date holds `new`'s: "abducted in March 1996", then "his capture on March 26,
    /// 1996". Both exact (no "about", no "last week": a son's meeting last week is not the
    /// president's on Sunday), by the month or the day, with no end.
    /// A later, vaguer date is no retelling: "three attempts during October" after "the first
    /// attempt on 12 October" sums up more than the first.
    pub(super) fn told_less_precisely(&self, drafts: &[Draft], new: &Draft) -> Option<usize> {
        let by_month = |d: &Draft| {
            d.end.is_none()
                && !d.date.approximate
                && matches!(d.date.precision, Precision::Month(_) | Precision::Day(..))
        };
        if !by_month(new) {
            return None;
        }
        let kind = self.words.get(&new.kind)?;
        new.names
            .iter()
            .filter_map(|name| self.of_kind_name.get(&(kind, self.words.get(name)?)))
            .flat_map(|list| list.iter().rev().take(RETOLD_REACH))
            .copied()
            .filter(|&d| {
                let old = &drafts[d];
                old.sentence < new.sentence && by_month(old) && merge::holds(&old.date, &new.date)
            })
            .min()
    }

    /// A recent draft of the same deed told with a verb of its group ("seized a car bomb",
    /// then "found explosives"), a few sentences before at most: by the same actor on the
    /// same day, or on the same thing at dates one within the other, both exact ("expelled
    /// from the talks on Feb. 20", then "pushed out of the talks in February").
    pub(super) fn same_deed(&self, drafts: &[Draft], new: &Draft) -> Option<usize> {
        let deed = new.deed.as_ref()?;
        if new.end.is_some() {
            return None;
        }
        let exact = |d: &Draft| !d.date.approximate;
        let by_day = |d: &Draft| matches!(d.date.precision, Precision::Day(..));
        self.of_deed
            .get(&deed.group)?
            .iter()
            .rev()
            .take(RETOLD_REACH)
            .copied()
            .find(|&d| {
                let old = &drafts[d];
                let Some(told) = old.deed.as_ref() else {
                    return false;
                };
                let dates = if told.same_object(deed) {
                    old.date == new.date
                        || exact(old)
                            && exact(new)
                            && (merge::holds(&old.date, &new.date)
                                || merge::holds(&new.date, &old.date))
                } else {
                    old.date == new.date && by_day(new)
                };
                old.end.is_none()
                    && new.sentence.saturating_sub(old.sentence) <= DEED_REACH
                    && told.agrees(deed)
                    && dates
            })
    }

    /// The draft an earlier sentence named by an event noun at a date that holds `new`'s,
    /// when nothing else of its kind came before: "fled after a coup last year", then "In
    /// July last year, the general staged a coup". Both exact, with no end, a few sentences
    /// apart, and not by two actors.
    pub(super) fn named_before(&self, drafts: &[Draft], new: &Draft) -> Option<usize> {
        if new.end.is_some() || new.date.approximate {
            return None;
        }
        let kinds = std::iter::once(new.kind.as_str()).chain(new.noun.as_deref());
        kinds
            .filter_map(|kind| {
                let (first, count) = self.of_noun.get(&self.words.get(kind)?)?;
                first.filter(|_| count.drafts == 1)
            })
            .find(|&d| {
                let old = &drafts[d];
                old.end.is_none()
                    && !old.date.approximate
                    && old.sentence < new.sentence
                    && new.sentence - old.sentence <= NAMED_REACH
                    && old.date != new.date
                    && merge::holds(&old.date, &new.date)
                    && !other_actor(old, new)
            })
    }

    pub(super) fn add(&mut self, draft: &Draft, d: usize) {
        let kind = self.words.add(&draft.kind);
        let noun = draft.noun.as_deref().map(|n| self.words.add(n));
        for (key, named) in std::iter::once((kind, false)).chain(noun.map(|n| (n, true))) {
            let (first, count) = self.of_noun.entry(key).or_default();
            if named && first.is_none() {
                *first = Some(d);
            }
            if count.last.is_none_or(|last| d > last) {
                count.drafts += 1;
                count.last = Some(d);
            }
        }
        if let Some(deed) = &draft.deed {
            let list = self.of_deed.entry(deed.group).or_default();
            if list.last() != Some(&d) {
                list.push(d);
            }
        }
        let (date, end) = (draft.date, end_key(draft.end));
        let title = self.words.add(&draft.title);
        self.by_title.entry((date, end, title)).or_insert(d);
        if let Some((subject, object)) = &draft.roles {
            let roles = (self.words.add(subject), self.words.add(object));
            self.by_roles.entry((date, end, roles)).or_insert(d);
        }
        for name in &draft.names {
            let name = self.words.add(name);
            self.of_kind_name.entry((kind, name)).or_default().push(d);
            self.by_name.entry((date, end, kind, name)).or_insert(d);
        }
    }
}

/// The verbs of `a` and `b` have subjects (or a noun its agent), and not the same: "the rebels
/// launched an attack", then "the army attacked the town"; "a bomb attack in 2011", then "on
/// 5 March 2011 the army attacked".
fn other_actor(a: &Draft, b: &Draft) -> bool {
    matches!((&a.roles, &b.roles), (Some((x, _)), Some((y, _))) if x != y)
}

/// How many drafts [`DraftIndex`] has room for at first: more than an article's expressions,
/// less than a huge file's, whose index grows only with the drafts it really makes.
pub(super) const PRESIZED: usize = 4096;
