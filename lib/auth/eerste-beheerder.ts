/**
 * `npm run beheerder -- naam@gemeente.nl` (scripts/beheerder.mts): creates the first beheerder, or
 * makes an existing account beheerder, and gives a one-use link (valid UITNODIGING_CLI_MINUTEN) to
 * choose a password and set up the second step (or to sign in through the gemeente with OIDC).
 * Works on an empty production database. A demo account is never promoted with its published
 * password: the password and second factor are removed first.
 */
import { db } from "../db.ts";
import { writeAudit } from "../audit.ts";
import { emailField } from "../validation/auth.ts";
import { revokeAllSessions } from "./sessie.ts";
import { maakUitnodiging, UITNODIGING_CLI_MINUTEN } from "./uitnodiging.ts";

export interface EersteBeheerder {
  userId: string;
  nieuw: boolean;
  url: string;
  verlooptOp: Date;
}

export class OngeldigEmailadres extends Error {}

export async function maakEersteBeheerder(emailRaw: string, geldigMinuten = UITNODIGING_CLI_MINUTEN): Promise<EersteBeheerder> {
  const parsed = emailField.safeParse(emailRaw ?? "");
  if (!parsed.success) throw new OngeldigEmailadres(parsed.error.issues[0]?.message ?? "Ongeldig e-mailadres.");
  const email = parsed.data.toLowerCase();
  const r = await db.$transaction(async (tx) => {
    const bestaand = await tx.user.findUnique({ where: { email }, select: { id: true, rol: true, actief: true, demo: true } });
    let userId: string;
    if (bestaand) {
      await tx.user.update({
        where: { id: bestaand.id },
        data: {
          rol: "BEHEERDER",
          actief: true,
          // a demo account's password and second factor are published in the README
          ...(bestaand.demo ? { demo: false, passwordHash: null, totpGeheim: null, totpActiefSinds: null, totpLaatsteStap: null } : {}),
        },
      });
      userId = bestaand.id;
    } else {
      userId = (await tx.user.create({ data: { email, rol: "BEHEERDER" }, select: { id: true } })).id;
    }
    const link = await maakUitnodiging(tx, userId, { doorId: null, geldigMs: geldigMinuten * 60_000 });
    await writeAudit(tx, {
      actorId: null,
      actie: "gebruiker.beheerder_gemaakt",
      entiteit: "User",
      entiteitId: userId,
      voor: bestaand ? { rol: bestaand.rol, actief: bestaand.actief } : null,
      na: { email, rol: "BEHEERDER", actief: true, via: "npm run beheerder" },
    });
    return { userId, nieuw: !bestaand, ...link, wasAl: bestaand?.rol === "BEHEERDER" && bestaand.actief && !bestaand.demo };
  });
  if (!r.wasAl) await revokeAllSessions(r.userId);
  return { userId: r.userId, nieuw: r.nieuw, url: r.url, verlooptOp: r.verlooptOp };
}
