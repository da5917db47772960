/**
 * A small but real OpenID Connect provider on 127.0.0.1 for tests (never the internet): discovery,
 * JWKS, an authorization endpoint that signs in whoever the test chose, and a token endpoint that
 * checks the client, the code, the redirect URI and the PKCE verifier before it returns an RS256
 * ID token signed with jose. It stands in for eGov's IDP the way a local SMTP server stands in for mail.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export interface TestIdentity {
  sub: string;
  email?: string;
  email_verified?: boolean;
  iin?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the next authorization signs in. */
  nextIdentity: TestIdentity;
  tokenRequests: number;
  close(): Promise<void>;
}

export async function startTestOidcProvider(): Promise<TestOidcProvider> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const codes = new Map<string, { identity: TestIdentity; nonce: string; challenge: string; redirectUri: string }>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider: TestOidcProvider = {
    issuer,
    clientId: "pikir-test",
    clientSecret: randomBytes(16).toString("hex"),
    nextIdentity: { sub: "nobody" },
    tokenRequests: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const json = (res: import("node:http").ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  server.on("request", (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_post"],
      });
    }
    if (url.pathname === "/jwks") return json(res, 200, { keys: [jwk] });
    if (url.pathname === "/authorize") {
      const q = url.searchParams;
      if (
        q.get("client_id") !== provider.clientId ||
        q.get("code_challenge_method") !== "S256" ||
        !q.get("code_challenge")
      )
        return json(res, 400, { error: "invalid_request" });
      const code = randomBytes(16).toString("hex");
      codes.set(code, {
        identity: provider.nextIdentity,
        nonce: q.get("nonce") ?? "",
        challenge: q.get("code_challenge")!,
        redirectUri: q.get("redirect_uri")!,
      });
      const back = new URL(q.get("redirect_uri")!);
      back.searchParams.set("code", code);
      back.searchParams.set("state", q.get("state") ?? "");
      res.writeHead(302, { location: back.href }).end();
      return;
    }
    if (url.pathname === "/token" && req.method === "POST") {
      let raw = "";
      req.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      req.on("end", () => {
        void (async () => {
          provider.tokenRequests++;
          const form = new URLSearchParams(raw);
          const grant = codes.get(form.get("code") ?? "");
          codes.delete(form.get("code") ?? "");
          const challenge = createHash("sha256")
            .update(form.get("code_verifier") ?? "")
            .digest("base64url");
          if (
            !grant ||
            form.get("client_id") !== provider.clientId ||
            form.get("client_secret") !== provider.clientSecret ||
            form.get("redirect_uri") !== grant.redirectUri ||
            challenge !== grant.challenge
          )
            return json(res, 400, { error: "invalid_grant" });
          const { sub, ...claims } = grant.identity;
          const idToken = await new SignJWT({ ...claims, nonce: grant.nonce })
            .setProtectedHeader({ alg: "RS256", kid: "test-key" })
            .setIssuer(issuer)
            .setAudience(provider.clientId)
            .setSubject(sub)
            .setIssuedAt()
            .setExpirationTime("5m")
            .sign(privateKey);
          json(res, 200, {
            access_token: randomBytes(16).toString("hex"),
            token_type: "Bearer",
            expires_in: 300,
            id_token: idToken,
          });
        })();
      });
      return;
    }
    json(res, 404, { error: "not_found" });
  });
  return provider;
}
