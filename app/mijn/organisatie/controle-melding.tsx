/** On a member's edit page: "sent for a check" after saving, and the change that still waits for staff. */
import { Alert } from "@/components/ui/alert";
import { datumTijd } from "@/lib/format";
import type { OpenVoorstel } from "@/lib/data/kaart/voorstellen";

export function ControleMelding({ opgeslagen, ingediend, open, wat }: { opgeslagen: boolean; ingediend: boolean; open: OpenVoorstel | null; wat: "plek" | "activiteit" }) {
  return (
    <>
      {opgeslagen ? (
        <Alert type="ok" role="status">
          De {wat} is opgeslagen.
        </Alert>
      ) : null}
      {ingediend ? (
        <Alert type="ok" role="status">
          Uw wijziging is verstuurd. Een medewerker van de gemeente controleert hem. Daarna staat hij op de kaart. U krijgt een e-mail.
        </Alert>
      ) : null}
      {open ? (
        <section aria-labelledby="wacht-kop" className="mb-6 border-l-4 border-brand pl-4">
          <h2 id="wacht-kop" className="text-[1.2rem]">
            Wacht op controle
          </h2>
          <p>
            Op {datumTijd(open.createdAt)} stuurde {open.door ?? "een lid"} deze wijziging. Hij staat nog niet op de kaart. Het formulier hieronder toont wat nu op
            de kaart staat. Slaat u opnieuw op, dan vervangt dat de wijziging die wacht.
          </p>
          <ul>
            {open.verschillen.map((v) => (
              <li key={v.veld}>
                {v.label}: {v.na}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
