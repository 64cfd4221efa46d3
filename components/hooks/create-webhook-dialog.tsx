"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { issuesToFieldErrors, serverFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { outboundWebhookCreateSchema } from "@/lib/outbound/schemas";
import { useHydrated } from "@/lib/use-hydrated";
import { fetchJson } from "@/lib/swr/fetch-json";
import { OUTBOUND_WEBHOOKS_KEY, type CreatedOutboundWebhook } from "@/lib/swr/use-outbound-webhooks";
import { EventTypeCheckboxes } from "./event-type-checkboxes";
import { formField } from "@/lib/forms/form-field";

// Validates with the API's own schema before sending; what the server still refuses (a
// private URL, the 10-subscription limit) comes back as a toast plus field errors.
export function CreateWebhookDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (created: CreatedOutboundWebhook) => void }) {
  const [eventTypes, setEventTypes] = useState<string[]>(["message:received"]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const toast = useToast();

  function close() {
    setErrors({});
    setEventTypes(["message:received"]);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const secret = formField(form, "secret");
    const parsed = outboundWebhookCreateSchema.safeParse({ name: form.get("name"), url: form.get("url"), eventTypes, secret: secret === "" ? undefined : secret });
    if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues));
    setPending(true);
    try {
      const created = await fetchJson<CreatedOutboundWebhook>(OUTBOUND_WEBHOOKS_KEY, { method: "POST", json: parsed.data });
      setErrors({});
      setEventTypes(["message:received"]);
      onCreated(created);
    } catch (e) {
      setErrors(serverFieldErrors(e));
      toast.apiError(e, "The subscription could not be created.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open={open} onClose={close} title="New outbound webhook" description="Hookyard POSTs each chosen event to this URL, signed with the secret.">
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4" data-hydrated={hydrated || undefined}>
        <TextField id="webhook-name" name="name" label="Name" placeholder="e.g. CRM sync" error={errors.name} autoComplete="off" autoFocusInDialog />
        <TextField id="webhook-url" name="url" label="URL" type="url" inputMode="url" placeholder="https://example.com/hooks" error={errors.url} autoComplete="off" />
        <EventTypeCheckboxes value={eventTypes} onChange={setEventTypes} error={errors.eventTypes} />
        <TextField
          id="webhook-secret"
          name="secret"
          label="Signing secret (optional)"
          error={errors.secret}
          autoComplete="off"
          spellCheck={false}
          hint="Leave empty and Hookyard generates a whsec_ secret. It is shown once, after creating."
        />
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create webhook"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
