import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIES, AUDIT_LABELS, auditLabel, isAuditActie } from "./audit.ts";
import { TRANSITIE_AUDIT } from "./initiatief/status.ts";

describe("audit actions", () => {
  it("every action has a plain Dutch label and follows the one grammar (entiteit.voltooid_deelwoord)", () => {
    expect(AUDIT_ACTIES.length).toBeGreaterThan(40);
    for (const actie of AUDIT_ACTIES) {
      expect(actie).toMatch(/^[a-z]+\.[a-z]+(_[a-z]+)*$/);
      const label = AUDIT_LABELS[actie];
      expect(label.trim().length, actie).toBeGreaterThan(2);
      expect(label, actie).toMatch(/^[A-Z]/);
      expect(label, actie).not.toContain("_");
      expect(auditLabel(actie)).toBe(label);
    }
  });

  it("labels are distinct, so two different steps never look the same in a history table", () => {
    const labels = AUDIT_ACTIES.map((a) => AUDIT_LABELS[a]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("every initiative transition writes a known action", () => {
    for (const actie of Object.values(TRANSITIE_AUDIT)) expect(isAuditActie(actie)).toBe(true);
    expect(new Set(Object.values(TRANSITIE_AUDIT)).size).toBe(Object.keys(TRANSITIE_AUDIT).length);
  });

  it("an unknown (old) key becomes readable text, never a raw key or a crash", () => {
    expect(auditLabel("in_behandeling")).toBe("In behandeling");
    expect(auditLabel("verhaal.iets_gedaan")).toBe("Verhaal: iets gedaan");
    expect(auditLabel("tweestaps.nieuwe-herstelcodes")).toBe("Tweestaps: nieuwe herstelcodes");
    expect(auditLabel("")).toBe("Onbekende stap");
    expect(auditLabel("._.")).toBe("Onbekende stap");
    for (const k of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(isAuditActie(k)).toBe(false);
      expect(typeof auditLabel(k)).toBe("string");
      expect(auditLabel(k)).not.toContain("_");
    }
  });

  it("the data migration renames old rows only to known actions", () => {
    const dir = path.resolve("prisma/migrations");
    const map = readdirSync(dir).find((d) => d.endsWith("_audit_acties"));
    expect(map).toBeDefined();
    const sql = readFileSync(path.join(dir, map!, "migration.sql"), "utf8");
    const rijen = [...sql.matchAll(/\('([A-Za-z]+)', '([^']+)', '([^']+)'\)/g)];
    expect(rijen.length).toBeGreaterThan(40);
    for (const [, entiteit, oud, nieuw] of rijen) {
      expect(isAuditActie(nieuw), `${entiteit} ${oud} -> ${nieuw}`).toBe(true);
      expect(isAuditActie(oud), `${oud} is already a new name`).toBe(false);
    }
    // one entity never maps the same old word twice
    const sleutels = rijen.map(([, e, o]) => `${e}|${o}`);
    expect(new Set(sleutels).size).toBe(sleutels.length);
  });
});
