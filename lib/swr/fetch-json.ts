// The fetcher every SWR hook uses: JSON in, JSON out; a non-2xx answer throws an
// ApiClientError carrying the server's error message (shown in toasts and forms).
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export async function fetchJson<T>(path: string, init?: RequestInit & { json?: unknown; onResponse?: (response: Response) => void }): Promise<T> {
  const { json, onResponse, ...rest } = init ?? {};
  const response = await fetch(path, {
    ...rest,
    headers: { ...(json !== undefined ? { "content-type": "application/json" } : {}), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  onResponse?.(response);
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // The API's error shape (DESIGN.md): {error:{code,message,details?}}; anything else falls back.
    const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error ?? {};
    throw new ApiClientError(response.status, error.code ?? "http_error", error.message ?? `Request failed with ${response.status}`, error.details);
  }
  return body as T;
}
