"""Bedrock fidelity patches (see the gap list in tools/moto_emulator.py)."""

from typing import Any
from urllib.parse import unquote

from moto.bedrock import models as bedrock_models


def output_model_key_only_when_given() -> None:
    """CreateModelCustomizationJob: AWS returns outputModelKmsKeyArn (and the custom model's modelKmsKeyArn)
    only for a customer-managed key; moto 5.2.5 invents one even when no customModelKmsKeyId was given."""
    job_class = bedrock_models.ModelCustomizationJob
    original_init = job_class.__init__

    def init_with_real_key(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        # The custom model created alongside copies this attribute, so both responses become faithful.
        self.output_model_kms_key_arn = self.custom_model_kms_key_id

    job_class.__init__ = init_with_real_key  # type: ignore[method-assign]


def customization_job_by_name_or_arn() -> None:
    """GetModelCustomizationJob: AWS accepts the job's name or its ARN; moto 5.2.5 looks it up by name only."""
    backend_class = bedrock_models.BedrockBackend
    original_get = backend_class.get_model_customization_job

    def get_by_name_or_arn(self: Any, job_identifier: str) -> Any:
        # moto's handler passes the raw path segment, so an ARN arrives percent-encoded.
        wanted = unquote(job_identifier)
        for job in self.model_customization_jobs.values():
            if job.job_arn == wanted:
                return job
        return original_get(self, job_identifier)

    backend_class.get_model_customization_job = get_by_name_or_arn  # type: ignore[method-assign]


PATCHES = (output_model_key_only_when_given, customization_job_by_name_or_arn)
