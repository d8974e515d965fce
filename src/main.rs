//! The `timeliner` command: parse arguments, run, map the outcome to an exit code.

mod cli;

// Per-thread heaps: the batch's threads never wait on each other's allocations.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
