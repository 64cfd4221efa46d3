"use client";

import useSWR from "swr";
import type { z } from "zod";
import type { createdOutboundWebhookSchema, outboundWebhookSchema } from "../outbound/schemas";
import { fetchJson } from "./fetch-json";

export type OutboundWebhook = z.infer<typeof outboundWebhookSchema>;
export type CreatedOutboundWebhook = z.infer<typeof createdOutboundWebhookSchema>;
export type RotatedSecret = { id: string; secret: string; previousSecretExpiresAt: string };

export const OUTBOUND_WEBHOOKS_KEY = "/api/hooks/webhooks";

export const outboundWebhookPath = (id: string) => `${OUTBOUND_WEBHOOKS_KEY}/${encodeURIComponent(id)}`;

/** The caller's subscriptions; `fallbackData` is what the server page already loaded. */
export function useOutboundWebhooks(fallbackData?: OutboundWebhook[]) {
  return useSWR<OutboundWebhook[], Error>(OUTBOUND_WEBHOOKS_KEY, fetchJson, { fallbackData });
}
