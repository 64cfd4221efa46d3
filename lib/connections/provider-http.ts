// HTTP to a provider's OAuth and API endpoints. These URLs come from the presets or the
// operator's env (never from a user), so the outbound SSRF guard does not apply; the same
// limits do: a 15 s deadline and no redirects followed.
import "server-only";

export const PROVIDER_TIMEOUT_MS = 15_000;

export class ProviderError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type ProviderResponse = { status: number; body: any };

export async function providerFetch(url: string, init: { method: string; headers?: Record<string, string>; body?: string }): Promise<ProviderResponse> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) });
  } catch (error) {
    throw new ProviderError(0, `${new URL(url).host} could not be reached: ${(error as Error).message}`);
  }
  const text = await response.text();
  let body: unknown = text;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      // GitHub's token endpoint answers form-encoded unless asked for JSON; other errors are plain text.
      if ((response.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) body = Object.fromEntries(new URLSearchParams(text));
    }
  } else body = null;
  return { status: response.status, body };
}

/** A short, secret-free description of a failed provider answer. */
export function describeFailure(status: number, body: unknown): string {
  // The fields providers put their reason in (OAuth error_description, REST message/error/errors/detail).
  type Reported = { error_description?: unknown; message?: unknown; error?: { message?: unknown } | string | null; errors?: { message?: unknown }[]; detail?: unknown };
  const reported = body && typeof body === "object" ? (body as Reported) : undefined;
  const error = reported?.error;
  const message: unknown =
    (reported && (reported.error_description ?? reported.message ?? (typeof error === "object" ? error?.message : undefined) ?? error ?? reported.errors?.[0]?.message ?? reported.detail)) ||
    (typeof body === "string" ? body.slice(0, 200) : "");
  return `HTTP ${status}${message ? `: ${typeof message === "string" ? message : JSON.stringify(message).slice(0, 200)}` : ""}`;
}
