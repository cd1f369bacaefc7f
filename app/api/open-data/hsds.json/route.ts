/** /api/open-data/hsds.json: the public sociale kaart as Open Referral HSDS 3.x (lib/open-data/hsds.ts). */
import { openKaartGegevens } from "@/lib/data/open-data";
import { maakHsds } from "@/lib/open-data/hsds";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const body = JSON.stringify(maakHsds(await openKaartGegevens()));
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'inline; filename="sociale-kaart-hsds.json"',
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=300",
    },
  });
}
