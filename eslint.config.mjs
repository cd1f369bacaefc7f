import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.object.property.name='auditLog'][callee.property.name=/^(create|createMany|createManyAndReturn|upsert)$/]",
          message: "Schrijf audit-regels alleen met writeAudit uit lib/audit.ts (getypte actie, één label-tabel).",
        },
      ],
    },
  },
];
export default config;
