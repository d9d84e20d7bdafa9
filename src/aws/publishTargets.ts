// Where a layer version can be published besides the current connection: another Region, another profile
// (account). Whoever asks for a target's services closes them. No vscode, no SDK types.
import type { ArtifactStore } from './artifactStore';
import type { LambdaService } from './lambdaService';

/** A profile (undefined = the current one) and a Region. */
export interface PublishTarget {
  profile?: string;
  region: string;
}

/** What one target needs; `close` destroys its clients. */
export interface TargetServices {
  lambda: LambdaService;
  /** The S3 artifact store of that profile and Region (archives too large to send inline). */
  artifacts: ArtifactStore;
  close(): void;
}

export type TargetFactory = (target: PublishTarget) => TargetServices;
