/**
 * The adapter point for an external identity provider (issue 7): eGov's IDP speaks OpenID Connect,
 * so one standard client (openid-client: discovery, authorization code + PKCE, ID token checks
 * against the issuer's JWKS) serves eGov and any other conformant provider. Password sign-in stays;
 * the provider is optional and only configured when OIDC_ISSUER is set.
 */
import * as client from "openid-client";

export interface IdentityProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  scopes: string;
  /** The ID-token claim matched against an account's e-mail on the first sign-in. */
  matchClaim: string;
  /** Shown on the sign-in button ("eGov"). */
  label: string;
  /** Only for tests and closed networks: an http:// issuer. */
  allowHttp?: boolean;
}

/** What the browser must bring back to the callback: kept in a short-lived httpOnly cookie. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface ExternalIdentity {
  issuer: string;
  subject: string;
  /** The value of the configured match claim, when the provider sent it (and verified it, for e-mail). */
  match: string | null;
}

export interface IdentityProvider {
  readonly label: string;
  begin(): Promise<{ url: URL; pending: PendingSignIn }>;
  complete(callbackUrl: URL, pending: PendingSignIn): Promise<ExternalIdentity>;
}

export function createOidcProvider(settings: IdentityProviderSettings): IdentityProvider {
  let configuration: Promise<client.Configuration> | undefined;
  // Discovery on first use, and again after a failure (the IDP may have been down at boot).
  const discover = () =>
    (configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None(),
        settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      }));

  return {
    label: settings.label,
    async begin() {
      const config = await discover();
      const pending: PendingSignIn = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: "S256",
      });
      return { url, pending };
    },
    async complete(callbackUrl, pending) {
      const config = await discover();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error("the provider returned no ID token");
      const raw = claims[settings.matchClaim];
      // An e-mail only identifies someone when the provider says it verified it.
      const verified = settings.matchClaim !== "email" || claims.email_verified === true;
      return {
        issuer: claims.iss,
        subject: claims.sub,
        match: typeof raw === "string" && raw && verified ? raw : null,
      };
    },
  };
}
