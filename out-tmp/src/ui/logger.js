"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.logLine = logLine;
exports.describeForLog = describeForLog;
// The log port. Every line goes through logLine(): redact() (src/aws/redact.ts), and invisible or bidi
// characters from AWS data shown as `<U+202E>` (a right-to-left override would reorder the rest of the line).
const redact_1 = require("../aws/redact");
const displayText_1 = require("./displayText");
/** A log line as written: secrets redacted, invisible characters shown (line breaks kept for stacks). */
function logLine(message) {
    return (0, displayText_1.showInvisible)((0, redact_1.redact)(message));
}
/** A loggable description of an error: name, message and, for our errors, the AWS details. */
function describeForLog(e) {
    if (e instanceof Error) {
        const details = e.details;
        const extra = details && typeof details === 'object' ? ` ${JSON.stringify(details)}` : '';
        return (0, redact_1.redact)(`${e.name}: ${e.message}${extra}${e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : ''}`);
    }
    return (0, redact_1.redact)(String(e));
}
//# sourceMappingURL=logger.js.map