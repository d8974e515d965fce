//! A person's office before a name, dropped from a title with the words that tell which office
//! it is: "Russian President Vladimir Putin" is "Vladimir Putin" in a headline.

use super::{Class, Lex, OFFICES, Titles, is_in};

impl Titles<'_> {
    /// A person's office before a name goes, with the words of the name phrase before it:
    /// "Russian President Vladimir Putin" → "Vladimir Putin".
    pub(super) fn without_offices(&self, words: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::with_capacity(words.len());
        let name_at = |n: usize| {
            words
                .get(n)
                .is_some_and(|&next| self.class(next) == Class::Name)
        };
        let mut n = 0;
        while n < words.len() {
            let w = words[n];
            // "Secretary of State Madeleine Albright": an office of a capitalised department.
            let of_department = words.get(n + 1).is_some_and(|&o| self.word(o) == "of")
                && words
                    .get(n + 2)
                    .is_some_and(|&d| self.tokens[d].capitalized)
                && name_at(n + 3)
                // A person's name, not a place: "premier of South Vietnam" stays.
                && name_at(n + 4);
            // "the UN General Assembly": a capitalised office after "the" and capitalised
            // words is part of a name. (A walk back: asked last, of an office only.)
            let named_body = || {
                self.tokens[w].capitalized
                    && words[..n]
                        .iter()
                        .rev()
                        .find(|&&p| !self.tokens[p].capitalized || self.word(p) == "the")
                        .is_some_and(|&p| self.word(p) == "the")
            };
            // "Presidents Ann Smith and Tom Brown": an office in the plural before
            // the names it is the office of. (A name after it first: the word is looked up.)
            let offices = name_at(n + 1)
                && self
                    .word(w)
                    .strip_suffix('s')
                    .is_some_and(|o| is_in(OFFICES, o))
                && words[n + 1..]
                    .iter()
                    .any(|&j| self.class(j) == Class::Coord);
            // "Prince Alder Island", "General Orrin Corp.": the capitalised words after the
            // office end in the head of a place's or a business's name, which the office opens.
            let opens_name = || {
                words[n + 1..]
                    .iter()
                    .take_while(|&&k| self.class(k) == Class::Name)
                    .last()
                    .is_some_and(|&k| {
                        let t = &self.tokens[k];
                        t.is_lex(Lex::PlaceNameHeads)
                            || t.is_lex(Lex::CompanySuffixes)
                            || t.is_lex(Lex::BodyNouns)
                    })
            };
            let office = (self.tokens[w].is(OFFICES) || offices)
                && (name_at(n + 1) || of_department)
                && !named_body()
                && !opens_name();
            if office {
                // "special ambassador Ivo Marek", "Nordland Foreign Ministry spokesman":
                // the words of the name phrase before the office, `out[cut..]`, go.
                let describes = |p: usize| {
                    self.tokens[p].capitalized || matches!(self.class(p), Class::Det | Class::Noun)
                };
                let mut cut = out.len();
                // ("Orla managing director": the "-ing" word of the office is a noun, see
                // `chunk`; a verb's "a decree authorising President Ames" stays.)
                while let [.., _, p] = out[..cut]
                    && describes(p)
                {
                    cut -= 1;
                }
                if cut == 1 && describes(out[0]) {
                    cut = 0;
                }
                // "Food and Drug Agency Commissioner Jo Bell": an "and" after one capitalised
                // word joins the words of the body's name the office is of, and the office
                // stays ("Jo Bell and Drug Agency chief Al Roe" are two people).
                let capitals = out[..cut]
                    .iter()
                    .rev()
                    .skip(1)
                    .take_while(|&&p| self.tokens[p].capitalized && self.class(p) != Class::Det)
                    .count();
                if out
                    .last()
                    .is_some_and(|&b| self.tokens[b].is_lex(Lex::BodyNouns))
                    && capitals == 1
                    && out[..cut]
                        .last()
                        .is_some_and(|&and| self.class(and) == Class::Coord)
                {
                    out.push(w);
                    n += 1;
                    continue;
                }
                out.truncate(cut);
                n += if of_department { 3 } else { 1 };
            } else {
                out.push(w);
                n += 1;
            }
        }
        out
    }
}
