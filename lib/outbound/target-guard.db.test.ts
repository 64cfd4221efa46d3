// The SSRF guard with the production defaults (both HOOKYARD_ALLOW_* flags off).
import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { resetEnvCache } from "../env";
import { postJson } from "./http";
import { checkTargetUrl, TargetRefused } from "./target-guard";

useTestDatabase();

function withFlags(http: boolean, privateTargets: boolean) {
  process.env.HOOKYARD_ALLOW_HTTP_TARGETS = String(http);
  process.env.HOOKYARD_ALLOW_PRIVATE_TARGETS = String(privateTargets);
  resetEnvCache();
}

let hits = 0;
const server = createServer((_req, res) => {
  hits++;
  res.end("ok");
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
afterAll(() => {
  server.close();
  withFlags(false, false);
});

describe("outbound target guard", () => {
  it("refuses plain http unless allowed", () => {
    withFlags(false, false);
    expect(() => checkTargetUrl("http://example.com/hook")).toThrow(TargetRefused);
    expect(checkTargetUrl("https://example.com/hook").hostname).toBe("example.com");
    expect(() => checkTargetUrl("https://user:pw@example.com/")).toThrow(/credentials/);
  });

  it.each(["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "[::1]", "[fe80::1]", "[fd00::1]", "[::ffff:127.0.0.1]"])(
    "refuses the non-public address %s",
    (host) => {
      withFlags(true, false);
      expect(() => checkTargetUrl(`https://${host}/hook`)).toThrow(TargetRefused);
    },
  );

  it("accepts public addresses", () => {
    withFlags(false, false);
    expect(() => checkTargetUrl("https://93.184.215.14/hook")).not.toThrow();
    expect(() => checkTargetUrl("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook")).not.toThrow();
  });

  it("checks the address the socket connects to: a name resolving to loopback is refused and nothing is sent", async () => {
    withFlags(true, false);
    const { port } = server.address() as { port: number };
    const before = hits;
    const refused = await postJson(`http://localhost:${port}/hook`, "{}", {});
    expect(refused).toMatchObject({ ok: false, statusCode: null, error: expect.stringContaining("not public") });
    expect(hits).toBe(before);

    withFlags(true, true);
    const allowed = await postJson(`http://localhost:${port}/hook`, "{}", {});
    expect(allowed).toMatchObject({ ok: true, statusCode: 200, responseExcerpt: "ok" });
    expect(hits).toBe(before + 1);
  });

  it("does not follow redirects and reads at most 4 KB of a response", async () => {
    withFlags(true, true);
    const other = createServer((req, res) => {
      if (req.url === "/redirect") {
        res.writeHead(302, { location: "/elsewhere" });
        return res.end();
      }
      res.writeHead(200);
      res.end("y".repeat(100_000));
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const { port } = other.address() as { port: number };
    expect(await postJson(`http://127.0.0.1:${port}/redirect`, "{}", {})).toMatchObject({ ok: false, statusCode: 302 });
    const big = await postJson(`http://127.0.0.1:${port}/big`, "{}", {});
    expect(big.ok).toBe(true);
    expect(big.responseExcerpt!.length).toBe(4096);
    other.close();
  });
});
