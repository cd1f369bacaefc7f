/** The gemeente's contact details from the settings (footer and /contact). Shows only what is filled in. */
import type { Instellingen } from "@/lib/instellingen";

export function ContactGegevens({ inst }: { inst: Pick<Instellingen, "telefoon" | "email" | "adres"> }) {
  if (!inst.telefoon && !inst.email && !inst.adres) {
    return <p>De contactgegevens van de gemeente staan nog niet op deze website.</p>;
  }
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="contactgegevens">
      {inst.telefoon ? (
        <>
          <dt className="font-semibold">Telefoon</dt>
          <dd className="m-0">
            <a href={`tel:${inst.telefoon.replace(/[^0-9+]/g, "")}`}>{inst.telefoon}</a>
          </dd>
        </>
      ) : null}
      {inst.email ? (
        <>
          <dt className="font-semibold">E-mail</dt>
          <dd className="m-0">
            <a href={`mailto:${inst.email}`}>{inst.email}</a>
          </dd>
        </>
      ) : null}
      {inst.adres ? (
        <>
          <dt className="font-semibold">Adres</dt>
          <dd className="m-0 whitespace-pre-line">{inst.adres}</dd>
        </>
      ) : null}
    </dl>
  );
}
