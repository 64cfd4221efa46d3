// Linear's API is GraphQL: errors come back as 200 {errors:[…]} (authentication failures
// with extensions.code AUTHENTICATION_ERROR), which the engine must see as failures.
// https://linear.app/developers/graphql
import "server-only";
import type { ProviderApi } from "../../connect-types";

export function linearResponseError(status: number, body: any): { status: number; message: string } | undefined {
  const errors = body && typeof body === "object" && Array.isArray(body.errors) ? body.errors : null;
  if (!errors || errors.length === 0 || status >= 400) return undefined;
  const auth = errors.some((e: any) => e?.extensions?.code === "AUTHENTICATION_ERROR" || e?.extensions?.type === "authentication error");
  return { status: auth ? 401 : 400, message: String(errors[0]?.message ?? "GraphQL error") };
}

export async function linearQuery<T>(api: ProviderApi, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await api.request<{ data: T }>("POST", "/graphql", { json: { query, variables } });
  return body.data;
}
