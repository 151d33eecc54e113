// Password hashing with scrypt (memory-hard, in node:crypto). A stored hash carries
// its own parameters and salt, so the cost can be raised later without breaking old
// hashes: a sign-in with outdated parameters rehashes the password.
import { randomBytes, randomInt, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** 2^15 × 8 × 128 bytes = 32 MiB of memory per hash, ~50–100 ms of CPU. */
const current = { ln: 15, r: 8, p: 1 } as const;
const keyLength = 32;
const saltLength = 16;

function scrypt(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize("NFKC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

function optionsFor({ ln, r, p }: { ln: number; r: number; p: number }): ScryptOptions {
  const N = 2 ** ln;
  return { N, r, p, maxmem: 256 * N * r * p };
}

/** "$scrypt$ln=15,r=8,p=1$<salt>$<hash>" (base64, PHC string format). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltLength);
  const key = await scrypt(password, salt, keyLength, optionsFor(current));
  return `$scrypt$ln=${current.ln},r=${current.r},p=${current.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

type Parsed = { ln: number; r: number; p: number; salt: Buffer; key: Buffer };

function parse(stored: string): Parsed | null {
  const match = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!match) return null;
  const [ln, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Bounds keep a corrupted row from costing gigabytes of memory.
  if (ln < 10 || ln > 20 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  const key = Buffer.from(match[5]!, "base64");
  if (key.length < 16) return null;
  return { ln, r, p, salt: Buffer.from(match[4]!, "base64"), key };
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parsed = stored ? parse(stored) : null;
  if (!parsed) {
    // Same work as a real check, so the answer's timing tells nothing.
    await scrypt(password, dummySalt, keyLength, optionsFor(current));
    return false;
  }
  const key = await scrypt(password, parsed.salt, parsed.key.length, optionsFor(parsed));
  return timingSafeEqual(key, parsed.key);
}

const dummySalt = randomBytes(saltLength);

/** Unknown emails cost the same time as wrong passwords. */
export async function verifyDummyPassword(password: string): Promise<false> {
  await verifyPassword(password, null);
  return false;
}

export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.ln !== current.ln || parsed.r !== current.r || parsed.p !== current.p;
}

// No 0/O, 1/l/I: the password is read off a screen and typed.
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password for resets and the first administrator: 4 groups of 4 (~93 bits), e.g. "k7Qm-xP3a-…". */
export function generatePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(""));
  return groups.join("-");
}
