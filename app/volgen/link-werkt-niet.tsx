import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/** The manage pages of Volg je wijk and Volg dit initiatief, for a token that finds nothing: a Dutch page, not an error. */
export function LinkWerktNiet({ children }: { children?: ReactNode }) {
  return (
    <>
      <h1>Deze link werkt niet</h1>
      <Alert type="error" role="alert">
        Deze link klopt niet, of is vervangen door een nieuwere link. Kijk in de laatste e-mail die u van ons kreeg.
      </Alert>
      {children}
    </>
  );
}
