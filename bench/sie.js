// The SIE reader on generated files of 500 000 and 1 000 000 #TRANS (about 23 and 46 MB), against a floor
// measured in the same run: read the file in 1 MB chunks, decode CP437, split lines. Time and peak memory.
// Target: within 2× the floor's time; peak memory that does not grow with the file.
const fs = require("fs");
const os = require("os");
const path = require("path");
const v8 = require("v8");
const vm = require("vm");
const { spawnSync } = require("child_process");
const { median, fmt } = require("./util");
const { SieReader } = require("../src/core/sie/reader.ts");
const { decodeCp437, encodeCp437 } = require("../src/core/sie/cp437.ts");

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");
const CHUNK = 1 << 20;

/** A Visma-like export: vouchers of four balanced #TRANS with cost centre, project and text, CP437 bytes. */
function generate(file, transactions) {
  const fd = fs.openSync(file, "w");
  const head =
    '#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM "Bänk" 1.0\n#GEN 20240101\n#FNAMN "Övningsregionen"\n#RAR 0 20240101 20241231\n#DIM 1 "Kostnadsställe"\n#DIM 6 "Projekt"\n';
  fs.writeSync(fd, encodeCp437(head));
  const centres = ["Nord", "Syd", "Öst", "Väst"];
  let text = "";
  for (let v = 0; v < transactions / 4; v++) {
    const ore = 10000 + ((v * 7919) % 900000);
    const a = (ore / 100).toFixed(2);
    const c = centres[v % 4];
    const p = String(v % 50).padStart(4, "0");
    const d = `202401${String(1 + (v % 28)).padStart(2, "0")}`;
    text += `#VER A ${v + 1} ${d} "Lön"\n{\n#TRANS 7010 {1 ${c} 6 ${p}} ${a} ${d}\n#TRANS 7510 {1 ${c} 6 ${p}} 100.00 ${d}\n#TRANS 2710 {} -${a} ${d}\n#TRANS 1930 {} -100.00 ${d}\n}\n`;
    if (text.length > CHUNK) {
      fs.writeSync(fd, encodeCp437(text));
      text = "";
    }
  }
  fs.writeSync(fd, encodeCp437(text));
  fs.closeSync(fd);
}

/** Vouchers of two #TRANS, each voucher on an account × project of its own: as many combinations as vouchers. */
function generateCombinations(file, vouchers) {
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, encodeCp437('#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#RAR 0 20240101 20241231\n#DIM 6 "Projekt"\n'));
  let text = "";
  for (let v = 0; v < vouchers; v++) {
    const a = (100 + (v % 9000)).toFixed(2);
    const d = `202401${String(1 + (v % 28)).padStart(2, "0")}`;
    text += `#VER A ${v + 1} ${d} ""\n{\n#TRANS ${4000 + (v % 3000)} {6 "P${v}"} ${a} ${d}\n#TRANS 1930 {} -${a} ${d}\n}\n`;
    if (text.length > CHUNK) {
      fs.writeSync(fd, encodeCp437(text));
      text = "";
    }
  }
  fs.writeSync(fd, encodeCp437(text));
  fs.closeSync(fd);
}

/** Reads the file in chunks and hands each to `eat`; returns ms and the peak of heap + array buffers above the start. */
function measure(file, eat, finish) {
  gc();
  const mem = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = mem();
  let peak = 0;
  const buf = Buffer.allocUnsafe(CHUNK);
  const t0 = process.hrtime.bigint();
  const fd = fs.openSync(file, "r");
  for (;;) {
    const n = fs.readSync(fd, buf, 0, CHUNK, null);
    if (n === 0) break;
    eat(new Uint8Array(buf.buffer, buf.byteOffset, n));
    peak = Math.max(peak, mem() - base);
  }
  fs.closeSync(fd);
  const result = finish();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  peak = Math.max(peak, mem() - base);
  return { ms, peak, result };
}

function floor(file) {
  let carry = "";
  let lines = 0;
  return measure(
    file,
    (bytes) => {
      const parts = (carry + decodeCp437(bytes)).split("\n");
      carry = parts.pop();
      lines += parts.length;
    },
    () => lines + (carry ? 1 : 0),
  );
}

function reader(file) {
  const r = new SieReader();
  return measure(
    file,
    (bytes) => r.push(bytes),
    () => r.end(),
  );
}

/** `node scripts/sie.js FILE --json` end to end (start, read, summarise, print), in ms. */
function cli(file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(__dirname, "..", "scripts", "sie.js"), file, "--json"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  if (r.status !== 0) throw new Error(`npm run sie misslyckades: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

module.exports = function run() {
  require("../scripts/built").ensureBuilt(); // the CLI's bundle, so no build lands in a timed round
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sie-bench-"));
  const out = {};
  console.log("SIE-läsaren: genererade filer, 1 MB-bitar, median av 5, omväxlande");
  try {
    for (const n of [500000, 1000000]) {
      const file = path.join(dir, `${n}.se`);
      generate(file, n);
      const mb = fs.statSync(file).size / 1e6;
      // Interleaved rounds, so a busy machine slows floor and reader alike.
      const f = [];
      const r = [];
      for (let k = 0; k < 5; k++) (f.push(floor(file)), r.push(reader(file)));
      const res = r[0].result;
      if (!res.ok || res.books.transactions !== n) throw new Error(`läsaren gav fel resultat för ${n} #TRANS`);
      const fMs = median(f.map((x) => x.ms));
      const rMs = median(r.map((x) => x.ms));
      const fPeak = median(f.map((x) => x.peak)) / 1e6;
      const rPeak = median(r.map((x) => x.peak)) / 1e6;
      out[n] = { mb, fMs, rMs, fPeak, rPeak };
      console.log(`  ${fmt(n)} #TRANS, ${fmt(mb, 1)} MB, ${fmt(res.books.lines)} rader`);
      console.log(`    golv (läs, avkoda CP437, dela rader): ${fmt(fMs)} ms, topp ${fmt(fPeak, 1)} MB`);
      console.log(
        `    SIE-läsaren:                          ${fmt(rMs)} ms, topp ${fmt(rPeak, 1)} MB  → tid ${fmt(rMs / fMs, 2)}× golvet (mål ≤ 2×)`,
      );
    }
    // The command line end to end on the 1 000 000-#TRANS file, against the same floor.
    {
      const file = path.join(dir, "1000000.se");
      const tiny = path.join(dir, "liten.se");
      fs.writeFileSync(tiny, "#FLAGGA 0\n");
      const start = median(Array.from({ length: 5 }, () => cli(tiny)));
      const bare = median(
        Array.from({ length: 5 }, () => {
          const t0 = process.hrtime.bigint();
          spawnSync(process.execPath, ["-e", "0"]);
          return Number(process.hrtime.bigint() - t0) / 1e6;
        }),
      );
      const f = [];
      const c = [];
      for (let k = 0; k < 3; k++) (f.push(floor(file).ms), c.push(cli(file)));
      const fMs = median(f);
      const cMs = median(c);
      console.log(
        `  npm run sie -- FIL --json (hela kommandot, 1 000 000 #TRANS): ${fmt(cMs)} ms → ${fmt(cMs / fMs, 2)}× golvet (mål ≤ 2×)`,
      );
      console.log(`    start på en tom fil: ${fmt(start)} ms (node utan skript: ${fmt(bare)} ms; mål < 200 ms)`);
      out.cli = { ms: cMs, floorMs: fMs, ratio: cMs / fMs, startMs: start, nodeMs: bare };
    }
    const growth = out[1000000].rPeak / out[500000].rPeak;
    console.log(`  Minnestopp vid dubbel filstorlek: ${fmt(growth, 2)}× (mål ≈ 1×, dvs. växer inte med filen)`);

    // Many distinct account × object combinations: the sums must be kept per combination, so memory grows with
    // them; what matters is how much per combination (the first version took 802 MB and 6.6 s for 300 000).
    const combos = 300000;
    const cfile = path.join(dir, "kombinationer.se");
    generateCombinations(cfile, combos);
    const f = [];
    const r = [];
    for (let k = 0; k < 3; k++) (f.push(floor(cfile)), r.push(reader(cfile)));
    const res = r[0].result;
    const distinct = res.ok ? res.books.postings.length : 0;
    if (distinct !== combos + 1) throw new Error(`läsaren gav ${distinct} kombinationer, väntade ${combos + 1}`);
    const fMs = median(f.map((x) => x.ms));
    const rMs = median(r.map((x) => x.ms));
    const perMillion = (median(r.map((x) => x.peak)) / 1e6 / distinct) * 1e6;
    console.log(`  ${fmt(combos)} verifikationer på ${fmt(distinct)} olika konto × objekt, ${fmt(fs.statSync(cfile).size / 1e6, 1)} MB`);
    console.log(`    golv: ${fmt(fMs)} ms; SIE-läsaren: ${fmt(rMs)} ms → tid ${fmt(rMs / fMs, 2)}× golvet`);
    console.log(`    minnestopp per miljon olika kombinationer: ${fmt(perMillion)} MB`);
    out.combinations = { combos: distinct, fMs, rMs, perMillion };
    return { ...out, growth };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

if (require.main === module) module.exports();
module.exports.generate = generate;
