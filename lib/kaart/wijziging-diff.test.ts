import { describe, expect, it } from "vitest";
import { canoniek, gewijzigdeVelden, kaartDiff } from "./wijziging-diff";

describe("kaartDiff", () => {
  it("lists only changed fields with Dutch labels, ignoring key order", () => {
    const voor = { id: "1", naam: "Bieb", openingstijden: [{ dag: 1, van: "09:00", tot: "12:00" }], ringleiding: false, website: null };
    const na = { id: "1", naam: "Bibliotheek", openingstijden: [{ tot: "12:00", van: "09:00", dag: 1 }], ringleiding: true, website: null };
    expect(gewijzigdeVelden(voor, na)).toEqual(["naam", "ringleiding"]);
    expect(kaartDiff(voor, na)).toEqual([
      { veld: "naam", label: "Naam van de plek", voor: "Bieb", na: "Bibliotheek" },
      { veld: "ringleiding", label: "Ringleiding", voor: "nee", na: "ja" },
    ]);
    expect(canoniek({ b: 1, a: [2] })).toBe(canoniek({ a: [2], b: 1 }));
    expect(kaartDiff({ status: "GEPUBLICEERD" }, { status: "GEARCHIVEERD" })[0]).toMatchObject({ label: "Openbaar", voor: "GEPUBLICEERD", na: "GEARCHIVEERD" });
  });
});
