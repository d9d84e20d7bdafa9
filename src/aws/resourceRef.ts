// A reference to one AWS Lambda resource in domain words: what tree nodes stand for and what commands like
// "Copy ARN" or "Open in Console" act on. It lives in aws/ (not tree/) so that aws/ never depends on tree/.

/** The AWS resource a node stands for; what commands like "Copy ARN" act on. */
export interface ResourceRef {
  kind: 'function' | 'functionVersion' | 'layer' | 'layerVersion';
  arn: string;
  name: string;
  version?: string;
  /**
   * The explorer connection it was shown under, when it travels without its node (a panel, a command a panel runs):
   * two connections (two profiles of one account and Region) may list the same ARN.
   */
  connection?: string;
}

/** `ref` as shown under the connection `key` (as it is when `key` is undefined: one connection, or none known). */
export function underConnection(ref: ResourceRef, key: string | undefined): ResourceRef {
  return key !== undefined ? { ...ref, connection: key } : ref;
}
