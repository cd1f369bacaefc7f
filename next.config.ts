import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers and the WASM engines run in Node.js as-is, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "bcryptjs",
    "nodemailer",
  ],
  poweredByHeader: false,
  // The CBS upload on /beheer/gebieden sends a whole GeoJSON file (a national wijken file is a few MB).
  // Larger files: cut out your gemeente first, or use `npm run import:wijken` (README).
  experimental: { serverActions: { bodySizeLimit: "25mb" } },
  // Render <title> and other metadata in the initial <head> for every client (not streamed later),
  // so screen readers and no-JS visitors always get the page title.
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
        ],
      },
    ];
  },
};

export default nextConfig;
