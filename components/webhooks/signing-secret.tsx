"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { integrationWebhookUpdateSchema } from "@/lib/integration-webhooks/schemas";
import { formField } from "@/lib/forms/form-field";

// The signing secret, two ways (DESIGN.md §3): Hookyard chose it and shows it once
// after creation (masked here until "Reveal"), or the provider issued it and the user
// pastes it in (validated with the API's own zod schema). Stored secrets never come back.
export function SigningSecret({
  label,
  source,
  configured,
  revealedOnce,
  onSave,
}: {
  label: string;
  source: "hookyard" | "provider";
  configured: boolean;
  revealedOnce?: string;
  onSave: (secret: string) => Promise<void>;
}) {
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<string>();

  if (revealedOnce) {
    return (
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
        <p className="text-sm font-medium">{label}: copy it now, it will not be shown again.</p>
        <div className="mt-2 flex items-center gap-2">
          <code data-testid="signing-secret" className="min-w-0 flex-1 truncate rounded bg-white px-2 py-1 text-xs dark:bg-slate-900">
            {shown ? revealedOnce : "•".repeat(24)}
          </code>
          <Button type="button" variant="secondary" className="px-2 py-1 text-xs" aria-pressed={shown} onClick={() => setShown(!shown)}>
            {shown ? "Hide" : "Reveal"}
            <span className="sr-only"> {label}</span>
          </Button>
          <CopyButton value={revealedOnce} label={label} />
        </div>
      </div>
    );
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = integrationWebhookUpdateSchema.safeParse({ signing_secret: formField(new FormData(form), "signing_secret") });
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    setError(undefined);
    await onSave(parsed.data.signing_secret!);
    form.reset();
  }

  return (
    <div>
      <p className="text-sm">
        {label}:{" "}
        {configured ? <span className="font-medium text-emerald-700 dark:text-emerald-400">configured</span> : <span className="font-medium text-amber-700 dark:text-amber-400">not configured</span>}
        {source === "hookyard" && configured && <span className="text-slate-600 dark:text-slate-400"> (shown once, when the endpoint was created)</span>}
      </p>
      {source === "provider" && (
        <form onSubmit={(event) => void save(event)} noValidate className="mt-2 flex flex-wrap items-start gap-2">
          <div className="min-w-48 flex-1">
            <label htmlFor="signing-secret-input" className="sr-only">
              {label}
            </label>
            <div className="flex">
              <input
                id="signing-secret-input"
                name="signing_secret"
                type={shown ? "text" : "password"}
                autoComplete="off"
                placeholder={configured ? "Paste a new one to replace it" : `Paste the ${label}`}
                aria-invalid={!!error}
                aria-describedby={error ? "signing-secret-error" : undefined}
                className="min-w-0 flex-1 rounded-l-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950"
              />
              <button
                type="button"
                aria-pressed={shown}
                onClick={() => setShown(!shown)}
                className="rounded-r-md border border-l-0 border-slate-300 px-2 text-xs font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                {shown ? "Hide" : "Show"}
              </button>
            </div>
            {error && (
              <p id="signing-secret-error" className="mt-1 text-xs text-red-600 dark:text-red-400">
                {error}
              </p>
            )}
          </div>
          <Button type="submit" variant="secondary" className="py-1.5">
            Save secret
          </Button>
        </form>
      )}
    </div>
  );
}
