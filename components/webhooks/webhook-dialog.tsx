"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { StatusBadge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import type { IntegrationWebhook } from "@/lib/swr/use-integration-webhooks";
import type { CatalogEntry } from "@/lib/swr/use-integrations";
import { intakeRateLimitOf } from "@/lib/integration-webhooks/intake-limit-schema";
import { IntakeLimit } from "./intake-limit";
import { IntegrationIcon } from "./integration-icon";
import { RecentExecutions } from "./recent-executions";
import { SigningSecret } from "./signing-secret";
import { TriggerPicker } from "./trigger-picker";
import { useWebhookActions } from "./use-webhook-actions";
import { isPersisted } from "./webhook-columns";

// Everything about one integration's endpoint: setup steps, URL and secret with copy
// buttons, triggers with samples, capabilities, docs, on/off, a test event and the
// latest executions. Opened by ?webhook=<provider id> in the URL.
export function WebhookDialog({ webhook, integration, onClose }: { webhook: IntegrationWebhook; integration: CatalogEntry; onClose: () => void }) {
  const actions = useWebhookActions();
  const [secretOnce, setSecretOnce] = useState<string>();
  const [busy, setBusy] = useState(false);
  const persisted = isPersisted(webhook);
  const name = integration.name;
  const steps = webhook.external_config.instructions.split("\n").map((line) => line.replace(/^\d+\.\s*/, ""));
  const secretConfigured = webhook.integration_config.signing_secret_configured === true;

  async function busyWhile(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      size="lg"
      onClose={onClose}
      title={
        <span className="flex items-center gap-2">
          <IntegrationIcon providerId={integration.id} size={22} />
          {name} webhook <StatusBadge status={webhook.status} />
        </span>
      }
      description={integration.description}
    >
      <div className="space-y-5">
        <Section title="Webhook URL">
          {persisted ? (
            <div className="flex items-center gap-2">
              <code data-testid="dialog-webhook-url" className="min-w-0 flex-1 break-all rounded bg-slate-100 px-2 py-1 text-xs dark:bg-slate-950">
                {webhook.webhook_url}
              </code>
              <CopyButton value={webhook.webhook_url} label="webhook URL" />
            </div>
          ) : (
            <div className="flex flex-wrap items-center gap-3">
              <p className="text-sm text-slate-600 dark:text-slate-400">Create the endpoint to get its URL.</p>
              <Button type="button" disabled={busy} onClick={() => void busyWhile(async () => setSecretOnce((await actions.create(integration.id, name))?.signing_secret))}>
                Create endpoint
              </Button>
            </div>
          )}
        </Section>

        {persisted && (
          <Section title="Signing secret">
            <SigningSecret
              label={integration.secretLabel}
              source={integration.secretSource}
              configured={secretConfigured}
              revealedOnce={secretOnce}
              onSave={(secret) => busyWhile(() => actions.update(webhook.id, { signing_secret: secret }, `${integration.secretLabel} saved`))}
            />
          </Section>
        )}

        {persisted && (
          <Section title="Intake limit">
            <IntakeLimit
              name={name}
              limit={intakeRateLimitOf(webhook.integration_config)}
              retries={integration.retries}
              onSave={(limit) =>
                busyWhile(() => actions.update(webhook.id, { integration_config: { intake_rate_limit: limit } }, limit === null ? "Intake limit removed" : `Intake limit set to ${limit} requests/s`))
              }
            />
          </Section>
        )}

        <Section title="Setup">
          <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="setup-steps">
            {steps.map((step, index) => (
              <li key={index} className="break-words">
                {step}
              </li>
            ))}
          </ol>
          <a href={integration.docsUrl} target="_blank" rel="noreferrer" className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
            {name} webhook documentation ↗
          </a>
        </Section>

        {persisted && (
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() =>
                void busyWhile(() =>
                  actions.update(
                    webhook.id,
                    { status: webhook.status === "inactive" ? "active" : "inactive" },
                    webhook.status === "inactive" ? `${name} endpoint enabled` : `${name} endpoint disabled`,
                  ),
                )
              }
            >
              {webhook.status === "inactive" ? "Enable" : "Disable"}
            </Button>
            <Button type="button" variant="secondary" disabled={busy || webhook.status === "inactive"} onClick={() => void busyWhile(() => actions.sendTest(webhook.id))}>
              Send test event
            </Button>
            <Link
              href={`/webhooks/${webhook.id}`}
              className="inline-flex items-center rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-800"
            >
              Full history →
            </Link>
          </div>
        )}

        {persisted && (
          <Section title="Last executions">
            <RecentExecutions endpointId={webhook.id} />
          </Section>
        )}

        <Section title="Capabilities">
          <ul className="flex flex-wrap gap-1.5">
            {webhook.external_config.capabilities.map((c) => (
              <li key={c} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800">
                {c}
              </li>
            ))}
          </ul>
        </Section>

        <Section title={`Trigger types (${integration.triggerTypes.length})`}>
          <TriggerPicker
            key={webhook.trigger_types.join(",")}
            triggers={integration.triggerTypes}
            subscribed={webhook.trigger_types}
            onSave={persisted ? (types) => busyWhile(() => actions.update(webhook.id, { trigger_types: types }, `${name} trigger types saved`)) : undefined}
          />
        </Section>
      </div>
    </Dialog>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h3 className="mb-1.5 text-sm font-semibold text-slate-700 dark:text-slate-300">{title}</h3>
      {children}
    </section>
  );
}
