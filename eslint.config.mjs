import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const AUDIT_ALLEEN_VIA_WRITEAUDIT = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.object.property.name='auditLog'][callee.property.name=/^(create|createMany|createManyAndReturn|upsert)$/]",
  message: "Schrijf audit-regels alleen met writeAudit uit lib/audit.ts (getypte actie, één label-tabel).",
};

/** A local rule: an exception to no-restricted-syntax must say why (`// eslint-disable-next-line no-restricted-syntax -- reason`). */
const lokaal = {
  rules: {
    "uitzondering-met-reden": {
      meta: { type: "problem", schema: [], docs: { description: "eslint-disable for no-restricted-syntax needs a reason after --" } },
      create(context) {
        return {
          Program() {
            for (const c of context.sourceCode.getAllComments()) {
              if (/eslint-disable(?:-next-line|-line)?\b[^\n]*no-restricted-syntax/.test(c.value) && !/\s--\s*\S/.test(c.value)) {
                context.report({ loc: c.loc, message: "Zet de reden achter de uitzondering: `eslint-disable-next-line no-restricted-syntax -- <waarom>`." });
              }
            }
          },
        };
      },
    },
  },
};
/** A file whose first statement is the "use server" directive (a module of server actions). */
const SERVER = "Program[body.0.directive='use server']";
const ALLEEN_ACTIE = "Een server action maakt u met `export const xAction = actie({...})` uit lib/actions.ts (issue 11); zet helpers in lib/.";

/** Server actions only through the builder: in a "use server" file every export is `export const X = actie(...)`. */
const serverActieRegels = [
  { selector: `${SERVER} > ExportNamedDeclaration > FunctionDeclaration`, message: ALLEEN_ACTIE },
  { selector: `${SERVER} > ExportNamedDeclaration > VariableDeclaration[kind!='const']`, message: ALLEEN_ACTIE },
  {
    selector: `${SERVER} > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator:not([init.type='CallExpression'][init.callee.type='Identifier'][init.callee.name='actie'])`,
    message: ALLEEN_ACTIE,
  },
  { selector: `${SERVER} > ExportNamedDeclaration[declaration=null]`, message: ALLEEN_ACTIE },
  { selector: `${SERVER} > ExportNamedDeclaration > :not(VariableDeclaration, FunctionDeclaration)`, message: ALLEEN_ACTIE },
  { selector: `${SERVER} > ExportDefaultDeclaration`, message: ALLEEN_ACTIE },
  { selector: `${SERVER} > ExportAllDeclaration`, message: ALLEEN_ACTIE },
  {
    // No inline server actions inside components or other functions: they would bypass the builder.
    selector: ":function > BlockStatement > ExpressionStatement[directive='use server']",
    message: "Geen inline 'use server' in een functie of component: maak de action in app/**/actions.ts met actie({...}).",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    // Dutch dates, amounts and numbers come from lib/format.ts only (issue 11): one set of formatters,
    // made once, in Europe/Amsterdam.
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    ignores: ["lib/format.ts", "**/*.test.ts", "tests/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["toLocaleString", "toLocaleDateString", "toLocaleTimeString"].map((property) => ({
          property,
          message: "Use the formatters in lib/format.ts (datum, datumTijd, euro, getal, afstand...).",
        })),
        ...["DateTimeFormat", "NumberFormat"].map((property) => ({
          object: "Intl",
          property,
          message: "Use the formatters in lib/format.ts; add a new one there if none fits.",
        })),
      ],
    },
  },
  {
    // Audit rows are written only through writeAudit (lib/audit.ts): one typed list of actions, one label table.
    files: ["**/*.{js,mjs,cjs,ts,mts,cts,tsx}"],
    ignores: ["lib/audit.ts", "tests/**", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        AUDIT_ALLEEN_VIA_WRITEAUDIT,
        // (one no-restricted-syntax list per file set: a later block replaces this one, not adds to it)
        ...serverActieRegels,
      ],
    },
  },
  {
    // No inline style objects in pages and components (docs/decisions/0005, issue 12): Tailwind utilities
    // on the theme tokens. A truly dynamic value (a bar's length, a category colour) may stay, with
    // `// eslint-disable-next-line no-restricted-syntax -- <reason>` (the reason is required).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { lokaal },
    rules: {
      "no-restricted-syntax": [
        "error",
        AUDIT_ALLEEN_VIA_WRITEAUDIT,
        {
          selector: "JSXAttribute[name.name='style'] > JSXExpressionContainer > ObjectExpression",
          message: "Geen inline style-object: gebruik Tailwind-klassen op de thema-tokens (docs/decisions/0005) of een component uit components/ui.",
        },
        ...serverActieRegels,
      ],
      "lokaal/uitzondering-met-reden": "error",
      // Pages and components reach the database only through lib/data (docs/decisions/0002, issue 11).
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/generated/prisma/**", "**/generated/prisma", "@prisma/client", "@prisma/client/*"], message: "Geen Prisma in app/ of components/: gebruik een functie uit lib/data (types via lib/)." },
            { group: ["**/lib/db", "**/lib/db.ts", "@/lib/db"], message: "Geen database in app/ of components/: gebruik een functie uit lib/data." },
          ],
        },
      ],
    },
  },
];
export default config;
