"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pageSlot = pageSlot;
exports.keptOn = keptOn;
exports.keptWithPage = keptWithPage;
exports.keepWithPage = keepWithPage;
let slots = 0;
/** A new slot in every page's `kept` list, made once per kind at module load. */
function pageSlot() {
    return { index: slots++ };
}
/** What `slot` holds for `page`, as it was kept (not moved). */
function keptOn(slot, page) {
    return page.kept[slot.index];
}
/**
 * What was worked out from `page` and kept with the page object across edits, moved with the page
 * (`move`) when lines were added or removed above it; undefined for a page parsed anew, whose items
 * `keepWithPage` then keeps.
 */
function keptWithPage(slot, page, move) {
    const known = keptOn(slot, page);
    if (!known || known.from === page.from)
        return known?.items;
    // Most pages hold none of what is kept: only where they start moves.
    if (known.items.length === 0) {
        known.from = page.from;
        return known.items;
    }
    const delta = page.from - known.from;
    const items = known.items.map((item) => move(item, delta));
    page.kept[slot.index] = { from: page.from, items };
    return items;
}
/** Keeps what was worked out from `page` with it (see keptWithPage). */
function keepWithPage(slot, page, items) {
    page.kept[slot.index] = { from: page.from, items };
    return items;
}
//# sourceMappingURL=pageKept.js.map