/** The resident's link from the mail after an initiative was filled in and submitted for them at the kitchen table. */
import type { Metadata } from "next";
import { OvernamePagina } from "@/app/beheer/keukentafel/overname-pagina";

export const metadata: Metadata = { title: "Initiatief overnemen", robots: { index: false } };

export default async function InitiatiefOvernemenPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <OvernamePagina token={token} soort="initiatief" />;
}
