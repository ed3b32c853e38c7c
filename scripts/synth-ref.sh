#!/usr/bin/env bash
# Synthesizes another git ref (the PR's base) into <outdir>, for plan-summary --synth-diff.
# Usage: scripts/synth-ref.sh <ref> <outdir>. Reuses this checkout's node_modules.
set -euo pipefail
ref=${1:?usage: synth-ref.sh <ref> <outdir>}
out=$(realpath -m "${2:?usage: synth-ref.sh <ref> <outdir>}")
root=$(git rev-parse --show-toplevel)
tree=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"' EXIT
git -C "$root" worktree add --detach --quiet "$tree" "$ref"
ln -s "$root/node_modules" "$tree/node_modules"
(cd "$tree" && npx tsx main.ts)
rm -rf "$out"
mv "$tree/cdktf.out" "$out"
echo "synthesized $ref into $out"
