//! The last answer a look-up gave, by the token it was asked of: a title's rules ask of one
//! subject several times, one after another.

use std::cell::RefCell;

/// One answer held by the token asked of.
pub(super) struct Memo<T>(RefCell<Option<(usize, Option<T>)>>);

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Self(RefCell::new(None))
    }
}

impl<T: Clone> Memo<T> {
    /// The answer held for `key`, else `find`'s, held in its place.
    pub(super) fn get_or(&self, key: usize, find: impl FnOnce() -> Option<T>) -> Option<T> {
        if let Some((at, found)) = &*self.0.borrow()
            && *at == key
        {
            return found.clone();
        }
        let found = find();
        *self.0.borrow_mut() = Some((key, found.clone()));
        found
    }
}
