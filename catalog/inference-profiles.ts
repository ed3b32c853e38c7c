/**
 * Cross-Region (system-defined) inference profiles: the geography prefix of a profile id and the Regions
 * a profile of that geography may route a request to. The invoker policy allows the profile's model in
 * each of these Regions, only through the profile (bedrock:InferenceProfileArn), as AWS documents for
 * geographic cross-Region inference.
 *
 * Source: Amazon Bedrock User Guide, "Supported Regions and models for inference profiles"
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html) and
 * "Geographic cross-Region inference" (.../geographic-cross-region-inference.html), read 2026-12-05.
 * Each geography lists the union of the destination Regions of its profiles: one profile's destinations
 * are a subset and can depend on the source Region (`aws bedrock get-inference-profile` lists them in
 * `models[].modelArn`). A superset costs nothing: the model grant holds only for a call through the
 * profile, and Bedrock, not the caller, picks the destination. Add a Region here when AWS adds one.
 * Only the `aws` partition: the stacks deploy nowhere else (catalog/bedrock-regions.ts).
 */
export const INFERENCE_PROFILE_GEOGRAPHIES = {
  us: { label: 'United States', destinationRegions: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'] },
  ca: { label: 'Canada', destinationRegions: ['ca-central-1', 'ca-west-1'] },
  eu: {
    label: 'European Union',
    destinationRegions: ['eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3'],
  },
  apac: {
    label: 'Asia Pacific',
    destinationRegions: [
      'ap-east-2',
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-northeast-3',
      'ap-south-1',
      'ap-south-2',
      'ap-southeast-1',
      'ap-southeast-2',
      'ap-southeast-3',
      'ap-southeast-4',
      'ap-southeast-5',
      'ap-southeast-7',
    ],
  },
  jp: { label: 'Japan', destinationRegions: ['ap-northeast-1', 'ap-northeast-3'] },
  au: { label: 'Australia', destinationRegions: ['ap-southeast-2', 'ap-southeast-4'] },
} as const satisfies Record<string, { readonly label: string; readonly destinationRegions: readonly string[] }>;

export type InferenceProfileGeography = keyof typeof INFERENCE_PROFILE_GEOGRAPHIES;

/**
 * The prefix of global cross-Region inference profiles. They route to any commercial Region, and AWS
 * authorizes their model on the Region-less ARN `arn:aws:bedrock:::foundation-model/<model>` with
 * `aws:RequestedRegion` = "unspecified" (Amazon Bedrock User Guide, "Global cross-Region inference",
 * https://docs.aws.amazon.com/bedrock/latest/userguide/global-cross-region-inference.html, read 2026-12-05).
 * The environment must opt in (invokers.allowGlobalInferenceProfiles): prompts may leave its geography.
 */
export const GLOBAL_PROFILE_PREFIX = 'global';

/** What a profile id such as "eu.anthropic.claude-x" or "global.anthropic.claude-x" routes to. */
export type ProfileScope =
  | { readonly kind: 'geographic'; readonly geography: InferenceProfileGeography; readonly modelId: string }
  | { readonly kind: 'global'; readonly modelId: string }
  | { readonly kind: 'unknown'; readonly prefix: string };

export function profileScope(profileId: string): ProfileScope {
  const dot = profileId.indexOf('.');
  const prefix = profileId.slice(0, dot);
  const modelId = profileId.slice(dot + 1);
  if (prefix === GLOBAL_PROFILE_PREFIX) return { kind: 'global', modelId };
  if (Object.prototype.hasOwnProperty.call(INFERENCE_PROFILE_GEOGRAPHIES, prefix)) {
    return { kind: 'geographic', geography: prefix as InferenceProfileGeography, modelId };
  }
  return { kind: 'unknown', prefix };
}

/** The geographies whose profiles may be called from `region` (the source Region is one of the destinations). */
export function geographiesOf(region: string): InferenceProfileGeography[] {
  return (Object.keys(INFERENCE_PROFILE_GEOGRAPHIES) as InferenceProfileGeography[]).filter((g) =>
    (INFERENCE_PROFILE_GEOGRAPHIES[g].destinationRegions as readonly string[]).includes(region),
  );
}
