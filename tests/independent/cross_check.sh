#!/usr/bin/env bash
# Reads the generated dumps with two parsers that share no code with PoolScope, and sets
# their figures beside PoolScope's (README, "Independent parsers"):
#   kdmp-parser (its library, through kdmp_walk.cpp beside this script) and volatility3
#   (vol.py --offline with the kernels' ISF files in its windows/ntkrnlmp.pdb/ layout).
# Neither is part of the project: give their source folders.
#   cross_check.sh BUILD_DIR KDMP_PARSER_DIR VOLATILITY3_DIR ISF_DIR OUT_DIR [BUILDS...]
# BUILD_DIR holds poolscope-cli and poolscope-make-dump; python3 needs pefile and capstone
# (Debian: python3-pefile, python3-capstone). Every dump is --scenario both --threads 200 in
# the formats full, kernel, bitmap and live; windows.handles runs on BUILDS' first, full, and
# on a 19041 dump whose leaking process holds a three-level handle table.
set -euo pipefail
[ $# -ge 5 ] || { sed -n '2,11p' "$0"; exit 2; }
build=$(realpath "$1"); kdmp=$(realpath "$2"); vol=$(realpath "$3"); isf=$(realpath "$4"); out=$5
shift 5
if [ $# -gt 0 ]; then builds=("$@"); else builds=(14393 17763 19041 20348 22000); fi
here=$(dirname "$(realpath "$0")")
mkdir -p "$out/include" "$out/symbols/windows/ntkrnlmp.pdb"
out=$(realpath "$out")
python=/usr/bin/python3

# kdmp-parser's version header is made by its CMake; the walk needs nothing else of it.
sed -e 's/@PROJECT_NAME@/kdmp-parser/;s/@PROJECT_AUTHOR@//;s/@PROJECT_LICENSE@//' \
    -e 's/@PROJECT_VERSION_[A-Z]*@/0/g' "$kdmp/src/lib/kdmp-parser-version.h.in" > "$out/include/kdmp-parser-version.h"
g++ -std=c++20 -O2 -I "$out/include" -I "$kdmp/src/lib" "$here/kdmp_walk.cpp" -o "$out/kdmp_walk"
cp "$isf"/*.json.xz "$out/symbols/windows/ntkrnlmp.pdb/"

# The offsets kdmp_walk needs, from the ISF file of the build's kernel.
offsets() {
  "$python" - "$isf" "$1" <<'PY'
import json, lzma, sys, glob
guids = {"14393": "DBBC830E", "17763": "1806D020", "19041": "606FF669", "20348": "879AD95F", "22000": "0CE4A95C"}
[path] = glob.glob(f"{sys.argv[1]}/{guids[sys.argv[2]]}*-1.json.xz")
types = json.load(lzma.open(path))["user_types"]
e, h = types["_EPROCESS"]["fields"], types["_OBJECT_HEADER"]["fields"]
print(*(e[f]["offset"] for f in ("UniqueProcessId", "ActiveProcessLinks", "ObjectTable", "ImageFileName")),
      h["TypeIndex"]["offset"])
PY
}

first=1
for b in "${builds[@]}"; do
  read -r -a off <<<"$(offsets "$b")"
  for format in full kernel bitmap live; do
    dump="$out/$b-$format.dmp"
    "$build/tests/poolscope-make-dump" --scenario both --threads 200 --build "$b" --format "$format" -o "$dump" >/dev/null
    "$out/kdmp_walk" "$dump" "${off[@]}" > "$out/$b-$format.kdmp.txt"
    "$build/app/poolscope-cli" processes "$dump" --top 1000 --csv > "$out/$b-$format.poolscope.csv" 2>/dev/null
    for plugin in windows.info windows.pslist; do
      "$python" "$vol/vol.py" -q --offline -s "$out/symbols" -f "$dump" "$plugin" \
        > "$out/$b-$format.$plugin.txt" 2> "$out/$b-$format.$plugin.err" || true
    done
    if [ $first = 1 ] && [ $format = full ]; then
      "$python" "$vol/vol.py" -q --offline -s "$out/symbols" -f "$dump" windows.handles \
        > "$out/$b-$format.windows.handles.txt" 2> "$out/$b-$format.windows.handles.err" || true
    fi
    rm -f "$dump"
  done
  first=0
done
# A three-level handle table (over 130,560 handles): the leaking process's handles alone.
read -r -a off <<<"$(offsets 19041)"
dump="$out/three-level.dmp"
"$build/tests/poolscope-make-dump" --scenario handle-leak --threads 70000 --build 19041 --format full -o "$dump" >/dev/null
"$out/kdmp_walk" "$dump" "${off[@]}" > "$out/three-level.kdmp.txt"
"$build/app/poolscope-cli" processes "$dump" --top 1000 --csv > "$out/three-level.poolscope.csv" 2>/dev/null
pid=$(awk '$3 == "xxxxxx.EXE" { print $2 }' "$out/three-level.kdmp.txt")
"$python" "$vol/vol.py" -q --offline -s "$out/symbols" -f "$dump" windows.handles --pid "$pid" \
  > "$out/three-level.windows.handles.txt" 2> "$out/three-level.windows.handles.err" || true
rm -f "$dump"
"$python" "$here/cross_check_table.py" "$out" "${builds[@]}"
