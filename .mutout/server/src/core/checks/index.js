"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHECKS = void 0;
const footing_1 = require("./footing");
const crossFoot_1 = require("./crossFoot");
const crossFootAcrossPages_1 = require("./crossFootAcrossPages");
const weightedAverage_1 = require("./weightedAverage");
const percentChange_1 = require("./percentChange");
const rowPercentage_1 = require("./rowPercentage");
const percentTotal_1 = require("./percentTotal");
const rollForward_1 = require("./rollForward");
const alignment_1 = require("./alignment");
const malformedFigure_1 = require("./malformedFigure");
const crossTable_1 = require("./crossTable");
const statedFigures_1 = require("./statedFigures");
const dataSchedule_1 = require("./dataSchedule");
const statementTie_1 = require("./statementTie");
const repeatedFigure_1 = require("./repeatedFigure");
const balanceSheet_1 = require("./balanceSheet");
const holdingsSummary_1 = require("./holdingsSummary");
const holdingsEntry_1 = require("./holdingsEntry");
const statutoryTax_1 = require("./statutoryTax");
const poolSummary_1 = require("./poolSummary");
const quarterlyTotal_1 = require("./quarterlyTotal");
const optionPriceTie_1 = require("./optionPriceTie");
const proseFigure_1 = require("./proseFigure");
const proseChange_1 = require("./proseChange");
const revenueShare_1 = require("./revenueShare");
const lineLength_1 = require("./lineLength");
const characterSet_1 = require("./characterSet");
exports.CHECKS = [
    footing_1.footing,
    rowPercentage_1.rowPercentage,
    percentTotal_1.percentTotal,
    crossFoot_1.crossFoot,
    crossFootAcrossPages_1.crossFootAcrossPages,
    rollForward_1.rollForward,
    weightedAverage_1.weightedAverage,
    percentChange_1.percentChange,
    alignment_1.alignment,
    malformedFigure_1.malformedFigure,
    crossTable_1.crossTable,
    statedFigures_1.statedFigures,
    dataSchedule_1.dataScheduleBalance,
    statementTie_1.statementTie,
    repeatedFigure_1.repeatedFigure,
    balanceSheet_1.balanceSheet,
    holdingsSummary_1.holdingsSummaryCheck,
    holdingsEntry_1.holdingsEntry,
    statutoryTax_1.statutoryTax,
    poolSummary_1.poolSummary,
    quarterlyTotal_1.quarterlyTotal,
    optionPriceTie_1.optionPriceTie,
    proseFigure_1.proseFigure,
    proseChange_1.proseChange,
    revenueShare_1.revenueShare,
    lineLength_1.lineLength,
    characterSet_1.characterSet,
];
//# sourceMappingURL=index.js.map