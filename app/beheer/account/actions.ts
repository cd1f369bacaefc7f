"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { failure, handleForm, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import { hasPermission, isStaff } from "@/lib/auth/permissions";
import { activateTotp, disableTotp, regenerateRecoveryCodes, resetTotpForUser, secondFactorRequired, tweestapsStatus, verifySecondFactor, withCodeLimit } from "@/lib/auth/totp";
import { clearPendingSetup, readPendingSetup, startPendingSetup } from "@/lib/auth/tweede-stap";
import { AppError } from "@/lib/errors";
import { tweedeStapSchema, tweedeStapTerugzettenSchema } from "@/lib/validation/auth";

const FOUT = "De code klopt niet of is al gebruikt. Wacht op een nieuwe code in uw app en probeer het opnieuw.";

async function requireStaffActor() {
  const actor = await currentUser();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!isStaff(actor)) throw new AppError("FORBIDDEN");
  return actor;
}

/** Starts setting up the app (new secret and recovery codes in an encrypted cookie until confirmed). */
export async function startTotpSetup(): Promise<void> {
  const actor = await requireStaffActor();
  // Replacing an app that is on would let a stolen session take over the second step: not here.
  if ((await tweestapsStatus(actor.id)).actief) redirect("/beheer/account");
  await startPendingSetup(actor.id);
  redirect("/beheer/account/instellen");
}

export async function confirmTotpSetup(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, tweedeStapSchema, async (data) => {
    const actor = await requireStaffActor();
    const pending = await readPendingSetup(actor.id);
    if ((await tweestapsStatus(actor.id)).actief) throw new AppError("INVALID", "De tweestapsverificatie staat al aan.");
    if (!pending) throw new AppError("INVALID", "Het instellen duurde te lang. Begin opnieuw.");
    if (!(await withCodeLimit(actor.id, () => activateTotp(actor.id, pending.geheim, data.code, pending.codes)))) return false;
    await clearPendingSetup();
    return true;
  });
  if (!state?.ok) return state && { ...state, values: {} };
  if (!result) return failure(FOUT, {}, { code: [FOUT] });
  revalidatePath("/beheer/account");
  redirect("/beheer/account?ingesteld=1");
}

/** New recovery codes (a current code from the app is asked first). The codes are shown once, in the result. */
export async function makeNewRecoveryCodes(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, tweedeStapSchema, async (data) => {
    const actor = await requireStaffActor();
    if (!(await withCodeLimit(actor.id, () => verifySecondFactor(actor.id, data.code)))) return null;
    return regenerateRecoveryCodes(actor);
  });
  if (!state?.ok) return state && { ...state, values: {} };
  if (!result) return failure(FOUT, {}, { code: [FOUT] });
  return { ok: true, message: "Uw nieuwe herstelcodes staan hieronder. De oude codes werken niet meer.", data: { codes: result } };
}

/** Switch the second step off: only where it is optional (opbouwwerkers), after a current code. */
export async function switchOffTotp(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, tweedeStapSchema, async (data) => {
    const actor = await requireStaffActor();
    if (secondFactorRequired(actor.rol)) throw new AppError("FORBIDDEN", "Voor uw rol is de tweestapsverificatie verplicht. U kunt hem niet uitzetten.");
    if (!(await withCodeLimit(actor.id, () => verifySecondFactor(actor.id, data.code)))) return false;
    await disableTotp(actor);
    return true;
  });
  if (!state?.ok) return state && { ...state, values: {} };
  if (!result) return failure(FOUT, {}, { code: [FOUT] });
  revalidatePath("/beheer/account");
  redirect("/beheer/account?uitgezet=1");
}

/** Beheerder only: reset a colleague's second step, after the beheerder's own current code. */
export async function resetColleagueTotp(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, tweedeStapTerugzettenSchema, async (data) => {
    const actor = await requireStaffActor();
    if (!hasPermission(actor, "gebruikers:manage")) throw new AppError("FORBIDDEN");
    if (!(await withCodeLimit(actor.id, () => verifySecondFactor(actor.id, data.code)))) return null;
    return resetTotpForUser(actor, data.email);
  });
  if (!state?.ok) return state && { ...state, values: { email: state.values.email ?? "" } };
  if (!result) return failure(FOUT, { email: String(formData.get("email") ?? "") }, { code: [FOUT] });
  return { ok: true, message: `De tweede stap van ${result.email} is teruggezet. Bij de volgende keer inloggen stelt deze medewerker de app opnieuw in.` };
}
