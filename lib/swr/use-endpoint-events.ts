"use client";

import useSWRInfinite from "swr/infinite";
import type { z } from "zod";
import type { eventDetailSchema, eventListSchema, eventSummarySchema } from "@/lib/inbound/events/schemas";
import useSWR from "swr";
import { fetchJson } from "./fetch-json";

export type EventSummary = z.infer<typeof eventSummarySchema>;
export type EventDetail = z.infer<typeof eventDetailSchema>;
export type EventPage = z.infer<typeof eventListSchema>;

export function endpointEventsPath(endpointId: string): string {
  return `/api/integration-webhooks/${encodeURIComponent(endpointId)}/events`;
}

// Cursor pagination: page n's key carries page n-1's next_cursor, so a deep page
// costs the server the same as the first (keyset on receivedAt, id).
export function useEndpointEvents(endpointId: string | null, options: { status?: string; limit?: number; firstPage?: EventPage } = {}) {
  const { status, limit = 25, firstPage } = options;
  return useSWRInfinite<EventPage, Error>(
    (index, previous: EventPage | null) => {
      if (!endpointId) return null;
      if (previous && !previous.next_cursor) return null;
      const params = new URLSearchParams({ limit: String(limit) });
      if (status) params.set("status", status);
      if (previous?.next_cursor) params.set("cursor", previous.next_cursor);
      return `${endpointEventsPath(endpointId)}?${params}`;
    },
    fetchJson,
    { fallbackData: firstPage ? [firstPage] : undefined, revalidateFirstPage: true },
  );
}

export function useEndpointEvent(endpointId: string, eventId: string | null) {
  return useSWR<EventDetail, Error>(eventId ? `${endpointEventsPath(endpointId)}/${encodeURIComponent(eventId)}` : null, fetchJson);
}
