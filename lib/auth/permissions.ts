/**
 * The one permission table. Server code checks it through requirePermission(); the UI imports it
 * only to hide controls. ':own' = only in the opbouwwerker's own wijken; ':any' = everywhere.
 */
export const ROLLEN = ["INWONER", "OPBOUWWERKER", "AMBTENAAR", "BEHEERDER"] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_NAMEN: Record<Rol, string> = {
  INWONER: "Inwoner",
  OPBOUWWERKER: "Opbouwwerker",
  AMBTENAAR: "Ambtenaar",
  BEHEERDER: "Beheerder",
};

export type Permission =
  | "beheer:access"
  | "plek:moderate:own"
  | "plek:moderate:any"
  | "kaart:edit:own"
  | "kaart:edit:any"
  | "agenda:edit:own"
  | "agenda:edit:any"
  | "signaal:handle:own"
  | "signaal:handle:any"
  | "verhaal:moderate:own"
  | "verhaal:moderate:any"
  | "cijfers:edit:own"
  | "cijfers:edit:any"
  | "hulpvraag:moderate:own"
  | "hulpvraag:moderate:any"
  | "hulpvraag:namens:own"
  | "hulpvraag:namens:any"
  | "vacature:publish"
  | "initiatief:review"
  | "overzicht:view"
  | "gebruikers:manage"
  | "instellingen:manage"
  | "wijken:manage"
  | "huisstijl:manage"
  | "categorieen:manage"
  | "versheid:view:own"
  | "versheid:view:any";

const STAFF_BASE: Permission[] = ["beheer:access"];

export const PERMISSIONS: Record<Rol, readonly Permission[]> = {
  INWONER: [],
  OPBOUWWERKER: [
    ...STAFF_BASE,
    "plek:moderate:own",
    "kaart:edit:own",
    "agenda:edit:own",
    "signaal:handle:own",
    "verhaal:moderate:own",
    "cijfers:edit:own",
    "hulpvraag:moderate:own",
    "hulpvraag:namens:own",
    "vacature:publish",
    "versheid:view:own",
  ],
  AMBTENAAR: [...STAFF_BASE, "initiatief:review", "overzicht:view", "vacature:publish", "versheid:view:any", "hulpvraag:namens:any"],
  BEHEERDER: [
    ...STAFF_BASE,
    "plek:moderate:any",
    "kaart:edit:any",
    "agenda:edit:any",
    "signaal:handle:any",
    "verhaal:moderate:any",
    "cijfers:edit:any",
    "hulpvraag:moderate:any",
    "vacature:publish",
    "initiatief:review",
    "overzicht:view",
    "gebruikers:manage",
    "instellingen:manage",
    "wijken:manage",
    "huisstijl:manage",
    "categorieen:manage",
    "versheid:view:any",
  ],
};

export type ScopedAction = "plek:moderate" | "kaart:edit" | "agenda:edit" | "signaal:handle" | "verhaal:moderate" | "cijfers:edit" | "hulpvraag:moderate" | "hulpvraag:namens" | "versheid:view";

export interface Actor {
  id: string;
  email: string;
  naam: string | null;
  rol: Rol;
  /** Wijken where an opbouwwerker works; empty for other roles. */
  wijkIds: string[];
}

export function hasPermission(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && PERMISSIONS[actor.rol].includes(permission);
}

/** May the actor do `action` in this wijk? ':any' always; ':own' only in the actor's wijken. */
export function canInWijk(actor: Actor | null | undefined, action: ScopedAction, wijkId: string): boolean {
  if (!actor) return false;
  if (hasPermission(actor, `${action}:any` as Permission)) return true;
  return hasPermission(actor, `${action}:own` as Permission) && actor.wijkIds.includes(wijkId);
}

/** Wijk filter for queries: undefined = all wijken; string[] = only these (may be empty). */
export function wijkScope(actor: Actor | null | undefined, action: ScopedAction): string[] | undefined {
  if (!actor) return [];
  if (hasPermission(actor, `${action}:any` as Permission)) return undefined;
  if (hasPermission(actor, `${action}:own` as Permission)) return actor.wijkIds;
  return [];
}

export function isStaff(actor: Actor | null | undefined): boolean {
  return hasPermission(actor, "beheer:access");
}
