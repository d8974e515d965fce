//! The `timeliner` command: parse arguments, run, map the outcome to an exit code.

mod allocator;
mod cli;

// Per-thread heaps: the batch's threads never wait on each other's allocations.
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h` of mimalloc 2, as the `v2` feature builds
/// it): how many milliseconds freed pages stay resident before they go back to the system.
const PURGE_DELAY: std::ffi::c_int = 15;

/// Freed pages go back at once, not 10 ms later: a huge article's freed lists stayed resident
/// while the next stage filled new ones (10 MB of dated sentences peaked at 102 to 116 MB,
/// against 82 with no delay; the 5 MB batch's CPU time did not change beyond the noise).
#[allow(unsafe_code)]
fn purge_at_once() {
    // `mimalloc.h`: `void mi_option_set(mi_option_t option, long value)`, in the library the
    // allocator links (its crate declares it only with a feature that needs one more crate).
    unsafe extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: the signature is the header's; one option set before any other thread runs,
    // which mimalloc reads at each purge.
    unsafe { mi_option_set(PURGE_DELAY, 0) }
}

fn main() -> std::process::ExitCode {
    purge_at_once();
    cli::main()
}

#[cfg(test)]
mod tests {
    use std::alloc::{GlobalAlloc, Layout};

    use super::allocator::Allocator;

    /// Blocks of every small alignment are aligned as asked, zeroed when asked, and keep
    /// their bytes when grown, on the plain path and on the aligned one alike.
    #[test]
    #[allow(unsafe_code)]
    fn blocks_are_aligned_as_asked() {
        for align in [1, 2, 4, 8, 16, 32, 64] {
            for size in [1, 3, 8, 20, 24, 100, 5000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a layout of nonzero size; each block freed once, by its layout.
                unsafe {
                    let p = Allocator.alloc_zeroed(layout);
                    assert!(!p.is_null() && (p as usize).is_multiple_of(align));
                    assert!(std::slice::from_raw_parts(p, size).iter().all(|&b| b == 0));
                    p.write_bytes(7, size);
                    let q = Allocator.realloc(p, layout, size * 3);
                    assert!((q as usize).is_multiple_of(align));
                    assert!(std::slice::from_raw_parts(q, size).iter().all(|&b| b == 7));
                    Allocator.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let r = Allocator.alloc(layout);
                    assert!((r as usize).is_multiple_of(align));
                    Allocator.dealloc(r, layout);
                }
            }
        }
    }
}
