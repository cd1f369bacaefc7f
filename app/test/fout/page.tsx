/**
 * Test-only route: crashes on purpose so the e2e suite can check the Dutch error page (app/error.tsx).
 * Without E2E_TEST_ROUTES=1 (set only by tests/e2e/server.mts), and always when APP_ENV=production,
 * it does not exist (404).
 */
import { notFound } from "next/navigation";
import { env } from "@/lib/env";

export default async function TestFout() {
  const e = env();
  if (!e.E2E_TEST_ROUTES || e.APP_ENV === "production") notFound();
  throw new Error("Testfout: deze pagina crasht expres (E2E_TEST_ROUTES)");
}
