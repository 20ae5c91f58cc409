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
/**
 * `npm run test:vscode`: the extension-host suite in a desktop VS Code via @vscode/test-electron.
 * It uses VSCODE_EXECUTABLE_PATH when set, else downloads VS Code; where neither works (no binary,
 * no network to fetch one) it says it skipped, and why, instead of pretending to pass a test.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const test_electron_1 = require("@vscode/test-electron");
const repo_1 = require("../../scripts/repo");
async function main() {
    let executable = process.env.VSCODE_EXECUTABLE_PATH;
    if (executable && !fs.existsSync(executable))
        throw new Error(`VSCODE_EXECUTABLE_PATH does not exist: ${executable}`);
    if (!executable) {
        try {
            executable = await (0, test_electron_1.downloadAndUnzipVSCode)('1.100.3');
        }
        catch (error) {
            console.log(`skipped: no VS Code binary (set VSCODE_EXECUTABLE_PATH); downloading one failed: ${error.message}`);
            return;
        }
    }
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-vscode-'));
    const sample = fs.readFileSync(repo_1.SAMPLE, 'utf8');
    fs.writeFileSync(path.join(workspace, 'sample.txt'), sample);
    fs.writeFileSync(path.join(workspace, 'mutated.txt'), sample.replace('50.35%', '51.35%'));
    await (0, test_electron_1.runTests)({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: repo_1.ROOT,
        extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
        extensionTestsEnv: { FILING_LINT_WORKSPACE: workspace },
    });
}
main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
});
//# sourceMappingURL=runTest.js.map