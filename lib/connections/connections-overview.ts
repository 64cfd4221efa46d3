// What the /connections page shows: every provider that can be connected over OAuth, with
// its connect link when its OAuth app is configured (else the env vars that would enable
// it), and the user's connections.
import { listPresets } from "../integrations/registry";
import { listConnections } from "./list-connections";
import { credentialEnvNames, isConfigured } from "./provider-config";

export async function connectionsOverview(userId: string) {
  const providers = listPresets()
    .filter((p) => p.oauth)
    .map((p) => ({ id: p.id, name: p.name, configured: isConfigured(p), envNames: credentialEnvNames(p).map((pair) => pair.join(" + ")), remote: Boolean(p.remote) }));
  return { providers, connections: await listConnections(userId) };
}
