// Real HTTP against the running app: sign in through next-auth's own endpoints
// (csrf → credentials callback) and call the API with the cookie or a bearer token.
export type Auth = { cookie?: string; token?: string };
// The body is what the caller says the route answers: `api<{ items: Endpoint[] }>(…)`. The default is
// `any` only while older tests still read untyped bodies (issue 16); new code names its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- transitional default, see above
export type ApiResult<Body = any> = { status: number; headers: Headers; body: Body; text: string };

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesFrom(response).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed with ${response.status}`);
  return [...jar, session].join("; ");
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- transitional default, see ApiResult
export async function api<Body = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { auth?: Auth; json?: unknown; body?: string; headers?: Record<string, string> } = {},
): Promise<ApiResult<Body>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth?.cookie) headers.cookie = options.auth.cookie;
  if (options.auth?.token) headers.authorization = `Bearer ${options.auth.token}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: "manual" });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed as Body, text };
}
