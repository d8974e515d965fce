//! The words of a sentence as byte spans: the tagger's tokens grouped into the words that event
//! detection, linking, titles and status read, each looked up once in the word lists.

use std::cell::RefCell;
use std::ops::Range;

use super::List;
use super::lower::{Lower, Spelling};
use super::shape::{Shape, shape};
use crate::events::FastMap;
use crate::events::chunk::Lex;
use crate::events::lookup::{self, Entry, Form};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner hyphens, apostrophes and the dots of initials ("U.S.").
    Word,
    /// The possessive ending `'s` / `’s` (or a lone `'` after a plural).
    Possessive,
    /// Any other visible character.
    Punct,
}

/// One token of a text: where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
    /// The token in lower case, for the word lists.
    pub lower: Spelling,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Two or more letters, all upper case: an acronym such as "APEC".
    pub all_caps: bool,
    /// What the word lists say of `lower`, looked up once: the detector, linker and chunker
    /// ask about every token several times.
    entry: Entry,
    /// `lower` holds an ASCII digit: asked of every word, found with its letters.
    digits: bool,
    /// The [`Shape`] bits of `lower`, found once per spelling.
    shape: u8,
}

impl Token {
    #[must_use]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// The token's lower-case form is in `list`: [`is_in`] without the lookup.
    #[must_use]
    pub fn is(&self, list: List) -> bool {
        self.entry.is(list)
    }

    /// The token is in the title list `lex`.
    #[must_use]
    pub fn is_lex(&self, lex: Lex) -> bool {
        self.entry.is_lex(lex)
    }

    /// The token is `form` of a listed word.
    #[must_use]
    pub fn has(&self, form: Form) -> bool {
        self.entry.has(form)
    }

    /// The token's lower-case form holds an ASCII digit.
    #[must_use]
    pub fn has_digit(&self) -> bool {
        self.digits
    }

    /// The token's lower-case form is spelt as `shape` says.
    #[must_use]
    pub fn is_shaped(&self, shape: Shape) -> bool {
        self.shape & 1 << shape as u8 != 0
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// What a character of a tagger token is to the event words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A run of letters and digits (of any script).
    Alnum,
    /// `-` or `.`, which join letters and digits on both sides.
    Joiner,
    /// `'` or `’`.
    Apostrophe,
    Other,
}

/// A run of letters and digits, or one other character, with no space before it when joined.
#[derive(Debug, Clone)]
struct Atom {
    span: Range<usize>,
    class: Class,
    joined: bool,
}

/// How many tokens from a sentence's start are searched for its first word: a sentence that
/// opens with more marks than that ("- - - ...") has begun by then.
const LEAD_REACH: usize = 16;

/// Whether `tokens[i]` comes after the sentence's first word, so that a capital there marks
/// a name. The first word after a news dateline opens the sentence ("LEEDS (AP) _ Tired of
/// waiting, ..."). Bounded: asked of every word, a walk over a long run of marks was
/// quadratic.
#[must_use]
pub fn past_first_word(tokens: &[Token], i: usize) -> bool {
    i > LEAD_REACH || (tokens[..i].iter().any(Token::is_word) && !ends_dateline(&tokens[..i]))
}

/// `tokens` are a news dateline ("SEOUL, Sept. 22 (Reuters) -"): a dash ends them, and only
/// capitalised words, numbers and punctuation come before it.
fn ends_dateline(tokens: &[Token]) -> bool {
    let Some((dash, before)) = tokens.split_last() else {
        return false;
    };
    is_dateline_dash(dash) && before.iter().all(|t| !is_lower_word(t))
}

/// The dash that ends a news dateline, as wire copy writes it.
#[must_use]
pub fn is_dateline_dash(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && matches!(t.lower.as_str(), "-" | "--" | "\u{2014}" | "\u{2013}" | "_")
}

/// A word in lower case that is no number: no dateline holds one.
#[must_use]
pub fn is_lower_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && !t.capitalized && !t.lower.starts_with(char::is_numeric)
}

/// `stem` without the second of its two equal final letters ("plann" → "plan"), if it ends in
/// a doubled ASCII letter that a verb's ending doubles (see [`doubles`]). Read as characters: a
/// word of another script may end in two equal bytes that are not a character ("丸" is E4 B8
/// B8).
#[must_use]
pub fn undoubled(stem: &str) -> Option<&str> {
    let bytes = stem.as_bytes();
    match bytes {
        [.., a, b] if a == b && doubles(char::from(*b)) => Some(&stem[..stem.len() - 1]),
        _ => None,
    }
}

/// Whether an ending doubles this final letter of a verb: a consonant ("planned"), never a
/// vowel ("go" gives no "good") nor `w`, `x`, `y` ("snowed", "fixed", "played").
#[must_use]
pub fn doubles(letter: char) -> bool {
    letter.is_ascii_alphabetic() && !"aeiouwxyAEIOUWXY".contains(letter)
}

/// Cuts `text[range]` into tokens whose spans index `text`: the tagger's tokens
/// ([`crate::text::tokens`]), grouped into the words events read. Letters and digits joined
/// by `-`, `.` or an apostrophe are one word ("don't", "U.S.", "30-year", "1990s"); the
/// possessive `'s` is a token of its own; a number's `,` `:` and `/` are punctuation.
#[must_use]
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let offset = range.start;
    words_of(text, offset, &crate::text::tokens(&text[range]))
}

/// The word token of `text[span]`, letters and digits only, as [`tokens`] makes it (from the
/// words known to the thread).
pub(in crate::events) fn word_token(text: &str, span: Range<usize>) -> Token {
    KNOWN.with_borrow_mut(|known| make_known(text, span, TokenKind::Word, known))
}

/// The tokens that the byte span `span` covers, as a range: tokens are in text order and do
/// not overlap, so two binary searches find them.
pub(in crate::events) fn covered(tokens: &[Token], span: &Range<usize>) -> Range<usize> {
    tokens.partition_point(|t| t.span.end <= span.start)
        ..tokens.partition_point(|t| t.span.start < span.end)
}

/// [`tokens`] of the sentence at `range`, read from `cut`, the tokens [`crate::text::tokens`]
/// cut the whole text into (spans in `text`): the same words, as a sentence starts after
/// whitespace and ends before it, where the tokens of the text and of the sentence alone are
/// the same. A sentence with no tokens in `cut`, or whose ends fall inside one, is cut alone.
#[must_use]
pub(in crate::events) fn tokens_in(
    text: &str,
    range: Range<usize>,
    cut: &[crate::text::Token],
) -> Vec<Token> {
    let first = cut.partition_point(|t| t.span.start < range.start);
    let count = cut[first..].partition_point(|t| t.span.start < range.end);
    let inside = &cut[first..first + count];
    let straddles = first
        .checked_sub(1)
        .is_some_and(|k| cut[k].span.end > range.start)
        || inside.last().is_some_and(|t| t.span.end > range.end);
    if inside.is_empty() || straddles {
        return tokens(text, range);
    }
    words_of(text, 0, inside)
}

/// The words of `tagger_tokens`, tokens of the piece of `text` that starts at byte `offset`
/// (the first token's `joined` is not read: a sentence's first word joins nothing).
fn words_of(text: &str, offset: usize, tagger_tokens: &[crate::text::Token]) -> Vec<Token> {
    let mut words = Vec::with_capacity(tagger_tokens.len());
    add_words(text, offset, tagger_tokens, &mut words);
    words
}

/// [`tokens`] of `text[range]`, added to the end of `out`.
pub(super) fn add_tokens(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let offset = range.start;
    add_words(text, offset, &crate::text::tokens(&text[range]), out);
}

/// [`words_of`], added to the end of `out`.
pub(super) fn add_words(
    text: &str,
    offset: usize,
    tagger_tokens: &[crate::text::Token],
    out: &mut Vec<Token>,
) {
    KNOWN.with_borrow_mut(|known| {
        ATOMS.with_borrow_mut(|atoms| {
            words_known(text, offset, tagger_tokens, known, atoms, out);
            atoms.clear();
            atoms.shrink_to(ATOMS_KEPT);
        });
    });
}

/// What the bytes of a short ASCII word say of it, all but where it is: its lower case is
/// shared with each token of the word.
#[derive(Debug, Clone)]
struct Known {
    lower: Spelling,
    entry: Entry,
    capitalized: bool,
    all_caps: bool,
    digits: bool,
    shape: u8,
}

/// How many spellings a thread keeps in [`KNOWN`]: past that, it starts again (bounded
/// memory).
const KNOWN_KEPT: usize = 1 << 14;

thread_local! {
    /// The short ASCII words read so far, by their bytes and length (see [`word_key`]): most
    /// words of a text are common words, each made from its bytes once, not at each mention.
    /// Room for all [`KNOWN_KEPT`] at once: grown from empty, the table was copied a dozen
    /// times as a thread read its first texts (its slots are written only as words come).
    static KNOWN: RefCell<FastMap<u128, Known>> =
        RefCell::new(FastMap::with_capacity_and_hasher(KNOWN_KEPT, Default::default()));
    /// The atoms of the word being grouped (see [`add_atoms`]), one list for every sentence:
    /// made anew for each, it was an allocation and a few regrowths per sentence.
    static ATOMS: RefCell<Vec<Atom>> = const { RefCell::new(Vec::new()) };
}

/// How many atoms [`ATOMS`] keeps room for between sentences (bounded memory).
const ATOMS_KEPT: usize = 1 << 10;

/// A word of at most [`lookup::SHORT`] ASCII bytes as one number: its bytes and, in the last
/// byte (which such a word leaves zero), its length.
fn word_key(text: &str, span: &Range<usize>) -> Option<u128> {
    let len = span.len();
    if len > lookup::SHORT {
        return None;
    }
    let block = sixteen(text, span.start, len);
    let [low, high] = halves(block);
    ((low | high) & 0x8080_8080_8080_8080 == 0)
        .then(|| u128::from_le_bytes(block) | (len as u128) << 120)
}

/// [`make`] of a word, from `known` if its spelling is there. Inlined, the copy of a known
/// word into the sentence's list is all a word mostly costs; a new word is made apart.
#[inline(always)]
fn make_known(
    text: &str,
    span: Range<usize>,
    kind: TokenKind,
    known: &mut FastMap<u128, Known>,
) -> Token {
    let Some(key) = word_key(text, &span) else {
        return make_new(text, span, kind, None, known);
    };
    match known.get(&key) {
        Some(k) => Token {
            span,
            kind,
            lower: k.lower.clone(),
            capitalized: k.capitalized,
            all_caps: k.all_caps,
            entry: k.entry,
            digits: k.digits,
            shape: k.shape,
        },
        None => make_new(text, span, kind, Some(key), known),
    }
}

/// [`make`] of a word not in `known`, added to it under `key` if it has one.
#[cold]
#[inline(never)]
fn make_new(
    text: &str,
    span: Range<usize>,
    kind: TokenKind,
    key: Option<u128>,
    known: &mut FastMap<u128, Known>,
) -> Token {
    let token = make(text, span, kind);
    let Some(key) = key else {
        return token;
    };
    if known.len() >= KNOWN_KEPT {
        known.clear();
    }
    known.insert(
        key,
        Known {
            lower: token.lower.clone(),
            entry: token.entry,
            capitalized: token.capitalized,
            all_caps: token.all_caps,
            digits: token.digits,
            shape: token.shape,
        },
    );
    token
}

/// [`words_of`] with the words `known` to the thread.
fn words_known(
    text: &str,
    offset: usize,
    tagger_tokens: &[crate::text::Token],
    known: &mut FastMap<u128, Known>,
    atoms: &mut Vec<Atom>,
    out: &mut Vec<Token>,
) {
    // Whitespace separates words: each run of tagger tokens with none between is grouped on
    // its own, and most runs are one word of ASCII letters or digits, a token as it is.
    let mut start = 0;
    while let Some(first) = tagger_tokens.get(start) {
        let end = start
            + 1
            + tagger_tokens[start + 1..]
                .iter()
                .take_while(|t| t.joined)
                .count();
        let span = offset + first.span.start..offset + first.span.end;
        // A tagger's word is letters only, but for the dots of initials after its first
        // letter ("U.S."): one such word alone is a word here as it is, of any script.
        let plain_word = first.kind == crate::text::TokenKind::Word
            && text.as_bytes().get(span.start + 1) != Some(&b'.');
        let alone = end == start + 1;
        if alone
            && (plain_word
                || text.as_bytes()[span.clone()]
                    .iter()
                    .all(u8::is_ascii_alphanumeric))
        {
            out.push(make_known(text, span, TokenKind::Word, known));
        } else if alone && is_lone_mark(text, &span) {
            // A comma or a full stop alone, as grouping its one atom makes it.
            out.push(make_known(text, span, TokenKind::Punct, known));
        } else if let Some(word) = lone_word_among_marks(text, offset, &tagger_tokens[start..end]) {
            // "said," or "(Acme)": one word among marks, each token as it is (see
            // `lone_word_among_marks`), not cut into atoms and grouped.
            for (k, t) in tagger_tokens[start..end].iter().enumerate() {
                let kind = if k == word {
                    TokenKind::Word
                } else {
                    TokenKind::Punct
                };
                let span = offset + t.span.start..offset + t.span.end;
                out.push(make_known(text, span, kind, known));
            }
        } else {
            atoms.clear();
            add_atoms(text, offset, &tagger_tokens[start..end], atoms);
            group(text, atoms, known, out);
        }
        start = end;
    }
}

/// `text[span]` is one ASCII mark that joins nothing alone (no letter, digit, or vertical
/// tab, which is whitespace here): an atom of its own, a punctuation token.
fn is_lone_mark(text: &str, span: &Range<usize>) -> bool {
    span.len() == 1 && text.as_bytes()[span.start].is_ascii_punctuation()
}

/// Where the one word of `run` (joined tagger tokens of the piece of `text` that starts at
/// byte `offset`) is (`run.len()` for none), if its other tokens are all single ASCII marks:
/// grouping makes each token one of its own then, as no mark has a letter or digit on both
/// sides to join, and no apostrophe an "s" after it. A word here is letters ("café") or ASCII
/// letters and digits ("1990"), no dotted initials.
fn lone_word_among_marks(text: &str, offset: usize, run: &[crate::text::Token]) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut word = None;
    for (k, t) in run.iter().enumerate() {
        let span = offset + t.span.start..offset + t.span.end;
        if span.len() == 1 && bytes[span.start].is_ascii_punctuation() {
            continue;
        }
        let plain_word =
            t.kind == crate::text::TokenKind::Word && bytes.get(span.start + 1) != Some(&b'.');
        if word.is_some() || !(plain_word || bytes[span].iter().all(u8::is_ascii_alphanumeric)) {
            return None;
        }
        word = Some(k);
    }
    Some(word.unwrap_or(run.len()))
}

/// The joiner `mark` between the atoms `before` and `next` is a hyphen that stands for a dash
/// around an aside, no compound: "Colonel Reyes-whose unit had fought in 1954-told": before a
/// relative pronoun ([`Lex::WhRelatives`]), or between a year and a verb of saying.
fn is_dash(text: &str, before: &Atom, mark: &Atom, next: &Atom) -> bool {
    if &text[mark.span.clone()] != "-" {
        return false;
    }
    let next = lookup::entry(&text[next.span.clone()]);
    let year = before.span.len() == 4
        && text[before.span.clone()]
            .bytes()
            .all(|b| b.is_ascii_digit());
    next.is_lex(Lex::WhRelatives)
        || (year && (next.has(Form::SayVerb) || next.is(List::SayingVerbs)))
}

/// Groups `atoms` (see [`add_atoms`]) into tokens, added to `out`.
fn group(text: &str, atoms: &[Atom], known: &mut FastMap<u128, Known>, out: &mut Vec<Token>) {
    let alnum = |k: usize| {
        atoms
            .get(k)
            .is_some_and(|a| a.joined && a.class == Class::Alnum)
    };
    // `atoms[k]` is "s" with no letter or digit after it: a possessive's.
    let lone_s =
        |k: usize| alnum(k) && matches!(&text[atoms[k].span.clone()], "s" | "S") && !alnum(k + 1);
    let mut i = 0;
    while i < atoms.len() {
        let a = &atoms[i];
        // "Acme Corp.'s": an abbreviation's full stop may come before the possessive.
        let owner = |k: usize| {
            atoms[k].class == Class::Alnum
                || (k > 0
                    && atoms[k].joined
                    && &text[atoms[k].span.clone()] == "."
                    && atoms[k - 1].class == Class::Alnum)
        };
        if a.class == Class::Apostrophe && a.joined && i > 0 && owner(i - 1) && lone_s(i + 1) {
            out.push(make_known(
                text,
                a.span.start..atoms[i + 1].span.end,
                TokenKind::Possessive,
                known,
            ));
            i += 2;
            continue;
        }
        if a.class != Class::Alnum {
            out.push(make_known(text, a.span.clone(), TokenKind::Punct, known));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            let mut dotted = false;
            while let Some(b) = atoms.get(j).filter(|b| b.joined) {
                let joins = match b.class {
                    Class::Alnum => true,
                    Class::Joiner => {
                        alnum(j + 1) && !is_dash(text, &atoms[j - 1], b, &atoms[j + 1])
                    }
                    // "don't", "O'Brien"; but not the possessive "'s".
                    Class::Apostrophe => alnum(j + 1) && !lone_s(j + 1),
                    // A slash between digits is inside one number: "101 1/4", "9/11".
                    Class::Other => {
                        &text[b.span.clone()] == "/"
                            && text[..b.span.start].ends_with(|c: char| c.is_ascii_digit())
                            && alnum(j + 1)
                            && text[atoms[j + 1].span.clone()]
                                .starts_with(|c: char| c.is_ascii_digit())
                    }
                };
                if !joins {
                    break;
                }
                dotted |= b.class == Class::Joiner && text[b.span.clone()] == *".";
                j += if b.class == Class::Alnum { 1 } else { 2 };
            }
            // The final dot of dotted initials belongs to the word: "U.S." and "a.m.".
            let joined = |k: usize, mark: &str| {
                atoms
                    .get(k)
                    .is_some_and(|b| b.joined && text[b.span.clone()] == *mark)
            };
            if !(dotted && joined(j, ".")) {
                break;
            }
            j += 1;
            // "U.S.-Dutch": a hyphen after the initials' dot goes on to a compound, one word.
            if !(joined(j, "-") && alnum(j + 1)) {
                break;
            }
            j += 2;
        }
        out.push(make_known(
            text,
            a.span.start..atoms[j - 1].span.end,
            TokenKind::Word,
            known,
        ));
        i = j;
    }
}

/// `tagger_tokens` (of the piece of the text that starts at byte `offset`) cut into
/// [`Atom`]s, added to `atoms`: runs of letters and digits, and single other characters.
fn add_atoms(
    text: &str,
    offset: usize,
    tagger_tokens: &[crate::text::Token],
    atoms: &mut Vec<Atom>,
) {
    let mut joined = false;
    for token in tagger_tokens {
        let span = offset + token.span.start..offset + token.span.end;
        joined &= token.joined;
        // Most tokens are one run of ASCII letters or digits: one atom, as char by char below.
        if text.as_bytes()[span.clone()]
            .iter()
            .all(u8::is_ascii_alphanumeric)
        {
            match atoms.last_mut() {
                Some(last) if joined && last.class == Class::Alnum => last.span.end = span.end,
                _ => atoms.push(Atom {
                    span,
                    class: Class::Alnum,
                    joined,
                }),
            }
            joined = true;
            continue;
        }
        for (at, c) in text[span.clone()].char_indices() {
            let at = span.start + at;
            let class = match c {
                // A vertical tab is whitespace here, as for `char::is_whitespace`.
                '\u{b}' => {
                    joined = false;
                    continue;
                }
                '-' | '.' => Class::Joiner,
                c if is_apostrophe(c) => Class::Apostrophe,
                c if c.is_alphanumeric() => Class::Alnum,
                _ => Class::Other,
            };
            match atoms.last_mut() {
                Some(last) if joined && class == Class::Alnum && last.class == Class::Alnum => {
                    last.span.end = at + c.len_utf8();
                }
                _ => atoms.push(Atom {
                    span: at..at + c.len_utf8(),
                    class,
                    joined,
                }),
            }
            joined = true;
        }
    }
}

// Inlined: built in place in the sentence's list, not copied there from the stack.
#[inline(always)]
fn make(text: &str, span: Range<usize>, kind: TokenKind) -> Token {
    let raw = &text[span.clone()];
    let bytes = raw.as_bytes();
    let short =
        (bytes.len() <= lookup::SHORT).then(|| halves(sixteen(text, span.start, bytes.len())));
    let (capitalized, all_caps, lower, entry, digits) = if let Some([low, high]) =
        short.filter(|[low, high]| (low | high) & 0x8080_8080_8080_8080 == 0)
    {
        // Most tokens: the word as two numbers, its capitals and small letters found eight
        // bytes at a time.
        let (capitals_low, capitals_high) = (in_range(low, b'A', b'Z'), in_range(high, b'A', b'Z'));
        let small = in_range(low, b'a', b'z') | in_range(high, b'a', b'z') != 0;
        // Two capitals or more: two bits in one number, or one in each (not counted: a count
        // of bits is a dozen instructions on a processor without its own).
        let two_capitals = capitals_low & capitals_low.wrapping_sub(1) != 0
            || capitals_high & capitals_high.wrapping_sub(1) != 0
            || (capitals_low != 0 && capitals_high != 0);
        // The bit 0x80 of a capital, moved to 0x20: the letter in lower case.
        let lower_case = [low | capitals_low >> 2, high | capitals_high >> 2];
        let mut lower = Lower::new(raw);
        if capitals_low | capitals_high != 0 {
            lower.make_ascii_lowercase();
        }
        let lower = Spelling::new(&lower);
        let entry = lookup::short_entry(lower_case, bytes.len());
        let capitalized = bytes.first().is_some_and(u8::is_ascii_uppercase);
        let digits = in_range(low, b'0', b'9') | in_range(high, b'0', b'9') != 0;
        (capitalized, two_capitals && !small, lower, entry, digits)
    } else {
        let capitalized = raw.chars().next().is_some_and(char::is_uppercase);
        let letters = raw.chars().filter(|c| c.is_alphabetic());
        let all_caps = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
        let lower = Spelling::new(&raw.to_lowercase());
        let entry = lookup::entry(&lower);
        let digits = lower.bytes().any(|b| b.is_ascii_digit());
        (capitalized, all_caps, lower, entry, digits)
    };
    Token {
        all_caps,
        entry,
        shape: shape(&lower),
        lower,
        span,
        kind,
        capitalized,
        digits,
    }
}

/// The `len` bytes (at most 16) of `text` from `start`, zero past them: read as one block of
/// sixteen bytes where the text goes on that far, as it mostly does, not copied for their length.
fn sixteen(text: &str, start: usize, len: usize) -> [u8; 16] {
    let text = text.as_bytes();
    if let Some(block) = text
        .get(start..start + 16)
        .and_then(|block| <[u8; 16]>::try_from(block).ok())
    {
        return (u128::from_le_bytes(block) & KEEP[len.min(16)]).to_le_bytes();
    }
    let mut buffer = [0; 16];
    buffer[..len].copy_from_slice(&text[start..start + len]);
    buffer
}

/// `KEEP[n]`: the low `n` bytes of a block of sixteen set, the others clear. Looked up: a shift
/// of a 128-bit number for each word cost more than the rest of [`sixteen`].
const KEEP: [u128; 17] = {
    let mut keep = [0; 17];
    let mut n = 1;
    while n <= 16 {
        keep[n] = keep[n - 1] << 8 | 0xff;
        n += 1;
    }
    keep
};

/// Sixteen bytes as two numbers, the first eight in the first.
fn halves(bytes: [u8; 16]) -> [u64; 2] {
    let word = u128::from_le_bytes(bytes);
    #[allow(clippy::cast_possible_truncation)]
    [word as u64, (word >> 64) as u64]
}

/// The bit 0x80 of each byte of `bytes` (ASCII: each below 0x80) from `low` to `high`.
pub(in crate::events) fn in_range(bytes: u64, low: u8, high: u8) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    // A byte plus 0x80 - `low` reaches 0x80 from `low` on, without a carry out of the byte.
    let from_low = bytes + EACH * u64::from(0x80 - low);
    let past_high = bytes + EACH * u64::from(0x7f - high);
    from_low & !past_high & (EACH * 0x80)
}

#[cfg(test)]
mod tests;
