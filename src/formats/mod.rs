//! formats: every file format timeliner writes, each by one function that returns the text;
//! the command line decides where it goes (only `src/cli` writes to streams and files).
//!
//! `timeml` writes (and reads) text with inline TIMEX3, EVENT and TLINK elements, `json` the
//! expressions of `tag --format json`, and `xml` holds the one escape they and the SVG writer
//! (`render`) share. `schema` is the JSON Schema of the timeline file. The exports of a
//! timeline (`timelinejs`, `markwhen`, `csv`, `ics`, `model_json`) each return the bytes and
//! what the format could not hold (`exchange`); `timelinejs` and `csv` also read. `starter`
//! holds the files of a new timeline repository.

pub mod csv;
pub mod exchange;
pub mod ics;
pub mod json;
pub mod markwhen;
pub mod model_json;
pub mod schema;
pub mod starter;
pub mod timelinejs;
pub mod timeml;
pub mod xml;

#[cfg(test)]
pub(crate) mod tests {
    use crate::timeline::Timeline;

    /// A small timeline with a date of every precision (BCE too), approximate dates, ranges,
    /// an ongoing end, lanes, tags, a rejected event, and text with quotes, commas, line
    /// breaks, non-ASCII and formula-like starts.
    pub fn sample() -> Timeline {
        crate::timeline::load("sample.yaml", SAMPLE.as_bytes()).unwrap()
    }

    const SAMPLE: &str = r#"title: "Sample, with \"quotes\""
subtitle: Every kind of date
as_of: 2025-09-22
sources:
- {id: s, title: Source, url: "https://example.com/a"}
eras:
- {title: Era one, start: 2017-01-20, end: ongoing}
events:
- id: day
  date: 2019-02-27
  title: Summit in Hanoi
  lane: diplomacy
  tags: [summit, talks]
  source: s
  quote: "He said \"no, never\"\nthen left — déjà vu"
  mentions: [{source: s, start: 3, end: 10, confidence: 0.8}]
- id: month
  date: 2019-06
  end: 2019-07
  title: Talks, again
  description: "Line one;\nline two, with a comma\\backslash"
  status: reported
  review: confirmed
- {id: year, date: 2020, title: A year, lane: military}
- {id: quarter, date: 2026-Q3, title: Planned visit, status: planned, tags: [visit]}
- id: planned-day
  date: 2026-10-31
  end: 2026-11-01
  title: "APEC; Gyeongju, Korea"
  status: planned
  description: "A long description that needs folding because it is longer than seventy-five octets — with non-ASCII: 경주"
- {id: season, date: 2019-SU, title: Season}
- {id: decade, date: ~1990s, end: ongoing, title: "=SUM(A1)"}
- {id: century, date: 19th century, title: "@home"}
- {id: bce, date: -0043-03-15, title: Ides of March}
- {id: bce-year, date: 44 BCE, title: "-minus"}
- {id: gone, date: 2019, title: Rejected, review: rejected}
"#;
}
