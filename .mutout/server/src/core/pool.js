"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.poolOf = exports.totalsOf = exports.POOL_KEYS = void 0;
exports.poolKey = poolKey;
/**
 * The pool a set of distribution tables describes: the total count and balance most of them agree
 * on (553 loans, $225,112,214.21 nine times in the sample). Cross-table checks compare against it;
 * footing uses it to tell a wrong total from a wrong row.
 *
 * Each table's totals are read once and kept with the table, with their values as map keys, and the
 * agreement is counted in a map: after an edit, a filing of thousands of tables finds its pool again
 * with a lookup and a map entry per table.
 */
const decimal_1 = require("./decimal");
const facts_1 = require("./facts");
const memo_1 = require("./memo");
exports.POOL_KEYS = ['count', 'amount'];
/**
 * The tables of the most-stated value, when at least two state it and they outnumber every other
 * value's, and the tables that state another value, in the filing's order.
 */
function consensus(tables, key) {
    const groups = new Map();
    for (const p of tables) {
        const k = p.keys[key];
        if (k === undefined)
            continue;
        const group = groups.get(k);
        if (group)
            group.push(p);
        else
            groups.set(k, [p]);
    }
    let best;
    let tie = false;
    for (const group of groups.values()) {
        if (!best || group.length > best.length) {
            best = group;
            tie = false;
        }
        else if (group.length === best.length)
            tie = true;
    }
    if (!best || best.length < 2 || tie)
        return undefined;
    const others = [];
    for (const group of groups.values())
        if (group !== best)
            others.push(...group);
    others.sort((a, b) => a.table.index - b.table.index);
    return { agreeing: best, others };
}
/** The totals a distribution table states, or null for a table that is not one; read once per table. */
exports.totalsOf = (0, memo_1.memoize)((table) => {
    if ((0, facts_1.factsOf)(table).shares.length === 0)
        return null;
    const total = table.rows.find((r) => r.kind === 'total');
    if (!total)
        return null;
    const countCol = table.columns.find((c) => c.kind === 'count' && total.cells[c.index]?.value);
    const amountCol = table.columns.find((c) => c.kind === 'amount' && total.cells[c.index]?.value);
    if (!countCol && !amountCol)
        return null;
    const count = countCol && total.cells[countCol.index];
    const amount = amountCol && total.cells[amountCol.index];
    return {
        table,
        count,
        amount,
        keys: { count: count && (0, decimal_1.valueKey)(count.value), amount: amount && (0, decimal_1.valueKey)(amount.value) },
    };
});
/** The pool of a model's distribution tables, worked out once per model. */
exports.poolOf = (0, memo_1.memoize)(findPool);
/**
 * The pool found last, while its model is still held: a keystroke that changes no table's totals
 * (most of them) finds the same tables' totals in the same order, and the same pool.
 */
let last;
function findPool(model) {
    const tables = [];
    for (const table of model.tables) {
        const totals = (0, exports.totalsOf)(table);
        if (totals)
            tables.push(totals);
    }
    const before = last?.deref();
    const pool = (before && keptFrom(before, tables)) ?? agreement(tables);
    if (pool !== before)
        last = new WeakRef(pool);
    return pool;
}
/**
 * The pool of `tables` from the pool before, where they are its tables in the same order (totals
 * are read once per table), some of them built again and stating the same totals as the ones they
 * replace (a keystroke in a pool table's label or in a figure of its body): the agreement stands,
 * with the new tables in the old ones' places, and with none replaced it is the very pool before.
 * Null where any total changed, or tables came or went. The tables are compared, not counted again.
 */
function keptFrom(before, tables) {
    const old = before.tables;
    if (old.length === 0 || old.length !== tables.length)
        return null;
    const by = new Map();
    for (let k = 0; k < tables.length; k++) {
        const a = old[k];
        const b = tables[k];
        if (a === b)
            continue;
        if (a.keys.count !== b.keys.count || a.keys.amount !== b.keys.amount)
            return null;
        by.set(a, b);
    }
    if (by.size === 0)
        return before;
    const swap = (list) => (list.some((p) => by.has(p)) ? list.map((p) => by.get(p) ?? p) : list);
    const agreeing = { count: swap(before.agreeing.count), amount: swap(before.agreeing.amount) };
    // The agreed figure as the first agreeing table prints it, as agreement() takes it.
    const agreed = {};
    for (const key of exports.POOL_KEYS)
        if (before.agreed[key])
            agreed[key] = agreeing[key][0][key].value;
    return {
        tables,
        agreed,
        agreeing,
        disagreeing: { count: swap(before.disagreeing.count), amount: swap(before.disagreeing.amount) },
    };
}
/** What the tables' totals agree on. */
function agreement(tables) {
    const agreed = {};
    const agreeing = { count: [], amount: [] };
    const disagreeing = { count: [], amount: [] };
    if (tables.length >= 3) {
        for (const key of exports.POOL_KEYS) {
            const found = consensus(tables, key);
            if (!found)
                continue;
            agreed[key] = found.agreeing[0][key].value;
            agreeing[key] = found.agreeing;
            disagreeing[key] = found.others;
        }
    }
    return { tables, agreed, agreeing, disagreeing };
}
/**
 * What the pool says of every table, as a key: the agreed totals and how many tables state them.
 * Reports worded from the pool are made again when it changes.
 */
function poolKey(pool) {
    return exports.POOL_KEYS.map((key) => {
        const agreeing = pool.agreeing[key];
        return agreeing.length > 0 ? `${key}=${agreeing[0].keys[key]}x${agreeing.length}` : key;
    }).join(' ');
}
//# sourceMappingURL=pool.js.map