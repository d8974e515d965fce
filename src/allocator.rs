//! The allocator of the `timeliner` command, shared with the benchmarks (by `#[path]`) so that
//! their figures are those of what the command runs.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// mimalloc, asked for plain blocks where the alignment wanted is a word's or less: the
/// crate's allocator always takes mimalloc's aligned path, which first tests whether the
/// next free block happens to be aligned (about 1% of the 5 MB batch's instructions). Every
/// block of mimalloc is aligned to a word at least (its sizes are whole words).
pub struct Allocator;

/// What every block of `mi_malloc` is aligned to: a word.
const WORD: usize = std::mem::size_of::<usize>();

// `mimalloc.h`: the plain allocation calls, in the library the crate links.
#[allow(unsafe_code)]
unsafe extern "C" {
    fn mi_malloc(size: usize) -> *mut c_void;
    fn mi_zalloc(size: usize) -> *mut c_void;
    fn mi_realloc(p: *mut c_void, newsize: usize) -> *mut c_void;
}

#[allow(unsafe_code)]
// SAFETY: each call is mimalloc's for the layout: a plain block where the alignment asked is
// at most a word's (mimalloc's blocks are), the crate's aligned calls otherwise; every block
// is mimalloc's and freed by `mi_free`, whichever call made it.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_malloc(layout.size()).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}
