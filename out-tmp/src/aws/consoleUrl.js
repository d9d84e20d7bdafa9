"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.regionOfArn = regionOfArn;
exports.consoleUrl = consoleUrl;
function consoleHost(region) {
    if (region.startsWith('cn-'))
        return 'console.amazonaws.cn';
    if (region.startsWith('us-gov-'))
        return 'console.amazonaws-us-gov.com';
    return `${region}.console.aws.amazon.com`;
}
/** The region in an ARN (`arn:aws:lambda:<region>:…`), if it is one. */
function regionOfArn(arn) {
    return /^arn:[^:]+:lambda:([^:]+):/.exec(arn)?.[1];
}
function consoleUrl(resource, fallbackRegion) {
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
//# sourceMappingURL=consoleUrl.js.map