import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUserPage } from "@/lib/auth/session";
import { getMijnProfiel } from "@/lib/data/vrijwilligers";
import { listWijken } from "@/lib/data/wijken";
import { ProfielForm } from "./form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Mijn vrijwilligersprofiel" };

export default async function MijnVrijwilligerPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const user = await requireUserPage("/mijn/vrijwilliger");
  const { opgeslagen } = await searchParams;
  const [{ profiel, naam, telefoon }, wijken] = await Promise.all([getMijnProfiel(user), listWijken()]);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/mijn", label: "Mijn pagina" }, { label: "Mijn vrijwilligersprofiel" }]} />
      <h1>Mijn vrijwilligersprofiel</h1>
      {opgeslagen ? (
        <Alert type="ok" role="status">
          Uw profiel is opgeslagen. Bedankt dat u wilt helpen!
        </Alert>
      ) : null}
      <p className="text-xl">
        {profiel ? "U staat ingeschreven als vrijwilliger." : "Meld u aan als vrijwilliger."} Vertel waar u mee wilt helpen. Zoekt u nu al
        iets? Bekijk de <Link href="/vrijwilligers/vacatures">vacatures</Link> of de <Link href="/vrijwilligers/hulpvragen">hulpvragen</Link>.
      </p>
      <ProfielForm
        wijken={wijken.map((w) => ({ value: w.id, label: w.naam }))}
        defaults={{
          naam,
          telefoon,
          wijkId: profiel?.wijkId ?? "",
          interesses: profiel?.interesses ?? [],
          beschikbaarheid: profiel?.beschikbaarheid ?? "",
          aanbod: profiel?.aanbod ?? "",
          vindbaar: profiel?.vindbaar ?? false,
        }}
      />
    </div>
  );
}
