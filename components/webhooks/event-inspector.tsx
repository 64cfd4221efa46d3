"use client";

import { useState } from "react";
import { StatusBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { fetchJson } from "@/lib/swr/fetch-json";
import { endpointEventsPath, useEndpointEvent, type EventDetail } from "@/lib/swr/use-endpoint-events";

// One event whole: the reason it failed or was rejected, the activity it produced,
// its headers and its body (pretty-printed when it is JSON), and a replay button.
export function EventInspector({ endpointId, eventId, onClose, onReplayed }: { endpointId: string; eventId: string; onClose: () => void; onReplayed: () => void }) {
  const { data: event, error, mutate } = useEndpointEvent(endpointId, eventId);
  const toast = useToast();
  const [replaying, setReplaying] = useState(false);

  async function replay() {
    setReplaying(true);
    try {
      await fetchJson(`${endpointEventsPath(endpointId)}/${eventId}/replay`, { method: "POST" });
      toast.success("Event queued to be processed again.");
      await mutate();
      onReplayed();
    } catch (e) {
      toast.apiError(e, "Replay failed.");
    } finally {
      setReplaying(false);
    }
  }

  return (
    <Dialog
      open
      size="lg"
      onClose={onClose}
      title={
        event ? (
          <span className="flex flex-wrap items-center gap-2">
            {event.event_type ?? "Event"} <StatusBadge status={event.status} />
          </span>
        ) : (
          "Event"
        )
      }
      description={event ? `Received ${new Date(event.received_at).toLocaleString()} · delivery ${event.delivery_id}` : undefined}
    >
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error.message}
        </p>
      )}
      {!event && !error && <p className="text-sm text-slate-500">Loading…</p>}
      {event && <EventBody event={event} />}
      {event && (
        <div className="mt-4 flex gap-2 border-t border-slate-200 pt-4 dark:border-slate-700">
          <Button
            type="button"
            onClick={() => void replay()}
            disabled={replaying || event.status === "rejected"}
            title={event.status === "rejected" ? "Rejected requests failed verification and cannot be replayed" : undefined}
          >
            Replay
          </Button>
        </div>
      )}
    </Dialog>
  );
}

function EventBody({ event }: { event: EventDetail }) {
  const body = prettyBody(event);
  return (
    <div className="space-y-4 text-sm" data-testid="event-inspector">
      {event.error && (
        <div
          role="note"
          className={`rounded-md border p-3 ${event.status === "ignored" ? "border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950" : "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"}`}
        >
          <p className="font-medium">{event.status === "rejected" ? "Rejected" : event.status === "ignored" ? "Ignored" : "Error"}</p>
          <p className="mt-0.5 break-words">{event.error}</p>
        </div>
      )}
      {event.schema_drift && (
        <div role="note" data-testid="schema-drift" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-medium">Schema drift</p>
          <p className="mt-0.5">The payload does not match this trigger&apos;s schema; it was processed from the fields present and relayed.</p>
          <ul className="mt-1 list-disc pl-5 font-mono text-xs">
            {event.schema_drift.map((issue) => (
              <li key={issue} className="break-words">
                {issue}
              </li>
            ))}
          </ul>
        </div>
      )}
      <section>
        <h3 className="mb-1 font-semibold">Activity</h3>
        {event.activities.length === 0 ? (
          <p className="text-slate-500 dark:text-slate-400">None produced.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {event.activities.map((a) => (
              <li key={a.id}>
                {a.text}{" "}
                {a.source_url && (
                  <a href={a.source_url} target="_blank" rel="noreferrer" className="text-brand-700 hover:underline dark:text-brand-100">
                    open ↗
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3 className="mb-1 font-semibold">Headers</h3>
        <dl className="grid grid-cols-[minmax(0,12rem)_minmax(0,1fr)] gap-x-3 gap-y-0.5 rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-950">
          {Object.entries(event.headers).map(([name, value]) => [
            <dt key={`${name}-n`} className="truncate text-slate-600 dark:text-slate-400">
              {name}
            </dt>,
            <dd key={`${name}-v`} className="break-all">
              {value}
            </dd>,
          ])}
        </dl>
      </section>
      <section>
        <div className="mb-1 flex items-center justify-between gap-2">
          <h3 className="font-semibold">Body{event.body_encoding === "base64" ? " (base64)" : ""}</h3>
          {event.body && <CopyButton value={event.body} label="event body" />}
        </div>
        <pre className="max-h-96 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-950" data-testid="event-body">
          {body ?? "(empty)"}
        </pre>
      </section>
    </div>
  );
}

function prettyBody(event: EventDetail): string | null {
  if (!event.body || event.body_encoding !== "utf8") return event.body;
  try {
    return JSON.stringify(JSON.parse(event.body), null, 2);
  } catch {
    return event.body;
  }
}
