"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.layerKey = layerKey;
exports.applyEdit = applyEdit;
exports.compatibility = compatibility;
exports.checkUnzippedSize = checkUnzippedSize;
exports.describeListChange = describeListChange;
// The next layer list of a function for every edit (attach, detach, move, upgrade), checked before any call.
// AWS replaces the whole ordered list on UpdateFunctionConfiguration, so every edit is expressed as an intent
// that can be applied again on top of a list somebody else changed (412 → re-read → re-apply). Pure.
const layerArn_1 = require("../aws/layerArn");
const limits_1 = require("../aws/limits");
/** The layer's ARN without the version (or the ARN itself when it is not a layer version ARN). */
function layerKey(arn) {
    return (0, layerArn_1.parseLayerVersionArn)(arn)?.layerArn ?? arn;
}
function versionOf(arn) {
    return (0, layerArn_1.parseLayerVersionArn)(arn)?.version ?? 0;
}
function same(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
function ok(before, layers, notes) {
    return { ok: true, layers, changed: !same(before, layers), notes };
}
function fail(problem) {
    return { ok: false, problem };
}
/** Applies an edit to the current list. Never mutates `current`. */
function applyEdit(fn, current, edit) {
    switch (edit.kind) {
        case 'attach':
            return attach(fn, current, edit.arns, edit.drop ?? []);
        case 'detach':
            return detach(current, edit.arn);
        case 'move':
            return move(current, edit.arn, edit.direction);
        case 'upgrade':
            return upgrade(fn, current, edit.from, edit.to);
    }
}
function attach(fn, current, arns, drop) {
    if (fn.packageType === 'Image') {
        return fail({
            kind: 'image',
            message: `Layers cannot be added to a container image function: ${fn.name}`,
        });
    }
    for (const arn of arns) {
        if (!(0, layerArn_1.parseLayerVersionArn)(arn))
            return fail({ kind: 'invalid', message: `Not a layer version ARN: ${arn}` });
    }
    const notes = [];
    const next = current.filter((a) => !drop.includes(a));
    for (const d of drop)
        if (current.includes(d))
            notes.push(`detached ${(0, layerArn_1.layerVersionLabel)(d)}`);
    // Two versions of one layer in one request: keep the newest.
    const wanted = new Map();
    for (const arn of arns) {
        const key = layerKey(arn);
        const known = wanted.get(key);
        if (!known || versionOf(arn) > versionOf(known))
            wanted.set(key, arn);
    }
    const appended = [];
    for (const [key, arn] of wanted) {
        const at = next.findIndex((a) => layerKey(a) === key);
        if (at >= 0) {
            const old = next[at];
            if (old === arn)
                continue;
            next[at] = arn;
            const how = versionOf(arn) < versionOf(old) ? 'downgraded' : 'replaced';
            notes.push(`${how} ${(0, layerArn_1.layerVersionLabel)(old)} with ${(0, layerArn_1.layerVersionLabel)(arn)} (a function can use one version of a layer)`);
        }
        else {
            appended.push(arn);
        }
    }
    if (next.length + appended.length > limits_1.MAX_LAYERS) {
        const excess = next.length + appended.length - limits_1.MAX_LAYERS;
        return fail({
            kind: 'tooMany',
            message: `A function can use at most ${limits_1.MAX_LAYERS} layers; ${next.length} attached, ${appended.length} to add: detach ${excess} first: ${next.map(layerArn_1.layerVersionLabel).join(', ')}`,
            attached: next,
            adding: appended,
            excess,
        });
    }
    for (const a of appended)
        notes.push(`added ${(0, layerArn_1.layerVersionLabel)(a)} at position ${next.push(a)}`);
    return ok(current, next, notes);
}
function detach(current, arn) {
    if (!current.includes(arn)) {
        return fail({
            kind: 'notAttached',
            message: `The layer is no longer attached: ${(0, layerArn_1.layerVersionLabel)(arn)}`,
        });
    }
    return ok(current, current.filter((a) => a !== arn), [`detached ${(0, layerArn_1.layerVersionLabel)(arn)}`]);
}
function move(current, arn, direction) {
    const i = current.indexOf(arn);
    if (i < 0)
        return fail({
            kind: 'notAttached',
            message: `The layer is no longer attached: ${(0, layerArn_1.layerVersionLabel)(arn)}`,
        });
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= current.length) {
        return fail({
            kind: 'atEdge',
            message: `The layer is already ${direction === 'up' ? 'first' : 'last'} in merge order: ${(0, layerArn_1.layerVersionLabel)(arn)}`,
        });
    }
    const next = [...current];
    next[i] = current[j];
    next[j] = arn;
    return ok(current, next, [`moved ${(0, layerArn_1.layerVersionLabel)(arn)} to position ${j + 1}`]);
}
function upgrade(fn, current, from, to) {
    if (fn.packageType === 'Image') {
        return fail({
            kind: 'image',
            message: `Layers cannot be used by a container image function: ${fn.name}`,
        });
    }
    if (!(0, layerArn_1.parseLayerVersionArn)(to) || layerKey(from) !== layerKey(to)) {
        return fail({ kind: 'invalid', message: `Not a version of the same layer: ${to}` });
    }
    if (current.includes(to))
        return ok(current, [...current], [`already uses ${(0, layerArn_1.layerVersionLabel)(to)}`]);
    const i = current.indexOf(from);
    if (i < 0) {
        const other = current.find((a) => layerKey(a) === layerKey(from));
        const message = other
            ? `The function now uses another version of the layer: ${(0, layerArn_1.layerVersionLabel)(other)}`
            : `The function no longer uses the layer: ${(0, layerArn_1.layerVersionLabel)(from)}`;
        return fail({ kind: 'notAttached', message });
    }
    const next = [...current];
    next[i] = to;
    return ok(current, next, [`upgraded ${(0, layerArn_1.layerVersionLabel)(from)} to ${(0, layerArn_1.layerVersionLabel)(to)}`]);
}
/** Whether a layer version declares the function's runtime and architecture. Undeclared = compatible. */
function compatibility(fn, layer) {
    const reasons = [];
    if (fn.packageType === 'Image')
        reasons.push('container image functions cannot use layers');
    else if (layer.compatibleRuntimes.length > 0 &&
        fn.runtime &&
        !layer.compatibleRuntimes.includes(fn.runtime)) {
        reasons.push(`runtimes ${layer.compatibleRuntimes.join(', ')}; the function runs: ${fn.runtime}`);
    }
    const arch = fn.architectures[0] ?? 'x86_64';
    if (layer.compatibleArchitectures.length > 0 && !layer.compatibleArchitectures.includes(arch)) {
        reasons.push(`architectures ${layer.compatibleArchitectures.join(', ')}; the function is: ${arch}`);
    }
    return { compatible: reasons.length === 0, reasons };
}
/** The 250 MB rule for code plus layers, with unzipped sizes in bytes (undefined = unknown). */
function checkUnzippedSize(code, layers) {
    const unknown = [];
    let total = code ?? 0;
    if (code === undefined)
        unknown.push('function code');
    for (const l of layers) {
        if (l.unzipped === undefined)
            unknown.push((0, layerArn_1.layerVersionLabel)(l.arn));
        else
            total += l.unzipped;
    }
    if (total >= limits_1.MAX_UNZIPPED_BYTES) {
        const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        return {
            kind: 'tooLarge',
            total,
            message: `Code and layers would be ${mb(total)} unzipped; AWS allows less than ${mb(limits_1.MAX_UNZIPPED_BYTES)}: ${layers.map((l) => (0, layerArn_1.layerVersionLabel)(l.arn)).join(', ')}`,
        };
    }
    if (unknown.length > 0)
        return { kind: 'unknown', knownTotal: total, unknown };
    return { kind: 'fits', total };
}
/** A human description of how a layer list changed (for a 412: "somebody else changed it"). */
function describeListChange(before, after) {
    const lines = [];
    const beforeKeys = new Map(before.map((a) => [layerKey(a), a]));
    const afterKeys = new Map(after.map((a) => [layerKey(a), a]));
    for (const [k, a] of afterKeys) {
        const b = beforeKeys.get(k);
        if (!b)
            lines.push(`added ${(0, layerArn_1.layerVersionLabel)(a)}`);
        else if (b !== a)
            lines.push(`changed ${(0, layerArn_1.layerVersionLabel)(b)} to ${(0, layerArn_1.layerVersionLabel)(a)}`);
    }
    for (const [k, b] of beforeKeys)
        if (!afterKeys.has(k))
            lines.push(`removed ${(0, layerArn_1.layerVersionLabel)(b)}`);
    const keptBefore = before.map(layerKey).filter((k) => afterKeys.has(k));
    const keptAfter = after.map(layerKey).filter((k) => beforeKeys.has(k));
    if (lines.length === 0 && !same(keptBefore, keptAfter))
        lines.push('reordered');
    else if (!same(keptBefore, keptAfter))
        lines.push('order changed');
    return lines;
}
//# sourceMappingURL=attachRules.js.map