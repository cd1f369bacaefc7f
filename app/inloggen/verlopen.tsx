/** Shown on the second-step pages when the pending sign-in is missing or expired. */
import Link from "next/link";

export function VerlopenInlogpoging({ titel }: { titel: string }) {
  return (
    <div className="max-w-3xl">
      <h1>{titel}</h1>
      <p>Uw inlogpoging is verlopen of nog niet begonnen.</p>
      <p>
        <Link href="/inloggen">Log opnieuw in met uw e-mailadres en wachtwoord</Link>.
      </p>
    </div>
  );
}
