/**
 * GET /huisstijl.css: the beheerder's own colours as token overrides (lib/huisstijl.ts). A separate
 * stylesheet, not an inline <style>, so the CSP needs nothing extra. The layout links it with a
 * version stamp, so it may be cached; a new stamp after every change.
 */
import { huidigeHuisstijl } from "@/lib/data/huisstijl";
import { huisstijlCss } from "@/lib/huisstijl";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const css = huisstijlCss(await huidigeHuisstijl());
  const versie = new URL(request.url).searchParams.get("v");
  return new Response(css, {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": versie ? "public, max-age=300" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
