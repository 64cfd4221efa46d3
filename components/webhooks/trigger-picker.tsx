"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import type { CatalogEntry } from "@/lib/swr/use-integrations";

type Trigger = CatalogEntry["triggerTypes"][number];
const ALL = "*";

// The endpoint's trigger types, chosen from the provider's full event catalog (hundreds
// for Stripe or GitHub): "All events" (the default, as in Hookdeck and Svix) or a
// selection, searched by name, description or the provider's event type, and grouped
// by the resource each event is about. `onSave` is absent until the endpoint exists.
export function TriggerPicker({ triggers, subscribed, onSave }: { triggers: Trigger[]; subscribed: string[]; onSave?: (types: string[]) => Promise<unknown> }) {
  const [all, setAll] = useState(subscribed.includes(ALL));
  const [chosen, setChosen] = useState(() => new Set(subscribed.filter((t) => t !== ALL)));
  const [query, setQuery] = useState("");
  const groups = useMemo(() => groupTriggers(triggers, query), [triggers, query]);
  const dirty = all !== subscribed.includes(ALL) || (!all && !sameSet(chosen, subscribed));
  const shown = groups.reduce((n, [, list]) => n + list.length, 0);

  function toggle(value: string) {
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(value)) next.add(value);
      return next;
    });
  }

  return (
    <div className="space-y-2" data-testid="trigger-picker">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={all} disabled={!onSave} onChange={(e) => setAll(e.target.checked)} />
        <span>
          All events <span className="text-slate-500">(every event {triggers.length > 0 ? `of the ${triggers.length} types` : ""} the provider sends, and types it adds later)</span>
        </span>
      </label>
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={`Search ${triggers.length} trigger types`}
        aria-label="Search trigger types"
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      <p className="text-xs text-slate-500" aria-live="polite">
        {query ? `${shown} matching` : `${groups.length} groups`}
        {!all && ` · ${chosen.size} selected`}
      </p>
      <div className="max-h-96 space-y-1 overflow-auto">
        {groups.map(([group, list]) => (
          <details key={group} open={query !== "" || groups.length === 1} className="rounded-md border border-slate-200 dark:border-slate-700">
            <summary className="cursor-pointer px-2 py-1 text-sm font-medium">
              {group} <span className="text-xs text-slate-500">({list.length})</span>
            </summary>
            <ul className="space-y-1 px-2 pb-2">
              {list.map((trigger) => (
                <li key={trigger.value}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" className="mt-1" disabled={all || !onSave} checked={all || chosen.has(trigger.value)} onChange={() => toggle(trigger.value)} />
                    <span className="min-w-0">
                      <code className="text-xs font-semibold break-all">{trigger.value}</code>
                      <span className="block text-sm text-slate-600 dark:text-slate-400">{trigger.description}</span>
                    </span>
                  </label>
                  {trigger.sample !== undefined && (
                    <details className="ml-6 mt-1">
                      <summary className="cursor-pointer text-xs font-medium text-brand-700 dark:text-brand-100">Sample payload</summary>
                      <pre className="mt-1 max-h-60 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-950">{JSON.stringify(trigger.sample, null, 2)}</pre>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
      {onSave && (
        <Button type="button" disabled={!dirty || (!all && chosen.size === 0)} onClick={() => void onSave(all ? [ALL] : [...chosen])}>
          Save trigger types
        </Button>
      )}
    </div>
  );
}

function groupTriggers(triggers: Trigger[], query: string): [string, Trigger[]][] {
  const q = query.trim().toLowerCase();
  const matching = q ? triggers.filter((t) => [t.value, t.description, ...t.eventTypes].some((text) => text.toLowerCase().includes(q))) : triggers;
  const groups = new Map<string, Trigger[]>();
  for (const trigger of matching) {
    const group = trigger.group ?? "other";
    groups.set(group, [...(groups.get(group) ?? []), trigger]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

function sameSet(chosen: Set<string>, subscribed: string[]): boolean {
  return chosen.size === subscribed.length && subscribed.every((t) => chosen.has(t));
}
