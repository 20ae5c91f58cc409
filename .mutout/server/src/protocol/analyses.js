"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Analyses = void 0;
const core_1 = require("../core");
const messages_1 = require("../../../common/messages");
const diagnostics_1 = require("./diagnostics");
const documents_1 = require("./documents");
/** Analyses slower than this (ms) make the next edits wait for a pause in typing. */
const TIME_BUDGET_MS = 250;
class Analyses {
    connection;
    loadSettings;
    docsUri;
    host;
    states = new Map();
    constructor(connection, 
    /** The settings of a document, asked for when it has none kept. */
    loadSettings, 
    /** The docs page of a code, which every diagnostic links to. */
    docsUri, 
    /** The sidecar files, and what to say of a document too large to analyse. */
    host) {
        this.connection = connection;
        this.loadSettings = loadSettings;
        this.docsUri = docsUri;
        this.host = host;
    }
    /** Starts keeping a document that has just opened. */
    open(doc) {
        const state = { doc };
        this.states.set(doc.uri, state);
        return state;
    }
    get(uri) {
        return this.states.get(uri);
    }
    /** Forgets a closed document: its record, and a validation still waiting to run. */
    close(uri) {
        clearTimeout(this.states.get(uri)?.timer);
        this.states.delete(uri);
    }
    /**
     * Analyses every open document again and publishes the results: the suppressions changed, or,
     * with `settingsChanged`, the configuration did.
     */
    revalidateAll(settingsChanged) {
        for (const state of this.states.values()) {
            if (settingsChanged)
                state.settings = undefined;
            state.sidecar = undefined;
            state.analysis = undefined;
            void this.validate(state);
        }
    }
    /** The analysis of the document's current version, computed once per version and settings. */
    analysisOf(state) {
        const version = state.doc.version;
        const running = state.inFlight;
        if (running && running.version === version)
            return running.promise;
        const promise = this.computeAnalysis(state).finally(() => {
            if (state.inFlight?.promise === promise)
                state.inFlight = undefined;
        });
        state.inFlight = { version, promise };
        return promise;
    }
    /** Analyses the current version and publishes its findings and status. */
    async validate(state) {
        const doc = state.doc;
        const version = doc.version;
        try {
            const entry = await this.analysisOf(state);
            if (!entry || entry.version !== doc.version)
                return; // stale: never publish an older version over a newer one
            const a = entry.analysis;
            await this.publish(state, entry.version, a.findings, a.model.tables.length, a.ms);
        }
        catch (error) {
            this.connection.console.error(`validation of ${doc.uri} failed: ${String(error?.stack ?? error)}`);
            if (this.isCurrent(state, version))
                await this.publishFailure(state).catch(() => undefined);
        }
    }
    /**
     * Edits are analysed at once while analysis is fast. When a document's last analysis took longer
     * than the time budget, edits arriving in a burst are coalesced: the document is analysed once the
     * burst pauses, so typing never queues up analyses of versions nobody will see.
     */
    scheduleValidation(state) {
        clearTimeout(state.timer);
        state.timer = undefined;
        const ms = state.lastMs ?? 0;
        if (ms <= TIME_BUDGET_MS) {
            void this.validate(state);
            return;
        }
        state.timer = setTimeout(() => {
            state.timer = undefined;
            void this.validate(state);
        }, Math.min(ms, 2000));
    }
    /** Whether the document is still open and at `version`. */
    isCurrent(state, version) {
        return this.states.get(state.doc.uri) === state && state.doc.version === version;
    }
    settingsOf(state) {
        return (state.settings ??= this.loadSettings(state.doc.uri));
    }
    async computeAnalysis(state) {
        const doc = state.doc;
        const version = doc.version;
        const settings = await this.settingsOf(state);
        if (!this.isCurrent(state, version))
            return null; // a newer version is on its way
        const cached = state.analysis;
        if (cached && cached.version === version && cached.settings === settings)
            return cached;
        const size = doc.chars;
        if (size > settings.maxAnalysisMB * 1024 * 1024) {
            const analysis = skipped(doc, size, settings.maxAnalysisMB, this.host.largeDocumentAdvice);
            return (state.analysis = { version, settings, analysis });
        }
        // Silenced findings: the workspace setting's and those of the sidecar file beside the filing.
        const sidecar = await (state.sidecar ??= Promise.resolve(this.host.sidecar(doc.uri)));
        const silenced = [...settings.suppress, ...sidecar];
        if (!this.isCurrent(state, version))
            return null;
        // A document's parse cache exists once it has been analysed. Only the time of re-analysing an
        // edit predicts the next edit's: the first analysis parses the document whole.
        let cache = state.parseCache;
        const incremental = cache !== undefined;
        if (!cache)
            state.parseCache = cache = (0, core_1.createParseCache)();
        // A large document analysed for the first time gets the findings of its first pages published first.
        if (!incremental && (await this.publishFirstLook(state, settings, silenced, cache))) {
            if (!this.isCurrent(state, version))
                return null; // edited meanwhile: the new version follows
        }
        const started = performance.now();
        // The model keeps the store's line array: edits change it in place, and a model is only read
        // for the version it was made for (every request waits for the current version's analysis).
        // What changed since the cache's parse is taken now; should the analysis fail, the cache goes too,
        // so the next one starts from a whole parse rather than from a change it never saw.
        let analysis;
        try {
            analysis = (0, core_1.analyzeLines)(doc.lines, { severities: settings.rules, cache, change: (0, documents_1.takeChange)(doc) });
        }
        catch (error) {
            state.parseCache = undefined;
            throw error;
        }
        if (incremental)
            state.lastMs = performance.now() - started;
        analysis.findings = (0, core_1.applySuppressions)(analysis.model, analysis.findings, silenced);
        for (const failure of analysis.failures) {
            this.connection.console.error(`check ${failure.code} failed on ${doc.uri}: ${String(failure.error?.stack ?? failure.error)}`);
        }
        return (state.analysis = { version, settings, analysis });
    }
    /**
     * On opening a large document, publishes the findings of its first pages before the whole analysis
     * (see core/firstLook.ts): the pages it parses stay in `cache` for the whole analysis. Returns whether
     * it published, after which the caller checks the document is still the version it was.
     */
    async publishFirstLook(state, settings, silenced, cache) {
        const doc = state.doc;
        const version = doc.version;
        let look;
        try {
            look = (0, core_1.firstLook)(doc.lines, cache, { severities: settings.rules });
        }
        catch (error) {
            // The parse fills the cache only once it has finished, so the whole analysis goes ahead as if
            // there had been no look, and reports what fails again.
            this.connection.console.error(`first look at ${doc.uri} failed: ${String(error?.stack ?? error)}`);
            return false;
        }
        if (!look)
            return false;
        const findings = (0, core_1.applySuppressions)(look.model, look.findings, silenced);
        await this.publish(state, version, findings, look.tables, look.ms, look.through);
        return true;
    }
    /**
     * Publishes a version's findings, then the figures the status item shows (`through` for a first
     * look: the findings cover lines above it only).
     */
    async publish(state, version, findings, tables, ms, through) {
        const uri = state.doc.uri;
        const diagnostics = findings.map((f) => (0, diagnostics_1.toDiagnostic)(f, uri, this.docsUri));
        await this.connection.sendDiagnostics({ uri, version, diagnostics });
        const status = {
            uri,
            version,
            tables,
            findings: findings.length,
            errors: findings.filter((f) => f.severity === 'error').length,
            ms,
            skipped: findings.some((f) => f.code === 'FL000'),
            through,
        };
        state.lastStatus = status;
        await this.connection.sendNotification(messages_1.STATUS, status);
    }
    /**
     * After an analysis failed, the status says so: the diagnostics already published for the version
     * (a first look's) stay, and the status item stops saying the rest is under way.
     */
    async publishFailure(state) {
        const { uri, version } = state.doc;
        const last = state.lastStatus;
        const shown = last?.version === version ? last : { uri, version, tables: 0, findings: 0, errors: 0, ms: 0, skipped: false };
        await this.connection.sendNotification(messages_1.STATUS, { ...shown, failed: true });
    }
}
exports.Analyses = Analyses;
/** An analysis that did not run: the document is over the size limit; one note says so. */
function skipped(doc, size, limitMB, advice) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return {
        model: { lines: [], tables: [], pages: [], regions: [], flags: new Uint8Array(0), htmlProse: [] },
        findings: [
            {
                code: 'FL000',
                rule: 'skipped',
                severity: 'information',
                message: `Filing Lint did not analyse this ${mb} MB document: it is over filingLint.maxAnalysisMB (${limitMB}). ` +
                    `Raise the setting, or lint it with ${advice}.`,
                span: { line: 0, start: 0, end: Math.min(doc.lines[0]?.length ?? 0, 200) },
                related: [],
            },
        ],
        failures: [],
        ms: 0,
    };
}
//# sourceMappingURL=analyses.js.map