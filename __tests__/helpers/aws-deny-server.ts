import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What Bedrock answers a caller without the permission: 403 with the error type in a header, as AWS's JSON protocols do. */
export const DENIED_MESSAGE = 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform this action';

export interface DenyServer {
  readonly endpoint: string;
  readonly close: () => Promise<void>;
}

/** A local endpoint that denies every request: an SDK AccessDeniedException without AWS. */
export async function startDenyServer(): Promise<DenyServer> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException', 'x-amzn-requestid': 'deny-1' });
      res.end(JSON.stringify({ message: DENIED_MESSAGE }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
