import net from 'node:net';

const LOOPBACK = '127.0.0.1';

/** Asks the kernel for a free loopback port (listen on port 0, read it, close). */
export function findFreeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port from the kernel'))));
    });
  });
}

/** True when nothing listens on 127.0.0.1:<port> right now (tested by binding it briefly). */
export function isLoopbackPortFree(port: number): Promise<boolean> {
  return isPortFree(port, LOOPBACK);
}

/** True when this process could listen on host:port right now; the server checks its own PORT with it. */
export function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
