// GET /api/integrations — the catalog of integrations, triggers and setup steps
import { withAuth } from "@/lib/api/with-auth";
import { getCatalog } from "@/lib/integrations/catalog";

export const dynamic = "force-dynamic";

export const GET = withAuth(() => Response.json(getCatalog()));
