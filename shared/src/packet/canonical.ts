/**
 * Canonical JSON: object keys sorted by UTF-16 code unit order, no insignificant whitespace,
 * `undefined` members dropped, non-finite numbers refused. Two equal packets always serialise
 * to the same bytes, so the SHA-256 of this text identifies a version.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
      return JSON.stringify(value);
    case 'object': {
      if (seen.has(value as object)) throw new TypeError('canonicalJson: circular structure');
      seen.add(value as object);
      let out: string;
      if (Array.isArray(value)) {
        out = `[${value.map((item) => (item === undefined ? 'null' : write(item, seen))).join(',')}]`;
      } else if (value instanceof Date) {
        out = JSON.stringify(value.toISOString());
      } else {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record)
          .filter((k) => record[k] !== undefined)
          .sort();
        out = `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], seen)}`).join(',')}}`;
      }
      seen.delete(value as object);
      return out;
    }
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
  }
}
