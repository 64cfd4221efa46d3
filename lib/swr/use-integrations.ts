"use client";

import useSWR from "swr";
import type { CatalogEntry } from "@/lib/integrations/catalog";
import { fetchJson } from "./fetch-json";

export type { CatalogEntry };
export const INTEGRATIONS_KEY = "/api/integrations";

/** The catalog never changes while the app runs: fetched once, never revalidated. */
export function useIntegrations(fallbackData?: CatalogEntry[]) {
  return useSWR<CatalogEntry[], Error>(INTEGRATIONS_KEY, fetchJson, { fallbackData, revalidateOnFocus: false, revalidateIfStale: false });
}
