import { describe, expect, it } from "vitest";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  seal,
  secondFactorRequired,
  timeStep,
  totpCode,
  unseal,
} from "./totp-kern.ts";

describe("TOTP helpers", () => {
  it("encrypts secrets at rest; a changed value or another purpose does not decrypt", () => {
    const secret = newTotpSecret();
    const sealed = encryptTotpSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(decryptTotpSecret(sealed)).toBe(secret);
    expect(encryptTotpSecret(secret)).not.toBe(sealed); // fresh IV each time
    const tampered = sealed.slice(0, 10) + (sealed[10] === "a" ? "b" : "a") + sealed.slice(11);
    expect(decryptTotpSecret(tampered)).toBeNull();
    expect(unseal("tweede-stap", seal("totp-geheim", "x"))).toBeNull();
    expect(decryptTotpSecret("niet-versleuteld")).toBeNull();
  });

  it("accepts the previous, current and next code, only after the last used step", async () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 10, 30, 12, 0, 15);
    const step = timeStep(now);
    expect(await matchTotp(secret, await totpCode(secret, now), null, now)).toBe(step);
    expect(await matchTotp(secret, await totpCode(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(await matchTotp(secret, await totpCode(secret, now + 30_000), null, now)).toBe(step + 1);
    expect(await matchTotp(secret, await totpCode(secret, now - 60_000), null, now)).toBeNull();
    expect(await matchTotp(secret, await totpCode(secret, now), step, now)).toBeNull();
    expect(await matchTotp(secret, "12ab56", null, now)).toBeNull();
  });

  it("makes ten distinct readable recovery codes, hashed independent of dashes, spaces and case", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(hashRecoveryCode(codes[0])).toBe(hashRecoveryCode(` ${codes[0].toUpperCase().replace("-", " ")} `));
    expect(hashRecoveryCode(codes[0])).not.toContain(codes[0].replace("-", ""));
  });

  it("requires the second step for beheerders and ambtenaren only", () => {
    expect(secondFactorRequired("BEHEERDER")).toBe(true);
    expect(secondFactorRequired("AMBTENAAR")).toBe(true);
    expect(secondFactorRequired("OPBOUWWERKER")).toBe(false);
    expect(secondFactorRequired("INWONER")).toBe(false);
  });
});
