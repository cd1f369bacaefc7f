"use server";
import { actie } from "@/lib/actions";
import { loadSessionUser } from "@/lib/auth/login";
import { startSession } from "@/lib/auth/sessie";
import { activateTotp, verifySecondFactor, withCodeLimit } from "@/lib/auth/totp";
import { clearPendingLogin, readPendingLogin } from "@/lib/auth/tweede-stap";
import { AppError } from "@/lib/errors";
import { tweedeStapSchema } from "@/lib/validation/auth";

const VERLOPEN = "Uw inlogpoging is verlopen. Log opnieuw in met uw e-mailadres en wachtwoord.";
const FOUT = "De code klopt niet of is al gebruikt. Wacht op een nieuwe code in uw app en probeer het opnieuw.";
const FOUT_INSTELLEN = "De code klopt niet. Controleer of de app de code voor Sociale Basis laat zien, en vul de nieuwste code in.";
/** A wrong code: the message at the top and next to the code field. */
const codeFout = (msg: string) => new AppError("INVALID", msg, { fieldErrors: { code: [msg] }, samenvatting: msg });

/** Second step of the staff sign-in: a code from the app or a recovery code. Only with the pending cookie. */
export const verifySecondFactorAction = actie({
  schema: tweedeStapSchema,
  toegang: "publiek",
  async uitvoeren({ data }) {
    const pending = await readPendingLogin();
    if (!pending || pending.fase !== "code") throw new AppError("UNAUTHENTICATED", VERLOPEN);
    const how = await withCodeLimit(pending.uid, () => verifySecondFactor(pending.uid, data.code));
    if (!how) throw codeFout(FOUT);
    const user = await loadSessionUser(pending.uid);
    if (!user) throw new AppError("UNAUTHENTICATED", VERLOPEN);
    await clearPendingLogin();
    await startSession(user);
    return pending.terug;
  },
  naar: (terug) => terug,
});

/** First sign-in of a beheerder or ambtenaar without the second step: confirm the app with a first code. */
export const activateTotpAction = actie({
  schema: tweedeStapSchema,
  toegang: "publiek",
  async uitvoeren({ data }) {
    const pending = await readPendingLogin();
    if (!pending || pending.fase !== "instellen" || !pending.geheim || !pending.codes) throw new AppError("UNAUTHENTICATED", VERLOPEN);
    const user = await loadSessionUser(pending.uid);
    // Already set up (e.g. in another tab): then only the normal second step counts, never a new app.
    if (!user || user.totpActief) throw new AppError("UNAUTHENTICATED", VERLOPEN);
    const { geheim, codes } = pending;
    if (!(await withCodeLimit(pending.uid, () => activateTotp(pending.uid, geheim, data.code, codes)))) throw codeFout(FOUT_INSTELLEN);
    await clearPendingLogin();
    await startSession(user);
    return pending.terug;
  },
  naar: (terug) => terug,
});
