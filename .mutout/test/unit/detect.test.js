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
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const detect_1 = require("../../client/src/detect");
const paths_1 = require("../support/paths");
const repo_1 = require("../../scripts/repo");
(0, node_test_1.test)('the sample and EDGAR submissions look like filings', () => {
    assert.equal((0, detect_1.looksLikeFiling)((0, paths_1.readSample)()), true);
    assert.equal((0, detect_1.looksLikeFiling)('<SEC-DOCUMENT>0000950123-94-000001.txt : 19940101\n<SEC-HEADER>'), true);
    assert.equal((0, detect_1.looksLikeFiling)('-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR'), true);
});
(0, node_test_1.test)('ordinary text does not', () => {
    assert.equal((0, detect_1.looksLikeFiling)('Shopping list\n\neggs   12\nmilk    2\n'), false);
    assert.equal((0, detect_1.looksLikeFiling)('# README\n\nSome notes about the Securities and Exchange Commission.\n'), false);
    assert.equal((0, detect_1.looksLikeFiling)(''), false);
});
(0, node_test_1.test)('every text filing of the corpus is recognised from its first 8 KB', { skip: !fs.existsSync(paths_1.CORPUS) && !process.env.CI ? 'no corpus' : false }, () => {
    for (const f of fs.readdirSync(paths_1.CORPUS).filter((n) => /\.(txt|nc)$/.test(n))) {
        const head = fs.readFileSync(path.join(paths_1.CORPUS, f), 'latin1').slice(0, 8192);
        assert.equal((0, detect_1.looksLikeFiling)(head), true, f);
    }
});
(0, node_test_1.test)('HTML filings are recognised, web pages are not', () => {
    assert.equal((0, detect_1.looksLikeHtmlFiling)('<html><body><p align="center"><b>UNITED STATES<br>SECURITIES&nbsp;AND EXCHANGE COMMISSION</b></p>' +
        '<p>Washington, D.C.&nbsp;20549</p><p><b>FORM 10-Q</b></p>'), true);
    assert.equal((0, detect_1.looksLikeHtmlFiling)('<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body></body></html>'), true);
    assert.equal((0, detect_1.looksLikeHtmlFiling)('<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n<HTML>'), true);
    assert.equal((0, detect_1.looksLikeHtmlFiling)('<!DOCTYPE html><html><head><title>My blog</title></head><body><table>'), false);
    assert.equal((0, detect_1.looksLikeHtmlFiling)('<html><body><p>We read the Form 10-K of a company this week.</p></body></html>'), false);
});
(0, node_test_1.test)('every HTML filing of the project corpus is recognised from its first 32 KB', { skip: (0, repo_1.projectFilings)().length === 0 ? 'no project corpus' : false }, () => {
    const html = (0, repo_1.projectFilings)().filter((f) => /\.html?(\.gz)?$/.test(f));
    assert.ok(html.length >= 10, `${html.length} HTML filings`);
    for (const f of html) {
        const head = (0, repo_1.readFiling)(f).toString('latin1').slice(0, 32768);
        assert.equal((0, detect_1.looksLikeHtmlFiling)(head), true, f);
    }
});
//# sourceMappingURL=detect.test.js.map