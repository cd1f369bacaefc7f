import { describe, expect, it } from "vitest";
import { delenVan, paginasVoor, paginaVan, vorigePagina } from "./stappen.ts";

describe("pages of the initiative form (issue 12 point 10)", () => {
  it("has at most 6 pages up to the small amount, the check page included", () => {
    expect(paginasVoor({ nodigGeld: false, bedragGevraagd: null }, 750)).toEqual(["idee", "nodig", "waar", "meedoen", "contact", "controleren"]);
    expect(paginasVoor({ nodigGeld: true, bedragGevraagd: 750 }, 750)).toHaveLength(6);
  });
  it("a larger amount adds the budget page", () => {
    expect(paginasVoor({ nodigGeld: true, bedragGevraagd: 751 }, 750)).toEqual(["idee", "nodig", "begroting", "waar", "meedoen", "contact", "controleren"]);
  });
  it("maps every step to its page and sends the money step only when money is chosen", () => {
    expect(["idee", "samen", "nodig", "geld", "begroting", "waar", "doelen", "meedoen", "contact", "controleren"].map((s) => paginaVan(s as never))).toEqual([
      "idee", "idee", "nodig", "nodig", "begroting", "waar", "waar", "meedoen", "contact", "controleren",
    ]);
    expect(delenVan("nodig", ["RUIMTE"])).toEqual(["nodig"]);
    expect(delenVan("nodig", ["RUIMTE", "GELD"])).toEqual(["nodig", "geld"]);
    expect(vorigePagina("waar", { nodigGeld: true, bedragGevraagd: 100 }, 750)).toBe("nodig");
    expect(vorigePagina("idee", { nodigGeld: true, bedragGevraagd: 100 }, 750)).toBeNull();
  });
});
