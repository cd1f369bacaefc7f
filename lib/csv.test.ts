import { describe, expect, it } from "vitest";
import { csvCel, naarCsvTekst } from "./csv.ts";

describe("the one CSV writer", () => {
  it("finding 9: neutralises cells starting with =, +, -, @, TAB and CR with a single quote, enclosed in quotes", () => {
    expect(csvCel('=HYPERLINK("https://evil.example","Klik")')).toBe(`"'=HYPERLINK(""https://evil.example"",""Klik"")"`);
    expect(csvCel("+31 6 1234")).toBe(`"'+31 6 1234"`);
    expect(csvCel("-2+3+cmd|' /C calc'!A0")).toBe(`"'-2+3+cmd|' /C calc'!A0"`);
    expect(csvCel("@SUM(A1:A9)")).toBe(`"'@SUM(A1:A9)"`);
    expect(csvCel("\t=1+1")).toBe(`"'\t=1+1"`);
    expect(csvCel("\r=1+1")).toBe(`"'\r=1+1"`);
  });

  it("leaves plain numbers (also negative, with a decimal comma) and normal text alone; quotes separators", () => {
    expect(csvCel("-12")).toBe("-12");
    expect(csvCel("-3,5")).toBe("-3,5");
    expect(csvCel(6.8)).toBe("6.8");
    expect(csvCel("Sociale kracht 2024")).toBe("Sociale kracht 2024");
    expect(csvCel('Ab; "Zuid"')).toBe('"Ab; ""Zuid"""');
    expect(csvCel(null)).toBe("");
    expect(naarCsvTekst([["a", "=b"], ["1", "2"]])).toBe(`\uFEFFa;"'=b"\r\n1;2\r\n`);
  });
});
