import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json';
import { parseDocument } from 'yaml';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const composePath = path.join(repoRoot, 'docker-compose.yml');

/**
 * The Compose Specification's JSON schema (compose-spec/compose-spec, schema/compose-spec.json,
 * Apache-2.0) as the `dclint` package ships it in `schemas/compose.schema.json`. Taken from the
 * registry package rather than written here, so the test checks against the real specification.
 */
export function composeSchemaPath(): string {
  const pkg = require.resolve('dclint/package.json');
  return path.join(path.dirname(pkg), 'schemas', 'compose.schema.json');
}

export function loadComposeSchema(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(composeSchemaPath(), 'utf8')) as Record<string, unknown>;
}

export function compileComposeValidator(): ValidateFunction {
  const schema = loadComposeSchema();
  // The schema names draft-07 by its https address; Ajv knows draft-07 by the http one.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false });
  ajv.addMetaSchema({ ...draft07MetaSchema, $id: String(schema.$schema) });
  return ajv.compile(schema);
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/** Parses Compose YAML the way Compose does: anchors, aliases and `<<` merge keys resolved. */
export function parseCompose(text: string): Record<string, any> {
  const doc = parseDocument(text, { merge: true, uniqueKeys: true });
  if (doc.errors.length) throw doc.errors[0];
  return doc.toJS({ maxAliasCount: 100 }) as Record<string, any>;
}

export class InterpolationError extends Error {}

const VARIABLE = /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Compose's variable interpolation for one string: `$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` and `$$`.
 * Throws InterpolationError where Compose would refuse to start (a required variable unset).
 */
export function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(VARIABLE, (_match, dollar, braced, op, arg, bare) => {
    if (dollar) return '$';
    const name = (braced ?? bare) as string;
    const current = env[name];
    const set = current !== undefined;
    const nonEmpty = set && current !== '';
    switch (op) {
      case undefined:
        return current ?? '';
      case ':-':
        return nonEmpty ? current! : arg;
      case '-':
        return set ? current! : arg;
      case ':?':
      case '?':
        if (op === ':?' ? !nonEmpty : !set)
          throw new InterpolationError(`required variable ${name} is missing a value: ${arg}`);
        return current!;
      case ':+':
        return nonEmpty ? arg : '';
      case '+':
        return set ? arg : '';
      default:
        throw new InterpolationError(`unsupported interpolation ${op} in ${value}`);
    }
  });
}

/** Interpolates every string value (not keys) of a parsed Compose file. */
export function interpolateAll<T>(node: T, env: Record<string, string | undefined>): T {
  if (typeof node === 'string') return interpolate(node, env) as T;
  if (Array.isArray(node)) return node.map((item) => interpolateAll(item, env)) as T;
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolateAll(v, env)])) as T;
  }
  return node;
}

/** `environment:` as a map, whichever of Compose's two forms (map or KEY=VALUE list) was used. */
export function environmentOf(service: Record<string, any>): Record<string, string | null> {
  const env = service.environment;
  if (!env) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry: string) => {
        const i = entry.indexOf('=');
        return i === -1 ? [entry, null] : [entry.slice(0, i), entry.slice(i + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? null : String(v)]));
}

/** Service names listed under `depends_on`, whichever of its two forms was used. */
export function dependenciesOf(service: Record<string, any>): string[] {
  const deps = service.depends_on;
  if (!deps) return [];
  return Array.isArray(deps) ? deps : Object.keys(deps);
}

/** A service's bind mounts (short or long syntax) whose source is a path on the host. */
export function bindMountsOf(service: Record<string, any>): { source: string; target: string }[] {
  const mounts: { source: string; target: string }[] = [];
  for (const volume of service.volumes ?? []) {
    if (typeof volume === 'string') {
      const [source, target] = volume.split(':');
      if (source.startsWith('.') || source.startsWith('/') || source.startsWith('~'))
        mounts.push({ source, target });
    } else if (volume.type === 'bind') {
      mounts.push({ source: volume.source, target: volume.target });
    }
  }
  return mounts;
}

/** Named volumes a service mounts (short or long syntax). */
export function namedVolumesOf(service: Record<string, any>): string[] {
  const names: string[] = [];
  for (const volume of service.volumes ?? []) {
    if (typeof volume === 'string') {
      const parts = volume.split(':');
      if (parts.length > 1 && /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(parts[0])) names.push(parts[0]);
    } else if (volume.type === 'volume' && volume.source) {
      names.push(volume.source);
    }
  }
  return names;
}
