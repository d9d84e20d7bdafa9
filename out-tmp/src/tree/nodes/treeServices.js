"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeLoadFailure = describeLoadFailure;
const errors_1 = require("../../aws/errors");
/** A load failed: log it (what, and the error's details), and return the short reason the error node shows. */
function describeLoadFailure(services, what, e) {
    if (!(0, errors_1.isLambdaError)(e, 'Cancelled'))
        services.log?.error(`Failed to load ${what}`, e);
    return services.describeError(e);
}
//# sourceMappingURL=treeServices.js.map