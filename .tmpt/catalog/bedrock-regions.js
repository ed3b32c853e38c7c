"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STACK_REGION_NAMES = exports.BEDROCK_REGION_NAMES = exports.BEDROCK_REGIONS = void 0;
exports.isBedrockRegion = isBedrockRegion;
exports.BEDROCK_REGIONS = {
    'us-east-1': { azIdPrefix: 'use1', partition: 'aws' },
    'us-east-2': { azIdPrefix: 'use2', partition: 'aws' },
    'us-west-1': { azIdPrefix: 'usw1', partition: 'aws' },
    'us-west-2': { azIdPrefix: 'usw2', partition: 'aws' },
    'us-gov-east-1': { azIdPrefix: 'usge1', partition: 'aws-us-gov' },
    'us-gov-west-1': { azIdPrefix: 'usgw1', partition: 'aws-us-gov' },
    'ca-central-1': { azIdPrefix: 'cac1', partition: 'aws' },
    'ca-west-1': { azIdPrefix: 'caw1', partition: 'aws' },
    'sa-east-1': { azIdPrefix: 'sae1', partition: 'aws' },
    'eu-central-1': { azIdPrefix: 'euc1', partition: 'aws' },
    'eu-central-2': { azIdPrefix: 'euc2', partition: 'aws' },
    'eu-north-1': { azIdPrefix: 'eun1', partition: 'aws' },
    'eu-south-1': { azIdPrefix: 'eus1', partition: 'aws' },
    'eu-south-2': { azIdPrefix: 'eus2', partition: 'aws' },
    'eu-west-1': { azIdPrefix: 'euw1', partition: 'aws' },
    'eu-west-2': { azIdPrefix: 'euw2', partition: 'aws' },
    'eu-west-3': { azIdPrefix: 'euw3', partition: 'aws' },
    'ap-east-2': { azIdPrefix: 'ape2', partition: 'aws' },
    'ap-northeast-1': { azIdPrefix: 'apne1', partition: 'aws' },
    'ap-northeast-2': { azIdPrefix: 'apne2', partition: 'aws' },
    'ap-northeast-3': { azIdPrefix: 'apne3', partition: 'aws' },
    'ap-south-1': { azIdPrefix: 'aps1', partition: 'aws' },
    'ap-south-2': { azIdPrefix: 'aps2', partition: 'aws' },
    'ap-southeast-1': { azIdPrefix: 'apse1', partition: 'aws' },
    'ap-southeast-2': { azIdPrefix: 'apse2', partition: 'aws' },
    'ap-southeast-3': { azIdPrefix: 'apse3', partition: 'aws' },
    'ap-southeast-4': { azIdPrefix: 'apse4', partition: 'aws' },
    'ap-southeast-5': { azIdPrefix: 'apse5', partition: 'aws' },
    'ap-southeast-7': { azIdPrefix: 'apse7', partition: 'aws' },
    'il-central-1': { azIdPrefix: 'ilc1', partition: 'aws' },
    'me-central-1': { azIdPrefix: 'mec1', partition: 'aws' },
    'me-south-1': { azIdPrefix: 'mes1', partition: 'aws' },
};
function isBedrockRegion(region) {
    return Object.prototype.hasOwnProperty.call(exports.BEDROCK_REGIONS, region);
}
/** Every Bedrock region, sorted: what the audit CLI accepts. */
exports.BEDROCK_REGION_NAMES = Object.keys(exports.BEDROCK_REGIONS).sort();
/** Bedrock regions the stacks can deploy to (the `aws` partition), sorted. */
exports.STACK_REGION_NAMES = exports.BEDROCK_REGION_NAMES.filter((r) => exports.BEDROCK_REGIONS[r].partition === 'aws');
