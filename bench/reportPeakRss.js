'use strict';
// Preloaded into a benchmarked process: when it exits, however it exits, writes its peak
// resident set size and CPU time to the file named by TRUST_LEDGER_RSS_FILE. CPU time is
// steadier than wall time on a busy machine.
const { writeFileSync } = require('node:fs');

const target = process.env.TRUST_LEDGER_RSS_FILE;
if (target) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        writeFileSync(
            target,
            JSON.stringify({
                rss: usage.maxRSS * 1024,
                cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000
            })
        );
    });
}
