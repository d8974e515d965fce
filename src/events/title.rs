//! A short title for an event, made of the words of its sentence: the clause around the event
//! word, without the date (the timeline shows it), articles, leading connectives or a
//! person's office, cut to about six and at most eight words at phrase boundaries.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use super::words::{
    ARTICLES, CLAUSE_OPENERS, DETERMINERS, IRREGULAR_PAST, OFFICES, OTHER_FUNCTION_WORDS,
    PARTICLES, PREPOSITIONS, Token, TokenKind, VERB_ADVERBS, is_in,
};

/// Titles stop adding phrases at this many words...
const TARGET_WORDS: usize = 6;
/// ...and are never longer than this.
const MAX_WORDS: usize = 8;

/// The clause of every token of a sentence: bounded by punctuation (commas, brackets, quotes,
/// dashes) and clause openers ("but", "while", "which"). A bracketed acronym after a name,
/// "Economic Cooperation Forum (APEC)", does not end the clause. Found once for the sentence,
/// so that a clause holding many events is walked once, not once for each.
#[derive(Debug)]
pub struct Clauses {
    /// `start[s]`: where a walk to the left from token `s` stops.
    start: Vec<usize>,
    /// `end[e]`: where a walk to the right from token `e` stops.
    end: Vec<usize>,
}

impl Clauses {
    #[must_use]
    pub fn new(tokens: &[Token]) -> Self {
        let n = tokens.len();
        let acronym: Vec<bool> = (0..n).map(|i| is_acronym_in_brackets(tokens, i)).collect();
        let breaks: Vec<bool> = tokens.iter().map(is_clause_break).collect();
        let mut start = vec![0; n + 1];
        for s in 1..=n {
            start[s] = if s >= 3 && acronym[s - 3] {
                start[s - 3]
            } else if breaks[s - 1] {
                s
            } else {
                start[s - 1]
            };
        }
        let mut end = vec![n; n + 1];
        for e in (0..n).rev() {
            end[e] = if acronym[e] {
                end[e + 3]
            } else if breaks[e] {
                e
            } else {
                end[e + 1]
            };
        }
        Self { start, end }
    }

    /// The clause around `tokens[trigger]`.
    #[must_use]
    pub fn of(&self, trigger: usize) -> Range<usize> {
        self.start[trigger]..self.end[trigger + 1]
    }
}

fn is_clause_break(t: &Token) -> bool {
    match t.kind {
        TokenKind::Word => is_in(CLAUSE_OPENERS, &t.lower),
        TokenKind::Possessive => false,
        TokenKind::Punct => !matches!(t.lower.as_str(), "'" | "’" | "." | "&" | "/"),
    }
}

/// `tokens[i..i + 3]` is "(", an upper-case acronym, ")".
fn is_acronym_in_brackets(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i..i + 3) {
        Some([open, word, close]) => open.lower == "(" && close.lower == ")" && word.all_caps,
        _ => false,
    }
}

/// One word of a title in the making.
#[derive(Debug, Clone)]
struct Piece<'t> {
    text: &'t str,
    token: &'t Token,
    possessive: bool,
}

/// The titles of the events of one sentence. What a title is made of depends on its clause,
/// not on the event word, so it is read once for each clause and kept: a clause holding many
/// events costs its length once, and each event about the length of its title.
pub struct Titles<'t> {
    text: &'t str,
    tokens: &'t [Token],
    /// Tokens that must not appear (the temporal expressions of the sentence).
    remove: &'t [bool],
    clauses: HashMap<(usize, usize), ClauseWords<'t>>,
}

impl<'t> Titles<'t> {
    #[must_use]
    pub fn new(text: &'t str, tokens: &'t [Token], remove: &'t [bool]) -> Self {
        Self {
            text,
            tokens,
            remove,
            clauses: HashMap::new(),
        }
    }

    /// The title for the event at `tokens[trigger]`, whose clause is `clause`.
    pub fn title(&mut self, clause: &Range<usize>, trigger: usize) -> String {
        let (text, tokens, remove) = (self.text, self.tokens, self.remove);
        self.clauses
            .entry((clause.start, clause.end))
            .or_insert_with(|| ClauseWords::new(text, tokens, clause.clone(), remove))
            .title(trigger)
    }
}

/// The pieces of one clause a title may use, with running counts over them.
struct ClauseWords<'t> {
    /// The first token of the clause.
    start: usize,
    pieces: Vec<Piece<'t>>,
    /// For each token of the clause, how many pieces come before it (none inside a bracketed
    /// acronym).
    before: Vec<Option<usize>>,
    /// An office word before a name, which [`drop_offices`] may drop.
    offices: bool,
    /// `words_before[k]`: the words (possessives aside) among `pieces[..k]`.
    words_before: Vec<usize>,
    /// Where the phrases of the pieces start and where their front may be cut: read only for
    /// a clause whose titles must be shortened.
    cuts: OnceCell<Cuts>,
    /// How many connectives the pieces start with.
    connectives: usize,
}

impl<'t> ClauseWords<'t> {
    fn new(text: &'t str, tokens: &'t [Token], range: Range<usize>, remove: &[bool]) -> Self {
        let mut pieces: Vec<Piece<'_>> = Vec::new();
        let mut before = vec![None; range.len()];
        let mut i = range.start;
        while i < range.end {
            let t = &tokens[i];
            if is_acronym_in_brackets(tokens, i) {
                // "Asia-Pacific Economic Cooperation Forum (APEC)" → "APEC".
                while pieces
                    .last()
                    .is_some_and(|p| p.token.capitalized && !p.possessive)
                {
                    pieces.pop();
                }
                let word = &tokens[i + 1];
                pieces.push(Piece {
                    text: &text[word.span.clone()],
                    token: word,
                    possessive: false,
                });
                i += 3;
                continue;
            }
            let dropped = remove[i]
                || (t.kind == TokenKind::Possessive && i > 0 && remove[i - 1])
                || (t.is_word()
                    && is_in(PREPOSITIONS, &t.lower)
                    && remove.get(i + 1) == Some(&true))
                || (t.is_word() && is_in(ARTICLES, &t.lower));
            before[i - range.start] = Some(pieces.len());
            if !dropped && t.kind != TokenKind::Punct {
                pieces.push(Piece {
                    text: &text[t.span.clone()],
                    token: t,
                    possessive: t.kind == TokenKind::Possessive,
                });
            }
            i += 1;
        }
        let offices = pieces
            .windows(2)
            .any(|p| is_in(OFFICES, &p[0].token.lower) && p[1].token.capitalized);
        let mut words_before = Vec::with_capacity(pieces.len() + 1);
        words_before.push(0);
        for p in &pieces {
            words_before.push(words_before[words_before.len() - 1] + usize::from(!p.possessive));
        }
        let connectives = pieces.iter().take_while(|p| is_connective(p.token)).count();
        Self {
            start: range.start,
            pieces,
            before,
            offices,
            words_before,
            cuts: OnceCell::new(),
            connectives,
        }
    }

    /// The title for the event whose word is `pieces[trigger_at]`, made by a walk over all
    /// the pieces.
    fn walked(&self, trigger_at: usize) -> String {
        let mut pieces = self.pieces.clone();
        let mut trigger_at = trigger_at;
        drop_offices(&mut pieces, &mut trigger_at);
        let leading = leading_connectives(&pieces, trigger_at);
        pieces.drain(..leading);
        shorten(&mut pieces, trigger_at - leading);
        finish(pieces)
    }

    /// The title for the event at `tokens[trigger]`.
    fn title(&self, trigger: usize) -> String {
        let trigger_at = self.before[trigger - self.start].unwrap_or(0);
        if self.offices {
            // Dropping an office depends on where the event word is: the whole clause.
            return self.walked(trigger_at);
        }
        let all = &self.pieces;
        let from = self
            .connectives
            .min(trigger_at)
            .min(all.len().saturating_sub(1));
        let trigger_at = trigger_at - from;
        let words = |a: usize, b: usize| self.words_before[from + b] - self.words_before[from + a];
        let n = all.len() - from;
        if words(0, n) <= MAX_WORDS {
            return finish(all[from..].to_vec());
        }
        let Cuts {
            next_preposition,
            front,
        } = self.cuts.get_or_init(|| Cuts::new(all));
        // As [`shorten`] does, counted instead of walked: the pieces kept are
        // `all[from..][cut..keep_end]`, then `tail` (the last words of a long object).
        let mut head_end = trigger_at + 1;
        while head_end < n
            && (all[from + head_end].possessive
                || is_in(PARTICLES, &all[from + head_end].token.lower))
        {
            head_end += 1;
        }
        let mut keep_end = head_end;
        let mut tail = head_end..head_end;
        let mut count = words(0, head_end);
        let mut start = head_end;
        while start < n {
            let end = next_preposition[from + start + 1] - from;
            let len = words(start, end);
            if count + len <= TARGET_WORDS {
                count += len;
                keep_end = end;
                start = end;
                continue;
            }
            if start == head_end && count <= 4 {
                let room = MAX_WORDS.saturating_sub(count).min(len);
                tail = end - room..end;
            }
            break;
        }
        let mut count = words(0, keep_end) + words(tail.start, tail.end);
        let mut cut = 0;
        if count > MAX_WORDS && trigger_at > 0 {
            // The front goes up to a preposition or verb at a time, then a piece at a time.
            let need = count - MAX_WORDS;
            let least = self.words_before[from..=from + trigger_at]
                .partition_point(|&w| w - self.words_before[from] < need);
            let first_cut = front.partition_point(|&k| k < from);
            let last_cut = front.partition_point(|&k| k < from + trigger_at);
            let cuts = &front[first_cut..last_cut];
            cut = match cuts.last() {
                _ if least > trigger_at => trigger_at,
                // The first cut at or past the words to go.
                Some(&last) if least <= last - from => {
                    cuts[cuts.partition_point(|&k| k - from + 1 < least)] - from + 1
                }
                // Past the last cut, pieces go one at a time.
                _ => least,
            };
            count -= words(0, cut);
        }
        let mut pieces: Vec<Piece<'t>> = all[from + cut..from + keep_end].to_vec();
        pieces.extend_from_slice(&all[from + tail.start..from + tail.end]);
        while count > MAX_WORDS {
            if pieces.pop().is_some_and(|p| !p.possessive) {
                count -= 1;
            }
        }
        finish(pieces)
    }
}

/// Where the phrases of a clause's pieces start, and where [`shorten`] may cut their front.
struct Cuts {
    /// `next_preposition[k]`: the first preposition among `pieces[k..]`, else `pieces.len()`.
    next_preposition: Vec<usize>,
    /// The pieces the front is cut after (prepositions and verbs), ascending.
    front: Vec<usize>,
}

impl Cuts {
    fn new(pieces: &[Piece<'_>]) -> Self {
        let mut next_preposition = vec![pieces.len(); pieces.len() + 1];
        for k in (0..pieces.len()).rev() {
            next_preposition[k] = if is_in(PREPOSITIONS, &pieces[k].token.lower) {
                k
            } else {
                next_preposition[k + 1]
            };
        }
        let front = (0..pieces.len()).filter(|&k| is_cut(&pieces[k])).collect();
        Self {
            next_preposition,
            front,
        }
    }
}

/// How many connectives and adverbs lead the title: "With Trump set to ...",
/// "Interestingly, ...".
fn leading_connectives(pieces: &[Piece<'_>], trigger_at: usize) -> usize {
    pieces
        .iter()
        .take(trigger_at.min(pieces.len().saturating_sub(1)))
        .take_while(|p| is_connective(p.token))
        .count()
}

/// Connectives at the end go, then the words are joined.
fn finish(mut pieces: Vec<Piece<'_>>) -> String {
    while pieces.len() > 1 && pieces.last().is_some_and(|p| is_connective(p.token)) {
        pieces.pop();
    }
    join(&pieces)
}

/// [`shorten`] cuts the front of a title after a preposition or a verb.
fn is_cut(p: &Piece<'_>) -> bool {
    let w = p.token.lower.as_str();
    is_in(PREPOSITIONS, w) || is_in(IRREGULAR_PAST, w) || w.ends_with("ed")
}

fn is_connective(t: &Token) -> bool {
    let w = t.lower.as_str();
    is_in(PREPOSITIONS, w)
        || is_in(DETERMINERS, w)
        || is_in(CLAUSE_OPENERS, w)
        || is_in(OTHER_FUNCTION_WORDS, w)
        || is_in(VERB_ADVERBS, w)
        || (w.ends_with("ly") && w.len() > 6)
}

/// "Russian President Vladimir Putin" → "Vladimir Putin": an office word followed by a name
/// goes, with the capitalised words before it.
fn drop_offices(pieces: &mut Vec<Piece<'_>>, trigger_at: &mut usize) {
    // The pieces kept so far, then `pieces[next..]` still to look at: one pass, each piece
    // moved or dropped once.
    let all = std::mem::take(pieces);
    let mut next = 0;
    while next + 1 < all.len() {
        let k = pieces.len();
        let office = is_in(OFFICES, &all[next].token.lower);
        if office && all[next + 1].token.capitalized && k + 1 != *trigger_at && k != *trigger_at {
            let mut start = k;
            while start > 0 && pieces[start - 1].token.capitalized && !pieces[start - 1].possessive
            {
                start -= 1;
            }
            if *trigger_at > k {
                *trigger_at -= k + 1 - start;
            }
            pieces.truncate(start);
        } else {
            pieces.push(all[next].clone());
        }
        next += 1;
    }
    pieces.extend(all.into_iter().skip(next));
}

/// Cuts the title to at most [`MAX_WORDS`]: phrases after the event word are kept while the
/// title stays within [`TARGET_WORDS`], then words before it go, up to a preposition at a time.
fn shorten(pieces: &mut Vec<Piece<'_>>, mut trigger_at: usize) {
    let words = |ps: &[Piece<'_>]| ps.iter().filter(|p| !p.possessive).count();
    if words(pieces) <= MAX_WORDS {
        return;
    }
    // The event word and its particle or possessive stay together: "broke down".
    let mut head_end = trigger_at + 1;
    while head_end < pieces.len()
        && (pieces[head_end].possessive || is_in(PARTICLES, &pieces[head_end].token.lower))
    {
        head_end += 1;
    }
    // Phrases after the head, each starting at a preposition.
    let mut phrases: Vec<Range<usize>> = Vec::new();
    let mut start = head_end;
    for k in head_end + 1..=pieces.len() {
        let boundary = k == pieces.len() || is_in(PREPOSITIONS, &pieces[k].token.lower);
        if boundary {
            phrases.push(start..k);
            start = k;
        }
    }
    let mut keep_end = head_end;
    let before = words(&pieces[..head_end]);
    let mut count = before;
    for (n, phrase) in phrases.iter().enumerate() {
        let len = words(&pieces[phrase.clone()]);
        if count + len <= TARGET_WORDS {
            count += len;
            keep_end = phrase.end;
        } else {
            if n == 0 && count <= 4 {
                // A long object right after the event word: keep its last words, the head
                // noun ("reported ... SEAL Team 6 mission").
                let room = MAX_WORDS.saturating_sub(count).min(len);
                let tail_start = phrase.end - room;
                pieces.drain(phrase.start..tail_start);
                keep_end = phrase.start + room;
            }
            break;
        }
    }
    pieces.truncate(keep_end);
    // Words go from the front, up to a preposition or a verb at a time (a noun phrase starts
    // after one: "reported | a failed mission"), one at a time once there is none; counted,
    // not recounted, and drained once, so that a long clause costs its length.
    let mut count = words(pieces);
    let mut from = 0;
    let mut cuts_left = true;
    while count > MAX_WORDS && trigger_at > 0 {
        let at = if cuts_left {
            pieces[from..from + trigger_at].iter().position(is_cut)
        } else {
            None
        };
        cuts_left = at.is_some();
        let cut = at.map_or(1, |k| k + 1).min(trigger_at);
        count -= words(&pieces[from..from + cut]);
        from += cut;
        trigger_at -= cut;
    }
    pieces.drain(..from);
    while count > MAX_WORDS {
        if pieces.pop().is_some_and(|p| !p.possessive) {
            count -= 1;
        }
    }
}

fn join(pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    for p in pieces {
        if !out.is_empty() && !p.possessive {
            out.push(' ');
        }
        out.push_str(p.text);
    }
    let mut chars = out.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    /// Counting instead of walking gives every event of every clause the same title, for
    /// clauses of every length made of the words the rules look at.
    #[test]
    fn counted_titles_are_the_walked_ones() {
        const WORDS: [&str; 24] = [
            "in",
            "to",
            "of",
            "talks",
            "votes",
            "broke",
            "down",
            "signed",
            "Putin's",
            "the",
            "and",
            "said",
            "2019",
            "2020",
            "interestingly",
            "with",
            "Korea",
            "summit",
            "went",
            "a",
            "visit",
            "up",
            "new",
            "deal",
        ];
        // A fixed sequence of pseudo-random numbers (a linear congruential generator).
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize % n
        };
        let mut compared = 0;
        for _ in 0..3000 {
            let len = 1 + next(40);
            let text: Vec<&str> = (0..len).map(|_| WORDS[next(WORDS.len())]).collect();
            let text = text.join(" ");
            let tokens = tokens(&text, 0..text.len());
            let remove: Vec<bool> = tokens.iter().map(|t| t.lower.starts_with("20")).collect();
            let clause = 0..tokens.len();
            let words = ClauseWords::new(&text, &tokens, clause.clone(), &remove);
            assert!(!words.offices);
            for trigger in clause {
                let Some(at) = words.before[trigger] else {
                    continue;
                };
                if words
                    .pieces
                    .get(at)
                    .is_some_and(|p| std::ptr::eq(p.token, &tokens[trigger]))
                {
                    assert_eq!(words.title(trigger), words.walked(at), "{text} @{trigger}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 20_000, "{compared}");
    }
}
