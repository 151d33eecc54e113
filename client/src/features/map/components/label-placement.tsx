// Labels never cover counts. The home region's name and the event squares sit next to a
// point, and clusters of partners often sit on the same point (the home region's own
// cities around it): drawn where they are anchored, they hid the cluster's number («3?»).
// After every change of the view this places the home label on the first side of its
// point that is free, and each event square on the first free spot around its point, in
// screen space, with the clusters, the other points and the labels already placed as
// obstacles. Counts are a hard limit: a label with no free spot is hidden rather than
// laid over a count.
import { useEffect, type RefObject } from "react";
import { useMap } from "react-leaflet";
import type L from "leaflet";

type Box = { left: number; top: number; right: number; bottom: number };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/**
 * Where the home label may go, in order: above its point first, as it always was, then
 * the other sides, then further out (the home region's shape under it still says whose
 * name it is).
 */
const HOME_SIDES: Array<{ direction: L.Direction; offset: [number, number] }> = [10, 30, 50, 70].flatMap((d) => [
  { direction: "top" as const, offset: [0, -d] as [number, number] },
  { direction: "right" as const, offset: [d, 0] as [number, number] },
  { direction: "left" as const, offset: [-d, 0] as [number, number] },
  { direction: "bottom" as const, offset: [0, d] as [number, number] },
]);

/** Centres for an event square, relative to its point: the corners first, then rings further out. */
const EVENT_SPOTS: Array<[number, number]> = (() => {
  const spots: Array<[number, number]> = [
    [11, -11],
    [-11, -11],
    [11, 11],
    [-11, 11],
  ];
  for (const radius of [26, 40, 54]) {
    for (let i = 0; i < 8; i++) {
      const angle = -Math.PI / 4 + (i * Math.PI) / 4;
      spots.push([Math.round(Math.cos(angle) * radius), Math.round(-Math.sin(angle) * radius)]);
    }
  }
  return spots;
})();

export const EVENT_SIZE = 16;

function layout(container: HTMLElement, homeTooltip: L.Tooltip | null): void {
  const markerPane = container.querySelector(".leaflet-marker-pane");
  if (!markerPane) return;
  // What nothing may cover: the cluster counts (the circle that holds the number).
  const counts = [...markerPane.querySelectorAll(".marker-cluster > div")].map(boxOf);
  // What is better left uncovered: the single points and the home point.
  const points = [...markerPane.querySelectorAll(".map-marker, .map-home-marker")].map(boxOf);
  const placed: Box[] = [];
  const frame = boxOf(container);
  const inside = (box: Box) => box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
  // Strict: also off the other points and wholly inside the map (not cut at its edge).
  const free = (box: Box, strict: boolean) =>
    !counts.some((c) => overlaps(box, c)) && !placed.some((p) => overlaps(box, p)) && (!strict || (inside(box) && !points.some((p) => overlaps(box, p))));

  const label = homeTooltip?.getElement();
  if (homeTooltip && label && homeTooltip.isOpen()) {
    let chosen: Box | null = null;
    for (const strict of [true, false]) {
      for (const side of HOME_SIDES) {
        homeTooltip.options.direction = side.direction;
        homeTooltip.options.offset = side.offset;
        label.style.visibility = "";
        homeTooltip.update();
        const box = boxOf(label);
        if (free(box, strict)) {
          chosen = box;
          break;
        }
      }
      if (chosen) break;
    }
    if (chosen) placed.push(chosen);
    else label.style.visibility = "hidden";
  }

  for (const el of markerPane.querySelectorAll<HTMLElement>(".map-event-marker")) {
    // The point the square belongs to: its box without the margins that offset it.
    const box = boxOf(el);
    const x = box.left - (parseFloat(el.style.marginLeft) || 0);
    const y = box.top - (parseFloat(el.style.marginTop) || 0);
    const half = EVENT_SIZE / 2;
    let spot: [number, number] | null = null;
    for (const strict of [true, false]) {
      spot = EVENT_SPOTS.find(([dx, dy]) => free({ left: x + dx - half, top: y + dy - half, right: x + dx + half, bottom: y + dy + half }, strict)) ?? null;
      if (spot) break;
    }
    if (!spot) {
      el.style.visibility = "hidden";
      continue;
    }
    el.style.visibility = "";
    // Leaflet places a marker's icon by a transform and its anchor by the margins, which it
    // sets only when the icon is made: moving the margins moves the square, not the point.
    el.style.marginLeft = `${spot[0] - half}px`;
    el.style.marginTop = `${spot[1] - half}px`;
    el.dataset.spot = `${spot[0]},${spot[1]}`;
    placed.push({ left: x + spot[0] - half, top: y + spot[1] - half, right: x + spot[0] + half, bottom: y + spot[1] + half });
  }
}

/**
 * Runs the layout whenever markers or clusters come and go (the cluster group redraws
 * after zooms and pans, and adds markers in chunks), after every view change, and when a
 * count or label changes size (a font or stylesheet arriving after the first layout), once
 * per frame at most. During a zoom animation, whose positions are in flux, it waits for
 * the next frame rather than dropping the layout: a skipped last layout would leave a
 * label on a count until the next change.
 */
export function KeepCountsClear({ homeTooltip }: { homeTooltip: RefObject<L.Tooltip | null> }): null {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    let frame = 0;
    const sizes = new ResizeObserver(() => schedule());
    const run = () => {
      if ((map as L.Map & { _animatingZoom?: boolean })._animatingZoom) {
        frame = requestAnimationFrame(run);
        return;
      }
      layout(container, homeTooltip.current);
      // Observing an element twice is a no-op; removed elements drop out by themselves.
      for (const el of container.querySelectorAll(".marker-cluster > div, .map-event-marker, .map-home-label")) sizes.observe(el);
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(run);
    };
    const observer = new MutationObserver(schedule);
    for (const pane of ["markerPane", "tooltipPane"]) {
      const el = map.getPane(pane);
      if (el) observer.observe(el, { childList: true });
    }
    map.on("zoomend moveend resize", schedule);
    void document.fonts?.ready.then(schedule);
    schedule();
    return () => {
      observer.disconnect();
      sizes.disconnect();
      map.off("zoomend moveend resize", schedule);
      cancelAnimationFrame(frame);
    };
  }, [map, homeTooltip]);
  return null;
}
