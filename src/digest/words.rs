//! Words as numbers for comparing sentences: each word (a run of letters and digits, lower
//! case) is hashed into one of a fixed number of buckets, so that counting how many sentences
//! hold each word takes the same memory for a corpus of any size.

/// Buckets of the word hash: enough that distinct words of a story rarely share one.
const BUCKETS: u32 = 1 << 18;

/// The bucket of every word of `sentence`, in text order (repeats kept).
pub fn word_ids(sentence: &str) -> impl Iterator<Item = u32> + '_ {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|word| {
            // FNV-1a over the lower-cased bytes: stable across runs and machines.
            let mut hash: u32 = 0x811c_9dc5;
            for c in word.chars().flat_map(char::to_lowercase) {
                let mut buf = [0; 4];
                for &b in c.encode_utf8(&mut buf).as_bytes() {
                    hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
                }
            }
            hash % BUCKETS
        })
}

/// Whether `sentence` holds one of the words `about` (lower case); true when there are none.
pub fn on_story(sentence: &str, about: &[String]) -> bool {
    about.is_empty()
        || sentence.split(|c: char| !c.is_alphanumeric()).any(|w| {
            about
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w) || *a == w.to_lowercase())
        })
}

/// How many sentences of the corpus hold each word, for inverse document frequencies.
#[derive(Debug, Clone)]
pub struct DocumentFrequency {
    counts: Vec<u32>,
    sentences: u32,
}

impl Default for DocumentFrequency {
    fn default() -> Self {
        Self {
            counts: vec![0; BUCKETS as usize],
            sentences: 0,
        }
    }
}

impl DocumentFrequency {
    pub fn add_sentence(&mut self, sentence: &str) {
        let mut ids: Vec<u32> = word_ids(sentence).collect();
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            self.counts[id as usize] = self.counts[id as usize].saturating_add(1);
        }
        self.sentences = self.sentences.saturating_add(1);
    }

    /// ln((1 + sentences) / (1 + sentences holding the word)): near 0 for words every
    /// sentence has ("the"), so no list of stop words is needed.
    pub fn idf(&self, id: u32) -> f64 {
        let n = f64::from(self.sentences) + 1.0;
        (n / (f64::from(self.counts[id as usize]) + 1.0)).ln()
    }
}

/// A sentence as unit-length TF-IDF weights over word buckets, sorted by bucket.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vector(pub Vec<(u32, f64)>);

impl Vector {
    pub fn new(sentence: &str, frequency: &DocumentFrequency) -> Self {
        let mut ids: Vec<u32> = word_ids(sentence).collect();
        ids.sort_unstable();
        let mut weights: Vec<(u32, f64)> = Vec::new();
        for id in ids {
            match weights.last_mut() {
                Some((last, w)) if *last == id => *w += frequency.idf(id),
                _ => weights.push((id, frequency.idf(id))),
            }
        }
        let mut vector = Self(weights);
        vector.normalise();
        vector
    }

    pub fn normalise(&mut self) {
        let norm = self.0.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut self.0 {
                *w /= norm;
            }
        }
    }

    /// The dot product, the cosine of two unit vectors.
    pub fn dot(&self, other: &Self) -> f64 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < self.0.len() && j < other.0.len() {
            match self.0[i].0.cmp(&other.0[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.0[i].1 * other.0[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// The unit-length mean of `vectors`.
    pub fn centroid<'a>(vectors: impl Iterator<Item = &'a Self>) -> Self {
        let mut sum: std::collections::BTreeMap<u32, f64> = std::collections::BTreeMap::new();
        for v in vectors {
            for &(id, w) in &v.0 {
                *sum.entry(id).or_default() += w;
            }
        }
        let mut vector = Self(sum.into_iter().collect());
        vector.normalise();
        vector
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_case_blind_and_split_on_punctuation() {
        let a: Vec<u32> = word_ids("BP's well").collect();
        let b: Vec<u32> = word_ids("bp s WELL").collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 3);
    }

    #[test]
    fn common_words_weigh_nothing_and_alike_sentences_are_close() {
        let mut df = DocumentFrequency::default();
        for s in [
            "the rig exploded",
            "the well leaked",
            "the cap held",
            "the rig sank",
        ] {
            df.add_sentence(s);
        }
        assert!(df.idf(word_ids("the").next().unwrap()) < 0.3);
        let a = Vector::new("the rig exploded", &df);
        let b = Vector::new("the rig sank", &df);
        let c = Vector::new("the cap held", &df);
        assert!(a.dot(&b) > a.dot(&c));
        assert!((a.dot(&a) - 1.0).abs() < 1e-9);
    }
}
