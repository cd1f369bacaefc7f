import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { seedReference } from "../../prisma/seed-lib.ts";
import { actorOf, createUser } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import {
  bewaarActie,
  bewaarThema,
  leesAgendaBeheer,
  leesAgendaVersie,
  zoekAgendaVersies,
  publiceerAgenda,
  verwijderActie,
  verwijderThema,
} from "../../lib/data/agenda.ts";
import * as agendaModule from "../../lib/data/agenda.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

let eigen: { id: string; slug: string };
let ander: { id: string; slug: string };
let ow: Actor;
let owAnder: Actor;
let beheerder: Actor;
let inwoner: Actor;
let ambtenaar: Actor;

const thema = (titel: string) => ({ titel, beschrijving: `Beschrijving van ${titel}`, perspectiefInwoners: "Inwoners zeggen...", perspectiefProfessionals: "", cijfers: [] });

beforeAll(async () => {
  await seedReference(db);
  eigen = await db.wijk.findUniqueOrThrow({ where: { slug: "braken-oost" } });
  ander = await db.wijk.findUniqueOrThrow({ where: { slug: "herpt" } });
  ow = actorOf(await createUser(db, { rol: "OPBOUWWERKER", naam: "Olga", wijkIds: [eigen.id] }), [eigen.id]);
  owAnder = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [ander.id] }), [ander.id]);
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
});

describe("sociale agenda: draft and publish", () => {
  it("an opbouwwerker builds a draft with themes and actions and publishes it as version 1, with an audit row", async () => {
    const id = await bewaarThema(ow, eigen.slug, { ...thema("Eenzaamheid onder ouderen"), cijfers: ["Voelt zich vaak eenzaam"] });
    await bewaarActie(ow, eigen.slug, { themaId: id, wat: "Koffieochtend in het buurthuis", wie: "Buurtvereniging", status: "LOOPT", wanneer: "elke dinsdag" });
    const draft = await leesAgendaBeheer(ow, eigen.slug);
    expect(draft.inhoud.themas).toHaveLength(1);
    expect(draft.inhoud.themas[0]).toMatchObject({ id, titel: "Eenzaamheid onder ouderen", cijfers: ["Voelt zich vaak eenzaam"] });
    expect(draft.inhoud.themas[0].acties[0]).toMatchObject({ wat: "Koffieochtend in het buurthuis", status: "LOOPT" });
    expect(draft.laatsteVersie).toBeNull();

    const v = await publiceerAgenda(ow, eigen.slug, "Eerste versie na de bewonersavond");
    expect(v).toBe(1);
    const audit = await db.auditLog.findFirst({ where: { actie: "agenda.gepubliceerd", actorId: ow.id } });
    expect(audit?.na).toMatchObject({ versie: 1 });
    const pub = await leesAgendaVersie(eigen.slug, 1);
    expect(pub.auteurNaam).toBe("Olga");
    expect(pub.wijzigingen).toEqual([{ soort: "toegevoegd", thema: "Eenzaamheid onder ouderen" }]);
  });

  it("version history is append-only: later edits and publishes never change an earlier version", async () => {
    const v1 = await db.socialeAgendaVersie.findUniqueOrThrow({ where: { wijkId_versie: { wijkId: eigen.id, versie: 1 } } });
    const [t] = (await leesAgendaBeheer(ow, eigen.slug)).inhoud.themas;
    await bewaarThema(ow, eigen.slug, { ...thema("Eenzaamheid en ontmoeting"), themaId: t.id });
    await verwijderActie(ow, eigen.slug, t.id, t.acties[0].id);
    await bewaarThema(ow, eigen.slug, thema("Spelen en bewegen"));
    expect(await publiceerAgenda(ow, eigen.slug, "Tweede versie")).toBe(2);
    const extra = await bewaarThema(ow, eigen.slug, thema("Verkeersveiligheid"));
    await verwijderThema(ow, eigen.slug, extra);
    await bewaarThema(ow, eigen.slug, thema("Mantelzorg"));
    expect(await publiceerAgenda(beheerder, eigen.slug, "Derde versie")).toBe(3);

    const v1Na = await db.socialeAgendaVersie.findUniqueOrThrow({ where: { wijkId_versie: { wijkId: eigen.id, versie: 1 } } });
    expect(v1Na).toEqual(v1);
    const { versies } = await zoekAgendaVersies(eigen.slug);
    expect(versies.map((v) => v.versie)).toEqual([3, 2, 1]);
    const v2 = await leesAgendaVersie(eigen.slug, 2);
    expect(v2.inhoud.themas.map((x) => x.titel)).toEqual(["Eenzaamheid en ontmoeting", "Spelen en bewegen"]);
    expect(v2.wijzigingen).toContainEqual({ soort: "toegevoegd", thema: "Spelen en bewegen" });
    expect(v2.wijzigingen).toContainEqual({ soort: "gewijzigd", thema: "Eenzaamheid en ontmoeting", details: expect.arrayContaining(['titel was "Eenzaamheid onder ouderen"', 'actie "Koffieochtend in het buurthuis" verwijderd']) });
    expect((await leesAgendaVersie(eigen.slug, 3)).wijzigingen).toEqual([{ soort: "toegevoegd", thema: "Mantelzorg" }]);
    // the data layer offers no way to change or remove a published version
    expect(Object.keys(agendaModule).filter((k) => /(update|delete|wijzig|verwijder|bewaar).*versie|versie.*(update|delete|wijzig|verwijder)/i.test(k))).toEqual([]);
  });

  it("publishing without changes, or an empty agenda, is refused with a Dutch message", async () => {
    await expect(publiceerAgenda(ow, eigen.slug, "Nog eens")).rejects.toThrow(/niets veranderd sinds versie 3/);
    const leeg = await db.wijk.findUniqueOrThrow({ where: { slug: "braken-west" } });
    await expect(publiceerAgenda(beheerder, leeg.slug, "Leeg")).rejects.toThrow(/minstens één thema/);
    expect(await db.socialeAgendaVersie.count({ where: { wijkId: leeg.id } })).toBe(0);
  });

  it("simultaneous publishes never share or overwrite a version number", async () => {
    const w = await db.wijk.findUniqueOrThrow({ where: { slug: "venne-oost" } });
    await bewaarThema(beheerder, w.slug, thema("Samen in het park"));
    await publiceerAgenda(beheerder, w.slug, "v1");
    await bewaarThema(beheerder, w.slug, thema("Nieuwe bewoners"));
    const results = await Promise.allSettled([publiceerAgenda(beheerder, w.slug, "a"), publiceerAgenda(beheerder, w.slug, "b")]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    // the loser either found the version already published ("niets veranderd") or hit the unique constraint
    expect(failed[0].reason.message).toMatch(/niets veranderd|publiceerde net een nieuwe versie/);
    const versies = await db.socialeAgendaVersie.findMany({ where: { wijkId: w.id }, orderBy: { versie: "asc" }, select: { versie: true } });
    expect(versies.map((v) => v.versie)).toEqual([1, 2]);
  });
});

describe("sociale agenda: who may edit", () => {
  it.each([
    ["an inwoner", (): Actor | null => inwoner, "FORBIDDEN"],
    ["an ambtenaar", (): Actor | null => ambtenaar, "FORBIDDEN"],
    ["anonymous", (): Actor | null => null, "UNAUTHENTICATED"],
    ["an opbouwwerker of another wijk", (): Actor | null => owAnder, "FORBIDDEN"],
  ] as const)("%s cannot read the draft, edit or publish", async (_n, who, code) => {
    const actor = who();
    await expect(leesAgendaBeheer(actor, eigen.slug)).rejects.toMatchObject({ code });
    await expect(bewaarThema(actor, eigen.slug, thema("Inbraak"))).rejects.toMatchObject({ code });
    await expect(publiceerAgenda(actor, eigen.slug, "x")).rejects.toMatchObject({ code });
    const [t] = (await leesAgendaBeheer(ow, eigen.slug)).inhoud.themas;
    await expect(verwijderThema(actor, eigen.slug, t.id)).rejects.toMatchObject({ code });
    await expect(bewaarActie(actor, eigen.slug, { themaId: t.id, wat: "x", wie: "y", status: "IDEE", wanneer: "" })).rejects.toMatchObject({ code });
  });

  it("calling the server actions directly as an opbouwwerker of another wijk changes nothing", async () => {
    const { bewaarThemaAction, publiceerAgendaAction, verwijderThemaAction, bewaarActieAction } = await import("../../app/beheer/wijken/actions.ts");
    const voor = await db.socialeAgendaConcept.findUniqueOrThrow({ where: { wijkId: eigen.id } });
    const versies = await db.socialeAgendaVersie.count({ where: { wijkId: eigen.id } });
    const [t] = (await leesAgendaBeheer(ow, eigen.slug)).inhoud.themas;
    for (const who of [owAnder, inwoner, null]) {
      actAs(who);
      const s1 = await bewaarThemaAction(null, form({ wijk: eigen.slug, titel: "Overgenomen", beschrijving: "Door een ander" }));
      expect(s1?.ok).toBe(false);
      expect(s1 && !s1.ok && s1.message).toMatch(who ? /U mag dit alleen doen in de wijken waar u werkt|geen toestemming/ : /Log eerst in/);
      expect((await publiceerAgendaAction(null, form({ wijk: eigen.slug, toelichting: "kaping" })))?.ok).toBe(false);
      expect((await verwijderThemaAction(null, form({ wijk: eigen.slug, themaId: t.id })))?.ok).toBe(false);
      expect((await bewaarActieAction(null, form({ wijk: eigen.slug, themaId: t.id, wat: "x", wie: "y", status: "IDEE" })))?.ok).toBe(false);
    }
    expect(await db.socialeAgendaConcept.findUniqueOrThrow({ where: { wijkId: eigen.id } })).toEqual(voor);
    expect(await db.socialeAgendaVersie.count({ where: { wijkId: eigen.id } })).toBe(versies);
  });

  it("the actions work for the opbouwwerker of the wijk and return all field errors", async () => {
    const { bewaarThemaAction, publiceerAgendaAction, bewaarActieAction } = await import("../../app/beheer/wijken/actions.ts");
    actAs(ow);
    const bad = await bewaarThemaAction(null, form({ wijk: eigen.slug, titel: "", beschrijving: "" }));
    expect(bad && !bad.ok && Object.keys(bad.fieldErrors).sort()).toEqual(["beschrijving", "titel"]);
    const to = await expectRedirect(bewaarThemaAction(null, form({ wijk: eigen.slug, titel: "Zwerfafval", beschrijving: "Veel afval bij de speeltuin" })));
    const themaId = to.match(/thema\/([^?]+)/)![1];
    const badActie = await bewaarActieAction(null, form({ wijk: eigen.slug, themaId, wat: "", wie: "", status: "MISSCHIEN" }));
    expect(badActie && !badActie.ok && Object.keys(badActie.fieldErrors).sort()).toEqual(["status", "wat", "wie"]);
    expect(await expectRedirect(bewaarActieAction(null, form({ wijk: eigen.slug, themaId, wat: "Opschoondag", wie: "Buren en de gemeente", status: "IDEE", wanneer: "maart" })))).toContain(`/agenda/thema/${themaId}`);
    expect(await expectRedirect(publiceerAgendaAction(null, form({ wijk: eigen.slug, toelichting: "Zwerfafval erbij" })))).toBe(`/beheer/wijken/${eigen.slug}/agenda?gepubliceerd=4`);
  });
});
