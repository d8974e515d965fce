//! The names near an event word, in one string: a huge text has a draft for each of its dates,
//! and a list of boxed names took an allocation for the list and one for each name.

/// Names in lower case, sorted, each once, joined by single spaces (a word holds no space);
/// empty when there are none.
#[derive(Default, Debug)]
pub(super) struct NameList(Box<str>);

impl NameList {
    /// The names, sorted.
    pub(super) fn iter(&self) -> impl Iterator<Item = &str> {
        NameRef(&self.0).iter()
    }

    /// Names sorted and each once.
    pub(super) fn from_sorted(names: &[&str]) -> Self {
        // Sized at once, so that the string is not moved when boxed.
        let mut joined = String::with_capacity(joined_len(names));
        push_joined(&mut joined, names);
        Self(joined.into_boxed_str())
    }
}

/// Names joined as a [`NameList`] joins them, held elsewhere (see `draft_words`).
#[derive(Clone, Copy)]
pub(super) struct NameRef<'a>(pub(super) &'a str);

impl<'a> NameRef<'a> {
    /// The names, sorted.
    pub(super) fn iter(self) -> impl Iterator<Item = &'a str> {
        // Cut by hand: a list is a few short words, shorter than a search for the space takes to
        // set up.
        let mut rest = self.0;
        std::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            let end = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
            let name = &rest[..end];
            rest = rest.get(end + 1..).unwrap_or_default();
            Some(name)
        })
    }

    pub(super) fn contains(self, name: &str) -> bool {
        self.iter().any(|n| n == name)
    }
}

/// The length of `names` joined by single spaces.
pub(super) fn joined_len(names: &[&str]) -> usize {
    names
        .iter()
        .map(|n| n.len() + 1)
        .sum::<usize>()
        .saturating_sub(1)
}

/// Adds `names` (sorted, each once) to `out`, joined by single spaces.
pub(super) fn push_joined(out: &mut String, names: &[&str]) {
    let start = out.len();
    for name in names {
        if out.len() > start {
            out.push(' ');
        }
        out.push_str(name);
    }
}

#[cfg(test)]
mod tests {
    use super::{NameList, NameRef};

    #[test]
    fn names_are_listed_as_given() {
        let names = NameList::from_sorted(&["hanoi", "trump"]);
        assert_eq!(names.iter().collect::<Vec<_>>(), ["hanoi", "trump"]);
        assert!(NameRef("hanoi trump").contains("trump") && !NameRef("trump").contains("tru"));
        assert_eq!(NameList::default().iter().count(), 0);
        assert_eq!(NameList::from_sorted(&[]).iter().count(), 0);
        assert_eq!(
            NameList::from_sorted(&["un"]).iter().collect::<Vec<_>>(),
            ["un"]
        );
    }
}
