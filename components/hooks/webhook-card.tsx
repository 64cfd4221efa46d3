"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import type { OutboundWebhook } from "@/lib/swr/use-outbound-webhooks";

const HEALTH_TONE: Record<OutboundWebhook["health"], BadgeTone> = { healthy: "success", failing: "danger", disabled: "neutral" };

export type WebhookActions = {
  select: (webhook: OutboundWebhook) => void;
  test: (webhook: OutboundWebhook) => void;
  setEnabled: (webhook: OutboundWebhook, enabled: boolean) => void;
  rotate: (webhook: OutboundWebhook) => void;
  remove: (webhook: OutboundWebhook) => void;
};

// One subscription: what it is (name, URL, events, health) and what can be done to it.
// Every button's accessible name ends with the subscription's name, so a list of them
// stays unambiguous to a screen reader ("Send test to CRM sync").
export function WebhookCard({ webhook, selected, busy, actions }: { webhook: OutboundWebhook; selected: boolean; busy: boolean; actions: WebhookActions }) {
  const suffix = <span className="sr-only"> {webhook.name}</span>;
  return (
    <li
      aria-current={selected || undefined}
      data-testid="outbound-webhook"
      className={`rounded-lg border bg-white p-4 dark:bg-slate-900 ${selected ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200 dark:border-slate-800"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="min-w-0 truncate font-semibold">{webhook.name}</h3>
        <Badge tone={HEALTH_TONE[webhook.health]}>{webhook.health}</Badge>
        {webhook.consecutiveFailures > 0 && <Badge tone="warning">{webhook.consecutiveFailures} failed in a row</Badge>}
        <label className="ml-auto flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          {webhook.enabled ? "Enabled" : "Disabled"}
          <Switch checked={webhook.enabled} disabled={busy} label={`Enabled: ${webhook.name}`} onChange={(on) => actions.setEnabled(webhook, on)} />
        </label>
      </div>
      <p className="mt-1 break-all font-mono text-xs text-slate-600 dark:text-slate-400">{webhook.url}</p>
      <ul aria-label="Event types" className="mt-2 flex flex-wrap gap-1">
        {webhook.eventTypes.map((type) => (
          <li key={type}>
            <Badge tone="info">{type === "*" ? "all events" : type}</Badge>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant={selected ? "primary" : "secondary"} aria-pressed={selected} onClick={() => actions.select(webhook)}>
          Delivery log{suffix}
        </Button>
        <Button variant="secondary" disabled={busy || !webhook.enabled} title={webhook.enabled ? undefined : "Enable the webhook to send a test"} onClick={() => actions.test(webhook)}>
          Send test{suffix}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => actions.rotate(webhook)}>
          Rotate secret{suffix}
        </Button>
        <Button variant="danger-ghost" disabled={busy} onClick={() => actions.remove(webhook)}>
          Delete{suffix}
        </Button>
      </div>
    </li>
  );
}
