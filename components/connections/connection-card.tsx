"use client";

import { useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { OAuthProviderOption } from "@/lib/connections/list-oauth-providers";
import type { Connection } from "@/lib/swr/use-connections";
import { RemoteWebhooks } from "./remote-webhooks";

const STATUS_TONE: Record<string, BadgeTone> = { active: "success", error: "danger", expired: "warning", disconnected: "neutral" };

// One connected account: who, its status and token expiry, its remote webhooks on demand.
export function ConnectionCard({ connection, provider, onDisconnect }: { connection: Connection; provider?: OAuthProviderOption; onDisconnect: (c: Connection) => void }) {
  const [showWebhooks, setShowWebhooks] = useState(false);
  const name = provider?.name ?? connection.providerId;
  const account = connection.accountName ?? connection.accountId;
  const panelId = `remote-webhooks-${connection.id}`;
  return (
    <li data-testid="connection" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-3">
        {/* The logos are small local SVGs, which next/image serves unoptimized anyway. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        {provider && <img src={provider.icon} alt="" width={32} height={32} className="h-8 w-8 shrink-0 rounded ring-1 ring-slate-200 dark:ring-slate-700" />}
        <div className="min-w-0 flex-1">
          <h3 className="font-medium">
            {name} <span className="font-normal text-slate-600 dark:text-slate-400">· {account}</span>
          </h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {connection.createdAt && (
              <>
                Connected <time dateTime={connection.createdAt}>{new Date(connection.createdAt).toLocaleDateString()}</time>
              </>
            )}
            {connection.expiresAt && (
              <>
                {" "}
                · token expires <time dateTime={connection.expiresAt}>{new Date(connection.expiresAt).toLocaleString()}</time>
              </>
            )}
            {connection.scopes.length > 0 && (
              <>
                {" "}
                · scopes <span className="font-mono">{connection.scopes.join(", ")}</span>
              </>
            )}
          </p>
        </div>
        <Badge tone={STATUS_TONE[connection.status] ?? "neutral"}>{connection.status}</Badge>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" aria-expanded={showWebhooks} aria-controls={panelId} onClick={() => setShowWebhooks((v) => !v)}>
          {showWebhooks ? "Hide" : "Show"} remote webhooks
          <span className="sr-only">
            {" "}
            of {name} {account}
          </span>
        </Button>
        <Button variant="danger-ghost" onClick={() => onDisconnect(connection)}>
          Disconnect
          <span className="sr-only">
            {" "}
            {name} {account}
          </span>
        </Button>
      </div>
      <div id={panelId}>{showWebhooks && <RemoteWebhooks connectionId={connection.id} canRegister={provider?.supportsRemoteRegistration ?? false} />}</div>
    </li>
  );
}
