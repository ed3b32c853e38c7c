"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.capturingClient = capturingClient;
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
const node_stream_1 = require("node:stream");
/**
 * A real BedrockClient whose HTTP layer records the serialized request body and answers with a
 * canned response. Serialization drops members the SDK does not know, so comparing the captured
 * body with the input proves every field name is a real API member.
 */
function capturingClient(response) {
    const bodies = [];
    const client = new client_bedrock_1.BedrockClient({
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
        requestHandler: {
            handle: async (request) => {
                const raw = request.body ?? '';
                bodies.push(JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw)));
                const body = node_stream_1.Readable.from([Buffer.from(JSON.stringify(response))]);
                return { response: { statusCode: 201, headers: { 'content-type': 'application/json' }, body } };
            },
        },
    });
    return { client, bodies };
}
