"use client";

import useSWRInfinite, { unstable_serialize, type SWRInfiniteKeyLoader } from "swr/infinite";
import type { z } from "zod";
import type { deliverySchema } from "../outbound/schemas";
import { fetchJson } from "./fetch-json";
import { outboundWebhookPath } from "./use-outbound-webhooks";

export type Delivery = z.infer<typeof deliverySchema>;
type DeliveryPage = { items: Delivery[]; nextCursor: string | null };

const PAGE_SIZE = 20;

export const deliveriesPath = (webhookId: string) => `${outboundWebhookPath(webhookId)}/deliveries`;

function pageKey(webhookId: string | undefined): SWRInfiniteKeyLoader<DeliveryPage> {
  return (index, previous) => {
    if (!webhookId || (previous && !previous.nextCursor)) return null;
    const cursor = previous?.nextCursor ? `&cursor=${encodeURIComponent(previous.nextCursor)}` : "";
    return `${deliveriesPath(webhookId)}?limit=${PAGE_SIZE}${cursor}`;
  };
}

/** The cache key of a log, for the global mutate(): a filter function never matches useSWRInfinite keys. */
export const deliveriesCacheKey = (webhookId: string) => unstable_serialize(pageKey(webhookId));

// Cursor pages of one subscription's delivery log, newest first. While a delivery is
// pending (queued or between retries) the log polls every second so its outcome appears
// without a reload; otherwise every 10 s, which also picks up new events.
export function useDeliveries(webhookId: string | undefined) {
  const result = useSWRInfinite<DeliveryPage, Error>(pageKey(webhookId), fetchJson, {
    refreshInterval: (pages) => (pages?.some((page) => page.items.some((d) => d.status === "pending")) ? 1000 : 10_000),
    revalidateFirstPage: true,
  });
  const deliveries = result.data?.flatMap((page) => page.items) ?? [];
  const hasMore = !!result.data?.at(-1)?.nextCursor;
  return { ...result, deliveries, hasMore, loadMore: () => result.setSize(result.size + 1) };
}
