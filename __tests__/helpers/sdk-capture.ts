import { BedrockClient } from '@aws-sdk/client-bedrock';
import { Readable } from 'node:stream';

/**
 * A real BedrockClient whose HTTP layer records the serialized request body and answers with a
 * canned response. Serialization drops members the SDK does not know, so comparing the captured
 * body with the input proves every field name is a real API member.
 */
export function capturingClient(response: Record<string, unknown>): { client: BedrockClient; bodies: Array<Record<string, unknown>> } {
  const bodies: Array<Record<string, unknown>> = [];
  const client = new BedrockClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    requestHandler: {
      handle: async (request: { body?: Uint8Array | string }) => {
        const raw = request.body ?? '';
        bodies.push(JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw)));
        const body = Readable.from([Buffer.from(JSON.stringify(response))]);
        return { response: { statusCode: 201, headers: { 'content-type': 'application/json' }, body } };
      },
    } as never,
  });
  return { client, bodies };
}
