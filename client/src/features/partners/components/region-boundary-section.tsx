// The administrator's part of a region's page: attach the region's own boundary (a
// GeoJSON file) where the bundled Natural Earth shapes are older than the region, or
// remove it. The server checks the geometry again (shared ZBoundary) and answers with
// the reason; this only reads the file and picks its polygons out.
import { useState, type ChangeEvent, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { errorText, serverFieldErrors } from "../../../lib/errors.ts";
import { useFormat } from "../../../lib/format.ts";
import { Button } from "../../../ui/button.tsx";
import { Field } from "../../../ui/field.tsx";
import { showToast } from "../../../ui/toast.tsx";
import "../texts.ts";

/** Below the 2 MB request limit with room for the JSON around it. */
const maxFileBytes = 1.5 * 1024 * 1024;

type Geometry = { type: string; coordinates?: unknown; geometries?: unknown[] };

/** The polygons of a GeoJSON text as one geometry, or why there are none. */
export function boundaryFromGeoJson(text: string): { boundary: { type: "Polygon" | "MultiPolygon"; coordinates: unknown[] } } | { problem: "noPolygon" } {
  const root = JSON.parse(text) as { type?: string; features?: Array<{ geometry?: Geometry | null }>; geometry?: Geometry | null } & Geometry;
  const geometries: Geometry[] =
    root.type === "FeatureCollection"
      ? (root.features ?? []).flatMap((f) => (f?.geometry ? [f.geometry] : []))
      : root.type === "Feature"
        ? root.geometry
          ? [root.geometry]
          : []
        : [root];
  const polygons = geometries.flatMap((g): unknown[] => {
    if (g?.type === "Polygon") return [g.coordinates];
    if (g?.type === "MultiPolygon" && Array.isArray(g.coordinates)) return g.coordinates;
    return [];
  });
  if (polygons.length === 0) return { problem: "noPolygon" };
  return { boundary: polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0] as unknown[] } : { type: "MultiPolygon", coordinates: polygons } };
}

export function RegionBoundarySection({ partnerId }: { partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.partner.boundary.queryOptions({ id: partnerId }));
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(
    trpc.partner.setBoundary.mutationOptions({
      onSuccess: async (saved) => {
        showToast(saved.points === null ? t("regionBoundary.removed") : t("regionBoundary.saved"));
        setProblem(null);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.partner.boundary.queryKey({ id: partnerId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.partner.boundaries.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.partner.byId.queryKey({ id: partnerId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.history.pathKey() }),
        ]);
      },
      // The server names what is wrong with the geometry (field errors) or why it refused.
      onError: (error) => setProblem(Object.values(serverFieldErrors(error, "")).flat()[0] ?? errorText(error)),
    }),
  );

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file || !current.data) return;
    if (file.size > maxFileBytes) return setProblem(t("regionBoundary.tooBig"));
    let read: ReturnType<typeof boundaryFromGeoJson>;
    try {
      read = boundaryFromGeoJson(await file.text());
    } catch (error) {
      return setProblem(t("regionBoundary.notJson", { reason: error instanceof Error ? error.message : String(error) }));
    }
    if ("problem" in read) return setProblem(t("regionBoundary.noPolygon"));
    save.mutate({ id: partnerId, version: current.data.version, boundary: read.boundary as never });
  };

  if (!current.data) return null;
  const points = current.data.points;
  return (
    <section className="card region-boundary" aria-labelledby="region-boundary">
      <h2 className="card__title" id="region-boundary">
        {t("regionBoundary.title")}
      </h2>
      <p>{points === null ? t("regionBoundary.bundled") : t("regionBoundary.own", { points: format.number(points) })}</p>
      <Field label={t("regionBoundary.file")} hint={t("regionBoundary.hint")} error={problem}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            disabled={save.isPending}
            onChange={(e) => void onFile(e)}
          />
        )}
      </Field>
      {points !== null && (
        <Button
          variant="ghost"
          size="sm"
          disabled={save.isPending}
          onClick={() => save.mutate({ id: partnerId, version: current.data.version, boundary: null })}
        >
          {t("regionBoundary.remove")}
        </Button>
      )}
    </section>
  );
}
