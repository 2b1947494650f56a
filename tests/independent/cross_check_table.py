#!/usr/bin/env python3
"""The figures of README "Independent parsers" from cross_check.sh's outputs: per build and
format, whether kdmp-parser's walk and volatility3 list the processes (and kdmp-parser the
handle counts) PoolScope lists; what each says of the dump; handles per process on the
first build's complete dump.   cross_check_table.py OUT_DIR BUILD..."""
import csv, os, re, sys

out, builds = sys.argv[1], sys.argv[2:]
formats = ["full", "kernel", "bitmap", "live"]


def read(name):
    path = os.path.join(out, name)
    return open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else ""


def kdmp(base):
    facts, procs = {}, {}
    for line in read(base + ".kdmp.txt").splitlines():
        words = line.split()
        if words and words[0] == "process":
            procs[int(words[1])] = (words[2], int(words[4]), int(words[6]), int(words[8], 16))
        elif words:  # "type 1 dtb 0x1ad000 bugcheck 0xe2", "kdbg KDBG kernbase 0x...", "kuser 10.0 build ..."
            facts[words[0]] = words[1]
            facts.update(zip(words[2::2], words[3::2]))
    return facts, procs


def poolscope(base):
    rows = list(csv.DictReader(read(base + ".poolscope.csv").splitlines()))
    return {int(r["pid"]): (r["image"], int(r["handles"] or 0)) for r in rows}


def vol_table(base, plugin):
    """Rows of a volatility3 text table as dicts, or the reason there is none."""
    text = read(f"{base}.{plugin}.txt").splitlines()
    for i, line in enumerate(text):
        if "\t" in line and line.split("\t")[0] in ("PID", "Variable"):
            header = line.split("\t")
            return [dict(zip(header, l.split("\t"))) for l in text[i + 1:] if l.strip()], None
    err = [l for l in read(f"{base}.{plugin}.err").splitlines() if l.strip()]
    return None, (err[-1] if err else "no output")


summary = {}
for b in builds:
    for f in formats:
        base = f"{b}-{f}"
        facts, walked = kdmp(base)
        ours = poolscope(base)
        pslist, why = vol_table(base, "windows.pslist")
        kd = bool(walked) and {p: v[1] for p, v in walked.items()} == {p: h for p, (_, h) in ours.items()}
        vo = pslist is not None and sorted(int(r["PID"]) for r in pslist) == sorted(ours)
        summary[(b, f)] = (kd, vo, why)
        info, _ = vol_table(base, "windows.info")
        info = {r["Variable"]: r.get("Value", "") for r in info or []}
        print(f"{base}: kdmp-parser DumpType {facts.get('type')}, dtb {facts.get('dtb')}, bugcheck {facts.get('bugcheck')},"
              f" {facts.get('kdbg')} KernBase {facts.get('kernbase')}, KUSER_SHARED_DATA {facts.get('kuser')} build"
              f" {facts.get('build')} product {facts.get('product')} time {facts.get('time')};"
              f" {len(walked)} processes, {sum(p[1] for p in walked.values())} handles; PoolScope {len(ours)} processes,"
              f" {sum(h for _, h in ours.values())} handles; volatility3 pslist "
              + (f"{len(pslist)} processes" if pslist is not None else f"refuses: {why}")
              + (f"; info: Kernel Base {info.get('Kernel Base')}, DTB {info.get('DTB')}, {info.get('NTBuildLab')},"
                 f" processors {info.get('KeNumberProcessors')}, {info.get('SystemTime')}, {info.get('NtProductType')},"
                 f" NtMajorVersion {info.get('NtMajorVersion')}, Major/Minor {info.get('Major/Minor')}" if info else ""))

print("\n| build | " + " | ".join(f"`{f}`" for f in formats) + " |")
print("|---|" + "---|" * len(formats))
for b in builds:
    cells = []
    for f in formats:
        kd, vo, why = summary[(b, f)]
        cells.append("both" if kd and vo else "kdmp-parser" if kd else "volatility3" if vo else "neither")
    print(f"| {b} | " + " | ".join(cells) + " |")
for (b, f), (kd, vo, why) in summary.items():
    if not vo:
        print(f"volatility3 on {b}-{f}: {why}")

first = f"{builds[0]}-full"
handles, why = vol_table(first, "windows.handles")
_, walked = kdmp(first)
ours = poolscope(first)
per_pid = {}
for r in handles or []:
    if r.get("PID", "").isdigit():
        per_pid[int(r["PID"])] = per_pid.get(int(r["PID"]), 0) + 1
print(f"\nHandles per process, {first}" + ("" if handles is not None else f" (volatility3: {why})"))
print("| pid | image | PoolScope | kdmp-parser walk | volatility3 | stored type byte 0 |")
print("|---:|---|---:|---:|---:|---:|")
for pid, (name, count, zero, _) in walked.items():
    print(f"| {pid} | {name} | {ours.get(pid, ('', 0))[1]:,} | {count:,} | {per_pid.get(pid, 0):,} | {zero:,} |")

# The three-level table: how many handles, their highest value, and how volatility3 numbers them.
_, walked = kdmp("three-level")
ours = poolscope("three-level")
rows, why = vol_table("three-level", "windows.handles")
for pid, (name, count, zero, highest) in walked.items():
    if name != "xxxxxx.EXE":
        continue
    values = [int(r["HandleValue"], 16) for r in rows or [] if r.get("PID", "").isdigit() and int(r["PID"]) == pid]
    shared = sum(n for n in (values.count(v) for v in set(values)) if n > 1)
    print(f"\nthree-level: {name} pid {pid}: PoolScope {ours.get(pid, ('', 0))[1]:,} handles; kdmp-parser walk {count:,},"
          f" highest value {highest:#x}, {zero:,} stored as type byte 0; volatility3 "
          + (f"{len(values):,} handles, highest value {max(values):#x}, {len(set(values)):,} distinct values,"
             f" {shared:,} handles sharing their value with another" if rows is not None else f"refuses: {why}"))
