#!/bin/sh
# Retakes the README's window screenshots from a build, the way a user's script would:
# offscreen, at 1500x900, with the program's own PNG export; with zh_CN, the Chinese one.
# Usage: resources/screenshots/retake.sh BUILD_DIR [OUT_DIR] [zh_CN]
set -eu
build=${1:?usage: retake.sh BUILD_DIR [OUT_DIR]}
out=${2:-$(dirname "$0")}
language=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

"$build/tests/poolscope-make-demo" "$work" >/dev/null
"$build/tests/poolscope-make-dump" --scenario both --build 19041 --format bitmap --threads 20000 \
    -o "$work/both.dmp" >/dev/null
app="$build/app/poolscope"
size=1500x900
shot() { # NAME VIEW [ARGS...]
    name=$1 view=$2
    shift 2
    "$app" "$@" --size "$size" --view "$view" --export-png window "$out/$name.png"
    echo "$out/$name.png"
}
if [ "$language" = zh_CN ]; then
    # The Chinese pictures of the README, one of them at the smallest size the window is used at.
    shot overview-zh_CN overview --language zh_CN
    shot allocations-zh_CN allocations "$work/both.dmp" --language zh_CN
    size=1024x700
    shot small-handles-zh_CN handles --language zh_CN
    exit 0
fi
shot overview overview
shot ports ports
shot irps irps
shot handles handles
shot walk walk --step 37
shot tags tags
shot tags-series tags "$work/demo_poolmon.log"
shot compare tags --baseline 1 "$work/demo_poolmon.log"
shot diagnostics diagnostics "$work/demo_poolmon.log"
shot dump-overview overview "$work/both.dmp"
shot allocations allocations "$work/both.dmp"
# The smallest size the window is used at: nothing cut, the answering columns on screen.
size=1024x700
shot small-ports ports
shot small-diagnostics diagnostics "$work/both.dmp"
