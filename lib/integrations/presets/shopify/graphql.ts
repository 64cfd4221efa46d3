// The Shopify GraphQL Admin API of one shop: POST {apiBase}/graphql.json. Failures come back
// as 200 with `errors` (query errors, throttling), which are turned into a status and message
// so the engine treats them as failed calls.
// https://shopify.dev/docs/api/admin-graphql#status_and_error_codes
import "server-only";
import type { ProviderApi } from "../../connect-types";

export async function shopifyQuery<T>(api: ProviderApi, query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await api.request<{ data: T }>("POST", "/graphql.json", { json: { query, variables } });
  return body.data;
}

export function shopifyResponseError(status: number, body: any): { status: number; message: string } | undefined {
  if (status !== 200 || !body || typeof body !== "object" || !Array.isArray(body.errors) || body.errors.length === 0) return undefined;
  const throttled = body.errors.some((e: any) => e?.extensions?.code === "THROTTLED");
  return { status: throttled ? 429 : 422, message: String(body.errors[0]?.message ?? "GraphQL error").slice(0, 200) };
}

/** Mutation payloads report invalid input as userErrors with a 200. */
export function throwUserErrors(what: string, errors: { message: string }[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`Shopify refused ${what}: ${errors.map((e) => e.message).join("; ")}`);
}
