//! Where an article says its own date: front matter (`---` block or a first line with
//! `date: 2025-09-22`) or a news dateline ("SEOUL, Sept. 22 (Reuters) -", "March 21, 2013 --").

use chrono::NaiveDate;

/// How [`reference_date`] found the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// A `date:` field in front matter (a `---` block or the first line).
    FrontMatter,
    /// A dateline that gives the year ("March 21, 2013 --").
    Dateline,
    /// A dateline without a year ("SEOUL, Sept. 22 (Reuters) -"); the year is the one the
    /// article mentions most often (ties to the later year), so treat it as a guess.
    DatelineYearGuessed,
}

/// How many bytes of the body are searched for a dateline.
const DATELINE_WINDOW: usize = 400;

/// The article's reference date and how it was found, if it states one.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use timeliner::text::{DateSource, reference_date};
///
/// let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(
///     reference_date("---\ntitle: Talks\ndate: 2025-09-22\n---\nKim spoke."),
///     Some((ymd(2025, 9, 22), DateSource::FrontMatter))
/// );
/// assert_eq!(
///     reference_date("March 21, 2013 -- Markets fell."),
///     Some((ymd(2013, 3, 21), DateSource::Dateline))
/// );
/// assert_eq!(reference_date("Kim spoke."), None);
/// ```
#[must_use]
pub fn reference_date(text: &str) -> Option<(NaiveDate, DateSource)> {
    if let Some(date) = front_matter_date(text) {
        return Some((date, DateSource::FrontMatter));
    }
    let body = text[body_start(text)..].trim_start_matches('\u{feff}');
    let window = &body[..floor_char_boundary(body, DATELINE_WINDOW)];
    let (month, day, year) = window.lines().take(4).find_map(dateline)?;
    match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, DateSource::Dateline)),
        None => {
            let year = most_mentioned_year(body)?;
            NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, DateSource::DatelineYearGuessed))
        }
    }
}

/// The byte offset where the article body starts: after a `---` front-matter block or a
/// first line `date: ...`, else 0.
///
/// # Example
///
/// ```
/// use timeliner::text::body_start;
///
/// assert_eq!(body_start("---\ndate: 2025-09-22\n---\nBody"), 25);
/// assert_eq!(body_start("date: 2025-09-22\r\nBody"), 18);
/// assert_eq!(body_start("Body"), 0);
/// ```
#[must_use]
pub fn body_start(text: &str) -> usize {
    // Editors hide a byte-order mark; it belongs to the front matter's first line.
    let mark = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    // Most texts start with neither: no need to find where their first line ends.
    let head = text[mark..]
        .trim_start_matches('\u{feff}')
        .trim_start_matches(|c: char| c != '\n' && c.is_whitespace());
    if !head.starts_with("---") && !head.starts_with("date:") {
        return 0;
    }
    let mut lines =
        line_spans(text).map(|(start, end, next)| (start.max(mark), end.max(mark), next));
    let Some((first_start, first_end, first_next)) = lines.next() else {
        return 0;
    };
    let first = &text[first_start..first_end];
    if first.trim_end() == "---" {
        for (start, end, next) in lines {
            if text[start..end].trim_end() == "---" {
                return next;
            }
        }
        return 0;
    }
    if date_field(first).is_some() {
        return first_next;
    }
    0
}

/// The value of `key` in an article's front matter, if it has one that is not empty: the
/// `title`, `url` or `publisher` of its source. The block is read as YAML (quotes, escapes and
/// comments as YAML means them); a block that is not valid YAML, as editors often write
/// (`title: Talks: day one`), is read line by line with its quotes stripped.
///
/// # Example
///
/// ```
/// use timeliner::text::front_matter_field;
///
/// let text = "---\ntitle: \"Talks: \\\"day one\\\"\"\ndate: 2025-09-22\n---\nKim spoke.";
/// assert_eq!(front_matter_field(text, "title").as_deref(), Some("Talks: \"day one\""));
/// assert_eq!(front_matter_field(text, "url"), None);
/// let loose = "---\ntitle: Talks: day one\n---\nKim spoke.";
/// assert_eq!(front_matter_field(loose, "title").as_deref(), Some("Talks: day one"));
/// assert_eq!(front_matter_field("title: x\nKim spoke.", "title"), None);
/// ```
#[must_use]
pub fn front_matter_field(text: &str, key: &str) -> Option<String> {
    let block = &text[..body_start(text)];
    if block.is_empty() {
        return None;
    }
    match yaml_field(block, key) {
        Ok(value) => value,
        Err(()) => line_field(block, key).map(str::to_string),
    }
}

/// Larger blocks are read line by line: the front matter of an article is a few lines, and
/// a parser's time and memory should not depend on what a hostile file puts there.
const YAML_BLOCK_LIMIT: usize = 64 * 1024;

/// `key` of the block read as a YAML mapping between its `---` lines: `Err` when the block is
/// not one.
fn yaml_field(block: &str, key: &str) -> Result<Option<String>, ()> {
    use serde_yaml::Value;
    if block.len() > YAML_BLOCK_LIMIT {
        return Err(());
    }
    let inner = block.trim_start_matches('\u{feff}').trim_start();
    let inner = inner.strip_prefix("---").unwrap_or(inner);
    let inner = inner.trim_end().strip_suffix("---").unwrap_or(inner);
    let Ok(Value::Mapping(map)) = serde_yaml::from_str::<Value>(inner) else {
        return Err(());
    };
    let value = match map.get(key) {
        Some(Value::String(s)) => Some(s.trim().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Bool(b)) => Some(b.to_string()),
        _ => None,
    };
    Ok(value.filter(|v| !v.is_empty()))
}

/// `key: value` on a line of the block, quotes stripped.
fn line_field<'a>(block: &'a str, key: &str) -> Option<&'a str> {
    block.lines().find_map(|line| {
        let value = line
            .trim_start_matches('\u{feff}')
            .trim()
            .strip_prefix(key)?
            .strip_prefix(':')?
            .trim();
        let unquoted = ['"', '\'']
            .iter()
            .find_map(|&q| value.strip_prefix(q)?.strip_suffix(q))
            .unwrap_or(value)
            .trim();
        (!unquoted.is_empty()).then_some(unquoted)
    })
}

fn front_matter_date(text: &str) -> Option<NaiveDate> {
    let body = body_start(text);
    if body == 0 {
        return None;
    }
    text[..body].lines().find_map(date_field)
}

/// `date: 2025-09-22` (quotes allowed, anything after the date such as a time ignored).
fn date_field(line: &str) -> Option<NaiveDate> {
    let value = line
        .trim_start_matches('\u{feff}')
        .trim()
        .strip_prefix("date:")?
        .trim();
    let value = value.trim_matches(|c| c == '"' || c == '\'');
    NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()
}

/// (start, end without line break, start of next line) for each line.
fn line_spans(text: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let start = at;
        let (end, next) = match text[start..].find('\n') {
            Some(n) => (start + n, start + n + 1),
            None => (text.len(), text.len()),
        };
        at = next;
        let end = if text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        Some((start, end, next))
    })
}

/// A dateline at the start of `line`: optional PLACE (capitalised words and commas), month,
/// day, optional year, then within a few words a dash ("-", "--", en or em dash).
fn dateline(line: &str) -> Option<(u32, u32, Option<i32>)> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(12)
        .collect();
    for (at, word) in words.iter().enumerate().take(5) {
        let Some(month) = month_number(word) else {
            if word.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            return None;
        };
        let day: u32 = words
            .get(at + 1)?
            .parse()
            .ok()
            .filter(|d| (1..=31).contains(d))?;
        let mut rest = at + 2;
        let year = words
            .get(rest)
            .and_then(|w| w.parse::<i32>().ok())
            .filter(|y| (1000..=2999).contains(y));
        if year.is_some() {
            rest += 1;
        }
        let dash_follows = words.iter().skip(rest).take(4).any(|w| is_dash(w));
        return dash_follows.then_some((month, day, year));
    }
    None
}

fn is_dash(word: &str) -> bool {
    matches!(
        word,
        "-" | "--" | "\u{2013}" | "\u{2014}" | "\u{2014}\u{2014}"
    ) || word.starts_with("--")
        || word.starts_with('\u{2014}')
        || word.starts_with('\u{2013}')
}

/// The month number of a month name or its abbreviation ("Sept.", "sep", "September").
///
/// # Example
///
/// ```
/// use timeliner::text::month_number;
///
/// assert_eq!(month_number("Sept."), Some(9));
/// assert_eq!(month_number("march"), Some(3));
/// assert_eq!(month_number("Mayor"), None);
/// ```
#[must_use]
pub fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.strip_suffix('.').unwrap_or(word).to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == word
                || (word.len() <= 4 && m.starts_with(&word) && (word.len() == 3 || word == "sept"))
        })
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The 19xx/20xx year written most often as a whole word in `text`; ties go to the later year.
fn most_mentioned_year(text: &str) -> Option<i32> {
    let mut counts = std::collections::BTreeMap::<i32, usize>::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.len() == 4
            && (word.starts_with("19") || word.starts_with("20"))
            && let Ok(year) = word.parse::<i32>()
        {
            *counts.entry(year).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(year, count)| (count, year))
        .map(|(year, _)| year)
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_byte_order_mark_hides_no_date() {
        let front = Some((ymd(2025, 9, 22), DateSource::FrontMatter));
        assert_eq!(
            reference_date("\u{feff}date: 2025-09-22\r\n\r\nBody."),
            front
        );
        assert_eq!(body_start("\u{feff}date: 2025-09-22\r\n\r\nBody."), 21);
        assert_eq!(
            reference_date("\u{feff}---\r\ndate: 2025-09-22\r\n---\r\nBody."),
            front
        );
        assert_eq!(
            reference_date("\u{feff}March 21, 2013 -- Markets fell."),
            Some((ymd(2013, 3, 21), DateSource::Dateline))
        );
    }

    #[test]
    fn datelines() {
        let cases = [
            (
                "SEOUL, Sept. 22 (Reuters) - Kim said in 2025 and 2019 and 2025.",
                Some((ymd(2025, 9, 22), DateSource::DatelineYearGuessed)),
            ),
            (
                "JOHANNESBURG, August 7, 1998 (Xinhua) -- Talks",
                Some((ymd(1998, 8, 7), DateSource::Dateline)),
            ),
            (
                "March 21, 2013 \u{2014} Markets fell.",
                Some((ymd(2013, 3, 21), DateSource::Dateline)),
            ),
            ("\r\nWASHINGTON (AP) \u{2014} \nno date", None),
            ("May I say something - please", None),
            ("the talks of March 21, 2013 -- failed", None),
            ("SEOUL, Sept. 22 (Reuters) - no year anywhere", None),
        ];
        for (text, expected) in cases {
            assert_eq!(reference_date(text), expected, "{text:?}");
        }
    }

    #[test]
    fn front_matter() {
        let text = "---\r\ntitle: x\r\ndate: \"2025-09-22\"\r\n---\r\nMarch 1, 2013 -- Body";
        assert_eq!(
            reference_date(text),
            Some((ymd(2025, 9, 22), DateSource::FrontMatter))
        );
        assert_eq!(&text[body_start(text)..], "March 1, 2013 -- Body");
        // An unterminated block is not front matter.
        assert_eq!(body_start("---\ndate: 2025-09-22\nBody"), 0);
        assert_eq!(
            reference_date("date: 2025-09-22T10:00\nBody"),
            Some((ymd(2025, 9, 22), DateSource::FrontMatter))
        );
    }

    #[test]
    fn front_matter_fields_read_as_yaml() {
        let text = "---\r\ntitle: 'It''s over' # the editor's note\r\nurl: https://example.org/a?b=1\r\n\
                    publisher: 2019\r\nauthor: [A, B]\r\n---\r\nBody";
        let field = |key| front_matter_field(text, key);
        assert_eq!(field("title").as_deref(), Some("It's over"));
        assert_eq!(field("url").as_deref(), Some("https://example.org/a?b=1"));
        assert_eq!(field("publisher").as_deref(), Some("2019"));
        // Not text: no value, rather than YAML's own spelling of a list.
        assert_eq!(field("author"), None);
        // Not YAML (a colon inside an unquoted value): read line by line.
        let loose = "---\ntitle: \"Talks\": day one\nurl: ''\n---\nBody";
        assert_eq!(
            front_matter_field(loose, "title").as_deref(),
            Some("\"Talks\": day one")
        );
        assert_eq!(front_matter_field(loose, "url"), None);
        // A block past the limit is read line by line too, in linear time.
        let long = format!(
            "---\ntitle: A\nnote: {}\n---\nBody",
            "x".repeat(YAML_BLOCK_LIMIT)
        );
        assert_eq!(front_matter_field(&long, "title").as_deref(), Some("A"));
    }

    #[test]
    fn months() {
        let months = [
            "Jan", "feb.", "MARCH", "Apr.", "may", "June", "Jul", "Aug.", "Sept.", "Oct", "Nov.",
            "December",
        ];
        for (n, word) in months.iter().enumerate() {
            assert_eq!(
                month_number(word),
                Some(u32::try_from(n + 1).unwrap()),
                "{word}"
            );
        }
        for word in ["Ma", "Marc", "Mayor", "Junk", "Se", "Septe"] {
            assert_eq!(month_number(word), None, "{word}");
        }
    }

    #[test]
    fn the_inferred_year_is_a_real_year() {
        assert_eq!(
            most_mentioned_year("in 1998, 12345 and 2001 and 1998"),
            Some(1998)
        );
        assert_eq!(most_mentioned_year("2001 1998 20011"), Some(2001));
    }
}
