/**
 * Regions where Amazon Bedrock (the control-plane `bedrock` endpoint the audit calls) is offered.
 * Source: Bedrock user guide, "Regional availability by endpoints" (2026), plus the GovCloud (US)
 * regions. This is the one place to update when AWS adds a region.
 */
export const BEDROCK_REGIONS: readonly string[] = [
  // United States
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  // AWS GovCloud (US)
  'us-gov-east-1', 'us-gov-west-1',
  // Canada
  'ca-central-1', 'ca-west-1',
  // South America
  'sa-east-1',
  // Europe
  'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  // Asia Pacific
  'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
  // Middle East and Israel
  'il-central-1', 'me-central-1', 'me-south-1',
];

export function isBedrockRegion(region: string): boolean {
  return BEDROCK_REGIONS.includes(region);
}
