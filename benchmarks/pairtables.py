"""Compares JMH runs of two builds taken in turn: per benchmark, each run of each build and the
ratio of their means, "older / this" above 1 meaning this build is faster.

Usage (run from the directory of the files): python3 pairtables.py, with the runs named
...pairN-old.json and ...pairN-new.json, N giving the order they ran.
"""
import json, glob, sys
def load(f):
    out = {}
    for r in json.load(open(f)):
        name = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
        fam = r.get("params", {}).get("family", "")
        key = "hot path 200" if "HotPath" in name else f"{fam} problem+json"
        alloc = r["secondaryMetrics"].get("·gc.alloc.rate.norm") or r["secondaryMetrics"].get("gc.alloc.rate.norm")
        out[key] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"], alloc["score"])
    return out
old = [load(f) for f in sorted(glob.glob("*pair*-old.json"))]
new = [load(f) for f in sorted(glob.glob("*pair*-new.json"))]
def c(v): return f"{v[0]:,.0f} ± {v[1]:,.0f} ns, {v[2]:,.0f} B"
print("| measurement | older code, 1st | this code, 1st | older code, 2nd | this code, 2nd | older / this (mean of the two) |")
print("|---|---|---|---|---|---|")
for k in old[0]:
    o = [x[k] for x in old]; n = [x[k] for x in new]
    ratio = (sum(v[0] for v in o) / 2) / (sum(v[0] for v in n) / 2)
    print(f"| {k} | {c(o[0])} | {c(n[0])} | {c(o[1])} | {c(n[1])} | {ratio:.2f}x |")
