"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Loader = void 0;
exports.panelTitle = panelTitle;
exports.handlePanelMessage = handlePanelMessage;
// What both panels share: the ports a controller gets, the loader that (re)loads a panel's data and reports
// failures to the view, and the messages every panel answers the same way (ready, refresh, open in console).
const resourceActions_1 = require("../commands/resourceActions");
const runCommand_1 = require("../commands/runCommand");
const displayText_1 = require("../ui/displayText");
/** A panel tab's title: the name (the tab's icon is the λ), or `Layer name:version`; invisible characters shown. */
function panelTitle(kind, title) {
    return (0, displayText_1.displayLine)(kind === 'function' ? title : `Layer ${title}`, 80);
}
/** Loading, reloading and error reporting shared by both panels (composition: each controller owns one). */
class Loader {
    port;
    deps;
    read;
    toView;
    data;
    /** A change arrived while hidden: reload on the next `ready`. */
    stale = false;
    generation = 0;
    controller;
    constructor(port, deps, read, toView) {
        this.port = port;
        this.deps = deps;
        this.read = read;
        this.toView = toView;
    }
    async load() {
        const generation = ++this.generation;
        this.controller?.abort();
        const controller = (this.controller = new AbortController());
        this.stale = false;
        if (this.data === undefined)
            this.port.post({ type: 'loading' });
        this.port.post({ type: 'busy', busy: true });
        try {
            const data = await this.read(controller.signal);
            if (generation !== this.generation)
                return;
            this.data = data;
            this.port.post(this.toView(data));
        }
        catch (e) {
            if (generation !== this.generation || (0, runCommand_1.isCancellation)(e))
                return;
            this.deps.log.error('Failed to load a panel', e);
            this.port.post({ type: 'error', message: (0, runCommand_1.userMessage)(e) });
        }
        finally {
            if (generation === this.generation)
                this.port.post({ type: 'busy', busy: false });
        }
    }
    /** The view (re)started: show what we have, or load. */
    async ready() {
        if (this.data !== undefined && !this.stale) {
            this.port.post(this.toView(this.data));
            return;
        }
        await this.load();
    }
    changed() {
        if (this.port.visible)
            void this.load();
        else
            this.stale = true;
    }
    dispose() {
        this.generation++;
        this.controller?.abort();
    }
}
exports.Loader = Loader;
async function common(m, loader, host, ref) {
    const deps = host.deps;
    switch (m.type) {
        case 'ready':
            await loader.ready();
            return true;
        case 'refresh':
            await loader.load();
            return true;
        case 'openConsole':
            await (0, resourceActions_1.consoleUrlFor)(deps, ref);
            return true;
        default:
            return false;
    }
}
/**
 * Handles one message from a panel's view: the common ones here, the rest by `own`; a failure becomes an error
 * notice in the panel (and a log line), a cancel is silent.
 */
async function handlePanelMessage(m, panel, name, own) {
    try {
        if (await common(m, panel.loader, panel.host, panel.ref))
            return;
        await own(m);
    }
    catch (e) {
        if ((0, runCommand_1.isCancellation)(e))
            return;
        panel.host.deps.log.error(`${name}: ${m.type} failed`, e);
        panel.port.post({ type: 'notice', level: 'error', message: (0, runCommand_1.userMessage)(e) });
    }
}
//# sourceMappingURL=panelLoader.js.map