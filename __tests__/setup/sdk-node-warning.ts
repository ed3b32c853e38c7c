// Tests build SDK clients in-process, outside the CLI's entry point: silence the same one warning here.
import { silenceSdkNodeVersionWarning } from '../../cli/shared/sdk-node-warning';

silenceSdkNodeVersionWarning();
