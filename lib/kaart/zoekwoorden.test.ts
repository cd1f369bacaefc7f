import { describe, expect, it } from "vitest";
import { bedoeldeU, bewerkingsafstand, bouwTsquery, varianten, woordenVan, type Woord } from "./zoekwoorden";

const vocab: Woord[] = ["koffieochtend", "koffie", "koffiecorner", "natuurspeeltuin", "speeltuin", "bibliotheek", "buurthuis", "oefen", "venne-oost", "voorlezen", "12"].map((woord, i) => ({ woord, n: 20 - i }));

describe("zoekwoorden", () => {
  it("splits a query into lower-case words", () => {
    expect(woordenVan("  Koffie-Ochtend, in Drunen! ")).toEqual(["koffie", "ochtend", "in", "drunen"]);
  });

  it("counts typos, including two swapped letters", () => {
    expect(bewerkingsafstand("biblioteek", "bibliotheek")).toBe(1);
    expect(bewerkingsafstand("buurtuis", "buurthuis")).toBe(1);
    expect(bewerkingsafstand("koffei", "koffie")).toBe(1);
    expect(bewerkingsafstand("abc", "xyzxyz", 2)).toBe(3);
  });

  it("expands a word to compounds, other forms and close spellings", () => {
    expect(varianten("ochtend", vocab)).toEqual(["ochtend", "koffieochtend"]);
    expect(varianten("tuin", vocab)).toEqual(["tuin", "natuurspeeltuin", "speeltuin"]);
    expect(varianten("biblioteek", vocab)).toEqual(["biblioteek", "bibliotheek"]);
    expect(varianten("kofie", vocab)).toEqual(["kofie", "koffieochtend", "koffie", "koffiecorner"]);
    expect(varianten("oefenen", vocab)).toEqual(["oefenen", "oefen"]);
    // short words: no typos, no parts; words with signs or only digits are never alternatives
    expect(varianten("kof", vocab)).toEqual(["kof"]);
    expect(varianten("oost", vocab)).toEqual(["oost"]);
  });

  it("builds a to_tsquery text: every word (AND), its alternatives (OR), stop words left out", () => {
    expect(bouwTsquery("koffie ochtend", vocab, new Set())).toBe("(koffie | koffieochtend | koffiecorner) & (ochtend | koffieochtend)");
    expect(bouwTsquery("voor de koffie", vocab, new Set(["voor", "de"]))).toBe("(koffie | koffieochtend | koffiecorner)");
    expect(bouwTsquery("de", vocab, new Set(["de"]))).toBeNull();
    expect(bouwTsquery("'; DROP TABLE x; --", vocab, new Set())).toBe("drop & table & x");
  });

  it("suggests the closest known word ('Bedoelde u …?')", () => {
    expect(bedoeldeU("bibliotek", vocab, new Set())).toBe("bibliotheek");
    expect(bedoeldeU("koffie", vocab, new Set())).toBeNull();
    expect(bedoeldeU("qqqqq", vocab, new Set())).toBeNull();
  });
});
