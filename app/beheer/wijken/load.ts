import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** For /beheer pages: NOT_FOUND -> 404 page; FORBIDDEN/UNAUTHENTICATED -> the no-access page. */
export async function loadOrRefuse<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && (e.code === "FORBIDDEN" || e.code === "UNAUTHENTICATED")) redirect("/geen-toegang");
    throw e;
  }
}

export const datum = (d: Date) => d.toLocaleString("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });
