/**
 * NL Design System "Table" with a caption. On a phone (below 40rem) it reflows instead of scrolling
 * sideways: every row becomes a block and every cell shows its column header in front of it (issue 12
 * point 3: no scroll region the keyboard cannot reach). The header texts are copied from <thead> to
 * a data-label on each cell of <tbody> here, on the server: no JavaScript in the browser.
 */
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

type El = ReactElement<{ children?: ReactNode; className?: string; colSpan?: number; "data-label"?: string }>;

/** Plain text of a React node (for the data-label of the cells). */
export function tekstVan(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(tekstVan).join("");
  if (isValidElement(node)) {
    const props = node.props as { children?: ReactNode; className?: string };
    if (props.className?.split(" ").includes("sr-only") && typeof node.type === "string") return tekstVan(props.children);
    return tekstVan(props.children);
  }
  return "";
}

function elementen(children: ReactNode): El[] {
  const out: El[] = [];
  Children.forEach(children, (c) => {
    if (isValidElement(c)) out.push(c as El);
  });
  return out;
}

function kopteksten(thead: El | undefined): string[] {
  if (!thead) return [];
  const rij = elementen(thead.props.children).find((e) => e.type === "tr");
  if (!rij) return [];
  const labels: string[] = [];
  for (const cel of elementen(rij.props.children)) {
    const tekst = tekstVan(cel.props.children).trim();
    for (let i = 0; i < (cel.props.colSpan ?? 1); i++) labels.push(tekst);
  }
  return labels;
}

function metLabels(tbody: El, labels: string[]): El {
  const rijen = Children.map(tbody.props.children, (rij) => {
    if (!isValidElement(rij) || rij.type !== "tr") return rij;
    let kolom = 0;
    const cellen = Children.map((rij as El).props.children, (cel) => {
      if (!isValidElement(cel) || (cel.type !== "td" && cel.type !== "th")) return cel;
      const c = cel as El;
      const label = labels[kolom];
      kolom += c.props.colSpan ?? 1;
      return label && !c.props["data-label"] ? cloneElement(c, { "data-label": label }) : c;
    });
    return cloneElement(rij as El, {}, cellen);
  });
  return cloneElement(tbody, {}, rijen);
}

const TABLE =
  "my-3 mb-5 w-full border-collapse " +
  "[&_caption]:mb-2 [&_caption]:text-left [&_caption]:font-bold " +
  "[&_:is(th,td)]:border-b [&_:is(th,td)]:border-line [&_:is(th,td)]:px-2 [&_:is(th,td)]:py-[0.45rem] [&_:is(th,td)]:text-left [&_:is(th,td)]:align-top " +
  "[&_thead_th]:bg-soft [&_tbody_th]:font-bold " +
  // Phone: rows become blocks, the header row is read from each cell's label.
  "max-sm:[&_thead]:sr-only max-sm:[&_:is(tbody,tr,td,tbody_th)]:block " +
  "max-sm:[&_tbody_tr]:border-b-2 max-sm:[&_tbody_tr]:border-line max-sm:[&_tbody_tr]:py-2 " +
  "max-sm:[&_:is(td,tbody_th)]:border-0 max-sm:[&_:is(td,tbody_th)]:px-0 max-sm:[&_:is(td,tbody_th)]:py-0.5 " +
  "max-sm:[&_td[data-label]]:before:block max-sm:[&_td[data-label]]:before:font-bold max-sm:[&_td[data-label]]:before:content-[attr(data-label)]";

/** A numeric cell (amounts, counts): right-aligned with tabular figures on a wide screen. */
export const numClass = "sm:text-right tabular-nums";

export function Table({ caption, className, id, children, ...rest }: { caption?: ReactNode; className?: string; id?: string; children: ReactNode; "data-testid"?: string }) {
  const delen = elementen(children);
  const labels = kopteksten(delen.find((e) => e.type === "thead"));
  const inhoud = Children.map(children, (c) => (isValidElement(c) && c.type === "tbody" ? metLabels(c as El, labels) : c));
  return (
    <table id={id} {...rest} className={`${TABLE}${className ? ` ${className}` : ""}`}>
      {caption ? <caption>{caption}</caption> : null}
      {inhoud}
    </table>
  );
}
