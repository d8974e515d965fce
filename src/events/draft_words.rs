//! The words of a draft in one string: its title, its kind, its names and the subject and
//! object of its verb. A huge text has a draft for each of its dates: held apart, they took
//! four allocations and nine words of each draft, held together one and four.

use super::name_list::{NameRef, joined_len, push_joined};
use super::retold::Roles;

/// A draft's title, kind, names (see [`NameRef`]), subject and object, one after the other.
pub(super) struct DraftWords {
    words: Box<str>,
    /// Where the kind, the names, the subject and the object start in `words`; the object at
    /// [`NO_ROLES`] when the draft has no roles.
    kind_at: u32,
    names_at: u32,
    subject_at: u32,
    object_at: u32,
}

/// The start of the object of a draft without roles.
const NO_ROLES: u32 = u32::MAX;

/// `n` in 32 bits: the words of a draft are a few of its text's, which [`super::drafts::fits`].
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(NO_ROLES - 1)
}

impl DraftWords {
    /// The words of a draft titled `title`, of kind `kind`, with `names` (sorted, each once)
    /// and `roles`.
    pub(super) fn new(title: String, kind: &str, names: &[&str], roles: Option<Roles>) -> Self {
        let (subject, object) = roles.map_or(("", ""), |r| (r.subject(), r.object()));
        let mut words = title;
        // Sized at once, so that the string is not moved when boxed.
        words.reserve_exact(kind.len() + joined_len(names) + subject.len() + object.len());
        let kind_at = offset(words.len());
        words.push_str(kind);
        let names_at = offset(words.len());
        push_joined(&mut words, names);
        let subject_at = offset(words.len());
        words.push_str(subject);
        let object_at = match roles {
            Some(_) => offset(words.len()),
            None => NO_ROLES,
        };
        words.push_str(object);
        Self {
            words: words.into_boxed_str(),
            kind_at,
            names_at,
            subject_at,
            object_at,
        }
    }

    fn part(&self, from: u32, to: u32) -> &str {
        self.words
            .get(from as usize..to as usize)
            .unwrap_or_default()
    }

    pub(super) fn title(&self) -> &str {
        self.part(0, self.kind_at)
    }

    pub(super) fn kind(&self) -> &str {
        self.part(self.kind_at, self.names_at)
    }

    pub(super) fn names(&self) -> NameRef<'_> {
        NameRef(self.part(self.names_at, self.subject_at))
    }

    pub(super) fn roles(&self) -> Option<Roles<'_>> {
        (self.object_at != NO_ROLES).then(|| {
            let object = self.words.get(self.object_at as usize..);
            Roles::new(
                self.part(self.subject_at, self.object_at),
                object.unwrap_or_default(),
            )
        })
    }

    /// The same words under another title.
    pub(super) fn retitle(&mut self, title: &str) {
        let rest = self.words.get(self.kind_at as usize..).unwrap_or_default();
        let mut words = String::with_capacity(title.len() + rest.len());
        words.push_str(title);
        words.push_str(rest);
        // Each part after the title moves by the change of its length.
        let (old, new) = (self.kind_at, offset(title.len()));
        let shift = |at: u32| at.saturating_sub(old).saturating_add(new);
        self.kind_at = new;
        self.names_at = shift(self.names_at);
        self.subject_at = shift(self.subject_at);
        if self.object_at != NO_ROLES {
            self.object_at = shift(self.object_at);
        }
        self.words = words.into_boxed_str();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_part_is_read_back_after_a_new_title() {
        let roles = Some(Roles::new("army", "town"));
        let mut words = DraftWords::new("The army took the town".into(), "take", &["vell"], roles);
        let read = |w: &DraftWords| {
            let roles = w
                .roles()
                .map(|r| (r.subject().to_string(), r.object().to_string()));
            (
                w.title().to_string(),
                w.kind().to_string(),
                w.names().iter().count(),
                roles,
            )
        };
        let roles = Some(("army".to_string(), "town".to_string()));
        assert_eq!(
            read(&words),
            (
                "The army took the town".into(),
                "take".into(),
                1,
                roles.clone()
            )
        );
        words.retitle("Army took town");
        assert_eq!(
            read(&words),
            ("Army took town".into(), "take".into(), 1, roles)
        );
        assert!(words.names().contains("vell"));
        let none = DraftWords::new(String::new(), "", &[], None);
        assert!(none.roles().is_none() && none.title().is_empty() && none.kind().is_empty());
        let empty = DraftWords::new("T".into(), "k", &["a", "b"], Some(Roles::new("", "")));
        assert_eq!(
            empty.roles().map(|r| (r.subject(), r.object())),
            Some(("", ""))
        );
        assert_eq!(empty.names().iter().collect::<Vec<_>>(), ["a", "b"]);
    }
}
