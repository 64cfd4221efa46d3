"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Delivery } from "@/lib/swr/use-deliveries";

const STATUS_TONE: Record<Delivery["status"], BadgeTone> = { pending: "warning", succeeded: "success", failed: "danger" };

function codeTone(code: number | null): BadgeTone {
  if (code === null) return "danger";
  return code >= 200 && code < 300 ? "success" : "danger";
}

function Time({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={iso}>
      {new Date(iso).toLocaleString()}
    </time>
  );
}

// One delivery: its outcome at a glance, and every attempt (time, duration, status code or
// error, response excerpt) behind a disclosure. Failed and succeeded deliveries can be sent again.
export function DeliveryItem({ delivery, retrying, onRetry }: { delivery: Delivery; retrying: boolean; onRetry: (delivery: Delivery) => void }) {
  const last = delivery.attemptLog.at(-1);
  // The response body says more than "HTTP 500"; a transport error (timeout, refused) has no body.
  const excerpt = delivery.lastResponse ?? delivery.lastError ?? last?.responseExcerpt ?? last?.error;
  return (
    <li data-testid="delivery" data-status={delivery.status} className="px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-mono text-sm">{delivery.event.type}</span>
        <Badge tone={STATUS_TONE[delivery.status]}>{delivery.status}</Badge>
        {delivery.lastStatusCode !== null && <Badge tone={codeTone(delivery.lastStatusCode)}>HTTP {delivery.lastStatusCode}</Badge>}
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {delivery.attempts} {delivery.attempts === 1 ? "attempt" : "attempts"} · <Time iso={delivery.createdAt} />
        </span>
        {delivery.status !== "pending" && (
          <Button variant="secondary" className="ml-auto px-2 py-1 text-xs" disabled={retrying} onClick={() => onRetry(delivery)}>
            {retrying ? "Retrying…" : "Retry"}
            <span className="sr-only">
              {" "}
              delivery of {delivery.event.type} from {new Date(delivery.createdAt).toLocaleString()}
            </span>
          </Button>
        )}
      </div>
      {delivery.status === "pending" && delivery.nextAttemptAt && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Next attempt <Time iso={delivery.nextAttemptAt} />
        </p>
      )}
      {excerpt && (
        <p className="mt-1 truncate font-mono text-xs text-slate-600 dark:text-slate-400" title={excerpt}>
          {excerpt}
        </p>
      )}
      {delivery.attemptLog.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline dark:text-brand-100">Attempts ({delivery.attemptLog.length})</summary>
          <ol className="mt-2 space-y-2 border-l border-slate-200 pl-3 dark:border-slate-700">
            {delivery.attemptLog.map((attempt, i) => (
              <li key={attempt.attemptedAt + i} className="text-xs">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">#{i + 1}</span>
                  <Badge tone={codeTone(attempt.statusCode)}>{attempt.statusCode !== null ? `HTTP ${attempt.statusCode}` : "no response"}</Badge>
                  <span className="text-slate-600 dark:text-slate-400">
                    <Time iso={attempt.attemptedAt} /> · {attempt.durationMs} ms
                  </span>
                </div>
                {attempt.error && attempt.error !== `HTTP ${attempt.statusCode}` && <p className="mt-1 text-red-700 dark:text-red-400">{attempt.error}</p>}
                {attempt.responseExcerpt && (
                  <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono dark:bg-slate-950">{attempt.responseExcerpt}</pre>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
