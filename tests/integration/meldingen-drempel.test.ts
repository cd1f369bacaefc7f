/** Issue 10, finding 15: reports from several different people take an item offline pending review. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { plaatsHulpvraag } from "../../lib/data/hulpvragen.ts";
import { plaatsVacature, zoekVacatures } from "../../lib/data/vacatures.ts";
import { zoekOpenMeldingen } from "../../lib/data/meldingen.ts";
import { vacatureSchema } from "../../lib/validation/vrijwilligers.ts";
import { meldAction } from "../../app/vrijwilligers/actions.ts";
import { handelMeldingAfAction } from "../../app/beheer/vacatures/actions.ts";
import { actorOf, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijk: { id: string; slug: string };
let aanvrager: Actor, owA: Actor, ambtenaar: Actor, melders: Actor[];

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.RATE_LIMIT_MAX = "100";
  delete process.env.MELDINGEN_DREMPEL; // the default, 3
  resetEnvForTests();
  wijk = await createWijk(db, { naam: "Meldwijk" });
  aanvrager = actorOf(await createUser(db, { email: "aanvrager.meld@test.example", naam: "Aad Aanvrager" }));
  owA = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] }), [wijk.id]);
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
  melders = await Promise.all([1, 2, 3, 4].map(async (n) => actorOf(await createUser(db, { email: `melder${n}@test.example` }))));
});
afterAll(async () => {
  actAs(null);
  delete process.env.RATE_LIMIT_MAX;
  resetEnvForTests();
  await sink.close();
});

async function hulpvraag(titel: string) {
  return plaatsHulpvraag(aanvrager, { soort: "boodschappen", titel, beschrijving: "Wie kan op dinsdag boodschappen voor mij doen?", wijkId: wijk.id, naam: "Aad Aanvrager", telefoon: "" });
}
const status = async (id: string) => (await db.hulpvraag.findUniqueOrThrow({ where: { id } })).status;
const reden = "Dit lijkt op oplichting, er wordt om geld gevraagd.";

describe("finding 15: report threshold", () => {
  it("finding 15: 25 reports on one hulpvraag from the same person do not hide it", async () => {
    const hv = await hulpvraag("Boodschappen op dinsdag");
    actAs(melders[0]);
    fromIp("10.15.0.1");
    for (let i = 0; i < 25; i++) await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden })));
    expect(await db.melding.count({ where: { entiteitId: hv.id } })).toBe(25);
    expect(await status(hv.id)).toBe("OPEN");
    // the same person from other addresses is still one person
    for (const ip of ["10.15.0.2", "10.15.0.3"]) {
      fromIp(ip);
      await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden })));
    }
    expect(await status(hv.id)).toBe("OPEN");
    expect(sink.messages.filter((m) => m.to.includes("aanvrager.meld@test.example"))).toHaveLength(0);
  });

  it("finding 15: 3 reports from different people hide it, the owner is told why, staff restore it; hide and restore are audited", async () => {
    const hv = await hulpvraag("Hulp met de computer");
    const pad = `/vrijwilligers/hulpvragen/${hv.id}?gemeld=1`;
    actAs(melders[0]);
    fromIp("10.15.1.1");
    expect(await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden })))).toBe(pad);
    // an anonymous report counts by address
    actAs(null);
    fromIp("10.15.1.2");
    expect(await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden })))).toBe(pad);
    expect(await status(hv.id)).toBe("OPEN");
    actAs(melders[1]);
    fromIp("10.15.1.3");
    expect(await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden })))).toBe("/vrijwilligers/hulpvragen?gemeld=1");
    expect(await status(hv.id)).toBe("VERBORGEN");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entiteit: "Hulpvraag", entiteitId: hv.id, actie: "hulpvraag.verborgen_na_meldingen" } });
    expect(audit).toMatchObject({ actorId: null, voor: { status: "OPEN" }, na: { status: "VERBORGEN", aantalMelders: 3, drempel: 3 } });

    const mail = await sink.waitFor((m) => m.to.includes("aanvrager.meld@test.example"));
    expect(mail.subject).toBe("Uw hulpvraag staat tijdelijk niet online");
    expect(mail.text).toContain('Uw hulpvraag "Hulp met de computer" staat tijdelijk niet online.');
    expect(mail.text).toContain("3 verschillende mensen hebben gemeld");
    expect(mail.text).not.toContain(reden); // nothing about the reporters

    // a fourth report is refused (it is offline), and nothing is stored about the reporters but a hash
    actAs(melders[2]);
    const vierde = await meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden }));
    expect(vierde && !vierde.ok && vierde.message).toMatch(/bestaat niet/);
    const sleutels = await db.melding.findMany({ where: { entiteitId: hv.id }, select: { melderSleutel: true } });
    expect(new Set(sleutels.map((s) => s.melderSleutel)).size).toBe(3);
    expect(JSON.stringify(sleutels)).not.toContain(melders[0].id);
    expect(JSON.stringify(sleutels)).not.toContain("10.15.1.2");

    // staff see it in the moderation list; a resident cannot restore it
    const open = (await zoekOpenMeldingen(owA)).filter((m) => m.entiteitId === hv.id);
    expect(open).toHaveLength(3);
    expect(open[0].status).toBe("VERBORGEN");
    actAs(melders[0]);
    expect((await handelMeldingAfAction(null, form({ id: open[0].id, actie: "terugzetten" })))?.ok).toBe(false);
    expect(await status(hv.id)).toBe("VERBORGEN");

    actAs(owA);
    await expectRedirect(handelMeldingAfAction(null, form({ id: open[0].id, actie: "terugzetten" })));
    expect(await status(hv.id)).toBe("OPEN");
    expect((await zoekOpenMeldingen(owA)).filter((m) => m.entiteitId === hv.id)).toHaveLength(0);
    expect(await db.auditLog.count({ where: { entiteit: "Hulpvraag", entiteitId: hv.id, actie: "hulpvraag.getoond", actorId: owA.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entiteit: "Melding", actie: "melding.teruggezet", actorId: owA.id } })).toBe(3);

    // after the restore the old reports no longer count: one new report does not hide it again
    actAs(melders[3]);
    fromIp("10.15.1.4");
    await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden })));
    expect(await status(hv.id)).toBe("OPEN");
  });

  it("finding 15: a vacature reported by 3 different people waits for the check; staff publiceerAgendaAction it again", async () => {
    const input = vacatureSchema.parse({
      titel: "Gastvrouw koffieochtend",
      beschrijving: "U zet koffie en ontvangt de gasten in het buurthuis.",
      wijkId: wijk.id,
      soortWerk: "ontmoeting",
      tijdsbesteding: "tot-2-uur",
      eenmalig: "regelmatig",
      wanneer: "Dinsdagochtend",
      contactNaam: "Carla",
      contactEmail: "carla.meld@test.example",
    });
    const v = await plaatsVacature(ambtenaar, input);
    for (const [i, who] of melders.slice(0, 3).entries()) {
      actAs(who);
      fromIp(`10.15.2.${i}`);
      await expectRedirect(meldAction(null, form({ entiteit: "Vacature", entiteitId: v.id, reden })));
    }
    expect((await db.vacature.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("TER_CONTROLE");
    expect((await zoekVacatures({})).map((x) => x.id)).not.toContain(v.id);
    const mail = await sink.waitFor((m) => m.to.includes("carla.meld@test.example"));
    expect(mail.subject).toBe("Uw vacature staat tijdelijk niet online");

    const m = (await zoekOpenMeldingen(ambtenaar)).find((x) => x.entiteitId === v.id)!;
    expect(m.status).toBe("TER_CONTROLE");
    actAs(ambtenaar);
    await expectRedirect(handelMeldingAfAction(null, form({ id: m.id, actie: "terugzetten" })));
    expect((await zoekVacatures({})).map((x) => x.id)).toContain(v.id);
    expect(await db.auditLog.count({ where: { entiteit: "Vacature", entiteitId: v.id, actie: "vacature.verborgen_na_meldingen" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entiteit: "Vacature", entiteitId: v.id, actie: "vacature.hersteld_na_meldingen", actorId: ambtenaar.id } })).toBe(1);
  });
});
