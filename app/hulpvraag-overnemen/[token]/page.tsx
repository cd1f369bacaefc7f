/** The resident's link from the mail after a hulpvraag was placed for them at the kitchen table. */
import type { Metadata } from "next";
import { OvernamePagina } from "@/app/beheer/keukentafel/overname-pagina";

export const metadata: Metadata = { title: "Hulpvraag overnemen", robots: { index: false } };

export default async function OvernemenPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <OvernamePagina token={token} soort="hulpvraag" />;
}
