// GET /api/connections/{provider}/authorize — start OAuth: 302 to the provider with state (and PKCE)
// The segment is [id] because Next.js needs one name per level; here it holds a provider id.
import { withAuth } from "@/lib/api/with-auth";
import { rememberAccountHost } from "@/lib/connections/account-host";
import { providerConfig } from "@/lib/connections/provider-config";
import { startAuthorization } from "@/lib/connections/start-authorization";

export const dynamic = "force-dynamic";

// Providers with a host per account (Shopify) take it from the Connect form's field, named as
// the integration setting it is saved to (?shop_domain=…), or from that setting when absent.
export const GET = withAuth<{ id: string }>(async ({ request, caller, params }) => {
  const { preset } = providerConfig(params.id); // 404 / 422 / 409 before anything is saved
  const host = preset.oauth.accountHost && new URL(request.url).searchParams.get(preset.oauth.accountHost.configKey);
  if (host) await rememberAccountHost(caller.userId, preset, host);
  const location = await startAuthorization(caller.userId, params.id);
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
});
