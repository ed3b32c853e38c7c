/**
 * Commercial regions where Amazon Bedrock is offered, with each region's Availability Zone ID prefix
 * (AZ IDs such as `use1-az1` are the same physical zone in every account; AZ names are not).
 * One table for the stacks and the audit CLI. Add a region here when Bedrock launches there.
 */
export const BEDROCK_REGIONS = {
  'us-east-1': 'use1',
  'us-east-2': 'use2',
  'us-west-1': 'usw1',
  'us-west-2': 'usw2',
  'ca-central-1': 'cac1',
  'sa-east-1': 'sae1',
  'eu-central-1': 'euc1',
  'eu-central-2': 'euc2',
  'eu-north-1': 'eun1',
  'eu-south-1': 'eus1',
  'eu-south-2': 'eus2',
  'eu-west-1': 'euw1',
  'eu-west-2': 'euw2',
  'eu-west-3': 'euw3',
  'ap-northeast-1': 'apne1',
  'ap-northeast-2': 'apne2',
  'ap-northeast-3': 'apne3',
  'ap-south-1': 'aps1',
  'ap-south-2': 'aps2',
  'ap-southeast-1': 'apse1',
  'ap-southeast-2': 'apse2',
} as const;

export type BedrockRegion = keyof typeof BEDROCK_REGIONS;

export function isBedrockRegion(region: string): region is BedrockRegion {
  return Object.prototype.hasOwnProperty.call(BEDROCK_REGIONS, region);
}

export const BEDROCK_REGION_NAMES: readonly BedrockRegion[] = Object.keys(BEDROCK_REGIONS).sort() as BedrockRegion[];
