"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.perTable = perTable;
const findings_1 = require("../findings");
const reuse_1 = require("../parse/reuse");
/** The reports of a table with none, shared. */
const NONE = [];
/** Each table's record. */
const kept = new WeakMap();
const slots = new Map();
function slotOf(check) {
    let slot = slots.get(check.code);
    if (slot === undefined)
        slots.set(check.code, (slot = slots.size));
    return slot;
}
/**
 * The reports of `checks` on every table of the model; a check that throws on one table fails whole.
 * With `keep` (an analysis that a parse cache carries to the next version), each table's reports are
 * kept with it; without, a model analysed once, they are only made.
 */
function perTable(checks, ctx, keep = true) {
    const runs = new Map();
    const active = [];
    for (const check of checks) {
        const run = { reports: [] };
        runs.set(check, run);
        try {
            // What else the reports depend on matters only to reports kept for a next version.
            active.push({ check, run, slot: slotOf(check), key: keep ? check.dependsOn?.(ctx) : undefined });
        }
        catch (error) {
            run.failure = { error };
        }
    }
    if (!keep) {
        // Check by check, as each check's code then stays hot over the tables.
        for (const a of active) {
            try {
                for (const table of ctx.model.tables)
                    for (const r of a.check.runTable(table, ctx))
                        a.run.reports.push(r);
            }
            catch (error) {
                a.run.failure = { error };
            }
        }
        return runs;
    }
    const run = runKey(active);
    const moved = reuse_1.charsMoved.any;
    reuse_1.charsMoved.any = false;
    for (const table of ctx.model.tables) {
        let record = kept.get(table);
        if (moved && reuse_1.charsMoved.tables.has(table)) {
            // Its figures moved along their line (an HTML table kept below an edit on a Workiva line): its
            // reports are made again rather than moved span by span.
            reuse_1.charsMoved.tables.delete(table);
            record = undefined;
        }
        if (!record)
            kept.set(table, (record = { from: table.startLine, index: table.index, keys: [], reports: [] }));
        else if (record.from !== table.startLine || record.index !== table.index)
            moveRecord(record, table);
        if (record.run === run) {
            if (record.empty)
                continue;
            for (const a of active)
                for (const r of record.reports[a.slot])
                    a.run.reports.push(r);
            continue;
        }
        let complete = true;
        let empty = true;
        for (const a of active) {
            if (a.run.failure) {
                complete = false;
                continue;
            }
            let reports = record.reports[a.slot];
            if (!reports || record.keys[a.slot] !== a.key) {
                try {
                    // The reports are copied as they stand: their spans may be the cells' own, which a table
                    // moved in place carries along (reuse.ts), and the copies are moved here instead.
                    const made = a.check.runTable(table, ctx);
                    reports = made.length === 0 ? NONE : made.map((r) => (0, findings_1.movedBy)(r, 0));
                }
                catch (error) {
                    a.run.failure = { error };
                    complete = false;
                    continue;
                }
                record.reports[a.slot] = reports;
                record.keys[a.slot] = a.key;
            }
            if (reports.length > 0)
                empty = false;
            for (const r of reports)
                a.run.reports.push(r);
        }
        record.run = complete ? run : undefined;
        record.empty = empty;
    }
    return runs;
}
/** What a table's kept reports were made for: the checks run, each with its key. */
function runKey(active) {
    let key = '';
    for (const a of active)
        key += `${a.slot}:${a.key ?? ''}\u0000`;
    return key;
}
/** Brings a table's record to where the table now is; most tables have no reports, and only the record changes. */
function moveRecord(record, table) {
    const delta = table.startLine - record.from;
    const index = table.index;
    const reports = record.reports;
    for (let slot = 0; slot < reports.length; slot++) {
        const list = reports[slot];
        if (list && list.length > 0) {
            reports[slot] = list.map((r) => ({ ...(delta ? (0, findings_1.movedBy)(r, delta) : r), table: index }));
        }
    }
    record.from = table.startLine;
    record.index = index;
}
//# sourceMappingURL=perTable.js.map