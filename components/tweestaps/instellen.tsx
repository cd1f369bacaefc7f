/** Set-up of the authenticator app: QR code (server-rendered SVG image), the secret as text, and recovery codes. */
import QRCode from "qrcode";
import { totpUri } from "@/lib/auth/totp-kern";
import { env } from "@/lib/env";

function groups(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

export async function TweestapsInstellen({ email, geheim, codes }: { email: string; geheim: string; codes: string[] }) {
  const uri = totpUri(geheim, email, env().GEMEENTE_NAAM);
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return (
    <>
      <h2>Stap 1. Zet de code in uw app</h2>
      <p>
        Open een authenticator-app op uw telefoon, zoals Google Authenticator, Microsoft Authenticator of FreeOTP. Kies
        &apos;Account toevoegen&apos; en scan deze QR-code.
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing to optimise */}
      <img src={src} alt="QR-code om Sociale Basis toe te voegen aan uw authenticator-app" width={200} height={200} />
      <p>Scannen lukt niet? Typ dan deze sleutel over in de app (kies &apos;op tijd gebaseerd&apos;):</p>
      <p>
        <code className="text-[1.2rem] break-all" data-testid="totp-sleutel">
          {groups(geheim)}
        </code>
      </p>
      <h2>Stap 2. Bewaar uw herstelcodes</h2>
      <p>
        Bent u uw telefoon kwijt? Dan logt u in met een van deze herstelcodes. Elke code werkt één keer. Schrijf ze op of
        print ze, en bewaar ze op een veilige plek. U ziet ze maar één keer.
      </p>
      <ul className="columns-2 list-none pl-0 text-[1.1rem]" aria-label="Herstelcodes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
