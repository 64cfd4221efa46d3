"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False during server rendering and until React has hydrated this component. */
export function useHydrated(): boolean {
  // The server snapshot (false) is used for the server render and for hydration; the
  // client snapshot (true) from then on, without a second render triggered by an effect.
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
