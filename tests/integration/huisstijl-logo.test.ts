/**
 * Issue 12: the beheerder uploads a logo (PNG, JPEG or SVG without script, at most 200 kB). It is
 * stored in the database, so every app instance serves the same file; other roles are refused.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { actorOf, createUser } from "../factories.ts";
import { actAs, expectRedirect, fromIp } from "../support/actors.ts";
import { bewaarHuisstijl, bewaarLogo, huidigeHuisstijl, leesLogo, verwijderLogo } from "../../lib/data/huisstijl.ts";
import { LOGO_MAX_BYTES } from "../../lib/huisstijl-logo.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPk+89QDwADvgGOSHzRgAAAAABJRU5ErkJggg==", "base64"));
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#154273"/></svg>';
const SVG_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>';

let beheerder: Actor;
let anderen: [string, Actor | null][];

beforeAll(async () => {
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  const wijk = await db.wijk.create({ data: { naam: "Logowijk", slug: `logowijk-${Date.now()}`, soort: "WIJK", lat: 51.6, lng: 5.1 } });
  anderen = [
    ["AMBTENAAR", actorOf(await createUser(db, { rol: "AMBTENAAR" }))],
    ["OPBOUWWERKER", actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] }), [wijk.id])],
    ["INWONER", actorOf(await createUser(db, { rol: "INWONER" }))],
    ["niet ingelogd", null],
  ];
});

function logoForm(inhoud: Uint8Array | string, naam = "logo.png", type = "image/png"): FormData {
  const fd = new FormData();
  fd.append("logo", new File([typeof inhoud === "string" ? inhoud : Buffer.from(inhoud)], naam, { type }));
  return fd;
}

async function upload(actor: Actor | null, fd: FormData) {
  const { uploadLogoAction } = await import("../../app/beheer/huisstijl/actions.ts");
  actAs(actor);
  fromIp("10.0.0.12");
  return uploadLogoAction(null, fd);
}

async function routeGet(pad: string) {
  const { GET } = await import("../../app/huisstijl/logo/[bestand]/route.ts");
  const bestand = pad.split("/").pop()!;
  return GET(new Request(`http://x${pad}`), { params: Promise.resolve({ bestand }) });
}

describe("uploading a logo", () => {
  it("a beheerder uploads a PNG: stored in the database, shown in the header, served by the route, audited", async () => {
    expect(await expectRedirect(upload(beheerder, logoForm(PNG)))).toBe("/beheer/huisstijl?logo=1");
    const h = await huidigeHuisstijl();
    expect(h.logoUrl).toMatch(/^\/huisstijl\/logo\/[0-9a-f]{16}\.png$/);
    const logo = await leesLogo();
    expect(logo?.mime).toBe("image/png");
    expect(Buffer.from(logo!.data).equals(Buffer.from(PNG))).toBe(true);
    const res = await routeGet(h.logoUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(PNG))).toBe(true);
    const audit = await db.auditLog.findFirst({ where: { actie: "huisstijl.logo_geupload" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: beheerder.id, na: { logoUrl: h.logoUrl, mime: "image/png", bytes: PNG.length } });
  });

  it("a new logo (SVG) gets a new address; the old address gets the new logo, not cached", async () => {
    const oud = (await huidigeHuisstijl()).logoUrl!;
    const { logoUrl } = await bewaarLogo(beheerder, new TextEncoder().encode(SVG));
    expect(logoUrl).toMatch(/\.svg$/);
    expect(logoUrl).not.toBe(oud);
    const res = await routeGet(logoUrl);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const oudRes = await routeGet(oud);
    expect(oudRes.headers.get("cache-control")).toBe("no-cache");
    expect(await oudRes.text()).toBe(SVG);
  });

  it("refuses an SVG with a script, another file type and a file over the limit, in Dutch; the logo stays", async () => {
    const voor = (await huidigeHuisstijl()).logoUrl;
    for (const [fd, melding] of [
      [logoForm(SVG_SCRIPT, "logo.svg", "image/svg+xml"), /Dit SVG-bestand bevat een script/],
      [logoForm("GIF89a nep", "logo.png", "image/png"), /geen PNG, JPEG of SVG/],
      [logoForm(new Uint8Array(LOGO_MAX_BYTES + 10).fill(0x41)), /te groot/],
      [new FormData(), /Kies een bestand met het logo/],
    ] as const) {
      const r = await upload(beheerder, fd);
      expect(r?.ok).toBe(false);
      expect(r && !r.ok && r.fieldErrors.logo?.[0]).toMatch(melding);
    }
    await expect(bewaarLogo(beheerder, new TextEncoder().encode(SVG_SCRIPT))).rejects.toMatchObject({ code: "INVALID" });
    expect((await huidigeHuisstijl()).logoUrl).toBe(voor);
  });

  it("refuses every other role and someone signed out, in the action and in the data function", async () => {
    const voor = await leesLogo();
    for (const [rol, actor] of anderen) {
      const r = await upload(actor, logoForm(PNG));
      expect(r?.ok, rol).toBe(false);
      await expect(bewaarLogo(actor, PNG), rol).rejects.toMatchObject({ code: actor ? "FORBIDDEN" : "UNAUTHENTICATED" });
      await expect(verwijderLogo(actor), rol).rejects.toMatchObject({ code: actor ? "FORBIDDEN" : "UNAUTHENTICATED" });
    }
    expect((await leesLogo())?.hash).toBe(voor?.hash);
  });

  it("a beheerder removes the logo: the header has none and the address answers 404", async () => {
    const oud = (await huidigeHuisstijl()).logoUrl!;
    await verwijderLogo(beheerder);
    expect((await huidigeHuisstijl()).logoUrl).toBeNull();
    expect(await leesLogo()).toBeNull();
    expect((await routeGet(oud)).status).toBe(404);
  });

  it("a huisstijl form opened before the logo was removed does not bring back its address (the e2e run found every page loading a 404 logo)", async () => {
    const { logoUrl } = await bewaarLogo(beheerder, PNG);
    const formulier = { thema: "neutraal" as const, hoofdkleur: null, accentkleur: null, logoUrl };
    await verwijderLogo(beheerder);
    await bewaarHuisstijl(beheerder, formulier);
    expect((await huidigeHuisstijl()).logoUrl).toBeNull();
    // the same form while the logo is there keeps it; a made-up uploaded address becomes the real one
    const nieuw = await bewaarLogo(beheerder, new TextEncoder().encode(SVG));
    await bewaarHuisstijl(beheerder, { ...formulier, logoUrl: "/huisstijl/logo/0000000000000000.png" });
    expect((await huidigeHuisstijl()).logoUrl).toBe(nieuw.logoUrl);
    // a file in public/ is still taken as typed
    await bewaarHuisstijl(beheerder, { ...formulier, logoUrl: "/logo-gemeente.svg" });
    expect((await huidigeHuisstijl()).logoUrl).toBe("/logo-gemeente.svg");
    // removing the uploaded logo does not clear a public/ logo
    await verwijderLogo(beheerder);
    expect((await huidigeHuisstijl()).logoUrl).toBe("/logo-gemeente.svg");
    await bewaarHuisstijl(beheerder, { ...formulier, logoUrl: null });
  });
});
