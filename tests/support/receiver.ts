// A webhook receiver on 127.0.0.1 for outbound tests: it records every request and
// answers with the status the test chooses (a fixed code, or one per call).
import { createServer, type IncomingHttpHeaders } from "node:http";

export type Received = { at: number; headers: IncomingHttpHeaders; body: string };

export type Receiver = {
  url: string;
  received: Received[];
  respondWith: (status: number | ((request: Received, index: number) => number)) => void;
  waitFor: (count: number, timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let respond: number | ((request: Received, index: number) => number) = 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const entry = { at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(entry);
      const status = typeof respond === "number" ? respond : respond(entry, received.length - 1);
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status < 300 ? "ok" : `status ${status}`);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    respondWith: (status) => {
      respond = status;
    },
    waitFor: async (count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`the receiver got ${received.length} of ${count} requests`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
