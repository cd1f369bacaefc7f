/**
 * Demo accounts (User.demo, set by the demo seed) have a published password. A production start
 * refuses to run while any of them is active; `npm run demo:verwijderen` switches them off.
 */
import type { Db } from "./db.ts";

export async function activeDemoAccounts(db: Db): Promise<string[]> {
  const users = await db.user.findMany({ where: { demo: true, actief: true }, select: { email: true }, orderBy: { email: "asc" } });
  return users.map((u) => u.email);
}

export function demoRefusalMessage(emails: string[]): string {
  return [
    `Gestopt: APP_ENV=production, maar de database bevat ${emails.length} actieve demo-account(s) met het openbare`,
    `demowachtwoord (${emails.join(", ")}).`,
    "Iedereen die de README leest, kan daarmee inloggen. Kies één van deze twee:",
    "  - zet de demo-accounts uit: `npm run demo:verwijderen` (met dezelfde DATABASE_URL of PGLITE_DIR) en start opnieuw;",
    "  - of start deze database als demo: APP_ENV=demo npm start.",
  ].join("\n");
}

/**
 * Deactivates every demo account, removes its password and ends its sessions (one transaction).
 * Their data (initiatives, audit rows) stays.
 */
export async function deactivateDemoAccounts(db: Db): Promise<number> {
  return db.$transaction(async (tx) => {
    const users = await tx.user.findMany({ where: { demo: true, OR: [{ actief: true }, { passwordHash: { not: null } }] }, select: { id: true } });
    const ids = users.map((u) => u.id);
    if (!ids.length) return 0;
    await tx.user.updateMany({ where: { id: { in: ids } }, data: { actief: false, passwordHash: null } });
    await tx.sessie.updateMany({ where: { userId: { in: ids }, revokedAt: null }, data: { revokedAt: new Date() } });
    return ids.length;
  });
}
