// The `lambda:` URIs of published code: lambda://ACCOUNT/REGION/layer/NAME/VERSION/path/in/archive and
// lambda://ACCOUNT/REGION/function/NAME/QUALIFIER/path/in/archive. Plain parts (authority + decoded path) so
// that the edge builds the vscode.Uri and nothing here depends on vscode.

export const CODE_SCHEME = 'lambda';

export type CodeTarget =
  | { kind: 'layer'; account: string; region: string; name: string; version: number }
  | { kind: 'function'; account: string; region: string; name: string; qualifier: string };

export interface CodeLocation {
  target: CodeTarget;
  /** Path inside the archive without a leading slash; '' = the archive's root. */
  path: string;
}

export interface UriParts {
  authority: string;
  /** Decoded, starting with '/'. */
  path: string;
}

export class CodeUriError extends Error {
  override readonly name = 'CodeUriError';
}

export function formatCodeUri(loc: CodeLocation): UriParts {
  const t = loc.target;
  const id = t.kind === 'layer' ? String(t.version) : t.qualifier;
  const inner = loc.path.replace(/^\/+/, '');
  return { authority: t.account, path: `/${t.region}/${t.kind}/${t.name}/${id}${inner ? `/${inner}` : ''}` };
}

// Names and qualifiers as AWS's API model allows them ([a-zA-Z0-9_-]+, or $LATEST): a target's name becomes a
// folder name (Import) and a path segment of a lambda: URI, so an endpoint's "../x" or "a/b" must make none.
const LAYER_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9_-]+):(\d+)$/;
const FUNCTION_ARN =
  /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]+)(?::(?:\$LATEST|[a-zA-Z0-9_-]+))?$/;
const QUALIFIER = /^(?:\$LATEST|[a-zA-Z0-9_-]+)$/;
const NAME = /^[a-zA-Z0-9_-]+$/;

/** Whether `name` is one AWS could have made for a function, layer or alias (no path, no "..", no control). */
export function isLambdaName(name: string): boolean {
  return NAME.test(name);
}

export function parseCodeUri(uri: UriParts): CodeLocation {
  const account = uri.authority;
  const m = /^\/([a-z0-9-]+)\/(layer|function)\/([^/]+)\/([^/]+)(?:\/(.*))?$/.exec(uri.path);
  if (!/^\d{12}$/.test(account) || !m)
    throw new CodeUriError(`Not a Lambda code address: ${uri.authority}${uri.path}`);
  const [, region, kind, name, id, rest] = m as unknown as [string, string, string, string, string, string?];
  if (!NAME.test(name)) throw new CodeUriError(`Not a Lambda name: ${name}`);
  const path = (rest ?? '').replace(/\/+$/, '');
  if (kind === 'layer') {
    if (!/^\d+$/.test(id)) throw new CodeUriError(`Not a layer version: ${id}`);
    return { target: { kind, account, region, name, version: Number(id) }, path };
  }
  if (!QUALIFIER.test(id)) throw new CodeUriError(`Not a function version or alias: ${id}`);
  return { target: { kind: 'function', account, region, name, qualifier: id }, path };
}

/** `arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION` → a layer target. */
export function layerTargetFromArn(arn: string): CodeTarget | undefined {
  const m = LAYER_ARN.exec(arn);
  return m ? { kind: 'layer', region: m[1]!, account: m[2]!, name: m[3]!, version: Number(m[4]) } : undefined;
}

/** A function ARN (qualified or not) and a qualifier → a function target. */
export function functionTargetFromArn(arn: string, qualifier: string): CodeTarget | undefined {
  const m = FUNCTION_ARN.exec(arn);
  if (!m || !QUALIFIER.test(qualifier)) return undefined;
  return { kind: 'function', region: m[1]!, account: m[2]!, name: m[3]!, qualifier };
}

/** A short title: `shared-utils:7` or `orders-api:$LATEST`. */
export function targetLabel(t: CodeTarget): string {
  return t.kind === 'layer' ? `${t.name}:${t.version}` : `${t.name}:${t.qualifier}`;
}

export function targetKey(t: CodeTarget): string {
  return `${t.account}/${t.region}/${t.kind}/${t.name}/${t.kind === 'layer' ? t.version : t.qualifier}`;
}
