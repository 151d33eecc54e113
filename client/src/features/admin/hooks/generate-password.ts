// A password an administrator can read out: four words of letters and digits, no look-alikes.
const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function generatePassword(groups = 4, size = 4): string {
  const bytes = new Uint32Array(groups * size);
  crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]);
  return Array.from({ length: groups }, (_, i) => chars.slice(i * size, (i + 1) * size).join("")).join("-");
}
