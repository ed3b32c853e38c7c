"""Bedrock guardrails (gap 9 in tools/moto_emulator.py). moto 5.2.5 has no guardrail API at all: CreateGuardrail,
GetGuardrail, UpdateGuardrail, DeleteGuardrail and CreateGuardrailVersion fall through to moto's catch-all Bedrock
route and fail, and ListGuardrails answers 500. This middleware keeps guardrails in memory, per Region of the
request's credential scope (the emulator runs one account per process), and answers as the Bedrock API Reference
describes (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_CreateGuardrail.html, API_GetGuardrail,
API_UpdateGuardrail, API_DeleteGuardrail, API_CreateGuardrailVersion, API_ListGuardrails):

- the working draft is version "DRAFT"; CreateGuardrailVersion snapshots it as "1", "2", ...;
- a guardrail is addressed by id or ARN (guardrailIdentifier), a version by ?guardrailVersion (default DRAFT);
- DeleteGuardrail without a version deletes the guardrail and every version, with one deletes that version;
- every guardrail is READY at once (AWS takes seconds); each policy is returned as it was sent (AWS adds
  default fields such as inputEnabled, which the provider 5.x schema does not read);
- TagResource, UntagResource and ListTagsForResource on a guardrail ARN are answered here (moto's own only
  know moto's resources); every other request goes on to moto.
"""

import io
import json
import re
import secrets
from datetime import datetime, timezone
from threading import Lock
from typing import Any, Callable, Iterable
from urllib.parse import parse_qsl, unquote

from emulator_patches.governance import _account_of

CREDENTIAL_SCOPE = re.compile(r"Credential=([^/]+)/\d{8}/([^/]+)/bedrock/aws4_request")
GUARDRAIL_ARN = re.compile(r"^arn:aws[\w-]*:bedrock:([^:]+):(\d{12}):guardrail/([a-z0-9]+)$")
POLICIES = ("topicPolicyConfig", "contentPolicyConfig", "wordPolicyConfig", "sensitiveInformationPolicyConfig", "contextualGroundingPolicyConfig")
DRAFT = "DRAFT"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _response_name(config_name: str) -> str:
    """contentPolicyConfig -> contentPolicy; its list members drop "Config" too (filtersConfig -> filters)."""
    return config_name[: -len("Config")]


def _as_response(policy: Any) -> Any:
    """GetGuardrail names each part without "Config": filtersConfig -> filters, piiEntitiesConfig -> piiEntities."""
    if isinstance(policy, dict):
        return {(k[: -len("Config")] if k.endswith("Config") else k): _as_response(v) for k, v in policy.items()}
    if isinstance(policy, list):
        return [_as_response(v) for v in policy]
    return policy


class GuardrailStore:
    """Guardrails of one account by (region, id): each holds its draft and its numbered versions."""

    def __init__(self, account_id: str) -> None:
        self.account_id = account_id
        self.guardrails: dict[tuple[str, str], dict[str, Any]] = {}
        self.tags: dict[str, dict[str, str]] = {}

    def arn(self, region: str, guardrail_id: str) -> str:
        return f"arn:aws:bedrock:{region}:{self.account_id}:guardrail/{guardrail_id}"

    def find(self, region: str, identifier: str) -> dict[str, Any] | None:
        match = GUARDRAIL_ARN.match(identifier)
        guardrail_id = match.group(3) if match else identifier
        return self.guardrails.get((region, guardrail_id))


def _error(status: str, code: str, message: str) -> tuple[str, dict[str, Any], dict[str, str]]:
    return status, {"message": message}, {"x-amzn-ErrorType": code}


def _handle(store: GuardrailStore, region: str, method: str, path: str, query: dict[str, str], body: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, str]] | None:
    """The answer to one guardrail request, or None when the request is not about guardrails."""
    if path in ("/tagResource", "/untagResource", "/listTagsForResource"):
        arn = body.get("resourceARN", "")
        match = GUARDRAIL_ARN.match(arn)
        if not match:
            return None
        if store.find(match.group(1), arn) is None:
            return _error("404 Not Found", "ResourceNotFoundException", f"Resource {arn} not found")
        tags = store.tags.setdefault(arn, {})
        if path == "/tagResource":
            tags.update({t["key"]: t["value"] for t in body.get("tags", [])})
            return "200 OK", {}, {}
        if path == "/untagResource":
            for key in body.get("tagKeys", []):
                tags.pop(key, None)
            return "200 OK", {}, {}
        return "200 OK", {"tags": [{"key": k, "value": v} for k, v in tags.items()]}, {}

    if path == "/guardrails" and method == "POST":
        if any(g["draft"]["name"] == body.get("name") for (r, _), g in store.guardrails.items() if r == region):
            return _error("409 Conflict", "ConflictException", f"A guardrail named {body.get('name')} already exists")
        guardrail_id = secrets.token_hex(6)
        arn = store.arn(region, guardrail_id)
        now = _now()
        draft = {k: v for k, v in body.items() if k not in ("tags", "clientRequestToken")}
        store.guardrails[(region, guardrail_id)] = {"id": guardrail_id, "arn": arn, "createdAt": now, "draft": {**draft, "updatedAt": now}, "versions": {}}
        store.tags[arn] = {t["key"]: t["value"] for t in body.get("tags", [])}
        return "202 Accepted", {"guardrailId": guardrail_id, "guardrailArn": arn, "version": DRAFT, "createdAt": now}, {}

    if path == "/guardrails" and method == "GET":
        wanted = query.get("guardrailIdentifier")
        rows = []
        for (r, _), g in sorted(store.guardrails.items()):
            if r != region:
                continue
            if wanted:
                if store.find(region, wanted) is not g:
                    continue
                versions = [(DRAFT, g["draft"]), *g["versions"].items()]
            else:
                versions = [(DRAFT, g["draft"])]
            for version, snapshot in versions:
                row = {"id": g["id"], "arn": g["arn"], "status": "READY", "name": snapshot["name"], "version": version, "createdAt": g["createdAt"], "updatedAt": snapshot["updatedAt"]}
                if snapshot.get("description"):
                    row["description"] = snapshot["description"]
                rows.append(row)
        return "200 OK", {"guardrails": rows}, {}

    match = re.fullmatch(r"/guardrails/(.+)", path)
    if not match:
        return None
    guardrail = store.find(region, match.group(1))
    if guardrail is None:
        return _error("404 Not Found", "ResourceNotFoundException", f"Guardrail {match.group(1)} not found")
    version = query.get("guardrailVersion", DRAFT)

    if method == "GET":
        snapshot = guardrail["draft"] if version == DRAFT else guardrail["versions"].get(version)
        if snapshot is None:
            return _error("404 Not Found", "ResourceNotFoundException", f"Guardrail {guardrail['id']} has no version {version}")
        answer: dict[str, Any] = {
            "guardrailId": guardrail["id"],
            "guardrailArn": guardrail["arn"],
            "version": version,
            "status": "READY",
            "createdAt": guardrail["createdAt"],
            "updatedAt": snapshot["updatedAt"],
        }
        for key in ("name", "description", "blockedInputMessaging", "blockedOutputsMessaging"):
            if key in snapshot:
                answer[key] = snapshot[key]
        if "kmsKeyId" in snapshot:
            # Requests name the key kmsKeyId; GetGuardrail answers kmsKeyArn (the provider sends the ARN).
            answer["kmsKeyArn"] = snapshot["kmsKeyId"]
        for key in POLICIES:
            if key in snapshot:
                answer[_response_name(key)] = _as_response(snapshot[key])
        return "200 OK", answer, {}
    if method == "PUT":
        guardrail["draft"] = {**{k: v for k, v in body.items() if k != "clientRequestToken"}, "updatedAt": _now()}
        return "202 Accepted", {"guardrailId": guardrail["id"], "guardrailArn": guardrail["arn"], "version": DRAFT, "updatedAt": guardrail["draft"]["updatedAt"]}, {}
    if method == "POST":
        # Version numbers only grow: a deleted version's number is never given again.
        guardrail["lastVersion"] = guardrail.get("lastVersion", 0) + 1
        number = str(guardrail["lastVersion"])
        snapshot = dict(guardrail["draft"])
        if "description" in body:
            snapshot["description"] = body["description"]
        else:
            snapshot.pop("description", None)
        snapshot["updatedAt"] = _now()
        guardrail["versions"][number] = snapshot
        return "202 Accepted", {"guardrailId": guardrail["id"], "version": number}, {}
    if method == "DELETE":
        if "guardrailVersion" in query and version != DRAFT:
            if guardrail["versions"].pop(version, None) is None:
                return _error("404 Not Found", "ResourceNotFoundException", f"Guardrail {guardrail['id']} has no version {version}")
        else:
            del store.guardrails[(region, guardrail["id"])]
            store.tags.pop(guardrail["arn"], None)
        return "202 Accepted", {}, {}
    return None


class BedrockGuardrailsMiddleware:
    """Answers Bedrock guardrail requests from one GuardrailStore per account (moto's rule for the account of a
    request, as governance.py applies it); everything else goes to the wrapped app. It sits outside
    GovernanceMiddleware, whose Create/List/GetGuardrail it supersedes with the whole lifecycle."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self.stores: dict[str, GuardrailStore] = {}
        self.lock = Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        scope = CREDENTIAL_SCOPE.search(environ.get("HTTP_AUTHORIZATION", ""))
        path = unquote(environ.get("PATH_INFO", ""))
        if not scope or not (path.startswith("/guardrails") or path in ("/tagResource", "/untagResource", "/listTagsForResource")):
            return self.app(environ, start_response)
        raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(raw)
        body = json.loads(raw) if raw.strip() else {}
        query = dict(parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True))
        account = _account_of(scope.group(1), environ)
        with self.lock:
            store = self.stores.setdefault(account, GuardrailStore(account))
            answer = _handle(store, scope.group(2), environ.get("REQUEST_METHOD", "GET"), path, query, body)
        if answer is None:
            return self.app(environ, start_response)
        status, payload, extra = answer
        data = json.dumps(payload).encode()
        start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data))), *extra.items()])
        return [data]
