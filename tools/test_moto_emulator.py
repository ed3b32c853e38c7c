"""Each fidelity patch in tools/emulator_patches, against moto in-process: the gap exists in plain moto 5.2.5
(else the patch is obsolete: drop it and its entry in moto_emulator.py's list) and is gone once patched.

Run: .venv/bin/python -m unittest discover -s tools -p 'test_*.py'   (jest runs it: __tests__/emulator)
Patches change moto's classes for the whole process, so every scenario runs once before and once after they
are applied (setUpModule), and the tests compare the two recordings.
"""

import json
import os
import threading
import unittest
from typing import Any, Callable

import boto3
from moto import mock_aws

import moto_emulator

os.environ.setdefault("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
REGION = "us-east-1"
ACCOUNT = "123456789012"


def _outcome(call: Callable[[], Any]) -> Any:
    try:
        return ("ok", call())
    except Exception as error:  # the error itself is the recorded outcome
        return ("error", f"{type(error).__name__}: {error}")


def logging_into_bucket_with_wildcard_principal() -> Any:
    s3 = boto3.client("s3", region_name=REGION)
    s3.create_bucket(Bucket="target-access-logs")
    s3.create_bucket(Bucket="source-data")
    deny_plain_http = {
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": ["arn:aws:s3:::target-access-logs/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }
    s3.put_bucket_policy(Bucket="target-access-logs", Policy=json.dumps({"Version": "2012-10-17", "Statement": [deny_plain_http]}))
    status = {"LoggingEnabled": {"TargetBucket": "target-access-logs", "TargetPrefix": "source-data/"}}
    return _outcome(lambda: s3.put_bucket_logging(Bucket="source-data", BucketLoggingStatus=status)["ResponseMetadata"]["HTTPStatusCode"])


def logging_into_missing_bucket() -> Any:
    s3 = boto3.client("s3", region_name=REGION)
    s3.create_bucket(Bucket="source-data")
    status = {"LoggingEnabled": {"TargetBucket": "no-such-target-bucket", "TargetPrefix": "x/"}}
    return _outcome(lambda: s3.put_bucket_logging(Bucket="source-data", BucketLoggingStatus=status))


def rule_descriptions() -> Any:
    ec2 = boto3.client("ec2", region_name=REGION)
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    jobs = ec2.create_security_group(GroupName="jobs", Description="jobs", VpcId=vpc)["GroupId"]
    endpoints = ec2.create_security_group(GroupName="endpoints", Description="endpoints", VpcId=vpc)["GroupId"]
    prefix_list = ec2.describe_prefix_lists()["PrefixLists"][0]["PrefixListId"]
    https = {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443}
    ec2.authorize_security_group_ingress(GroupId=endpoints, IpPermissions=[{**https, "UserIdGroupPairs": [{"GroupId": jobs, "Description": "from jobs"}]}])
    ec2.authorize_security_group_egress(GroupId=jobs, IpPermissions=[{**https, "PrefixListIds": [{"PrefixListId": prefix_list, "Description": "to s3"}]}])
    ec2.authorize_security_group_ingress(GroupId=endpoints, IpPermissions=[{**https, "IpRanges": [{"CidrIp": "10.0.0.0/16", "Description": "from vpc"}]}])
    rules = ec2.describe_security_group_rules(Filters=[{"Name": "group-id", "Values": [jobs, endpoints]}])["SecurityGroupRules"]
    return sorted(r["Description"] for r in rules if "Description" in r)


def customization_job(**extra: Any) -> dict[str, Any]:
    bedrock = boto3.client("bedrock", region_name=REGION)
    s3 = boto3.client("s3", region_name=REGION)
    s3.create_bucket(Bucket="training-data")
    s3.put_object(Bucket="training-data", Key="train.jsonl", Body=b"{}\n")
    arn = bedrock.create_model_customization_job(
        jobName="job-1",
        customModelName="model-1",
        roleArn=f"arn:aws:iam::{ACCOUNT}:role/customization",
        baseModelIdentifier="amazon.titan-text-lite-v1:0:4k",
        trainingDataConfig={"s3Uri": "s3://training-data/train.jsonl"},
        outputDataConfig={"s3Uri": "s3://training-data/output/"},
        hyperParameters={"epochCount": "1"},
        **extra,
    )["jobArn"]
    return {"arn": arn, "by_arn": _outcome(lambda: bedrock.get_model_customization_job(jobIdentifier=arn)["jobName"])}


def job_fetched_by_arn() -> Any:
    return customization_job()["by_arn"]


def output_key_without_customer_key() -> Any:
    customization_job()
    return boto3.client("bedrock", region_name=REGION).get_model_customization_job(jobIdentifier="job-1").get("outputModelKmsKeyArn")


def newer_bedrock_endpoint_services() -> Any:
    ec2 = boto3.client("ec2", region_name="us-east-1")
    found = {}
    for service in ("bedrock-runtime", "bedrock-mantle", "bedrock-agentcore.gateway", "bedrock-data-automation-runtime"):
        name = f"com.amazonaws.us-east-1.{service}"
        found[service] = _outcome(lambda: [(d["ServiceType"][0]["ServiceType"], d["VpcEndpointPolicySupported"], bool(d.get("PrivateDnsName")), len(d["AvailabilityZones"])) for d in ec2.describe_vpc_endpoint_services(ServiceNames=[name])["ServiceDetails"]])
    return found


SCENARIOS: dict[str, Callable[[], Any]] = {
    "logging_into_bucket_with_wildcard_principal": logging_into_bucket_with_wildcard_principal,
    "logging_into_missing_bucket": logging_into_missing_bucket,
    "rule_descriptions": rule_descriptions,
    "job_fetched_by_arn": job_fetched_by_arn,
    "output_key_without_customer_key": output_key_without_customer_key,
    "newer_bedrock_endpoint_services": newer_bedrock_endpoint_services,
}
PLAIN: dict[str, Any] = {}
PATCHED: dict[str, Any] = {}


def _record(into: dict[str, Any]) -> None:
    for name, scenario in SCENARIOS.items():
        with mock_aws():
            into[name] = scenario()


def setUpModule() -> None:
    _record(PLAIN)
    for patch in moto_emulator.PATCHES:
        patch()
    _record(PATCHED)


class S3Logging(unittest.TestCase):
    def test_plain_moto_crashes_on_a_wildcard_principal_in_the_target_policy(self) -> None:
        self.assertEqual(PLAIN["logging_into_bucket_with_wildcard_principal"], ("error", "AttributeError: 'str' object has no attribute 'get'"))

    def test_patched_logging_is_enabled_whatever_the_target_policy_says(self) -> None:
        self.assertEqual(PATCHED["logging_into_bucket_with_wildcard_principal"], ("ok", 200))

    def test_a_missing_target_bucket_is_still_refused(self) -> None:
        outcome = PATCHED["logging_into_missing_bucket"]
        self.assertEqual(outcome[0], "error")
        self.assertIn("InvalidTargetBucketForLogging", outcome[1])


class SecurityGroupRuleDescriptions(unittest.TestCase):
    def test_plain_moto_keeps_only_the_cidr_rule_description(self) -> None:
        self.assertEqual(PLAIN["rule_descriptions"], ["from vpc"])

    def test_patched_every_rule_keeps_its_description(self) -> None:
        self.assertEqual(PATCHED["rule_descriptions"], ["from jobs", "from vpc", "to s3"])


class BedrockCustomizationJobs(unittest.TestCase):
    def test_plain_moto_finds_a_job_by_name_only(self) -> None:
        self.assertEqual(PLAIN["job_fetched_by_arn"][0], "error")

    def test_patched_a_job_is_found_by_arn(self) -> None:
        self.assertEqual(PATCHED["job_fetched_by_arn"], ("ok", "job-1"))

    def test_plain_moto_invents_an_output_model_key(self) -> None:
        self.assertIsNotNone(PLAIN["output_key_without_customer_key"])

    def test_patched_no_output_model_key_without_a_customer_key(self) -> None:
        self.assertIsNone(PATCHED["output_key_without_customer_key"])


class NewerBedrockEndpointServices(unittest.TestCase):
    def test_plain_moto_knows_only_the_four_classic_services(self) -> None:
        plain = PLAIN["newer_bedrock_endpoint_services"]
        self.assertEqual(plain["bedrock-runtime"][0], "ok")
        for service in ("bedrock-mantle", "bedrock-agentcore.gateway", "bedrock-data-automation-runtime"):
            self.assertEqual(plain[service][0], "error")
            self.assertIn("InvalidServiceName", plain[service][1])

    def test_patched_every_newer_service_is_an_interface_service_with_policy_and_private_dns(self) -> None:
        for service, outcome in PATCHED["newer_bedrock_endpoint_services"].items():
            self.assertEqual(outcome[0], "ok", service)
            self.assertEqual(outcome[1], [("Interface", True, True, 6)], service)


GUARDRAIL = {
    "name": "baseline",
    "blockedInputMessaging": "blocked",
    "blockedOutputsMessaging": "blocked",
    "contentPolicyConfig": {"filtersConfig": [{"type": "PROMPT_ATTACK", "inputStrength": "HIGH", "outputStrength": "NONE"}]},
    "sensitiveInformationPolicyConfig": {"piiEntitiesConfig": [{"type": "AWS_SECRET_KEY", "action": "BLOCK"}]},
    "contextualGroundingPolicyConfig": {"filtersConfig": [{"type": "GROUNDING", "threshold": 0.75}]},
    "kmsKeyId": f"arn:aws:kms:{REGION}:{ACCOUNT}:key/1111aaaa-0000-4000-8000-000000000001",
    "tags": [{"key": "Stack", "value": "bedrock-test"}],
}


class BedrockGuardrails(unittest.TestCase):
    """Gap 9: through the emulator's full middleware stack on a real socket, as Terraform's provider calls it."""

    def test_plain_moto_has_no_guardrail_api(self) -> None:
        with mock_aws():
            outcome = _outcome(lambda: boto3.client("bedrock", region_name=REGION).create_guardrail(**GUARDRAIL))
        self.assertEqual(outcome[0], "error")

    def test_patched_guardrail_round_trip(self) -> None:
        os.environ["MOTO_ACCOUNT_ID"] = ACCOUNT
        server = moto_emulator.make_server("127.0.0.1", 0, moto_emulator.build_app(), threaded=True, request_handler=moto_emulator.QuietRequestHandler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            bedrock = boto3.client("bedrock", region_name=REGION, endpoint_url=f"http://127.0.0.1:{server.server_port}")
            created = bedrock.create_guardrail(**GUARDRAIL)
            arn = created["guardrailArn"]
            self.assertEqual((created["version"], arn), ("DRAFT", f"arn:aws:bedrock:{REGION}:{ACCOUNT}:guardrail/{created['guardrailId']}"))
            draft = bedrock.get_guardrail(guardrailIdentifier=created["guardrailId"])
            self.assertEqual(draft["status"], "READY")
            self.assertEqual(draft["contentPolicy"], {"filters": [{"type": "PROMPT_ATTACK", "inputStrength": "HIGH", "outputStrength": "NONE"}]})
            self.assertEqual(draft["sensitiveInformationPolicy"], {"piiEntities": [{"type": "AWS_SECRET_KEY", "action": "BLOCK"}]})
            self.assertEqual(draft["kmsKeyArn"], GUARDRAIL["kmsKeyId"])
            self.assertEqual(bedrock.list_tags_for_resource(resourceARN=arn)["tags"], [{"key": "Stack", "value": "bedrock-test"}])
            version = bedrock.create_guardrail_version(guardrailIdentifier=arn, description="v1")["version"]
            self.assertEqual(version, "1")
            self.assertEqual(bedrock.get_guardrail(guardrailIdentifier=arn, guardrailVersion="1")["description"], "v1")
            self.assertEqual([g["version"] for g in bedrock.list_guardrails(guardrailIdentifier=arn)["guardrails"]], ["DRAFT", "1"])
            bedrock.update_guardrail(guardrailIdentifier=arn, **{k: v for k, v in GUARDRAIL.items() if k != "tags"}, description="changed")
            self.assertEqual(bedrock.get_guardrail(guardrailIdentifier=arn)["description"], "changed")
            bedrock.delete_guardrail(guardrailIdentifier=arn, guardrailVersion="1")
            self.assertEqual(bedrock.create_guardrail_version(guardrailIdentifier=arn)["version"], "2")
            bedrock.delete_guardrail(guardrailIdentifier=arn)
            with self.assertRaises(bedrock.exceptions.ResourceNotFoundException):
                bedrock.get_guardrail(guardrailIdentifier=arn)
            self.assertEqual(bedrock.list_guardrails()["guardrails"], [])
        finally:
            server.shutdown()
            thread.join()


class SignedService(unittest.TestCase):
    def test_reads_the_service_from_the_credential_scope(self) -> None:
        auth = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261123/us-east-1/bedrock/aws4_request, SignedHeaders=host, Signature=0"
        self.assertEqual(moto_emulator._signed_service({"HTTP_AUTHORIZATION": auth}), "bedrock")
        self.assertEqual(moto_emulator._signed_service({"HTTP_AUTHORIZATION": auth.replace("/bedrock/", "/s3/")}), "s3")
        self.assertIsNone(moto_emulator._signed_service({}))


if __name__ == "__main__":
    unittest.main()
