//! The reduce step: the sources and events of many documents or timelines gathered into one
//! timeline. Their events are joined as `pipeline::extract_all` joins those of several
//! articles (see [`Joined`]): one event per happening, with the mentions of each; an id met
//! again with another date is kept beside the first, both tagged [`CONFLICT_TAG`].
//!
//! Source ids are given at the end, against the sources of the file written into, so that a
//! source already there (same path) keeps its id and a new one never takes a used id.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

pub use crate::events::across::CONFLICT_TAG;
use crate::events::across::{Joined, unused};
use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, Shared, Source, Timeline};

/// Sources and events gathered so far, in the order they were first met.
#[derive(Debug, Default)]
pub struct Gather {
    /// Each source with the key its events refer to it by until the ids are given.
    sources: Vec<Source>,
    source_keys: HashMap<String, usize>,
    events: Joined,
}

/// What makes two sources one: the same path, else the same id, title and URL.
fn source_key(source: &Source) -> String {
    match &source.path {
        Some(path) => format!("path\0{path}"),
        None => format!(
            "id\0{}\0{}\0{}",
            source.id,
            source.title,
            source.url.as_deref().unwrap_or_default()
        ),
    }
}

impl Gather {
    /// Adds sources and the events read from them (their `source` and mentions name these
    /// sources' ids).
    pub fn add(&mut self, sources: Vec<Source>, events: Vec<Event>) {
        // The key of each source id, held once by all the events that name it.
        let mut keys: HashMap<String, Shared> = HashMap::new();
        // Each source's publication date, the day its events were told.
        let mut told: HashMap<String, NaiveDate> = HashMap::new();
        for source in sources {
            if let Some(published) = source.published {
                told.insert(source.id.clone(), published.first_day());
            }
            let key = source_key(&source);
            keys.insert(source.id.clone(), Shared::from(key.as_str()));
            if !self.source_keys.contains_key(&key) {
                self.source_keys.insert(key, self.sources.len());
                self.sources.push(source);
            }
        }
        let rekey = |id: &mut Shared| {
            if let Some(key) = keys.get(&**id) {
                id.clone_from(key);
            }
        };
        for mut event in events {
            let source =
                (event.source.as_ref()).or_else(|| event.mentions.first().map(|m| &m.source));
            let told = source.and_then(|s| told.get(&**s)).copied();
            if let Some(source) = &mut event.source {
                rekey(source);
            }
            for mention in &mut event.mentions {
                rekey(&mut mention.source);
            }
            self.events.add(event, told);
        }
    }

    /// The gathered sources and events, with source ids given against `known` (the
    /// sources of the file written into): a source with a known path is that source.
    #[must_use]
    pub fn finish(&self, known: &[Source]) -> (Vec<Source>, Vec<Event>) {
        let mut taken: HashSet<String> = known.iter().map(|s| s.id.clone()).collect();
        let mut ids: HashMap<String, Shared> = HashMap::new();
        let mut sources = Vec::with_capacity(self.sources.len());
        for source in &self.sources {
            let key = source_key(source);
            let found = source
                .path
                .as_ref()
                .and_then(|p| known.iter().find(|k| k.path.as_ref() == Some(p)));
            let source = match found {
                Some(k) => k.clone(),
                None => {
                    let id = unused(&source.id, &taken);
                    taken.insert(id.clone());
                    Source {
                        id,
                        ..source.clone()
                    }
                }
            };
            ids.insert(key, Shared::from(source.id.as_str()));
            sources.push(source);
        }
        let id_of = |key: &mut Shared| {
            if let Some(id) = ids.get(&**key) {
                key.clone_from(id);
            }
        };
        let events = (self.events.events().iter())
            .cloned()
            .map(|mut event| {
                if let Some(source) = &mut event.source {
                    id_of(source);
                }
                for mention in &mut event.mentions {
                    id_of(&mut mention.source);
                }
                event
            })
            .collect();
        (sources, events)
    }

    /// A timeline of everything gathered, as `extract` makes one: titled after its first
    /// source, as of the latest publication date; source ids given against `known`.
    #[must_use]
    pub fn timeline(&self, known: &[Source]) -> Timeline {
        let (sources, events) = self.finish(known);
        let as_of = sources
            .iter()
            .filter_map(|s| s.published.map(|d| d.first_day()))
            .max()
            .and_then(|d| TimelineDate::parse(&d.to_string()).ok());
        Timeline::of_sources(sources, events, as_of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{Review, load};

    fn timeline(yaml: &str) -> Timeline {
        load("t.yaml", yaml.as_bytes()).unwrap()
    }

    const A: &str = "title: A\nsources:\n- {id: a, title: A, path: a.txt}\nevents:\n\
        - {id: 2019-03-talks, date: 2019-03, title: Talks, source: a, mentions: [{source: a, start: 0, end: 9, confidence: 0.8}]}\n";

    fn gather(files: &[&str]) -> Gather {
        let mut g = Gather::default();
        for f in files {
            let t = timeline(f);
            g.add(t.sources, t.events);
        }
        g
    }

    #[test]
    fn one_happening_from_two_files_is_one_event_with_both_mentions() {
        let b = A
            .replace("a.txt", "b.txt")
            .replace("start: 0, end: 9", "start: 5, end: 20");
        let (sources, events) = gather(&[A, &b, A]).finish(&[]);
        let ids: Vec<_> = sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2"]);
        assert_eq!(events.len(), 1);
        let mentions: Vec<_> = events[0]
            .mentions
            .iter()
            .map(|m| (&*m.source, m.start))
            .collect();
        assert_eq!(mentions, [("a", 0), ("a-2", 5)]);
    }

    #[test]
    fn conflicting_dates_are_kept_side_by_side_and_flagged() {
        let b = A
            .replace("a.txt", "b.txt")
            .replace("date: 2019-03,", "date: ~2019-03, review: confirmed,");
        let (_, events) = gather(&[A, &b]).finish(&[]);
        let got: Vec<_> = events
            .iter()
            .map(|e| {
                (
                    e.id.as_str(),
                    e.date.to_string(),
                    e.tags().to_vec(),
                    e.review,
                )
            })
            .collect();
        let tag = vec![CONFLICT_TAG.to_string()];
        assert_eq!(
            got,
            [
                (
                    "2019-03-talks",
                    "2019-03".into(),
                    tag.clone(),
                    Review::Draft
                ),
                ("2019-03-talks-2", "~2019-03".into(), tag, Review::Confirmed),
            ]
        );
    }

    #[test]
    fn a_known_source_keeps_its_id_and_new_ones_take_free_ids() {
        let known = timeline("title: K\nsources:\n- {id: a, title: A, path: a.txt}\n- {id: a-2, title: X, path: x.txt}\n").sources;
        let b = A.replace("a.txt", "b.txt");
        let (sources, events) = gather(&[&b, A]).finish(&known);
        let ids: Vec<_> = sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a-3", "a"]);
        assert_eq!(events[0].source.as_deref(), Some("a-3"));
    }

    #[test]
    fn a_source_published_after_the_event_that_tells_it_done_makes_it_happened() {
        let planned = A
            .replace("path: a.txt}", "path: a.txt, published: 2019-02-20}")
            .replace("title: Talks,", "title: Talks, status: planned,");
        let done = A.replace("a.txt}", "b.txt, published: 2019-04-02}");
        let (_, events) = gather(&[&planned, &done]).finish(&[]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].status, crate::timeline::Status::Happened);
        let (_, events) = gather(&[&planned, A]).finish(&[]);
        assert_eq!(events[0].status, crate::timeline::Status::Planned);
    }

    #[test]
    fn a_rejection_in_any_file_stands() {
        let b = A.replace("date: 2019-03,", "date: 2019-03, review: rejected,");
        let (_, events) = gather(&[A, &b]).finish(&[]);
        assert_eq!(events[0].review, Review::Rejected);
    }
}
