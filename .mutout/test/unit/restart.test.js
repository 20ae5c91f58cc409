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
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const restart_1 = require("../../client/src/restart");
(0, node_test_1.test)('the first crash restarts and tells the user; later ones restart quietly', () => {
    const p = new restart_1.RestartPolicy();
    assert.equal(p.onClosed(0), 'restart-and-tell');
    assert.equal(p.onClosed(10_000), 'restart');
    assert.equal(p.onClosed(20_000), 'restart');
});
(0, node_test_1.test)('five crashes within three minutes give up; spread out they do not', () => {
    const p = new restart_1.RestartPolicy();
    for (let i = 0; i < 4; i++)
        assert.notEqual(p.onClosed(i * 1000), 'give-up');
    assert.equal(p.onClosed(5000), 'give-up');
    const q = new restart_1.RestartPolicy();
    for (let i = 0; i < 10; i++)
        assert.notEqual(q.onClosed(i * 60_000), 'give-up');
});
//# sourceMappingURL=restart.test.js.map