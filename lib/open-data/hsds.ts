/**
 * Open Referral HSDS 3.x export of the public sociale kaart (/api/open-data/hsds.json).
 *
 * Field names and required fields follow the schema files in github.com/openreferral/specification
 * (branch 3.x, schema/*.json, read at commit 67e7b37): organization (id, name, description),
 * service (id, name, status; organization_id), location (id, location_type), service_at_location
 * (id; service_id, location_id), schedule (id), address (id, address_1, city, state_province,
 * postal_code, country, address_type), phone (id, number).
 *
 * Our model -> HSDS:
 *  - Organisatie -> organization. Places and activities without one belong to the municipality's own
 *    organization (id "gemeente"), because a service needs an organization_id.
 *  - Plek -> location (physical, WGS84, with its address and phone) AND a service "<plek>" (what
 *    the place offers by itself, e.g. walking in), with its opening hours as weekly schedules.
 *  - Activiteit -> service, at the location of its plek (service_at_location); a dated activity gets
 *    a one-off schedule (valid_from = valid_to = its date).
 * Ids are stable and prefixed ("plek-<id>", "activiteit-<id>", "organisatie-<id>"), so a re-import
 * can update by external id. Times (opens_at, closes_at) are local time in Europe/Amsterdam.
 */
import { amsterdamseDag, amsterdamseKlok } from "../format.ts";
import { DAGEN, leesOpeningstijden } from "../kaart/openingstijden.ts";

export const HSDS_VERSIE = "3.0";
const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

export interface HsdsBron {
  gemeente: string;
  appUrl: string;
  nu: Date;
  organisaties: { id: string; naam: string; beschrijving: string | null; website: string | null; email: string | null; telefoon: string | null }[];
  plekken: {
    id: string; slug: string; naam: string; beschrijving: string; adres: string | null; postcode: string | null; plaats: string | null; lat: number; lng: number;
    telefoon: string | null; email: string | null; website: string | null; organisatieId: string | null; openingstijden: unknown; rolstoeltoegankelijk: boolean;
    categorie: string; wijk: string; doelgroepen?: string[]; updatedAt: Date;
  }[];
  activiteiten: {
    id: string; slug: string; titel: string; beschrijving: string; plekId: string | null; organisatieId: string | null; start: Date | null; eind: Date | null;
    herhaling: string | null; kosten: string | null; aanmelden: string | null; wijk: string; doelgroepen?: string[]; updatedAt: Date;
  }[];
}

type Obj = Record<string, unknown>;

/**
 * Our own classification as HSDS attributes of a service (attribute.json: id, link_type required;
 * link_id, link_entity, taxonomy_term_id, value), so an import (lib/import/kaart-import.ts) gets the
 * categorie, wijk and doelgroepen back: link_type "categorie" | "wijk" | "doelgroep", value = our code.
 */
function attributen(svcId: string, waarden: { categorie?: string; wijk: string; doelgroepen?: string[] }): Obj[] {
  const paren: [string, string][] = [
    ...(waarden.categorie ? [["categorie", waarden.categorie] as [string, string]] : []),
    ["wijk", waarden.wijk],
    ...(waarden.doelgroepen ?? []).map((d) => ["doelgroep", d.toLowerCase()] as [string, string]),
  ];
  return paren.map(([soort, waarde]) => ({
    id: `${svcId}-${soort}-${waarde}`, link_id: svcId, link_entity: "service", link_type: soort, taxonomy_term_id: `${soort}-${waarde}`, value: waarde,
  }));
}

/** Leaves out empty optional fields (HSDS: absent rather than null). */
function schoon<T extends Obj>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== "")) as T;
}

export function maakHsds(b: HsdsBron) {
  const gemeenteOrg = "gemeente";
  const orgId = (id: string | null) => (id ? `organisatie-${id}` : gemeenteOrg);
  const gebruikteOrgs = new Set([...b.plekken.map((p) => p.organisatieId), ...b.activiteiten.map((a) => a.organisatieId)].map(orgId));

  const organizations: Obj[] = [
    schoon({ id: gemeenteOrg, name: `Gemeente ${b.gemeente}`, description: `De sociale kaart van de gemeente ${b.gemeente}: plekken en activiteiten zonder eigen organisatie.`, website: b.appUrl, legal_status: "government" }),
    ...b.organisaties
      .filter((o) => gebruikteOrgs.has(orgId(o.id)))
      .map((o) =>
        schoon({
          id: orgId(o.id),
          name: o.naam,
          description: o.beschrijving ?? o.naam,
          website: o.website,
          email: o.email,
          phones: o.telefoon ? [{ id: `${orgId(o.id)}-telefoon`, organization_id: orgId(o.id), number: o.telefoon }] : undefined,
        }),
      ),
  ];

  const locations: Obj[] = [];
  const services: Obj[] = [];
  const service_at_locations: Obj[] = [];
  const schedules: Obj[] = [];
  const plekIds = new Set(b.plekken.map((p) => p.id));

  for (const p of b.plekken) {
    const locId = `plek-${p.id}`;
    const svcId = `plek-${p.id}`;
    locations.push(
      schoon({
        id: locId,
        location_type: "physical",
        organization_id: orgId(p.organisatieId),
        name: p.naam,
        description: p.beschrijving,
        latitude: p.lat,
        longitude: p.lng,
        external_identifier: p.slug,
        external_identifier_type: "sociale-kaart-slug",
        addresss:
          p.adres && p.plaats
            ? [{ id: `${locId}-adres`, location_id: locId, address_1: p.adres, city: p.plaats, region: b.gemeente, state_province: "", postal_code: p.postcode ?? "", country: "NL", address_type: "physical" }]
            : undefined,
        phones: p.telefoon ? [{ id: `${locId}-telefoon`, location_id: locId, number: p.telefoon }] : undefined,
        accessibilitys: p.rolstoeltoegankelijk ? [{ id: `${locId}-toegankelijk`, location_id: locId, description: "Rolstoeltoegankelijk" }] : undefined,
      }),
    );
    services.push(
      schoon({
        id: svcId,
        organization_id: orgId(p.organisatieId),
        name: p.naam,
        description: p.beschrijving,
        // The place's own website when it has one, else its page on this portal.
        url: p.website ?? `${b.appUrl}/kaart/plek/${p.slug}`,
        email: p.email,
        status: "active",
        assured_date: amsterdamseDag(p.updatedAt).datum,
        attributes: attributen(svcId, p),
      }),
    );
    const salId = `${svcId}@${locId}`;
    service_at_locations.push({ id: salId, service_id: svcId, location_id: locId });
    leesOpeningstijden(p.openingstijden).forEach((o, i) =>
      schedules.push({
        id: `${locId}-open-${i + 1}`,
        service_id: svcId,
        location_id: locId,
        service_at_location_id: salId,
        freq: "WEEKLY",
        interval: 1,
        byday: BYDAY[o.dag - 1],
        opens_at: o.van,
        closes_at: o.tot,
        description: `Elke ${DAGEN[o.dag - 1]} van ${o.van} tot ${o.tot} uur (tijd in Nederland)`,
      }),
    );
  }

  for (const a of b.activiteiten) {
    const svcId = `activiteit-${a.id}`;
    services.push(
      schoon({
        id: svcId,
        organization_id: orgId(a.organisatieId),
        name: a.titel,
        description: a.beschrijving,
        url: `${b.appUrl}/kaart/activiteit/${a.slug}`,
        status: "active",
        fees_description: a.kosten,
        application_process: a.aanmelden,
        assured_date: amsterdamseDag(a.updatedAt).datum,
        attributes: attributen(svcId, a),
      }),
    );
    const locId = a.plekId && plekIds.has(a.plekId) ? `plek-${a.plekId}` : null;
    const salId = locId ? `${svcId}@${locId}` : null;
    if (locId && salId) service_at_locations.push({ id: salId, service_id: svcId, location_id: locId });
    if (a.start || a.herhaling) {
      const dag = a.start ? amsterdamseDag(a.start).datum : undefined;
      schedules.push(
        schoon({
          id: `${svcId}-tijd`,
          service_id: svcId,
          location_id: locId,
          service_at_location_id: salId,
          valid_from: dag,
          valid_to: a.start ? amsterdamseDag(a.eind ?? a.start).datum : undefined,
          dtstart: dag,
          opens_at: a.start ? amsterdamseKlok(a.start).tijd : undefined,
          closes_at: a.eind ? amsterdamseKlok(a.eind).tijd : undefined,
          description: a.herhaling ?? undefined,
          schedule_link: `${b.appUrl}/kaart/activiteit/${a.slug}`,
        }),
      );
    }
  }

  return {
    // Not HSDS objects: a small header so a reader knows what this file is.
    hsds_version: HSDS_VERSIE,
    profile: "https://docs.openreferral.org/en/latest/hsds/",
    publisher: `Gemeente ${b.gemeente}`,
    generated_at: b.nu.toISOString(),
    organizations,
    services,
    locations,
    service_at_locations,
    schedules,
  };
}

/** Dutch headers of the public CSV export (/api/open-data/kaart.csv), in column order. */
export const KAART_CSV_KOPPEN = [
  "soort", "id", "naam", "beschrijving", "categorie", "wijk", "organisatie", "adres", "postcode", "plaats", "breedtegraad", "lengtegraad",
  "telefoon", "e-mail", "website", "rolstoeltoegankelijk", "openingstijden", "start", "eind", "herhaling", "kosten", "aanmelden", "plek", "laatst gewijzigd",
] as const;

export function kaartCsvRijen(b: HsdsBron): (string | number | null)[][] {
  const orgNaam = new Map(b.organisaties.map((o) => [o.id, o.naam]));
  const plekNaam = new Map(b.plekken.map((p) => [p.id, p.naam]));
  const coord = (n: number) => String(Math.round(n * 1e6) / 1e6).replace(".", ",");
  const tijd = (d: Date | null) => (d ? `${amsterdamseDag(d).datum} ${amsterdamseKlok(d).tijd}` : null);
  const rijen: (string | number | null)[][] = [[...KAART_CSV_KOPPEN]];
  for (const p of b.plekken) {
    const open = leesOpeningstijden(p.openingstijden).map((o) => `${DAGEN[o.dag - 1]} ${o.van}-${o.tot}`).join(", ");
    rijen.push([
      "plek", p.slug, p.naam, p.beschrijving, p.categorie, p.wijk, p.organisatieId ? (orgNaam.get(p.organisatieId) ?? null) : null, p.adres, p.postcode, p.plaats,
      coord(p.lat), coord(p.lng), p.telefoon, p.email, p.website, p.rolstoeltoegankelijk ? "ja" : "nee", open, null, null, null, null, null, null, amsterdamseDag(p.updatedAt).datum,
    ]);
  }
  for (const a of b.activiteiten) {
    rijen.push([
      "activiteit", a.slug, a.titel, a.beschrijving, null, a.wijk, a.organisatieId ? (orgNaam.get(a.organisatieId) ?? null) : null, null, null, null, null, null,
      null, null, null, null, null, tijd(a.start), tijd(a.eind), a.herhaling, a.kosten, a.aanmelden, a.plekId ? (plekNaam.get(a.plekId) ?? null) : null, amsterdamseDag(a.updatedAt).datum,
    ]);
  }
  return rijen;
}
