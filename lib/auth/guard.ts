/** Permission checks used by every data function and server action (no Next.js imports: testable). */
import { AppError } from "../errors.ts";
import { NIET_IN_UW_WIJK } from "./weigering.ts";
import { canInWijk, hasPermission, type Actor, type Permission, type ScopedAction } from "./permissions.ts";

export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

export function requirePermission(actor: Actor | null | undefined, permission: Permission): Actor {
  const a = requireActor(actor);
  if (!hasPermission(a, permission)) throw new AppError("FORBIDDEN");
  return a;
}

export function requireWijkPermission(actor: Actor | null | undefined, action: ScopedAction, wijkId: string): Actor {
  const a = requireActor(actor);
  if (!canInWijk(a, action, wijkId)) {
    throw new AppError("FORBIDDEN", NIET_IN_UW_WIJK);
  }
  return a;
}
