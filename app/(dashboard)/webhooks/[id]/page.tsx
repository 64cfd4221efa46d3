import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ApiError } from "@/lib/api/errors";
import { currentUser } from "@/lib/auth/current-user";
import { listEndpointEvents } from "@/lib/inbound/events/list-events";
import { eventListQuerySchema } from "@/lib/inbound/events/schemas";
import { findPersistedIntegrationWebhook } from "@/lib/integration-webhooks/find-integration-webhook";
import { toDto } from "@/lib/integration-webhooks/serialize";
import { HistoryClient } from "./history-client";

export const metadata: Metadata = { title: "Execution history" };

const PAGE_SIZE = 25;

// The endpoint and the first page of its history come with the HTML; later pages,
// the inspector and live updates are fetched by the client.
export default async function EndpointHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const { id } = await params;
  const query = await searchParams;
  const status = typeof query.status === "string" ? query.status : undefined;
  const parsed = eventListQuerySchema.safeParse({ status, limit: PAGE_SIZE });
  let endpoint;
  try {
    endpoint = await findPersistedIntegrationWebhook(user.id, id);
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    throw error;
  }
  const dto = toDto(endpoint.preset, user.id, endpoint.row);
  const firstPage = parsed.success ? await listEndpointEvents(user.id, endpoint.row.id, parsed.data) : undefined;
  return (
    <section aria-labelledby="history-heading">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/webhooks" className="hover:underline">
          Webhooks
        </Link>{" "}
        / {endpoint.preset.name}
      </nav>
      <h1 id="history-heading" className="mt-1 text-2xl font-semibold">
        {endpoint.preset.name} execution history
      </h1>
      <HistoryClient endpoint={dto} driftCount={endpoint.row.driftCount ?? 0} pageSize={PAGE_SIZE} firstPage={firstPage} />
    </section>
  );
}
