import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { vereisPaginaPermissie } from "@/lib/auth/pagina";
import { huidigeHuisstijl } from "@/lib/data/huisstijl";
import { THEMAS } from "@/lib/huisstijl";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { Paragraph } from "@/components/ui/paragraph";
import { HuisstijlForm, LogoForm, VerwijderLogoForm } from "./form";
import { isGeuploadLogo } from "@/lib/data/huisstijl";
import { instellingen } from "@/lib/instellingen";

export const metadata: Metadata = { title: "Huisstijl" };

export default async function HuisstijlPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string; logo?: string }> }) {
  const user = await requireStaffPage("/beheer/huisstijl");
  vereisPaginaPermissie(user, "huisstijl:manage");
  const [huisstijl, { opgeslagen, logo }, inst] = await Promise.all([huidigeHuisstijl(), searchParams, instellingen()]);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Huisstijl" }]} />
      <Heading level={1}>Huisstijl</Heading>
      <Paragraph lead>Kies de kleuren en het logo van de gemeente. De hele website past zich aan, ook de kaart.</Paragraph>
      {opgeslagen ? (
        <Alert type="ok" role="status">
          De huisstijl is opgeslagen.
        </Alert>
      ) : null}
      {logo ? (
        <Alert type="ok" role="status">
          {logo === "verwijderd" ? "Het logo is verwijderd." : "Het logo is opgeslagen. U ziet het nu in de kop van elke pagina."}
        </Alert>
      ) : null}
      <Paragraph>
        Kleuren moeten goed leesbaar zijn: tekst in de kleur op wit, en witte tekst op de kleur, heeft een contrast van minstens 4,5 : 1 (WCAG AA). Een te lichte kleur
        wordt geweigerd. Laat een kleur leeg om de kleur van het voorbeeldthema te gebruiken.
      </Paragraph>
      <HuisstijlForm
        themas={Object.entries(THEMAS).map(([value, t]) => ({ value, label: t.naam, hint: `Hoofdkleur ${t.hoofdkleur}` }))}
        defaults={{ thema: huisstijl.thema, hoofdkleur: huisstijl.hoofdkleur ?? "", accentkleur: huisstijl.accentkleur ?? "", logoUrl: huisstijl.logoUrl ?? "" }}
      />
      <Heading level={2}>Logo</Heading>
      {isGeuploadLogo(huisstijl.logoUrl) ? (
        <>
          <Paragraph>Het huidige logo:</Paragraph>
          {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded logo of any size */}
          <img src={huisstijl.logoUrl!} alt={`Logo van gemeente ${inst.gemeenteNaam}`} className="mb-4 h-12 w-auto border border-line bg-brand p-1" />
          <VerwijderLogoForm />
        </>
      ) : null}
      <LogoForm />
    </div>
  );
}
