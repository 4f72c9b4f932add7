#!/usr/bin/env python3
"""Turns the output of CpuTime (thread CPU time per operation) into the Markdown tables of
BENCHMARKS.md: the policy against the alternatives, with the ratios the targets are read from,
and the policy alone. Given a second output, of older code run in the same session, it also
prints the two side by side.

Usage: python3 benchmarks/cputables.py cpu.txt [older-cpu.txt]
"""
import re
import sys

LINE = re.compile(r"^(?P<name>.+?)\s+(?P<ns>[\d.]+) cpu-ns/op\s+\[(?P<lo>[\d.]+) \.\. (?P<hi>[\d.]+)\]\s+(?P<b>\d+) B/op")
CONTENDERS = ["policy", "hand-written", "spring", "zalando"]
SCENARIOS = ["OK", "METHOD_NOT_ALLOWED", "CLIENT_UNIDENTIFIED", "RATE_LIMITED", "PARAMETER_INVALID",
             "OUTSIDE_COVERAGE", "BACKEND_UNAVAILABLE", "NOT_MODIFIED"]


def read(path):
    rows = {}
    for line in open(path):
        m = LINE.match(line.strip())
        if m:
            rows[m.group("name").strip()] = (float(m.group("ns")), float(m.group("lo")),
                                             float(m.group("hi")), int(m.group("b")))
    return rows


def fmt(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


def cell(v):
    if v is None:
        return "n/a"
    ns, lo, hi, b = v
    return f"{fmt(ns)} [{fmt(lo)}..{fmt(hi)}] ns, {b:,} B"


def alternatives(rows):
    out = ["| scenario | policy | hand-written (floor) | Spring ProblemDetail + Jackson |"
           " Zalando Problem + Jackson | Spring / policy | policy / floor |",
           "|---|---|---|---|---|---|---|"]
    for s in SCENARIOS:
        got = [rows.get(f"{s} {c}") for c in CONTENDERS]
        if got[0] is None:
            continue
        spring = f"{got[2][0] / got[0][0]:.2f}x" if got[2] else "n/a"
        floor = f"{got[0][0] / got[1][0]:.2f}x" if got[1] else "n/a"
        out.append(f"| {s} | " + " | ".join(cell(v) for v in got) + f" | {spring} | {floor} |")
    return out


def alone(rows):
    out = ["| policy alone (each in a fresh measurement, before the alternatives ran in the same JVM)"
           " | CPU time/op, allocation/op |", "|---|---|"]
    for name, v in rows.items():
        if name.startswith("hot path") or name.startswith("policy "):
            out.append(f"| {name.removeprefix('policy ')} | {cell(v)} |")
    return out


def scale(rows):
    out = ["| measurement | CPU time/op, allocation/op |", "|---|---|"]
    for name, v in rows.items():
        if name.startswith("catalog") or name.startswith("contains"):
            out.append(f"| {name} | {cell(v)} |")
    return out


def against(rows, older):
    out = ["| measurement | older code | this code | older / this |", "|---|---|---|---|"]
    for name, v in rows.items():
        o = older.get(name)
        if o is None or name.split(" ")[-1] in ("hand-written", "spring", "zalando"):
            continue
        out.append(f"| {name.removeprefix('policy ')} | {cell(o)} | {cell(v)} | {o[0] / v[0]:.2f}x |")
    return out


def main(args):
    rows = read(args[0])
    blocks = [alternatives(rows), alone(rows), scale(rows)]
    if len(args) > 1:
        blocks.append(against(rows, read(args[1])))
    print("\n\n".join("\n".join(b) for b in blocks))


if __name__ == "__main__":
    main(sys.argv[1:])
