//! The `timeliner` command: parse arguments, run, map the outcome to an exit code.

mod cli;

// Per-thread heaps: the batch's threads never wait on each other's allocations.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
