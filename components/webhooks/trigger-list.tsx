import type { CatalogEntry } from "@/lib/swr/use-integrations";

// The integration's trigger types with descriptions; each sample payload folds open.
export function TriggerList({ triggers, subscribed }: { triggers: CatalogEntry["triggerTypes"]; subscribed: string[] }) {
  return (
    <ul className="space-y-2">
      {triggers.map((trigger) => (
        <li key={trigger.value} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
          <div className="flex flex-wrap items-center gap-2">
            <code className="text-xs font-semibold">{trigger.value}</code>
            {subscribed.includes(trigger.value) && <span className="text-xs text-emerald-700 dark:text-emerald-400">subscribed</span>}
          </div>
          <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{trigger.description}</p>
          <details className="mt-1">
            <summary className="cursor-pointer text-xs font-medium text-brand-700 dark:text-brand-100">Sample payload</summary>
            <pre className="mt-1 max-h-60 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-950">{JSON.stringify(trigger.sample, null, 2)}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
