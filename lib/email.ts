// An email address as Hookyard accepts it: something@somewhere. Looser than zod's
// z.email(), which refuses hosts without a dot such as the default admin@localhost.
import "server-only";
import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[^\s@]+@[^\s@]+$/, "expected an email address");
