// Trello has no OAuth 2.0: its tokens come from OAuth 1.0a or from the /1/authorize page for
// an API key. Hookyard uses the latter as a "token-entry" connection: the connect button opens
// trello.com/1/authorize for Hookyard's key (TRELLO_CLIENT_ID, the Power-Up's API key) without
// a return_url, so Trello shows the user the token; they paste it into
// POST /api/connections/trello/token. The token is asked for with expiration=never and read
// scope (enough to watch a board), and every call carries key and token in the Authorization
// header rather than in query strings that end up in logs.
// https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/
// SETUP: GET /members/me — https://developer.atlassian.com/cloud/trello/rest/api-group-members/#api-members-id-get
import "server-only";
import type { OAuthSpec } from "../../connect-types";

export const trelloOAuth: OAuthSpec = {
  flow: "token-entry",
  authorizeUrl: "https://trello.com/1/authorize",
  tokenUrl: "https://trello.com/1/authorize",
  apiBase: "https://api.trello.com/1",
  scopeSeparator: ",",
  authorizeParams: { response_type: "token", expiration: "never", name: "Hookyard" },
  authHeader: (token, key) => ({ authorization: `OAuth oauth_consumer_key="${key}", oauth_token="${token}"` }),
  identify: async (api) => {
    const me = await api.request<{ id: string; username: string; fullName?: string }>("GET", "/members/me", { query: { fields: "id,username,fullName" } });
    return { accountId: me.id, settings: { username: me.username, name: me.fullName ?? null } };
  },
};
