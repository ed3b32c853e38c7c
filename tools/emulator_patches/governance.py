"""Bedrock governance APIs moto 5.2.5 lacks (gap 9 in tools/moto_emulator.py), answered as AWS answers them:

- ListCustomModelDeployments, ListProvisionedModelThroughputs, ListEvaluationJobs: moto cannot create any, so an
  empty, final page (modelDeploymentSummaries, provisionedModelSummaries, jobSummaries; Bedrock API Reference).
- Guardrails: CreateGuardrail, ListGuardrails, GetGuardrail (moto answers 500). Kept per account and region, the
  working draft only (version "DRAFT"), with the request's policy configurations returned in GetGuardrail's
  response shape (contentPolicy.filters, sensitiveInformationPolicy.piiEntities/regexes).
- GetAccountDataRetention / PutAccountDataRetention: per account; "default" until set.
- PutResourcePolicy / GetResourcePolicy / DeleteResourcePolicy: per resource ARN; ResourceNotFoundException when
  the resource has none.
- AgentCore runtimes: CreateAgentRuntime, ListAgentRuntimes, GetAgentRuntime per account and region (AgentCore Control API Reference).
  moto 5.2.5 has a backend for them, but in server mode it loads botocore's bedrock-agentcore-control model,
  which the pinned botocore (tools/requirements.txt) lacks: every call is HTTP 500 UnknownServiceError.
"""

import io
import json
import os
import re
import threading
import uuid
from datetime import datetime, timezone
from typing import Any, Callable, Iterable
from urllib.parse import parse_qsl, unquote

EMPTY_LISTINGS: dict[str, bytes] = {
    "/model-customization/custom-model-deployments": b'{"modelDeploymentSummaries": []}',
    "/provisioned-model-throughputs": b'{"provisionedModelSummaries": []}',
    "/evaluation-jobs": b'{"jobSummaries": []}',
}
ACCESS_KEY = re.compile(r"Credential=([^/]+)/\d{8}/([^/]+)/([^/]+)/aws4_request")

_lock = threading.Lock()
_guardrails: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
_retention: dict[str, dict[str, str]] = {}
_policies: dict[str, str] = {}
_runtimes: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
RUNTIME_PATH = re.compile(r"^/runtimes/([^/]+)/$")


def _account_of(access_key: str, environ: dict[str, Any]) -> str:
    """moto's own rule (moto/core/responses.py, get_current_account): MOTO_ACCOUNT_ID, else the x-moto-account-id
    header, else the access key's account."""
    if "MOTO_ACCOUNT_ID" in os.environ:
        return os.environ["MOTO_ACCOUNT_ID"]
    if "HTTP_X_MOTO_ACCOUNT_ID" in environ:
        return environ["HTTP_X_MOTO_ACCOUNT_ID"]
    from moto.iam.models import get_account_id_from

    return get_account_id_from(access_key)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _guardrail_view(g: dict[str, Any]) -> dict[str, Any]:
    request = g["request"]
    view: dict[str, Any] = {
        "name": request["name"],
        "guardrailId": g["id"],
        "guardrailArn": g["arn"],
        "version": "DRAFT",
        "status": "READY",
        "createdAt": g["createdAt"],
        "updatedAt": g["createdAt"],
        "blockedInputMessaging": request.get("blockedInputMessaging", ""),
        "blockedOutputsMessaging": request.get("blockedOutputsMessaging", ""),
    }
    content = request.get("contentPolicyConfig")
    if content:
        view["contentPolicy"] = {"filters": content.get("filtersConfig", [])}
    sensitive = request.get("sensitiveInformationPolicyConfig")
    if sensitive:
        view["sensitiveInformationPolicy"] = {"piiEntities": sensitive.get("piiEntitiesConfig", []), "regexes": sensitive.get("regexesConfig", [])}
    if request.get("kmsKeyId"):
        view["kmsKeyArn"] = request["kmsKeyId"]
    return view


def _json(status: str, value: Any, error_type: str | None = None) -> tuple[str, bytes, list[tuple[str, str]]]:
    headers = [("Content-Type", "application/json")]
    if error_type:
        headers.append(("x-amzn-ErrorType", error_type))
    return status, json.dumps(value).encode(), headers


def _not_found(what: str) -> tuple[str, bytes, list[tuple[str, str]]]:
    return _json("404 Not Found", {"message": f"{what} not found"}, "ResourceNotFoundException")


def answer(method: str, path: str, query: dict[str, str], body: bytes, account: str, region: str) -> tuple[str, bytes, list[tuple[str, str]]] | None:
    """The response to one Bedrock request, or None to let moto answer."""
    if method == "GET" and path in EMPTY_LISTINGS:
        return "200 OK", EMPTY_LISTINGS[path], [("Content-Type", "application/json")]
    with _lock:
        regional = _guardrails.setdefault((account, region), {})
        if path == "/guardrails" and method == "POST":
            request = json.loads(body or b"{}")
            gid = uuid.uuid4().hex[:12]
            arn = f"arn:aws:bedrock:{region}:{account}:guardrail/{gid}"
            regional[gid] = {"id": gid, "arn": arn, "request": request, "createdAt": _now()}
            return _json("202 Accepted", {"guardrailId": gid, "guardrailArn": arn, "version": "DRAFT", "createdAt": regional[gid]["createdAt"]})
        if path == "/guardrails" and method == "GET":
            summaries = []
            for g in regional.values():
                v = _guardrail_view(g)
                summaries.append({k: v[k] for k in ("name", "version", "status", "createdAt", "updatedAt")} | {"id": g["id"], "arn": g["arn"]})
            return _json("200 OK", {"guardrails": summaries})
        if path.startswith("/guardrails/") and method == "GET":
            wanted = unquote(path[len("/guardrails/"):])
            for g in regional.values():
                if wanted in (g["id"], g["arn"]):
                    return _json("200 OK", _guardrail_view(g))
            return _not_found(f"guardrail {wanted}")
        if path == "/data-retention":
            if method == "PUT":
                mode = json.loads(body or b"{}").get("mode", "default")
                _retention[account] = {"mode": mode, "updatedAt": _now()}
            if method in ("GET", "PUT"):
                return _json("200 OK", _retention.get(account, {"mode": "default"}))
        if path == "/resource-policy" and method == "POST":
            request = json.loads(body or b"{}")
            _policies[request["resourceArn"]] = request["resourcePolicy"]
            return _json("201 Created", {"resourceArn": request["resourceArn"]})
        if path.startswith("/resource-policy/"):
            arn = unquote(path[len("/resource-policy/"):])
            if method == "GET":
                return _json("200 OK", {"resourcePolicy": _policies[arn]}) if arn in _policies else _not_found(f"resource policy of {arn}")
            if method == "DELETE":
                return _json("200 OK", {}) if _policies.pop(arn, None) is not None else _not_found(f"resource policy of {arn}")
    return None


def agentcore_answer(method: str, path: str, body: bytes, account: str, region: str) -> tuple[str, bytes, list[tuple[str, str]]] | None:
    """The response to one AgentCore control-plane request about runtimes, or None to let moto answer."""
    with _lock:
        regional = _runtimes.setdefault((account, region), {})
        if method == "PUT" and path == "/runtimes/":
            request = json.loads(body or b"{}")
            rid = f"{request['agentRuntimeName']}-{uuid.uuid4().hex[:10]}"
            now = _now()
            regional[rid] = {
                "agentRuntimeArn": f"arn:aws:bedrock-agentcore:{region}:{account}:runtime/{rid}",
                "agentRuntimeName": request["agentRuntimeName"],
                "agentRuntimeId": rid,
                "agentRuntimeVersion": "1",
                "createdAt": now,
                "lastUpdatedAt": now,
                "roleArn": request.get("roleArn", ""),
                "networkConfiguration": request.get("networkConfiguration", {"networkMode": "PUBLIC"}),
                "status": "READY",
                "lifecycleConfiguration": {"idleRuntimeSessionTimeout": 900, "maxLifetime": 28800},
                "agentRuntimeArtifact": request.get("agentRuntimeArtifact", {}),
                "description": request.get("description", ""),
            }
            r = regional[rid]
            return _json("202 Accepted", {k: r[k] for k in ("agentRuntimeArn", "agentRuntimeId", "agentRuntimeVersion", "createdAt", "status")})
        if method == "POST" and path == "/runtimes/":
            keys = ("agentRuntimeArn", "agentRuntimeId", "agentRuntimeVersion", "agentRuntimeName", "description", "lastUpdatedAt", "status")
            return _json("200 OK", {"agentRuntimes": [{k: r[k] for k in keys} for r in regional.values()]})
        match = RUNTIME_PATH.match(path)
        if method == "GET" and match:
            runtime = regional.get(unquote(match.group(1)))
            return _json("200 OK", runtime) if runtime else _not_found(f"runtime {match.group(1)}")
    return None


class GovernanceMiddleware:
    """Answers the Bedrock governance requests above; everything else goes to moto."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        match = ACCESS_KEY.search(environ.get("HTTP_AUTHORIZATION", ""))
        if not match or match.group(3) not in ("bedrock", "bedrock-agentcore"):
            return self.app(environ, start_response)
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(body)
        method, path, account, region = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", ""), _account_of(match.group(1), environ), match.group(2)
        if match.group(3) == "bedrock-agentcore":
            result = agentcore_answer(method, path, body, account, region)
        else:
            result = answer(method, path, dict(parse_qsl(environ.get("QUERY_STRING", ""))), body, account, region)
        if result is None:
            return self.app(environ, start_response)
        status, payload, headers = result
        start_response(status, [*headers, ("Content-Length", str(len(payload)))])
        return [payload]
