"use client";

import { useEffect, useRef, useState } from "react";
import { useSWRConfig } from "swr";
import type { LiveMessage } from "@/lib/live/types";

export type { LiveMessage };
export const LIVE_STREAM_KEY = "/api/stream";
const FEED_SIZE = 20;
// Many events in a burst trigger one refetch of each list, not one per event.
const REVALIDATE_AFTER_MS = 300;

/**
 * Opens GET /api/stream (EventSource reconnects by itself) and keeps the SWR caches
 * fresh: an inbound event revalidates that endpoint's history and the endpoint list,
 * an endpoint change revalidates the list and the endpoint. Returns the latest
 * messages for a live feed and whether the stream is connected.
 */
export function useLiveStream(onMessage?: (message: LiveMessage) => void) {
  const { mutate } = useSWRConfig();
  const [feed, setFeed] = useState<LiveMessage[]>([]);
  const [connected, setConnected] = useState(false);
  const handler = useRef(onMessage);
  // The latest callback, for the long-lived EventSource listener; refs are written after render.
  useEffect(() => {
    handler.current = onMessage;
  });

  useEffect(() => {
    const source = new EventSource(LIVE_STREAM_KEY);
    const dirty = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const revalidate = (prefix: string) => {
      dirty.add(prefix);
      timer ??= setTimeout(() => {
        const prefixes = [...dirty];
        dirty.clear();
        timer = undefined;
        void mutate((key) => typeof key === "string" && prefixes.some((p) => key.startsWith(p) || key.startsWith(`$inf$${p}`)));
      }, REVALIDATE_AFTER_MS);
    };
    const receive = (event: MessageEvent<string>) => {
      const message = JSON.parse(event.data) as LiveMessage;
      if (message.type === "inbound") {
        revalidate(`/api/integration-webhooks/${message.endpointId}/events`);
      } else if (message.type === "endpoint") {
        revalidate("/api/integration-webhooks");
      } else {
        revalidate("/api/hooks/webhooks");
      }
      setFeed((current) => [message, ...current].slice(0, FEED_SIZE));
      handler.current?.(message);
    };
    for (const type of ["inbound", "endpoint", "delivery"]) source.addEventListener(type, receive as EventListener);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [mutate]);

  return { feed, connected };
}
