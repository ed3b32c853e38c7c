"""Each fidelity patch in tools/emulator_patches, against moto in-process: the gap exists in plain moto 5.2.5
(else the patch is obsolete: drop it and its entry in moto_emulator.py's list) and is gone once patched.

Run: .venv/bin/python -m unittest discover -s tools -p 'test_*.py'   (jest runs it: __tests__/emulator)
Patches change moto's classes for the whole process, so every scenario runs once before and once after they
are applied (setUpModule), and the tests compare the two recordings.
"""

import json
import os
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


def assume_missing_and_existing_roles() -> Any:
    iam = boto3.client("iam", region_name=REGION)
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "audit-1"}}}]}
    iam.create_role(RoleName="auditor", AssumeRolePolicyDocument=json.dumps(trust))
    sts = boto3.client("sts", region_name=REGION)
    assume = lambda arn, **extra: _outcome(lambda: sts.assume_role(RoleArn=arn, RoleSessionName="audit", **extra)["AssumedRoleUser"]["Arn"])  # noqa: E731
    return {
        "missing": assume("arn:aws:iam::210987654321:role/auditor"),
        "wrong_external_id": assume(f"arn:aws:iam::{ACCOUNT}:role/auditor", ExternalId="other"),
        "trusted": assume(f"arn:aws:iam::{ACCOUNT}:role/auditor", ExternalId="audit-1"),
    }


def guardrail_listing() -> Any:
    return _outcome(lambda: boto3.client("bedrock", region_name=REGION).list_guardrails()["guardrails"])


def data_protection_policy_round_trip() -> Any:
    logs = boto3.client("logs", region_name=REGION)
    logs.create_log_group(logGroupName="/aws/bedrock/model-invocations/x")
    arn = f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:/aws/bedrock/model-invocations/x"
    document = json.dumps({"Name": "mask", "Version": "2021-06-01", "Statement": []})
    steps: dict[str, Any] = {"put": _outcome(lambda: logs.put_data_protection_policy(logGroupIdentifier="/aws/bedrock/model-invocations/x", policyDocument=document)["policyDocument"])}
    steps["get_by_arn"] = _outcome(lambda: logs.get_data_protection_policy(logGroupIdentifier=arn).get("policyDocument"))
    steps["delete"] = _outcome(lambda: logs.delete_data_protection_policy(logGroupIdentifier=arn)["ResponseMetadata"]["HTTPStatusCode"])
    steps["get_after_delete"] = _outcome(lambda: logs.get_data_protection_policy(logGroupIdentifier=arn).get("policyDocument"))
    steps["missing_group"] = _outcome(lambda: logs.put_data_protection_policy(logGroupIdentifier="/no/such/group", policyDocument=document))
    return steps


SCENARIOS: dict[str, Callable[[], Any]] = {
    "assume_missing_and_existing_roles": assume_missing_and_existing_roles,
    "guardrail_listing": guardrail_listing,
    "logging_into_bucket_with_wildcard_principal": logging_into_bucket_with_wildcard_principal,
    "logging_into_missing_bucket": logging_into_missing_bucket,
    "rule_descriptions": rule_descriptions,
    "job_fetched_by_arn": job_fetched_by_arn,
    "output_key_without_customer_key": output_key_without_customer_key,
    "newer_bedrock_endpoint_services": newer_bedrock_endpoint_services,
    "data_protection_policy_round_trip": data_protection_policy_round_trip,
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


class AssumeRole(unittest.TestCase):
    def test_plain_moto_assumes_any_role_arn(self) -> None:
        plain = PLAIN["assume_missing_and_existing_roles"]
        self.assertEqual(plain["missing"], ("ok", "arn:aws:sts::210987654321:assumed-role/auditor/audit"))
        self.assertEqual(plain["wrong_external_id"][0], "ok")

    def test_patched_a_missing_role_or_another_external_id_is_access_denied(self) -> None:
        patched = PATCHED["assume_missing_and_existing_roles"]
        for case in ("missing", "wrong_external_id"):
            self.assertEqual(patched[case][0], "error", case)
            self.assertIn("AccessDenied", patched[case][1], case)
            self.assertIn("sts:AssumeRole", patched[case][1], case)
        self.assertEqual(patched["trusted"], ("ok", f"arn:aws:sts::{ACCOUNT}:assumed-role/auditor/audit"))


class BedrockGovernance(unittest.TestCase):
    """emulator_patches.governance answers in front of moto (a WSGI middleware), so it is called directly here."""

    def test_plain_moto_cannot_list_guardrails(self) -> None:
        self.assertEqual(PLAIN["guardrail_listing"][0], "error")

    def test_guardrails_are_kept_per_account_and_region_with_their_policies(self) -> None:
        from emulator_patches import governance

        config = {"name": "baseline", "blockedInputMessaging": "no", "blockedOutputsMessaging": "no", "contentPolicyConfig": {"filtersConfig": [{"type": "PROMPT_ATTACK", "inputStrength": "HIGH", "outputStrength": "NONE"}]}}
        status, body, _ = governance.answer("POST", "/guardrails", {}, json.dumps(config).encode(), "111122223333", "eu-west-1")
        self.assertEqual(status, "202 Accepted")
        created = json.loads(body)
        listed = json.loads(governance.answer("GET", "/guardrails", {}, b"", "111122223333", "eu-west-1")[1])["guardrails"]
        self.assertEqual([(g["id"], g["name"]) for g in listed], [(created["guardrailId"], "baseline")])
        self.assertEqual(json.loads(governance.answer("GET", "/guardrails", {}, b"", "111122223333", "us-east-1")[1])["guardrails"], [])
        got = json.loads(governance.answer("GET", f"/guardrails/{created['guardrailId']}", {}, b"", "111122223333", "eu-west-1")[1])
        self.assertEqual(got["contentPolicy"]["filters"][0]["inputStrength"], "HIGH")
        self.assertNotIn("sensitiveInformationPolicy", got)

    def test_data_retention_defaults_and_is_kept_per_account(self) -> None:
        from emulator_patches import governance

        self.assertEqual(json.loads(governance.answer("GET", "/data-retention", {}, b"", "444455556666", REGION)[1])["mode"], "default")
        governance.answer("PUT", "/data-retention", {}, b'{"mode": "provider_data_share"}', "444455556666", REGION)
        self.assertEqual(json.loads(governance.answer("GET", "/data-retention", {}, b"", "444455556666", REGION)[1])["mode"], "provider_data_share")
        self.assertEqual(json.loads(governance.answer("GET", "/data-retention", {}, b"", "777788889999", REGION)[1])["mode"], "default")

    def test_a_model_without_a_resource_policy_is_not_found(self) -> None:
        from emulator_patches import governance

        arn = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:custom-model/m"
        status, _, headers = governance.answer("GET", f"/resource-policy/{arn}", {}, b"", ACCOUNT, REGION)
        self.assertEqual((status, dict(headers)["x-amzn-ErrorType"]), ("404 Not Found", "ResourceNotFoundException"))
        governance.answer("POST", "/resource-policy", {}, json.dumps({"resourceArn": arn, "resourcePolicy": "{}"}).encode(), ACCOUNT, REGION)
        self.assertEqual(json.loads(governance.answer("GET", f"/resource-policy/{arn}", {}, b"", ACCOUNT, REGION)[1]), {"resourcePolicy": "{}"})

    def test_agentcore_runtimes_are_kept_with_their_network_mode(self) -> None:
        from emulator_patches import governance

        created = json.loads(governance.agentcore_answer("PUT", "/runtimes/", json.dumps({"agentRuntimeName": "pub", "roleArn": "r", "networkConfiguration": {"networkMode": "PUBLIC"}}).encode(), ACCOUNT, REGION)[1])
        listed = json.loads(governance.agentcore_answer("POST", "/runtimes/", b"{}", ACCOUNT, REGION)[1])["agentRuntimes"]
        self.assertEqual([r["agentRuntimeId"] for r in listed], [created["agentRuntimeId"]])
        got = json.loads(governance.agentcore_answer("GET", f"/runtimes/{created['agentRuntimeId']}/", b"", ACCOUNT, REGION)[1])
        self.assertEqual(got["networkConfiguration"], {"networkMode": "PUBLIC"})
        self.assertEqual(json.loads(governance.agentcore_answer("POST", "/runtimes/", b"{}", ACCOUNT, "eu-west-1")[1])["agentRuntimes"], [])

    def test_listings_of_kinds_moto_cannot_create_are_empty_and_final(self) -> None:
        from emulator_patches import governance

        for path, member in (("/model-customization/custom-model-deployments", "modelDeploymentSummaries"), ("/provisioned-model-throughputs", "provisionedModelSummaries"), ("/evaluation-jobs", "jobSummaries")):
            self.assertEqual(json.loads(governance.answer("GET", path, {}, b"", ACCOUNT, REGION)[1]), {member: []})


class LogDataProtectionPolicies(unittest.TestCase):
    def test_plain_moto_has_no_data_protection_policies(self) -> None:
        self.assertEqual(PLAIN["data_protection_policy_round_trip"]["put"][0], "error")

    def test_patched_a_policy_is_put_read_by_arn_and_deleted(self) -> None:
        steps = PATCHED["data_protection_policy_round_trip"]
        document = json.dumps({"Name": "mask", "Version": "2021-06-01", "Statement": []})
        self.assertEqual(steps["put"], ("ok", document))
        self.assertEqual(steps["get_by_arn"], ("ok", document))
        self.assertEqual(steps["delete"], ("ok", 200))
        self.assertEqual(steps["get_after_delete"], ("ok", None))

    def test_patched_a_missing_group_is_not_found(self) -> None:
        outcome = PATCHED["data_protection_policy_round_trip"]["missing_group"]
        self.assertEqual(outcome[0], "error")
        self.assertIn("ResourceNotFoundException", outcome[1])


class SignedService(unittest.TestCase):
    def test_reads_the_service_from_the_credential_scope(self) -> None:
        auth = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261123/us-east-1/bedrock/aws4_request, SignedHeaders=host, Signature=0"
        self.assertEqual(moto_emulator._signed_service({"HTTP_AUTHORIZATION": auth}), "bedrock")
        self.assertEqual(moto_emulator._signed_service({"HTTP_AUTHORIZATION": auth.replace("/bedrock/", "/s3/")}), "s3")
        self.assertIsNone(moto_emulator._signed_service({}))


if __name__ == "__main__":
    unittest.main()
