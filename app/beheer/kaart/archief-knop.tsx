import Link from "next/link";
import { ActionButton } from "@/components/form/action-button";
import { Alert } from "@/components/ui/alert";
import { kaartArchiefAction } from "./actions";

/** Status line with the public link and the archive / restore button (a div: ActionButton is a form). */
export function ArchiefKnop({ soort, id, slug, status }: { soort: "plek" | "activiteit"; id: string; slug: string; status: string }) {
  const wat = soort === "plek" ? "Deze plek" : "Deze activiteit";
  if (status === "GEARCHIVEERD") {
    return (
      <div className="mb-4">
        <Alert type="warning">
          {wat} is gearchiveerd en staat niet meer op de kaart. Wie het oude adres opent, ziet dat {soort === "plek" ? "de plek" : "de activiteit"} niet meer bestaat.
        </Alert>
        <ActionButton action={kaartArchiefAction} fields={{ id, soort, actie: "herstellen" }} label="Terugzetten op de kaart" />
      </div>
    );
  }
  return (
    <div className="mb-4">
      {status === "GEPUBLICEERD" ? (
        <>
          {wat} staat op de kaart: <Link href={`/kaart/${soort}/${slug}`}>bekijk de openbare pagina</Link>.{" "}
        </>
      ) : (
        <>{wat} is een concept en nog niet openbaar. </>
      )}
      <ActionButton action={kaartArchiefAction} fields={{ id, soort, actie: "archiveren" }} label="Archiveren" variant="secondary" />
    </div>
  );
}
