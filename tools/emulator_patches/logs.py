"""CloudWatch Logs fidelity patches (see the gap list in tools/moto_emulator.py)."""

import json
from datetime import datetime, timezone
from typing import Any

from moto.logs.exceptions import ResourceNotFoundException
from moto.logs.models import LogsBackend
from moto.logs.responses import LogsResponse


def _group_name(identifier: str) -> str:
    """A logGroupIdentifier is the group's name or its ARN (arn:aws:logs:<region>:<account>:log-group:<name>[:*])."""
    if identifier.startswith("arn:"):
        name = identifier.split(":log-group:", 1)[1]
        return name[:-2] if name.endswith(":*") else name
    return identifier


def _policies(backend: LogsBackend) -> dict[str, dict[str, Any]]:
    if not hasattr(backend, "data_protection_policies"):
        backend.data_protection_policies = {}  # type: ignore[attr-defined]
    return backend.data_protection_policies  # type: ignore[attr-defined,no-any-return]


def data_protection_policies() -> None:
    """PutDataProtectionPolicy, GetDataProtectionPolicy and DeleteDataProtectionPolicy: one data-protection policy
    per log group, addressed by the group's name or ARN (CloudWatch Logs API Reference, PutDataProtectionPolicy,
    GetDataProtectionPolicy, DeleteDataProtectionPolicy). moto 5.2.5 implements none of them, so the provider's
    aws_cloudwatch_log_data_protection_policy fails to create. A missing group is ResourceNotFoundException;
    Get on a group without a policy answers with its identifier alone (no policyDocument); deleting the group
    deletes its policy. Masking itself (what GetLogEvents returns) is not emulated: nothing here reads logs."""

    def located(self: LogsResponse) -> tuple[str, str]:
        identifier = self._get_param("logGroupIdentifier")
        name = _group_name(identifier)
        if name not in self.logs_backend.groups:
            raise ResourceNotFoundException()
        return identifier, name

    def put_data_protection_policy(self: LogsResponse) -> str:
        identifier, name = located(self)
        stamp = int(datetime.now(timezone.utc).timestamp() * 1000)
        _policies(self.logs_backend)[name] = {"policyDocument": self._get_param("policyDocument"), "lastUpdatedTime": stamp}
        return json.dumps({"logGroupIdentifier": identifier, **_policies(self.logs_backend)[name]})

    def get_data_protection_policy(self: LogsResponse) -> str:
        identifier, name = located(self)
        return json.dumps({"logGroupIdentifier": identifier, **_policies(self.logs_backend).get(name, {})})

    def delete_data_protection_policy(self: LogsResponse) -> str:
        _, name = located(self)
        if _policies(self.logs_backend).pop(name, None) is None:
            raise ResourceNotFoundException("The specified log group has no data protection policy.")
        return ""

    original_delete_log_group = LogsBackend.delete_log_group

    def delete_log_group(self: LogsBackend, log_group_name: str) -> None:
        original_delete_log_group(self, log_group_name)
        _policies(self).pop(log_group_name, None)

    LogsResponse.put_data_protection_policy = put_data_protection_policy  # type: ignore[attr-defined]
    LogsResponse.get_data_protection_policy = get_data_protection_policy  # type: ignore[attr-defined]
    LogsResponse.delete_data_protection_policy = delete_data_protection_policy  # type: ignore[attr-defined]
    LogsBackend.delete_log_group = delete_log_group  # type: ignore[method-assign]


PATCHES = (data_protection_policies,)
