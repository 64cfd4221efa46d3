"use client";

import Link from "next/link";
import { StatusBadge } from "@/components/ui/badge";
import type { LiveMessage } from "@/lib/swr/use-live-stream";

// The newest changes from GET /api/stream, newest first, announced politely.
export function LiveFeed({ feed, connected }: { feed: LiveMessage[]; connected: boolean }) {
  return (
    <section aria-labelledby="live-feed-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-center justify-between gap-2">
        <h2 id="live-feed-heading" className="text-sm font-semibold">
          Live feed
        </h2>
        <span className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400" data-testid="live-status">
          <span aria-hidden className={`h-2 w-2 rounded-full ${connected ? "bg-emerald-500" : "bg-slate-400"}`} />
          {connected ? "connected" : "connecting…"}
        </span>
      </div>
      {feed.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">Nothing yet. New events appear here as they arrive.</p>
      ) : (
        <ol aria-live="polite" data-testid="live-feed" className="mt-2 divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {feed.map((message, index) => (
            <FeedItem key={`${index}-${feedKey(message)}`} message={message} />
          ))}
        </ol>
      )}
    </section>
  );
}

function feedKey(message: LiveMessage): string {
  return message.type === "inbound"
    ? `${message.eventId}-${message.status}`
    : message.type === "endpoint"
      ? `${message.endpointId}-${message.triggerCount}-${message.errorCount}`
      : `${message.deliveryId}-${message.attempts}`;
}

function FeedItem({ message }: { message: LiveMessage }) {
  if (message.type === "inbound") {
    return (
      <li className="flex flex-wrap items-center gap-2 py-1.5">
        <StatusBadge status={message.status} />
        <Link href={`/webhooks/${message.endpointId}?event=${message.eventId}`} className="font-medium hover:underline">
          {message.providerId} {message.eventType ?? "event"}
        </Link>
        <time dateTime={message.receivedAt} className="ml-auto text-xs text-slate-500 dark:text-slate-400">
          {new Date(message.receivedAt).toLocaleTimeString()}
        </time>
      </li>
    );
  }
  if (message.type === "endpoint") {
    return (
      <li className="flex flex-wrap items-center gap-2 py-1.5">
        <StatusBadge status={message.status} />
        <span>
          {message.providerId} endpoint: {message.triggerCount} triggered, {message.errorCount} errors
        </span>
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-center gap-2 py-1.5">
      <StatusBadge status={message.status} />
      <span>
        delivery attempt {message.attempts}
        {message.lastStatusCode ? ` → HTTP ${message.lastStatusCode}` : ""}
      </span>
    </li>
  );
}
