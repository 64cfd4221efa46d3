// GET /api/stream: one server-sent events response per dashboard tab. Each change
// for the caller is sent as `event: <type>` + `data: <json>`; a comment every 15 s
// keeps proxies from closing an idle connection. EventSource reconnects by itself
// (after `retry` ms), so a restart of the server costs the page nothing but a gap.
import "server-only";
import { subscribeLive } from "./bus";
import { ensureLivePoller } from "./poll";

const HEARTBEAT_MS = 15_000;
const RECONNECT_MS = 2000;

export function openLiveStream(userId: string, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // the client went away between two writes
        }
      };
      send(`retry: ${RECONNECT_MS}\n: connected\n\n`);
      const unsubscribe = subscribeLive((item) => {
        if (item.userId === userId) send(`event: ${item.message.type}\ndata: ${JSON.stringify(item.message)}\n\n`);
      });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed
        }
        cleanup = () => {};
      };
      signal.addEventListener("abort", () => cleanup(), { once: true });
      ensureLivePoller();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no", // nginx: do not buffer the stream
    },
  });
}
