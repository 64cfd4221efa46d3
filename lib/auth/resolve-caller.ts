// Who is calling: a bearer API token or the next-auth session cookie. The one
// place every API route learns its user; rows are then scoped to that id.
import "server-only";
import { getServerSession } from "next-auth";
import { ApiError } from "../api/errors";
import { userIdForToken } from "./api-tokens";
import { authOptions } from "./options";

export type Caller = { userId: string; via: "token" | "session" };

export async function resolveCaller(request: Request): Promise<Caller> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const userId = match ? await userIdForToken(match[1]) : null;
    if (!userId) throw new ApiError("unauthorized", "The API token is missing, malformed or revoked.");
    return { userId, via: "token" };
  }
  const userId = await sessionUserId();
  if (!userId) throw new ApiError("unauthorized", "Sign in or send Authorization: Bearer <api token>.");
  return { userId, via: "session" };
}

export async function sessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : null;
}
