// "Review Changes…" on the publish summary: the folder as it would be published, compared with the newest version.
import type { LayerVersionSummary } from '../aws/lambdaService';
import type { FolderScan } from '../layers/zip/folderScan';
import { Cancelled } from '../ui/prompter';
import type { PickItem } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { compareWithLocalFolder } from './compareCode';

export const REVIEW_ACTION = '$(diff) Review Changes…';

/** The folder as it would be published against the newest version; a failure is shown, not fatal to the publish. */
export async function reviewChanges(
  deps: CommandDeps,
  arn: string,
  folder: string,
  prefix: string,
  scan: FolderScan,
): Promise<void> {
  await compareWithLocalFolder(deps, arn, folder, prefix, scan).catch((e: unknown) => {
    if (!(e instanceof Cancelled))
      void deps.notifier.warn(
        `Could not compare with the published version: ${e instanceof Error ? e.message : String(e)}`,
      );
  });
}

/** "Review Changes…" on the summary when there is a published version to compare with. */
export function reviewItem(previous: LayerVersionSummary | null | undefined): PickItem<'review'>[] {
  return previous
    ? [{ label: REVIEW_ACTION, description: `against version ${previous.version}`, value: 'review' }]
    : [];
}
