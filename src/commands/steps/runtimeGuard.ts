// Before a change to a function starts: AWS refuses updates (code, configuration, publishing a version) of a
// function whose runtime is past its block-update date. Say so before any question or upload, with what the user
// can still do, instead of failing at the end with AWS's terse InvalidParameterValueException.
import { assessRuntime } from '../../layers/runtimes';

interface FunctionLike {
  name: string;
  runtime?: string;
  packageType?: string;
}

/** The warning to show next to a function in a picker when AWS no longer lets it change; undefined if it can. */
export function updateBlockedNote(fn: FunctionLike, now = new Date()): string | undefined {
  if (fn.packageType === 'Image') return undefined;
  const a = assessRuntime(fn.runtime, now);
  return a.status === 'updateBlocked' ? a.note : undefined;
}

/** Throws (naming the function, the runtime's dates and what is still possible) when AWS would refuse a change. */
export function checkUpdatable(fn: FunctionLike, now = new Date()): void {
  const note = updateBlockedNote(fn, now);
  if (note !== undefined) throw new Error(`${fn.name} cannot be changed: ${note}`);
}
