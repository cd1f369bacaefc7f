import { describe, expect, it } from "vitest";
import { z } from "zod";
import { idVeld, keuzes, STUURTEKEN_MELDING, tekstLijst, zTekst } from "./velden.ts";
import { geldigeParam, geldigeQuery } from "./params.ts";
import { doelenSchema, ideeSchema } from "./initiatief.ts";
import { themaSchema } from "./wijken.ts";
import { vrijwilligerSchema } from "./vrijwilligers.ts";

describe("finding 14: control characters in text fields and route params", () => {
  it("finding 14: a NUL byte (and other control characters) in a text field is refused with a Dutch message; newline and tab are fine", () => {
    const r = ideeSchema.safeParse({ titel: "Buurt\u0000feest", ikWil: "Iets leuks\u0007 doen met de buren." });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["titel", STUURTEKEN_MELDING],
      ["ikWil", STUURTEKEN_MELDING],
    ]);
    expect(zTekst().safeParse("regel 1\r\nregel 2\tmet tab").success).toBe(true);
    expect(zTekst().safeParse("\u007f").success).toBe(false);
    expect(idVeld().safeParse("cm3abc\u0000").success).toBe(false);
    expect(idVeld().safeParse("0c8a2f3e-1d6b-4f0e-9a51-3c1f00000001").success).toBe(true);
  });

  it("finding 14: route params: NUL, other characters and numbers beyond the int range are invalid", () => {
    expect(geldigeParam("slug", "\u0000")).toBe(false);
    expect(geldigeParam("slug", "buurthuis-de-linde")).toBe(true);
    expect(geldigeParam("slug", "Buurthuis")).toBe(false);
    expect(geldigeParam("id", "clx0abcdefghijklmnopqrstu")).toBe(true);
    expect(geldigeParam("id", "abc%00")).toBe(false);
    expect(geldigeParam("getal", "99999999999999999999")).toBe(false);
    expect(geldigeParam("getal", "2147483648")).toBe(false);
    expect(geldigeParam("getal", "2147483647")).toBe(true);
    expect(geldigeParam("getal", "0")).toBe(false);
    expect(geldigeParam("getal", "1e3")).toBe(false);
    expect(geldigeParam("referentie", "INI-2026-0001")).toBe(true);
    expect(geldigeQuery(new URLSearchParams("q=speel\u0000tuin"))).toBe(false);
    expect(geldigeQuery(new URLSearchParams("q=speeltuin&wijk=venne-oost"))).toBe(true);
  });
});

describe("finding 11: lists are deduplicated and bounded", () => {
  it("finding 11: the same doel sent 5000 times counts once; unknown values and floods are refused", () => {
    const r = doelenSchema.parse({ doelen: Array(5000).fill("ONTMOETING").slice(0, 8) });
    expect(r.doelen).toEqual(["ONTMOETING"]);
    expect(doelenSchema.safeParse({ doelen: Array(5000).fill("ONTMOETING") }).success).toBe(false);
    expect(doelenSchema.safeParse({ doelen: ["ONTMOETING", "HACK"] }).success).toBe(false);
    expect(keuzes(["A", "B"] as const).parse(["B", "A", "B"])).toEqual(["B", "A"]);
  });

  it("finding 11: figures per theme and volunteer interests: deduplicated, at most a sensible number, each of bounded length", () => {
    const basis = { wijk: "venne-oost", titel: "Eenzaamheid", beschrijving: "Veel ouderen zijn alleen." };
    expect(themaSchema.parse({ ...basis, cijfers: ["Eenzaam", "Eenzaam", "Sociale kracht"] }).cijfers).toEqual(["Eenzaam", "Sociale kracht"]);
    expect(themaSchema.safeParse({ ...basis, cijfers: Array.from({ length: 51 }, (_, i) => `Cijfer ${i}`) }).success).toBe(false);
    expect(themaSchema.safeParse({ ...basis, cijfers: ["x".repeat(121)] }).success).toBe(false);
    expect(tekstLijst(2, 10).safeParse(Array(5000).fill("a")).success).toBe(false);
    const v = vrijwilligerSchema.parse({ naam: "Vera Vrijwilliger", interesses: ["ouderen", "ouderen", "taal"] });
    expect(v.interesses).toEqual(["ouderen", "taal"]);
    expect(z.array(z.string()).parse(v.interesses)).toHaveLength(2);
  });
});
