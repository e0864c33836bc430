'use strict';
// KaTeX reference timings for `lectern-bench math`, run with NODE_PATH=/usr/share/nodejs.
//   node bench.js one TEX display|inline      render one formula, as a command-line call would
//   node bench.js loop FORMULAS.json N        render the corpus N times in one process and
//                                             print {"formulas", "seconds", "cpuSeconds", "chars"}
//                                             as JSON (cpuSeconds: user + system time of the loop,
//                                             which moves less than wall time on a loaded machine)
const katex = require('katex');
const fs = require('fs');

function render(tex, display) {
  return katex.renderToString(tex, {
    output: 'mathml', displayMode: display, throwOnError: true, strict: 'ignore',
  });
}

const mode = process.argv[2];
if (mode === 'one') {
  process.stdout.write(render(process.argv[3], process.argv[4] === 'display'));
} else if (mode === 'loop') {
  const formulas = JSON.parse(fs.readFileSync(process.argv[3], 'utf8')).formulas;
  const rounds = Number(process.argv[4] || 20);
  let chars = 0;
  // Warm up so the JIT has compiled the hot paths before timing, as a long build would.
  for (let i = 0; i < 3; i++) for (const f of formulas) chars += render(f.tex, f.display).length;
  chars = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const f of formulas) chars += render(f.tex, f.display).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(JSON.stringify({ formulas: rounds * formulas.length, seconds, cpuSeconds, chars }) + '\n');
} else {
  process.stderr.write('usage: node bench.js one TEX display|inline | loop FORMULAS.json N\n');
  process.exit(2);
}
