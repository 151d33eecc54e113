// Unsaved form input is kept in sessionStorage, so a reload, a lost session or a
// conflict never throws away what someone typed. Cleared on sign-out.
const PREFIX = "atlas.draft.";

export function loadDraft<T>(key: string): T | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, value: unknown): void {
  try {
    globalThis.sessionStorage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the form still holds the values.
  }
}

export function dropDraft(key: string): void {
  try {
    globalThis.sessionStorage?.removeItem(PREFIX + key);
  } catch {
    // ignore
  }
}

export function clearDrafts(): void {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return;
    for (const key of Object.keys(storage)) if (key.startsWith(PREFIX)) storage.removeItem(key);
  } catch {
    // ignore
  }
}
