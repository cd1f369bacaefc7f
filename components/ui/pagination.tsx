/** NL Design System "Pagination": previous / page x of y / next, as plain links (works without JavaScript). */
import Link from "next/link";

export function Pagination({ pagina, aantalPaginas, href, label = "Paginering" }: { pagina: number; aantalPaginas: number; href: (pagina: number) => string; label?: string }) {
  if (aantalPaginas <= 1) return null;
  return (
    <nav aria-label={label} className="my-4 flex flex-wrap items-center gap-3">
      {pagina > 1 ? (
        <Link href={href(pagina - 1)} rel="prev">
          Vorige pagina
        </Link>
      ) : null}
      <span aria-current="page">
        Pagina {pagina} van {aantalPaginas}
      </span>
      {pagina < aantalPaginas ? (
        <Link href={href(pagina + 1)} rel="next">
          Volgende pagina
        </Link>
      ) : null}
    </nav>
  );
}
