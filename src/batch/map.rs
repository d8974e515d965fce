//! An ordered parallel map: items go to worker threads in chunks, results come back in input
//! order, and at most a window of chunks is in flight, so memory follows the window, not the
//! input. The calling thread reads the items, works as one of the workers and writes the
//! results: no thread waits for another that is only there to read or to write.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError, mpsc};
use std::thread;

/// The weight (for documents, bytes of input) that fills a chunk, the unit handed to a
/// worker: a few milliseconds of extraction, so that the hand-offs between threads (a lock,
/// a message, sometimes a wake-up) cost little beside the work, yet small enough that the
/// workers finish at nearly the same time.
const CHUNK_WEIGHT: usize = 64 << 10;

/// At most this many items to a chunk, however little they weigh.
const CHUNK_ITEMS: usize = 256;

/// How many chunks each worker may have waiting or done ahead of the slowest one: enough that
/// a slow chunk does not leave the other workers idle, few enough that memory stays small.
const CHUNKS_PER_JOB: usize = 4;

/// Chunks waiting for a worker, each with its place in the input.
struct Queue<T> {
    state: Mutex<Waiting<T>>,
    ready: Condvar,
}

struct Waiting<T> {
    chunks: VecDeque<(usize, Vec<T>)>,
    /// No chunk will come: the workers stop once the queue is empty.
    closed: bool,
}

impl<T> Queue<T> {
    /// The lock; a worker never panics while it holds it, so a poisoned lock is still sound.
    fn lock(&self) -> MutexGuard<'_, Waiting<T>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn push(&self, at: usize, chunk: Vec<T>) {
        self.lock().chunks.push_back((at, chunk));
        self.ready.notify_one();
    }

    /// The oldest chunk, without waiting.
    fn take(&self) -> Option<(usize, Vec<T>)> {
        self.lock().chunks.pop_front()
    }

    /// The oldest chunk, waiting for one; `None` once the queue is closed and empty.
    fn wait(&self) -> Option<(usize, Vec<T>)> {
        let mut waiting = self.lock();
        loop {
            if let Some(chunk) = waiting.chunks.pop_front() {
                return Some(chunk);
            }
            if waiting.closed {
                return None;
            }
            waiting = self
                .ready
                .wait(waiting)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// Closes the queue when dropped: on every way out of the map or of a worker, a panic or an
/// error of `emit` included, so that the workers stop before the scope waits for them.
struct Closer<'a, T>(&'a Queue<T>);

impl<T> Drop for Closer<'_, T> {
    fn drop(&mut self) {
        self.0.lock().closed = true;
        self.0.ready.notify_all();
    }
}

/// Applies `f` to every item on `jobs` threads (the calling thread one of them) and hands the
/// results to `emit` in the order of the items; the output is the same whatever `jobs`. Items
/// go to the workers in chunks of about `CHUNK_WEIGHT` by `weight`, and at most
/// `CHUNKS_PER_JOB` chunks a worker are in flight. The first error of `emit` stops the map
/// (chunks in flight are finished and dropped) and is returned.
///
/// # Example
///
/// ```
/// use timeliner::batch::ordered_map;
///
/// let mut out = Vec::new();
/// ordered_map(1..=100u64, 2, |_| 1, |n| n * n, |sq| {
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
    weight: impl Fn(&T) -> usize,
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
    let window = jobs * CHUNKS_PER_JOB;
    let queue = Queue {
        state: Mutex::new(Waiting {
            chunks: VecDeque::new(),
            closed: false,
        }),
        ready: Condvar::new(),
    };
    let map_chunk = |chunk: Vec<T>| chunk.into_iter().map(&f).collect::<Vec<U>>();
    thread::scope(|scope| {
        let _closer = Closer(&queue);
        let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<U>)>();
        for _ in 1..jobs {
            let (queue, done_tx, map_chunk) = (&queue, done_tx.clone(), &map_chunk);
            scope.spawn(move || {
                // A worker that panics closes the queue too, so that the others stop and the
                // calling thread, left waiting for the lost chunk, sees every worker gone.
                let _closer = Closer(queue);
                while let Some((at, chunk)) = queue.wait() {
                    if done_tx.send((at, map_chunk(chunk))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let mut items = items;
        let mut sent = 0;
        let mut next_out = 0;
        let mut done: BTreeMap<usize, Vec<U>> = BTreeMap::new();
        let mut more = true;
        loop {
            while more && sent - next_out < window {
                let chunk = next_chunk(&mut items, &weight);
                more = !chunk.is_empty();
                if more {
                    queue.push(sent, chunk);
                    sent += 1;
                }
            }
            // Nothing in flight, and (the window being open) nothing left to read.
            if next_out == sent {
                break;
            }
            // The oldest chunk no worker has taken yet, else wait for a worker's.
            if let Some((at, chunk)) = queue.take() {
                done.insert(at, map_chunk(chunk));
            } else if let Ok((at, results)) = done_rx.recv() {
                done.insert(at, results);
            } else {
                // Every worker is gone (one panicked): the scope re-raises its panic.
                break;
            }
            done.extend(done_rx.try_iter());
            while let Some(results) = done.remove(&next_out) {
                next_out += 1;
                for result in results {
                    emit(result)?;
                }
            }
        }
        Ok(())
    })
}

/// The next items up to a chunk's weight or count (at least one when any is left).
fn next_chunk<T>(items: &mut impl Iterator<Item = T>, weight: impl Fn(&T) -> usize) -> Vec<T> {
    let mut chunk = Vec::new();
    let mut weighed = 0;
    while weighed < CHUNK_WEIGHT && chunk.len() < CHUNK_ITEMS {
        let Some(item) = items.next() else { break };
        weighed += weight(&item);
        chunk.push(item);
    }
    chunk
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four items to a chunk.
    fn quarter(_: &u64) -> usize {
        CHUNK_WEIGHT / 4
    }

    #[test]
    fn results_keep_the_input_order_whatever_the_jobs() {
        let slow_first = |n: u64| {
            if n.is_multiple_of(7) {
                thread::sleep(std::time::Duration::from_millis(2));
            }
            n + 1
        };
        // Often enough that a race between the threads would show.
        for jobs in [1, 2, 3, 8].repeat(5) {
            let mut out = Vec::new();
            ordered_map(0..200u64, jobs, quarter, slow_first, |n| {
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
            quarter,
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
            quarter,
            |n| n,
            |_| {
                emitted += 1;
                let ahead = read.load(Ordering::SeqCst) - emitted;
                assert!(ahead <= 2 * CHUNKS_PER_JOB * 4, "{ahead} read ahead");
                Ok::<_, ()>(())
            },
        )
        .unwrap();
    }

    #[test]
    fn a_panic_on_any_thread_ends_the_map_and_is_raised() {
        for (jobs, at) in [(2, 0), (2, 50), (3, 999)] {
            let run = std::panic::catch_unwind(|| {
                ordered_map(
                    0..1000u64,
                    jobs,
                    quarter,
                    |n| assert_ne!(n, at, "boom"),
                    |()| Ok::<_, ()>(()),
                )
            });
            assert!(run.is_err(), "jobs {jobs}, panic at {at}");
        }
    }

    #[test]
    fn a_chunk_ends_at_its_weight_or_its_count() {
        let sizes = |weight: fn(&u64) -> usize| {
            let mut items = 0..1000u64;
            std::iter::from_fn(|| Some(next_chunk(&mut items, weight).len()))
                .take_while(|&n| n > 0)
                .collect::<Vec<_>>()
        };
        assert_eq!(sizes(|_| 0), [256, 256, 256, 232]);
        // A heavy item ends its chunk.
        assert_eq!(
            sizes(|&n| if n == 2 { CHUNK_WEIGHT } else { 1 })[..2],
            [3, 256]
        );
    }
}
