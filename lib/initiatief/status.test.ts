import { describe, expect, it } from "vitest";
import { kanTransitie, mogelijkeActies, TRANSITIES } from "./status.ts";

describe("initiative status machine", () => {
  it("refuses illegal transitions", () => {
    expect(kanTransitie("INGETROKKEN", "goedkeuren")).toBe(false);
    expect(kanTransitie("AFGEWEZEN", "intrekken")).toBe(false);
    expect(kanTransitie("CONCEPT", "goedkeuren")).toBe(false);
    expect(kanTransitie("GOEDGEKEURD", "afwijzen")).toBe(false);
  });
  it("allows the normal path", () => {
    expect(kanTransitie("CONCEPT", "indienen")).toBe(true);
    expect(kanTransitie("INGEDIEND", "in_behandeling_nemen")).toBe(true);
    expect(kanTransitie("IN_BEHANDELING", "vraag_stellen")).toBe(true);
    expect(kanTransitie("AANVULLING_GEVRAAGD", "antwoorden")).toBe(true);
    expect(kanTransitie("IN_BEHANDELING", "goedkeuren")).toBe(true);
    expect(kanTransitie("GOEDGEKEURD", "afronden")).toBe(true);
  });
  it("splits actions between owner and reviewer", () => {
    expect(mogelijkeActies("IN_BEHANDELING", "eigenaar")).toEqual(["intrekken"]);
    expect(mogelijkeActies("IN_BEHANDELING", "beoordelaar").sort()).toEqual(["afwijzen", "doorverwijzen", "goedkeuren", "vraag_stellen"]);
    expect(Object.values(TRANSITIES).every((t) => t.door === "eigenaar" || t.door === "beoordelaar")).toBe(true);
  });
});
