"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REVIEW_ACTION = void 0;
exports.reviewChanges = reviewChanges;
exports.reviewItem = reviewItem;
const prompter_1 = require("../ui/prompter");
const compareCode_1 = require("./compareCode");
exports.REVIEW_ACTION = '$(diff) Review Changes…';
/** The folder as it would be published against the newest version; a failure is shown, not fatal to the publish. */
async function reviewChanges(deps, arn, folder, prefix, scan) {
    await (0, compareCode_1.compareWithLocalFolder)(deps, arn, folder, prefix, scan).catch((e) => {
        if (!(e instanceof prompter_1.Cancelled))
            void deps.notifier.warn(`Could not compare with the published version: ${e instanceof Error ? e.message : String(e)}`);
    });
}
/** "Review Changes…" on the summary when there is a published version to compare with. */
function reviewItem(previous) {
    return previous
        ? [{ label: exports.REVIEW_ACTION, description: `against version ${previous.version}`, value: 'review' }]
        : [];
}
//# sourceMappingURL=publishLayerReview.js.map