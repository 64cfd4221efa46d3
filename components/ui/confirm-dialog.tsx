"use client";

import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

type ConfirmDialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs on confirm; the dialog stays open (buttons busy) until it settles, closes when it resolves. */
  onConfirm: () => Promise<void>;
  destructive?: boolean;
};

// Replaces window.confirm: styled in both themes, labelled, and it can wait for the action.
export function ConfirmDialog({ open, onClose, title, children, confirmLabel, onConfirm, destructive }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch {
      // The caller reported the failure (a toast); keep the dialog so the user can retry or cancel.
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open={open} onClose={onClose} title={title} size="sm">
      <div className="text-sm text-slate-700 dark:text-slate-300">{children}</div>
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose} disabled={busy} data-autofocus>
          Cancel
        </Button>
        <Button variant={destructive ? "danger" : "primary"} onClick={() => void confirm()} disabled={busy} aria-busy={busy || undefined}>
          {busy ? "Working…" : confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
