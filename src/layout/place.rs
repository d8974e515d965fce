//! Label rows: which horizontal stretches of each row are taken, by labels and by the leader
//! lines that pass through a row on their way to a label further out.

use std::collections::BTreeMap;

/// A union of half-open pixel intervals `[start, end)`.
#[derive(Debug, Default, Clone)]
pub struct Intervals {
    by_start: BTreeMap<i32, i32>,
}

impl Intervals {
    /// Whether `[start, end)` meets nothing taken.
    #[must_use]
    pub fn is_free(&self, start: i32, end: i32) -> bool {
        // Intervals are disjoint, so only the last one starting before `end` can reach in.
        self.by_start
            .range(..end)
            .next_back()
            .is_none_or(|(_, &e)| e <= start)
    }

    /// Takes `[start, end)`, merging with whatever it touches.
    pub fn take(&mut self, mut start: i32, mut end: i32) {
        while let Some((&s, &e)) = self.by_start.range(..=end).next_back() {
            if e < start {
                break;
            }
            self.by_start.remove(&s);
            start = start.min(s);
            end = end.max(e);
        }
        self.by_start.insert(start, end);
    }
}

/// One side of a lane (above or below the markers): rows counted outwards from the markers.
#[derive(Debug, Default, Clone)]
pub struct Side {
    labels: Vec<Intervals>,
    leaders: Vec<Intervals>,
    /// Taken in every row: a line across the whole lane, such as the "as of" line.
    everywhere: Intervals,
}

impl Side {
    fn row(&mut self, k: usize) {
        while self.labels.len() <= k {
            self.labels.push(Intervals::default());
            self.leaders.push(Intervals::default());
        }
    }

    /// Keeps labels off `[start, end)` in every row; leaders may still cross it.
    pub fn block_everywhere(&mut self, start: i32, end: i32) {
        self.everywhere.take(start, end);
    }

    /// Drops what [`Side::block_everywhere`] took, for a last try before callouts.
    pub fn lift_everywhere(&mut self) {
        self.everywhere = Intervals::default();
    }

    /// Whether `[start, end)` is clear of what [`Side::block_everywhere`] took.
    #[must_use]
    pub fn is_open(&self, start: i32, end: i32) -> bool {
        self.everywhere.is_free(start, end)
    }

    /// Rows in use.
    #[must_use]
    pub fn rows(&self) -> usize {
        self.labels.len()
    }

    /// Whether a box `[start, end)` fits in row `k` with its leader at `anchor` passing the
    /// rows nearer the markers without crossing a label (unless `cross` allows it).
    #[must_use]
    pub fn fits(&self, k: usize, start: i32, end: i32, anchor: i32, cross: bool) -> bool {
        let free_here = self.everywhere.is_free(start, end)
            && self.labels.get(k).is_none_or(|r| r.is_free(start, end))
            && self.leaders.get(k).is_none_or(|r| r.is_free(start, end));
        free_here
            && (cross
                || self.labels[..k.min(self.labels.len())]
                    .iter()
                    .all(|r| r.is_free(anchor, anchor + 1)))
    }

    /// Takes the box in row `k` and the leader's path through the rows nearer the markers.
    pub fn take(&mut self, k: usize, start: i32, end: i32, anchor: i32) {
        self.row(k);
        self.labels[k].take(start, end);
        for leaders in &mut self.leaders[..k] {
            leaders.take(anchor, anchor + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_merge_and_answer() {
        let mut taken = Intervals::default();
        taken.take(10, 20);
        taken.take(30, 40);
        assert!(taken.is_free(20, 30));
        assert!(!taken.is_free(19, 21));
        assert!(!taken.is_free(0, 100));
        taken.take(15, 35);
        assert!(!taken.is_free(21, 29));
        assert!(taken.is_free(40, 50));
        assert_eq!(taken.by_start.len(), 1);
    }

    #[test]
    fn a_leader_may_not_cross_a_nearer_label() {
        let mut side = Side::default();
        side.take(0, 0, 100, 0);
        assert!(!side.fits(1, 200, 300, 50, false));
        assert!(side.fits(1, 200, 300, 150, false));
        assert!(side.fits(1, 200, 300, 50, true));
        side.take(1, 200, 300, 150);
        // The leader to row 1 now blocks row 0 at x = 150.
        assert!(!side.fits(0, 140, 160, 140, false));
    }
}
