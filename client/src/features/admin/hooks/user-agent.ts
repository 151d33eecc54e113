/** "Chrome 156 · Windows" from a User-Agent header; the full text stays in the title. */
export function shortUserAgent(ua: string | null): string | null {
  if (!ua) return null;
  const browser =
    /Edg\/(\d+)/.exec(ua)?.[1] !== undefined
      ? `Edge ${/Edg\/(\d+)/.exec(ua)![1]}`
      : /YaBrowser\/(\d+)/.test(ua)
        ? `Yandex ${/YaBrowser\/(\d+)/.exec(ua)![1]}`
        : /Firefox\/(\d+)/.test(ua)
          ? `Firefox ${/Firefox\/(\d+)/.exec(ua)![1]}`
          : /(?:Chrome|Chromium)\/(\d+)/.test(ua)
            ? `Chrome ${/(?:Chrome|Chromium)\/(\d+)/.exec(ua)![1]}`
            : /Version\/(\d+).*Safari/.test(ua)
              ? `Safari ${/Version\/(\d+)/.exec(ua)![1]}`
              : null;
  const os = /Windows/.test(ua)
    ? "Windows"
    : /Android/.test(ua)
      ? "Android"
      : /iPhone|iPad/.test(ua)
        ? "iOS"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  const parts = [browser, os].filter(Boolean);
  return parts.length ? parts.join(" · ") : ua.slice(0, 40);
}
