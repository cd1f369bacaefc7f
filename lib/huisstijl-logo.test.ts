import { describe, expect, it } from "vitest";
import { controleerLogo, LOGO_MAX_BYTES } from "./huisstijl-logo.ts";

const tekst = (s: string) => new TextEncoder().encode(s);
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPk+89QDwADvgGOSHzRgAAAAABJRU5ErkJggg==", "base64"));
const SVG = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>\n`;

describe("an uploaded logo", () => {
  it("accepts PNG, JPEG and a plain SVG, by their bytes", () => {
    expect(controleerLogo(PNG)).toEqual({ ok: true, mime: "image/png" });
    expect(controleerLogo(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({ ok: true, mime: "image/jpeg" });
    expect(controleerLogo(tekst(SVG))).toEqual({ ok: true, mime: "image/svg+xml" });
  });

  it.each([
    ["a script element", SVG.replace("<rect", "<script>alert(1)</script><rect")],
    ["an event attribute", SVG.replace("<rect", '<rect onload="alert(1)"')],
    ["a javascript: link", SVG.replace("<rect", '<a href="javascript:alert(1)"><rect').replace("</svg>", "</a></svg>")],
    ["an external image", SVG.replace("<rect", '<image href="https://example.org/x.png"/><rect')],
    ["an external use", SVG.replace('<use href="#g"/>', '<use xlink:href="https://example.org/x.svg#a"/>')],
    ["a foreignObject", SVG.replace("<rect", "<foreignObject><div/></foreignObject><rect")],
    ["an entity", `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]>${SVG.slice(SVG.indexOf("<svg"))}`],
    ["an external style url", SVG.replace('fill="url(#g)"', 'style="fill:url(https://example.org/a)"')],
  ])("refuses an SVG with %s, in Dutch", (_wat, svg) => {
    const r = controleerLogo(tekst(svg));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.melding).toMatch(/^Dit SVG-bestand bevat .* niet veilig/);
  });

  it("refuses other files, an empty file and a file over the limit", () => {
    expect(controleerLogo(tekst("GIF89a...."))).toMatchObject({ ok: false, melding: expect.stringContaining("geen PNG, JPEG of SVG") });
    expect(controleerLogo(tekst("<html><svg></svg></html>"))).toMatchObject({ ok: false });
    expect(controleerLogo(new Uint8Array())).toMatchObject({ ok: false, melding: "Kies een bestand met het logo." });
    const groot = new Uint8Array(LOGO_MAX_BYTES + 1);
    groot.set(PNG);
    expect(controleerLogo(groot)).toMatchObject({ ok: false, melding: expect.stringContaining("te groot") });
  });
});
