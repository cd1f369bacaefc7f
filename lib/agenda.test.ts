import { describe, expect, it } from "vitest";
import { leesAgenda, vergelijkAgenda, type AgendaInhoud } from "./agenda.ts";

const thema = (id: string, titel: string, over: Partial<AgendaInhoud["themas"][number]> = {}) => ({
  id, titel, beschrijving: "b", perspectiefInwoners: "", perspectiefProfessionals: "", cijfers: [], acties: [], ...over,
});

describe("vergelijkAgenda", () => {
  it("reports added, removed and changed themes by id", () => {
    const oud: AgendaInhoud = { themas: [thema("a", "Eenzaamheid"), thema("b", "Jongeren", { acties: [{ id: "x", wat: "Wandelen", wie: "Buren", status: "IDEE", wanneer: "" }] })] };
    const nieuw: AgendaInhoud = { themas: [thema("b", "Jongeren", { acties: [{ id: "x", wat: "Wandelen", wie: "Buren", status: "LOOPT", wanneer: "" }] }), thema("c", "Groen")] };
    const w = vergelijkAgenda(oud, nieuw);
    expect(w).toContainEqual({ soort: "toegevoegd", thema: "Groen" });
    expect(w).toContainEqual({ soort: "verwijderd", thema: "Eenzaamheid" });
    expect(w).toContainEqual({ soort: "gewijzigd", thema: "Jongeren", details: ['actie "Wandelen": idee → loopt'] });
  });

  it("everything is new against no previous version, nothing against itself", () => {
    const a: AgendaInhoud = { themas: [thema("a", "Eenzaamheid")] };
    expect(vergelijkAgenda(null, a)).toEqual([{ soort: "toegevoegd", thema: "Eenzaamheid" }]);
    expect(vergelijkAgenda(a, a)).toEqual([]);
  });

  it("reads malformed JSON without crashing", () => {
    expect(leesAgenda(null)).toEqual({ themas: [] });
    expect(leesAgenda({ themas: [{ titel: 3, acties: [{ status: "RAAR" }] }] }).themas[0].acties[0].status).toBe("IDEE");
  });
});
