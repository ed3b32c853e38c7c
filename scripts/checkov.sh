#!/usr/bin/env bash
# checkov over every synthesized stack (terraform_json), with the skips in .checkov.yaml, then a check
# that checkov really read the policy-bearing resources (scripts/checkov-verify.ts).
# Synthesizes first so it never scans a stale cdktf.out. Needs the project venv (npm run python-env).
set -euo pipefail
cd "$(dirname "$0")/.."
checkov=.venv/bin/checkov
[[ -x "$checkov" ]] || { echo "checkov: $checkov missing; run npm run python-env" >&2; exit 1; }

node scripts/synth.js
shopt -s nullglob
stacks=(cdktf.out/stacks/*/cdk.tf.json)
(( ${#stacks[@]} )) || { echo "checkov: no synthesized stacks under cdktf.out/stacks" >&2; exit 1; }
files=()
for f in "${stacks[@]}"; do files+=(--file "$f"); done

report=$(mktemp -d)
trap 'rm -rf "$report"' EXIT
start=$SECONDS
set +e
# Only the stacks' cdk.tf.json files: the guardrails reports and manifest beside them are not Terraform.
"$checkov" --config-file .checkov.yaml --external-checks-dir scripts/checkov-checks "${files[@]}" \
  --output json --output-file-path "$report" >/dev/null 2>"$report/stderr"
rc=$?
set -e
if [[ ! -s "$report/results_json.json" ]]; then
  echo "checkov: produced no report (exit $rc)" >&2
  cat "$report/stderr" >&2
  exit 1
fi
echo "checkov: ran in $((SECONDS - start))s (exit $rc)"
npx tsx scripts/checkov-verify.ts "$report/results_json.json" "${stacks[@]}"
(( rc == 0 )) || exit "$rc"

# Canary: the same checkov, config and custom checks must fail a known-bad file, or a pass above means nothing.
mkdir "$report/canary"
"$checkov" --config-file .checkov.yaml --external-checks-dir scripts/checkov-checks --file scripts/checkov-canary.tf.json \
  --check CKV_BPP_1,CKV_AWS_63 --output json --output-file-path "$report/canary" >/dev/null 2>&1 || true
for id in CKV_BPP_1 CKV_AWS_63; do
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if any(f['check_id']==sys.argv[2] for f in d['results']['failed_checks']) else 1)" \
    "$report/canary/results_json.json" "$id" 2>/dev/null \
    || { echo "checkov: canary did not fail $id on scripts/checkov-canary.tf.json; checkov is not reading policies" >&2; exit 1; }
done
echo "checkov: canary fails CKV_BPP_1 and CKV_AWS_63 as it must"
