/** Issue 10, finding 1: a staff member never decides about an initiative they submitted themselves. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { leesBeoordeling, keurGoed } from "../../lib/data/beoordeling.ts";
import {
  wijsAfAction,
  bewaarBeoordelingAction,
  verwijsDoorAction,
  keurGoedAction,
  neemInBehandelingAction,
  voegNotitieToeAction,
  stelVraagAction,
} from "../../app/beheer/initiatieven/actions.ts";
import { createWijk } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import { createIngediend, snapshot, staff } from "./beoordelen-helpers.ts";

const ZELF = "U heeft dit initiatief zelf ingediend. Een collega moet het beoordelen.";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let ambtenaar: Actor;
let collega: Actor;
let collega2: Actor;
let beheerder: Actor;
let wijkId: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.VIER_OGEN_BEDRAG = "2500";
  resetEnvForTests();
  wijkId = (await createWijk(db, { naam: "Testwijk Eigen" })).id;
  const { mk } = await staff(db);
  ambtenaar = await mk("AMBTENAAR");
  collega = await mk("AMBTENAAR");
  collega2 = await mk("AMBTENAAR");
  beheerder = await mk("BEHEERDER");
});
afterAll(async () => {
  actAs(null);
  delete process.env.VIER_OGEN_BEDRAG;
  await sink.close();
});
beforeEach(() => actAs(null));

function weigering(state: Awaited<ReturnType<typeof keurGoedAction>>) {
  expect(state?.ok).toBe(false);
  return state && !state.ok ? state.message : "";
}

describe("finding 1: self-review", () => {
  it("finding 1: an ambtenaar cannot approve their own initiative below the four-eyes amount (indiener is them)", async () => {
    const eigen = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", indienerId: ambtenaar.id, contactEmail: "buurman@test.example", bedragGevraagd: 800 });
    const before = await snapshot(db, eigen.id);
    const mails = sink.messages.length;
    actAs(ambtenaar);
    expect(weigering(await keurGoedAction(null, form({ initiatiefId: eigen.id, versie: eigen.versie, bedrag: "800" })))).toBe(ZELF);
    await expect(keurGoed(ambtenaar, { initiatiefId: eigen.id, versie: eigen.versie, bedrag: 800, voorwaarden: "", motivatie: "" })).rejects.toMatchObject({ code: "FORBIDDEN", message: ZELF });
    expect(await snapshot(db, eigen.id)).toEqual(before);
    expect(sink.messages.length).toBe(mails);

    // a colleague can approve it, and the audit row is the normal one
    actAs(collega);
    await expectRedirect(keurGoedAction(null, form({ initiatiefId: eigen.id, versie: eigen.versie, bedrag: "800" })));
    expect(await snapshot(db, eigen.id)).toMatchObject({ status: "GOEDGEKEURD", audit: before.audit + 1 });
    const rij = await db.auditLog.findFirstOrThrow({ where: { entiteitId: eigen.id }, orderBy: { createdAt: "desc" } });
    expect(rij).toMatchObject({ actorId: collega.id, actie: "initiatief.goedgekeurd" });
  });

  it("finding 1: every decision is refused when the contact e-mail is the staff member's own (other casing), and nothing changes", async () => {
    const contact = ambtenaar.email.toUpperCase();
    const ingediend = await createIngediend(db, { wijkId, contactEmail: contact });
    const inBehandeling = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", contactEmail: ` ${contact} ` });
    const v = (i: { id: string; versie: number }) => ({ initiatiefId: i.id, versie: i.versie });
    const acties = [
      { naam: "in behandeling nemen", id: ingediend.id, run: () => neemInBehandelingAction(null, form(v(ingediend))) },
      { naam: "vraag stellen", id: ingediend.id, run: () => stelVraagAction(null, form({ ...v(ingediend), vraag: "Welke datum heeft u in gedachten?" })) },
      { naam: "beoordeling opslaan", id: ingediend.id, run: () => bewaarBeoordelingAction(null, form({ ...v(ingediend), doel1: "on", betrokkenheid: "Veel buren doen mee." })) },
      { naam: "goedkeuren", id: inBehandeling.id, run: () => keurGoedAction(null, form({ ...v(inBehandeling), bedrag: "500" })) },
      { naam: "afwijzen", id: inBehandeling.id, run: () => wijsAfAction(null, form({ ...v(inBehandeling), reden: "Dit past niet bij de sociale basis, want het is commercieel." })) },
      { naam: "doorverwijzen", id: inBehandeling.id, run: () => verwijsDoorAction(null, form({ ...v(inBehandeling), naar: "Het Cultuurfonds" })) },
    ];
    const mails = sink.messages.length;
    for (const a of acties) {
      for (const wie of [ambtenaar]) {
        actAs(wie);
        const before = await snapshot(db, a.id);
        expect(weigering(await a.run()), a.naam).toBe(ZELF);
        expect(await snapshot(db, a.id), a.naam).toEqual(before);
      }
    }
    expect(sink.messages.length).toBe(mails);

    // an internal note is not a decision: still allowed (and audited as before)
    actAs(ambtenaar);
    await expectRedirect(voegNotitieToeAction(null, form({ initiatiefId: ingediend.id, tekst: "Ik heb dit zelf ingediend, graag een collega." })));
    expect((await snapshot(db, ingediend.id)).audit).toBe(1);

    // the review page shows no decision actions for the submitter, and all of them for a colleague
    const eigenView = await leesBeoordeling(ambtenaar, ingediend.id);
    expect(eigenView.zelfIngediend).toBe(true);
    expect(eigenView.acties).toEqual([]);
    expect(eigenView.checklistBewerkbaar).toBe(false);
    const collegaView = await leesBeoordeling(collega, ingediend.id);
    expect(collegaView.zelfIngediend).toBe(false);
    expect(collegaView.acties.length).toBeGreaterThan(0);
  });

  it("finding 1: a beheerder who submitted an initiative cannot decide on it either", async () => {
    const eigen = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", indienerId: beheerder.id, bedragGevraagd: 300 });
    actAs(beheerder);
    expect(weigering(await keurGoedAction(null, form({ initiatiefId: eigen.id, versie: eigen.versie, bedrag: "300" })))).toBe(ZELF);
  });

  it("finding 1: the submitter cannot be the first nor the second approver of the four-eyes rule", async () => {
    const eigen = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", indienerId: ambtenaar.id, bedragGevraagd: 4000 });
    actAs(ambtenaar);
    expect(weigering(await keurGoedAction(null, form({ initiatiefId: eigen.id, versie: 0, bedrag: "4000" })))).toBe(ZELF);
    expect((await snapshot(db, eigen.id)).goedkeuringen).toBe(0);

    actAs(collega);
    expect(await expectRedirect(keurGoedAction(null, form({ initiatiefId: eigen.id, versie: 0, bedrag: "4000" })))).toContain("gedaan=eerste_goedkeuring");
    const na1 = await snapshot(db, eigen.id);
    expect(na1).toMatchObject({ status: "IN_BEHANDELING", versie: 1, goedkeuringen: 1 });

    actAs(ambtenaar);
    expect(weigering(await keurGoedAction(null, form({ initiatiefId: eigen.id, versie: 1, bedrag: "4000" })))).toBe(ZELF);
    expect(await snapshot(db, eigen.id)).toEqual(na1);

    actAs(collega2);
    await expectRedirect(keurGoedAction(null, form({ initiatiefId: eigen.id, versie: 1, bedrag: "4000" })));
    expect(await snapshot(db, eigen.id)).toMatchObject({ status: "GOEDGEKEURD", goedkeuringen: 2 });
  });
});

describe("finding 1: the review page", () => {
  it("finding 1: the submitter sees the Dutch notice and no decision buttons; a colleague sees the buttons", async () => {
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { default: ReviewPage } = await import("../../app/beheer/initiatieven/[id]/page.tsx");
    const eigen = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", indienerId: ambtenaar.id, bedragGevraagd: 700 });
    const render = async (wie: Actor) => {
      actAs(wie);
      return renderToStaticMarkup(await ReviewPage({ params: Promise.resolve({ id: eigen.id }), searchParams: Promise.resolve({}) }));
    };
    const eigenHtml = await render(ambtenaar);
    expect(eigenHtml).toContain(ZELF);
    expect(eigenHtml).not.toContain(">Goedkeuren</h3>");
    expect(eigenHtml).not.toContain(">Afwijzen</h3>");
    expect(eigenHtml).not.toContain("Beoordeling opslaan");
    const collegaHtml = await render(collega);
    expect(collegaHtml).not.toContain(ZELF);
    expect(collegaHtml).toContain(">Goedkeuren</h3>");
  });
});
