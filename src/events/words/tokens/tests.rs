//! Tests of the sentence's words: they are those of a reference tokenizer that reads the
//! characters one by one, and keep initials, names, possessives and numbers whole.

use super::*;

/// The events' own tokenizer before it read the tagger's tokens: what they must still give.
fn char_tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let piece = &text[range.clone()];
    let chars: Vec<(usize, char)> = piece.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if is_apostrophe(c) && !out.is_empty() {
            let follows_word = chars[i - 1].1.is_alphanumeric()
                || (i >= 2 && chars[i - 1].1 == '.' && chars[i - 2].1.is_alphanumeric());
            let next = chars.get(i + 1).map(|&(_, n)| n);
            let after = chars.get(i + 2).map(|&(_, n)| n);
            if follows_word
                && matches!(next, Some('s' | 'S'))
                && !after.is_some_and(char::is_alphanumeric)
            {
                let end = chars.get(i + 2).map_or(piece.len(), |&(e, _)| e);
                out.push(make(
                    text,
                    range.start + start..range.start + end,
                    TokenKind::Possessive,
                ));
                i += 2;
                continue;
            }
        }
        if !c.is_alphanumeric() {
            let end = chars.get(i + 1).map_or(piece.len(), |&(e, _)| e);
            out.push(make(
                text,
                range.start + start..range.start + end,
                TokenKind::Punct,
            ));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut from = i;
        loop {
            while j < chars.len() {
                let c = chars[j].1;
                let next_alnum = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
                let joiner = matches!(c, '-' | '.') && next_alnum;
                // "don't", "O'Brien"; but not the possessive "'s".
                let possessive = matches!(chars.get(j + 1), Some((_, 's' | 'S')))
                    && !chars.get(j + 2).is_some_and(|&(_, n)| n.is_alphanumeric());
                let inner_apostrophe = is_apostrophe(c) && next_alnum && !possessive;
                let fraction = c == '/'
                    && chars[j - 1].1.is_ascii_digit()
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
                if c.is_alphanumeric() || joiner || inner_apostrophe || fraction {
                    j += 1;
                } else {
                    break;
                }
            }
            // The final dot of dotted initials belongs to the word: "U.S." and "a.m.".
            let word: String = chars[from..j].iter().map(|&(_, c)| c).collect();
            if !(word.contains('.') && chars.get(j).is_some_and(|&(_, c)| c == '.')) {
                break;
            }
            j += 1;
            // "U.S.-Dutch": one compound.
            let alnum_at = |k: usize| chars.get(k).is_some_and(|&(_, n)| n.is_alphanumeric());
            if !(chars.get(j).is_some_and(|&(_, c)| c == '-') && alnum_at(j + 1)) {
                break;
            }
            j += 2;
            from = j - 1;
        }
        let end = chars.get(j).map_or(piece.len(), |&(e, _)| e);
        out.push(make(
            text,
            range.start + start..range.start + end,
            TokenKind::Word,
        ));
        i = j;
    }
    out
}

#[test]
fn the_words_of_a_sentence_read_from_the_text_s_tokens_are_those_of_the_sentence_alone() {
    let texts = [
        "Talks broke down in the U.S. Then Kim left in 2019. A.B. Smith won 2,024 votes.",
        "\u{feff}Mr. Kim spoke on Sept. 22.\n\nNew para: it's the 1990s' end!\u{b}Next one.",
        "He said \"no.\" Then\u{a0}she\u{2028}left. O'Brien's 30-year-old son, don't go.",
        "Prices rose 3.5%. 10:35 a.m. Talks end.\r\nDone. U.S. a.m. x.y. 12-13. 7/8.",
        "Café crème. Straße 5. 丸の内 at 9.\u{3000}Ça va? Oui!!! \u{201c}Quoted.\u{201d} End",
    ];
    for text in texts {
        let cut = crate::text::tokens(text);
        for range in crate::text::sentences(text) {
            assert_eq!(
                tokens_in(text, range.clone(), &cut),
                tokens(text, range.clone()),
                "{:?}",
                &text[range]
            );
        }
        // A range that ends inside a token of the text is cut on its own.
        let inside = 0..text.len() - 1;
        assert_eq!(tokens_in(text, inside.clone(), &cut), tokens(text, inside));
        assert_eq!(tokens_in(text, 0..3, &[]), tokens(text, 0..3));
    }
}

#[test]
fn sixteen_bytes_are_the_word_and_zeros_inside_the_text_and_at_its_end() {
    let text = "Talks in Hanoi broke down in February 2019 in HANOI";
    for start in 0..text.len() {
        for len in 0..=16.min(text.len() - start) {
            let mut expected = [0; 16];
            expected[..len].copy_from_slice(&text.as_bytes()[start..start + len]);
            assert_eq!(sixteen(text, start, len), expected, "{start} {len}");
        }
    }
}

/// The words grouped from the tagger's tokens are the ones the events' own tokenizer cut,
/// for every string of up to ten pieces of the characters where the two could differ.
#[test]
fn grouped_tokens_are_the_char_tokens() {
    const PIECES: [&str; 26] = [
        "a", "B", "s", "S", "'", "’", ".", "-", ",", ":", "/", "1", "٣", "é", "²", " ", "\n",
        "\u{b}", "\u{a0}", "(", "U.S.", "a.m.", "St", "2,024", "10:35", "3.5",
    ];
    let mut seed: u64 = 11;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as usize % n
    };
    for _ in 0..200_000 {
        let len = 1 + next(10);
        let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
        let from = if text.is_char_boundary(1) { next(2) } else { 0 };
        assert_eq!(
            tokens(&text, from..text.len()),
            char_tokens(&text, from..text.len()),
            "{text:?} from {from}"
        );
    }
}

#[test]
fn a_slash_between_digits_is_inside_the_number() {
    let text = "priced at 101 1/4 after 9/11, and/or 3/ 4";
    let words: Vec<&str> = tokens(text, 0..text.len())
        .iter()
        .map(|t| &text[t.span.clone()])
        .collect();
    assert_eq!(
        words,
        [
            "priced", "at", "101", "1/4", "after", "9/11", ",", "and", "/", "or", "3", "/", "4"
        ]
    );
}

#[test]
fn tokens_keep_initials_names_and_possessives() {
    let text = "Putin’s visit, the U.S. talks (APEC) don't 2019 U.K.-Irish.";
    let words: Vec<(&str, TokenKind)> = tokens(text, 0..text.len())
        .iter()
        .map(|t| (&text[t.span.clone()], t.kind))
        .collect();
    use TokenKind::{Possessive as S, Punct as P, Word as W};
    assert_eq!(
        words,
        [
            ("Putin", W),
            ("’s", S),
            ("visit", W),
            (",", P),
            ("the", W),
            ("U.S.", W),
            ("talks", W),
            ("(", P),
            ("APEC", W),
            (")", P),
            ("don't", W),
            ("2019", W),
            ("U.K.-Irish", W),
            (".", P),
        ]
    );
}
