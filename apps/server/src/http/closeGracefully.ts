import type { Server } from "node:http";

/**
 * Stops accepting connections, closes idle keep-alive sockets, and resolves once every request
 * in flight has been answered.
 */
export function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
    // A socket that finishes its last request while closing is idle from then on.
    server.on("request", (_req, res) => {
      res.on("finish", () => server.closeIdleConnections());
    });
  });
}
