"use client";

import { useEffect, useState } from "react";
import { useSWRConfig } from "swr";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { fetchJson } from "@/lib/swr/fetch-json";
import { deliveriesPath, useDeliveries, type Delivery } from "@/lib/swr/use-deliveries";
import { OUTBOUND_WEBHOOKS_KEY, type OutboundWebhook } from "@/lib/swr/use-outbound-webhooks";
import { DeliveryItem } from "./delivery-item";

// The selected subscription's deliveries, newest first, live while any is pending.
export function DeliveryLog({ webhook }: { webhook: OutboundWebhook }) {
  const { deliveries, error, isLoading, hasMore, loadMore, isValidating, mutate } = useDeliveries(webhook.id);
  const [retrying, setRetrying] = useState<string>();
  const toast = useToast();
  const { mutate: mutateKey } = useSWRConfig();

  // A delivery's outcome changes the subscription's health and failure count: refresh the
  // list whenever a status in the log changes, rather than polling it as well.
  const outcomes = deliveries.map((d) => `${d.id}:${d.status}`).join();
  useEffect(() => {
    if (outcomes) void mutateKey(OUTBOUND_WEBHOOKS_KEY);
  }, [outcomes, mutateKey]);

  async function retry(delivery: Delivery) {
    setRetrying(delivery.id);
    try {
      await fetchJson(`${deliveriesPath(webhook.id)}/${encodeURIComponent(delivery.id)}/retry`, { method: "POST" });
      toast.success(`Retrying the ${delivery.event.type} delivery.`);
      await mutate();
    } catch (e) {
      toast.apiError(e, "The delivery could not be retried.");
    } finally {
      setRetrying(undefined);
    }
  }

  return (
    <section aria-labelledby="delivery-log-heading" className="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <h2 id="delivery-log-heading" className="font-semibold">
          Delivery log <span className="font-normal text-slate-600 dark:text-slate-400">· {webhook.name}</span>
        </h2>
        {isValidating && !isLoading && (
          <span className="text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
            refreshing…
          </span>
        )}
      </div>
      {isLoading && <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">Loading deliveries…</p>}
      {error && !isLoading && (
        <p role="alert" className="px-4 py-6 text-sm text-red-700 dark:text-red-400">
          {error.message}
        </p>
      )}
      {!isLoading && !error && deliveries.length === 0 && (
        <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">No deliveries yet. Events of the chosen types appear here; “Send test” sends one now.</p>
      )}
      {deliveries.length > 0 && (
        <ul aria-label={`Deliveries to ${webhook.name}`} className="divide-y divide-slate-100 dark:divide-slate-800">
          {deliveries.map((delivery) => (
            <DeliveryItem key={delivery.id} delivery={delivery} retrying={retrying === delivery.id} onRetry={(d) => void retry(d)} />
          ))}
        </ul>
      )}
      {hasMore && (
        <div className="border-t border-slate-200 px-4 py-3 dark:border-slate-800">
          <Button variant="secondary" onClick={() => void loadMore()}>
            Load older deliveries
          </Button>
        </div>
      )}
    </section>
  );
}
