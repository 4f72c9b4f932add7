#!/usr/bin/env python3
"""Turns a JMH JSON result file (run with -prof gc -rf json) into the Markdown tables of BENCHMARKS.md.

Usage: python3 benchmarks/tables.py benchmarks/results.json
"""
import json
import sys
from collections import defaultdict


def load(path):
    rows = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        key = (name[-2], name[-1], tuple(sorted(r.get("params", {}).items())))
        pm = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {})
        rows[key] = (num(pm["score"]), num(pm["scoreError"]), pm["scoreUnit"], num(alloc.get("score")),
                     num(alloc.get("scoreError")))
    return rows


def num(x):
    """JMH writes NaN as the string "NaN" (for example the error of a single iteration)."""
    return None if x is None else float(x)


def find(rows, cls, method, **params):
    want = tuple(sorted((k, str(v)) for k, v in params.items()))
    for (c, m, p), v in rows.items():
        if c == cls and m == method and all(item in p for item in want):
            return v
    return None


def t(v):
    if v is None:
        return "n/a"
    score, err, unit, alloc, _ = v
    e = "" if err != err else f" ± {fmt(err)}"  # NaN when a single iteration
    return f"{fmt(score)}{e} ns"


def b(v):
    return "n/a" if v is None or v[3] is None else f"{v[3]:,.0f} B"


def fmt(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


def main(path):
    rows = load(path)
    out = []
    hot = find(rows, "HotPathBenchmark", "admitAndRespond")
    out += ["### Hot path", "", "| benchmark | time/op | alloc/op |", "|---|---|---|",
            f"| admit + respond, 200 | {t(hot)} | {b(hot)} |"]
    unseen = find(rows, "HotPathBenchmark", "admitAndRespondUnseenQuery")
    if unseen is not None:
        out += [f"| the same, a query not seen recently (4,096 places in turn) | {t(unseen)} | {b(unseen)} |"]
    unseen_bad = find(rows, "UnseenBadQueryBenchmark", "decide")
    if unseen_bad is not None:
        out += [f"| a 400 (problem+json, three bad parameters) for a query not seen recently (4,096 in turn) | {t(unseen_bad)} | {b(unseen_bad)} |"]
    out += [""]

    # only the formats the run measured (a run may restrict them with -p accept=...)
    formats = [(acc, name) for acc, name in [("application/problem+json", "problem+json"),
               ("text/html", "HTML"), ("text/plain", "text")]
               if find(rows, "ErrorBenchmark", "decide", accept=acc) is not None]
    out += ["### Error families (policy, body by Accept)", "",
            "| family | " + " | ".join(name for _, name in formats) + " |",
            "|---|" + "---|" * len(formats)]
    for fam in ["METHOD_NOT_ALLOWED", "CLIENT_UNIDENTIFIED", "RATE_LIMITED", "PARAMETER_INVALID",
                "OUTSIDE_COVERAGE", "BACKEND_UNAVAILABLE", "NOT_MODIFIED"]:
        cells = []
        for acc, _ in formats:
            v = find(rows, "ErrorBenchmark", "decide", family=fam, accept=acc)
            cells.append(f"{t(v)}, {b(v)}")
        out.append(f"| {fam} | " + " | ".join(cells) + " |")
    out.append("")

    out += ["### Against the alternatives (problem+json, same run)", "",
            "| scenario | policy | hand-written (floor) | Spring ProblemDetail + Jackson | Zalando Problem + Jackson | Spring / policy | Zalando / policy | policy / floor |",
            "|---|---|---|---|---|---|---|---|"]
    for sc in ["OK", "METHOD_NOT_ALLOWED", "CLIENT_UNIDENTIFIED", "RATE_LIMITED", "PARAMETER_INVALID",
               "OUTSIDE_COVERAGE", "BACKEND_UNAVAILABLE", "NOT_MODIFIED"]:
        p = find(rows, "AlternativesBenchmark", "policy", scenario=sc)
        h = find(rows, "AlternativesBenchmark", "handWrittenStringBuilder", scenario=sc)
        s = find(rows, "AlternativesBenchmark", "springProblemDetailJackson", scenario=sc)
        z = find(rows, "AlternativesBenchmark", "zalandoProblemJackson", scenario=sc)
        ratio = lambda a, c: "n/a" if a is None or c is None else f"{a[0] / c[0]:.2f}x"
        out.append(f"| {sc} | {t(p)}, {b(p)} | {t(h)}, {b(h)} | {t(s)}, {b(s)} | {t(z)}, {b(z)} | "
                   f"{ratio(s, p)} | {ratio(z, p)} | {ratio(p, h)} |")
    out.append("")

    out += ["### Catalog size", "", "| products | resolve | whole hot path |", "|---|---|---|"]
    for n in ["10", "1000", "100000"]:
        r = find(rows, "CatalogScalingBenchmark", "resolve", products=n)
        a = find(rows, "CatalogScalingBenchmark", "admitAndRespond", products=n)
        out.append(f"| {int(n):,} | {t(r)}, {b(r)} | {t(a)}, {b(a)} |")
    out.append("")

    out += ["### Polygon vertices (one containment check)", "", "| vertices | coastline | sawtooth |", "|---|---|---|"]
    for n in ["10", "1000", "100000"]:
        c = find(rows, "CoverageScalingBenchmark", "contains", vertices=n, shape="coastline")
        s = find(rows, "CoverageScalingBenchmark", "contains", vertices=n, shape="sawtooth")
        out.append(f"| {int(n):,} | {t(c)}, {b(c)} | {t(s)}, {b(s)} |")
    out.append("")

    out += ["### Parameter count (whole hot path)", "", "| parameters | time/op | alloc/op |", "|---|---|---|"]
    for n in ["0", "4", "16", "64"]:
        v = find(rows, "ParameterScalingBenchmark", "admitAndRespond", extra=n)
        out.append(f"| {2 + int(n)} | {t(v)} | {b(v)} |")
    out.append("")

    out += ["### Hostile input length (admission + response, error body rendered)", "",
            "| attack | 1 KB | 64 KB | 1 MB | ns per input byte at 1 MB |", "|---|---|---|---|---|"]
    for attack in ["pairs", "flags", "value", "escapes", "agent", "words"]:
        cells = []
        last = None
        for n in ["1024", "65536", "1048576"]:
            v = find(rows, "HostileInputBenchmark", "decide", attack=attack, length=n)
            cells.append(f"{t(v)}, {b(v)}")
            last = v
        per = "n/a" if last is None else f"{last[0] / 1048576:.2f}"
        out.append(f"| {attack} | " + " | ".join(cells) + f" | {per} |")
    if find(rows, "QuotaCounterBenchmark", "count") is None:
        print("\n".join(out))
        return
    out += ["", "### Quota counter (one count; whole hot path with the count in admission)", "",
            "| counter | count | whole hot path |", "|---|---|---|"]
    for counter, label in [("NONE", "none (`QuotaCounter.none()`)"), ("IN_PROCESS", "in process (`LocalQuotaCounter`)"),
                           ("REDIS", "Redis over loopback (`RedisQuotaCounter`)")]:
        c = find(rows, "QuotaCounterBenchmark", "count", counter=counter)
        d = find(rows, "QuotaCounterBenchmark", "decide", counter=counter)
        out.append(f"| {label} | {t(c)}, {b(c)} | {t(d)}, {b(d)} |")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
