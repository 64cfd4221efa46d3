import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "success" | "warning" | "danger" | "info";

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-600",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-800",
  warning: "bg-amber-50 text-amber-800 ring-amber-300 dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-800",
  danger: "bg-red-50 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-300 dark:ring-red-800",
  info: "bg-brand-50 text-brand-700 ring-brand-100 dark:bg-brand-900 dark:text-brand-100 dark:ring-brand-700",
};

// Status words are always written out, never colour alone, so the badge reads the same in
// both themes and to a screen reader.
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE_CLASSES[tone]}`}>{children}</span>;
}

const STATUS_TONES: Record<string, BadgeTone> = {
  active: "success",
  processed: "success",
  succeeded: "success",
  inactive: "neutral",
  ignored: "neutral",
  accepted: "info",
  pending: "info",
  error: "danger",
  failed: "danger",
  rejected: "warning",
};

/** A status word from any of the app's vocabularies (endpoint, event, delivery), coloured by what it means. */
export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status] ?? "neutral"}>{status}</Badge>;
}
