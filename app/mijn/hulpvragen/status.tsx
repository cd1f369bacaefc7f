import type { Weergavestatus } from "@/lib/data/hulpvragen";
import { StatusBadge } from "@/components/ui/badge";
import { DataList } from "@/components/ui/data-list";

const LABELS: Record<Weergavestatus, string> = {
  OPEN: "Open",
  GEKOPPELD: "Iemand helpt",
  GESLOTEN: "Gesloten",
  VERBORGEN: "Verborgen door een opbouwwerker",
  VERLOPEN: "Verlopen",
};

export function HulpvraagStatus({ status }: { status: Weergavestatus }) {
  return <StatusBadge>{LABELS[status]}</StatusBadge>;
}

export function ContactGegevens({ contact, wie }: { contact: { naam: string | null; email: string; telefoon: string | null }; wie: string }) {
  return (
    <section aria-label={`Contactgegevens van ${wie}`} className="my-3 rounded-lg border-2 border-ok px-4 py-3">
      <p className="m-0 font-bold">Contactgegevens van {wie}</p>
      <DataList>
        <dt>Naam</dt>
        <dd>{contact.naam ?? "(geen naam opgegeven)"}</dd>
        <dt>E-mail</dt>
        <dd>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </dd>
        {contact.telefoon ? (
          <>
            <dt>Telefoon</dt>
            <dd>
              <a href={`tel:${contact.telefoon.replace(/[^0-9+]/g, "")}`}>{contact.telefoon}</a>
            </dd>
          </>
        ) : null}
      </DataList>
    </section>
  );
}
