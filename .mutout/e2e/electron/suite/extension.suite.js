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
/// <reference types="mocha" />
/**
 * The extension through the VS Code API, in the extension host: language detection of a .txt
 * filing, diagnostics (waited for with onDidChangeDiagnostics, never a fixed sleep), hovers, code
 * actions and applying a quick fix, and document symbols.
 */
const assert = __importStar(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const vscode = __importStar(require("vscode"));
const workspace = process.env.FILING_LINT_WORKSPACE;
function diagnosticsFor(uri, ready) {
    const now = vscode.languages.getDiagnostics(uri);
    if (ready(now))
        return Promise.resolve(now);
    return new Promise((resolve) => {
        const sub = vscode.languages.onDidChangeDiagnostics((e) => {
            if (!e.uris.some((u) => u.toString() === uri.toString()))
                return;
            const d = vscode.languages.getDiagnostics(uri);
            if (ready(d)) {
                sub.dispose();
                resolve(d);
            }
        });
    });
}
async function openFiling(name) {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspace, name)));
    await vscode.window.showTextDocument(doc);
    if (doc.languageId === 'sec-filing')
        return doc;
    return new Promise((resolve) => {
        const sub = vscode.workspace.onDidOpenTextDocument((d) => {
            if (d.uri.toString() === doc.uri.toString() && d.languageId === 'sec-filing') {
                sub.dispose();
                resolve(d);
            }
        });
    });
}
suite('Filing Lint in VS Code', () => {
    test('a .txt filing is detected as SEC Filing', async () => {
        const doc = await openFiling('sample.txt');
        assert.equal(doc.languageId, 'sec-filing');
    });
    test('the wrong percent gets FL102 on its range', async () => {
        const doc = await openFiling('mutated.txt');
        const diagnostics = await diagnosticsFor(doc.uri, (d) => d.some((x) => x.code && String(typeof x.code === 'object' ? x.code.value : x.code) === 'FL102'));
        const d = diagnostics.find((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'FL102');
        assert.equal(doc.getText(d.range), '51.35%');
        assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
        assert.match(d.message, /Percent 51\.35% ≠ 50\.35%/);
    });
    test('hovers: the number and the table', async () => {
        const doc = await openFiling('mutated.txt');
        const at = doc.positionAt(doc.getText().indexOf('51.35%') + 1);
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at);
        const text = hovers
            .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
            .join('\n');
        assert.match(text, /Computed: \*\*50\.35%\*\*/);
        const title = doc.positionAt(doc.getText().indexOf('Mortgage Rates(1)') + 2);
        const summary = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, title);
        assert.match(summary
            .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
            .join('\n'), /Balance-weighted average \*\*6\.973\*\*/);
    });
    test('the quick fix applies and the diagnostic goes away', async () => {
        const doc = await openFiling('mutated.txt');
        const diagnostics = await diagnosticsFor(doc.uri, (d) => d.length > 0);
        const d = diagnostics.find((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'FL102');
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => a.title === 'Change 51.35% to 50.35%');
        assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        await diagnosticsFor(doc.uri, (all) => !all.some((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'FL102'));
        assert.ok(doc.getText().includes('$ 113,346,210.62       50.35%'));
    });
    test('document symbols list the nine tables', async () => {
        const doc = await openFiling('sample.txt');
        const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
        assert.equal(symbols.length, 9);
        assert.equal(symbols[3].name, 'Mortgage Rates');
    });
});
//# sourceMappingURL=extension.suite.js.map