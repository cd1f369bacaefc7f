"use server";
import { z } from "zod";
import { actie } from "@/lib/actions";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { activateTotp, disableTotp, regenerateRecoveryCodes, resetTotpForUser, secondFactorRequired, tweestapsStatus, verifySecondFactor, withCodeLimit } from "@/lib/auth/totp";
import { clearPendingSetup, readPendingSetup, startPendingSetup } from "@/lib/auth/tweede-stap";
import { AppError } from "@/lib/errors";
import { tweedeStapSchema, tweedeStapTerugzettenSchema } from "@/lib/validation/auth";

const FOUT = "De code klopt niet of is al gebruikt. Wacht op een nieuwe code in uw app en probeer het opnieuw.";
/** A wrong code: the message at the top and next to the code field. */
const codeFout = (msg = FOUT) => new AppError("INVALID", msg, { fieldErrors: { code: [msg] }, samenvatting: msg });
/** The builder checked "beheer:access" already; this gives the actor its type (and checks once more). */
const staf = (actor: Actor | null) => requirePermission(actor, "beheer:access");

/** Starts setting up the app (new secret and recovery codes in an encrypted cookie until confirmed). */
export const startTotpSetupAction = actie({
  schema: z.object({}),
  toegang: "beheer:access",
  async uitvoeren({ actor }) {
    const user = staf(actor);
    // Replacing an app that is on would let a stolen session take over the second step: not here.
    if ((await tweestapsStatus(user.id)).actief) return false;
    await startPendingSetup(user.id);
    return true;
  },
  naar: (gestart) => (gestart ? "/beheer/account/instellen" : "/beheer/account"),
});

export const confirmTotpSetupAction = actie({
  schema: tweedeStapSchema,
  toegang: "beheer:access",
  async uitvoeren({ data, actor }) {
    const user = staf(actor);
    const pending = await readPendingSetup(user.id);
    if ((await tweestapsStatus(user.id)).actief) throw new AppError("INVALID", "De tweestapsverificatie staat al aan.");
    if (!pending) throw new AppError("INVALID", "Het instellen duurde te lang. Begin opnieuw.");
    if (!(await withCodeLimit(user.id, () => activateTotp(user.id, pending.geheim, data.code, pending.codes)))) throw codeFout();
    await clearPendingSetup();
  },
  revalideer: ["/beheer/account"],
  naar: () => "/beheer/account?ingesteld=1",
});

/** New recovery codes (a current code from the app is asked first). The codes are shown once, in the result. */
export const makeNewRecoveryCodesAction = actie({
  schema: tweedeStapSchema,
  toegang: "beheer:access",
  async uitvoeren({ data, actor }) {
    const user = staf(actor);
    if (!(await withCodeLimit(user.id, () => verifySecondFactor(user.id, data.code)))) throw codeFout();
    return regenerateRecoveryCodes(user);
  },
  melding: "Uw nieuwe herstelcodes staan hieronder. De oude codes werken niet meer.",
  gegevens: (codes) => ({ codes }),
});

/** Switch the second step off: only where it is optional (opbouwwerkers), after a current code. */
export const switchOffTotpAction = actie({
  schema: tweedeStapSchema,
  toegang: "beheer:access",
  async uitvoeren({ data, actor }) {
    const user = staf(actor);
    if (secondFactorRequired(user.rol)) throw new AppError("FORBIDDEN", "Voor uw rol is de tweestapsverificatie verplicht. U kunt hem niet uitzetten.");
    if (!(await withCodeLimit(user.id, () => verifySecondFactor(user.id, data.code)))) throw codeFout();
    await disableTotp(user);
  },
  revalideer: ["/beheer/account"],
  naar: () => "/beheer/account?uitgezet=1",
});

/** Beheerder only: reset a colleague's second step, after the beheerder's own current code. */
export const resetColleagueTotpAction = actie({
  schema: tweedeStapTerugzettenSchema,
  toegang: "gebruikers:manage",
  async uitvoeren({ data, actor }) {
    const user = requirePermission(actor, "gebruikers:manage");
    if (!(await withCodeLimit(user.id, () => verifySecondFactor(user.id, data.code)))) throw codeFout();
    return resetTotpForUser(user, data.email);
  },
  melding: (r) => `De tweede stap van ${r.email} is teruggezet. Bij de volgende keer inloggen stelt deze medewerker de app opnieuw in.`,
});
