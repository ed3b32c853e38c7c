#!/usr/bin/env bash
# Creates (or refreshes) the project-local Python environment that holds checkov, moto and zizmor.
# Idempotent: reinstalls only when tools/requirements.txt changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv
req=tools/requirements.txt
stamp="$venv/.requirements.sha256"
want=$(sha256sum "$req" | cut -d' ' -f1)
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "python-env: $python not found; install Python 3.10+ (checkov, moto and zizmor need it)" >&2; exit 1; }
echo "python-env: installing pinned checkov, moto and zizmor into $venv (hash-checked)" >&2
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r "$req"
echo "$want" > "$stamp"
