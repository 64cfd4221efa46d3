// Drives a whole OAuth connection over real HTTP, as a browser would: Hookyard's authorize
// → the fake provider's consent (which answers at once) → Hookyard's callback with the
// session cookie. Returns every hop so tests can inspect state, PKCE and scopes.
import type { ConnectionDto } from "./connection-api";
import type { FakeSnapshot } from "./fake-provider-state";
import { api, signIn, type Auth } from "./http";
import { createUser } from "./users";

export async function connect(baseUrl: string, auth: Auth, provider: string) {
  const start = await api(baseUrl, "GET", `/api/connections/${provider}/authorize`, { auth });
  if (start.status !== 302) throw new Error(`authorize answered ${start.status}: ${start.text}`);
  const authorizeUrl = new URL(start.headers.get("location")!);
  const consent = await fetch(authorizeUrl, { redirect: "manual" });
  const callbackUrl = new URL(consent.headers.get("location")!);
  const callback = await api(baseUrl, "GET", callbackUrl.pathname + callbackUrl.search, { auth });
  return { authorizeUrl, callbackUrl, callback };
}

export async function fakeState(fakeUrl: string) {
  return (await fetch(`${fakeUrl}/_control/state`)).json() as Promise<FakeSnapshot>;
}

export async function fakeControl(fakeUrl: string, kind: string, body: unknown) {
  const response = await fetch(`${fakeUrl}/_control/${kind}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`fake control ${kind}: ${response.status}`);
}

/** Polls `probe` (sync or async) every 50 ms until it returns a truthy value. */
export async function waitUntil<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A new user, signed in; each test file gives its users a domain of its own. */
export async function signedInUser(baseUrl: string, email: string): Promise<Auth> {
  const created = await createUser(email, `${email.split("@")[0]}-password-1`);
  return { cookie: await signIn(baseUrl, created.email, created.password) };
}

/** The caller's connection to a provider as GET /api/connections lists it (undefined when none). */
export async function connectionOf(baseUrl: string, auth: Auth, provider: string): Promise<ConnectionDto | undefined> {
  const list = await api<ConnectionDto[]>(baseUrl, "GET", "/api/connections", { auth });
  return list.body.find((c) => c.provider_id === provider);
}

/** The caller's connection to a provider; fails the test when there is none. */
export async function requireConnection(baseUrl: string, auth: Auth, provider: string): Promise<ConnectionDto> {
  const connection = await connectionOf(baseUrl, auth, provider);
  if (!connection) throw new Error(`no ${provider} connection`);
  return connection;
}
