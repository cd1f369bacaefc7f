/**
 * The one page refusal rule (lib/auth/pagina.ts): staff pages go to /geen-toegang with the real
 * reason as a fixed code; a resident's own items answer 404 for someone else's item, exactly as
 * for one that does not exist. Also: the no-access page shows only texts from its own table.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { AppError } from "../../lib/errors.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { metToegang, vereisPaginaPermissie, weigerPagina } from "../../lib/auth/pagina.ts";
import { REDENEN, redenTekst } from "../../lib/auth/weigering.ts";
import { requireWijkPermission } from "../../lib/auth/guard.ts";
import { plaatsHulpvraag } from "../../lib/data/hulpvragen.ts";
import { actorOf, createUser, createWijk, uniq } from "../factories.ts";
import { actAs, expectRedirect } from "../support/actors.ts";
import { db } from "../../lib/db.ts";
import AgendaBeheerPage from "../../app/beheer/wijken/[slug]/agenda/page.tsx";
import OverzichtPage from "../../app/beheer/overzicht/page.tsx";
import SuggestiesPage from "../../app/beheer/suggesties/page.tsx";
import MijnHulpvraagPage from "../../app/mijn/hulpvragen/[id]/page.tsx";
import GeenToegang from "../../app/geen-toegang/page.tsx";

const NOT_FOUND = { digest: expect.stringMatching(/NEXT_HTTP_ERROR_FALLBACK;404/) };

async function weigering(p: Promise<unknown>): Promise<string> {
  return expectRedirect(p);
}

describe("weigerPagina: one response per error", () => {
  const staff = (e: unknown) => weigering(Promise.resolve().then(() => weigerPagina(e, "medewerker")));
  const eigen = (e: unknown) => Promise.resolve().then(() => weigerPagina(e, "eigen"));

  it("sends staff to /geen-toegang with the reason code of the AppError", async () => {
    expect(await staff(new AppError("FORBIDDEN"))).toBe("/geen-toegang?reden=rol");
    expect(await staff(new AppError("UNAUTHENTICATED"))).toBe("/geen-toegang?reden=medewerker");
    let wijkFout: unknown;
    try {
      requireWijkPermission(actorOf({ id: "u1", email: "ow@test.example", naam: "Ow", rol: "OPBOUWWERKER" }, ["w1"]), "agenda:edit", "w2");
    } catch (e) {
      wijkFout = e;
    }
    expect(await staff(wijkFout)).toBe("/geen-toegang?reden=wijk");
  });

  it("answers 404 for something that does not exist, on both kinds of page", async () => {
    await expect(Promise.resolve().then(() => weigerPagina(new AppError("NOT_FOUND"), "medewerker"))).rejects.toMatchObject(NOT_FOUND);
    await expect(eigen(new AppError("NOT_FOUND"))).rejects.toMatchObject(NOT_FOUND);
  });

  it("answers 404, not 'no access', for a resident's item that is not theirs", async () => {
    await expect(eigen(new AppError("FORBIDDEN", "Dit is niet uw hulpvraag."))).rejects.toMatchObject(NOT_FOUND);
    await expect(eigen(new AppError("UNAUTHENTICATED"))).rejects.toMatchObject(NOT_FOUND);
  });

  it("throws any other error on", async () => {
    const boem = new Error("boem");
    await expect(Promise.resolve().then(() => weigerPagina(boem, "medewerker"))).rejects.toBe(boem);
    await expect(eigen(new AppError("CONFLICT"))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(metToegang("medewerker", Promise.resolve(42))).resolves.toBe(42);
  });

  it("names the permission a staff page needs", async () => {
    const ow = actorOf({ id: "u1", email: "ow@test.example", naam: "Ow", rol: "OPBOUWWERKER" }, ["w1"]);
    const beheerder = actorOf({ id: "u2", email: "b@test.example", naam: "B", rol: "BEHEERDER" });
    expect(await weigering(Promise.resolve().then(() => vereisPaginaPermissie(ow, "initiatief:review")))).toBe("/geen-toegang?reden=beoordelen");
    expect(await weigering(Promise.resolve().then(() => vereisPaginaPermissie(ow, "gebruikers:manage")))).toBe("/geen-toegang?reden=beheerder");
    expect(() => vereisPaginaPermissie(ow, "plek:moderate:own", "plek:moderate:any")).not.toThrow();
    expect(() => vereisPaginaPermissie(beheerder, "gebruikers:manage")).not.toThrow();
  });
});

describe("pages use the rule", () => {
  let drunen: Actor, ambtenaar: Actor, inwoner: Actor, buur: Actor;
  let vlijmenSlug: string;
  let hulpvraagId: string;

  beforeAll(async () => {
    const eigen = await createWijk(db, { naam: `Braken ${uniq()}` });
    const vlijmen = await createWijk(db, { naam: `Vlijmen ${uniq()}` });
    vlijmenSlug = vlijmen.slug;
    drunen = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [eigen.id] }), [eigen.id]);
    ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
    inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
    buur = actorOf(await createUser(db, { rol: "INWONER" }));
    hulpvraagId = (
      await plaatsHulpvraag(inwoner, {
        soort: "boodschappen",
        titel: "Boodschappen op vrijdag",
        beschrijving: "Wie kan op vrijdag een paar boodschappen van de supermarkt meenemen?",
        naam: "Ina Inwoner",
        telefoon: "06 11223344",
        wijkId: eigen.id,
      } as never)
    ).id;
  });

  it("an opbouwwerker on another wijk's agenda is told she does not work there", async () => {
    actAs(drunen);
    const naar = await weigering(AgendaBeheerPage({ params: Promise.resolve({ slug: vlijmenSlug }), searchParams: Promise.resolve({}) }));
    expect(naar).toBe("/geen-toegang?reden=wijk");
  });

  it("an opbouwwerker is told the overview is for ambtenaren; an ambtenaar that the map suggestions are not theirs", async () => {
    actAs(drunen);
    expect(await weigering(OverzichtPage({ searchParams: Promise.resolve({}) }))).toBe("/geen-toegang?reden=overzicht");
    actAs(ambtenaar);
    expect(await weigering(SuggestiesPage({ searchParams: Promise.resolve({}) }))).toBe("/geen-toegang?reden=kaart");
  });

  it("someone else's hulpvraag is a 404, the same as one that does not exist", async () => {
    actAs(buur);
    await expect(MijnHulpvraagPage({ params: Promise.resolve({ id: hulpvraagId }), searchParams: Promise.resolve({}) })).rejects.toMatchObject(NOT_FOUND);
    await expect(MijnHulpvraagPage({ params: Promise.resolve({ id: `x${hulpvraagId}` }), searchParams: Promise.resolve({}) })).rejects.toMatchObject(NOT_FOUND);
    actAs(inwoner);
    const html = renderToStaticMarkup(await MijnHulpvraagPage({ params: Promise.resolve({ id: hulpvraagId }), searchParams: Promise.resolve({}) }));
    expect(html).toContain("Boodschappen op vrijdag");
  });
});

describe("/geen-toegang shows the reason from its own table only", () => {
  const html = async (reden?: string | string[]) => renderToStaticMarkup(await GeenToegang({ searchParams: Promise.resolve({ reden }) }));

  it("shows the text for a known code", async () => {
    expect(await html("wijk")).toContain("U werkt niet in deze wijk.");
    expect(await html("beheerder")).toContain("Deze pagina is alleen voor beheerders.");
  });

  it("shows the general text without a code, for an unknown code and for text someone put in the link", async () => {
    for (const reden of [undefined, "onbekend", "toString", "<b>Bel 0900-NEP</b>", ["wijk", "wijk"]]) {
      const h = await html(reden);
      expect(h).toContain(REDENEN.medewerker);
      expect(h).not.toContain("NEP");
    }
    expect(redenTekst("__proto__")).toBe(REDENEN.medewerker);
  });
});
