"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=publishTargets.js.map