import { DEBUG_VARIABLE, ToolError, UserError, describeFailure } from '../../catalog/errors';

const CLI = { name: 'bedrock-private job', exitCode: 2 };
const SYNTH = { exitCode: 1 };
const HINT = `This is a bug, or a failure of something it calls, not a problem with your input. Rerun with ${DEBUG_VARIABLE}=1 to print the stack trace, and include it when you report it.`;

describe('describeFailure: the one error path of every entry point', () => {
  it('prints a user error as its message alone, with the entry point\'s exit code', () => {
    const error = new UserError('--outputs out.json: cannot read the file (ENOENT). Check the path.');
    expect(describeFailure(error, CLI, {})).toEqual({ text: 'bedrock-private job: --outputs out.json: cannot read the file (ENOENT). Check the path.\n', exitCode: 2 });
    expect(describeFailure(error, SYNTH, {})).toEqual({ text: '--outputs out.json: cannot read the file (ENOENT). Check the path.\n', exitCode: 1 });
  });

  it('never prints a user error\'s stack, even in debug mode', () => {
    const { text } = describeFailure(new UserError('fix the field'), SYNTH, { [DEBUG_VARIABLE]: '1' });
    expect(text).toBe('fix the field\n');
  });

  it('prints anything else as one failure line and a hint to rerun in debug mode, without the stack', () => {
    const error = new ToolError('could not write cdktf.out/manifest.json', { cause: new Error('EACCES: permission denied') });
    expect(describeFailure(error, SYNTH, {})).toEqual({
      text: `unexpected failure: could not write cdktf.out/manifest.json (cause: EACCES: permission denied)\n${HINT}\n`,
      exitCode: 1,
    });
    expect(describeFailure('a string was thrown', CLI, {}).text).toBe(`bedrock-private job: unexpected failure: a string was thrown\n${HINT}\n`);
  });

  it('prints the stack and the cause chain when the debug variable is set', () => {
    const cause = new Error('socket hang up');
    const error = new ToolError('request failed', { cause });
    const { text, exitCode } = describeFailure(error, CLI, { [DEBUG_VARIABLE]: '1' });
    expect(exitCode).toBe(2);
    const lines = text.split('\n');
    expect(lines[0]).toBe('bedrock-private job: unexpected failure: request failed (cause: socket hang up)');
    expect(lines[1]).toBe('ToolError: request failed');
    expect(lines[2]).toMatch(/^ {4}at /);
    expect(text).toContain(`Caused by: Error: socket hang up\n    at `);
    expect(text).not.toContain(HINT);
  });

  it('treats 0, false and empty as debug off', () => {
    for (const value of ['0', 'false', '']) expect(describeFailure(new Error('x'), SYNTH, { [DEBUG_VARIABLE]: value }).text).toContain(HINT);
  });
});
