#!/usr/bin/env bash
# Interleaved before/after timing of two builds, for a shared, noisy
# machine: builds `examples/stages` at two revisions and runs the two
# binaries in alternation, ROUNDS times, then prints each stage's median
# MiB/s for both and the ratio. A burst of load then falls on both alike,
# where two criterion runs taken minutes apart can differ by 15-25 %.
#
#   bash benches/ab.sh [-r ROUNDS] BEFORE AFTER [STAGES ARGS...]
#
# BEFORE and AFTER are git revisions, or `.` for the working tree as it is
# (uncommitted changes included). The arguments after them go to `stages`
# (default: `20 varied`: 250 KB of the benches' non-repeating text; see
# examples/stages.rs). A revision older than `examples/stages.rs` gets
# today's copy of it (and of benches/common), so only the library differs.
#
#   bash benches/ab.sh HEAD~3 .                 # the last three commits and the edits since
#   bash benches/ab.sh -r 9 main . 800 analyze  # 10 MB of seeds, analyze only
#
# Builds go to target/ab/ (a checkout and a target directory per revision,
# kept between runs; `git worktree remove --force target/ab/src-*` and
# `rm -r target/ab` clear them).
set -euo pipefail

rounds=5
if [[ ${1:-} == -r ]]; then
    rounds=$2
    shift 2
fi
if [[ $# -lt 2 ]]; then
    sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
before=$1
after=$2
shift 2
args=("$@")
[[ ${#args[@]} -eq 0 ]] && args=(20 varied)

repo=$(git rev-parse --show-toplevel)
out="$repo/target/ab"
mkdir -p "$out"

# Builds `stages` for revision $1; prints the binary's path.
build() {
    local rev=$1 dir name
    if [[ $rev == . ]]; then
        dir=$repo
        name=worktree
    else
        name=$(git -C "$repo" rev-parse --short "$rev")
        dir="$out/src-$name"
        if [[ ! -d $dir ]]; then
            git -C "$repo" worktree add --detach --force "$dir" "$rev" >&2
        fi
        if [[ ! -f $dir/examples/stages.rs ]]; then
            cp "$repo/examples/stages.rs" "$dir/examples/"
            mkdir -p "$dir/benches/common"
            cp "$repo"/benches/common/*.rs "$dir/benches/common/"
        fi
    fi
    CARGO_TARGET_DIR="$out/target-$name" cargo build --quiet --release \
        --manifest-path "$dir/Cargo.toml" --example stages >&2
    echo "$out/target-$name/release/examples/stages"
}

a=$(build "$before")
b=$(build "$after")
log="$out/last.log"
: >"$log"
for ((r = 1; r <= rounds; r++)); do
    echo "round $r/$rounds" >&2
    "$a" "${args[@]}" | awk '/MiB\/s/ {print "A", $1, $2}' >>"$log"
    "$b" "${args[@]}" | awk '/MiB\/s/ {print "B", $1, $2}' >>"$log"
done

echo "stages ${args[*]}: median MiB/s of $rounds interleaved rounds"
printf '%-14s %10s %10s %8s\n' stage "$before" "$after" ratio
# Medians per (build, stage); stages in their first order of appearance.
sort -k1,1 -k2,2 -k3,3g "$log" | awk -v order="$(awk '$1 == "A" {print $2}' "$log" | awk '!seen[$0]++' | tr '\n' ' ')" '
    { v[$1 " " $2, ++n[$1 " " $2]] = $3 }
    function median(key,   k) {
        k = n[key]
        if (k == 0) return 0
        return k % 2 ? v[key, (k + 1) / 2] : (v[key, k / 2] + v[key, k / 2 + 1]) / 2
    }
    END {
        m = split(order, names, " ")
        for (i = 1; i <= m; i++) {
            s = names[i]
            x = median("A " s); y = median("B " s)
            printf "%-14s %10.1f %10.1f %8.3f\n", s, x, y, (x > 0 ? y / x : 0)
        }
    }'
