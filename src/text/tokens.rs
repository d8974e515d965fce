//! Tokens as byte spans: words, numbers and single punctuation characters.
//!
//! One pass over the bytes, no allocation per token. Dotted initials ("a.m.", "U.S.") are one
//! word; a number keeps single inner separators between digits ("2,024", "10:35",
//! "2025-09-22", "9/22/2025"), so a later stage sees "2,024" as one number, never as a year.

use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly dotted initials ("a.m.").
    Word,
    /// Digits with optional single separators `,` `.` `:` `/` `-` between digits.
    Number,
    /// Any other single character that is not whitespace.
    Punct,
}

/// One token of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
    /// No whitespace between the previous token and this one ("30" "-" "year", "Sept" ".").
    pub joined: bool,
}

/// Cuts `text` into tokens, in text order; whitespace (NBSP included) separates tokens and is
/// never part of one.
///
/// # Example
///
/// ```
/// use timeliner::text::tokens;
///
/// let text = "Sept.\u{a0}22, at 10:35 a.m.";
/// let words: Vec<&str> = tokens(text).iter().map(|t| &text[t.span.clone()]).collect();
/// assert_eq!(words, ["Sept", ".", "22", ",", "at", "10:35", "a.m."]);
/// ```
#[must_use]
pub fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News has about one token per five bytes: room for a few more, so that it rarely grows.
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    let mut joined = false;
    while i < bytes.len() {
        let b = bytes[i];
        let (end, kind) = if b.is_ascii_alphabetic() {
            (word_end(text, i), TokenKind::Word)
        } else if b.is_ascii_whitespace() {
            i += 1;
            joined = false;
            continue;
        } else if b.is_ascii_digit() {
            (number_end(bytes, i), TokenKind::Number)
        } else if b < 0x80 {
            (i + 1, TokenKind::Punct)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                i += c.len_utf8();
                joined = false;
                continue;
            }
            if c.is_alphabetic() {
                (word_end(text, i), TokenKind::Word)
            } else {
                (i + c.len_utf8(), TokenKind::Punct)
            }
        };
        // `joined` is only ever set after a token.
        out.push(Token {
            span: i..end,
            kind,
            joined,
        });
        // The usual separator, one space, stepped over at once.
        joined = bytes.get(end) != Some(&b' ');
        i = if joined { end } else { end + 1 };
    }
    out
}

fn is_letter_at(text: &str, i: usize) -> Option<usize> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii_alphabetic() {
        return Some(1);
    }
    if b < 0x80 {
        return None;
    }
    let c = text[i..].chars().next()?;
    c.is_alphabetic().then_some(c.len_utf8())
}

fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let i = start + leading_ascii_letters(&bytes[start..]);
    // Most words are ASCII letters, and no initial before a dot: done.
    let initial = i == start + 1;
    if bytes
        .get(i)
        .is_none_or(|&b| b.is_ascii() && !(initial && b == b'.'))
    {
        return i;
    }
    rare_word_end(text, start, i)
}

/// [`word_end`] for a word going on beyond ASCII, or a letter before a dot (`i` is the end
/// of the ASCII letters the word starts with).
#[cold]
fn rare_word_end(text: &str, start: usize, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i += leading_ascii_letters(&bytes[i..]);
        // A letter beyond ASCII ("café") continues the word.
        match bytes.get(i) {
            Some(&b) if b >= 0x80 => match is_letter_at(text, i) {
                Some(n) => i += n,
                None => break,
            },
            _ => break,
        }
    }
    // Dotted initials: a single letter, then ".x" repeated, then a final ".".
    if i == start + 1 {
        let mut j = i;
        while bytes.get(j) == Some(&b'.')
            && bytes.get(j + 1).is_some_and(u8::is_ascii_alphabetic)
            && !bytes.get(j + 2).is_some_and(u8::is_ascii_alphabetic)
        {
            j += 2;
        }
        if j > i {
            if bytes.get(j) == Some(&b'.') {
                j += 1;
            }
            return j;
        }
    }
    i
}

/// How many ASCII letters `bytes` starts with, counted eight bytes at a time.
fn leading_ascii_letters(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes[n..].first_chunk::<8>() {
        // Folding capitals onto small letters maps no other byte into `a..=z`.
        let folded = u64::from_le_bytes(*chunk) | 0x2020_2020_2020_2020;
        let others = !ascii_in_range(folded, b'a', b'z') & 0x8080_8080_8080_8080;
        if others != 0 {
            return n + (others.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// Where the first ASCII digit of `bytes` at or after `from` is, looked for eight bytes at a
/// time: most bytes of a text are no digit.
pub(crate) fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    // Long stretches without a digit are stepped over 32 bytes at a time, with one test.
    while let Some(block) = bytes.get(i..).and_then(<[u8]>::first_chunk::<32>) {
        let (words, _) = block.as_chunks::<8>();
        let digits = words.iter().fold(0, |found, word| {
            found | ascii_in_range(u64::from_le_bytes(*word), b'0', b'9')
        });
        if digits != 0 {
            break;
        }
        i += 32;
    }
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let digits = ascii_in_range(u64::from_le_bytes(*chunk), b'0', b'9');
        if digits != 0 {
            return Some(i + (digits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..).unwrap_or_default();
    rest.iter().position(u8::is_ascii_digit).map(|k| i + k)
}

/// For eight bytes at once: the high bit of each byte that is in `low..=high`, with `low`
/// at least 1 and `high` below 0x7f (bytes beyond ASCII are never in range).
fn ascii_in_range(x: u64, low: u8, high: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low7 = x & !HIGH;
    // Per byte, the high bit says: at least `low`, above `high`; no carry crosses a byte.
    let from_low = low7 + ONES * (0x80 - u64::from(low));
    let past_high = low7 + ONES * (0x80 - u64::from(high) - 1);
    from_low & !past_high & !x & HIGH
}

/// Bytes `8 * k..8 * k + 8` of the word at `span` of `text`, lower-cased, bytes past the word
/// zero: read straight from the text, no copy, where the text goes on far enough.
#[inline]
pub(crate) fn lowercase_chunk(text: &[u8], span: &Range<usize>, k: usize) -> u64 {
    ascii_lowercase(chunk(text, span, k))
}

/// Bytes `8 * k..8 * k + 8` of the word at `span` of `text` as written, bytes past the word
/// zero (see [`lowercase_chunk`]).
#[inline]
pub(crate) fn chunk(text: &[u8], span: &Range<usize>, k: usize) -> u64 {
    let Some(valid) = span.len().checked_sub(8 * k).filter(|&n| n > 0) else {
        return 0;
    };
    let valid = valid.min(8);
    let start = span.start + 8 * k;
    let eight = match text[start..].first_chunk::<8>() {
        Some(eight) => *eight,
        // Only at the very end of the text.
        None => {
            let mut eight = [0; 8];
            eight[..valid].copy_from_slice(&text[start..start + valid]);
            eight
        }
    };
    u64::from_le_bytes(eight) & u64::MAX >> (8 * (8 - valid))
}

/// Lower-cases the ASCII capitals among eight bytes at once, leaving every other byte as is
/// (as `u8::to_ascii_lowercase` does byte by byte).
pub(crate) fn ascii_lowercase(x: u64) -> u64 {
    x | (ascii_in_range(x, b'A', b'Z') >> 2)
}

fn number_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i + 1 < bytes.len()
            && matches!(bytes[i], b',' | b'.' | b':' | b'/' | b'-')
            && bytes[i + 1].is_ascii_digit()
        {
            i += 1;
        } else {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(&str, TokenKind, bool)> {
        tokens(text)
            .into_iter()
            .map(|t| (&text[t.span], t.kind, t.joined))
            .collect()
    }

    #[test]
    fn numbers_keep_inner_separators() {
        use TokenKind::{Number as N, Punct as P, Word as W};
        assert_eq!(
            cut("2,024 people, 3.5% on 2025-09-22."),
            [
                ("2,024", N, false),
                ("people", W, false),
                (",", P, true),
                ("3.5", N, false),
                ("%", P, true),
                ("on", W, false),
                ("2025-09-22", N, false),
                (".", P, true)
            ]
        );
        assert_eq!(
            cut("the 1990s, 30-year"),
            [
                ("the", W, false),
                ("1990", N, false),
                ("s", W, true),
                (",", P, true),
                ("30", N, false),
                ("-", P, true),
                ("year", W, true)
            ]
        );
    }

    #[test]
    fn letters_counted_eight_at_a_time_as_one_by_one() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for b in 0..=255u8 {
            let in_range = ascii_in_range(u64::from_le_bytes([b; 8]), b'A', b'Z') != 0;
            assert_eq!(in_range, b.is_ascii_uppercase(), "{b}");
        }
        for text in [
            &b"Sept"[..],
            b"abcdefgh",
            b"abcdefghijklmnopq.",
            b"x@[`{z",
            &bytes,
        ] {
            for start in 0..text.len() {
                let expected = text[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                assert_eq!(leading_ascii_letters(&text[start..]), expected);
            }
        }
    }

    #[test]
    fn digits_found_eight_at_a_time_as_one_by_one() {
        let text = b"In 1990, at 10:35 (or \xc3\xa9 / 0) it was 9; 2025";
        for from in 0..=text.len() + 1 {
            let expected = (from..text.len()).find(|&i| text[i].is_ascii_digit());
            assert_eq!(next_digit(text, from), expected, "from {from}");
        }
        assert_eq!(next_digit(b"no digits at all here", 0), None);
    }

    #[test]
    fn packing_lower_cases_ascii_capitals_only() {
        let neighbours = [0x00, b'@', b'A', b'Z', b'[', 0x80, 0xc3, 0xff];
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = neighbours;
                bytes[at] = b;
                let lowered = bytes.map(|b| b.to_ascii_lowercase());
                assert_eq!(
                    ascii_lowercase(u64::from_le_bytes(bytes)),
                    u64::from_le_bytes(lowered),
                    "{bytes:?}"
                );
            }
        }
    }

    #[test]
    fn initials_curly_quotes_and_nbsp() {
        use TokenKind::{Punct as P, Word as W};
        assert_eq!(
            cut("\u{201c}U.S.\u{201d}\u{a0}a.m. Caf\u{e9}"),
            [
                ("\u{201c}", P, false),
                ("U.S.", W, true),
                ("\u{201d}", P, true),
                ("a.m.", W, false),
                ("Caf\u{e9}", W, false)
            ]
        );
        assert_eq!(
            cut("A. B"),
            [("A", W, false), (".", P, true), ("B", W, false)]
        );
    }
}
