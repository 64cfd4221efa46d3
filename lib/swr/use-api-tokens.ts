"use client";

import useSWR from "swr";
import { fetchJson } from "./fetch-json";

export type ApiTokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };
export type CreatedApiToken = ApiTokenRow & { token: string };

export const API_TOKENS_KEY = "/api/tokens";

export function useApiTokens() {
  return useSWR<ApiTokenRow[], Error>(API_TOKENS_KEY, fetchJson);
}
