// A V2 webhook per top-level folder of the connected user (a folder webhook covers its
// subfolders; Box refuses webhooks on the root folder). Box signs with the app's primary and
// secondary signature keys from the Developer Console, which no API returns: registration
// waits until the primary key is the endpoint's signing secret (RemoteSpec "configured").
// https://developer.box.com/reference/post-webhooks/, https://developer.box.com/reference/delete-webhooks-id/
// https://developer.box.com/reference/get-webhooks/, https://developer.box.com/reference/get-webhooks-id/
// Folders: https://developer.box.com/reference/get-folders-id-items/
import "server-only";
import type { RemoteSpec } from "../../connect-types";
import { BOX_EVENT_TRIGGERS } from "./inbound";

type Webhook = { id: string; address?: string; target: { id: string; type: string } };

export const boxRemote: RemoteSpec = {
  signingSecret: "configured",
  listResources: async (api) => {
    const page = await api.request<{ entries: { id: string; type: string; name: string }[] }>("GET", "/folders/0/items", { query: { fields: "id,type,name", limit: 1000 } });
    return page.entries.filter((e) => e.type === "folder").map((e) => ({ id: e.id, name: e.name, kind: "folder" }));
  },
  create: async (api, { resource, url, triggerTypes }) => {
    const triggers = Object.entries(BOX_EVENT_TRIGGERS)
      .filter(([, trigger]) => triggerTypes.includes("*") || triggerTypes.includes(trigger))
      .map(([event]) => event);
    const webhook = await api.request<Webhook>("POST", "/webhooks", { json: { target: { id: resource.id, type: "folder" }, address: url, triggers } });
    return { remoteId: webhook.id };
  },
  delete: async (api, webhook) => {
    await api.request("DELETE", `/webhooks/${encodeURIComponent(webhook.remoteId)}`);
  },
  // The list answers mini webhooks without the address; each of this folder's is read in full.
  list: async (api, resource) => {
    const page = await api.request<{ entries: Webhook[] }>("GET", "/webhooks", { query: { limit: 200 } });
    const mine = page.entries.filter((w) => w.target.id === resource);
    const full = await Promise.all(mine.map((w) => api.request<Webhook>("GET", `/webhooks/${encodeURIComponent(w.id)}`)));
    return full.map((w) => ({ remoteId: w.id, url: w.address ?? "" }));
  },
};
