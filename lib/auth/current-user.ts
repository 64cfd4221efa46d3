// The signed-in user for server components (null when signed out or deleted).
import "server-only";
import { db } from "../db";
import { sessionUserId } from "./resolve-caller";

export async function currentUser() {
  const id = await sessionUserId();
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
}
