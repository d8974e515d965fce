//! An infinitive after an event noun's "of" phrase completes a word before the noun, not the
//! noun: "found enough proof in the killing of the judge to charge a man" (enough proof to
//! charge). Right after the noun it is the noun's own ("a mission to plant a device").
//! Apart from `noun_title.rs`, which makes the phrase.

use super::{Class, Titles};

impl Titles<'_> {
    /// `phrases`, the phrases after an event noun, up to an infinitive that follows an "of"
    /// phrase among them.
    pub(super) fn before_late_infinitive(&self, mut phrases: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
        let mut of_seen = false;
        for n in 0..phrases.len() {
            let phrase = &phrases[n];
            let to = phrase.iter().position(|&k| {
                of_seen |= self.word(k) == "of";
                of_seen && self.class(k) == Class::To
            });
            if let Some(p) = to {
                phrases[n].truncate(p);
                let keep = if phrases[n].is_empty() { n } else { n + 1 };
                phrases.truncate(keep);
                break;
            }
        }
        phrases
    }
}
