"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ApiClientError } from "@/lib/swr/fetch-json";

type Tone = "success" | "error" | "info";
type Toast = { id: number; tone: Tone; message: string };

type ToastApi = {
  success: (message: string) => void;
  info: (message: string) => void;
  error: (message: string) => void;
  /** The server's own message for an ApiClientError, else `fallback` (never a stack or internals). */
  apiError: (error: unknown, fallback: string) => void;
};

type ToastState = { toasts: Toast[]; dismiss: (id: number) => void; setHosts: (change: (n: number) => number) => void };

const ToastApiContext = createContext<ToastApi | null>(null);
const ToastStateContext = createContext<ToastState | null>(null);

const LIFETIME_MS: Record<Tone, number> = { success: 4000, info: 4000, error: 8000 };

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  // A modal <dialog> makes everything outside it inert and draws over it, so while one is
  // open it renders the toasts itself (ToastViewport inside Dialog) and the page's copy hides.
  const [hosts, setHosts] = useState(0);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (tone: Tone, message: string) => {
      const id = next.current++;
      setToasts((list) => [...list.slice(-3), { id, tone, message }]);
      setTimeout(() => dismiss(id), LIFETIME_MS[tone]);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({
      success: (m) => push("success", m),
      info: (m) => push("info", m),
      error: (m) => push("error", m),
      apiError: (e, fallback) => push("error", e instanceof ApiClientError ? e.message : fallback),
    }),
    [push],
  );
  const state = useMemo(() => ({ toasts, dismiss, setHosts }), [toasts, dismiss]);
  return (
    <ToastApiContext.Provider value={api}>
      <ToastStateContext.Provider value={state}>
        {children}
        {hosts === 0 && <ToastViewport />}
      </ToastStateContext.Provider>
    </ToastApiContext.Provider>
  );
}

const NOOP: ToastApi = { success: () => {}, info: () => {}, error: () => {}, apiError: () => {} };

/** Toasts of the nearest ToastProvider; outside one (a bare test render) they go nowhere. */
export function useToast(): ToastApi {
  return useContext(ToastApiContext) ?? NOOP;
}

/** A modal dialog calls this while open and renders <ToastViewport /> inside itself. */
export function useToastHost(open: boolean): void {
  const setHosts = useContext(ToastStateContext)?.setHosts;
  useEffect(() => {
    if (!open || !setHosts) return;
    setHosts((n) => n + 1);
    return () => setHosts((n) => n - 1);
  }, [open, setHosts]);
}

const TONE_CLASSES: Record<Tone, string> = {
  success: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  info: "border-slate-300 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
};

export function ToastViewport() {
  const state = useContext(ToastStateContext);
  if (!state) return null;
  const { toasts, dismiss } = state;
  // Two live regions: errors interrupt (alert), confirmations wait their turn (status).
  const region = (tone: "polite" | "assertive") => (
    <div role={tone === "assertive" ? "alert" : "status"} aria-live={tone} className="contents">
      {toasts
        .filter((t) => (t.tone === "error") === (tone === "assertive"))
        .map((t) => (
          <div key={t.id} data-testid="toast" data-tone={t.tone} className={`pointer-events-auto flex items-start gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg ${TONE_CLASSES[t.tone]}`}>
            <p className="flex-1 break-words">{t.message}</p>
            <button
              type="button"
              onClick={() => dismiss(t.id)}
              className="-m-1 rounded p-1 leading-none opacity-70 hover:opacity-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">Dismiss notification</span>
            </button>
          </div>
        ))}
    </div>
  );
  return (
    <div
      aria-label="Notifications"
      role="region"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:inset-x-auto sm:right-0 sm:w-96 sm:items-stretch"
    >
      {region("assertive")}
      {region("polite")}
    </div>
  );
}
