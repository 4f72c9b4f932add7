"""Turns LoadBenchmark --json output into the table of server CPU per request: per server and
scenario, the median CPU/request without and with the policy, the median of the rounds'
differences, and the per-round cost 1 - without / with.

Usage: python3 benchmarks/loadtables.py LOAD.json
"""
import json, sys, statistics as st
d = json.load(open(sys.argv[1]))
runs = d["runs"]
order = []
for r in runs:
    k = (r["server"], r["scenario"])
    if k not in order: order.append(k)
def fmt(x): return f"{x:,.1f}"
print("| server | scenario | CPU/request without, median [range] | with | policy + adapter, CPU/request | CPU cost per round, median [range] |")
print("|---|---|---|---|---|---|")
for k in sorted(order, key=lambda k: (k[0], ["OK", "NOT_MODIFIED", "BAD_REQUEST"].index(k[1]))):
    base = {r["round"]: r["cpuMicrosPerRequest"] for r in runs if (r["server"], r["scenario"]) == k and r["variant"] == "baseline"}
    pol = {r["round"]: r["cpuMicrosPerRequest"] for r in runs if (r["server"], r["scenario"]) == k and r["variant"] == "policy"}
    rounds = sorted(set(base) & set(pol))
    b = [base[i] for i in rounds]; p = [pol[i] for i in rounds]
    diff = st.median([pol[i] - base[i] for i in rounds])
    cost = [100 * (1 - base[i] / pol[i]) for i in rounds]
    print(f"| {k[0]} | {k[1]} | {fmt(st.median(b))} [{fmt(min(b))}..{fmt(max(b))}] us | {fmt(st.median(p))} [{fmt(min(p))}..{fmt(max(p))}] us | {diff:+,.1f} us | {st.median(cost):.1f}% [{min(cost):.1f}..{max(cost):.1f}] |")
