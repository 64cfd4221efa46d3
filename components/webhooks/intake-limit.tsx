"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { intakeRateLimitSchema } from "@/lib/integration-webhooks/intake-limit-schema";
import { intakeLimitWarning } from "@/lib/integrations/intake-warning";
import type { RetryPolicy } from "@/lib/integrations/types";
import { formField } from "@/lib/forms/form-field";

// The endpoint's opt-in intake limit (integration_config.intake_rate_limit), what the
// provider does with a refused delivery (its preset's documented retry policy), and a
// warning when the two together can lose events. No limit is the default: every
// verified request that can be stored is accepted.
export function IntakeLimit({ name, limit, retries, onSave }: { name: string; limit: number | undefined; retries: RetryPolicy; onSave: (limit: number | null) => Promise<void> }) {
  const [error, setError] = useState<string>();
  const warning = intakeLimitWarning(limit, name, retries);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = formField(new FormData(form), "intake_rate_limit").trim();
    const parsed = intakeRateLimitSchema.safeParse(text === "" ? null : Number(text));
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    setError(undefined);
    await onSave(parsed.data);
    form.reset();
  }

  return (
    <div className="space-y-2 text-sm">
      <p data-testid="intake-limit">
        {limit === undefined ? "No limit: every verified request that can be stored is accepted." : `At most ${limit} requests per second (twice that as a burst); the excess is answered 429.`}
      </p>
      <p className="text-slate-600 dark:text-slate-400">
        When a delivery fails: {retries.summary}{" "}
        <a href={retries.docsUrl} target="_blank" rel="noreferrer" className="font-medium text-brand-700 hover:underline dark:text-brand-100">
          Source ↗
        </a>
      </p>
      {warning && (
        <p role="alert" data-testid="intake-limit-warning" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {warning}
        </p>
      )}
      <form onSubmit={(event) => void save(event)} noValidate className="flex flex-wrap items-start gap-2">
        <div className="min-w-40 flex-1">
          <label htmlFor="intake-limit-input" className="sr-only">
            Intake limit, requests per second
          </label>
          <input
            id="intake-limit-input"
            name="intake_rate_limit"
            inputMode="numeric"
            placeholder="Requests per second; empty for no limit"
            aria-invalid={!!error}
            aria-describedby={error ? "intake-limit-error" : undefined}
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950"
          />
          {error && (
            <p id="intake-limit-error" className="mt-1 text-xs text-red-600 dark:text-red-400">
              {error}
            </p>
          )}
        </div>
        <Button type="submit" variant="secondary" className="py-1.5">
          Save limit
        </Button>
      </form>
    </div>
  );
}
