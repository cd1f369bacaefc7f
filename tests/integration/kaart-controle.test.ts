/**
 * Issue 14, "eerst controle": with the setting on, a member's edit of their organisation's plek or
 * activiteit waits for staff of its wijk; approval writes it as the member's change (mail to the member),
 * rejection keeps the item (mail with the reason). Every refusal (role, wijk, other organisation, decided
 * twice, changed since) is called directly, through the data layer and the server actions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { leesInstellingen } from "@/lib/instellingen";
import { bewaarInstellingen } from "@/lib/data/instellingen";
import { bewaarActiviteit, bewaarPlek, maakKaartWijzigingOngedaan, recenteKaartWijzigingen } from "@/lib/data/kaart/beheer";
import { keurKaartVoorstelGoed, openKaartVoorstellen, openVoorstelVan, wijsKaartVoorstelAf } from "@/lib/data/kaart/voorstellen";
import { voegLidToe } from "@/lib/data/organisaties";
import { activiteitSchema, plekSchema, type ActiviteitInvoer, type PlekInvoer } from "@/lib/validation/kaartbeheer";
import { instellingenSchema } from "@/lib/validation/instellingen";
import { keurVoorstelGoedAction, wijsVoorstelAfAction } from "@/app/beheer/kaart/actions";
import { bewaarActiviteitAlsLidAction, bewaarPlekAlsLidAction } from "@/app/mijn/organisatie/actions";
import { bewaarInstellingenAction } from "@/app/beheer/instellingen/actions";
import { actAs, expectRedirect, form } from "../support/actors";
import { startSmtpSink } from "../support/smtp-sink";
import { actorOf, createUser, createWijk, ensureCategorieen, uniq } from "../factories";
import type { Actor } from "@/lib/auth/permissions";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijk: { id: string };
let andereWijk: { id: string };
let categorieId: string;
let bieb: { id: string };
let beheerder: Actor;
let opbouw: Actor;
let andereOpbouw: Actor;
let ambtenaar: Actor;
let lid: Actor;
let lidEmail: string;
let inwoner: Actor;

const INSTELLINGEN = {
  gemeenteNaam: "Heusden",
  gemeenteCode: "GM0797",
  kleinBedrag: "500",
  vierOgenBedrag: "2500",
  reactietermijnWerkdagen: "10",
  hulpvraagGeldigDagen: "30",
};

function plekForm(over: Record<string, string | string[]> = {}) {
  return {
    naam: `Bibliotheek ${uniq("p")}`,
    beschrijving: "Boeken lenen, koffie drinken en hulp bij de computer.",
    categorieId,
    ligging: "BINNEN",
    wijkId: wijk.id,
    organisatieId: bieb.id,
    doelgroepen: ["IEDEREEN"],
    sfeer: "GEMEENSCHAPPELIJK",
    adres: "Raadhuisplein 1",
    postcode: "5151 ab",
    plaats: "Drunen",
    lat: "51,6871",
    lng: "5,1322",
    ...over,
  };
}
const plekInvoer = (over: Record<string, string | string[]> = {}): PlekInvoer => plekSchema.parse(plekForm(over));
function activiteitInvoer(over: Record<string, string | string[]> = {}): ActiviteitInvoer {
  return activiteitSchema.parse({
    titel: `Voorleesuur ${uniq("v")}`,
    beschrijving: "Elke week voorlezen voor kinderen en hun ouders.",
    wijkId: wijk.id,
    organisatieId: bieb.id,
    doelgroepen: ["IEDEREEN"],
    sfeer: "GEMEENSCHAPPELIJK",
    wanneer: "rooster",
    frequentie: "WEKELIJKS",
    dagen: ["TU"],
    startTijd: "10:00",
    eindTijd: "11:00",
    vanaf: "02-03-2027",
    uitgevallen: "",
    verplaatst: "",
    ...over,
  });
}

async function zetControle(aan: boolean) {
  await bewaarInstellingen(beheerder, instellingenSchema.parse({ ...INSTELLINGEN, kaartControle: aan ? "controle" : "direct" }));
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  categorieId = (await ensureCategorieen(db))[0].id;
  wijk = await createWijk(db, { naam: `Controlewijk ${uniq("w")}` });
  andereWijk = await createWijk(db, { naam: `Anderewijk ${uniq("w")}` });
  bieb = await db.organisatie.create({ data: { naam: `Bibliotheek ${uniq("o")}`, slug: uniq("bieb") } });
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  opbouw = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] }), [wijk.id]);
  andereOpbouw = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [andereWijk.id] }), [andereWijk.id]);
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
  lidEmail = `${uniq("lid")}@voorbeeld.nl`;
  lid = actorOf(await createUser(db, { rol: "INWONER", email: lidEmail }));
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
  await voegLidToe(beheerder, bieb.id, lidEmail);
});

afterAll(async () => {
  actAs(null);
  await sink.close();
});

describe("the setting", () => {
  it("is off by default, a beheerder turns it on (audited), nobody else may", async () => {
    expect((await leesInstellingen()).kaartControle).toBe(false);
    actAs(beheerder);
    expect(await expectRedirect(bewaarInstellingenAction(null, form({ ...INSTELLINGEN, kaartControle: "controle" })))).toBe("/beheer/instellingen?bewaard=1");
    expect((await leesInstellingen()).kaartControle).toBe(true);
    const audit = await db.auditLog.findFirst({ where: { actie: "instellingen.gewijzigd", actorId: beheerder.id }, orderBy: { createdAt: "desc" } });
    expect(audit?.na).toMatchObject({ kaartControle: true });
    expect(await bewaarInstellingenAction(null, form({ ...INSTELLINGEN, kaartControle: "misschien" }))).toMatchObject({ ok: false, fieldErrors: { kaartControle: [expect.stringContaining("Kies")] }, values: { gemeenteNaam: "Heusden" } });
    for (const wie of [opbouw, ambtenaar, lid]) {
      actAs(wie);
      expect(await bewaarInstellingenAction(null, form({ ...INSTELLINGEN, kaartControle: "direct" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
      await expect(bewaarInstellingen(wie, instellingenSchema.parse({ ...INSTELLINGEN, kaartControle: "direct" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await leesInstellingen()).kaartControle).toBe(true);
  });
});

describe("a member's change waits for a check", () => {
  it("the plek stays as it is; staff of the wijk see the diff; staff's own edits go live at once", async () => {
    await zetControle(true);
    const p = await bewaarPlek(beheerder, plekInvoer());
    const voor = await db.plek.findUniqueOrThrow({ where: { id: p.id } });
    const r = await bewaarPlek(lid, { ...plekInvoer({ naam: voor.naam, telefoon: "0416 123 456" }), id: p.id });
    expect(r).toEqual({ id: p.id, slug: voor.slug, wachtOpControle: true });
    const na = await db.plek.findUniqueOrThrow({ where: { id: p.id } });
    expect(na.telefoon).toBe(voor.telefoon);
    expect(na.updatedAt).toEqual(voor.updatedAt);
    expect(await db.kaartWijziging.count({ where: { entiteitId: p.id, actie: "gewijzigd" } })).toBe(0);
    expect(await db.auditLog.count({ where: { entiteitId: p.id, actie: "plek.wijziging_ingediend", actorId: lid.id } })).toBe(1);

    const open = (await openKaartVoorstellen(opbouw)).find((v) => v.itemId === p.id);
    expect(open).toMatchObject({ soort: "plek", naam: voor.naam, verschillen: [{ veld: "telefoon", voor: "(leeg)", na: "0416 123 456" }] });
    expect((await openKaartVoorstellen(beheerder)).some((v) => v.itemId === p.id)).toBe(true);
    expect((await openKaartVoorstellen(andereOpbouw)).some((v) => v.itemId === p.id)).toBe(false);
    for (const wie of [ambtenaar, lid, inwoner]) await expect(openKaartVoorstellen(wie)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await openVoorstelVan(lid, "plek", p.id)).toMatchObject({ verschillen: [{ veld: "telefoon" }] });
    await expect(openVoorstelVan(inwoner, "plek", p.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(openVoorstelVan(andereOpbouw, "plek", p.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    // a second save replaces the waiting one
    await bewaarPlek(lid, { ...plekInvoer({ naam: voor.naam, telefoon: "0416 999 999" }), id: p.id });
    const rijen = await db.kaartVoorstel.findMany({ where: { entiteitId: p.id }, orderBy: { createdAt: "asc" } });
    expect(rijen.map((v) => v.status)).toEqual(["vervangen", "open"]);

    // staff's own edit is not held
    const staf = await bewaarPlek(opbouw, { ...plekInvoer({ naam: `${voor.naam} (staf)` }), id: p.id });
    expect(staf.wachtOpControle).toBeUndefined();
    expect((await db.plek.findUniqueOrThrow({ where: { id: p.id } })).naam).toBe(`${voor.naam} (staf)`);
  });

  it("approval by staff of the wijk writes it as the member's change, mails the member, can be undone; refused for others and twice", async () => {
    await zetControle(true);
    const p = await bewaarPlek(beheerder, plekInvoer());
    await bewaarPlek(lid, { ...plekInvoer({ naam: "Bieb Centrum (door lid)" }), id: p.id });
    const v = await db.kaartVoorstel.findFirstOrThrow({ where: { entiteitId: p.id, status: "open" } });
    for (const [wie, code] of [[andereOpbouw, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [lid, "FORBIDDEN"], [inwoner, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(keurKaartVoorstelGoed(wie, v.id)).rejects.toMatchObject({ code });
      await expect(wijsKaartVoorstelAf(wie, v.id, "Niet goed genoeg.")).rejects.toMatchObject({ code });
    }
    actAs(lid);
    expect(await keurVoorstelGoedAction(null, form({ id: v.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.kaartVoorstel.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("open");

    actAs(opbouw);
    expect(await expectRedirect(keurVoorstelGoedAction(null, form({ id: v.id })))).toBe("/beheer/kaart/wijzigingen?goedgekeurd=1");
    expect((await db.plek.findUniqueOrThrow({ where: { id: p.id } })).naam).toBe("Bieb Centrum (door lid)");
    expect(await db.kaartVoorstel.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: "goedgekeurd", beoordelaarId: opbouw.id });
    const w = await db.kaartWijziging.findFirstOrThrow({ where: { entiteitId: p.id, actie: "gewijzigd" } });
    expect(w.actorId).toBe(lid.id);
    expect(await db.auditLog.count({ where: { entiteitId: p.id, actie: "plek.wijziging_goedgekeurd", actorId: opbouw.id } })).toBe(1);
    const mail = await sink.waitFor((m) => m.to.includes(lidEmail.toLowerCase()) && m.subject.includes("staat op de kaart"));
    expect(mail.text).toContain("/kaart/plek/");
    expect(await keurKaartVoorstelGoed(opbouw, v.id).catch((e) => e)).toMatchObject({ code: "CONFLICT" });
    expect(await wijsKaartVoorstelAf(opbouw, v.id, "Toch niet.").catch((e) => e)).toMatchObject({ code: "CONFLICT" });
    // shown among the recent changes as the member's, and undone like any change
    expect((await recenteKaartWijzigingen(opbouw)).find((r) => r.id === w.id)?.verschillen.map((d) => d.veld)).toEqual(["naam"]);
    await maakKaartWijzigingOngedaan(opbouw, w.id);
    expect((await db.plek.findUniqueOrThrow({ where: { id: p.id } })).naam).not.toBe("Bieb Centrum (door lid)");
  });

  it("approval is refused when the item changed since; rejection keeps the item, needs a reason and mails it", async () => {
    await zetControle(true);
    const p = await bewaarPlek(beheerder, plekInvoer());
    await bewaarPlek(lid, { ...plekInvoer({ beschrijving: "Alleen nog op zaterdag open voor iedereen." }), id: p.id });
    const v = await db.kaartVoorstel.findFirstOrThrow({ where: { entiteitId: p.id, status: "open" } });
    await bewaarPlek(beheerder, { ...plekInvoer({ website: "https://bieb.example" }), id: p.id });
    await expect(keurKaartVoorstelGoed(beheerder, v.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const item = await db.plek.findUniqueOrThrow({ where: { id: p.id } });
    expect(item.website).toBe("https://bieb.example");
    expect(item.beschrijving).not.toContain("zaterdag");
    expect((await db.kaartVoorstel.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("open");

    actAs(beheerder);
    expect(await wijsVoorstelAfAction(null, form({ id: v.id, reden: "" }))).toMatchObject({ ok: false, fieldErrors: { reden: [expect.stringContaining("waarom")] } });
    expect(await expectRedirect(wijsVoorstelAfAction(null, form({ id: v.id, reden: "Op zaterdag is de bibliotheek gesloten." })))).toBe("/beheer/kaart/wijzigingen?afgewezen=1");
    expect(await db.kaartVoorstel.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: "afgewezen", reden: "Op zaterdag is de bibliotheek gesloten.", beoordelaarId: beheerder.id });
    expect((await db.plek.findUniqueOrThrow({ where: { id: p.id } })).beschrijving).toBe(item.beschrijving);
    const mail = await sink.waitFor((m) => m.to.includes(lidEmail.toLowerCase()) && m.subject.includes("niet overgenomen"));
    expect(mail.text).toContain("Op zaterdag is de bibliotheek gesloten.");
    expect(mail.text).toContain(`/mijn/organisatie/plek/${p.id}`);
  });

  it("an activity's schedule change waits and is applied with its schedule on approval", async () => {
    await zetControle(true);
    const x = await bewaarActiviteit(beheerder, activiteitInvoer());
    const invoer = activiteitInvoer({ dagen: ["TH"], startTijd: "14:00", eindTijd: "15:00" });
    actAs(lid);
    const titel = (await db.activiteit.findUniqueOrThrow({ where: { id: x.id } })).titel;
    expect(await expectRedirect(bewaarActiviteitAlsLidAction(null, form({ titel, beschrijving: invoer.beschrijving, wijkId: wijk.id, organisatieId: bieb.id, doelgroepen: "IEDEREEN", sfeer: "GEMEENSCHAPPELIJK", wanneer: "rooster", frequentie: "WEKELIJKS", dagen: "TH", startTijd: "14:00", eindTijd: "15:00", vanaf: "02-03-2027", id: x.id })))).toBe(
      `/mijn/organisatie/activiteit/${x.id}?ingediend=1`,
    );
    expect((await db.activiteitRooster.findUniqueOrThrow({ where: { activiteitId: x.id } })).rrule).toContain("BYDAY=TU");
    const v = await db.kaartVoorstel.findFirstOrThrow({ where: { entiteitId: x.id, status: "open" } });
    expect((await openKaartVoorstellen(opbouw)).find((o) => o.id === v.id)?.verschillen.map((d) => d.veld)).toContain("rooster");
    await keurKaartVoorstelGoed(opbouw, v.id);
    const rooster = await db.activiteitRooster.findUniqueOrThrow({ where: { activiteitId: x.id } });
    expect(rooster.rrule).toContain("BYDAY=TH");
    expect(rooster.startTijd).toBe("14:00");
  });

  it("a member's bad input is refused with the field and leaves no proposal; with the setting off the change is live at once", async () => {
    await zetControle(true);
    const p = await bewaarPlek(beheerder, plekInvoer());
    await expect(bewaarPlek(lid, { ...plekInvoer(), id: p.id, wijkId: "bestaat-niet" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { wijkId: [expect.any(String)] } });
    expect(await db.kaartVoorstel.count({ where: { entiteitId: p.id } })).toBe(0);
    actAs(lid);
    expect(await expectRedirect(bewaarPlekAlsLidAction(null, form({ ...plekForm({ naam: "Wacht even" }), id: p.id })))).toBe(`/mijn/organisatie/plek/${p.id}?ingediend=1`);

    await zetControle(false);
    expect(await expectRedirect(bewaarPlekAlsLidAction(null, form({ ...plekForm({ naam: "Meteen zichtbaar" }), id: p.id })))).toBe(`/mijn/organisatie/plek/${p.id}?opgeslagen=1`);
    expect((await db.plek.findUniqueOrThrow({ where: { id: p.id } })).naam).toBe("Meteen zichtbaar");
  });
});
