"use client";

import { useEffect, useState } from "react";
import { ConnectionCard } from "@/components/connections/connection-card";
import { ProviderGrid } from "@/components/connections/provider-grid";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import type { OAuthProviderOption } from "@/lib/connections/list-oauth-providers";
import { disconnectConnection, useConnections, type Connection } from "@/lib/swr/use-connections";

// The OAuth callback redirects back here; `?connected=<provider>` or `?error=<message>`
// becomes a toast, and the parameters leave the URL so a reload does not repeat it.
function useCallbackToast(providers: OAuthProviderOption[]) {
  const toast = useToast();
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const connected = params.get("connected");
    const error = params.get("error");
    if (!connected && !error) return;
    if (connected) toast.success(`${providers.find((p) => p.id === connected)?.name ?? connected} is connected.`);
    if (error) toast.error(error);
    window.history.replaceState(null, "", window.location.pathname);
  }, [providers, toast]);
}

export function ConnectionsClient({ providers, callbackUrl }: { providers: OAuthProviderOption[]; callbackUrl: string }) {
  const { data: connections, error, isLoading, mutate } = useConnections();
  const [disconnecting, setDisconnecting] = useState<Connection>();
  const toast = useToast();
  useCallbackToast(providers);
  const byId = new Map(providers.map((p) => [p.id, p]));
  const label = (c?: Connection) => (c ? `${byId.get(c.providerId)?.name ?? c.providerId} (${c.accountName ?? c.accountId})` : "");

  async function disconnect(connection: Connection) {
    try {
      await disconnectConnection(connection.id);
    } catch (e) {
      toast.apiError(e, "The account could not be disconnected.");
      throw e;
    }
    toast.success(`${label(connection)} is disconnected.`);
    await mutate();
  }

  return (
    <>
      <section aria-labelledby="connected-heading">
        <h2 id="connected-heading" className="text-lg font-semibold">
          Connected accounts
        </h2>
        {isLoading && <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Loading…</p>}
        {error && (
          <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
            {error.message}
          </p>
        )}
        {connections?.length === 0 && (
          <div className="mt-3 rounded-lg border border-dashed border-slate-300 px-6 py-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            No accounts connected yet. Connect one below.
          </div>
        )}
        {connections && connections.length > 0 && (
          <ul className="mt-3 space-y-3">
            {connections.map((c) => (
              <ConnectionCard key={c.id} connection={c} provider={byId.get(c.providerId)} onDisconnect={setDisconnecting} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="providers-heading">
        <h2 id="providers-heading" className="text-lg font-semibold">
          Integrations
        </h2>
        {providers.some((p) => !p.configured) && (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            To enable Connect for a provider, register an OAuth app with it using the callback URL <code className="break-all">{callbackUrl}</code>, then set its client id and secret on the server and
            restart.
          </p>
        )}
        <div className="mt-3">
          <ProviderGrid providers={providers} connectedIds={new Set(connections?.map((c) => c.providerId))} />
        </div>
      </section>

      <ConfirmDialog
        open={!!disconnecting}
        onClose={() => setDisconnecting(undefined)}
        title={`Disconnect ${label(disconnecting)}?`}
        confirmLabel="Disconnect"
        destructive
        onConfirm={() => disconnect(disconnecting!)}
      >
        Hookyard deletes the webhooks it registered on the provider (a failure there is logged, not blocking) and then its tokens. Events from this account stop arriving.
      </ConfirmDialog>
    </>
  );
}
