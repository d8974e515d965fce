//! What the spelling of a word says of it, by the rules of English word formation: found once
//! per spelling when a token is made (and kept with the thread's known words), as the detector
//! asks it of every word several times.

/// One bit per thing a spelling shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// "-ed", five letters or more: a regular past form ("visited"; not "bed", "shed").
    PastEd,
    /// "-ing", six letters or more: a participle or gerund ("talking"; not "king", "thing").
    Ing,
    /// "-ly" past four letters, or "almost": an adverb ("quickly"; not "fly", "only").
    Adverb,
    /// A nominalising ending, seven letters or more: "negotiation", "agreement"; not
    /// "picture".
    Nominal,
    /// The same with "-s": "negotiations".
    NominalPlural,
    /// [`Shape::Ing`] and "-ly" past four letters, with the letters counted as bytes, as the
    /// title chunker counts them (the same for a word of ASCII letters).
    IngBytes,
    LyBytes,
}

/// The [`Shape`] bits of `lower`, a word in lower case.
#[must_use]
pub fn shape(lower: &str) -> u8 {
    let chars = lower.chars().count();
    let mut bits = 0;
    let mut set = |shape: Shape, holds: bool| bits |= u8::from(holds) << shape as u8;
    set(Shape::PastEd, lower.ends_with("ed") && chars >= 5);
    set(Shape::Ing, lower.ends_with("ing") && chars >= 6);
    set(
        Shape::Adverb,
        (lower.ends_with("ly") && lower.len() > 4) || lower == "almost",
    );
    set(Shape::Nominal, is_nominalisation(lower));
    set(
        Shape::NominalPlural,
        lower.strip_suffix('s').is_some_and(is_nominalisation),
    );
    set(Shape::IngBytes, lower.ends_with("ing") && lower.len() >= 6);
    set(Shape::LyBytes, lower.ends_with("ly") && lower.len() > 4);
    bits
}

/// "negotiation", "agreement", "closure"; not "picture" nor "departure".
fn is_nominalisation(word: &str) -> bool {
    ["tion", "sion", "ment", "ure"]
        .iter()
        .any(|ending| word.ends_with(ending))
        && !word.ends_with("ture")
        && word.chars().count() >= 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_spellings() {
        let has = |word: &str, s: Shape| shape(word) & 1 << s as u8 != 0;
        for (word, s, holds) in [
            ("visited", Shape::PastEd, true),
            ("shed", Shape::PastEd, false),
            ("talking", Shape::Ing, true),
            ("thing", Shape::Ing, false),
            ("quickly", Shape::Adverb, true),
            ("only", Shape::Adverb, false),
            ("almost", Shape::Adverb, true),
            ("negotiation", Shape::Nominal, true),
            ("closure", Shape::Nominal, true),
            ("departure", Shape::Nominal, false),
            ("picture", Shape::Nominal, false),
            ("agreements", Shape::NominalPlural, true),
            ("agreement", Shape::NominalPlural, false),
            ("réunion", Shape::Nominal, false),
            ("créé", Shape::PastEd, false),
            ("soûled", Shape::PastEd, true),
            ("éd", Shape::PastEd, false),
            ("ééed", Shape::PastEd, false),
            ("ééing", Shape::IngBytes, true),
            ("ééing", Shape::Ing, false),
            ("quickly", Shape::LyBytes, true),
            ("almost", Shape::LyBytes, false),
        ] {
            assert_eq!(has(word, s), holds, "{word} {s:?}");
        }
    }
}
