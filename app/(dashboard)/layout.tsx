import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { currentUser } from "@/lib/auth/current-user";

// Rendered per request: it depends on the session cookie and the database.
export const dynamic = "force-dynamic";

// Every dashboard page needs a signed-in user; visitors go to the sign-in page.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return <AppShell email={user.email}>{children}</AppShell>;
}
