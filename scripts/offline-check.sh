#!/usr/bin/env bash
# Proves the README's list of commands that work without network access: runs each one inside a
# network namespace that has nothing but loopback (unshare -rn), so any attempt to reach the network
# fails the command. One line per command: "ok", "FAIL" (with its output) or "skip" (with the reason).
#
#   bash scripts/offline-check.sh [--full]     --full also runs npm test offline (minutes)
#
# Needs util-linux's unshare and unprivileged user namespaces; exits 3 when the kernel refuses them.
# The Terraform checks run when terraform is on PATH and TF_MIRROR (default /opt/tf-plugins) is a
# provider mirror holding hashicorp/aws. __tests__/offline runs this script (without --full).
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 CI=true
unshare -rn true 2>/dev/null || { echo "offline-check: cannot isolate the network here (unshare -rn is not permitted)" >&2; exit 3; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# Runs a command with no network: a new network namespace, loopback up (local test servers), nothing else.
offline() { unshare -rn sh -c 'ip link set lo up 2>/dev/null || true; exec "$@"' sh "$@"; }

check() {
  local label=$1 out
  shift
  if out=$(offline "$@" 2>&1); then
    echo "ok    $label"
  else
    echo "FAIL  $label"
    printf '%s\n' "$out" | sed 's/^/      /'
    failed=1
  fi
}

check "npm run synth" env CDKTF_OUTDIR="$work/synth" npm run --silent synth
check "npx cdktf synth" npx cdktf synth --output "$work/cli"
check "npm run stacks:list" npm run --silent stacks:list
stack=$(npm run --silent stacks:list | head -n1 | cut -f1)
check "npm run stack:info" npm run --silent stack:info -- "$stack"
check "npm run plan-summary" npm run --silent plan-summary -- __tests__/fixtures/plans --out "$work/summary.md"
check "npm run plan-summary --synth-diff" npm run --silent plan-summary -- --synth-diff "$work/synth" "$work/cli" --out "$work/diff.md"

# The job command builds its request from stack outputs alone; --dry-run prints it and calls nothing.
node -e '
  const fs = require("fs");
  const [dir, stack] = process.argv.slice(1);
  const buckets = { training: "t", validation: "v", customizationOutput: "co", batchInput: "bi", batchOutput: "bo", accessLogs: "al" };
  fs.writeFileSync(dir + "/outputs.json", JSON.stringify({ [stack]: { region: "us-east-1", subnet_ids: ["subnet-0a"], job_security_group_id: "sg-0a",
    customization_role_arn: "arn:aws:iam::111111111111:role/c", batch_inference_role_arn: "arn:aws:iam::111111111111:role/b",
    custom_model_kms_key_arn: "arn:aws:kms:us-east-1:111111111111:key/c", data_kms_key_arn: "arn:aws:kms:us-east-1:111111111111:key/d", bucket_names: buckets } }));
' "$work" "$stack"
check "npx bedrock-private job ... --dry-run" npx bedrock-private job batch --outputs "$work/outputs.json" --job-name j-1 --model-id amazon.nova-lite-v1:0 --input-key in.jsonl --dry-run

mirror=${TF_MIRROR:-/opt/tf-plugins}
aws_dir="$mirror/registry.terraform.io/hashicorp/aws"
if ! command -v terraform >/dev/null; then
  echo "skip  terraform init from a filesystem mirror: terraform is not installed"
elif [[ ! -d "$aws_dir" ]]; then
  echo "skip  terraform init from a filesystem mirror: no hashicorp/aws under $mirror (set TF_MIRROR)"
else
  # The README's CLI configuration, pointed at this mirror.
  cat > "$work/terraform.rc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/aws"]
  }
}
EOF
  export TF_CLI_CONFIG_FILE="$work/terraform.rc"
  mirrored=$(ls "$aws_dir" | sort -V | tr '\n' ' ' | sed 's/ $//')
  newest=$(ls "$aws_dir" | sort -V | tail -n1)
  mkdir "$work/tiny"
  printf '{"terraform":{"required_providers":{"aws":{"source":"hashicorp/aws","version":"%s"}}}}\n' "$newest" > "$work/tiny/main.tf.json"
  check "terraform init from the mirror (hashicorp/aws $newest)" terraform -chdir="$work/tiny" init -backend=false -input=false -no-color
  pinned=$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).terraform.required_providers.aws.version' "$work/synth/stacks/$stack/cdk.tf.json")
  if [[ -d "$aws_dir/$pinned" ]]; then
    cp -r "$work/synth/stacks/$stack" "$work/stack"
    check "terraform init and validate $stack (hashicorp/aws $pinned)" sh -c "terraform -chdir='$work/stack' init -backend=false -input=false -no-color && terraform -chdir='$work/stack' validate -no-color"
  else
    echo "skip  terraform init and validate $stack: the mirror holds hashicorp/aws $mirrored, the stacks pin $pinned"
  fi
fi

if [[ "${1:-}" == "--full" ]]; then
  check "npm test" npm test
fi
exit "$failed"
