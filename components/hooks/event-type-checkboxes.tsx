"use client";

import { FieldError } from "@/components/ui/field";
import { OUTBOUND_EVENT_TYPES } from "@/lib/outbound/event-types";

const GROUPS = ["app", "message", "agent"] as const;
const CHECKBOX = "h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500 dark:border-slate-600 dark:bg-slate-950";

// The event types of DESIGN.md §3 as checkboxes, grouped by their prefix; "*" covers every
// type (including ones added later), so choosing it greys the individual boxes out.
export function EventTypeCheckboxes({ value, onChange, error }: { value: string[]; onChange: (next: string[]) => void; error?: string }) {
  const all = value.includes("*");
  const toggle = (type: string, on: boolean) => onChange(on ? [...value, type] : value.filter((t) => t !== type));
  return (
    <fieldset aria-describedby={error ? "event-types-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">Event types</legend>
      <label className="mt-2 flex items-center gap-2 text-sm">
        <input type="checkbox" className={CHECKBOX} checked={all} onChange={(e) => onChange(e.target.checked ? ["*"] : [])} />
        All events <code className="text-xs text-slate-500 dark:text-slate-400">*</code>
      </label>
      <div className="mt-2 grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-3">
        {GROUPS.map((group) => (
          <div key={group} role="group" aria-label={`${group} events`}>
            <p aria-hidden="true" className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {group}
            </p>
            {OUTBOUND_EVENT_TYPES.filter((t) => t.startsWith(`${group}:`)).map((type) => (
              <label key={type} className={`mt-1 flex items-center gap-2 text-sm ${all ? "opacity-50" : ""}`}>
                <input type="checkbox" className={CHECKBOX} disabled={all} checked={all || value.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
                <span className="font-mono text-xs">{type}</span>
              </label>
            ))}
          </div>
        ))}
      </div>
      <FieldError id="event-types-error">{error}</FieldError>
    </fieldset>
  );
}
