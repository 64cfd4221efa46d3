"use client";

import { useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { registerConnectionWebhooks, useConnectionWebhooks, type RegistrationResult } from "@/lib/swr/use-connections";

const DRIFT_TONE: Record<string, BadgeTone> = { registered: "success", missing: "danger", drifted: "warning" };

// The provider-side webhooks of one connection, with their drift status, and registering
// them again. Registration can half-succeed: what failed is listed per resource, never hidden.
export function RemoteWebhooks({ connectionId, canRegister }: { connectionId: string; canRegister: boolean }) {
  const { data: webhooks, error, isLoading, mutate } = useConnectionWebhooks(connectionId);
  const [result, setResult] = useState<RegistrationResult>();
  const [pending, setPending] = useState(false);
  const toast = useToast();

  async function register() {
    setPending(true);
    try {
      const outcome = await registerConnectionWebhooks(connectionId);
      setResult(outcome);
      if (outcome.errors.length === 0) toast.success(`Registered ${outcome.created.length} webhook${outcome.created.length === 1 ? "" : "s"}.`);
      else toast.error(`${outcome.errors.length} of ${outcome.created.length + outcome.errors.length} webhooks could not be registered.`);
      await mutate();
    } catch (e) {
      toast.apiError(e, "The webhooks could not be registered.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="mt-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        <h4 className="text-sm font-medium">Remote webhooks</h4>
        {canRegister && (
          <Button variant="secondary" className="ml-auto px-2 py-1 text-xs" disabled={pending} onClick={() => void register()}>
            {pending ? "Registering…" : "Register webhooks"}
          </Button>
        )}
      </div>
      {isLoading && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Loading…</p>}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {error.message}
        </p>
      )}
      {webhooks?.length === 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {canRegister ? "None registered on the provider yet." : "This provider does not let Hookyard register webhooks; follow its setup steps on the Webhooks page."}
        </p>
      )}
      {webhooks && webhooks.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {webhooks.map((w) => (
            <li key={`${w.resource}-${w.remoteId}`} className="flex flex-wrap items-center gap-2">
              <span className="min-w-0 break-all font-mono text-xs">{w.resource}</span>
              <Badge tone={DRIFT_TONE[w.status] ?? "neutral"}>{w.status}</Badge>
              {w.message && <span className="text-xs text-slate-600 dark:text-slate-400">{w.message}</span>}
            </li>
          ))}
        </ul>
      )}
      {result && result.errors.length > 0 && (
        <div role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-medium">Not registered:</p>
          <ul className="mt-1 list-disc pl-5">
            {result.errors.map((e) => (
              <li key={e.resource}>
                <span className="font-mono text-xs">{e.resource}</span>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
