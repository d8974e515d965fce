//! A name the text gave before as a business's, with its suffix or a word of business ("Acme
//! Widget Holdings Inc." ... "Acme Widget"), is a business's where it stands alone too: "it"
//! after it may stand for it.

use super::super::{Lex, Titles, is, lowercase};

/// How far back, in bytes of text, the name's full form is looked for: a news story names
/// the business in full in its opening lines and by its short name later.
const BUSINESS_REACH: usize = 6000;
/// How many capitalised words may stand between the name and its suffix ("International").
const BETWEEN: usize = 2;

impl Titles<'_> {
    /// The words `tokens[start..end]` were written before, within [`BUSINESS_REACH`], as the
    /// opening of a business's name: followed by capitalised words, one of them a company
    /// suffix or a word of business.
    pub(super) fn named_as_business_before(&self, start: usize, end: usize) -> bool {
        let (Some(first), Some(last)) = (
            self.tokens.get(start),
            end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) else {
            return false;
        };
        let here = first.span.start;
        let Some(name) = self.text.get(here..last.span.end) else {
            return false;
        };
        let from = self.reach_back(here, BUSINESS_REACH);
        let Some(window) = self.text.get(from..here) else {
            return false;
        };
        window.match_indices(name).any(|(at, _)| {
            let Some(rest) = window[at + name.len()..].strip_prefix(' ') else {
                return false;
            };
            rest.split(' ')
                .take(BETWEEN + 1)
                .take_while(|w| w.starts_with(char::is_uppercase))
                .any(|w| {
                    let w = lowercase(w.trim_end_matches([',', '.', ';']));
                    is(Lex::CompanySuffixes, &w) || is(Lex::BusinessWords, &w)
                })
        })
    }
}
