/** Outgoing e-mail through SMTP (nodemailer). Without SMTP_URL (local demo) mails go to the server log. */
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "./env.ts";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058) on the wijk digest. */
  headers?: Record<string, string>;
}

let transporter: Transporter | null = null;
function transport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

export async function sendMail(mail: Mail): Promise<void> {
  const t = transport();
  if (!t) {
    // Never in production (lib/env.ts requires SMTP_URL there): a mail may hold a sign-in link.
    if (env().APP_ENV === "production") throw new Error("E-mail kan niet worden verstuurd: SMTP_URL ontbreekt.");
    console.info(`[e-mail niet verstuurd: geen SMTP_URL] Aan: ${mail.to}\nOnderwerp: ${mail.subject}\n\n${mail.text}\n`);
    return;
  }
  await t.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers });
}

/** Sends without letting a mail failure undo the user's action; failures are logged. */
export async function sendMailSafe(mail: Mail): Promise<boolean> {
  try {
    await sendMail(mail);
    return true;
  } catch (e) {
    console.warn(`E-mail aan ${mail.to} kon niet worden verstuurd:`, (e as Error).message);
    return false;
  }
}
