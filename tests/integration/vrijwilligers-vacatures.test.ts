/**
 * Vacatures (publiceerAgendaAction, filter, respond by e-mail through the portal), volunteer profiles and
 * vacature meldingen, against a real database and a real SMTP sink.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { NextRequest } from "next/server";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { actorOf, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import { plaatsVacature, leesVacatureBeheer, zoekVacatures, zoekVacaturesBeheer, zetVacatureStatus, wijzigVacature, type PublicVacature } from "../../lib/data/vacatures.ts";
import { leesMijnProfiel, zoekVindbareVrijwilligers, bewaarProfiel } from "../../lib/data/vrijwilligers.ts";
import { handelMeldingAf, zoekOpenMeldingen } from "../../lib/data/meldingen.ts";
import { meldAction, plaatsEigenVacatureAction, reageerOpVacatureAction } from "../../app/vrijwilligers/actions.ts";
import { plaatsVacatureAction, wijzigVacatureAction, zetVacatureStatusAction } from "../../app/beheer/vacatures/actions.ts";
import { bewaarProfielAction } from "../../app/mijn/vrijwilliger/actions.ts";
import { GET as apiVacatures } from "../../app/api/vacatures/route.ts";
import VacaturesPage from "../../app/vrijwilligers/vacatures/page.tsx";
import VacaturePage from "../../app/vrijwilligers/vacatures/[slug]/page.tsx";
import type { VacatureInput } from "../../lib/validation/vrijwilligers.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijkA: { id: string; slug: string }, wijkB: { id: string; slug: string };
let inwoner: Actor, initiatiefnemer: Actor, ander: Actor, owA: Actor, ambtenaar: Actor, beheerder: Actor;
let goedgekeurdId: string, ingediendId: string, organisatieId: string;

const CONTACT = "coordinator.vrijwilligers@buurthuis.test.example";

function input(over: Partial<Record<keyof VacatureInput, string | boolean>> = {}) {
  return {
    titel: "Gastvrouw voor de koffieochtend",
    beschrijving: "U zet koffie, ontvangt de gasten en maakt een praatje met buurtgenoten.",
    wijkId: wijkA.id,
    organisatieId,
    soortWerk: "ontmoeting",
    tijdsbesteding: "tot-2-uur",
    eenmalig: "regelmatig",
    wanneer: "Elke dinsdagochtend",
    voorWie: "Ouderen in de wijk",
    vogNodig: false,
    contactNaam: "Carla Coördinator",
    contactEmail: CONTACT,
    ...over,
  } as Record<string, string | boolean>;
}

/** The parsed form input for the data layer. */
async function parsed(over: Parameters<typeof input>[0] = {}): Promise<VacatureInput> {
  const { vacatureSchema } = await import("../../lib/validation/vrijwilligers.ts");
  const values = Object.fromEntries(Object.entries(input(over)).filter(([, v]) => v !== false).map(([k, v]) => [k, v === true ? "on" : v]));
  return vacatureSchema.parse(values);
}

async function apiJson(query = ""): Promise<{ text: string; vacatures: PublicVacature[] }> {
  const res = await apiVacatures(new NextRequest(`http://localhost/api/vacatures${query}`));
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, vacatures: (JSON.parse(text) as { vacatures: PublicVacature[] }).vacatures };
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  wijkA = await createWijk(db, { naam: "Vacaturewijk Aa" });
  wijkB = await createWijk(db, { naam: "Vacaturewijk Bee" });
  const mk = async (over: Parameters<typeof createUser>[1], wijken: string[] = []) => actorOf(await createUser(db, over), wijken);
  inwoner = await mk({ email: "vrijwilliger.vera@test.example", naam: "Vera Vrijwilliger" });
  initiatiefnemer = await mk({ naam: "Ivo Initiatief" });
  ander = await mk({});
  owA = await mk({ rol: "OPBOUWWERKER", wijkIds: [wijkA.id] }, [wijkA.id]);
  ambtenaar = await mk({ rol: "AMBTENAAR" });
  beheerder = await mk({ rol: "BEHEERDER" });
  organisatieId = (await db.organisatie.create({ data: { naam: "Buurthuis De Linde", slug: "buurthuis-de-linde" } })).id;
  goedgekeurdId = (await db.initiatief.create({ data: { titel: "Buurtmoestuin", status: "GOEDGEKEURD", indienerId: initiatiefnemer.id, wijkId: wijkA.id, openbaar: true } })).id;
  ingediendId = (await db.initiatief.create({ data: { titel: "Straatfeest", status: "INGEDIEND", indienerId: initiatiefnemer.id, wijkId: wijkA.id } })).id;
});
afterAll(async () => {
  actAs(null);
  await sink.close();
});

describe("publishing vacatures", () => {
  it("anonymous and ordinary residents are refused; nothing is stored", async () => {
    actAs(null);
    let state = await plaatsVacatureAction(null, form(input()));
    expect(state && !state.ok && state.message).toMatch(/Log eerst in/);
    actAs(inwoner);
    state = await plaatsVacatureAction(null, form(input()));
    expect(state && !state.ok && state.message).toMatch(/Alleen medewerkers of initiatiefnemers/);
    await expect(plaatsVacature(inwoner, await parsed())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.vacature.count()).toBe(0);
  });

  it("an empty form lists every missing field", async () => {
    actAs(owA);
    const state = await plaatsVacatureAction(null, form({}));
    expect(state && !state.ok && Object.keys(state.fieldErrors).sort()).toEqual(
      ["beschrijving", "contactEmail", "contactNaam", "eenmalig", "soortWerk", "tijdsbesteding", "titel", "wanneer", "wijkId"].sort(),
    );
  });

  it("an opbouwwerker and an ambtenaar publish; the action is audited", async () => {
    actAs(owA);
    const to = await expectRedirect(plaatsVacatureAction(null, form(input())));
    const id = to.match(/^\/beheer\/vacatures\/([^?]+)/)?.[1];
    const v = await db.vacature.findUniqueOrThrow({ where: { id } });
    expect(v).toMatchObject({ status: "GEPUBLICEERD", organisatieId, contactEmail: CONTACT, geplaatstDoor: owA.id, eenmalig: false });
    expect(await db.auditLog.count({ where: { entiteit: "Vacature", entiteitId: v.id, actie: "vacature.geplaatst" } })).toBe(1);

    actAs(ambtenaar);
    await expectRedirect(
      plaatsVacatureAction(null, form(input({ titel: "Hulp bij de dorpsdag", wijkId: wijkB.id, soortWerk: "evenementen", tijdsbesteding: "meer-dan-4-uur", eenmalig: "eenmalig", vogNodig: true }))),
    );
    await plaatsVacature(beheerder, await parsed({ titel: "Voorlezen op school (concept)", status: "CONCEPT" }));
  });

  it("an initiatiefnemer may publiceerAgendaAction for their own approved initiative only", async () => {
    actAs(initiatiefnemer);
    let state = await plaatsEigenVacatureAction(null, form(input({ titel: "Helpers voor het straatfeest", initiatiefId: ingediendId })));
    expect(state && !state.ok && state.message).toMatch(/eigen goedgekeurde initiatief/);
    actAs(ander);
    state = await plaatsEigenVacatureAction(null, form(input({ titel: "Moestuinier gezocht", initiatiefId: goedgekeurdId })));
    expect(state && !state.ok && state.message).toMatch(/eigen goedgekeurde initiatief/);

    actAs(initiatiefnemer);
    const to = await expectRedirect(plaatsEigenVacatureAction(null, form(input({ titel: "Moestuinier gezocht", initiatiefId: goedgekeurdId, soortWerk: "natuur" }))));
    const id = decodeURIComponent(to.replace("/vrijwilligers/vacatures/nieuw?geplaatst=", ""));
    const v = await db.vacature.findUniqueOrThrow({ where: { id } });
    // a resident cannot attach an organisation, and the vacature waits for the staff check
    expect(v).toMatchObject({ initiatiefId: goedgekeurdId, organisatieId: null, status: "TER_CONTROLE", geplaatstDoor: initiatiefnemer.id });
    expect(await zoekVacatures({ soort: "natuur" })).toEqual([]);
    await zetVacatureStatus(ambtenaar, v.id, "GEPUBLICEERD");
    expect((await zoekVacatures({ soort: "natuur" }))[0].aanbieder).toBe("Buurtmoestuin");
  });

  it("editing and archiving: residents are refused (except the initiatiefnemer on their own), staff may; audited", async () => {
    const v = await db.vacature.findFirstOrThrow({ where: { titel: "Gastvrouw voor de koffieochtend" } });
    actAs(inwoner);
    let state = await wijzigVacatureAction(null, form({ ...input({ titel: "Gekaapte vacature" }), id: v.id }));
    expect(state && !state.ok && state.message).toMatch(/geen toestemming/);
    state = await zetVacatureStatusAction(null, form({ id: v.id, status: "GEARCHIVEERD" }));
    expect(state?.ok).toBe(false);
    await expect(wijzigVacature(initiatiefnemer, v.id, await parsed({ titel: "Gekaapt" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(leesVacatureBeheer(inwoner, v.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekVacaturesBeheer(inwoner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekVacaturesBeheer(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await db.vacature.findUniqueOrThrow({ where: { id: v.id } })).titel).toBe("Gastvrouw voor de koffieochtend");

    actAs(ambtenaar);
    await expectRedirect(wijzigVacatureAction(null, form({ ...input({ wanneer: "Elke dinsdag- en donderdagochtend" }), id: v.id })));
    expect((await db.vacature.findUniqueOrThrow({ where: { id: v.id } })).wanneer).toBe("Elke dinsdag- en donderdagochtend");
    expect(await db.auditLog.count({ where: { entiteit: "Vacature", entiteitId: v.id, actie: "vacature.gewijzigd", actorId: ambtenaar.id } })).toBe(1);

    const eigen = await db.vacature.findFirstOrThrow({ where: { geplaatstDoor: initiatiefnemer.id } });
    await zetVacatureStatus(initiatiefnemer, eigen.id, "GEARCHIVEERD");
    expect((await zoekVacatures({})).map((x) => x.id)).not.toContain(eigen.id);
    await zetVacatureStatus(ambtenaar, eigen.id, "GEPUBLICEERD");
  });
});

describe("public list, filters, detail page and JSON", () => {
  it("filters by wijk, kind of work, time and one-off/regular; concepts stay hidden", async () => {
    const alle = await zoekVacatures({});
    expect(alle.map((v) => v.titel).sort()).toEqual(["Gastvrouw voor de koffieochtend", "Hulp bij de dorpsdag", "Moestuinier gezocht"]);
    expect((await zoekVacatures({ wijk: wijkB.slug })).map((v) => v.titel)).toEqual(["Hulp bij de dorpsdag"]);
    expect((await zoekVacatures({ soort: "ontmoeting" })).map((v) => v.titel)).toEqual(["Gastvrouw voor de koffieochtend"]);
    expect((await zoekVacatures({ tijd: "meer-dan-4-uur" })).map((v) => v.titel)).toEqual(["Hulp bij de dorpsdag"]);
    expect((await zoekVacatures({ vorm: "eenmalig" })).map((v) => v.titel)).toEqual(["Hulp bij de dorpsdag"]);
    expect((await zoekVacatures({ vorm: "regelmatig", wijk: wijkB.slug })).length).toBe(0);
    const json = await apiJson(`?vorm=eenmalig&wijk=${wijkB.slug}`);
    expect(json.vacatures.map((v) => v.titel)).toEqual(["Hulp bij de dorpsdag"]);
    expect(json.vacatures[0]).toMatchObject({ vogNodig: true, eenmalig: true, tijdsbestedingLabel: "Meer dan 4 uur per week" });
    // unknown filter values are ignored rather than failing
    expect((await apiJson("?soort=bestaat-niet")).vacatures.length).toBe(3);
  });

  it("the contact's e-mail address is in neither the HTML nor the JSON", async () => {
    const { text } = await apiJson();
    expect(text).toContain("Gastvrouw voor de koffieochtend");
    expect(text).not.toContain(CONTACT);
    expect(text).not.toContain("@");
    actAs(null);
    const v = (await zoekVacatures({ soort: "ontmoeting" }))[0];
    const html =
      renderToStaticMarkup(await VacaturesPage({ searchParams: Promise.resolve({ soort: "ontmoeting" }) })) +
      renderToStaticMarkup(await VacaturePage({ params: Promise.resolve({ slug: v.slug }), searchParams: Promise.resolve({}) }));
    expect(html).toContain("Gastvrouw voor de koffieochtend");
    expect(html).toContain("Carla Coördinator");
    expect(html).toContain("Log in</a> om te reageren");
    expect(html).not.toContain(CONTACT);
    // the filtered list page shows only the matching vacature
    expect(html).not.toContain("Hulp bij de dorpsdag");
  });
});

describe("responding to a vacature", () => {
  it("anonymous is refused; consent is required; the contact gets the e-mail and staff see the response", async () => {
    const v = (await zoekVacatures({ soort: "ontmoeting" }))[0];
    fromIp("10.1.0.1");
    actAs(null);
    let state = await reageerOpVacatureAction(null, form({ vacatureId: v.id, bericht: "Ik help graag op dinsdag.", naam: "Vera", toestemming: true }));
    expect(state && !state.ok && state.message).toMatch(/Log eerst in/);
    actAs(inwoner);
    state = await reageerOpVacatureAction(null, form({ vacatureId: v.id, bericht: "Ik help graag op dinsdag.", naam: "Vera Vrijwilliger" }));
    expect(state && !state.ok && state.fieldErrors.toestemming).toBeTruthy();
    expect(await db.vacatureReactie.count()).toBe(0);

    const to = await expectRedirect(
      reageerOpVacatureAction(null, form({ vacatureId: v.id, bericht: "Ik help graag op dinsdag, ik heb ervaring als gastvrouw.", naam: "Vera Vrijwilliger", telefoon: "06 55554444", toestemming: true })),
    );
    expect(to).toBe(`/vrijwilligers/vacatures/${v.slug}?gereageerd=1`);
    const mail = await sink.waitFor((m) => m.to.includes(CONTACT));
    expect(mail.subject).toBe("Nieuwe reactie op uw vacature: Gastvrouw voor de koffieochtend");
    expect(mail.text).toContain("ik heb ervaring als gastvrouw");
    expect(mail.text).toContain("Vera Vrijwilliger");
    expect(mail.text).toContain("vrijwilliger.vera@test.example");
    expect(mail.text).toContain("06 55554444");

    const beheer = await leesVacatureBeheer(owA, v.id);
    expect(beheer.reacties).toHaveLength(1);
    expect(beheer.reacties[0]).toMatchObject({ user: { naam: "Vera Vrijwilliger", email: "vrijwilliger.vera@test.example" } });
    expect((await zoekVacaturesBeheer(ambtenaar)).find((x) => x.id === v.id)?.reacties).toBe(1);
  });

  it("responding to an archived vacature is refused", async () => {
    const v = await db.vacature.findFirstOrThrow({ where: { status: "CONCEPT" } });
    fromIp("10.1.0.2");
    actAs(ander);
    const state = await reageerOpVacatureAction(null, form({ vacatureId: v.id, bericht: "Mag ik ook helpen?", naam: "Ander", toestemming: true }));
    expect(state && !state.ok && state.message).toMatch(/niet meer beschikbaar/);
  });

  it("the 6th response in the window is refused in Dutch and not stored", async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) ids.push((await plaatsVacature(beheerder, await parsed({ titel: `Klusser gezocht ${i}`, soortWerk: "klussen" }))).id);
    fromIp("10.1.0.3");
    const vrijwilliger = actorOf(await createUser(db, {}));
    actAs(vrijwilliger);
    for (const id of ids.slice(0, 5)) await expectRedirect(reageerOpVacatureAction(null, form({ vacatureId: id, bericht: "Ik wil graag helpen.", naam: "Kees Klus", toestemming: true })));
    const state = await reageerOpVacatureAction(null, form({ vacatureId: ids[5], bericht: "Ik wil graag helpen.", naam: "Kees Klus", toestemming: true }));
    expect(state && !state.ok && state.message).toBe("U heeft dit te vaak achter elkaar gedaan. Probeer het over een tijdje opnieuw.");
    expect(await db.vacatureReactie.count({ where: { userId: vrijwilliger.id } })).toBe(5);
  });
});

describe("volunteer profile", () => {
  it("anonymous is refused; a resident saves a profile; all errors are listed for an empty form", async () => {
    actAs(null);
    let state = await bewaarProfielAction(null, form({ naam: "Vera", interesses: "ouderen" }));
    expect(state && !state.ok && state.message).toMatch(/Log eerst in/);
    await expect(leesMijnProfiel(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    actAs(inwoner);
    state = await bewaarProfielAction(null, form({ naam: "", telefoon: "abc" }));
    expect(state && !state.ok && Object.keys(state.fieldErrors).sort()).toEqual(["interesses", "naam", "telefoon"]);

    expect(await expectRedirect(bewaarProfielAction(null, form({ naam: "Vera Vrijwilliger", wijkId: wijkA.id, interesses: ["ouderen", "taal"], beschikbaarheid: "Dinsdagmiddag", aanbod: "Ik kan goed luisteren." })))).toBe("/mijn/vrijwilliger?opgeslagen=1");
    const p = await leesMijnProfiel(inwoner);
    expect(p.profiel).toMatchObject({ wijkId: wijkA.id, interesses: ["ouderen", "taal"], vindbaar: false });
  });

  it("only volunteers who chose to be findable are shown, and only to staff who publiceerAgendaAction vacatures", async () => {
    expect((await zoekVindbareVrijwilligers(owA)).map((v) => v.naam)).not.toContain("Vera Vrijwilliger");
    await bewaarProfiel(inwoner, { naam: "Vera Vrijwilliger", telefoon: "", wijkId: wijkA.id, interesses: ["ouderen"], beschikbaarheid: "", aanbod: "", vindbaar: true });
    const lijst = await zoekVindbareVrijwilligers(ambtenaar, { interesse: "ouderen" });
    expect(lijst.map((v) => v.naam)).toContain("Vera Vrijwilliger");
    expect(JSON.stringify(lijst)).not.toContain("06 55554444");
    expect(await zoekVindbareVrijwilligers(ambtenaar, { interesse: "sport" })).toEqual([]);
    await expect(zoekVindbareVrijwilligers(inwoner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekVindbareVrijwilligers(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("reporting a vacature", () => {
  it("a report reaches staff who publiceerAgendaAction vacatures; residents cannot handle it; archiving is audited", async () => {
    const v = (await zoekVacatures({ soort: "ontmoeting" }))[0];
    fromIp("10.1.1.1");
    actAs(null);
    expect(await expectRedirect(meldAction(null, form({ entiteit: "Vacature", entiteitId: v.id, reden: "Dit is betaald werk, geen vrijwilligerswerk." })))).toBe(
      `/vrijwilligers/vacatures/${v.slug}?gemeld=1`,
    );
    const m = await db.melding.findFirstOrThrow({ where: { entiteitId: v.id } });
    expect((await zoekOpenMeldingen(ambtenaar)).map((x) => x.id)).toContain(m.id);
    expect((await zoekOpenMeldingen(owA)).map((x) => x.id)).toContain(m.id);
    await expect(handelMeldingAf(inwoner, m.id, "verbergen")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(handelMeldingAf(null, m.id, "verbergen")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await handelMeldingAf(ambtenaar, m.id, "verbergen");
    expect((await db.vacature.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("GEARCHIVEERD");
    expect((await zoekOpenMeldingen(ambtenaar)).map((x) => x.id)).not.toContain(m.id);
    expect(await db.auditLog.count({ where: { entiteit: "Vacature", entiteitId: v.id, actie: "vacature.status_gewijzigd" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entiteit: "Melding", entiteitId: m.id } })).toBe(1);
  });
});

describe("finding 8: moderation of residents' vacatures", () => {
  async function eigenVacature(titel: string) {
    actAs(initiatiefnemer);
    const to = await expectRedirect(plaatsEigenVacatureAction(null, form(input({ titel, initiatiefId: goedgekeurdId, soortWerk: "natuur" }))));
    return db.vacature.findUniqueOrThrow({ where: { id: decodeURIComponent(to.split("geplaatst=")[1]) } });
  }
  const status = async (id: string) => (await db.vacature.findUniqueOrThrow({ where: { id } })).status;

  it("finding 8: a resident cannot re-publish a vacature that moderation archived by calling the staff status action", async () => {
    const v = await eigenVacature("Snoeiers gezocht voor de moestuin");
    await zetVacatureStatus(ambtenaar, v.id, "GEPUBLICEERD");
    // moderation archives it (after a report)
    await zetVacatureStatus(owA, v.id, "GEARCHIVEERD");
    const auditVoor = await db.auditLog.count({ where: { entiteit: "Vacature", entiteitId: v.id } });

    actAs(initiatiefnemer);
    const state = await zetVacatureStatusAction(null, form({ id: v.id, status: "GEPUBLICEERD" }));
    expect(state && !state.ok && state.message).toBe("U kunt uw vacature alleen intrekken. Een medewerker zet vacatures online.");
    await expect(zetVacatureStatus(initiatiefnemer, v.id, "GEPUBLICEERD")).rejects.toMatchObject({ code: "FORBIDDEN" });
    // nor through the edit action (which used to set GEPUBLICEERD for residents)
    await expect(wijzigVacature(initiatiefnemer, v.id, await parsed({ titel: "Snoeiers gezocht", initiatiefId: goedgekeurdId, soortWerk: "natuur" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await status(v.id)).toBe("GEARCHIVEERD");
    expect((await zoekVacatures({})).map((x) => x.id)).not.toContain(v.id);
    expect(await db.auditLog.count({ where: { entiteit: "Vacature", entiteitId: v.id } })).toBe(auditVoor);

    // another resident cannot touch it at all
    actAs(ander);
    expect((await zetVacatureStatusAction(null, form({ id: v.id, status: "GEARCHIVEERD" })))?.ok).toBe(false);
  });

  it("finding 8: a resident's vacature is not public until staff approve it; the owner may withdraw but never publish", async () => {
    const v = await eigenVacature("Waterdragers gezocht");
    expect(v.status).toBe("TER_CONTROLE");
    expect((await zoekVacatures({})).map((x) => x.id)).not.toContain(v.id);
    expect((await apiJson()).vacatures.map((x) => x.id)).not.toContain(v.id);
    // staff see it first in their moderation list
    expect((await zoekVacaturesBeheer(ambtenaar))[0]).toMatchObject({ id: v.id, status: "TER_CONTROLE" });

    // the owner cannot publiceerAgendaAction it themselves
    actAs(initiatiefnemer);
    expect((await zetVacatureStatusAction(null, form({ id: v.id, status: "GEPUBLICEERD" })))?.ok).toBe(false);
    expect(await status(v.id)).toBe("TER_CONTROLE");

    // staff approve: public, audited
    actAs(owA);
    expect(await expectRedirect(zetVacatureStatusAction(null, form({ id: v.id, status: "GEPUBLICEERD", terug: "lijst" })))).toBe("/beheer/vacatures?gecontroleerd=1#controle");
    expect((await zoekVacatures({})).map((x) => x.id)).toContain(v.id);
    expect(await db.auditLog.findFirstOrThrow({ where: { entiteit: "Vacature", entiteitId: v.id, actie: "vacature.status_gewijzigd" } })).toMatchObject({ actorId: owA.id, voor: { status: "TER_CONTROLE" }, na: { status: "GEPUBLICEERD" } });

    // an owner's edit sends it back to the check
    await wijzigVacature(initiatiefnemer, v.id, await parsed({ titel: "Waterdragers gezocht (zaterdag)", initiatiefId: goedgekeurdId, soortWerk: "natuur" }));
    expect(await status(v.id)).toBe("TER_CONTROLE");

    // the owner withdraws it
    const { trekVacatureInAction } = await import("../../app/vrijwilligers/actions.ts");
    actAs(initiatiefnemer);
    expect(await expectRedirect(trekVacatureInAction(null, form({ id: v.id })))).toBe("/vrijwilligers/vacatures/nieuw?ingetrokken=1");
    expect(await status(v.id)).toBe("GEARCHIVEERD");
    expect(await db.auditLog.count({ where: { entiteit: "Vacature", entiteitId: v.id, actie: "vacature.ingetrokken", actorId: initiatiefnemer.id } })).toBe(1);
  });
});
