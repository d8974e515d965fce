//! The drafts of a text so far, by what merging compares: an event told again finds its draft
//! by date and title, kind and name, subject and object, or the group of its verb.

use std::hash::{Hash, Hasher};

use super::across::{self, title_names};
use super::lookup::WordHasher;
use super::ranges::end_key;
use super::{Draft, Drafts, FastMap, NAMES_EACH_SIDE, merge};
use crate::timeline::date::Precision;

mod split;
pub(super) use split::Split;

/// `a` and `b` fall on the same day (whether approximate or not) and are of one kind or share
/// a name.
pub(super) fn same_day_happening(a: &Draft, b: &Draft) -> bool {
    same_day(a, b) && (a.kind() == b.kind() || a.names().iter().any(|n| b.names().contains(n)))
}

/// `a` and `b` have the same date and end.
pub(super) fn same_date(a: &Draft, b: &Draft) -> bool {
    a.date == b.date && end_key(a.end()) == end_key(b.end())
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
/// Each key is a 64-bit hash of its date (with its end), title, kind, names or roles (see
/// [`Key`]), not the strings: a huge text has a draft for each of its dates, and keys that
/// held or numbered its strings took several hundred bytes a draft. Two keys of one hash (a
/// chance in billions for a text of a million drafts, as for event ids) would only join two
/// drafts of the same date that merging would have compared anyway.
pub(super) struct DraftIndex {
    /// The first draft of each date (and end) and title.
    by_title: Split<DraftNumber>,
    /// The first draft of each date (and end) and kind.
    by_date_kind: Split<DraftNumber>,
    /// The first draft of each date (and end), kind and name, of those after the first of
    /// their date and kind: the names of that first are read from the draft itself. Most
    /// drafts of a huge text are the first of their date and kind, and a key for each of
    /// their names took more room than any other map of the index.
    by_name: Split<DraftNumber>,
    /// The latest drafts of each kind and name.
    of_kind_name: Split<Latest>,
    /// The first draft of each date (and end), subject and object.
    by_roles: Split<DraftNumber>,
    /// The latest drafts of each group of verbs (see `deeds`).
    of_deed: FastMap<usize, Latest>,
    /// For each kind, the first draft named by an event noun of it (see `deeds`), and how
    /// many drafts are of it, by their event word or their noun.
    of_noun: FastMap<u64, (Option<usize>, Count)>,
}

/// How many distinct drafts a key has, and the last one counted: a draft added again under
/// a finer date is counted once.
#[derive(Default, Clone, Copy)]
struct Count {
    drafts: u32,
    last: Option<usize>,
}

/// A draft's index as the maps hold it: half a `usize`, as they hold several for each draft
/// of a huge text, and 4 billion drafts are far past the largest.
type DraftNumber = u32;

fn draft_number(d: usize) -> DraftNumber {
    DraftNumber::try_from(d).unwrap_or(DraftNumber::MAX)
}

/// A key of the index: the hashes of its parts (see [`text_hash`]), each mixed in as a word
/// of a string is.
#[derive(Clone, Copy)]
pub(super) struct Key(pub(super) u64);

impl Key {
    /// The key of a draft's date and end.
    fn date(draft: &Draft) -> Self {
        let mut hasher = WordHasher::default();
        draft.date.hash(&mut hasher);
        end_key(draft.end()).hash(&mut hasher);
        Self(hasher.finish())
    }

    /// The key of a string alone.
    pub(super) fn text(text: &str) -> Self {
        Self(text_hash(text))
    }

    /// This key and a part: the hash of a string.
    pub(super) fn and(self, part: u64) -> Self {
        Self((self.0.rotate_left(5) ^ part).wrapping_mul(0xf135_7aea_2e62_a9c5))
    }
}

/// A hash of `text` and its length ("ab" and "ab\0" are two).
pub(super) fn text_hash(text: &str) -> u64 {
    let mut hasher = WordHasher::default();
    hasher.write(text.as_bytes());
    hasher.finish() ^ text.len() as u64
}

/// How many of the latest drafts of one kind and name a new draft is compared with for a date
/// one holds within the other: a happening is told again close by.
const RETOLD_REACH: usize = 4;

/// The last [`RETOLD_REACH`] drafts added under a key, the latest last, [`NO_DRAFT`] before
/// the first: no key reads further back, and a list of all would grow with the text.
#[derive(Clone, Copy)]
struct Latest {
    drafts: [DraftNumber; RETOLD_REACH],
}

/// No draft: a free place in [`Latest`] (no count beside the drafts, which a huge text holds
/// for each kind and name).
const NO_DRAFT: DraftNumber = DraftNumber::MAX;

impl Default for Latest {
    fn default() -> Self {
        Self {
            drafts: [NO_DRAFT; RETOLD_REACH],
        }
    }
}

impl Latest {
    fn push(&mut self, d: usize) {
        self.drafts.rotate_left(1);
        self.drafts[RETOLD_REACH - 1] = draft_number(d);
    }

    fn last(&self) -> Option<usize> {
        self.latest_first().next()
    }

    /// The drafts, the latest first.
    fn latest_first(&self) -> impl Iterator<Item = usize> + '_ {
        self.drafts
            .iter()
            .rev()
            .take_while(|&&d| d != NO_DRAFT)
            .map(|&d| d as usize)
    }
}

/// How many sentences after a draft's dated sentence a verb of its group may tell it again.
const DEED_REACH: usize = 6;

/// How many sentences after a happening first named by a noun a finer date may tell it
/// again: a news story details in its background what its lead named.
const NAMED_REACH: usize = 12;

/// How many sentences after a happening's day is told a name holding that day may name it.
const RENAMED_REACH: usize = 2;

/// How many of the latest drafts a name holding a day is compared with: more than two
/// sentences date, and a bound on the work of a sentence of many such names.
const RENAMED_DRAFTS: usize = 16;

impl DraftIndex {
    /// An index with room for `drafts` drafts of a few names each: grown from nothing, its
    /// maps were rehashed several times for each text.
    pub(super) fn with_capacity(drafts: usize) -> Self {
        let names = drafts * NAMES_EACH_SIDE;
        Self {
            by_title: Split::with_capacity(drafts),
            by_date_kind: Split::with_capacity(drafts),
            by_name: Split::with_capacity(names),
            of_kind_name: Split::with_capacity(names),
            by_roles: Split::with_capacity(drafts),
            of_deed: FastMap::default(),
            of_noun: FastMap::default(),
        }
    }

    /// The first draft that is the same happening as `new`: the same date (and end) and the
    /// same title, or the same date and the same kind of event with a name in common, or the
    /// same date and a verb with the same subject and object (told again with another verb).
    /// The titles' names agree (see [`same_day_names_agree`]), however alike the rest.
    pub(super) fn same_happening(&self, drafts: &Drafts, new: &Draft) -> Option<usize> {
        let date = Key::date(new);
        let by_title = self.titled(date, new);
        let kind = date.and(text_hash(new.kind()));
        let by_name = self.by_date_kind.get(kind.0).and_then(|&first| {
            let first = first as usize;
            let named_first = drafts.get(first).map(Draft::names);
            new.names()
                .iter()
                .filter_map(|name| {
                    if named_first.is_some_and(|names| names.contains(name)) {
                        return Some(first);
                    }
                    let key = kind.and(text_hash(name));
                    self.by_name.get(key.0).map(|&d| d as usize)
                })
                .min()
        });
        let by_roles = new.roles().and_then(|roles| {
            let key = date
                .and(text_hash(roles.subject()))
                .and(text_hash(roles.object()));
            self.by_roles.get(key.0).map(|&d| d as usize)
        });
        let by_name = by_name.filter(|&d| same_day_names_agree(&drafts[d], new));
        let by_roles = by_roles.filter(|&d| same_day_names_agree(&drafts[d], new));
        by_title.into_iter().chain(by_name).chain(by_roles).min()
    }

    /// The first draft of the same date (and end) and title as `new`.
    pub(super) fn same_title(&self, new: &Draft) -> Option<usize> {
        self.titled(Key::date(new), new)
    }

    /// The first draft of `new`'s date (key `date`) and title.
    fn titled(&self, date: Key, new: &Draft) -> Option<usize> {
        let key = date.and(text_hash(new.title()));
        self.by_title.get(key.0).map(|&d| d as usize)
    }

    /// A recent draft of an earlier sentence, of the same kind and with a name in common,
    /// whose date holds `new`'s: "seized in April 1994", then "his arrest on April 9,
    /// 1994". Both exact (no "about", no "last week": a son's meeting last week is not the
    /// president's on Sunday), by the month or the day, with no end.
    /// A later, vaguer date is no retelling: "three attempts during October" after "the first
    /// attempt on 12 October" sums up more than the first.
    pub(super) fn told_less_precisely(&self, drafts: &Drafts, new: &Draft) -> Option<usize> {
        let by_month = |d: &Draft| {
            d.end().is_none()
                && !d.date.approximate
                && matches!(d.date.precision, Precision::Month(_) | Precision::Day(..))
        };
        if !by_month(new) {
            return None;
        }
        let kind = Key::text(new.kind());
        new.names()
            .iter()
            .filter_map(|name| self.of_kind_name.get(kind.and(text_hash(name)).0))
            .flat_map(Latest::latest_first)
            .filter(|&d| {
                let old = &drafts[d];
                old.sentence < new.sentence
                    && by_month(old)
                    && merge::holds(&old.date, &new.date)
                    && same_day_names_agree(old, new)
            })
            .min()
    }

    /// A recent draft of the same deed told with a verb of its group ("seized a car bomb",
    /// then "found explosives"), a few sentences before at most: by the same actor on the
    /// same day, or on the same thing at dates one within the other, both exact ("expelled
    /// from the talks on March 9", then "thrown out of those talks in March").
    pub(super) fn same_deed(&self, drafts: &Drafts, new: &Draft) -> Option<usize> {
        let deed = new.deed()?;
        if new.end().is_some() {
            return None;
        }
        let exact = |d: &Draft| !d.date.approximate;
        let by_day = |d: &Draft| matches!(d.date.precision, Precision::Day(..));
        self.of_deed.get(&deed.group)?.latest_first().find(|&d| {
            let old = &drafts[d];
            let Some(told) = old.deed() else {
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
            old.end().is_none()
                && new.sentence.saturating_sub(old.sentence) as usize <= DEED_REACH
                && told.agrees(deed)
                && dates
                && same_day_names_agree(old, new)
        })
    }

    /// The draft an earlier sentence named by an event noun at a date that holds `new`'s,
    /// when nothing else of its kind came before: "fled after a coup last year", then "In
    /// July last year, the general staged a coup". Both exact, with no end, a few sentences
    /// apart, and not by two actors.
    pub(super) fn named_before(&self, drafts: &Drafts, new: &Draft) -> Option<usize> {
        if new.end().is_some() || new.date.approximate {
            return None;
        }
        let kinds = std::iter::once(new.kind()).chain(new.noun());
        kinds
            .filter_map(|kind| {
                let (first, count) = self.of_noun.get(&text_hash(kind))?;
                first.filter(|_| count.drafts == 1)
            })
            .find(|&d| {
                let old = &drafts[d];
                old.end().is_none()
                    && !old.date.approximate
                    && old.sentence < new.sentence
                    && (new.sentence - old.sentence) as usize <= NAMED_REACH
                    && old.date != new.date
                    && merge::holds(&old.date, &new.date)
                    && !other_actor(old, new)
            })
    }

    pub(super) fn add(&mut self, draft: &Draft, d: usize) {
        let kind = text_hash(draft.kind());
        let noun = draft.noun().map(text_hash);
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
        if let Some(deed) = draft.deed() {
            let list = self.of_deed.entry(deed.group).or_default();
            if list.last() != Some(d) {
                list.push(d);
            }
        }
        let date = Key::date(draft);
        let at = draft_number(d);
        let title = date.and(text_hash(draft.title()));
        self.by_title.or_insert(title.0, at);
        if let Some(roles) = draft.roles() {
            let key = date
                .and(text_hash(roles.subject()))
                .and(text_hash(roles.object()));
            self.by_roles.or_insert(key.0, at);
        }
        let (of_kind, dated_kind) = (Key(kind), date.and(kind));
        // The first of its date and kind is found by its own names (see `by_name`).
        let first = *self.by_date_kind.or_insert(dated_kind.0, at) == at;
        for name in draft.names().iter() {
            let name = text_hash(name);
            self.of_kind_name.or_default(of_kind.and(name).0).push(d);
            if !first {
                self.by_name.or_insert(dated_kind.and(name).0, at);
            }
        }
    }
}

/// The draft of a sentence just before `new`'s that told of `new`'s exact day: what a name
/// holding that day names ("On 3 May the fleet tried to break out", then "Known as the Battle
/// of May 3, ..."). Read from the latest drafts, a bounded number of them; no index needed.
pub(super) fn renamed(drafts: &Drafts, new: &Draft) -> Option<usize> {
    if !exact_day(new) {
        return None;
    }
    (drafts.len().saturating_sub(RENAMED_DRAFTS)..drafts.len())
        .rev()
        .take_while(|&d| new.sentence.saturating_sub(drafts[d].sentence) as usize <= RENAMED_REACH)
        .find(|&d| {
            let old = &drafts[d];
            old.sentence < new.sentence && exact_day(old) && old.date == new.date
        })
}

/// `draft` is dated by an exact day, with no end.
fn exact_day(draft: &Draft) -> bool {
    draft.end().is_none()
        && !draft.date.approximate
        && matches!(draft.date.precision, Precision::Day(..))
}

/// `a` and `b` have other dates, or the names of their titles agree where both have some, as
/// across articles (see [`across::agree`]): on one day, "seized the airport in Goma" is not
/// "seized the airport in Kigali". A finer date told again is read by the sentence's names
/// instead: a coarse mention's title often names another thing of its sentence.
fn same_day_names_agree(a: &Draft, b: &Draft) -> bool {
    a.date != b.date
        || a.title() == b.title()
        || across::agree(&title_names(a.title()), &title_names(b.title()))
}

/// The verbs of `a` and `b` have subjects (or a noun its agent), and not the same: "the rebels
/// launched an attack", then "the army attacked the town"; "a bomb attack in 2011", then "on
/// 5 March 2011 the army attacked".
fn other_actor(a: &Draft, b: &Draft) -> bool {
    matches!((a.roles(), b.roles()), (Some(x), Some(y)) if x.subject() != y.subject())
}

/// How many drafts [`DraftIndex`] has room for at first: more than an article's expressions,
/// less than a huge file's, whose index grows only with the drafts it really makes.
pub(super) const PRESIZED: usize = 4096;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::DraftWords;
    use crate::events::drafts::Tenths;
    use crate::timeline::Status;
    use crate::timeline::date::TimelineDate;

    fn draft(day: &str, kind: &str, names: &[&str], title: &str) -> Draft {
        Draft {
            date: TimelineDate::parse(day).expect("a date"),
            status: Status::Happened,
            words: DraftWords::new(title.into(), kind, names, None),
            rare: None,
            first: 0..1,
            first_tenths: Tenths::of(1.0),
            sentence: 0,
        }
    }

    #[test]
    fn the_first_of_a_date_and_kind_is_found_by_its_own_names() {
        let mut index = DraftIndex::with_capacity(4);
        let mut drafts = Drafts::default();
        for made in [
            draft("2019-03-05", "meet", &["ann", "bo"], "met at noon"),
            draft("2019-03-05", "meet", &["bo", "cy"], "met at dusk"),
            draft("2019-03-05", "sign", &["cy"], "signed a deal"),
        ] {
            index.add(&made, drafts.len());
            drafts.push(made);
        }
        let found = |day: &str, kind: &str, names: &[&str]| {
            index.same_happening(&drafts, &draft(day, kind, names, "met again"))
        };
        assert_eq!(found("2019-03-05", "meet", &["bo"]), Some(0));
        assert_eq!(found("2019-03-05", "meet", &["cy"]), Some(1));
        assert_eq!(found("2019-03-05", "meet", &["cy", "dee"]), Some(1));
        assert_eq!(found("2019-03-05", "sign", &["cy"]), Some(2));
        assert_eq!(found("2019-03-05", "meet", &["dee"]), None);
        assert_eq!(found("2019-03-06", "meet", &["ann"]), None);
    }

    #[test]
    fn the_latest_drafts_come_latest_first() {
        let mut latest = Latest::default();
        assert_eq!(latest.last(), None);
        for d in 1..=6 {
            latest.push(d);
        }
        assert_eq!(latest.latest_first().collect::<Vec<_>>(), [6, 5, 4, 3]);
        let mut two = Latest::default();
        two.push(1);
        two.push(2);
        assert_eq!(two.latest_first().collect::<Vec<_>>(), [2, 1]);
    }
}
