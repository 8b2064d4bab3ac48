import { connect, createServer, type Socket } from "node:net";

/** A free TCP port on 127.0.0.1 (for a webhook URL that must be known before listening). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A TCP proxy in front of a server (PostgreSQL in the tests), which can cut every connection
 * and refuse new ones, as a lost database network would, and come back.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  let down = false;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    if (down) return void client.destroy();
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  /** Breaks every open connection and refuses new ones. */
  const cut = () => {
    down = true;
    for (const socket of open) socket.destroy();
  };
  return {
    port,
    cut,
    restore: () => void (down = false),
    close: () => new Promise<void>((resolve) => (cut(), server.close(() => resolve()))),
  };
}
