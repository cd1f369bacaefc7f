import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { actorOf, createUser } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { bewaarHuisstijl, huidigeHuisstijl } from "../../lib/data/huisstijl.ts";
import { contrast, huisstijlCss, STANDAARD_HUISSTIJL } from "../../lib/huisstijl.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

let beheerder: Actor;
let anderen: [string, Actor | null][];

const GOED = { thema: "groen" as const, hoofdkleur: "#1e5b37", accentkleur: "#5a2d82", logoUrl: "/logo-gemeente.svg" };

beforeAll(async () => {
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  const wijk = await db.wijk.create({ data: { naam: "Testwijk", slug: `testwijk-${Date.now()}`, soort: "WIJK", lat: 51.6, lng: 5.1 } });
  anderen = [
    ["AMBTENAAR", actorOf(await createUser(db, { rol: "AMBTENAAR" }))],
    ["OPBOUWWERKER", actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] }), [wijk.id])],
    ["INWONER", actorOf(await createUser(db, { rol: "INWONER" }))],
  ];
});

async function bewaarAls(actor: Actor | null, values: Record<string, string>) {
  const { bewaarHuisstijlAction } = await import("../../app/beheer/huisstijl/actions.ts");
  actAs(actor);
  fromIp("10.0.0.9");
  return bewaarHuisstijlAction(null, form(values));
}

describe("huisstijl", () => {
  it("is the neutral default while nothing is set", async () => {
    expect(await huidigeHuisstijl()).toEqual(STANDAARD_HUISSTIJL);
  });

  it.each(["AMBTENAAR", "OPBOUWWERKER", "INWONER"])("refuses a %s in the data function", async (rol) => {
    const actor = anderen.find(([r]) => r === rol)![1];
    await expect(bewaarHuisstijl(actor, GOED)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses someone signed out", async () => {
    await expect(bewaarHuisstijl(null, GOED)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses a colour with too little contrast against white, with a Dutch message per field", async () => {
    await expect(bewaarHuisstijl(beheerder, { ...GOED, hoofdkleur: "#7fb2e5", accentkleur: "#ffd700" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: {
        hoofdkleur: [expect.stringContaining("De hoofdkleur is te licht")],
        accentkleur: [expect.stringContaining("nodig is minstens 4,5 : 1")],
      },
    });
    // Just below AA (4.48:1) is refused, just above (4.54:1) is accepted.
    expect(contrast("#777777", "#ffffff")).toBeLessThan(4.5);
    await expect(bewaarHuisstijl(beheerder, { ...GOED, hoofdkleur: "#777777" })).rejects.toMatchObject({ code: "INVALID" });
    expect(contrast("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    await bewaarHuisstijl(beheerder, { ...GOED, hoofdkleur: "#767676" });
    expect((await huidigeHuisstijl()).hoofdkleur).toBe("#767676");
  });

  it("a beheerder stores theme, colours and logo, with an audit row", async () => {
    await bewaarHuisstijl(beheerder, GOED);
    expect(await huidigeHuisstijl()).toEqual(GOED);
    const audit = await db.auditLog.findFirst({ where: { actie: "huisstijl.gewijzigd", actorId: beheerder.id }, orderBy: { createdAt: "desc" } });
    expect(audit?.na).toMatchObject({ thema: "groen", hoofdkleur: "#1e5b37" });
    expect(huisstijlCss(GOED)).toContain("--basis-color-accent-1-bg-default: #1e5b37;");
  });

  it("the action: access check, Dutch errors and the input kept; a bad logo address is refused", async () => {
    for (const [, actor] of anderen) {
      const state = await bewaarAls(actor, { thema: "neutraal", hoofdkleur: "#154273", accentkleur: "", logoUrl: "" });
      expect(state?.ok).toBe(false);
    }
    const fout = await bewaarAls(beheerder, { thema: "neutraal", hoofdkleur: "#dddddd", accentkleur: "blauw", logoUrl: "https://elders.example/logo.png" });
    expect(fout).toMatchObject({
      ok: false,
      values: { hoofdkleur: "#dddddd", accentkleur: "blauw" },
      fieldErrors: { accentkleur: [expect.stringContaining("kleurcode")], logoUrl: [expect.stringContaining("bestand op deze website")] },
    });
    const licht = await bewaarAls(beheerder, { thema: "neutraal", hoofdkleur: "#dddddd", accentkleur: "", logoUrl: "" });
    expect(licht).toMatchObject({ ok: false, values: { hoofdkleur: "#dddddd" }, fieldErrors: { hoofdkleur: [expect.stringContaining("te licht")] } });
    expect(await expectRedirect(bewaarAls(beheerder, { thema: "neutraal", hoofdkleur: "", accentkleur: "", logoUrl: "" }))).toBe("/beheer/huisstijl?opgeslagen=1");
    expect(await huidigeHuisstijl()).toEqual(STANDAARD_HUISSTIJL);
  });
});
