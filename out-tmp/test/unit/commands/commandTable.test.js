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
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const commandTable_1 = require("../../../src/commands/commandTable");
const root = path.resolve(__dirname, '../../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
describe('command table', () => {
    it('matches package.json contributes.commands exactly', () => {
        const contributed = pkg.contributes.commands.map((c) => c.command).sort();
        const table = commandTable_1.COMMANDS.map((c) => c.id).sort();
        assert.deepStrictEqual(table, contributed);
    });
    it('uses <prefix>.<noun>.<verb> ids, each once', () => {
        const ids = commandTable_1.COMMANDS.map((c) => c.id);
        assert.strictEqual(new Set(ids).size, ids.length);
        for (const id of ids)
            assert.match(id, /^lambdaExplorer\.[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
    });
    it('every command in a menu is contributed', () => {
        const contributed = new Set(pkg.contributes.commands.map((c) => c.command));
        for (const [menu, items] of Object.entries(pkg.contributes.menus)) {
            for (const item of items)
                assert.ok(contributed.has(item.command), `${menu} names ${item.command}`);
        }
    });
    /** The `viewItem =~ /…/` regex of a command's view/item/context entries. */
    function itemMenus(command) {
        return pkg.contributes.menus['view/item/context']
            .filter((m) => m.command === command)
            .map((m) => {
            const found = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(m.when);
            assert.ok(found, `${command}: ${m.when}`);
            return new RegExp(found[1]);
        });
    }
    const offered = (command, contextValue) => itemMenus(command).some((r) => r.test(contextValue));
    it('offers copy and open on every attached layer, outdated or not, in a function or a published version', () => {
        for (const cv of ['attachedLayer', 'attachedLayer outdated', 'frozenLayer', 'frozenLayer outdated']) {
            for (const c of [
                'lambdaExplorer.resource.copyArn',
                'lambdaExplorer.resource.copyName',
                'lambdaExplorer.resource.openInConsole',
            ]) {
                assert.ok(offered(c, cv), `${c} on ${cv}`);
            }
        }
    });
    it("never offers detach, move or upgrade on a published version's frozen layers", () => {
        for (const cv of ['frozenLayer', 'frozenLayer outdated']) {
            for (const c of ['detach', 'moveUp', 'moveDown', 'upgrade'])
                assert.ok(!offered(`lambdaExplorer.attachedLayer.${c}`, cv), `${c} on ${cv}`);
        }
        assert.ok(offered('lambdaExplorer.attachedLayer.upgrade', 'attachedLayer outdated'));
        assert.ok(!offered('lambdaExplorer.attachedLayer.upgrade', 'attachedLayer'), 'upgrade only when outdated');
    });
    it('offers Move Up except on the first layer, Move Down except on the last', () => {
        const up = 'lambdaExplorer.attachedLayer.moveUp';
        const down = 'lambdaExplorer.attachedLayer.moveDown';
        assert.ok(offered(up, 'attachedLayer') && offered(down, 'attachedLayer'), 'a middle layer moves both ways');
        assert.ok(!offered(up, 'attachedLayer first') && offered(down, 'attachedLayer first'));
        assert.ok(offered(up, 'attachedLayer outdated last') && !offered(down, 'attachedLayer outdated last'));
        assert.ok(!offered(up, 'attachedLayer first last') && !offered(down, 'attachedLayer first last'));
        // The markers do not take away anything else.
        for (const cv of [
            'attachedLayer outdated first',
            'frozenLayer outdated last',
            'attachedLayer first last',
        ]) {
            assert.ok(offered('lambdaExplorer.resource.copyArn', cv), cv);
            assert.ok(offered('lambdaExplorer.resource.openInConsole', cv), cv);
        }
        assert.ok(offered('lambdaExplorer.attachedLayer.upgrade', 'attachedLayer outdated first'));
        assert.ok(offered('lambdaExplorer.attachedLayer.detach', 'attachedLayer first last'));
    });
    it('offers "Update Functions…" on Used by unless only published versions use the version', () => {
        assert.ok(offered('lambdaExplorer.usedBy.updateFunctions', 'usedBy'));
        assert.ok(!offered('lambdaExplorer.usedBy.updateFunctions', 'usedBy noLatest'));
        assert.ok(offered('lambdaExplorer.usedBy.refresh', 'usedBy noLatest'));
    });
    describe('the palette before a connection', () => {
        const READY = 'lambdaExplorer.connectionState == ready';
        const palette = pkg.contributes.menus.commandPalette;
        const whenOf = (id) => palette.find((m) => m.command === id)?.when;
        it('hides every command that needs a connection until the connection is ready', () => {
            const needing = commandTable_1.COMMANDS.filter((c) => !c.offline);
            assert.ok(needing.length > 20, 'the table marks only a few commands as working offline');
            for (const c of needing) {
                const when = whenOf(c.id);
                assert.ok(when === 'false' ||
                    (when !== undefined &&
                        when
                            .split('&&')
                            .map((x) => x.trim())
                            .includes(READY)), `${c.id}: commandPalette when = ${when}`);
            }
        });
        it('keeps choosing and managing connections and the log in the palette in every state', () => {
            const offline = commandTable_1.COMMANDS.filter((c) => c.offline).map((c) => c.id);
            assert.deepStrictEqual(offline.sort(), [
                'lambdaExplorer.connection.addProfile',
                'lambdaExplorer.connection.addRegion',
                'lambdaExplorer.connection.pick',
                'lambdaExplorer.connection.pickRegion',
                'lambdaExplorer.connection.remove',
                'lambdaExplorer.connection.setActive',
                'lambdaExplorer.log.show',
            ]);
            for (const id of offline)
                assert.strictEqual(whenOf(id), undefined, id);
        });
        it('shows welcome content with a way out in both views when the settings are invalid', () => {
            const welcome = pkg.contributes.viewsWelcome;
            for (const view of ['lambdaExplorer.functions', 'lambdaExplorer.layers']) {
                const w = welcome.find((x) => x.view === view && x.when === 'lambdaExplorer.connectionState == invalid');
                assert.ok(w, `${view}: welcome for the invalid state`);
                assert.match(w.contents, /\]\(command:workbench\.action\.openSettings\?/);
                assert.match(w.contents, /\]\(command:lambdaExplorer\.connection\.pick\)/);
            }
        });
    });
});
//# sourceMappingURL=commandTable.test.js.map