/** Who is signed in: loaded once from /api/auth/me, with the profile (name, body) beside it. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, ApiError } from "./api.ts";
import type { Me, Profile, Role } from "./types.ts";

interface AuthState {
  me: Me | null;
  profile: Profile | null;
  loading: boolean;
  signIn: (email: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}

export const isBodyRole = (role: Role | undefined) => role === "body_officer" || role === "body_head";

export function homeFor(role: Role): string {
  if (isBodyRole(role)) return "/body";
  if (role === "ministry_analyst") return "/evaluation";
  return "/admin/bodies";
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loading, setLoading] = useState(true);

  const loadProfile = useCallback(async () => {
    setProfile(await api<Profile>("/api/workspace/me").catch(() => null));
  }, []);

  useEffect(() => {
    api<Me>("/api/auth/me")
      .then(async (who) => {
        setMe(who);
        await loadProfile();
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) console.error(error);
      })
      .finally(() => setLoading(false));
  }, [loadProfile]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const who = await api<Me>("/api/auth/sign-in", { method: "POST", body: { email, password } });
      setMe(who);
      await loadProfile();
      return who;
    },
    [loadProfile],
  );

  const signOut = useCallback(async () => {
    await api<void>("/api/auth/sign-out", { method: "POST" }).catch(() => undefined);
    setMe(null);
    setProfile(null);
  }, []);

  const value = useMemo(() => ({ me, profile, loading, signIn, signOut }), [me, profile, loading, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
