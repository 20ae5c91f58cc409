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
exports.FIXTURES = exports.SAMPLE = exports.ROOT = exports.CORPUS = void 0;
exports.readSample = readSample;
exports.sampleWithTabs = sampleWithTabs;
/** Paths the tests read, resolved from the repository root whether run from `test/` or `out/test/`. */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const repo_1 = require("../../scripts/repo");
Object.defineProperty(exports, "CORPUS", { enumerable: true, get: function () { return repo_1.CORPUS; } });
Object.defineProperty(exports, "ROOT", { enumerable: true, get: function () { return repo_1.ROOT; } });
Object.defineProperty(exports, "SAMPLE", { enumerable: true, get: function () { return repo_1.SAMPLE; } });
exports.FIXTURES = path.join(repo_1.ROOT, 'test', 'fixtures');
function readSample() {
    return fs.readFileSync(repo_1.SAMPLE, 'utf8');
}
/**
 * The sample with two lines laid out with tabs: the first table's total, with 553 and 100.00% both
 * off their columns (two moves on one line), and California's row with a wrong percent one column
 * off (a replacement of the figure and a rewrite of its line).
 */
function sampleWithTabs(sample = readSample()) {
    return sample
        .replace('                               553          $ 225,112,214.21         100.00%', '\t\t\t      553\t    $ 225,112,214.21\t     100.00%')
        .replace('California                      268         $ 113,346,210.62       50.35%', 'California\t\t\t268\t    $ 113,346,210.62\t  51.35%');
}
//# sourceMappingURL=paths.js.map