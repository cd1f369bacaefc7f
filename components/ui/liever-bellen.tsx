/**
 * "Liever bellen of langskomen?" (issue 12 point 12): under every resident form, the gemeente's phone
 * number and visiting address from the instellingen, for people who cannot or will not do it online.
 * Shows nothing when the gemeente has set neither.
 */
import { instellingen } from "@/lib/instellingen";
import { alertClass } from "./alert";

/**
 * For a page: `{await lieverBellen()}`. The settings are read here and the block itself renders
 * synchronously, so a page also renders with renderToStaticMarkup (integration tests).
 */
export async function lieverBellen(kop: 2 | 3 = 2) {
  const { telefoon, adres, gemeenteNaam } = await instellingen();
  return <LieverBellen kop={kop} telefoon={telefoon} adres={adres} gemeenteNaam={gemeenteNaam} />;
}

export function LieverBellen({ kop = 2, telefoon, adres, gemeenteNaam }: { kop?: 2 | 3; telefoon: string | null; adres: string | null; gemeenteNaam: string }) {
  if (!telefoon && !adres) return null;
  const Kop = kop === 2 ? "h2" : "h3";
  const regels = (adres ?? "").split("\n").map((r) => r.trim()).filter(Boolean);
  return (
    <aside aria-labelledby={`liever-bellen-${kop}`} className={alertClass("info")}>
      <Kop id={`liever-bellen-${kop}`} className="mt-0 text-lg">
        Liever bellen of langskomen?
      </Kop>
      <p>
        Dat kan ook. Wij helpen u graag.
        {telefoon ? (
          <>
            {" "}
            Bel de gemeente {gemeenteNaam}: <a href={`tel:${telefoon.replace(/[^\d+]/g, "")}`}>{telefoon}</a>.
          </>
        ) : null}
      </p>
      {regels.length ? (
        <p>
          Of kom langs:{" "}
          {regels.map((r, i) => (
            <span key={i}>
              {i > 0 ? ", " : null}
              {r}
            </span>
          ))}
          .
        </p>
      ) : null}
    </aside>
  );
}
