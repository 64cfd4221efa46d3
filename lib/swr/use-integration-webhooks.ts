"use client";

import useSWR from "swr";
import type { IntegrationWebhookDto, IntegrationWebhookListQuery } from "@/lib/integration-webhooks/schemas";
import { fetchJson } from "./fetch-json";

export type IntegrationWebhook = IntegrationWebhookDto;
export const INTEGRATION_WEBHOOKS_KEY = "/api/integration-webhooks";

/** The list API path for these filters: the SWR key, and what the live stream revalidates. */
export function integrationWebhooksKey(filters: IntegrationWebhookListQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, String(value));
  const query = params.toString();
  return query ? `${INTEGRATION_WEBHOOKS_KEY}?${query}` : INTEGRATION_WEBHOOKS_KEY;
}

// The X-Hookyard-Degraded header says the list came from the catalog alone because
// the database could not be read; the table shows a banner then.
export type IntegrationWebhookList = { items: IntegrationWebhook[]; degraded: boolean };

async function fetchList(path: string): Promise<IntegrationWebhookList> {
  let degraded = false;
  const items = await fetchJson<IntegrationWebhook[]>(path, { onResponse: (response) => (degraded = response.headers.has("x-hookyard-degraded")) });
  return { items, degraded };
}

export function useIntegrationWebhooks(filters: IntegrationWebhookListQuery, fallbackData?: IntegrationWebhookList) {
  return useSWR<IntegrationWebhookList, Error>(integrationWebhooksKey(filters), fetchList, { fallbackData, keepPreviousData: true });
}

export function useIntegrationWebhook(id: string | null) {
  return useSWR<IntegrationWebhook, Error>(id ? `${INTEGRATION_WEBHOOKS_KEY}/${encodeURIComponent(id)}` : null, fetchJson);
}
