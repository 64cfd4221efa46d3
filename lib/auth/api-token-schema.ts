// The body of POST /api/tokens; shared by the route and the form (no server imports here).
import { z } from "zod";

export const apiTokenCreateSchema = z.object({
  name: z.string({ error: "Give the token a name" }).trim().min(1, "Give the token a name").max(100, "At most 100 characters"),
});
export type ApiTokenCreateInput = z.infer<typeof apiTokenCreateSchema>;
