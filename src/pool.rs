//! Per-thread reuse of the largest buffers: the vectors of a dropped
//! [`TokenStream`](crate::TokenStream), kept for the thread's next stream.
//!
//! Why: analysing a 256 KB text allocates about 3 MB of per-token data,
//! most of it the stream's (about 2 MB: 42 bytes a token). When such calls are repeated (a corpus
//! of long articles, a bench), glibc's allocator gives that memory back to
//! the system after each call and the next call faults it in again, page
//! by page: about 740 page faults a call. `stages 20 varied
//! baseline,analyze` (repeated calls on 250 KB) ran the analysis at 32.9
//! MiB/s, 40.0 with glibc's trimming switched off
//! (`GLIBC_TUNABLES=glibc.malloc.trim_threshold=1000000000:glibc.malloc.mmap_threshold=1000000000`),
//! and 40.2 with this pool (page faults for the whole run: 77 897, then
//! 1 859). The `regex` crate likewise keeps its search scratch space in a
//! pool between searches.
//!
//! One set of buffers per thread, the largest given back: a stream made
//! while another lives (a line read again on its own) takes none or a
//! small set, and does not displace the block's. Buffers holding more than
//! [`MAX_KEPT`] bytes are dropped, not kept: a 50 MB single-line text
//! would otherwise pin its token data to the thread. Nothing here can
//! panic: a thread being torn down, or a buffer already borrowed, simply
//! keeps nothing.

use crate::tokenize::Token;
use std::cell::RefCell;

/// The most bytes of capacity a kept set may hold: the stream of about
/// 2 MB of text (a default block of 256 KiB needs about 2 MB).
pub(crate) const MAX_KEPT: usize = 16 << 20;

/// The buffers of a [`TokenStream`](crate::TokenStream), empty.
#[derive(Default)]
pub(crate) struct StreamBuffers {
    pub(crate) tokens: Vec<Token>,
    pub(crate) folded: String,
    pub(crate) folds: Vec<(usize, usize)>,
    pub(crate) heads: Vec<u16>,
}

impl StreamBuffers {
    fn bytes(&self) -> usize {
        self.tokens.capacity() * size_of::<Token>()
            + self.folded.capacity()
            + self.folds.capacity() * size_of::<(usize, usize)>()
            + self.heads.capacity() * size_of::<u16>()
    }
}

thread_local! {
    static STREAM: RefCell<Option<StreamBuffers>> = const { RefCell::new(None) };
}

/// This thread's kept stream buffers (empty, with their capacity), or new
/// ones.
pub(crate) fn take_stream() -> StreamBuffers {
    STREAM
        .try_with(|cell| cell.try_borrow_mut().ok().and_then(|mut c| c.take()))
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Keeps `buffers` for this thread's next stream, emptied, unless they are
/// too large or smaller than the set already kept.
pub(crate) fn give_stream(mut buffers: StreamBuffers) {
    let bytes = buffers.bytes();
    if bytes > MAX_KEPT {
        return;
    }
    buffers.tokens.clear();
    buffers.folded.clear();
    buffers.folds.clear();
    buffers.heads.clear();
    let _ = STREAM.try_with(|cell| {
        if let Ok(mut kept) = cell.try_borrow_mut()
            && kept.as_ref().is_none_or(|k| k.bytes() <= bytes)
        {
            *kept = Some(buffers);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_stream_buffers_are_kept() {
        // Run on a thread of its own: the test harness's threads share
        // nothing with it.
        std::thread::spawn(|| {
            let mut big = StreamBuffers::default();
            big.tokens.reserve(1000);
            let mut small = StreamBuffers::default();
            small.tokens.reserve(10);
            give_stream(big);
            give_stream(small);
            let got = take_stream();
            assert!(got.tokens.capacity() >= 1000 && got.tokens.is_empty());
            // Taken: nothing kept now.
            assert_eq!(take_stream().tokens.capacity(), 0);
            // Too large: not kept.
            let mut huge = StreamBuffers::default();
            huge.folded.reserve(MAX_KEPT + 1);
            give_stream(huge);
            assert_eq!(take_stream().folded.capacity(), 0);
        })
        .join()
        .expect("no panic");
    }

    /// A stream made from kept buffers is the stream made from new ones:
    /// nothing of the last text is left in them.
    #[test]
    fn kept_buffers_hold_nothing_of_the_last_text() {
        let long = "L’Armée a reçu 6\u{A0}500 appels le 9 mai. ÉTÉ 2023, «Oui».\n".repeat(50);
        let short = "Plus de 300.000 réservistes, Kiev.";
        let fresh = std::thread::spawn(move || {
            let s = crate::TokenStream::new(short);
            let folded: Vec<String> = (0..s.len()).map(|i| s.folded(i).to_owned()).collect();
            (s.tokens().to_vec(), folded, s.heads().to_vec())
        })
        .join()
        .expect("no panic");
        std::thread::spawn(move || {
            drop(crate::TokenStream::new(&long));
            let s = crate::TokenStream::new(short);
            let folded: Vec<String> = (0..s.len()).map(|i| s.folded(i).to_owned()).collect();
            assert_eq!((s.tokens().to_vec(), folded, s.heads().to_vec()), fresh);
        })
        .join()
        .expect("no panic");
    }
}
