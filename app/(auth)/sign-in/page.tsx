import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { sessionUserId } from "@/lib/auth/resolve-caller";
import { SignInForm } from "./sign-in-form";

// Rendered per request: it depends on the session cookie and the database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (await sessionUserId()) redirect(target);
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-xl font-semibold">Sign in to Hookyard</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Use the admin credentials printed by <code>npm start</code>.
        </p>
        <SignInForm callbackUrl={target} initialError={error ? "Email or password is incorrect." : undefined} />
      </div>
    </main>
  );
}

// Only same-site paths: an open redirect after sign-in would hand the session page to anyone.
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}
