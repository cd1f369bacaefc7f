/**
 * Burenhulp: hulpvragen, hulpaanbod, consent-gated contact details, expiry, edit rights,
 * moderation, meldingen and rate limits, against a real database and real SMTP.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { NextRequest } from "next/server";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { actorOf, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import {
  accepteerAanbod,
  plaatsHulpvraag,
  wijsAanbodAf,
  leesPubliekeHulpvraag,
  zoekHulpvragenVoorModeratie,
  zoekOpenHulpvragen,
  zoekMijnAanbiedingen,
  zoekMijnHulpvragen,
  biedHulpAan,
  modereerHulpvraag,
  sluitHulpvraag,
  wijzigHulpvraag,
} from "../../lib/data/hulpvragen.ts";
import { handelMeldingAf, zoekOpenMeldingen } from "../../lib/data/meldingen.ts";
import { plaatsHulpvraagAction, biedHulpAanAction, meldAction } from "../../app/vrijwilligers/actions.ts";
import { accepteerAanbodAction, sluitHulpvraagAction, wijzigHulpvraagAction, wijsAanbodAfAction } from "../../app/mijn/hulpvragen/actions.ts";
import { modereerHulpvraagAction, handelMeldingAfAction } from "../../app/beheer/vacatures/actions.ts";
import { GET as apiHulpvragen } from "../../app/api/hulpvragen/route.ts";
import HulpvragenPage from "../../app/vrijwilligers/hulpvragen/page.tsx";
import HulpvraagPage from "../../app/vrijwilligers/hulpvragen/[id]/page.tsx";
import VrijwilligersPage from "../../app/vrijwilligers/page.tsx";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijkA: { id: string; slug: string };
let wijkB: { id: string; slug: string };
let aanvrager: Actor, helper: Actor, ander: Actor, owA: Actor, owB: Actor, ambtenaar: Actor, beheerder: Actor;

const AANVRAGER = { naam: "Henriëtte Aanvraagster", email: "henriette.vraagt@test.example", telefoon: "06 11223344" };
const HELPER = { naam: "Harm Helper", email: "harm.helpt@test.example", telefoon: "06 99887766" };

const geldig = (over: Record<string, string> = {}) => ({
  soort: "boodschappen",
  titel: "Boodschappen op vrijdag",
  beschrijving: "Wie kan op vrijdag een paar boodschappen van de supermarkt meenemen?",
  naam: AANVRAGER.naam,
  telefoon: AANVRAGER.telefoon,
  ...over,
});

async function apiJson(query = ""): Promise<string> {
  const res = await apiHulpvragen(new NextRequest(`http://localhost/api/hulpvragen${query}`));
  expect(res.status).toBe(200);
  return res.text();
}

async function publicHtml(id: string): Promise<string> {
  actAs(null);
  const list = renderToStaticMarkup(await HulpvragenPage({ searchParams: Promise.resolve({}) }));
  const detail = renderToStaticMarkup(await HulpvraagPage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) }));
  const landing = renderToStaticMarkup(await VrijwilligersPage());
  return list + detail + landing;
}

function expectNoContact(text: string, who: { naam: string; email: string; telefoon: string }) {
  expect(text).not.toContain(who.email);
  expect(text).not.toContain(who.naam);
  expect(text).not.toContain(who.telefoon);
  expect(text).not.toContain(who.telefoon.replace(/\s/g, ""));
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  wijkA = await createWijk(db, { naam: "Testwijk Aa" });
  wijkB = await createWijk(db, { naam: "Testwijk Bee" });
  const mk = async (over: Parameters<typeof createUser>[1], wijken: string[] = []) => actorOf(await createUser(db, over), wijken);
  aanvrager = await mk({ email: AANVRAGER.email, naam: "Nog geen naam" });
  helper = await mk({ email: HELPER.email, naam: null as unknown as string });
  ander = await mk({});
  owA = await mk({ rol: "OPBOUWWERKER", wijkIds: [wijkA.id] }, [wijkA.id]);
  owB = await mk({ rol: "OPBOUWWERKER", wijkIds: [wijkB.id] }, [wijkB.id]);
  ambtenaar = await mk({ rol: "AMBTENAAR" });
  beheerder = await mk({ rol: "BEHEERDER" });
});
afterAll(async () => {
  actAs(null);
  await sink.close();
});

describe("posting a hulpvraag", () => {
  it("refuses an anonymous visitor and stores nothing", async () => {
    fromIp("10.0.0.1");
    actAs(null);
    const state = await plaatsHulpvraagAction(null, form(geldig({ wijkId: wijkA.id })));
    expect(state?.ok).toBe(false);
    expect(state && !state.ok && state.message).toMatch(/Log eerst in/);
    expect(await db.hulpvraag.count()).toBe(0);
  });

  it("an empty form lists every missing field in Dutch and keeps the values", async () => {
    fromIp("10.0.0.2");
    actAs(aanvrager);
    const state = await plaatsHulpvraagAction(null, form({ titel: "Hoi", naam: "" }));
    expect(state?.ok).toBe(false);
    if (!state || state.ok) throw new Error("verwacht een fout");
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["beschrijving", "naam", "soort", "titel", "wijkId"]);
    expect(state.fieldErrors.titel[0]).toMatch(/te kort/);
    expect(state.values.titel).toBe("Hoi");
    expect(await db.hulpvraag.count()).toBe(0);
  });

  it("a signed-in resident posts a request that expires after HULPVRAAG_GELDIG_DAGEN", async () => {
    fromIp("10.0.0.3");
    actAs(aanvrager);
    const before = Date.now();
    const to = await expectRedirect(plaatsHulpvraagAction(null, form(geldig({ wijkId: wijkA.id }))));
    const id = to.match(/^\/mijn\/hulpvragen\/([^?]+)\?geplaatst=1$/)?.[1];
    expect(id).toBeTruthy();
    const hv = await db.hulpvraag.findUniqueOrThrow({ where: { id } });
    expect(hv).toMatchObject({ aanvragerId: aanvrager.id, status: "OPEN", wijkId: wijkA.id, soort: "boodschappen" });
    const dagen = (hv.verlooptOp.getTime() - before) / 86_400_000;
    expect(dagen).toBeGreaterThan(29.99);
    expect(dagen).toBeLessThan(30.01);
    const user = await db.user.findUniqueOrThrow({ where: { id: aanvrager.id } });
    expect(user).toMatchObject({ naam: AANVRAGER.naam, telefoon: AANVRAGER.telefoon });
  });
});

describe("contact details stay private until the requester accepts", () => {
  let hvId: string;
  let aanbodId: string;

  beforeAll(async () => {
    hvId = (await db.hulpvraag.findFirstOrThrow({ where: { aanvragerId: aanvrager.id } })).id;
  });

  it("the public list, detail page and JSON API show the request without the requester's details", async () => {
    const json = await apiJson();
    const parsed = JSON.parse(json) as { hulpvragen: { id: string; titel: string; wijk: { naam: string } }[] };
    expect(parsed.hulpvragen.map((h) => h.id)).toContain(hvId);
    expect(parsed.hulpvragen.find((h) => h.id === hvId)?.wijk.naam).toBe("Testwijk Aa");
    expectNoContact(json, AANVRAGER);
    expect(json).not.toContain(aanvrager.id);

    const html = await publicHtml(hvId);
    expect(html).toContain("Boodschappen op vrijdag");
    expect(html).toContain("Testwijk Aa");
    expectNoContact(html, AANVRAGER);
    expect(html).not.toContain(aanvrager.id);

    const data = JSON.stringify([await zoekOpenHulpvragen(), await leesPubliekeHulpvraag(hvId)]);
    expectNoContact(data, AANVRAGER);
  });

  it("offering help: anonymous and the requester themself are refused; a volunteer offers (with consent)", async () => {
    fromIp("10.0.1.1");
    actAs(null);
    let state = await biedHulpAanAction(null, form({ hulpvraagId: hvId, bericht: "Ik kan op vrijdag helpen.", naam: HELPER.naam, toestemming: true }));
    expect(state && !state.ok && state.message).toMatch(/Log eerst in/);

    actAs(aanvrager);
    state = await biedHulpAanAction(null, form({ hulpvraagId: hvId, bericht: "Ik help mezelf wel.", naam: AANVRAGER.naam, toestemming: true }));
    expect(state && !state.ok && state.message).toMatch(/eigen hulpvraag/);

    actAs(helper);
    state = await biedHulpAanAction(null, form({ hulpvraagId: hvId, bericht: "Ik kan op vrijdag helpen.", naam: HELPER.naam }));
    expect(state && !state.ok && state.fieldErrors.toestemming?.[0]).toMatch(/toestemming/);
    expect(await db.hulpAanbod.count()).toBe(0);

    const to = await expectRedirect(
      biedHulpAanAction(null, form({ hulpvraagId: hvId, bericht: "Ik kan op vrijdag na vijven helpen.", naam: HELPER.naam, telefoon: HELPER.telefoon, toestemming: true })),
    );
    expect(to).toBe(`/vrijwilligers/hulpvragen/${hvId}?aangeboden=1`);
    aanbodId = (await db.hulpAanbod.findFirstOrThrow({ where: { hulpvraagId: hvId, helperId: helper.id } })).id;

    // a second offer by the same helper is refused
    state = await biedHulpAanAction(null, form({ hulpvraagId: hvId, bericht: "Nog een keer aanbieden.", naam: HELPER.naam, toestemming: true }));
    expect(state && !state.ok && state.message).toMatch(/al hulp aangeboden/);
    expect(await db.hulpAanbod.count({ where: { hulpvraagId: hvId } })).toBe(1);
  });

  it("the requester is e-mailed about the offer without the helper's details", async () => {
    const mail = await sink.waitFor((m) => m.to.includes(AANVRAGER.email) && /wil u helpen/.test(m.subject));
    expect(mail.text).toContain(`/mijn/hulpvragen/${hvId}`);
    expectNoContact(mail.text, HELPER);
  });

  it("before acceptance neither party sees the other's details, and public output still has none", async () => {
    const vragen = await zoekMijnHulpvragen(aanvrager);
    const aanbod = vragen.find((v) => v.id === hvId)!.aanbiedingen[0];
    expect(aanbod).toMatchObject({ id: aanbodId, status: "AANGEBODEN", contact: null });
    expectNoContact(JSON.stringify(vragen), HELPER);

    const mijn = await zoekMijnAanbiedingen(helper);
    expect(mijn[0]).toMatchObject({ status: "AANGEBODEN", contact: null });
    expectNoContact(JSON.stringify(mijn), AANVRAGER);

    expectNoContact(await apiJson(), AANVRAGER);
    expectNoContact(await apiJson(), HELPER);
    const html = await publicHtml(hvId);
    expectNoContact(html, AANVRAGER);
    expectNoContact(html, HELPER);
  });

  it("only the requester can accept: the helper, another resident, staff and anonymous are refused", async () => {
    for (const who of [helper, ander, beheerder, owA]) {
      actAs(who);
      const state = await accepteerAanbodAction(null, form({ id: aanbodId }));
      expect(state && !state.ok && state.message).toMatch(/hoort niet bij uw hulpvraag/);
    }
    actAs(null);
    const state = await accepteerAanbodAction(null, form({ id: aanbodId }));
    expect(state && !state.ok && state.message).toMatch(/Log eerst in/);
    await expect(accepteerAanbod(ander, aanbodId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(wijsAanbodAf(helper, aanbodId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.hulpAanbod.findUniqueOrThrow({ where: { id: aanbodId } })).status).toBe("AANGEBODEN");
  });

  it("after the requester accepts, both see each other's name, e-mail and phone; the change is audited", async () => {
    actAs(aanvrager);
    const to = await expectRedirect(accepteerAanbodAction(null, form({ id: aanbodId })));
    expect(to).toBe(`/mijn/hulpvragen/${hvId}?geaccepteerd=1`);

    const vraag = (await zoekMijnHulpvragen(aanvrager)).find((v) => v.id === hvId)!;
    expect(vraag.status).toBe("GEKOPPELD");
    expect(vraag.aanbiedingen[0].contact).toEqual({ naam: HELPER.naam, email: HELPER.email, telefoon: HELPER.telefoon });

    const mijn = await zoekMijnAanbiedingen(helper);
    expect(mijn[0].contact).toEqual({ naam: AANVRAGER.naam, email: AANVRAGER.email, telefoon: AANVRAGER.telefoon });

    // a third resident still sees nothing
    expect(await zoekMijnAanbiedingen(ander)).toEqual([]);
    expect(await zoekMijnHulpvragen(ander)).toEqual([]);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entiteit: "HulpAanbod", entiteitId: aanbodId } });
    expect(audit).toMatchObject({ actorId: aanvrager.id, actie: "hulpaanbod.geaccepteerd" });

    const mail = await sink.waitFor((m) => m.to.includes(HELPER.email) && /aangenomen/.test(m.subject));
    expect(mail.text).toContain("/mijn/hulpvragen");

    // the matched request has left the public list; public output never shows contact details
    const json = await apiJson();
    expect(json).not.toContain(hvId);
    expectNoContact(json, AANVRAGER);
  });

  it("the requester closes the request; another resident cannot", async () => {
    actAs(ander);
    let state = await sluitHulpvraagAction(null, form({ id: hvId }));
    expect(state && !state.ok && state.message).toMatch(/niet uw hulpvraag/);
    await expect(sluitHulpvraag(helper, hvId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(aanvrager);
    expect(await expectRedirect(sluitHulpvraagAction(null, form({ id: hvId })))).toBe(`/mijn/hulpvragen/${hvId}?gesloten=1`);
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: hvId } })).status).toBe("GESLOTEN");
    expect(await db.auditLog.count({ where: { entiteit: "Hulpvraag", entiteitId: hvId, actie: "hulpvraag.gesloten" } })).toBe(1);
    state = await biedHulpAanAction(null, form({ hulpvraagId: hvId, bericht: "Te laat aangeboden.", naam: "Iemand", toestemming: true }));
    expect(state?.ok).toBe(false);
  });

  it("declining an offer keeps the helper's details hidden", async () => {
    const hv = await plaatsHulpvraag(aanvrager, { ...geldig(), soort: "klusje", titel: "Lamp ophangen in de gang", wijkId: wijkA.id } as never);
    const a = await biedHulpAan(helper, { hulpvraagId: hv.id, bericht: "Ik heb een ladder en kan helpen.", naam: HELPER.naam });
    actAs(aanvrager);
    expect(await expectRedirect(wijsAanbodAfAction(null, form({ id: a.id })))).toBe(`/mijn/hulpvragen/${hv.id}`);
    const vraag = (await zoekMijnHulpvragen(aanvrager)).find((v) => v.id === hv.id)!;
    expect(vraag.aanbiedingen[0]).toMatchObject({ status: "AFGEWEZEN", contact: null });
    await expect(accepteerAanbod(aanvrager, a.id)).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("expiry", () => {
  it("expired requests disappear from the list, the detail page and the JSON, and show as 'verlopen' to the requester", async () => {
    const oud = await plaatsHulpvraag(aanvrager, { ...geldig(), titel: "Oude vraag over de tuin", soort: "tuin", wijkId: wijkA.id } as never, new Date(Date.now() - 31 * 86_400_000));
    const nieuw = await plaatsHulpvraag(aanvrager, { ...geldig(), titel: "Nieuwe vraag over de tuin", soort: "tuin", wijkId: wijkA.id } as never);
    const ids = (await zoekOpenHulpvragen()).map((h) => h.id);
    expect(ids).toContain(nieuw.id);
    expect(ids).not.toContain(oud.id);
    expect(await leesPubliekeHulpvraag(oud.id)).toBeNull();
    const json = await apiJson("?soort=tuin");
    expect(json).toContain(nieuw.id);
    expect(json).not.toContain(oud.id);
    actAs(null);
    await expect(HulpvraagPage({ params: Promise.resolve({ id: oud.id }), searchParams: Promise.resolve({}) })).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_HTTP_ERROR_FALLBACK;404/) });
    const mijn = (await zoekMijnHulpvragen(aanvrager)).find((h) => h.id === oud.id);
    expect(mijn?.status).toBe("VERLOPEN");
    await expect(biedHulpAan(helper, { hulpvraagId: oud.id, bericht: "Ik help graag mee.", naam: HELPER.naam })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the JSON filters by wijk", async () => {
    await plaatsHulpvraag(aanvrager, { ...geldig(), titel: "Vraag in wijk Bee", wijkId: wijkB.id } as never);
    const inB = JSON.parse(await apiJson(`?wijk=${wijkB.slug}`)) as { hulpvragen: { titel: string }[] };
    expect(inB.hulpvragen.map((h) => h.titel)).toEqual(["Vraag in wijk Bee"]);
  });
});

describe("editing", () => {
  it("a resident cannot edit another resident's hulpvraag; the owner can", async () => {
    const hv = await plaatsHulpvraag(aanvrager, { ...geldig(), titel: "Gezelschap op zondag", soort: "gezelschap", wijkId: wijkA.id } as never);
    const wijziging = { id: hv.id, soort: "gezelschap", titel: "Overgenomen door een ander", beschrijving: "Deze tekst mag niet worden opgeslagen door een ander.", wijkId: wijkA.id };
    actAs(ander);
    let state = await wijzigHulpvraagAction(null, form(wijziging));
    expect(state && !state.ok && state.message).toMatch(/niet uw hulpvraag/);
    actAs(null);
    state = await wijzigHulpvraagAction(null, form(wijziging));
    expect(state && !state.ok && state.message).toMatch(/Log eerst in/);
    await expect(wijzigHulpvraag(owA, hv.id, wijziging as never)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: hv.id } })).titel).toBe("Gezelschap op zondag");

    actAs(aanvrager);
    expect(await expectRedirect(wijzigHulpvraagAction(null, form({ ...wijziging, titel: "Gezelschap op zondagmiddag" })))).toBe(`/mijn/hulpvragen/${hv.id}?gewijzigd=1`);
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: hv.id } })).titel).toBe("Gezelschap op zondagmiddag");
  });
});

describe("moderation by opbouwwerkers of the wijk", () => {
  it("hiding: residents, ambtenaren and opbouwwerkers of another wijk are refused; the wijk's opbouwwerker hides it (audited)", async () => {
    const hv = await plaatsHulpvraag(aanvrager, { ...geldig(), titel: "Vraag om te modereren", wijkId: wijkA.id } as never);
    for (const who of [aanvrager, ander, ambtenaar, owB]) {
      actAs(who);
      const state = await modereerHulpvraagAction(null, form({ id: hv.id, actie: "verbergen" }));
      expect(state?.ok).toBe(false);
    }
    await expect(modereerHulpvraag(null, hv.id, true)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(modereerHulpvraag(owB, hv.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: hv.id } })).status).toBe("OPEN");

    actAs(owA);
    expect(await expectRedirect(modereerHulpvraagAction(null, form({ id: hv.id, actie: "verbergen" })))).toMatch(/^\/beheer\/vacatures/);
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: hv.id } })).status).toBe("VERBORGEN");
    expect(await db.auditLog.count({ where: { entiteit: "Hulpvraag", entiteitId: hv.id, actie: "hulpvraag.verborgen", actorId: owA.id } })).toBe(1);
    expect((await zoekOpenHulpvragen()).map((h) => h.id)).not.toContain(hv.id);
    // the requester cannot undo a hide by closing or editing
    await expect(wijzigHulpvraag(aanvrager, hv.id, { soort: "boodschappen", titel: "Weer zichtbaar?", beschrijving: "Probeer de vraag weer zichtbaar te maken.", wijkId: wijkA.id })).rejects.toMatchObject({ code: "INVALID" });
    // the beheerder may show it again
    await modereerHulpvraag(beheerder, hv.id, false);
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: hv.id } })).status).toBe("OPEN");
  });

  it("the moderation list is scoped to the opbouwwerker's wijken and shows no requester details", async () => {
    const a = await zoekHulpvragenVoorModeratie(owA);
    const b = await zoekHulpvragenVoorModeratie(owB);
    expect(a.length).toBeGreaterThan(0);
    expect(a.every((h) => h.wijk.naam === "Testwijk Aa")).toBe(true);
    expect(b.every((h) => h.wijk.naam === "Testwijk Bee")).toBe(true);
    expectNoContact(JSON.stringify(a), AANVRAGER);
    await expect(zoekHulpvragenVoorModeratie(aanvrager)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekHulpvragenVoorModeratie(ambtenaar)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekHulpvragenVoorModeratie(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await zoekHulpvragenVoorModeratie(beheerder)).length).toBe(a.length + b.length);
  });
});

describe("meldingen", () => {
  it("anyone can report a hulpvraag; only the wijk's opbouwwerker (or beheerder) sees and handles it", async () => {
    const hv = await plaatsHulpvraag(aanvrager, { ...geldig(), titel: "Verdachte vraag", wijkId: wijkA.id } as never);
    fromIp("10.0.2.1");
    actAs(null);
    let state = await meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden: "" }));
    expect(state && !state.ok && state.fieldErrors.reden?.[0]).toMatch(/Vertel kort/);
    expect(await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden: "Dit lijkt op oplichting." })))).toBe(`/vrijwilligers/hulpvragen/${hv.id}?gemeld=1`);
    const m = await db.melding.findFirstOrThrow({ where: { entiteitId: hv.id } });
    expect(m).toMatchObject({ entiteit: "Hulpvraag", afgehandeld: false });

    expect((await zoekOpenMeldingen(owA)).map((x) => x.id)).toContain(m.id);
    expect((await zoekOpenMeldingen(beheerder)).map((x) => x.id)).toContain(m.id);
    expect((await zoekOpenMeldingen(owB)).map((x) => x.id)).not.toContain(m.id);
    expect((await zoekOpenMeldingen(ambtenaar)).map((x) => x.id)).not.toContain(m.id);
    await expect(zoekOpenMeldingen(aanvrager)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekOpenMeldingen(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    for (const who of [null, ander, owB, ambtenaar]) {
      actAs(who);
      state = await handelMeldingAfAction(null, form({ id: m.id, actie: "verbergen" }));
      expect(state?.ok).toBe(false);
    }
    await expect(handelMeldingAf(owB, m.id, "afgehandeld")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.melding.findUniqueOrThrow({ where: { id: m.id } })).afgehandeld).toBe(false);

    actAs(owA);
    await expectRedirect(handelMeldingAfAction(null, form({ id: m.id, actie: "verbergen" })));
    expect((await db.melding.findUniqueOrThrow({ where: { id: m.id } })).afgehandeld).toBe(true);
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: hv.id } })).status).toBe("VERBORGEN");
    expect(await db.auditLog.count({ where: { entiteit: "Melding", entiteitId: m.id } })).toBe(1);
    // a hidden (or unknown) request can no longer be reported
    actAs(null);
    state = await meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden: "Nog een melding hierover." }));
    expect(state && !state.ok && state.message).toMatch(/bestaat niet/);
    state = await meldAction(null, form({ entiteit: "Vacature", entiteitId: "bestaat-niet", reden: "Nog een melding hierover." }));
    expect(state && !state.ok && state.message).toMatch(/bestaat niet/);
  });
});

describe("rate limits (RATE_LIMIT_MAX = 5 per window)", () => {
  // Fixed windows are aligned to the clock: start each test just after a window boundary (the hour
  // is one for every window length that divides it), so the six hits never straddle two windows.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    vi.setSystemTime(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 1000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("the 6th hulpvraag in the window is refused in Dutch and not stored", async () => {
    fromIp("10.0.3.1");
    const poster = actorOf(await createUser(db, {}));
    actAs(poster);
    for (let i = 1; i <= 5; i++) {
      await expectRedirect(plaatsHulpvraagAction(null, form(geldig({ wijkId: wijkA.id, titel: `Vraag nummer ${i}` }))));
    }
    const state = await plaatsHulpvraagAction(null, form(geldig({ wijkId: wijkA.id, titel: "Vraag nummer 6" })));
    expect(state && !state.ok && state.message).toBe("U heeft dit te vaak achter elkaar gedaan. Probeer het over een tijdje opnieuw.");
    expect(state?.values?.titel).toBe("Vraag nummer 6");
    expect(await db.hulpvraag.count({ where: { aanvragerId: poster.id } })).toBe(5);
  });

  it("the 6th offer of help in the window is refused and not stored", async () => {
    fromIp("10.0.3.2");
    const vrager = actorOf(await createUser(db, {}));
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) ids.push((await plaatsHulpvraag(vrager, { ...geldig(), titel: `Hulp nodig ${i}`, wijkId: wijkA.id } as never)).id);
    const gever = actorOf(await createUser(db, {}));
    actAs(gever);
    for (const id of ids.slice(0, 5)) {
      await expectRedirect(biedHulpAanAction(null, form({ hulpvraagId: id, bericht: "Ik help u graag.", naam: "Gever", toestemming: true })));
    }
    const state = await biedHulpAanAction(null, form({ hulpvraagId: ids[5], bericht: "Ik help u graag.", naam: "Gever", toestemming: true }));
    expect(state && !state.ok && state.message).toMatch(/te vaak/);
    expect(await db.hulpAanbod.count({ where: { helperId: gever.id } })).toBe(5);
  });

  it("the 6th report from one address is refused and not stored; another address may still report", async () => {
    const hv = await plaatsHulpvraag(aanvrager, { ...geldig(), titel: "Vaak gemelde vraag", wijkId: wijkB.id } as never);
    fromIp("10.0.3.3");
    actAs(null);
    for (let i = 1; i <= 5; i++) await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden: `Melding nummer ${i}` })));
    const state = await meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden: "Melding nummer 6" }));
    expect(state && !state.ok && state.message).toMatch(/te vaak/);
    expect(await db.melding.count({ where: { entiteitId: hv.id } })).toBe(5);
    fromIp("10.0.3.4");
    await expectRedirect(meldAction(null, form({ entiteit: "Hulpvraag", entiteitId: hv.id, reden: "Van een ander adres" })));
    expect(await db.melding.count({ where: { entiteitId: hv.id } })).toBe(6);
  });
});
