#!/usr/bin/env bash
# Creates (or refreshes) .venv-prowler: Prowler 5.46 for the side-by-side test (npm run test:prowler).
# Separate from .venv because Prowler's pinned dependencies clash with checkov's. Idempotent: reinstalls only
# when tools/requirements-prowler.txt changed since the last install. Needs PyPI (about 8 minutes, 2.3 GB).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-prowler
req=tools/requirements-prowler.txt
stamp="$venv/.requirements.sha256"
want=$(sha256sum "$req" | cut -d' ' -f1)
if [[ -x "$venv/bin/prowler" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "prowler-env: $python not found; install Python 3.10+" >&2; exit 1; }
echo "prowler-env: installing the pinned Prowler into $venv" >&2
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$req"
echo "$want" > "$stamp"
