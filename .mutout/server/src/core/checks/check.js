"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createContext = createContext;
const facts_1 = require("../facts");
function createContext(model) {
    return { model, facts: facts_1.factsOf };
}
//# sourceMappingURL=check.js.map