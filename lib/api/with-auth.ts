// Wraps an App Router route handler: resolves the caller (401 when there is none),
// passes the awaited route params, and turns every thrown error into the JSON error shape.
import "server-only";
import { errorResponse } from "./errors";
import { resolveCaller, type Caller } from "../auth/resolve-caller";

type RouteContext<P> = { params: Promise<P> };
// A handler may answer synchronously (a static catalog) or after awaiting its work.
type Handler<P> = (args: { request: Request; caller: Caller; params: P }) => Response | Promise<Response>;

export function withAuth<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const caller = await resolveCaller(request);
      return await handler({ request, caller, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The same error handling for routes that need no caller (health, receivers). */
export function withErrors<P = Record<string, never>>(handler: (args: { request: Request; params: P }) => Response | Promise<Response>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler({ request, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
