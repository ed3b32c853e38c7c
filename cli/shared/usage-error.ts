import { UserError } from '../../catalog/errors';

/**
 * Bad input to a CLI command (a flag, a file, a field). The dispatcher prints the message without a
 * stack trace and exits 2, so every message has to say what was wrong and what to do instead.
 */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
}
