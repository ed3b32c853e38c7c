#!/usr/bin/env bash
# zizmor (pinned in tools/requirements.txt) over the GitHub workflows and Dependabot configs, the repository's
# and the platform template's. Fails on any
# finding of medium or high severity, as zizmor's default ("regular") persona reports them (low and
# informational ones pass unprinted: `.venv/bin/zizmor --offline .github` shows them). Offline: the audits that ask GitHub (impostor commits,
# known-vulnerable actions, tag/SHA mismatch) are left to Dependabot and to a connected run of zizmor.
# Usage: scripts/zizmor.sh [dir...]   (default: .github and examples/platform/.github, the platform template's
# workflows a team copies). Each directory is audited on its own; any one with a finding fails the run.
# Needs the project venv (npm run python-env).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
zizmor=$root/.venv/bin/zizmor
[[ $# -gt 0 ]] || set -- "$root/.github" "$root/examples/platform/.github"
[[ -x "$zizmor" ]] || { echo "zizmor: $zizmor missing; run npm run python-env" >&2; exit 1; }
for target in "$@"; do
  [[ -d "$target" ]] || { echo "zizmor: $target is not a directory" >&2; exit 1; }
done

failed=0
for target in "$@"; do
  set +e
  "$zizmor" --offline --no-progress --quiet --min-severity medium --format plain "$target"
  status=$?
  set -e
  # zizmor exits 0 with no finding left after the filter, 11-14 by the highest severity left, anything else on its own failure.
  case $status in
    0) echo "zizmor: no medium or high finding in $target" >&2 ;;
    1[1-4]) echo "zizmor: medium or high findings in $target (listed above); fix each as its help link says (pin actions to a commit SHA, persist-credentials: false, values through env: rather than \${{ }} in run:, id-token: write only on jobs that assume an AWS role)" >&2; failed=1 ;;
    *) echo "zizmor: could not audit $target (exit $status; its message is above)" >&2; failed=1 ;;
  esac
done
exit $failed
