// Every outbound HTTP request goes through here: the target guard, a 5 s connect
// timeout, a 15 s limit for the whole exchange, no redirects (3xx is a failed
// attempt like any non-2xx) and at most 4 KB of the response read.
import "server-only";
import http from "node:http";
import https from "node:https";
import { checkTargetUrl, guardedLookup, TargetRefused } from "./target-guard";

export const CONNECT_TIMEOUT_MS = 5_000;
export const TOTAL_TIMEOUT_MS = 15_000;
export const MAX_RESPONSE_BYTES = 4096;

export type HttpOutcome =
  { ok: true; statusCode: number; responseExcerpt: string; durationMs: number } | { ok: false; statusCode: number | null; error: string; responseExcerpt: string | null; durationMs: number };

export function postJson(rawUrl: string, body: string, headers: Record<string, string>): Promise<HttpOutcome> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  let url: URL;
  try {
    url = checkTargetUrl(rawUrl);
  } catch (error) {
    return Promise.resolve({ ok: false, statusCode: null, error: (error as Error).message, responseExcerpt: null, durationMs: 0 });
  }
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: HttpOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      resolve(outcome);
    };
    const request = transport.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Hookyard-Webhooks/1.0", ...headers, "content-length": String(Buffer.byteLength(body)) },
      lookup: guardedLookup,
      agent: false,
    });
    const total = setTimeout(() => request.destroy(new Error(`no complete answer within ${TOTAL_TIMEOUT_MS / 1000} s`)), TOTAL_TIMEOUT_MS);
    request.on("socket", (socket) => {
      const connectTimer = setTimeout(() => request.destroy(new Error(`could not connect within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
      socket.once(url.protocol === "https:" ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
      socket.once("close", () => clearTimeout(connectTimer));
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const statusCode = response.statusCode ?? 0;
        const responseExcerpt = Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES).toString("utf8");
        if (statusCode >= 200 && statusCode < 300) finish({ ok: true, statusCode, responseExcerpt, durationMs: elapsed() });
        else finish({ ok: false, statusCode, error: `HTTP ${statusCode}`, responseExcerpt, durationMs: elapsed() });
      };
      response.on("data", (chunk: Buffer) => {
        if (size >= MAX_RESPONSE_BYTES) return;
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_RESPONSE_BYTES) {
          done(); // enough read: stop here instead of downloading whatever the target sends
          response.destroy();
        }
      });
      response.on("end", done);
      response.on("error", done);
    });
    request.on("error", (error) => {
      const message = error instanceof TargetRefused || (error as NodeJS.ErrnoException).code === undefined ? error.message : `${(error as NodeJS.ErrnoException).code}: ${error.message}`;
      finish({ ok: false, statusCode: null, error: message, responseExcerpt: null, durationMs: elapsed() });
    });
    request.end(body);
  });
}
