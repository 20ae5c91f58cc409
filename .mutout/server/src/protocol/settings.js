"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SETTINGS = void 0;
exports.readSettings = readSettings;
const sidecar_1 = require("../../../common/sidecar");
exports.DEFAULT_SETTINGS = Object.freeze({
    rules: {},
    hoverEnabled: true,
    suppress: [],
    maxAnalysisMB: 20,
});
const SEVERITIES = new Set(['off', 'information', 'warning', 'error', 'hint']);
function readSettings(raw) {
    if (!raw || typeof raw !== 'object')
        return exports.DEFAULT_SETTINGS;
    const value = raw;
    const rules = {};
    if (value.rules && typeof value.rules === 'object') {
        for (const [key, severity] of Object.entries(value.rules)) {
            if (typeof severity === 'string' && SEVERITIES.has(severity))
                rules[key] = severity;
        }
    }
    const suppress = Array.isArray(value.suppress) ? (0, sidecar_1.parseSidecar)(JSON.stringify({ suppress: value.suppress })) : [];
    const max = typeof value.maxAnalysisMB === 'number' && value.maxAnalysisMB > 0
        ? value.maxAnalysisMB
        : exports.DEFAULT_SETTINGS.maxAnalysisMB;
    return { rules, hoverEnabled: value.hover?.enabled !== false, suppress, maxAnalysisMB: max };
}
//# sourceMappingURL=settings.js.map