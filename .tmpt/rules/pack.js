"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BEDROCK_PRIVATE_PLATFORM_RULES = void 0;
const BPP_S3_1_public_access_block_1 = require("./BPP-S3-1-public-access-block");
const BPP_S3_2_sse_kms_1 = require("./BPP-S3-2-sse-kms");
const BPP_S3_3_versioning_1 = require("./BPP-S3-3-versioning");
const BPP_S3_4_tls_only_1 = require("./BPP-S3-4-tls-only");
const BPP_S3_5_vpc_only_1 = require("./BPP-S3-5-vpc-only");
const BPP_S3_6_access_logging_1 = require("./BPP-S3-6-access-logging");
const BPP_VPCE_1_private_dns_1 = require("./BPP-VPCE-1-private-dns");
const BPP_VPCE_2_endpoint_policy_1 = require("./BPP-VPCE-2-endpoint-policy");
const BPP_VPCE_3_endpoint_security_group_1 = require("./BPP-VPCE-3-endpoint-security-group");
const BPP_NET_1_no_internet_gateway_1 = require("./BPP-NET-1-no-internet-gateway");
const BPP_NET_2_no_public_ip_1 = require("./BPP-NET-2-no-public-ip");
const BPP_LOG_1_log_group_kms_1 = require("./BPP-LOG-1-log-group-kms");
const BPP_LOG_2_log_group_retention_1 = require("./BPP-LOG-2-log-group-retention");
const BPP_KMS_1_key_rotation_1 = require("./BPP-KMS-1-key-rotation");
const BPP_IAM_1_confused_deputy_1 = require("./BPP-IAM-1-confused-deputy");
const BPP_IAM_2_no_wildcard_actions_1 = require("./BPP-IAM-2-no-wildcard-actions");
const BPP_JOB_1_seed_eni_statements_1 = require("./BPP-JOB-1-seed-eni-statements");
/** The Bedrock private platform rule pack (help/compliance.md maps each rule to its control). */
exports.BEDROCK_PRIVATE_PLATFORM_RULES = [
    BPP_S3_1_public_access_block_1.S3PublicAccessBlock,
    BPP_S3_2_sse_kms_1.S3SseKms,
    BPP_S3_3_versioning_1.S3Versioning,
    BPP_S3_4_tls_only_1.S3TlsOnly,
    BPP_S3_5_vpc_only_1.S3VpcOnly,
    BPP_S3_6_access_logging_1.S3AccessLogging,
    BPP_VPCE_1_private_dns_1.EndpointPrivateDns,
    BPP_VPCE_2_endpoint_policy_1.EndpointPolicy,
    BPP_VPCE_3_endpoint_security_group_1.EndpointSecurityGroup,
    BPP_NET_1_no_internet_gateway_1.NoInternetGateway,
    BPP_NET_2_no_public_ip_1.NoPublicIp,
    BPP_LOG_1_log_group_kms_1.LogGroupKms,
    BPP_LOG_2_log_group_retention_1.LogGroupRetention,
    BPP_KMS_1_key_rotation_1.KeyRotation,
    BPP_IAM_1_confused_deputy_1.ConfusedDeputy,
    BPP_IAM_2_no_wildcard_actions_1.NoWildcardActions,
    BPP_JOB_1_seed_eni_statements_1.SeedEniStatements,
];
