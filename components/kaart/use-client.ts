"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** true in the browser after hydration, false on the server (no effect + setState needed). */
export function useIsClient(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
