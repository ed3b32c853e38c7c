"""STS fidelity patch (gap 10 in tools/moto_emulator.py): AssumeRole only into a role that exists and trusts the call."""

import json
from typing import Any

from moto.core.exceptions import ServiceException
from moto.iam.models import iam_backends
from moto.sts import models as sts_models


class AssumeRoleDenied(ServiceException):
    """AWS's answer (HTTP 403) when the role is missing or its trust policy does not admit the caller."""

    code = "AccessDenied"

    def __init__(self, role_arn: str) -> None:
        super().__init__(f"User is not authorized to perform: sts:AssumeRole on resource: {role_arn}")


def _external_ids(trust: str) -> list[str] | None:
    """The sts:ExternalId values the trust policy's Allow statements require, or None when none is required."""
    wanted: list[str] = []
    document = json.loads(trust) if isinstance(trust, str) else trust
    for statement in document.get("Statement", []):
        if statement.get("Effect") != "Allow":
            continue
        for values in (statement.get("Condition") or {}).values():
            for key, value in values.items():
                if key.lower() == "sts:externalid":
                    wanted.extend(value if isinstance(value, list) else [value])
    return wanted or None


def assume_role_only_into_existing_roles() -> None:
    """moto 5.2.5 returns credentials for any role ARN, existing or not; AWS denies a role that does not exist, and
    one whose trust policy requires an sts:ExternalId the caller did not pass."""
    backend_class = sts_models.STSBackend
    original = backend_class.assume_role

    def assume_existing_role(self: Any, region_name: str, role_session_name: str, role_arn: str, policy: str, duration: int, external_id: str) -> Any:
        parts = role_arn.split(":")
        account, partition = parts[4], parts[1]
        try:
            role = iam_backends[account][partition].get_role_by_arn(role_arn)
        except Exception:
            raise AssumeRoleDenied(role_arn)
        required = _external_ids(role.assume_role_policy_document)
        if required is not None and external_id not in required:
            raise AssumeRoleDenied(role_arn)
        return original(self, region_name, role_session_name, role_arn, policy, duration, external_id)

    backend_class.assume_role = assume_existing_role  # type: ignore[method-assign]


PATCHES = (assume_role_only_into_existing_roles,)
