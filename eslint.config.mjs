import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layering of docs/architecture.md, checked rather than hoped for:
//   app/ (routes, pages, thin actions) → components/ (presentation) → lib/<capability> → lib/db.
const PRISMA_PACKAGES = ["@prisma/client", "@prisma/adapter-pg", "pglite-prisma-adapter"];
const prismaPackages = { group: PRISMA_PACKAGES, message: "Only lib/db builds the Prisma client; use lib/db." };
const databaseLayer = {
  group: ["@/lib/db", "@/lib/db/**", "**/lib/db", "**/lib/db/**"],
  message:
    "Pages and components reach data through a capability's queries and commands; enums come from @/lib/domain/enums.",
};
const appLayer = {
  group: ["@/app/**", "**/app/**"],
  message: "Only app/ knows its routes and actions; pass an action to a component as a prop.",
};
const presentationLayer = {
  group: ["@/components/**", "**/components/**"],
  message: "lib/ holds no presentation; move what both need into lib/.",
};

// Every in-app link shows the navigation progress bar: it comes from components/ui/link.
const nextLink = {
  name: "next/link",
  importNames: ["default"],
  message: "Use Link from @/components/ui/link, which shows that the page is on its way.",
};

// Who may do what is the capability policies' business: app/ and components/ ask a named question
// (canOpenDisputes(user) …) and never compare roles themselves.
const roleLiteral = {
  selector: "Literal[value=/^(LIAISON|OFFICER|CHIEF|ADMIN)$/]",
  message: "Ask the capability's policy a named question instead of naming a role here.",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "lib/db/generated/**",
      ".data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "artifacts/**",
    ],
  },
  {
    rules: { "no-restricted-imports": ["error", { patterns: [prismaPackages] }] },
  },
  {
    // Logs go through lib/log: JSON lines with the request id and personal data redacted.
    // scripts/ and tests/ talk to a person at a terminal and may print.
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    rules: { "no-console": "error" },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [nextLink], patterns: [prismaPackages, databaseLayer] }],
      "no-restricted-syntax": ["error", roleLiteral],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [nextLink], patterns: [prismaPackages, databaseLayer, appLayer] }],
    },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaPackages, databaseLayer, appLayer] }] },
  },
  {
    files: ["lib/**"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [prismaPackages, appLayer, presentationLayer] }],
    },
  },
  {
    files: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [appLayer, presentationLayer] }] },
  },
];

export default config;
