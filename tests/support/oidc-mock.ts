/**
 * A real, local OpenID Connect provider for the e2e tests (oauth2-mock-server): discovery, JWKS,
 * authorization code with PKCE, signed ID tokens. /authorize signs in at once as OIDC_TEST_USER.
 */
import { OAuth2Server } from "oauth2-mock-server";

export const OIDC_TEST_USER = { sub: "gemeente-1234", email: "oidc.bewoner@test.example", name: "Olivier Oidc" };
export const OIDC_CLIENT = { id: "sociale-basis-e2e", secret: "e2e-oidc-geheim" };

export async function startOidcMock() {
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  server.service.on("beforeTokenSigning", (token: { payload: Record<string, unknown> }) => {
    Object.assign(token.payload, OIDC_TEST_USER);
  });
  await server.start(0, "127.0.0.1");
  return {
    issuer: server.issuer.url!,
    env: { OIDC_ISSUER: server.issuer.url!, OIDC_CLIENT_ID: OIDC_CLIENT.id, OIDC_CLIENT_SECRET: OIDC_CLIENT.secret },
    stop: () => server.stop(),
  };
}
