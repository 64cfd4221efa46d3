"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { OutboundWebhook } from "@/lib/swr/use-outbound-webhooks";

export type PendingConfirmation = { kind: "rotate" | "delete"; webhook: OutboundWebhook };

// The two actions on a subscription that cannot be undone, each with its consequence spelled out.
export function WebhookConfirmations({ pending, onClose, onConfirm }: { pending?: PendingConfirmation; onClose: () => void; onConfirm: (p: PendingConfirmation) => Promise<void> }) {
  const name = pending?.webhook.name ?? "";
  return (
    <>
      <ConfirmDialog open={pending?.kind === "rotate"} onClose={onClose} title={`Rotate the secret of “${name}”?`} confirmLabel="Rotate secret" onConfirm={() => onConfirm(pending!)}>
        A new secret is generated and shown once. For 24 hours deliveries carry signatures from both the old and the new secret, so your receiver can switch over without dropping events.
      </ConfirmDialog>
      <ConfirmDialog open={pending?.kind === "delete"} onClose={onClose} title={`Delete “${name}”?`} confirmLabel="Delete webhook" destructive onConfirm={() => onConfirm(pending!)}>
        Hookyard stops delivering to <span className="break-all font-mono">{pending?.webhook.url}</span> and its delivery log is deleted with it.
      </ConfirmDialog>
    </>
  );
}
