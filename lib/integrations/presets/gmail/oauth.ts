// Gmail: the shared Google OAuth app (GOOGLE_CLIENT_ID / _SECRET), but against the Gmail API's own
// host, and SETUP through users.getProfile: the account is the mailbox's address, which is also
// what every Gmail push names (emailAddress), so events and the connection agree on who it is.
// https://developers.google.com/workspace/gmail/api/reference/rest/v1/users/getProfile
// OAuth: https://developers.google.com/identity/protocols/oauth2/web-server
import "server-only";
import type { OAuthSpec } from "../../connect-types";
import { googleOAuth } from "../../shared/google-oauth";

export const gmailOAuth: OAuthSpec = {
  ...googleOAuth,
  apiBase: "https://gmail.googleapis.com",
  identify: async (api) => {
    const profile = await api.request<{ emailAddress: string; historyId?: string }>("GET", "/gmail/v1/users/me/profile");
    return { accountId: profile.emailAddress, settings: { username: profile.emailAddress } };
  },
};
