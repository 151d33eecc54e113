import { useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";

export type UserRow = inferOutput<typeof trpc.admin.users.list>[number];
export type SignInLogRow = inferOutput<typeof trpc.admin.users.signInLog>[number];

export function useUsers() {
  return useQuery(trpc.admin.users.list.queryOptions());
}

export function useSignInLog(limit = 100) {
  return useQuery(trpc.admin.users.signInLog.queryOptions({ limit }, { refetchInterval: 60_000 }));
}
