"use server";
import { redirect } from "next/navigation";
import { failure, handleForm, type ActionState } from "@/lib/actions";
import { loadSessionUser } from "@/lib/auth/login";
import { startSession } from "@/lib/auth/sessie";
import { activateTotp, verifySecondFactor, withCodeLimit } from "@/lib/auth/totp";
import { clearPendingLogin, readPendingLogin } from "@/lib/auth/tweede-stap";
import { AppError } from "@/lib/errors";
import { tweedeStapSchema } from "@/lib/validation/auth";

const VERLOPEN = "Uw inlogpoging is verlopen. Log opnieuw in met uw e-mailadres en wachtwoord.";
const FOUT = "De code klopt niet of is al gebruikt. Wacht op een nieuwe code in uw app en probeer het opnieuw.";


/** Second step of the staff sign-in: a code from the app or a recovery code. Only with the pending cookie. */
export async function submitSecondStep(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, tweedeStapSchema, async (data) => {
    const pending = await readPendingLogin();
    if (!pending || pending.fase !== "code") throw new AppError("UNAUTHENTICATED", VERLOPEN);
    const how = await withCodeLimit(pending.uid, () => verifySecondFactor(pending.uid, data.code));
    if (!how) return null;
    const user = await loadSessionUser(pending.uid);
    if (!user) throw new AppError("UNAUTHENTICATED", VERLOPEN);
    await clearPendingLogin();
    await startSession(user);
    return pending.terug;
  });
  if (!state?.ok) return state && { ...state, values: {} };
  if (!result) return failure(FOUT, {}, { code: [FOUT] });
  redirect(result);
}

/** First sign-in of a beheerder or ambtenaar without the second step: confirm the app with a first code. */
export async function confirmEnrollment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, tweedeStapSchema, async (data) => {
    const pending = await readPendingLogin();
    if (!pending || pending.fase !== "instellen" || !pending.geheim || !pending.codes) throw new AppError("UNAUTHENTICATED", VERLOPEN);
    const user = await loadSessionUser(pending.uid);
    // Already set up (e.g. in another tab): then only the normal second step counts, never a new app.
    if (!user || user.totpActief) throw new AppError("UNAUTHENTICATED", VERLOPEN);
    const { geheim, codes } = pending;
    if (!(await withCodeLimit(pending.uid, () => activateTotp(pending.uid, geheim, data.code, codes)))) return null;
    await clearPendingLogin();
    await startSession(user);
    return pending.terug;
  });
  if (!state?.ok) return state && { ...state, values: {} };
  if (!result) {
    const msg = "De code klopt niet. Controleer of de app de code voor Sociale Basis laat zien, en vul de nieuwste code in.";
    return failure(msg, {}, { code: [msg] });
  }
  redirect(result);
}
