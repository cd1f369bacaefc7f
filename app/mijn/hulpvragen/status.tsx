import type { Weergavestatus } from "@/lib/data/hulpvragen";

const LABELS: Record<Weergavestatus, string> = {
  OPEN: "Open",
  GEKOPPELD: "Iemand helpt",
  GESLOTEN: "Gesloten",
  VERBORGEN: "Verborgen door een opbouwwerker",
  VERLOPEN: "Verlopen",
};

export function HulpvraagStatus({ status }: { status: Weergavestatus }) {
  return <span className="status">{LABELS[status]}</span>;
}

export function ContactGegevens({ contact, wie }: { contact: { naam: string | null; email: string; telefoon: string | null }; wie: string }) {
  return (
    <div className="contact-box">
      <p style={{ margin: 0, fontWeight: 700 }}>Contactgegevens van {wie}</p>
      <dl className="facts">
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
      </dl>
    </div>
  );
}
