// Node serves the web-standard handler (http.ts) through node:http: a Request in, the Response
// out. What Node's own HTTP parser refuses (oversized headers, bad framing) never reaches the
// handler; it is answered here, in JSON too.
import { createServer, type IncomingMessage } from 'node:http';
import { type Handler, UNPARSABLE_URL } from './http.ts';
import type { Log } from './log.ts';

/** The body, but never more than limit + 1 bytes of it: the handler answers 413 past the limit. */
async function readCapped(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) break; // stops reading: the answer closes the connection
  }
  return Buffer.concat(chunks);
}

export function serveNode(handler: Handler, bodyLimit: number, log: Log) {
  const server = createServer({ requireHostHeader: false }, async (req, res) => {
    try {
      const ip = req.socket.remoteAddress; // before reading: a body past the limit ends the socket's reading side
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      let url: URL;
      try {
        // the target appended to a base, not resolved against it: `//x/mcp` is a path, as Deno reads it
        // (resolved, it would name the host x and serve /mcp)
        url = new URL(`http://localhost${req.url ?? '/'}`);
      } catch { // a target no URL can hold: no Request can carry it, so answered here as the handler answers a bad Host
        log.debug('bad http request', { status: 400, code: 'unparsable URL' });
        const body = JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: UNPARSABLE_URL } });
        return void res.writeHead(400, { 'content-type': 'application/json', 'x-request-id': crypto.randomUUID() }).end(body);
      }
      const request = new Request(url, {
        method: req.method ?? 'GET',
        headers,
        ...(hasBody && { body: new Uint8Array(await readCapped(req, bodyLimit)) }),
      });
      const response = await handler(request, { ip });
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      log.error('request failed', { error: (e as Error).message });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32603, message: 'internal error' } }));
    }
  });
  server.on('clientError', (e: Error & { code?: string }, socket) => {
    if (e.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const [status, text] = e.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
    const body = JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: `${text.toLowerCase()}: ${e.code ?? 'unparsable HTTP request'}` } });
    socket.end(`HTTP/1.1 ${status} ${text}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`
      + `connection: close\r\n\r\n${body}`);
    log.debug('bad http request', { status, code: e.code });
  });
  return server;
}
