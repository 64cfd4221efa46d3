"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { LiveFeed } from "@/components/webhooks/live-feed";
import { useLiveStream } from "@/lib/swr/use-live-stream";

// The overview is a server render; a change on the stream asks for a new one, at
// most every few seconds so a burst of events costs one render, not hundreds.
const REFRESH_AT_MOST_EVERY_MS = 3000;

export function OverviewLive() {
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { feed, connected } = useLiveStream(() => {
    pending.current ??= setTimeout(() => {
      pending.current = undefined;
      router.refresh();
    }, REFRESH_AT_MOST_EVERY_MS);
  });
  useEffect(() => () => clearTimeout(pending.current), []);
  return (
    <aside className="min-w-0">
      <LiveFeed feed={feed} connected={connected} />
    </aside>
  );
}
