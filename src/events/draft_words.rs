//! The words of a draft in one string: its title, its kind, its names and the subject and
//! object of its verb. A huge text has a draft for each of its dates: held apart, they took
//! four allocations and nine words of each draft, held together one and three.

use super::name_list::{NameRef, joined_len, push_joined};
use super::retold::Roles;

/// A draft's title, kind, names (see [`NameRef`]), subject and object, one after the other.
pub(super) struct DraftWords(Repr);

/// The words and where the kind, the names, the subject and the object start in them; the
/// object at [`NO_ROLES`] when the draft has no roles.
enum Repr {
    /// Starts in 16 bits, the object at `u16::MAX` for none: a draft's words are a few of a
    /// sentence's, and a huge text has a draft for each of its dates (8 bytes fewer each).
    Short { words: Box<str>, at: [u16; 4] },
    /// The rare words of 64 KiB or more, boxed with their starts.
    Long(Box<(Box<str>, [u32; 4])>),
}

/// The start of the object of a draft without roles.
const NO_ROLES: u32 = u32::MAX;

/// Which of the starts is the object's.
const OBJECT: usize = 3;

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
        Self::of(words, [kind_at, names_at, subject_at, object_at])
    }

    /// `words` with the starts `at`, held short when they fit 16 bits.
    fn of(words: String, at: [u32; 4]) -> Self {
        let words = words.into_boxed_str();
        let short = |n: u32| u16::try_from(n).unwrap_or(u16::MAX);
        if words.len() < usize::from(u16::MAX) {
            Self(Repr::Short {
                words,
                at: at.map(short),
            })
        } else {
            Self(Repr::Long(Box::new((words, at))))
        }
    }

    /// The words and the starts of their parts.
    // Inlined: a match on the representation, asked for every part a draft's merge reads.
    #[inline]
    fn parts(&self) -> (&str, [u32; 4]) {
        match &self.0 {
            Repr::Short { words, at } => {
                let wide = |n: u16| if n == u16::MAX { NO_ROLES } else { n.into() };
                (words, at.map(wide))
            }
            Repr::Long(long) => (&long.0, long.1),
        }
    }

    /// Part `i`: the title, the kind, the names, the subject or the object.
    fn part(&self, i: usize) -> &str {
        let (words, at) = self.parts();
        let end = |i: usize| at.get(i).map_or(words.len(), |&n| n as usize);
        let start = i.checked_sub(1).map_or(0, end);
        words.get(start..end(i)).unwrap_or_default()
    }

    pub(super) fn title(&self) -> &str {
        self.part(0)
    }

    pub(super) fn kind(&self) -> &str {
        self.part(1)
    }

    pub(super) fn names(&self) -> NameRef<'_> {
        NameRef(self.part(2))
    }

    pub(super) fn roles(&self) -> Option<Roles<'_>> {
        let (_, at) = self.parts();
        (at[OBJECT] != NO_ROLES).then(|| Roles::new(self.part(3), self.part(4)))
    }

    /// The same words under another title.
    pub(super) fn retitle(&mut self, title: &str) {
        let (words, mut at) = self.parts();
        let rest = words.get(at[0] as usize..).unwrap_or_default();
        let mut new = String::with_capacity(title.len() + rest.len());
        new.push_str(title);
        new.push_str(rest);
        // Each part after the title moves by the change of its length.
        let (old, by) = (at[0], offset(title.len()));
        for (i, start) in at.iter_mut().enumerate() {
            if i != OBJECT || *start != NO_ROLES {
                *start = start.saturating_sub(old).saturating_add(by);
            }
        }
        *self = Self::of(new, at);
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

    #[test]
    fn words_past_16_bits_are_read_back_and_retitled_short() {
        let long = "word ".repeat(20_000);
        let roles = Some(Roles::new("crew", "pump"));
        let mut words = DraftWords::new(long.clone(), "fix", &["oren"], roles);
        assert!(matches!(words.0, Repr::Long(_)));
        assert_eq!((words.title(), words.kind()), (long.as_str(), "fix"));
        assert!(words.names().contains("oren"));
        words.retitle("Crew fixed it");
        assert!(matches!(words.0, Repr::Short { .. }));
        assert_eq!((words.title(), words.kind()), ("Crew fixed it", "fix"));
        let roles = words.roles().map(|r| (r.subject(), r.object()));
        assert_eq!(roles, Some(("crew", "pump")));
        let none = DraftWords::new(long, "fix", &[], None);
        assert!(matches!(none.0, Repr::Long(_)) && none.roles().is_none());
    }
}
