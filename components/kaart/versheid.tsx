/**
 * Versheid on a public detail page (issue 14): "Gecontroleerd op 3 maart 2026", and the label
 * "Mogelijk verouderd" when nobody confirmed it for the period plus a month, or it was reported as gone.
 */
import { datum } from "@/lib/format";
import { env } from "@/lib/env";
import { isVerouderd, VEROUDERD_LABEL } from "@/lib/versheid/periode";
import { StatusBadge } from "@/components/ui/badge";

export function Versheid({ item }: { item: { laatstGecontroleerd: Date; gemeldNietMeerOp: Date | null } }) {
  const verouderd = isVerouderd(item, new Date(), env().VERSHEID_MAANDEN);
  return (
    <p className="text-muted" data-versheid={verouderd ? "verouderd" : "actueel"}>
      {verouderd ? (
        <>
          <StatusBadge tone="let-op">{VEROUDERD_LABEL}</StatusBadge>{" "}
        </>
      ) : null}
      Gecontroleerd op {datum(item.laatstGecontroleerd)}.
      {verouderd ? <> Deze gegevens zijn lang niet bevestigd. Neem even contact op voordat u erheen gaat.</> : null}
    </p>
  );
}
