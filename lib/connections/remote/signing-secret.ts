// Which secret the provider-side webhooks of a preset are verified with (RemoteSpec.signingSecret):
// what ensureEndpoint stores before registration, and why a resource cannot be registered
// when that secret cannot work (reported per resource, like any other registration failure).
import "server-only";
import { envValue } from "../../env";
import type { RemoteSpec } from "../../integrations/connect-types";
import type { IntegrationPreset } from "../../integrations/types";
import { providerConfig } from "../provider-config";

/** The server-wide app secret a "app-secret" preset signs with (X's consumer secret), if set. */
function appSecret(remote: RemoteSpec): string | undefined {
  return remote.appSecretEnv ? envValue(remote.appSecretEnv) : undefined;
}

export function secretPolicy(preset: IntegrationPreset, remote: RemoteSpec): { use?: string; generate?: boolean } {
  // The provider signs with the OAuth app's client secret: the endpoint must verify with exactly that.
  if (remote.signingSecret === "client-secret") return { use: providerConfig(preset.id).clientSecret };
  // Only the provider's console shows the keys: a generated secret would reject every delivery.
  if (remote.signingSecret === "configured") return { generate: false };
  // The webhook belongs to the server's app, which signs with its own secret: that one, never a
  // generated one (nor a secret a user pasted for an app of their own).
  if (remote.signingSecret === "app-secret") return { use: appSecret(remote), generate: false };
  return {};
}

export function secretRefusal(preset: IntegrationPreset, remote: RemoteSpec, secret: string, registered: number): string | undefined {
  if (remote.signingSecret === "configured" && !secret) {
    return `${preset.name} signs deliveries with keys only its console shows: paste the ${preset.verification.secretLabel.toLowerCase()} into this integration's signing_secret (PATCH /api/integration-webhooks/{id}) first`;
  }
  if (remote.signingSecret === "app-secret" && !appSecret(remote)) {
    return `${preset.name} signs deliveries with its app's ${preset.verification.secretLabel}: the server administrator must set ${remote.appSecretEnv} and restart`;
  }
  // Each webhook gets its own secret from the provider while an endpoint verifies with one.
  if (remote.signingSecret === "provider" && registered > 0) {
    return `${preset.name} gives every webhook its own signing secret and an endpoint verifies with one: this endpoint already has a webhook (choose one resource in the integration's settings)`;
  }
  return undefined;
}
