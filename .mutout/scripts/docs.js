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
exports.PACKAGE_JSON = exports.README = void 0;
exports.ruleTable = ruleTable;
exports.rulesDescription = rulesDescription;
exports.renderReadme = renderReadme;
exports.renderPackageJson = renderPackageJson;
exports.generated = generated;
/**
 * `npm run docs`: writes the rule lists that repeat the check registry (`CHECKS`, from each check's
 * code, name, default severity and description): the README's table of rules, between its
 * `<!-- rules:start -->` and `<!-- rules:end -->` markers, and the rule list of the
 * `filingLint.rules` setting's description in package.json. test/unit/docs.test.ts fails when either
 * file differs from what this writes, so a new check is listed once it is registered and this is run.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../server/src/core");
const repo_1 = require("./repo");
exports.README = path.join(repo_1.ROOT, 'README.md');
exports.PACKAGE_JSON = path.join(repo_1.ROOT, 'package.json');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
/** The setting whose description lists the rules. */
const RULES_SETTING = 'filingLint.rules';
/** The description's text before the list; the list follows it. */
const RULES_INTRO = 'Severity per rule, by code or name: `off`, `information`, `warning` or `error`. ' +
    'Example: `{ "FL201": "off", "row-percentage": "warning" }`.';
/** A table cell's text: a `|` would end the cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|');
}
/** The README's table of rules, a row per check in registry order, each code linked to its page. */
function ruleTable(checks = core_1.CHECKS) {
    const rows = checks.map((c) => `| [${c.code}](docs/rules/${c.code}.md) | \`${c.name}\` | ${c.defaultSeverity} | ${cell(c.description)} |`);
    return ['| Code | Name | Default | What |', '|---|---|---|---|', ...rows].join('\n');
}
/** The `filingLint.rules` setting's description: how to set a severity, then every rule. */
function rulesDescription(checks = core_1.CHECKS) {
    const list = checks.map((c) => `- \`${c.code}\` \`${c.name}\` (${c.defaultSeverity}): ${c.description}`);
    return `${RULES_INTRO}\n\nRules:\n${list.join('\n')}`;
}
/** The README's text with the table between the markers written afresh. */
function renderReadme(readme, checks = core_1.CHECKS) {
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start)
        throw new Error(`README.md: no ${START} ... ${END} markers`);
    return `${readme.slice(0, start + START.length)}\n${ruleTable(checks)}\n${readme.slice(end)}`;
}
/** package.json's text with the rules setting's description written afresh (JSON laid out as npm does). */
function renderPackageJson(manifest, checks = core_1.CHECKS) {
    const pkg = JSON.parse(manifest);
    const setting = pkg.contributes.configuration.properties[RULES_SETTING];
    if (!setting)
        throw new Error(`package.json: no ${RULES_SETTING} setting`);
    setting.markdownDescription = rulesDescription(checks);
    return `${JSON.stringify(pkg, null, 2)}\n`;
}
/** Each generated file, with its text now and as it should be. */
function generated() {
    const readme = fs.readFileSync(exports.README, 'utf8');
    const manifest = fs.readFileSync(exports.PACKAGE_JSON, 'utf8');
    return [
        { file: exports.README, current: readme, expected: renderReadme(readme) },
        { file: exports.PACKAGE_JSON, current: manifest, expected: renderPackageJson(manifest) },
    ];
}
if (require.main === module) {
    for (const { file, current, expected } of generated()) {
        const name = path.relative(repo_1.ROOT, file);
        if (current === expected) {
            console.log(`${name}: up to date`);
            continue;
        }
        fs.writeFileSync(file, expected);
        console.log(`${name}: written`);
    }
}
//# sourceMappingURL=docs.js.map