// AWS console addresses for Lambda resources, per partition and Region. Pure.
import type { ResourceRef } from './resourceRef';

function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return 'console.amazonaws.cn';
  if (region.startsWith('us-gov-')) return 'console.amazonaws-us-gov.com';
  return `${region}.console.aws.amazon.com`;
}

/** The region in an ARN (`arn:aws:lambda:<region>:…`), if it is one. */
export function regionOfArn(arn: string): string | undefined {
  return /^arn:[^:]+:lambda:([^:]+):/.exec(arn)?.[1];
}

export function consoleUrl(resource: ResourceRef, fallbackRegion: string): string {
  const region = regionOfArn(resource.arn) ?? fallbackRegion;
  const base = `https://${consoleHost(region)}/lambda/home?region=${encodeURIComponent(region)}#`;
  const name = encodeURIComponent(resource.name);
  switch (resource.kind) {
    case 'function':
      return `${base}/functions/${name}`;
    case 'functionVersion':
      return `${base}/functions/${name}/versions/${encodeURIComponent(resource.version ?? '$LATEST')}?tab=code`;
    case 'layer':
      return `${base}/layers/${name}`;
    case 'layerVersion':
      return `${base}/layers/${name}/versions/${encodeURIComponent(resource.version ?? '')}`;
  }
}
