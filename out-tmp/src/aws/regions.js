"use strict";
// AWS Regions by code with their names ("eu-central-1" → "Europe (Frankfurt)"), for pickers and labels. The
// commercial list matches the AWS SDK's partition data (a unit test compares them); GovCloud and China follow.
// No SDK import here: a plain table.
Object.defineProperty(exports, "__esModule", { value: true });
exports.REGION_TABLE = void 0;
exports.regionName = regionName;
exports.regionPlace = regionPlace;
exports.regionLabel = regionLabel;
exports.REGION_TABLE = [
    { code: 'us-east-1', name: 'US East (N. Virginia)', partition: 'aws' },
    { code: 'us-east-2', name: 'US East (Ohio)', partition: 'aws' },
    { code: 'us-west-1', name: 'US West (N. California)', partition: 'aws' },
    { code: 'us-west-2', name: 'US West (Oregon)', partition: 'aws' },
    { code: 'ca-central-1', name: 'Canada (Central)', partition: 'aws' },
    { code: 'ca-west-1', name: 'Canada West (Calgary)', partition: 'aws' },
    { code: 'mx-central-1', name: 'Mexico (Central)', partition: 'aws' },
    { code: 'sa-east-1', name: 'South America (Sao Paulo)', partition: 'aws' },
    { code: 'sa-west-1', name: 'South America (Chile)', partition: 'aws' },
    { code: 'eu-west-1', name: 'Europe (Ireland)', partition: 'aws' },
    { code: 'eu-west-2', name: 'Europe (London)', partition: 'aws' },
    { code: 'eu-west-3', name: 'Europe (Paris)', partition: 'aws' },
    { code: 'eu-central-1', name: 'Europe (Frankfurt)', partition: 'aws' },
    { code: 'eu-central-2', name: 'Europe (Zurich)', partition: 'aws' },
    { code: 'eu-north-1', name: 'Europe (Stockholm)', partition: 'aws' },
    { code: 'eu-south-1', name: 'Europe (Milan)', partition: 'aws' },
    { code: 'eu-south-2', name: 'Europe (Spain)', partition: 'aws' },
    { code: 'ap-south-1', name: 'Asia Pacific (Mumbai)', partition: 'aws' },
    { code: 'ap-south-2', name: 'Asia Pacific (Hyderabad)', partition: 'aws' },
    { code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', partition: 'aws' },
    { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', partition: 'aws' },
    { code: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)', partition: 'aws' },
    { code: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)', partition: 'aws' },
    { code: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)', partition: 'aws' },
    { code: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)', partition: 'aws' },
    { code: 'ap-southeast-7', name: 'Asia Pacific (Thailand)', partition: 'aws' },
    { code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', partition: 'aws' },
    { code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)', partition: 'aws' },
    { code: 'ap-northeast-3', name: 'Asia Pacific (Osaka)', partition: 'aws' },
    { code: 'ap-east-1', name: 'Asia Pacific (Hong Kong)', partition: 'aws' },
    { code: 'ap-east-2', name: 'Asia Pacific (Taipei)', partition: 'aws' },
    { code: 'me-south-1', name: 'Middle East (Bahrain)', partition: 'aws' },
    { code: 'me-central-1', name: 'Middle East (UAE)', partition: 'aws' },
    { code: 'me-west-1', name: 'Middle East (Saudi Arabia)', partition: 'aws' },
    { code: 'il-central-1', name: 'Israel (Tel Aviv)', partition: 'aws' },
    { code: 'af-south-1', name: 'Africa (Cape Town)', partition: 'aws' },
    { code: 'us-gov-west-1', name: 'AWS GovCloud (US-West)', partition: 'aws-us-gov' },
    { code: 'us-gov-east-1', name: 'AWS GovCloud (US-East)', partition: 'aws-us-gov' },
    { code: 'cn-north-1', name: 'China (Beijing)', partition: 'aws-cn' },
    { code: 'cn-northwest-1', name: 'China (Ningxia)', partition: 'aws-cn' },
];
const BY_CODE = new Map(exports.REGION_TABLE.map((r) => [r.code, r]));
/** The Region's name ("Europe (Frankfurt)"), or undefined for a code the table does not know. */
function regionName(code) {
    return code ? BY_CODE.get(code)?.name : undefined;
}
/** The short place name for a label: "N. Virginia" for us-east-1, "Calgary" for ca-west-1; else the whole name. */
function regionPlace(code) {
    const r = code ? BY_CODE.get(code) : undefined;
    if (!r)
        return undefined;
    const place = /\(([^)]+)\)$/.exec(r.name)?.[1];
    // "Central" alone says nothing (Canada, Mexico); GovCloud's "(US-West)" neither: the whole name then.
    return place && place !== 'Central' && r.partition === 'aws' ? place : r.name;
}
/** "us-east-1 · N. Virginia" (the code alone when the table does not know it). */
function regionLabel(code) {
    const place = regionPlace(code);
    return place ? `${code} · ${place}` : code;
}
//# sourceMappingURL=regions.js.map