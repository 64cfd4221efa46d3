"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import { ShownOnce } from "@/components/ui/shown-once";
import { useToast } from "@/components/ui/toast";
import { apiTokenCreateSchema } from "@/lib/auth/api-token-schema";
import { issuesToFieldErrors, serverFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { fetchJson } from "@/lib/swr/fetch-json";
import { API_TOKENS_KEY, useApiTokens, type ApiTokenRow, type CreatedApiToken } from "@/lib/swr/use-api-tokens";
import { useHydrated } from "@/lib/use-hydrated";
import { ApiTokensTable } from "./api-tokens-table";

// Create (validated with the API's schema, shown once), list and revoke (after a confirm
// dialog) API tokens; every server failure is a toast carrying the server's message.
export function ApiTokensClient() {
  const { data: tokens, error, isLoading, mutate } = useApiTokens();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenRow>();
  const hydrated = useHydrated();
  const toast = useToast();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = apiTokenCreateSchema.safeParse({ name: new FormData(form).get("name") });
    if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues));
    setPending(true);
    try {
      const token = await fetchJson<CreatedApiToken>(API_TOKENS_KEY, { method: "POST", json: parsed.data });
      setCreated(token);
      setErrors({});
      form.reset();
      toast.success(`Token “${token.name}” created.`);
      await mutate();
    } catch (e) {
      setErrors(serverFieldErrors(e));
      toast.apiError(e, "The token could not be created.");
    } finally {
      setPending(false);
    }
  }

  async function revoke(token: ApiTokenRow) {
    try {
      await fetchJson(`${API_TOKENS_KEY}/${encodeURIComponent(token.id)}`, { method: "DELETE" });
    } catch (e) {
      toast.apiError(e, "The token could not be revoked.");
      throw e;
    }
    if (created?.id === token.id) setCreated(null);
    toast.success(`Token “${token.name}” revoked.`);
    await mutate();
  }

  return (
    <div className="mt-6 space-y-6">
      <form onSubmit={(event) => void create(event)} method="post" className="flex flex-wrap items-start gap-3" noValidate data-hydrated={hydrated || undefined}>
        <TextField id="token-name" name="name" label="Token name" placeholder="e.g. deploy script" error={errors.name} autoComplete="off" className="min-w-60 flex-1" />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>

      {created && (
        <ShownOnce
          title={`Copy the token “${created.name}” now: it will not be shown again.`}
          value={created.token}
          copyLabel="the new API token"
          testId="new-token"
          onDismiss={() => setCreated(null)}
        />
      )}

      <ApiTokensTable tokens={tokens} error={error} isLoading={isLoading} onRevoke={setRevoking} />

      <ConfirmDialog open={!!revoking} onClose={() => setRevoking(undefined)} title={`Revoke “${revoking?.name ?? ""}”?`} confirmLabel="Revoke token" destructive onConfirm={() => revoke(revoking!)}>
        Clients sending this token get 401 from the next request on. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
