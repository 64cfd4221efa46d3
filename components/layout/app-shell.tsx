import Link from "next/link";
import type { ReactNode } from "react";
import { ToastProvider } from "@/components/ui/toast";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

// Toasts live at the shell so every dashboard page (and its dialogs) can raise one.
export function AppShell({ email, children }: { email: string; children: ReactNode }) {
  return (
    <ToastProvider>
      <div className="min-h-screen">
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              Hookyard
            </Link>
            <NavLinks />
            <div className="ml-auto flex items-center gap-2">
              <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400" data-testid="signed-in-as">
                {email}
              </span>
              <SignOutButton />
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
      </div>
    </ToastProvider>
  );
}
