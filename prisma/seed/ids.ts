// Deterministic ids for seeded rows: the same key always gives the same UUID, so a
// second run of the seed finds its rows already there (createMany + skipDuplicates)
// instead of creating them again.
import { createHash } from "node:crypto";

/** The namespace of every seeded id; changing it would re-create all seed data under new ids. */
export const seedNamespace = "6f1c2a0e-4b7d-4c35-9a8e-2d5f0b7c9e41";

const namespaceBytes = Buffer.from(seedNamespace.replaceAll("-", ""), "hex");

/** An RFC 4122 version-5 (SHA-1, name-based) UUID of `key` in the seed namespace. */
export function seedId(key: string): string {
  const hash = createHash("sha1").update(namespaceBytes).update(key, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.toString("hex", 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
