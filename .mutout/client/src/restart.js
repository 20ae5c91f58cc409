"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RestartPolicy = void 0;
class RestartPolicy {
    maxCrashes;
    windowMs;
    crashes = [];
    told = false;
    constructor(maxCrashes = 5, windowMs = 3 * 60 * 1000) {
        this.maxCrashes = maxCrashes;
        this.windowMs = windowMs;
    }
    onClosed(now) {
        this.crashes.push(now);
        while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs)
            this.crashes.shift();
        if (this.crashes.length >= this.maxCrashes)
            return 'give-up';
        if (this.told)
            return 'restart';
        this.told = true;
        return 'restart-and-tell';
    }
}
exports.RestartPolicy = RestartPolicy;
//# sourceMappingURL=restart.js.map