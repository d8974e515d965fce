//! An event's mentions, read as a slice. Most events are mentioned once: that one is held in
//! the event, and only an event mentioned twice or more has a list of its own (a huge text's
//! events each took a list, 88 bytes more an event than the one mention held inline).

use std::ops::{Deref, DerefMut};

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::model::Mention;

/// The sentences an event was read from (see [`super::Event::mentions`]).
#[derive(Clone)]
pub struct Mentions(Held);

#[derive(Clone)]
enum Held {
    One(Mention),
    /// None, or two and more.
    Many(Vec<Mention>),
}

impl Mentions {
    /// Adds `mention` after the others.
    pub fn push(&mut self, mention: Mention) {
        match &mut self.0 {
            Held::Many(list) if list.is_empty() => self.0 = Held::One(mention),
            Held::Many(list) => list.push(mention),
            Held::One(_) => {
                if let Held::One(first) = std::mem::replace(&mut self.0, Held::Many(Vec::new())) {
                    self.0 = Held::Many(vec![first, mention]);
                }
            }
        }
    }

    /// Adds copies of `mentions` after the others.
    pub fn extend_from_slice(&mut self, mentions: &[Mention]) {
        for mention in mentions {
            self.push(mention.clone());
        }
    }

    /// Removes every mention.
    pub fn clear(&mut self) {
        self.0 = Held::Many(Vec::new());
    }

    /// The mentions as a list of their own.
    #[must_use]
    pub fn into_vec(self) -> Vec<Mention> {
        match self.0 {
            Held::One(one) => vec![one],
            Held::Many(list) => list,
        }
    }
}

impl Default for Mentions {
    fn default() -> Self {
        Self(Held::Many(Vec::new()))
    }
}

impl Deref for Mentions {
    type Target = [Mention];

    fn deref(&self) -> &[Mention] {
        match &self.0 {
            Held::One(one) => std::slice::from_ref(one),
            Held::Many(list) => list,
        }
    }
}

impl DerefMut for Mentions {
    fn deref_mut(&mut self) -> &mut [Mention] {
        match &mut self.0 {
            Held::One(one) => std::slice::from_mut(one),
            Held::Many(list) => list,
        }
    }
}

impl From<Vec<Mention>> for Mentions {
    fn from(mut list: Vec<Mention>) -> Self {
        match list.pop() {
            Some(one) if list.is_empty() => Self(Held::One(one)),
            Some(last) => {
                list.push(last);
                Self(Held::Many(list))
            }
            None => Self::default(),
        }
    }
}

impl FromIterator<Mention> for Mentions {
    fn from_iter<I: IntoIterator<Item = Mention>>(mentions: I) -> Self {
        let mut mentions = mentions.into_iter();
        match (mentions.next(), mentions.next()) {
            (None, _) => Self::default(),
            (Some(one), None) => Self(Held::One(one)),
            (Some(first), Some(second)) => {
                let mut list = Vec::with_capacity(2 + mentions.size_hint().0);
                list.extend([first, second]);
                list.extend(mentions);
                Self(Held::Many(list))
            }
        }
    }
}

impl IntoIterator for Mentions {
    type Item = Mention;
    type IntoIter = std::vec::IntoIter<Mention>;

    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

impl<'a> IntoIterator for &'a Mentions {
    type Item = &'a Mention;
    type IntoIter = std::slice::Iter<'a, Mention>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Mentions {
    type Item = &'a mut Mention;
    type IntoIter = std::slice::IterMut<'a, Mention>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl PartialEq for Mentions {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Mentions {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl Serialize for Mentions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Mentions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Mention>::deserialize(deserializer).map(Self::from)
    }
}

/// Mentions are written as a list.
impl JsonSchema for Mentions {
    fn inline_schema() -> bool {
        Vec::<Mention>::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        Vec::<Mention>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        Vec::<Mention>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Vec::<Mention>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(start: u32) -> Mention {
        Mention {
            source: "a".into(),
            start,
            end: start + 5,
            confidence: 0.5,
            quote: None,
        }
    }

    #[test]
    fn one_mention_is_held_inline_and_more_in_a_list() {
        let mut mentions = Mentions::default();
        assert!(mentions.is_empty());
        mentions.push(at(0));
        assert!(matches!(mentions.0, Held::One(_)));
        mentions.extend_from_slice(&[at(10), at(20)]);
        let starts: Vec<u32> = mentions.iter().map(|m| m.start).collect();
        assert_eq!(starts, [0, 10, 20]);
        assert_eq!(mentions, [at(0), at(10), at(20)].into_iter().collect());
        assert_eq!(Mentions::from(vec![at(3)]).into_vec(), [at(3)]);
        mentions.clear();
        assert_eq!(mentions, Mentions::default());
        // Held inline or in a list, the same mention is the same.
        let listed = Mentions(Held::Many(vec![at(4)]));
        assert_eq!(listed, Mentions::from(vec![at(4)]));
    }
}
