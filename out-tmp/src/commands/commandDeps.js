"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=commandDeps.js.map