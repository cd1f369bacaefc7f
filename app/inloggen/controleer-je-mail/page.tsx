import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Kijk in uw e-mail" };

export default async function ControleerMailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <div className="max-w-3xl">
      <h1>Kijk in uw e-mail</h1>
      <Alert type="ok" role="status">
        We hebben een inloglink gestuurd{email ? <> naar <strong>{email}</strong></> : null}.
      </Alert>
      <p>Klik op de link in de e-mail om in te loggen. De link werkt 30 minuten en maar één keer.</p>
      <p>
        Geen e-mail gekregen? Kijk ook bij ongewenste e-mail (spam). Of <Link href="/inloggen">vraag een nieuwe link aan</Link>.
      </p>
    </div>
  );
}
