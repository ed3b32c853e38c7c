/**
 * The audit accepts every region where Bedrock is offered, GovCloud included. The table itself
 * lives in config/bedrock-regions.ts, shared with the stacks' config validation.
 */
import { BEDROCK_REGION_NAMES, isBedrockRegion } from '../../config/bedrock-regions';

export const BEDROCK_REGIONS: readonly string[] = BEDROCK_REGION_NAMES;
export { isBedrockRegion };
