//! Byte tests eight bytes at a time in a `u64` ("SIMD within a register"),
//! for the scanning loops of the tokeniser and the boilerplate key builder
//! and the token stream's fold test:
//! one branch per eight bytes instead of one per byte, which matters where
//! the run lengths (word lengths) are too irregular for the branch
//! predictor.

/// The high bit of every byte.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// The low bit of every byte (times a byte value: that value in every byte).
pub(crate) const LOW_BYTES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `v` set when that byte's low seven bits lie
/// in `lo..=hi` (both below 0x80). Adding a constant below 0x80 to a byte
/// below 0x80 cannot carry into the next byte: `b + (0x80 - lo)` has its
/// high bit set when `b >= lo`, and `b + (0x7F - hi)` when `b > hi`. The
/// caller clears the high bits of `v` first.
#[inline(always)]
fn in_range(v: u64, lo: u64, hi: u64) -> u64 {
    v.wrapping_add((0x80 - lo) * LOW_BYTES) & !v.wrapping_add((0x7F - hi) * LOW_BYTES)
}

/// The high bit of each byte of `x` (eight bytes) set when that byte is an
/// ASCII letter or digit, the other bits clear. Letters are tested with
/// bit 0x20 set (it maps A-Z onto a-z and nothing else onto a-z), digits
/// without it (with it, some control chars would map onto 0-9); bytes with
/// the high bit set (non-ASCII) are then cleared.
#[inline]
pub(crate) fn ascii_alnum_mask(x: u64) -> u64 {
    let low7 = x & !HIGH_BITS;
    let letter = in_range(low7 | (0x20 * LOW_BYTES), 0x61, 0x7A);
    let digit = in_range(low7, 0x30, 0x39);
    (letter | digit) & !x & HIGH_BITS
}

/// [`ascii_alnum_mask`] with `_` too: the ASCII bytes that continue a word
/// for the tokeniser.
#[inline]
pub(crate) fn ascii_word_mask(x: u64) -> u64 {
    let low7 = x & !HIGH_BITS;
    let underscore = in_range(low7, 0x5F, 0x5F);
    ascii_alnum_mask(x) | (underscore & !x & HIGH_BITS)
}

/// The index of the first byte of `x` whose high bit is clear in `mask`
/// (8 when every byte's is set): where a run of bytes that pass the test
/// ends.
#[inline]
pub(crate) fn run_length(mask: u64) -> usize {
    ((!mask & HIGH_BITS).trailing_zeros() / 8) as usize
}

/// Whether the eight bytes packed in `w` are all ASCII and none is an
/// uppercase letter. Zero bytes pass (padding).
#[inline]
pub(crate) fn ascii_lowercase_only(w: u64) -> bool {
    // With every byte below 0x80, adding 0x80 - b'A' (0x3F) sets a byte's
    // high bit when it is at least b'A', adding 0x80 - (b'Z' + 1) (0x25)
    // when it is above b'Z'; no addition carries into the next byte.
    // Uppercase: the first set, the second not.
    w & HIGH_BITS == 0 && (w + 0x3F * LOW_BYTES) & !(w + 0x25 * LOW_BYTES) & HIGH_BITS == 0
}

/// Whether every byte of `bytes` is ASCII and none an uppercase letter
/// ([`ascii_lowercase_only`] eight bytes at a time; the last, partial
/// chunk is read as the eight bytes ending the slice, overlapping the one
/// before).
#[inline]
pub(crate) fn all_ascii_lowercase(bytes: &[u8]) -> bool {
    if bytes.len() < 8 {
        return bytes.iter().all(|&b| b < 0x80 && !b.is_ascii_uppercase());
    }
    let word = |c: &[u8; 8]| u64::from_le_bytes(*c);
    let (chunks, _) = bytes.as_chunks::<8>();
    chunks.iter().all(|c| ascii_lowercase_only(word(c)))
        && bytes
            .last_chunk::<8>()
            .is_some_and(|c| ascii_lowercase_only(word(c)))
}

/// The eight bytes of `x` with each ASCII uppercase letter lowercased
/// (bit 0x20 set on it); every other byte, non-ASCII ones included, kept.
#[inline]
pub(crate) fn ascii_lowercase(x: u64) -> u64 {
    let upper = in_range(x & !HIGH_BITS, 0x41, 0x5A) & !x & HIGH_BITS;
    x | upper >> 2
}

/// The number of leading ASCII bytes of `x` (8 when all are).
#[inline]
pub(crate) fn ascii_run(x: u64) -> usize {
    ((x & HIGH_BITS).trailing_zeros() / 8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_are_bytewise() {
        // Every byte value, in every position, next to every other.
        for b in 0..=255u8 {
            for other in [
                0u8, b' ', b'a', b'Z', b'5', b'_', 0x80, 0xFF, b'@', 0x1A, 0x7F,
            ] {
                for at in 0..8 {
                    let mut bytes = [other; 8];
                    bytes[at] = b;
                    let x = u64::from_le_bytes(bytes);
                    let (alnum, word) = (ascii_alnum_mask(x), ascii_word_mask(x));
                    for (k, &c) in bytes.iter().enumerate() {
                        let want = c.is_ascii_alphanumeric();
                        assert_eq!(alnum >> (8 * k) & 0xFF, if want { 0x80 } else { 0 });
                        let want = want || c == b'_';
                        assert_eq!(word >> (8 * k) & 0xFF, if want { 0x80 } else { 0 });
                    }
                    let run = bytes
                        .iter()
                        .take_while(|c| c.is_ascii_alphanumeric())
                        .count();
                    assert_eq!(run_length(alnum), run);
                }
            }
        }
    }

    #[test]
    fn lowercase_and_ascii_runs_are_bytewise() {
        for b in 0..=255u8 {
            for other in [
                0u8, b' ', b'a', b'Z', b'A', b'z', 0x80, 0xC3, b'@', b'[', 0x7F,
            ] {
                for at in 0..8 {
                    let mut bytes = [other; 8];
                    bytes[at] = b;
                    let x = u64::from_le_bytes(bytes);
                    let low = ascii_lowercase(x).to_le_bytes();
                    for (k, &c) in bytes.iter().enumerate() {
                        assert_eq!(low[k], c.to_ascii_lowercase(), "{bytes:?}");
                    }
                    let run = bytes.iter().take_while(|c| c.is_ascii()).count();
                    assert_eq!(ascii_run(x), run);
                }
            }
        }
    }

    #[test]
    fn all_ascii_lowercase_matches_the_bytewise_test() {
        let cases: [&[u8]; 9] = [
            b"",
            b"abc",
            b"abcdefgh",
            b"abcdefghi",
            b"abcdefghijklmnopQ",
            b"Abcdefghijklmnopq",
            b"abcdefgh\xc3\xa9ijk",
            b"constitutionnellement",
            b"constitutionnellemenT",
        ];
        for c in cases {
            let want = c.iter().all(|&b| b < 0x80 && !b.is_ascii_uppercase());
            assert_eq!(all_ascii_lowercase(c), want, "{c:?}");
        }
    }
}
