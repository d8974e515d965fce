//! One article, or several, through the whole pipeline: tag the text, find the events its
//! dates belong to, and gather them into a timeline's sources and events. The command line's
//! `extract` reads the files and writes the result; anything else that extracts (a batch of
//! documents, a story digest) calls the same functions, so every front end gives the same events.

use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;

use crate::events::across::Joined;
use crate::events::extract_cut;
use crate::tagger::{DocType, TagOptions, is_narrative, tag_cut, tag_with_warnings};
use crate::text::{Token, body_start, front_matter_field, sentences};
use crate::timeline::date::TimelineDate;
use crate::timeline::{Event, Shared, Source, Timeline};
use crate::timex::Timex;

/// One article as read: its text, where it came from and its reference date.
#[derive(Debug, Clone)]
pub struct Article {
    /// What the article is called in the timeline's `sources`: its path as the user gave it,
    /// or a document's id.
    pub name: String,
    /// Held once for the events' quotes to share.
    pub text: Shared,
    /// `None` only for a narrative, whose events the story dates.
    pub reference: Option<NaiveDate>,
    pub doc_type: DocType,
}

/// The article's temporal expressions and its sentences (after any front matter).
pub fn tag_article(article: &Article) -> (Vec<Timex>, Vec<Range<usize>>) {
    let (timexes, spans, _) = tag_as(article, article.doc_type);
    (timexes, spans)
}

/// The longest text whose tokens are kept from tagging for extraction: more than any news
/// article or history chapter (a long one is 100 KB), so only a huge file is cut twice.
const MAX_CUT_BYTES: usize = 1 << 20;

/// [`tag_article`], the article read as `doc_type`, and the tokens the tagger cut its text
/// into (see [`tag_cut`]).
fn tag_as(article: &Article, doc_type: DocType) -> (Vec<Timex>, Vec<Range<usize>>, Vec<Token>) {
    let options = TagOptions {
        reference_date: article.reference,
        doc_type,
    };
    let body = body_start(&article.text);
    // The tokens of a whole text take about five times its bytes: past `MAX_CUT_BYTES`, each
    // sentence extraction reads is cut again instead (the same tokens, one sentence held).
    let (tagged, cut) = if article.text.len() <= MAX_CUT_BYTES {
        tag_cut(&article.text, &options)
    } else {
        (tag_with_warnings(&article.text, &options), Vec::new())
    };
    // The tagger's own list, kept in place: a copy of their number would hold the list twice
    // at its largest, while the room its doubling left unused is never written to, so takes
    // no memory.
    let mut timexes = tagged.timexes;
    timexes.retain(|t| t.span().start >= body);
    let spans = sentences(&article.text)
        .into_iter()
        // A sentence of the front matter alone (followed by a blank line) ends before the body.
        .filter(|s| s.end > body)
        .map(|s| s.start.max(body)..s.end)
        .filter(|s| !article.text[s.clone()].trim().is_empty())
        .map(|s| {
            // The sentence starts at its first visible character, after the front matter and
            // a byte-order mark.
            let sentence = &article.text[s.clone()];
            let visible =
                sentence.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
            let skipped = sentence.len() - visible.len();
            s.start + skipped..s.end
        })
        .collect();
    (timexes, spans, cut)
}

/// Sources and events of all articles; a happening found in several articles is one event
/// with the mentions of each (see [`Joined`]).
pub fn extract_all(articles: &[Article], known_sources: &[Source]) -> (Vec<Source>, Vec<Event>) {
    extract_all_with(articles, known_sources, |_| {})
}

/// [`extract_all`], handing each article's TIMEX3s to `tagged` as they are found, for callers
/// that write them too (one tagging per article).
pub fn extract_all_with(
    articles: &[Article],
    known_sources: &[Source],
    mut tagged: impl FnMut(&[Timex]),
) -> (Vec<Source>, Vec<Event>) {
    let mut sources: Vec<Source> = Vec::new();
    // One article's events are joined already: only several are joined again.
    let mut events: Vec<Event> = Vec::new();
    let mut joined = Joined::default();
    for article in articles {
        let source = source_for(article, known_sources, &sources);
        // A history's reference date dates nothing: "recently" there is the story's, not
        // the writer's, and no event is planned for being after it. The news has a lead.
        let narrative = is_narrative(&article.text, article.doc_type, article.reference);
        // With a reference date, the tagger would decide the same from the same text: it
        // need not read the text again.
        let (timexes, spans, cut) = match article.reference {
            Some(_) if narrative => tag_as(article, DocType::Narrative),
            Some(_) => tag_as(article, DocType::News),
            None => tag_as(article, article.doc_type),
        };
        tagged(&timexes);
        let news = article.reference.filter(|_| !narrative);
        let found = extract_cut(&article.text, cut, timexes, spans, news, &source.id);
        if articles.len() == 1 {
            events = found;
        } else {
            found
                .into_iter()
                .for_each(|event| joined.add(event, article.reference));
        }
        sources.push(source);
    }
    if articles.len() > 1 {
        events = joined.into_events();
    }
    (sources, events)
}

/// The source entry for an article: the existing timeline's entry for the same path, else a
/// new one with the `title`, `url` and `publisher` of its front matter, named after the file
/// when it has no title.
pub fn source_for(article: &Article, known: &[Source], taken: &[Source]) -> Source {
    let path = &article.name;
    if let Some(s) = known.iter().find(|s| s.path.as_deref() == Some(path)) {
        return s.clone();
    }
    let stem = Path::new(path).file_stem().map_or_else(
        || "article".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let id = source_id(&stem, known, taken);
    let field = |key| front_matter_field(&article.text, key);
    Source {
        id,
        title: field("title").unwrap_or_else(|| humanize(&stem)),
        url: field("url"),
        publisher: field("publisher"),
        path: Some(path.clone()),
        published: article.reference.and_then(TimelineDate::of_day),
    }
}

/// A source id made of `name` (lower-case letters, digits, dashes), not used by `known` or
/// `taken`: `name`, else `name-2`, `name-3`...
pub fn source_id(name: &str, known: &[Source], taken: &[Source]) -> String {
    let base: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let mut id = base.clone();
    let mut n = 2;
    while known.iter().chain(taken).any(|s| s.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// "kim-trump-talks" → "Kim trump talks".
fn humanize(stem: &str) -> String {
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub fn new_timeline(articles: &[Article], sources: Vec<Source>, events: Vec<Event>) -> Timeline {
    let as_of = articles
        .iter()
        .filter_map(|a| a.reference)
        .max()
        .and_then(TimelineDate::of_day);
    Timeline::of_sources(sources, events, as_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_starts_after_a_byte_order_mark() {
        let article = Article {
            name: "a.txt".into(),
            text: "\u{feff}Talks broke down in Hanoi in 2019.".into(),
            reference: NaiveDate::from_ymd_opt(2025, 9, 22),
            doc_type: DocType::News,
        };
        let (_, spans) = tag_article(&article);
        assert_eq!(spans, vec![3..article.text.len()]);
    }

    #[test]
    fn a_source_takes_its_title_url_and_publisher_from_front_matter() {
        let article = |text: &str| Article {
            name: "talks/kim-trump.txt".into(),
            text: text.into(),
            reference: NaiveDate::from_ymd_opt(2025, 9, 22),
            doc_type: DocType::News,
        };
        let front = "---\ntitle: 'Kim: \"fond memories\"'\nurl: https://example.org/a\npublisher: The Daily\ndate: 2025-09-22\n---\nKim spoke.";
        let source = source_for(&article(front), &[], &[]);
        assert_eq!(source.id, "kim-trump");
        assert_eq!(source.title, "Kim: \"fond memories\"");
        assert_eq!(source.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(source.publisher.as_deref(), Some("The Daily"));
        // Without front matter (or with an empty title) the file's name is the title.
        for text in ["Kim spoke.", "---\ntitle:\n---\nKim spoke."] {
            let source = source_for(&article(text), &[], &[]);
            assert_eq!((source.title.as_str(), source.url), ("Kim trump", None));
        }
    }
}
