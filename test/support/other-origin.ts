import { createServer, type Server } from 'node:http';

export interface OtherOrigin {
  url: string;
  close(): Promise<void>;
}

/** A second HTTP server on another loopback port (so another origin) that answers every path with `html`. */
export async function serveOtherOrigin(html: () => string): Promise<OtherOrigin> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
