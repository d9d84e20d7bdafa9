"use strict";
// Tree nodes in plain data: no vscode here. lambdaTreeProvider.ts turns a NodeView into a vscode.TreeItem.
Object.defineProperty(exports, "__esModule", { value: true });
exports.mdCode = exports.md = void 0;
exports.displayView = displayView;
const displayText_1 = require("../ui/displayText");
/** Escapes text for a markdown tooltip: AWS names and descriptions are untrusted (see src/ui/markdownText.ts). */
var markdownText_1 = require("../ui/markdownText");
Object.defineProperty(exports, "md", { enumerable: true, get: function () { return markdownText_1.mdText; } });
Object.defineProperty(exports, "mdCode", { enumerable: true, get: function () { return markdownText_1.mdCode; } });
/**
 * The view as the user sees it: invisible and bidi characters in the label, description and badge tooltip shown
 * as `<U+202E>`, the description cut to one short line. The provider renders this, never the raw view.
 */
function displayView(v) {
    return {
        ...v,
        label: (0, displayText_1.displayLine)(v.label, displayText_1.DISPLAY_LIMITS.treeLabel),
        description: v.description === undefined ? undefined : (0, displayText_1.displayLine)(v.description, displayText_1.DISPLAY_LIMITS.treeDescription),
        warning: v.warning && { badge: v.warning.badge, tooltip: (0, displayText_1.displayLine)(v.warning.tooltip) },
    };
}
//# sourceMappingURL=treeNode.js.map