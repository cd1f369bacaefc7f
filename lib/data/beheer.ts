import "server-only";
import { db } from "../db.ts";
import { requirePermission } from "../auth/guard.ts";
import { wijkScope, type Actor } from "../auth/permissions.ts";

/** Counts for the /beheer landing page, scoped to what this staff member may see. */
export async function leesDashboard(actor: Actor | null) {
  const user = requirePermission(actor, "beheer:access");
  const wijkFilter = (ids: string[] | undefined) => (ids === undefined ? {} : { wijkId: { in: ids } });
  const [teBeoordelen, suggesties, signalen, verhalen, meldingen, wijken] = await Promise.all([
    db.initiatief.count({ where: { status: { in: ["INGEDIEND", "IN_BEHANDELING"] } } }),
    db.plekSuggestie.count({ where: { status: "NIEUW", ...wijkFilter(wijkScope(user, "plek:moderate")) } }),
    db.signaal.count({ where: { status: "NIEUW", ...wijkFilter(wijkScope(user, "signaal:handle")) } }),
    db.verhaal.count({ where: { status: "INGEDIEND", ...wijkFilter(wijkScope(user, "verhaal:moderate")) } }),
    db.melding.count({ where: { afgehandeld: false } }),
    user.wijkIds.length ? db.wijk.findMany({ where: { id: { in: user.wijkIds } }, select: { naam: true }, orderBy: { naam: "asc" } }) : [],
  ]);
  return { teBeoordelen, suggesties, signalen, verhalen, meldingen, wijken: wijken.map((w) => w.naam) };
}
