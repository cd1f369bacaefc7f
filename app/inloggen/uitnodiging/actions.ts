"use server";
import { actie } from "@/lib/actions";
import { uitnodigingOidcSchema, wachtwoordKiezenSchema } from "@/lib/validation/gebruikers";
import { accepteerUitnodiging, accepteerUitnodigingOidc } from "@/lib/data/gebruikers";
import { startSession } from "@/lib/auth/sessie";
import { afterPassword } from "@/lib/auth/tweede-stap";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

const NAAR = { sessie: "/beheer", "tweede-stap": "/inloggen/tweede-stap", instellen: "/inloggen/tweestaps-instellen" } as const;

/**
 * Public (the link's token is the proof): the invitee chooses a password. Then the normal sign-in
 * continues: the second step is set up when the role requires it, otherwise a session starts.
 */
export const accepteerUitnodigingAction = actie({
  schema: wachtwoordKiezenSchema,
  toegang: "publiek",
  limiet: ({ ip }) => [{ sleutel: `uitnodiging-ip:${ip}`, limiet: { max: 20, windowSeconds: 600 } }],
  async uitvoeren({ data }) {
    if (env().STAFF_LOGIN === "oidc") throw new AppError("INVALID", `Medewerkers loggen in via '${env().OIDC_NAME}'. Gebruik de knop op deze pagina.`);
    const user = await accepteerUitnodiging({ token: data.token, wachtwoord: data.wachtwoord, naam: data.naam });
    const volgende = await afterPassword(user, "/beheer");
    if (volgende.next === "sessie") await startSession(user);
    return volgende.next === "alleen-oidc" ? "sessie" : volgende.next;
  },
  naar: (next) => NAAR[next],
});

/** STAFF_LOGIN=oidc: uses the invitation and sends the invitee to the gemeente's sign-in. */
export const accepteerUitnodigingOidcAction = actie({
  schema: uitnodigingOidcSchema,
  toegang: "publiek",
  limiet: ({ ip }) => [{ sleutel: `uitnodiging-ip:${ip}`, limiet: { max: 20, windowSeconds: 600 } }],
  uitvoeren: ({ data }) => accepteerUitnodigingOidc(data.token),
  naar: () => "/inloggen?uitnodiging=aangenomen",
});
