"use client";

import { Button } from "./button";
import { CopyButton } from "./copy-button";

// A secret the server returns once (a new API token, a webhook signing secret): shown until
// dismissed, with a copy control, and announced when it appears.
export function ShownOnce({ title, value, copyLabel, testId, onDismiss }: { title: string; value: string; copyLabel: string; testId?: string; onDismiss: () => void }) {
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50">
      <p className="text-sm font-medium">{title}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code data-testid={testId} className="min-w-0 break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100">
          {value}
        </code>
        <CopyButton value={value} label={copyLabel} />
        <Button variant="ghost" className="ml-auto" onClick={onDismiss}>
          Done
        </Button>
      </div>
    </div>
  );
}
