"use client";

import { useState } from "react";
import { useToast } from "./toast";

// One copy control for the whole app: clipboard, a visible "Copied" state confirmed by a
// toast, a label for screen readers, and stopPropagation so a copy inside a table row does
// not open the row. A refused clipboard (insecure origin, denied permission) says so.
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const toast = useToast();
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      toast.error("The browser refused the clipboard; select the text and copy it by hand.");
      return;
    }
    setCopied(true);
    toast.success(`Copied ${label} to the clipboard.`);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <button
      type="button"
      onClick={(event) => {
        event.stopPropagation();
        void copy();
      }}
      className="shrink-0 rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      <span aria-live="polite">{copied ? "Copied" : "Copy"}</span>
      <span className="sr-only"> {label}</span>
    </button>
  );
}
