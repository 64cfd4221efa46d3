"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The dashboard's sections; a page joins the navigation when it exists.
export const NAV_ITEMS = [
  { href: "/", label: "Overview" },
  { href: "/webhooks", label: "Webhooks" },
  { href: "/hooks", label: "Outbound" },
  { href: "/connections", label: "Connections" },
  { href: "/settings/tokens", label: "API tokens" },
] as const;

export function NavLinks() {
  const pathname = usePathname();
  return (
    // On a phone the links take their own row and scroll sideways instead of wrapping.
    <nav aria-label="Main" className="order-last -mx-1 flex w-full gap-1 overflow-x-auto px-1 sm:order-none sm:mx-0 sm:w-auto sm:px-0">
      {NAV_ITEMS.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={`shrink-0 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${current ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
