"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { CreateWebhookDialog } from "@/components/hooks/create-webhook-dialog";
import { DeliveryLog } from "@/components/hooks/delivery-log";
import { WebhookConfirmations, type PendingConfirmation } from "@/components/hooks/webhook-confirmations";
import { WebhookCard, type WebhookActions } from "@/components/hooks/webhook-card";
import { Button } from "@/components/ui/button";
import { ShownOnce } from "@/components/ui/shown-once";
import { useToast } from "@/components/ui/toast";
import { MAX_WEBHOOKS_PER_USER } from "@/lib/outbound/schemas";
import { fetchJson } from "@/lib/swr/fetch-json";
import { deliveriesCacheKey } from "@/lib/swr/use-deliveries";
import { outboundWebhookPath, useOutboundWebhooks, type OutboundWebhook } from "@/lib/swr/use-outbound-webhooks";
import { useSWRConfig } from "swr";

type Secret = { name: string; value: string; rotated: boolean };

// /hooks: the subscriptions, the one whose delivery log is open (?webhook=<id>, so the
// view can be linked and survives a reload), and the dialogs that change them.
export function HooksClient({ initialWebhooks }: { initialWebhooks?: OutboundWebhook[] }) {
  const { data, error, isLoading, mutate } = useOutboundWebhooks(initialWebhooks);
  const webhooks = data ?? [];
  const { mutate: mutateKey } = useSWRConfig();
  const params = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<PendingConfirmation>();
  const [secret, setSecret] = useState<Secret>();
  const [busy, setBusy] = useState<string>();
  const toast = useToast();

  const selected = webhooks.find((w) => w.id === params.get("webhook")) ?? webhooks[0];
  // Next.js keeps useSearchParams in step with history.replaceState, without a server round trip.
  const select = (id: string) => window.history.replaceState(null, "", `?webhook=${encodeURIComponent(id)}`);

  async function run(webhook: OutboundWebhook, work: () => Promise<void>, failure: string) {
    setBusy(webhook.id);
    try {
      await work();
    } catch (e) {
      toast.apiError(e, failure);
      throw e;
    } finally {
      setBusy(undefined);
    }
  }

  const actions: WebhookActions = {
    select: (w) => select(w.id),
    test: (w) =>
      void run(
        w,
        async () => {
          await fetchJson(`${outboundWebhookPath(w.id)}/test`, { method: "POST" });
          toast.success(`Test event queued for ${w.name}.`);
          select(w.id);
          await mutateKey(deliveriesCacheKey(w.id));
        },
        "The test event could not be sent.",
      ).catch(() => {}),
    setEnabled: (w, enabled) =>
      void run(
        w,
        async () => {
          await fetchJson(outboundWebhookPath(w.id), { method: "PATCH", json: { enabled } });
          toast.success(`${w.name} is ${enabled ? "enabled" : "disabled"}.`);
          await mutate();
        },
        `${w.name} could not be ${enabled ? "enabled" : "disabled"}.`,
      ).catch(() => {}),
    rotate: (w) => setConfirming({ kind: "rotate", webhook: w }),
    remove: (w) => setConfirming({ kind: "delete", webhook: w }),
  };

  async function confirm(pending: PendingConfirmation) {
    const w = pending.webhook;
    if (pending.kind === "rotate") {
      await run(
        w,
        async () => {
          const rotated = await fetchJson<{ secret: string }>(`${outboundWebhookPath(w.id)}/rotate-secret`, { method: "POST" });
          setSecret({ name: w.name, value: rotated.secret, rotated: true });
          toast.success(`New secret for ${w.name}; the old one keeps signing for 24 hours.`);
        },
        "The secret could not be rotated.",
      );
    } else {
      await run(
        w,
        async () => {
          await fetchJson(outboundWebhookPath(w.id), { method: "DELETE" });
          toast.success(`${w.name} is deleted.`);
          await mutate();
        },
        `${w.name} could not be deleted.`,
      );
    }
  }

  const full = webhooks.length >= MAX_WEBHOOKS_PER_USER;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <h1 id="hooks-heading" className="text-2xl font-semibold">
            Outbound webhooks
          </h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Hookyard POSTs its events to your URLs, signed (Standard Webhooks and <code>X-Hook-Signature</code>), and retries failures.
          </p>
        </div>
        <Button onClick={() => setCreating(true)} disabled={full} title={full ? `At most ${MAX_WEBHOOKS_PER_USER} subscriptions` : undefined}>
          New webhook
        </Button>
      </div>

      {secret && (
        <ShownOnce
          title={`Copy the ${secret.rotated ? "new " : ""}signing secret of “${secret.name}” now: it will not be shown again.`}
          value={secret.value}
          copyLabel="the signing secret"
          testId="new-secret"
          onDismiss={() => setSecret(undefined)}
        />
      )}

      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error.message}
        </p>
      )}
      {isLoading && !data && <p className="text-sm text-slate-600 dark:text-slate-400">Loading subscriptions…</p>}
      {!data ? null : webhooks.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
          <p className="font-medium">No outbound webhooks yet</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Subscribe a URL to events such as <code>message:received</code>.
          </p>
          <Button className="mt-4" onClick={() => setCreating(true)}>
            New webhook
          </Button>
        </div>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <ul aria-label="Subscriptions" className="space-y-3">
            {webhooks.map((w) => (
              <WebhookCard key={w.id} webhook={w} selected={w.id === selected?.id} busy={busy === w.id} actions={actions} />
            ))}
          </ul>
          {selected && <DeliveryLog key={selected.id} webhook={selected} />}
        </div>
      )}

      <CreateWebhookDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecret({ name: created.name, value: created.secret, rotated: false });
          toast.success(`${created.name} is subscribed.`);
          void mutate().then(() => select(created.id));
        }}
      />
      <WebhookConfirmations pending={confirming} onClose={() => setConfirming(undefined)} onConfirm={confirm} />
    </div>
  );
}
