//! The business a news story's lead names ("Acme Corp. said it would ..."), which "the
//! company" stands for far down the story when the text since names no other business with
//! a suffix and tells the lead's name again in short ("Acme").

use super::super::{Titles, tokens};

/// How far into the text, in bytes, its lead is looked for.
const LEAD_REACH: usize = 400;

impl<'t> Titles<'t> {
    /// The name of the business that opens the text's first sentence, the one business that
    /// sentence names, when `window` (the text before byte `here`, past the lead) tells its
    /// short name: "Kellogg" of "Kellogg Co.", "American Medical" of "American Medical
    /// International Inc.".
    pub(super) fn lead_business(&self, here: usize, window: &[u8]) -> Option<&'t str> {
        // A window from the text's start read the lead's names there.
        if here <= window.len() {
            return None;
        }
        let name = self.lead_name()?;
        short_mentions(window, name)
            .next()
            .is_some()
            .then_some(name)
    }

    /// The business that opens the text's first sentence, the one business it names: the
    /// same for every window, read once a sentence.
    fn lead_name(&self) -> Option<&'t str> {
        *self.business_index.lead.get_or_init(|| {
            let mut end = LEAD_REACH.min(self.text.len());
            while !self.text.is_char_boundary(end) {
                end -= 1;
            }
            let first = crate::text::sentences(&self.text[..end])
                .into_iter()
                .next()?;
            let lead = tokens(self.text, first);
            let name = self.business_in(&lead, false, true, None)??;
            let opens = lead
                .first()
                .is_some_and(|t| self.text[t.span.start..].starts_with(name));
            opens.then_some(name)
        })
    }
}

/// Where `window` holds the short name of the business `name` as words of their own: its
/// first word, or its first two when it has three or more before its suffix.
pub(super) fn short_mentions<'w>(window: &'w [u8], name: &str) -> impl Iterator<Item = usize> + 'w {
    let words: Vec<&str> = name.split(' ').collect();
    let short = match words.len() {
        0..=3 => words.first().map_or(0, |w| w.len()),
        _ => words[0].len() + 1 + words[1].len(),
    };
    let short = name.as_bytes().get(..short).unwrap_or_default().to_vec();
    // Only where the first byte matches is the rest compared.
    let first = short.first().copied();
    (0..window.len()).filter(move |&i| {
        Some(window[i]) == first
            && window[i..].starts_with(&short)
            && !(i > 0 && window[i - 1].is_ascii_alphanumeric())
            && !window
                .get(i + short.len())
                .is_some_and(u8::is_ascii_alphanumeric)
    })
}
