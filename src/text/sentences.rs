//! Sentence cutting, the same idea as the anchoring scorer's: a blank line ends a sentence, and
//! so does `.` `!` `?` (plus closing quotes or brackets) followed by whitespace and a capital
//! letter or an opening quote, except a lone `.` after an abbreviation, a single letter or
//! dotted initials. A paragraph written on one line ends at its line break even without a mark.

use std::ops::Range;
use std::sync::OnceLock;

use super::{month_number, section_entries};

/// The sentence rules: `[abbreviations]`, after which a lone `.` does not end a sentence, and
/// `[examples]` run as tests.
const RULES: &str = include_str!("../../data/rules/sentences.txt");
/// The longest abbreviation, in bytes: what one number ([`abbreviation_key`]) holds.
const LONGEST_ABBREVIATION: usize = 8;

const CLOSERS: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', ')', ']'];
const OPENERS: &[char] = &['"', '\'', '`', '\u{201c}', '\u{2018}', '(', '['];

/// Cuts `text` into sentences: byte spans in text order, each trimmed of surrounding
/// whitespace, never empty, never overlapping.
///
/// # Example
///
/// ```
/// use timeliner::text::sentences;
///
/// let text = "Mr. Kim spoke on Sept. 22. Talks resume in the U.S. Monday.\n\nNew para";
/// let spans: Vec<&str> = sentences(text).into_iter().map(|s| &text[s]).collect();
/// assert_eq!(spans, ["Mr. Kim spoke on Sept. 22.", "Talks resume in the U.S. Monday.", "New para"]);
/// ```
#[must_use]
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    // Room for a sentence in every 64 bytes, more than prose has: grown from one, the list
    // was copied a few times for each article.
    let mut starts = Vec::with_capacity(text.len() / 64 + 2);
    starts.push(0);
    let bytes = text.as_bytes();
    let mut i = 0;
    // Only a newline or a sentence mark can end a sentence: the bytes between are skipped.
    let mut ends = Ends::new(bytes);
    while let Some(at) = ends.next(i) {
        let next = if bytes[at] == b'\n' {
            after_blank_line(text, at).or_else(|| after_paragraph_line(bytes, at))
        } else {
            sentence_end(text, at)
        };
        match next {
            // A dateline's clock time cuts before its date (see `dateline_before_clock`): the
            // scan goes on after the mark.
            Some(next) => {
                starts.push(next);
                i = next.max(at + 1);
            }
            // A run of marks ("!!!", "....") ends no sentence when its first mark does not:
            // all of them see the same text after the run, so it is skipped whole (mark by
            // mark, a long run was quadratic).
            None => {
                i = at + 1;
                while i < bytes.len()
                    && bytes[at] != b'\n'
                    && matches!(bytes[i], b'.' | b'!' | b'?')
                {
                    i += 1;
                }
            }
        }
    }
    starts.push(text.len());
    starts.dedup();
    let mut spans = Vec::with_capacity(starts.len() - 1);
    for pair in starts.windows(2) {
        if pair[1] - pair[0] <= LONGEST_SENTENCE {
            spans.extend(trim_span(text, pair[0]..pair[1]));
        } else {
            spans.extend(
                pieces(text, pair[0]..pair[1], LONGEST_SENTENCE).filter_map(|p| trim_span(text, p)),
            );
        }
    }
    spans
}

/// Where the next newline and the next sentence mark (`.` `!` `?`) are. Each is found by a
/// vectorised search (many bytes at a time) and searched for again only once the scan is
/// past it, so that each search reads every byte once however far apart the two are.
struct Ends<'a> {
    bytes: &'a [u8],
    newline: usize,
    mark: usize,
}

impl<'a> Ends<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            newline: newline_from(bytes, 0),
            mark: mark_from(bytes, 0),
        }
    }

    /// The first newline or mark at or after `from`, which never goes back from one call to
    /// the next.
    fn next(&mut self, from: usize) -> Option<usize> {
        if self.newline < from {
            self.newline = newline_from(self.bytes, from);
        }
        if self.mark < from {
            self.mark = mark_from(self.bytes, from);
        }
        let at = self.newline.min(self.mark);
        (at < self.bytes.len()).then_some(at)
    }
}

/// The first newline of `bytes` at or after `from`; their length if none.
fn newline_from(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    memchr::memchr(b'\n', rest).map_or(bytes.len(), |k| from + k)
}

/// The first sentence mark of `bytes` at or after `from`; their length if none.
fn mark_from(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    memchr::memchr3(b'.', b'!', b'?', rest).map_or(bytes.len(), |k| from + k)
}

/// The longest sentence read whole, in bytes: no sentence of prose comes near (the longest of
/// a news article or a history is about 1 KB), and what reads a sentence holds all its words at
/// once. A longer run without a sentence end (a list without full stops, a transcript, a
/// run of marks) is read in pieces of at most this many bytes.
const LONGEST_SENTENCE: usize = 1 << 14;

/// Byte ranges covering `range` of `text`, each at most `size` bytes and cut after a line
/// break, a sentence end or a space (in that order of preference) in its second half, else at
/// a character boundary.
pub fn pieces(
    text: &str,
    range: Range<usize>,
    size: usize,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = range.start;
    let stop = range.end;
    std::iter::from_fn(move || {
        if at >= stop {
            return None;
        }
        let from = at;
        let mut end = (from + size).min(stop);
        if end < stop {
            let window = &text.as_bytes()[from + size / 2..end];
            // A line break, else a sentence end (". " before a capital), else a space.
            let sentence_end = window
                .windows(3)
                .rposition(|w| w[0] == b'.' && w[1] == b' ' && w[2].is_ascii_uppercase())
                .map(|p| p + 2);
            let cut = window
                .iter()
                .rposition(|&b| b == b'\n')
                .map(|p| p + 1)
                .or(sentence_end)
                .or_else(|| {
                    window
                        .iter()
                        .rposition(u8::is_ascii_whitespace)
                        .map(|p| p + 1)
                });
            end = match cut {
                Some(p) => from + size / 2 + p,
                None => (from + 1..=end)
                    .rev()
                    .find(|&e| text.is_char_boundary(e))
                    .unwrap_or(stop),
            };
        }
        at = end;
        Some(from..end)
    })
}

/// If a blank line starts at the newline at `i`, the offset of the next non-blank character.
fn after_blank_line(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i + 1..];
    let line_end = rest.find('\n')?;
    if !rest[..line_end].chars().all(char::is_whitespace) {
        return None;
    }
    let after = &rest[line_end..];
    let skipped = after.len() - after.trim_start().len();
    Some(i + 1 + line_end + skipped)
}

/// The longest line of a text wrapped to a width: a longer line is a paragraph of its own.
const WRAPPED_LINE: usize = 160;

/// If the newline at `i` ends a paragraph written on one line that lost its full stop ("... was
/// posted online\nOn May 3 the army ..."), the offset of the next line when it opens with a
/// capital. A wrapped text's line break is no sentence end ("said the\nPresident").
fn after_paragraph_line(bytes: &[u8], i: usize) -> Option<usize> {
    let line = &bytes[i.checked_sub(WRAPPED_LINE + 1)?..i];
    if memchr::memchr(b'\n', line).is_some() {
        return None;
    }
    let last = line
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t' | b'\r'))?;
    if !line[last].is_ascii_alphanumeric() {
        return None;
    }
    let next = i
        + 1
        + bytes[i + 1..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
    bytes
        .get(next)
        .is_some_and(u8::is_ascii_uppercase)
        .then_some(next)
}

/// If the punctuation at `i` ends a sentence, the offset where the next one starts.
fn sentence_end(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut j = i;
    while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?') {
        j += 1;
    }
    let marks = &text[i..j];
    let after_marks = &text[j..];
    let closers = leading(after_marks, CLOSERS);
    let after_closers = &after_marks[closers..];
    let spaces = after_closers.len() - after_closers.trim_start().len();
    if spaces == 0 {
        return dateline_before_clock(text, i);
    }
    let next = &after_closers[spaces..];
    let first = next[leading(next, OPENERS)..].chars().next()?;
    // "fewer than a year ago. 12 riders were hurt": news opens a sentence with a figure
    // too, after a full stop that ends a plain word (not "No. 20", "approx. 20", "5. 20").
    let figure_opens =
        || first.is_ascii_digit() && marks == "." && closers == 0 && after_plain_word(&text[..i]);
    if !(first.is_ascii_uppercase() || figure_opens()) {
        return None;
    }
    if marks == "."
        && closers == 0
        && is_abbreviation(&text[..i])
        && !opens_after_abbreviation(&text[..i], next)
    {
        return None;
    }
    Some(j + closers + spaces)
}

/// If the `.` at `i` is inside the clock time of a British paper's dateline that runs between
/// a headline and the body ("... a storm hit the coast Monday 4 May 2009 16.05 BST The
/// ferries ..."), the offset of its day name: the dateline ends the headline and opens the body
/// it dates, as at the top of an article. Only with the full date before the clock time (day
/// name, day, month, year) and a capital after the zone: a clock time inside a sentence may
/// be followed by a name ("at 10.30 GMT Monday").
fn dateline_before_clock(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // "16.05 BST T": two digits, a space, a zone in capitals, a space, a capital.
    let minutes = bytes.get(i + 1..i + 4)?;
    if !(minutes[0].is_ascii_digit() && minutes[1].is_ascii_digit() && minutes[2] == b' ') {
        return None;
    }
    let rest = &text[i + 4..];
    let zone = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let after_zone = &rest[zone..];
    let spaces = after_zone.len() - after_zone.trim_start_matches(' ').len();
    if !(2..=4).contains(&zone)
        || spaces == 0
        || !after_zone[spaces..].starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    // "Monday 4 May 2009 16": a day name, a day, a month and a year before the hour.
    let is_number = |w: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let capitalised = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    let tests: [&dyn Fn(&str) -> bool; 5] = [
        &|w| is_number(w, 1..=2),
        &|w| is_number(w, 4..=4),
        &|w| capitalised(w) && month_number(w).is_some(),
        &|w| is_number(w, 1..=2),
        &|w| capitalised(w) && w.ends_with("day"),
    ];
    // Back word by word over single spaces to the day name's first byte.
    let mut start = i + 1;
    let mut words = text[..i].rsplit(' ');
    for test in tests {
        let word = words.next().filter(|w| test(w))?;
        start -= 1 + word.len();
    }
    Some(start)
}

/// "layoffs at P and Q. The carrier ...", "stores across the U.S. The chain ...", "sold to
/// Acme Corp. It paid ...": a word of `[openers]` ("The", "It") opens a sentence after a
/// single capital letter, dotted initials or an abbreviation that ends a name or a date, as
/// no name follows them with it; not after one of `[before_names]` ("Gen. A. Cole").
fn opens_after_abbreviation(before: &str, next: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let word = &word[leading(word, OPENERS)..];
    let ends_one = match word.as_bytes() {
        [letter] => letter.is_ascii_uppercase(),
        bytes if bytes.contains(&b'.') => true,
        _ => !in_list(&BEFORE_NAMES, "before_names", word),
    };
    ends_one && in_list(&OPENER_WORDS, "openers", first_word(next))
}

/// The letters that open `text`.
fn first_word(text: &str) -> &str {
    &text[..text
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len())]
}

static OPENER_WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
static BEFORE_NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();

/// Whether `word`, in any case, is an entry of the `section` of [`RULES`] (read once into
/// `list`).
fn in_list(list: &'static OnceLock<Vec<&'static str>>, section: &'static str, word: &str) -> bool {
    list.get_or_init(|| {
        section_entries(RULES, section)
            .flat_map(|(_, line)| line.split(','))
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .collect()
    })
    .iter()
    .any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether the word just before a `.` (the end of `before`) is an abbreviation or initials.
fn is_abbreviation(before: &str) -> bool {
    let bytes = before.as_bytes();
    // The word starts after the last whitespace: found byte by byte back to a space or a byte
    // beyond ASCII (asked at each full stop, the characters cost more than the rest); past
    // such a byte the characters are read, as a space beyond ASCII (U+00A0) may end the word.
    let word_start = match bytes
        .iter()
        .rposition(|&b| matches!(b, b' ' | b'\t'..=b'\r') || !b.is_ascii())
    {
        None => 0,
        Some(at) if bytes[at].is_ascii() => at + 1,
        Some(_) => before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(at, c)| at + c.len_utf8()),
    };
    let word = &before[word_start..];
    is_abbreviation_word(&word[leading(word, OPENERS)..])
}

/// Whether `before` ends with a word of three or more lower-case letters that is no
/// abbreviation.
fn after_plain_word(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    word.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase()) && !is_abbreviation(before)
}

/// The length in bytes of the run of characters of `set` that opens `s`: what
/// `trim_start_matches(set)` takes off, without setting up its search for a run that is
/// mostly empty (this is asked at every sentence mark).
fn leading(s: &str, set: &[char]) -> usize {
    s.chars()
        .take_while(|c| set.contains(c))
        .map(char::len_utf8)
        .sum()
}

/// Whether a `.` after `word` is an abbreviation's ("Sept", "Mr") or ends initials ("U.S",
/// "F"), not a sentence's: "May." and "Kim." end sentences.
pub(crate) fn is_abbreviation_word(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    if is_listed_abbreviation(word) {
        return true;
    }
    // Initials: "F", "U.S", "a.m", "D.C": single letters separated by dots.
    let bytes = word.as_bytes();
    bytes.len() % 2 == 1
        && bytes.iter().enumerate().all(|(i, &b)| {
            if i % 2 == 0 {
                b.is_ascii_alphabetic()
            } else {
                b == b'.'
            }
        })
}

/// The `[abbreviations]` of [`RULES`] as numbers ([`abbreviation_key`]), sorted: a word is
/// looked up by binary search, not compared with each.
fn abbreviation_keys() -> &'static [u64] {
    static KEYS: OnceLock<Vec<u64>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<u64> = abbreviations()
            .map(|word| {
                assert!(
                    (1..=LONGEST_ABBREVIATION).contains(&word.len())
                        && word.bytes().all(|b| b.is_ascii_lowercase()),
                    "data/rules/sentences.txt: `{word}` is no lower-case word of at most \
                     {LONGEST_ABBREVIATION} letters"
                );
                abbreviation_key(word.as_bytes())
            })
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    })
}

/// The words of the `[abbreviations]` of [`RULES`], in their order.
fn abbreviations() -> impl Iterator<Item = &'static str> {
    section_entries(RULES, "abbreviations")
        .flat_map(|(_, line)| line.split(','))
        .map(str::trim)
        .filter(|word| !word.is_empty())
}

/// A word of at most eight bytes as one number, first byte highest and zeros after the
/// word: numbers compare as the words do.
const fn abbreviation_key(word: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < 8 {
        key <<= 8;
        if i < word.len() {
            key |= word[i] as u64;
        }
        i += 1;
    }
    key
}

/// Whether `word`, in any case, is one of the `[abbreviations]`.
fn is_listed_abbreviation(word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.len() > LONGEST_ABBREVIATION {
        return false;
    }
    // The key of the word in lower case (see `abbreviation_key`), made as its bytes are read.
    let mut key = 0;
    for i in 0..8 {
        let b = bytes.get(i).copied();
        // A zero byte would read as the end of the word.
        if b == Some(0) {
            return false;
        }
        key = key << 8 | u64::from(b.unwrap_or(0).to_ascii_lowercase());
    }
    abbreviation_keys().binary_search(&key).is_ok()
}

fn trim_span(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[span.clone()];
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.start + slice.trim_end().len();
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn ends_are_the_newlines_and_marks_found_one_by_one() {
        // Bytes beyond ASCII that differ from a wanted one by their high bit only, wanted
        // bytes side by side, and texts that end before or at one.
        let texts: [&[u8]; 4] = [
            b"ab\xae\x8a\xa1\xbf cdefgh\xaeij..!?\n\nk\xe2\x80\x9d.\xc3\xa9 end?",
            b"",
            b"no end here",
            b"one long line. Then a stop! And a question? Then two lines\n\n",
        ];
        for text in texts {
            // From every position, and from the positions a scan goes through in turn.
            for from in 0..=text.len() + 1 {
                let expected = (from..text.len()).find(|&i| b"\n.!?".contains(&text[i]));
                assert_eq!(Ends::new(text).next(from), expected, "from {from}");
            }
            let mut ends = Ends::new(text);
            for from in 0..=text.len() + 1 {
                let expected = (from..text.len()).find(|&i| b"\n.!?".contains(&text[i]));
                assert_eq!(ends.next(from), expected, "from {from} in turn");
            }
        }
    }

    #[test]
    fn a_paragraph_on_one_line_ends_at_its_line_break_even_without_a_stop() {
        let long = "The rebels held the bridge for three weeks while the relief column, slowed \
                    by rain, floods and broken roads, crossed the hills and the river valley \
                    beyond them and was finally seen";
        assert!(long.len() > WRAPPED_LINE);
        let text = format!("{long}\nOn May 3 the siege ended. It was over");
        assert_eq!(
            cut(&text),
            [long, "On May 3 the siege ended.", "It was over"]
        );
        // A wrapped line, a line ending in a mark other than a stop, a lower-case next line.
        for text in [
            "The minister said the\nPresident would come.".to_string(),
            format!("{long},\nOn May 3 the siege ended."),
            format!("{long}\nand on May 3 the siege ended."),
        ] {
            assert_eq!(cut(&text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_leading_run_is_what_trim_start_matches_takes_off() {
        for s in [
            "",
            "x",
            "\"')x",
            "\u{201d}\u{2019}] A",
            "))",
            "é\"",
            "\u{201c}(`'[Q",
        ] {
            for set in [CLOSERS, OPENERS] {
                assert_eq!(
                    leading(s, set),
                    s.len() - s.trim_start_matches(set).len(),
                    "{s}"
                );
            }
        }
    }

    #[test]
    fn the_abbreviation_list_is_sorted_and_read_in_any_case() {
        let words: Vec<_> = abbreviations().collect();
        assert!(words.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(abbreviation_keys().len(), words.len());
        assert!(is_abbreviation_word("SEPT") && is_abbreviation_word("Messrs"));
        assert!(!is_abbreviation_word("Septs") && !is_abbreviation_word("May"));
        assert!(!is_abbreviation_word("co\0") && !is_abbreviation_word("U.S."));
        assert!(!is_abbreviation_word("approxima") && !is_abbreviation_word("mr\0\0\0\0\0\0"));
    }

    /// The `[examples]` of `data/rules/sentences.txt`: `one: TEXT` is one sentence, `cut: TEXT
    /// | TEXT` those sentences; each abbreviation stands before a `.` and a space in a `one:`.
    #[test]
    fn the_examples_cut_as_they_say() {
        let mut unshown: Vec<_> = abbreviations().collect();
        let mut checked = 0;
        for (n, line) in section_entries(RULES, "examples") {
            let (want, text) = line.split_once(": ").expect("`one:` or `cut:`");
            match want {
                "one" => {
                    assert_eq!(cut(text), [text], "line {n}");
                    unshown.retain(|a| {
                        !text.split(' ').any(|w| {
                            w.strip_suffix('.')
                                .is_some_and(|w| w.eq_ignore_ascii_case(a))
                        })
                    });
                }
                "cut" => {
                    let want: Vec<_> = text.split(" | ").collect();
                    assert_eq!(cut(&want.join(" ")), want, "line {n}");
                }
                other => panic!("line {n}: {other}"),
            }
            checked += 1;
        }
        assert!(checked >= 10);
        assert!(unshown.is_empty(), "no example for {unshown:?}");
    }

    #[test]
    fn the_words_before_names_are_abbreviations() {
        let all: Vec<&str> = abbreviations().collect();
        let listed = section_entries(RULES, "before_names")
            .flat_map(|(_, line)| line.split(','))
            .map(str::trim)
            .filter(|word| !word.is_empty());
        let mut checked = 0;
        for word in listed {
            assert!(
                all.contains(&word),
                "[before_names] `{word}` is no abbreviation"
            );
            checked += 1;
        }
        assert!(checked >= 20);
    }

    #[test]
    fn abbreviations_initials_and_quotes_do_not_cut() {
        assert_eq!(
            cut("John F. Kennedy met Gov. Smith at 10 a.m. Friday. He left."),
            [
                "John F. Kennedy met Gov. Smith at 10 a.m. Friday.",
                "He left."
            ]
        );
        assert_eq!(
            cut("\u{201c}We will never give up.\u{201d} Kim said so."),
            ["\u{201c}We will never give up.\u{201d}", "Kim said so."]
        );
        assert_eq!(
            cut("He said \"No.\" Then left."),
            ["He said \"No.\"", "Then left."]
        );
    }

    #[test]
    fn a_run_of_marks_cuts_once_or_not_at_all() {
        assert_eq!(cut("Wait... What?! No."), ["Wait...", "What?!", "No."]);
        assert_eq!(cut("It rose.... and fell"), ["It rose.... and fell"]);
        assert_eq!(cut("x.y.. Z"), ["x.y..", "Z"]);
    }

    #[test]
    fn a_figure_after_a_full_stop_cuts_only_after_a_plain_word() {
        assert_eq!(
            cut("Fewer drivers died than a year ago. 12 riders were hurt."),
            [
                "Fewer drivers died than a year ago.",
                "12 riders were hurt."
            ]
        );
        for one in [
            "He lives at No. 20 Elm Road.",
            "It weighs approx. 20 tonnes.",
            "See fig. 3 for the map.",
            "The index rose 5. 20 more fell.",
            "They met in the U.S. 20 times.",
            "It closed on Dec. 20 at noon.",
        ] {
            assert_eq!(cut(one), [one]);
        }
    }

    #[test]
    fn lower_case_after_a_full_stop_does_not_cut() {
        assert_eq!(
            cut("It rose 3.5 percent. and more"),
            ["It rose 3.5 percent. and more"]
        );
    }

    #[test]
    fn blank_lines_cut_even_without_punctuation() {
        assert_eq!(
            cut("SEOUL, Sept. 22\r\n\r\nKim spoke"),
            ["SEOUL, Sept. 22", "Kim spoke"]
        );
        assert_eq!(cut("  \n\n  "), Vec::<&str>::new());
        assert_eq!(cut(""), Vec::<&str>::new());
    }

    #[test]
    fn a_run_without_a_sentence_end_is_read_in_pieces() {
        // Cut at a line break, else at a space, else inside the run; nothing is lost.
        for text in [
            "March 3, 1990: rebels seized the airport\n".repeat(2000),
            "he said that she said ".repeat(2000),
            format!("On May 3, 2000, x{}y attacked.", "\u{e9}.".repeat(20_000)),
        ] {
            let spans = sentences(&text);
            assert!(spans.len() > 2);
            assert!(spans.iter().all(|s| s.len() <= LONGEST_SENTENCE));
            let kept: usize = spans.iter().map(|s| text[s.clone()].trim().len()).sum();
            let visible = text.split_whitespace().map(str::len).sum::<usize>();
            assert!(kept >= visible, "{kept} < {visible}");
        }
        let lines = "March 3, 1990: rebels seized the airport\n".repeat(2000);
        assert!(
            sentences(&lines)
                .iter()
                .all(|s| lines[s.clone()].ends_with("airport"))
        );
    }

    #[test]
    fn multibyte_text_keeps_exact_offsets() {
        let text = "Caf\u{e9}\u{a0}open. N\u{e4}chste Woche!  Ja?";
        assert_eq!(
            cut(text),
            ["Caf\u{e9}\u{a0}open.", "N\u{e4}chste Woche!", "Ja?"]
        );
    }
}
