//! The words of a sentence as byte spans, and the small word lists that event detection,
//! linking, titles and status read. The lists are this project's own, written from general
//! English grammar; each is sorted so that lookups are binary searches (a test checks it).

use std::ops::Range;

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
    pub lower: String,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Two or more letters, all upper case: an acronym such as "APEC".
    pub all_caps: bool,
}

impl Token {
    #[must_use]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Cuts `text[range]` into tokens whose spans index `text`.
#[must_use]
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
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
            let follows_word = chars[i - 1].1.is_alphanumeric();
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
        while j < chars.len() {
            let c = chars[j].1;
            let next_alnum = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            let joiner = matches!(c, '-' | '.') && next_alnum;
            // "don't", "O'Brien"; but not the possessive "'s".
            let possessive = matches!(chars.get(j + 1), Some((_, 's' | 'S')))
                && !chars.get(j + 2).is_some_and(|&(_, n)| n.is_alphanumeric());
            let inner_apostrophe = is_apostrophe(c) && next_alnum && !possessive;
            if c.is_alphanumeric() || joiner || inner_apostrophe {
                j += 1;
            } else {
                break;
            }
        }
        // The final dot of dotted initials belongs to the word: "U.S." and "a.m.".
        let word: String = chars[i..j].iter().map(|&(_, c)| c).collect();
        if word.contains('.') && chars.get(j).is_some_and(|&(_, c)| c == '.') {
            j += 1;
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

fn make(text: &str, span: Range<usize>, kind: TokenKind) -> Token {
    let raw = &text[span.clone()];
    let capitalized = raw.chars().next().is_some_and(char::is_uppercase);
    let letters = raw.chars().filter(|c| c.is_alphabetic());
    let all_caps = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
    Token {
        all_caps,
        lower: raw.to_lowercase(),
        span,
        kind,
        capitalized,
    }
}

/// `word` is in the sorted list `list`.
#[must_use]
pub fn is_in(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

#[rustfmt::skip]
pub const ARTICLES: &[&str] = &[
    "a", "an", "the",
];

#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "any", "both", "each", "either", "every", "few", "her", "his",
    "its", "many", "my", "neither", "no", "our", "several", "some", "such", "that", "the", "their",
    "these", "this", "those", "your",
];

#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "about", "above", "across", "after", "against", "ahead", "along", "amid", "among", "around",
    "as", "at", "before", "behind", "below", "beside", "between", "beyond", "by", "despite",
    "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off",
    "on", "onto", "out", "outside", "over", "per", "since", "than", "through", "throughout", "to",
    "toward", "towards", "under", "until", "up", "upon", "via", "with", "within", "without",
];

/// Words that open a new clause: a title never runs across them.
#[rustfmt::skip]
pub const CLAUSE_OPENERS: &[&str] = &[
    "although", "as", "because", "but", "though", "unless", "whereas", "which", "while", "who",
    "whom", "whose",
];

#[rustfmt::skip]
pub const PRONOUNS: &[&str] = &[
    "he", "her", "hers", "herself", "him", "himself", "i", "it", "itself", "me", "mine", "myself",
    "one", "ours", "she", "them", "themselves", "there", "they", "us", "we", "what", "you",
];

#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have",
    "having", "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would",
];

/// After these a plain word is a verb: "will visit", "to plant", "did not say".
#[rustfmt::skip]
pub const VERB_OPENERS: &[&str] = &[
    "can", "could", "did", "do", "does", "may", "might", "must", "shall", "should", "to", "will",
    "would",
];

/// Words after which `to` is a preposition, not the mark of an infinitive.
#[rustfmt::skip]
pub const PREPOSITION_BEFORE_TO: &[&str] = &[
    "according", "addition", "close", "compared", "contrary", "next", "owing", "prior", "relative",
    "similar", "thanks",
];

/// Adverbs and particles that may stand between an auxiliary and its verb.
#[rustfmt::skip]
pub const VERB_ADVERBS: &[&str] = &[
    "again", "already", "also", "always", "even", "ever", "finally", "first", "formally", "fully",
    "just", "later", "never", "not", "now", "officially", "only", "soon", "still",
];

/// Nouns for periods of time: "the quarter ended Sept. 30" describes the period.
#[rustfmt::skip]
pub const PERIOD_NOUNS: &[&str] = &[
    "half", "month", "months", "period", "periods", "quarter", "quarters", "week", "weeks", "year",
    "years",
];

/// Forms of `be`: the word after one (adverbs aside) is a state, "are worth", "was independent".
#[rustfmt::skip]
pub const COPULAS: &[&str] = &[
    "are", "be", "been", "being", "is", "was", "were",
];

/// Adverbs of time after which a word ending in `-s` is a verb: "now owns", "still wants".
#[rustfmt::skip]
pub const TIME_ADVERBS: &[&str] = &[
    "already", "currently", "never", "now", "often", "still", "today", "usually",
];

/// Other words that are never events: conjunctions, common adverbs and quantifiers.
#[rustfmt::skip]
pub const OTHER_FUNCTION_WORDS: &[&str] = &[
    "also", "and", "if", "just", "more", "most", "much", "nor", "not", "only", "or", "so", "still",
    "then", "too", "very", "when", "where", "whether", "yet",
];

/// Nouns that name happenings. Plurals are found by dropping a final `s`.
#[rustfmt::skip]
pub const EVENT_NOUNS: &[&str] = &[
    "accident", "accord", "acquisition", "approval", "arrest", "arrival", "assault", "attack",
    "ban", "battle", "bid", "blast", "bombing", "boom", "campaign", "ceasefire", "ceremony",
    "charge", "clash", "closure", "collapse", "conference", "conflict", "coup", "crash", "crisis",
    "cut", "deal", "death", "debate", "decline", "defeat", "departure", "downturn", "drop",
    "earnings", "earthquake", "election", "explosion", "failure", "fall", "fight", "fire", "flood",
    "gain", "growth", "hearing", "hike", "income", "increase", "injury", "interview", "invasion",
    "jump", "killing", "launch", "layoff", "loss", "massacre", "meeting", "merger", "mission",
    "murder", "offer", "operation", "outbreak", "pact", "payment", "plan", "plunge", "poll",
    "profit", "protest", "purchase", "raid", "rally", "rebound", "recession", "recovery",
    "referendum", "report", "result", "revolt", "rise", "sale", "sanction", "scandal", "seizure",
    "sentence", "session", "shooting", "shutdown", "slump", "speech", "storm", "strike", "summit",
    "surge", "takeover", "talk", "tenure", "test", "tour", "treaty", "trial", "trip", "truce",
    "uprising", "verdict", "visit", "vote", "war", "wedding", "withdrawal",
];

/// Words with an event-like ending that do not name happenings.
#[rustfmt::skip]
pub const NOT_EVENTS: &[&str] = &[
    "administration", "apartment", "association", "attention", "caution", "commission",
    "condition", "corporation", "department", "document", "element", "emotion", "environment",
    "equipment", "fashion", "foundation", "fraction", "function", "government", "institution",
    "instrument", "mention", "moment", "nation", "nations", "opinion", "option", "organization",
    "parliament", "population", "portion", "position", "question", "region", "relation",
    "religion", "section", "station", "television", "tension", "version", "vision",
];

/// Common verbs whose inflected forms (`-s`, `-ed`, `-ing`) are all events.
#[rustfmt::skip]
pub const EVENT_VERBS: &[&str] = &[
    "accept", "acquire", "add", "agree", "announce", "appear", "approve", "argue", "arrive", "ask",
    "attack", "begin", "believe", "buy", "call", "claim", "close", "come", "complete", "continue",
    "cut", "decide", "decline", "deny", "die", "drop", "end", "expect", "face", "fall", "file",
    "gain", "give", "go", "grow", "help", "hold", "increase", "join", "kill", "launch", "leave",
    "lose", "make", "meet", "move", "offer", "open", "pay", "plan", "raise", "receive", "reject",
    "release", "remain", "report", "resign", "rise", "rule", "say", "see", "seek", "sell", "send",
    "show", "sign", "start", "suggest", "take", "talk", "tell", "try", "visit", "vote", "warn",
    "win",
];

/// Irregular past forms and participles (regular ones end in `-ed`).
#[rustfmt::skip]
pub const IRREGULAR_PAST: &[&str] = &[
    "arisen", "arose", "ate", "beaten", "became", "become", "began", "begun", "bled", "blown",
    "bought", "broke", "broken", "brought", "built", "came", "caught", "chose", "chosen", "cost",
    "dealt", "did", "drank", "drawn", "drew", "driven", "drove", "dug", "fallen", "fed", "fell",
    "felt", "fled", "flew", "flown", "forbidden", "forecast", "forgot", "forgotten", "fought",
    "found", "froze", "frozen", "gave", "given", "gone", "got", "grew", "grown", "heard", "held",
    "hid", "hidden", "hit", "hung", "hurt", "kept", "knew", "known", "laid", "lay", "led", "left",
    "lent", "lost", "made", "meant", "met", "overtaken", "paid", "put", "quit", "ran", "rang",
    "ridden", "risen", "rode", "rose", "said", "sang", "sank", "sat", "saw", "seen", "sent", "set",
    "shook", "shot", "shown", "shrank", "shrunk", "shut", "slept", "slid", "sold", "sought",
    "sped", "spent", "spoke", "spoken", "sprang", "spread", "sprung", "stole", "stolen", "stood",
    "struck", "stuck", "sunk", "swam", "swept", "swore", "sworn", "swung", "taken", "taught",
    "thought", "threw", "thrown", "told", "took", "tore", "torn", "understood", "undertaken",
    "undertook", "upheld", "went", "wept", "withdrawn", "withdrew", "withheld", "woke", "won",
    "wore", "wound", "written", "wrote",
];

/// Words ending in `-ed` or `-ing` that are not verb forms.
#[rustfmt::skip]
pub const NOT_VERB_FORMS: &[&str] = &[
    "according", "anything", "bed", "beginning", "breed", "ceiling", "compared", "concerning",
    "considering", "during", "embed", "evening", "everything", "excluding", "feed", "following",
    "holding", "hundred", "including", "indeed", "involving", "king", "morning", "need", "nothing",
    "operating", "outstanding", "proceed", "red", "regarding", "remaining", "ring", "seed",
    "sibling", "something", "speed", "spring", "string", "thing", "united", "wing",
];

/// Particles that complete a phrasal verb: "broke down", "set up".
#[rustfmt::skip]
pub const PARTICLES: &[&str] = &[
    "away", "back", "down", "off", "out", "over", "up",
];

/// Words for a person's office that stand before a name ("President Vladimir Putin"); a title
/// keeps the name and drops the office.
#[rustfmt::skip]
pub const OFFICES: &[&str] = &[
    "ambassador", "chairman", "chancellor", "chief", "commander", "congressman", "emperor",
    "general", "governor", "king", "leader", "mayor", "minister", "premier", "president", "prince",
    "queen", "secretary", "senator", "spokesman", "spokeswoman",
];

/// Single words that put the event in the future or make it a plan.
#[rustfmt::skip]
pub const PLAN_WORDS: &[&str] = &[
    "forthcoming", "intend", "intends", "planned", "planning", "plans", "scheduled", "upcoming",
    "will",
];

/// Words before `to` that make what follows a plan: "set to visit", "is due to sign".
#[rustfmt::skip]
pub const PLAN_BEFORE_TO: &[&str] = &[
    "aims", "due", "expected", "going", "planning", "plans", "poised", "scheduled", "set",
];

/// Single words that make the sentence a claim rather than an established fact.
#[rustfmt::skip]
pub const REPORT_WORDS: &[&str] = &[
    "alleged", "allegedly", "claimed", "purportedly", "reported", "reportedly", "rumored",
    "rumoured", "supposedly",
];

/// Event nouns that name the same kind of happening, so that a later mention ("the trip")
/// can be recognised as an event dated earlier ("set to visit ... next month").
pub const SAME_KIND: &[&[&str]] = &[
    &["journey", "tour", "travel", "trip", "visit"],
    &["meeting", "summit", "talk"],
    &["mission", "operation", "raid"],
    &["accord", "agreement", "deal", "pact", "treaty"],
    &["assault", "attack", "strike"],
    &["ballot", "election", "poll", "referendum", "vote"],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_and_lower_case() {
        let lists: &[(&str, &[&str])] = &[
            ("ARTICLES", ARTICLES),
            ("DETERMINERS", DETERMINERS),
            ("PREPOSITIONS", PREPOSITIONS),
            ("CLAUSE_OPENERS", CLAUSE_OPENERS),
            ("PRONOUNS", PRONOUNS),
            ("AUXILIARIES", AUXILIARIES),
            ("VERB_OPENERS", VERB_OPENERS),
            ("VERB_ADVERBS", VERB_ADVERBS),
            ("PREPOSITION_BEFORE_TO", PREPOSITION_BEFORE_TO),
            ("TIME_ADVERBS", TIME_ADVERBS),
            ("COPULAS", COPULAS),
            ("PERIOD_NOUNS", PERIOD_NOUNS),
            ("OTHER_FUNCTION_WORDS", OTHER_FUNCTION_WORDS),
            ("EVENT_NOUNS", EVENT_NOUNS),
            ("NOT_EVENTS", NOT_EVENTS),
            ("EVENT_VERBS", EVENT_VERBS),
            ("IRREGULAR_PAST", IRREGULAR_PAST),
            ("NOT_VERB_FORMS", NOT_VERB_FORMS),
            ("PARTICLES", PARTICLES),
            ("OFFICES", OFFICES),
            ("PLAN_WORDS", PLAN_WORDS),
            ("PLAN_BEFORE_TO", PLAN_BEFORE_TO),
            ("REPORT_WORDS", REPORT_WORDS),
        ];
        for (name, list) in lists {
            for pair in list.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} before {:?}",
                    pair[0],
                    pair[1]
                );
            }
            assert!(list.iter().all(|w| *w == w.to_lowercase()), "{name}");
        }
        for kind in SAME_KIND {
            assert!(kind.windows(2).all(|p| p[0] < p[1]), "{kind:?}");
        }
    }

    #[test]
    fn tokens_keep_initials_names_and_possessives() {
        let text = "Putin’s visit, the U.S. talks (APEC) don't 2019.";
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
                (".", P),
            ]
        );
    }
}
