import type { Server } from "node:http";

/** How often, while closing, keep-alive sockets that have gone idle are closed. */
const IDLE_SWEEP_MS = 25;

/**
 * Stops accepting connections, closes idle keep-alive sockets, and resolves once every request
 * in flight has been answered.
 */
export function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    // A socket goes idle when its last request is answered, whether that request came before
    // closing began or after; until then server.close() would wait for the client to hang up
    // (the keep-alive timeout, 5 s). Sweeping catches both kinds.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    server.close((error) => {
      clearInterval(sweep);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
