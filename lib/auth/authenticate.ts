// Email + password check behind the next-auth credentials provider.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { emailSchema } from "../email";
import { verifyPassword } from "./passwords";

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export type SignedInUser = { id: string; email: string; name: string | null; role: string };

export async function authenticate(credentials: unknown): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const user = await db().user.findUnique({ where: { email: parsed.data.email } });
  if (!user?.passwordHash) return null;
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
