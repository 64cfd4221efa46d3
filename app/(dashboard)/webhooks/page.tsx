import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listIntegrationWebhooks } from "@/lib/integration-webhooks/list-integration-webhooks";
import { integrationWebhookListQuerySchema } from "@/lib/integration-webhooks/schemas";
import { getCatalog } from "@/lib/integrations/catalog";
import { CATEGORIES } from "@/lib/integrations/types";
import { WebhooksClient } from "./webhooks-client";

export const metadata: Metadata = { title: "Webhooks" };

// The first render already has the rows for the filters in the URL; the client
// takes over with SWR (same API path as its key) and the live stream.
export default async function WebhooksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=/webhooks");
  const params = await searchParams;
  const filters = integrationWebhookListQuerySchema.safeParse({ q: one(params.q), category: one(params.category), status: one(params.status) });
  const list = await listIntegrationWebhooks(user.id, filters.success ? filters.data : {});
  return (
    <section aria-labelledby="webhooks-heading">
      <h1 id="webhooks-heading" className="text-2xl font-semibold">
        Webhooks
      </h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">One inbound endpoint per integration. Open a row for its URL, secret and setup steps.</p>
      <WebhooksClient initialList={filters.success ? list : undefined} catalog={getCatalog()} categories={[...CATEGORIES]} />
    </section>
  );
}

function one(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value) || undefined;
}
