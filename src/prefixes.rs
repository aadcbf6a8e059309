//! Three-byte prefix tables: the per-token gates of the extractors
//! (numbers, dates, units) test a token's first bytes against the first
//! bytes of their lexicon words before any look-up.

/// The first three bytes of a set of folded words, each taken `& 31`: bit
/// `c & 31` of entry `(a & 31) << 5 | (b & 31)` is set when some word
/// begins with bytes `a b c` (0 for a missing byte). A token's surface can
/// be tested without folding it: an ASCII character folds to itself in
/// lowercase, one byte for one byte ([`crate::chars::fold_into`]), and
/// `& 31` maps a letter and its capital to the same number; so where the
/// first three surface bytes are ASCII (and the token is not a number in
/// digits, whose folding drops group separators), a word the table does not
/// admit is no folded form of the token's.
#[derive(Clone)]
pub(crate) struct Prefixes(Box<[u32; 1024]>);

impl Default for Prefixes {
    /// Admits nothing.
    fn default() -> Self {
        Prefixes(Box::new([0; 1024]))
    }
}

impl std::fmt::Debug for Prefixes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Prefixes")
    }
}

impl Prefixes {
    /// The words of both sets.
    pub(crate) fn union(&self, other: &Prefixes) -> Prefixes {
        let mut table = self.0.clone();
        for (x, y) in table.iter_mut().zip(other.0.iter()) {
            *x |= y;
        }
        Prefixes(table)
    }

    /// Admits the words beginning with `w`'s first three bytes.
    pub(crate) fn insert(&mut self, w: &[u8]) {
        let (a, b, c) = first3(w);
        self.0[row(a, b)] |= 1 << (c & 31);
    }

    /// Admits every word that begins with `p` (not only `p` itself): a
    /// prefix shorter than three bytes leaves the bytes after it free.
    pub(crate) fn insert_prefix(&mut self, p: &[u8]) {
        match *p {
            [] => self.0.fill(u32::MAX),
            [a] => {
                let r = row(a, 0);
                self.0[r..r + 32].fill(u32::MAX);
            }
            [a, b] => self.0[row(a, b)] = u32::MAX,
            [..] => self.insert(p),
        }
    }

    /// Whether some word of the set may begin with `a b c` (up to case).
    #[inline]
    pub(crate) fn admits(&self, (a, b, c): (u8, u8, u8)) -> bool {
        self.0[row(a, b)] >> (c & 31) & 1 == 1
    }

    /// [`Prefixes::admits`] for a word's [`head_code`].
    #[inline]
    pub(crate) fn admits_code(&self, code: u16) -> bool {
        self.0[usize::from(code >> 5) & 1023] >> (code & 31) & 1 == 1
    }
}

/// The head code of a word: its first three bytes, each `& 31` (0 for a
/// missing byte), packed as a [`Prefixes`] table reads them (the entry
/// [`row`] of the first two, then the bit of the third). The token stream
/// keeps one per token ([`crate::TokenStream`]), so the extractors' gates
/// test a token without reading its bytes.
#[inline]
#[cfg(test)]
pub(crate) fn head_code(w: &[u8]) -> u16 {
    head_code_in(w, 0, w.len())
}

/// [`head_code`] of `bytes[start..end]`. Four bytes are read at once where
/// `bytes` has them from `start` on (past `end` too), and masked to the
/// word's length: no branch on the length, which is hard to predict.
#[inline]
pub(crate) fn head_code_in(bytes: &[u8], start: usize, end: usize) -> u16 {
    let len = end.saturating_sub(start);
    match bytes.get(start..).and_then(<[u8]>::first_chunk::<4>) {
        Some(c) => head_code_of_word(u64::from(u32::from_le_bytes(*c)), len),
        None => {
            let (a, b, c) = first3(bytes.get(start..end).unwrap_or_default());
            pack(u32::from_le_bytes([a, b, c, 0]))
        }
    }
}

/// [`head_code`] of the first bytes of `x` (little-endian).
#[inline(always)]
fn pack(x: u32) -> u16 {
    ((x & 31) << 10 | (x >> 8 & 31) << 5 | (x >> 16 & 31)) as u16
}

/// [`head_code`] of a word of `len` bytes whose first bytes are the low
/// bytes of `w` (little-endian), for a caller that has them in hand.
#[inline(always)]
pub(crate) fn head_code_of_word(w: u64, len: usize) -> u16 {
    const KEEP: [u32; 4] = [0, 0xFF, 0xFFFF, 0xFF_FFFF];
    pack(w as u32 & KEEP[len.min(3)])
}

/// The first three bytes of `s`, 0 for those missing.
#[inline]
pub(crate) fn first3(s: &[u8]) -> (u8, u8, u8) {
    match *s {
        [a, b, c, ..] => (a, b, c),
        [a, b] => (a, b, 0),
        [a] => (a, 0, 0),
        [] => (0, 0, 0),
    }
}

/// The entry of a [`Prefixes`] table (or of a table laid out as one) for
/// words whose first two bytes are `a b`.
#[inline(always)]
pub(crate) fn row(a: u8, b: u8) -> usize {
    usize::from(a & 31) << 5 | usize::from(b & 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_and_prefixes() {
        let mut p = Prefixes::default();
        p.insert(b"mai");
        p.insert_prefix(b"k-");
        p.insert_prefix(b"x");
        assert!(p.admits(first3(b"mai")) && p.admits(first3(b"MAIS")) && p.admits(first3(b"Mai")));
        assert!(!p.admits(first3(b"mars")) && !p.admits(first3(b"ma")));
        for c in 0..=255u8 {
            assert!(p.admits((b'k', b'-', c)), "{c}");
            assert!(p.admits((b'x', c, b'q')), "{c}");
        }
        assert!(!p.admits(first3(b"ka")));
        let mut all = Prefixes::default();
        all.insert_prefix(b"");
        assert!(all.admits(first3(b"")) && all.admits(first3(b"zzz")));
        let u = p.union(&Prefixes::default());
        assert!(u.admits(first3(b"mai")) && !u.admits(first3(b"ka")));
    }

    #[test]
    fn head_codes_test_as_the_first_bytes_do() {
        let mut p = Prefixes::default();
        for w in ["mai", "k-", "x", "de", "régiment"] {
            p.insert_prefix(w.as_bytes());
        }
        let words = [
            "", "m", "ma", "mai", "mais", "MAI", "k", "k-9", "de", "d'", "dé", "x", "xyz",
        ];
        let words = words.iter().map(|w| w.as_bytes().to_vec());
        // Every byte in every position too.
        let bytes = (0..=255u8).flat_map(|b| {
            [
                vec![b],
                vec![b'm', b],
                vec![b'd', b'e', b],
                vec![b, b'a', b'i', b'x'],
            ]
        });
        for w in words.chain(bytes) {
            assert_eq!(p.admits_code(head_code(&w)), p.admits(first3(&w)), "{w:?}");
            let (a, b, c) = first3(&w);
            let code = head_code(&w);
            assert_eq!(usize::from(code >> 5), row(a, b), "{w:?}");
            assert_eq!(code & 31, u16::from(c & 31), "{w:?}");
            // Within a longer buffer, read past the word's end.
            let mut buf = w.clone();
            buf.extend_from_slice(b"zzzz");
            assert_eq!(head_code_in(&buf, 0, w.len()), code, "{w:?}");
        }
    }
}
