// Who is signed in. Every feature asks here (not another feature) so imports stay
// app → features → lib/ui. The server enforces roles anyway; this only hides controls.
import { useQuery } from "@tanstack/react-query";
import { hasRole, type TSessionUser } from "@atlas/shared/auth";
import type { TRole } from "@atlas/shared/enums";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { queryClient, trpc, trpcClient } from "./trpc.ts";
import { clearDrafts } from "./drafts.ts";

export const sessionQueryOptions = () => trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 });

export function useSessionUser(): TSessionUser | null {
  return useQuery(sessionQueryOptions()).data ?? null;
}

/** True when the signed-in user has at least this role. */
export function useHasRole(role: TRole): boolean {
  const user = useSessionUser();
  return user ? hasRole(user.role, role) : false;
}

/** The session as auth.me, auth.signIn and auth.changePassword return it: the user and the home region's time zone. */
export type TSession = NonNullable<inferOutput<typeof trpc.auth.me>>;

export function rememberSession(user: TSessionUser | TSession | null): void {
  // auth.signIn returns the home time zone too; a caller typed with the bare user still passes it on at run time.
  queryClient.setQueryData(sessionQueryOptions().queryKey, user as TSession | null);
}

/**
 * Nothing of the signed-out user stays in memory: the query cache (so Back shows no
 * data) and unsaved form drafts go too.
 */
export function forgetEverything(): void {
  queryClient.clear();
  clearDrafts();
}

export async function signOut(): Promise<void> {
  try {
    await trpcClient.auth.signOut.mutate();
  } finally {
    forgetEverything();
    rememberSession(null);
  }
}

/** Only paths of this app are followed after sign-in (no open redirect to another site). */
export function safeRedirect(target: string | undefined | null): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return "/";
  if (target.startsWith("/signin") || target.startsWith("/change-password")) return "/";
  return target;
}
