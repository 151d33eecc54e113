// The dashboard's shared filter bar as the registers and the timeline show it: with every
// sector and country of the reference lists to choose from (cached, so each page that
// shows the bar reads them once).
import type { ComponentProps, ReactNode } from "react";
import { DashboardFilterBar } from "../../ui/dashboard-filter-bar.tsx";
import { useCountryOptions, useSectorOptions } from "../options/reference-options.ts";

export function DashboardFilterBarWithOptions(props: Omit<ComponentProps<typeof DashboardFilterBar>, "sectors" | "countries">): ReactNode {
  const sectors = useSectorOptions();
  const countries = useCountryOptions();
  return <DashboardFilterBar {...props} sectors={sectors.data?.items} countries={countries.data} />;
}
