#!/usr/bin/env bash
# Output-identity check for a change meant to change speed only: builds the
# `analyze` CLI at a base revision and in the working tree, runs both on the
# same inputs and compares their outputs byte for byte.
#
#   bash benches/same_output.sh [BASE]     # default: HEAD
#
# Inputs (made once, in target/same/): the seeds with tokens and a fixed
# reference date; 4 MB of the benches' varied text (`profile text varied`)
# read in blocks; a 5 MB JSON Lines corpus (`make_corpus 5`) in corpus mode
# on one thread and on two. Prints SAME or DIFFER per case and exits 1 if
# any differs. Builds share target/ab/ with benches/ab.sh (`git worktree
# remove --force target/ab/src-*` and `rm -r target/ab target/same` clear
# them).
set -euo pipefail

base=${1:-HEAD}
repo=$(git rev-parse --show-toplevel)
ab="$repo/target/ab"
out="$repo/target/same"
mkdir -p "$ab" "$out"

name=$(git -C "$repo" rev-parse --short "$base")
dir="$ab/src-$name"
if [[ ! -d $dir ]]; then
    git -C "$repo" worktree add --detach --force "$dir" "$base" >&2
fi
CARGO_TARGET_DIR="$ab/target-$name" cargo build --quiet --release \
    --manifest-path "$dir/Cargo.toml" --example analyze >&2
cargo build --quiet --release --manifest-path "$repo/Cargo.toml" \
    --example analyze --example profile --example make_corpus >&2
a="$ab/target-$name/release/examples/analyze"
b="$repo/target/release/examples/analyze"

[[ -s $out/varied.txt ]] || "$repo/target/release/examples/profile" text varied >"$out/varied.txt"
[[ -s $out/corpus.jsonl ]] || "$repo/target/release/examples/make_corpus" 5 >"$out/corpus.jsonl" 2>/dev/null

status=0
# Runs both builds with the same arguments; compares their standard output.
check() {
    local label=$1
    shift
    if cmp -s <("$a" "$@" 2>/dev/null) <("$b" "$@" 2>/dev/null); then
        echo "SAME    $label"
    else
        echo "DIFFER  $label"
        status=1
    fi
}
check "seeds (--json --tokens)" --json --tokens --reference-date 2023-05-20 "$repo"/seeds/*
check "varied 4 MB (blocks)" --json --tokens --reference-date 2023-05-20 "$out/varied.txt"
check "corpus 5 MB, 1 thread" --corpus --threads 1 "$out/corpus.jsonl"
check "corpus 5 MB, 2 threads" --corpus --threads 2 "$out/corpus.jsonl"
exit $status
