// GET|POST /api/auth/* — next-auth (sign-in, sign-out, session, csrf)
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that env is read at run time, not at build time.
// next-auth's App Router handler is typed `any`; it answers a Response.
function handler(request: Request, context: Context): Promise<Response> {
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
