import { describe, expect, it } from "vitest";
import { afstand, amsterdamseKlok, celGetal, dagDatumTijd, datum, datumTijd, euro, getal, korteDatumTijd, tijdTekst } from "./format.ts";

// All moments are given in UTC (as a UTC server holds them); the text must be Amsterdam's.
describe("datum", () => {
  it("writes the day, the month's name and the year", () => {
    expect(datum(new Date("2026-03-03T12:00:00Z"))).toBe("3 maart 2026");
  });
  it("takes the Amsterdam date around midnight, not the server's", () => {
    expect(datum(new Date("2026-01-31T23:30:00Z"))).toBe("1 februari 2026"); // 00:30 in winter (UTC+1)
    expect(datum(new Date("2026-07-31T22:15:00Z"))).toBe("1 augustus 2026"); // 00:15 in summer (UTC+2)
    expect(datum(new Date("2026-07-31T21:59:00Z"))).toBe("31 juli 2026");
  });
  it("accepts an ISO string and shows a dash for no date", () => {
    expect(datum("2026-12-24T10:00:00Z")).toBe("24 december 2026");
    expect(datum(null)).toBe("–");
    expect(datum(undefined)).toBe("–");
    expect(datum("geen datum")).toBe("–");
  });
});

describe("datumTijd", () => {
  it("adds the Amsterdam clock time", () => {
    expect(datumTijd(new Date("2026-03-03T13:05:00Z"))).toBe("3 maart 2026 om 14:05");
    expect(datumTijd(null)).toBe("–");
  });
  it("follows the change to summer time (last Sunday of March, 02:00 -> 03:00)", () => {
    expect(datumTijd(new Date("2026-03-29T00:59:00Z"))).toBe("29 maart 2026 om 01:59");
    expect(datumTijd(new Date("2026-03-29T01:00:00Z"))).toBe("29 maart 2026 om 03:00");
  });
  it("follows the change back to winter time (last Sunday of October)", () => {
    expect(datumTijd(new Date("2026-10-25T00:30:00Z"))).toBe("25 oktober 2026 om 02:30");
    expect(datumTijd(new Date("2026-10-25T01:30:00Z"))).toBe("25 oktober 2026 om 02:30");
  });
});

describe("dagDatumTijd and korteDatumTijd", () => {
  it("writes the weekday for activities", () => {
    expect(dagDatumTijd(new Date("2026-03-03T18:30:00Z"))).toBe("dinsdag 3 maart 2026 om 19:30");
  });
  it("writes a short date with seconds, or 'onbekend'", () => {
    expect(korteDatumTijd("2026-03-03T23:05:09Z")).toBe("04-03-2026, 00:05:09");
    expect(korteDatumTijd("kapot")).toBe("onbekend");
  });
});

describe("amsterdamseKlok", () => {
  it("gives the Amsterdam weekday (1 = Monday) and time, also after midnight", () => {
    expect(amsterdamseKlok(new Date("2026-03-08T23:30:00Z"))).toEqual({ dag: 1, tijd: "00:30" }); // Sunday 23:30 UTC = Monday
    expect(amsterdamseKlok(new Date("2026-03-29T01:00:00Z"))).toEqual({ dag: 7, tijd: "03:00" });
  });
});

describe("euro", () => {
  it("writes whole euros with a thousands point", () => {
    expect(euro(450)).toBe("€ 450");
    expect(euro(1000)).toBe("€ 1.000");
    expect(euro(1234567)).toBe("€ 1.234.567");
  });
  it("keeps the minus sign of a negative amount", () => {
    expect(euro(-300)).toBe("€ -300");
    expect(euro(-12500)).toBe("€ -12.500");
  });
  it("shows a dash for no amount, and 0 as an amount", () => {
    expect(euro(null)).toBe("–");
    expect(euro(undefined)).toBe("–");
    expect(euro(0)).toBe("€ 0");
  });
});

describe("getal and celGetal", () => {
  it("uses a thousands point and a decimal comma", () => {
    expect(getal(12345)).toBe("12.345");
    expect(getal(2.5)).toBe("2,5");
    expect(getal(7.12345, 2)).toBe("7,12");
  });
  it("writes table and CSV cells without a thousands point", () => {
    expect(celGetal(4850)).toBe("4850");
    expect(celGetal(12.345)).toBe("12,3");
    expect(celGetal(12.345, 2)).toBe("12,35");
    expect(celGetal(null)).toBe("");
  });
});

describe("afstand", () => {
  it("writes kilometres with at most one decimal, also below 1 km", () => {
    expect(afstand(1.5)).toBe("1,5 km");
    expect(afstand(12)).toBe("12 km");
    expect(afstand(1)).toBe("1 km");
    expect(afstand(0.8)).toBe("0,8 km");
    expect(afstand(0)).toBe("0 km");
  });
});

describe("tijdTekst", () => {
  it("writes a clock time the Dutch way, without a leading zero", () => {
    expect(tijdTekst("09:00")).toBe("9.00");
    expect(tijdTekst("17:30")).toBe("17.30");
  });
});

describe("procent", () => {
  it("formats a share as a whole Dutch percentage", async () => {
    const { procent } = await import("./format.ts");
    expect(procent(0.834)).toBe("83%");
    expect(procent(1)).toBe("100%");
    expect(procent(null)).toBe("–");
  });
});
