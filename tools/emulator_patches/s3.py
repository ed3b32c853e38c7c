"""S3 fidelity patches (see the gap list in tools/moto_emulator.py)."""

from typing import Any

from moto.s3.models import FakeBucket


def logging_target_permissions_checked_at_delivery() -> None:
    """PutBucketLogging: S3 checks that the target bucket exists, is the caller's and is in the same Region;
    the target's policy or grants govern each later log *delivery*, not the API call. moto 5.2.5 instead
    parses the target's policy at PutBucketLogging and crashes (HTTP 500, AttributeError) on any statement
    whose Principal is the string "*", which the provider then retries for minutes. Both permission probes
    report "granted" here; the existence and same-Region checks stay moto's own."""

    def granted(*_args: Any, **_kwargs: Any) -> bool:
        return True

    FakeBucket._log_permissions_enabled_policy = staticmethod(granted)  # type: ignore[method-assign,assignment]
    FakeBucket._log_permissions_enabled_acl = staticmethod(granted)  # type: ignore[method-assign,assignment]


PATCHES = (logging_target_permissions_checked_at_delivery,)
