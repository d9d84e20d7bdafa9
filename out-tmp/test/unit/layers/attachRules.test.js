"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("assert"));
const limits_1 = require("../../../src/aws/limits");
const attachRules_1 = require("../../../src/layers/attachRules");
const L = (name, v, account = '123456789012') => `arn:aws:lambda:us-east-1:${account}:layer:${name}:${v}`;
const fn = {
    name: 'orders-api',
    packageType: 'Zip',
    runtime: 'nodejs22.x',
    architectures: ['x86_64'],
};
const image = { name: 'image-resizer', packageType: 'Image', architectures: ['x86_64'] };
function layers(r) {
    assert.ok(r.ok, `expected ok, got ${r.ok ? '' : r.problem.message}`);
    return r.layers;
}
function problem(r) {
    assert.ok(!r.ok, 'expected a refusal');
    return r.problem.kind;
}
describe('attachRules: attach', () => {
    it('appends new layers at the end of the merge order', () => {
        const r = (0, attachRules_1.applyEdit)(fn, [L('a', 1)], { kind: 'attach', arns: [L('b', 2), L('c', 1)] });
        assert.deepStrictEqual(layers(r), [L('a', 1), L('b', 2), L('c', 1)]);
        assert.ok(r.ok && r.changed);
        assert.deepStrictEqual(r.ok && r.notes, ['added b:2 at position 2', 'added c:1 at position 3']);
    });
    it('replaces the attached version of the same layer in place instead of adding it twice', () => {
        const r = (0, attachRules_1.applyEdit)(fn, [L('a', 1), L('b', 3), L('c', 1)], { kind: 'attach', arns: [L('b', 5)] });
        assert.deepStrictEqual(layers(r), [L('a', 1), L('b', 5), L('c', 1)]);
        assert.match(r.ok ? r.notes[0] : '', /replaced b:3 with b:5/);
    });
    it('says "downgraded" when the chosen version is older than the attached one', () => {
        const r = (0, attachRules_1.applyEdit)(fn, [L('b', 5)], { kind: 'attach', arns: [L('b', 2)] });
        assert.deepStrictEqual(layers(r), [L('b', 2)]);
        assert.match(r.ok ? r.notes[0] : '', /downgraded b:5 with b:2/);
    });
    it('keeps only the newest when two versions of one layer are picked together', () => {
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, [], { kind: 'attach', arns: [L('b', 2), L('b', 4), L('b', 3)] })), [L('b', 4)]);
    });
    it('is a no-op (changed: false) when the version is already attached', () => {
        const r = (0, attachRules_1.applyEdit)(fn, [L('a', 1)], { kind: 'attach', arns: [L('a', 1)] });
        assert.ok(r.ok && !r.changed);
    });
    it('refuses a 6th layer and says how many must go and which are attached', () => {
        const five = [1, 2, 3, 4, 5].map((i) => L(`l${i}`, 1));
        const r = (0, attachRules_1.applyEdit)(fn, five, { kind: 'attach', arns: [L('x', 1), L('y', 1)] });
        assert.strictEqual(problem(r), 'tooMany');
        assert.ok(!r.ok && r.problem.kind === 'tooMany');
        assert.strictEqual(r.problem.excess, 2);
        assert.deepStrictEqual(r.problem.attached, five);
        assert.deepStrictEqual(r.problem.adding, [L('x', 1), L('y', 1)]);
        assert.match(r.problem.message, /at most 5 layers.*l1:1, l2:1/);
    });
    it('fits after dropping what the user chose, keeping the order of the rest', () => {
        const five = [1, 2, 3, 4, 5].map((i) => L(`l${i}`, 1));
        const r = (0, attachRules_1.applyEdit)(fn, five, { kind: 'attach', arns: [L('x', 1)], drop: [L('l2', 1)] });
        assert.deepStrictEqual(layers(r), [L('l1', 1), L('l3', 1), L('l4', 1), L('l5', 1), L('x', 1)]);
    });
    it('a replacement does not count against the limit of 5', () => {
        const five = [1, 2, 3, 4, 5].map((i) => L(`l${i}`, 1));
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, five, { kind: 'attach', arns: [L('l3', 2)] }))[2], L('l3', 2));
    });
    it('refuses layers on container image functions', () => {
        assert.strictEqual(problem((0, attachRules_1.applyEdit)(image, [], { kind: 'attach', arns: [L('a', 1)] })), 'image');
        assert.strictEqual(problem((0, attachRules_1.applyEdit)(image, [], { kind: 'upgrade', from: L('a', 1), to: L('a', 2) })), 'image');
    });
    it('refuses something that is not a layer version ARN', () => {
        assert.strictEqual(problem((0, attachRules_1.applyEdit)(fn, [], { kind: 'attach', arns: ['arn:aws:lambda:us-east-1:123456789012:layer:a'] })), 'invalid');
    });
    it('accepts a layer version of another account', () => {
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, [], { kind: 'attach', arns: [L('ext', 3, '210987654321')] })), [L('ext', 3, '210987654321')]);
    });
    it('never mutates the list it was given', () => {
        const current = [L('a', 1), L('b', 1)];
        (0, attachRules_1.applyEdit)(fn, current, { kind: 'attach', arns: [L('a', 2)], drop: [L('b', 1)] });
        (0, attachRules_1.applyEdit)(fn, current, { kind: 'move', arn: L('b', 1), direction: 'up' });
        assert.deepStrictEqual(current, [L('a', 1), L('b', 1)]);
    });
});
describe('attachRules: detach, move, upgrade', () => {
    const list = [L('a', 1), L('b', 2), L('c', 3)];
    it('detaches one layer and keeps the order of the others', () => {
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, list, { kind: 'detach', arn: L('b', 2) })), [
            L('a', 1),
            L('c', 3),
        ]);
    });
    it('detaching the last layer sends an empty list', () => {
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, [L('a', 1)], { kind: 'detach', arn: L('a', 1) })), []);
    });
    it('refuses to detach a layer version that is not attached (any more)', () => {
        assert.strictEqual(problem((0, attachRules_1.applyEdit)(fn, list, { kind: 'detach', arn: L('b', 1) })), 'notAttached');
    });
    it('moves up and down by one position', () => {
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, list, { kind: 'move', arn: L('c', 3), direction: 'up' })), [
            L('a', 1),
            L('c', 3),
            L('b', 2),
        ]);
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, list, { kind: 'move', arn: L('a', 1), direction: 'down' })), [
            L('b', 2),
            L('a', 1),
            L('c', 3),
        ]);
    });
    it('refuses to move the first up or the last down', () => {
        assert.strictEqual(problem((0, attachRules_1.applyEdit)(fn, list, { kind: 'move', arn: L('a', 1), direction: 'up' })), 'atEdge');
        assert.strictEqual(problem((0, attachRules_1.applyEdit)(fn, list, { kind: 'move', arn: L('c', 3), direction: 'down' })), 'atEdge');
    });
    it('upgrades in place, keeping the position', () => {
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, list, { kind: 'upgrade', from: L('b', 2), to: L('b', 7) })), [
            L('a', 1),
            L('b', 7),
            L('c', 3),
        ]);
    });
    it('an upgrade to a version already attached changes nothing', () => {
        const r = (0, attachRules_1.applyEdit)(fn, [L('a', 1), L('b', 7)], { kind: 'upgrade', from: L('b', 2), to: L('b', 7) });
        assert.ok(r.ok && !r.changed);
    });
    it('refuses an upgrade when the function no longer uses the old version, or to another layer', () => {
        const gone = (0, attachRules_1.applyEdit)(fn, [L('a', 1)], { kind: 'upgrade', from: L('b', 2), to: L('b', 7) });
        assert.strictEqual(problem(gone), 'notAttached');
        assert.match(!gone.ok ? gone.problem.message : '', /no longer uses the layer: b:2/);
        const other = (0, attachRules_1.applyEdit)(fn, [L('b', 5)], { kind: 'upgrade', from: L('b', 2), to: L('b', 7) });
        assert.match(!other.ok ? other.problem.message : '', /another version of the layer: b:5/);
        assert.strictEqual(problem((0, attachRules_1.applyEdit)(fn, list, { kind: 'upgrade', from: L('b', 2), to: L('z', 7) })), 'invalid');
    });
    it('re-applies an intent on top of a list somebody else changed (the 412 case)', () => {
        // The user moved c up while a colleague attached d: re-applied, both changes survive.
        const theirs = [L('a', 1), L('b', 2), L('c', 3), L('d', 1)];
        assert.deepStrictEqual(layers((0, attachRules_1.applyEdit)(fn, theirs, { kind: 'move', arn: L('c', 3), direction: 'up' })), [
            L('a', 1),
            L('c', 3),
            L('b', 2),
            L('d', 1),
        ]);
    });
});
describe('attachRules: compatibility, size, change description', () => {
    it('matches runtime and architecture; undeclared means any', () => {
        assert.ok((0, attachRules_1.compatibility)(fn, { compatibleRuntimes: [], compatibleArchitectures: [] }).compatible);
        assert.ok((0, attachRules_1.compatibility)(fn, {
            compatibleRuntimes: ['nodejs22.x', 'nodejs20.x'],
            compatibleArchitectures: ['x86_64'],
        }).compatible);
    });
    it('gives a reason for each mismatch', () => {
        const arm = { ...fn, runtime: 'python3.12', architectures: ['arm64'] };
        const c = (0, attachRules_1.compatibility)(arm, { compatibleRuntimes: ['nodejs22.x'], compatibleArchitectures: ['x86_64'] });
        assert.strictEqual(c.compatible, false);
        assert.deepStrictEqual(c.reasons, [
            'runtimes nodejs22.x; the function runs: python3.12',
            'architectures x86_64; the function is: arm64',
        ]);
        assert.deepStrictEqual((0, attachRules_1.compatibility)(image, { compatibleRuntimes: [], compatibleArchitectures: [] }).reasons, ['container image functions cannot use layers']);
    });
    it('checks the 250 MB unzipped limit, and says when a size cannot be known', () => {
        const MB = 1024 * 1024;
        assert.deepStrictEqual((0, attachRules_1.checkUnzippedSize)(10 * MB, [{ arn: L('a', 1), unzipped: 20 * MB }]), {
            kind: 'fits',
            total: 30 * MB,
        });
        const big = (0, attachRules_1.checkUnzippedSize)(100 * MB, [{ arn: L('a', 1), unzipped: limits_1.MAX_UNZIPPED_BYTES - 100 * MB }]);
        assert.strictEqual(big.kind, 'tooLarge');
        assert.match(big.kind === 'tooLarge' ? big.message : '', /less than 250\.0 MB: a:1/);
        const unknown = (0, attachRules_1.checkUnzippedSize)(1, [{ arn: L('ext', 1, '210987654321'), unzipped: undefined }]);
        assert.deepStrictEqual(unknown, { kind: 'unknown', knownTotal: 1, unknown: ['ext:1'] });
        // Known sizes already over the limit are refused even when another is unknown.
        assert.strictEqual((0, attachRules_1.checkUnzippedSize)(limits_1.MAX_UNZIPPED_BYTES, [{ arn: L('x', 1), unzipped: undefined }]).kind, 'tooLarge');
    });
    it('describes what changed between two lists', () => {
        assert.deepStrictEqual((0, attachRules_1.describeListChange)([L('a', 1), L('b', 2)], [L('a', 1), L('b', 3), L('c', 1)]), [
            'changed b:2 to b:3',
            'added c:1',
        ]);
        assert.deepStrictEqual((0, attachRules_1.describeListChange)([L('a', 1), L('b', 2)], [L('b', 2)]), ['removed a:1']);
        assert.deepStrictEqual((0, attachRules_1.describeListChange)([L('a', 1), L('b', 2)], [L('b', 2), L('a', 1)]), ['reordered']);
        assert.deepStrictEqual((0, attachRules_1.describeListChange)([L('a', 1)], [L('a', 1)]), []);
    });
});
//# sourceMappingURL=attachRules.test.js.map