//! Whether a title holds a phrase's words: asked a few times of each title made, of strings a
//! few dozen bytes long, where the set-up of the standard library's search (for a phrase of
//! more than 32 bytes, or a short title) cost more than the search itself.

/// Where `needle` first is in `haystack`: [`str::find`] of a string. Each place the needle's
/// last byte is (a title holds a letter a few times) is compared back from there.
pub(super) fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&last, init)) = n.split_last() else {
        return Some(0);
    };
    // The first place the needle may end.
    let mut from = init.len();
    // A match that ends earlier starts earlier: the first found is the first.
    while let Some(k) = h.get(from..).and_then(|rest| memchr::memchr(last, rest)) {
        let end = from + k;
        let start = end - init.len();
        if h[start..end] == *init {
            return Some(start);
        }
        from = end + 1;
    }
    None
}

/// `haystack` holds `needle`: [`str::contains`] of a string.
pub(super) fn holds(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_as_the_standard_search_does() {
        let haystacks = [
            "",
            "a",
            "Vell council voted to close the old mill in spring",
            "the the company said the company",
            "café owners met the mayor in Saint-Étienne",
            "aaaab",
        ];
        let needles = [
            "",
            "a",
            "the",
            " the company",
            "the old mill in spring",
            "Vell council voted to close the old mill in spring and more",
            "Étienne",
            "é",
            "aab",
            "b",
            "mill in spring",
        ];
        for h in haystacks {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(holds(h, n), h.contains(n), "{h:?} {n:?}");
            }
        }
    }
}
