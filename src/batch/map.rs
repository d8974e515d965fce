//! An ordered parallel map: items go to worker threads, results come back in input order,
//! and at most a window of items is in flight, so memory follows the window, not the input.

use std::collections::BTreeMap;
use std::sync::{Mutex, mpsc};
use std::thread;

/// How many items each worker may have waiting or done ahead of the slowest one.
const WINDOW_PER_JOB: usize = 8;

/// Applies `f` to every item on `jobs` threads and hands the results to `emit` in the order of
/// the items; the output is the same whatever `jobs`. The first error of `emit` stops the map
/// (items in flight are finished and dropped) and is returned.
///
/// # Example
///
/// ```
/// use timeliner::batch::ordered_map;
///
/// let mut out = Vec::new();
/// ordered_map(1..=100u64, 2, |n| n * n, |sq| {
///     out.push(sq);
///     Ok::<_, ()>(())
/// })
/// .unwrap();
/// assert_eq!(out, (1..=100u64).map(|n| n * n).collect::<Vec<_>>());
/// ```
///
/// # Errors
///
/// The first error `emit` returns.
pub fn ordered_map<T, U, E>(
    items: impl Iterator<Item = T>,
    jobs: usize,
    f: impl Fn(T) -> U + Sync,
    mut emit: impl FnMut(U) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    U: Send,
{
    if jobs <= 1 {
        for item in items {
            emit(f(item))?;
        }
        return Ok(());
    }
    let window = jobs * WINDOW_PER_JOB;
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, T)>(window);
    let work_rx = Mutex::new(work_rx);
    thread::scope(|scope| {
        // Owned by this closure: returning (on an error of `emit`, too) closes the work
        // channel, so that the workers stop before the scope waits for them.
        let work_tx = work_tx;
        let (done_tx, done_rx) = mpsc::channel::<(usize, U)>();
        for _ in 0..jobs {
            let (work_rx, done_tx, f) = (&work_rx, done_tx.clone(), &f);
            scope.spawn(move || {
                loop {
                    // A poisoned lock means another worker panicked; the scope reports that.
                    let Ok(next) = work_rx.lock().map(|rx| rx.recv()) else {
                        return;
                    };
                    let Ok((at, item)) = next else { return };
                    if done_tx.send((at, f(item))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let mut items = items.enumerate();
        let mut sent = 0;
        let mut next_out = 0;
        let mut waiting: BTreeMap<usize, U> = BTreeMap::new();
        let mut more = true;
        loop {
            while more && sent - next_out < window {
                match items.next() {
                    Some(item) => {
                        if work_tx.send(item).is_err() {
                            more = false;
                        }
                        sent += 1;
                    }
                    None => more = false,
                }
            }
            if next_out == sent {
                break;
            }
            let Ok((at, result)) = done_rx.recv() else {
                // Every worker is gone (one panicked): the scope re-raises its panic.
                break;
            };
            waiting.insert(at, result);
            while let Some(result) = waiting.remove(&next_out) {
                next_out += 1;
                emit(result)?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_whatever_the_jobs() {
        let slow_first = |n: u64| {
            if n.is_multiple_of(7) {
                thread::sleep(std::time::Duration::from_millis(2));
            }
            n + 1
        };
        for jobs in [1, 2, 3, 8] {
            let mut out = Vec::new();
            ordered_map(0..200u64, jobs, slow_first, |n| {
                out.push(n);
                Ok::<_, ()>(())
            })
            .unwrap();
            assert_eq!(out, (1..=200).collect::<Vec<_>>(), "jobs {jobs}");
        }
    }

    #[test]
    fn an_error_of_emit_stops_the_map() {
        let mut seen = 0;
        let result = ordered_map(
            0..10_000u64,
            2,
            |n| n,
            |n| {
                seen += 1;
                if n == 5 { Err(n) } else { Ok(()) }
            },
        );
        assert_eq!(result, Err(5));
        assert_eq!(seen, 6);
    }

    #[test]
    fn no_more_than_the_window_is_read_ahead() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let read = AtomicUsize::new(0);
        let items = (0..1000).inspect(|_| {
            read.fetch_add(1, Ordering::SeqCst);
        });
        let mut emitted = 0;
        ordered_map(
            items,
            2,
            |n| n,
            |_| {
                emitted += 1;
                let ahead = read.load(Ordering::SeqCst) - emitted;
                assert!(ahead <= 2 * WINDOW_PER_JOB, "{ahead} read ahead");
                Ok::<_, ()>(())
            },
        )
        .unwrap();
    }
}
