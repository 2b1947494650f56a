#!/usr/bin/env bash
# The Debian package as a user gets it: made with cpack from the build, unpacked into a
# scratch root, its files checked with the tools a distribution uses (desktop-file-validate,
# appstreamcli), its man pages compared with the programs' --help, and the unpacked
# programs run on real input.
# Usage: check_deb_package.sh BUILD_DIR SOURCE_DIR [SHARED_DIR]
set -euo pipefail
build=$1
source=$2
shared=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (the README's test command installs it)"
done

echo "== cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack could not make the package"; }
debs=("$work"/out/poolscope_*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no poolscope_*.deb: $(ls "$work/out")"
deb=${debs[0]}
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# Depends computed by dpkg-shlibdeps from the binaries: the Qt and fmt libraries they link.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libc6 libstdc++6 libqt6core6 libqt6widgets6 libqt6charts6 libfmt9 liblzma5; do
    grep -q "\b$library\b" <<<"$depends" || fail "Depends does not name $library: $depends"
done
# Qt's own translations are loaded at run time, not linked: named by hand.
grep -q "\bqt6-translations-l10n\b" <<<"$depends" || fail "Depends does not name qt6-translations-l10n: $depends"
[ "$(dpkg-deb -f "$deb" Section)" = devel ] || fail "Section is not devel"

dpkg-deb -x "$deb" "$work/root"
root=$work/root/usr
for file in bin/poolscope bin/poolscope-cli \
            share/applications/org.poolscope.PoolScope.desktop \
            share/icons/hicolor/scalable/apps/org.poolscope.PoolScope.svg \
            share/metainfo/org.poolscope.PoolScope.metainfo.xml \
            share/man/man1/poolscope.1.gz share/man/man1/poolscope-cli.1.gz; do
    [ -s "$root/$file" ] || fail "the package has no /usr/$file"
done
# Nothing of the tests or benchmarks belongs in it.
extra=$(cd "$work/root" && find . -type f | grep -vE '^\./usr/(bin/poolscope(-cli)?|share/(applications|icons|metainfo|man)/.*)$' || true)
[ -z "$extra" ] || fail "files that do not belong in the package: $extra"

echo "== desktop file, icon, AppStream metadata"
desktop-file-validate "$root/share/applications/org.poolscope.PoolScope.desktop"
grep -q '^Categories=.*Development;.*Debugger;' "$root/share/applications/org.poolscope.PoolScope.desktop" \
    || fail "the desktop file's categories are not Development;Debugger"
grep -q '<svg' "$root/share/icons/hicolor/scalable/apps/org.poolscope.PoolScope.svg" || fail "the icon is not SVG"
appstreamcli validate --no-net "$root/share/metainfo/org.poolscope.PoolScope.metainfo.xml"

echo "== man pages against --help"
for program in poolscope poolscope-cli; do
    page=$(gzip -dc "$root/share/man/man1/$program.1.gz")
    grep -q '^\.TH' <<<"$page" || fail "$program.1 has no .TH line"
    grep -q '^\.SH SYNOPSIS' <<<"$page" || fail "$program.1 has no SYNOPSIS"
    # Every line the program prints for --help is in its page (roff escapes undone).
    plain=$(sed -e 's/\\-/-/g' -e 's/\\e/\\/g' -e 's/^\\&//' <<<"$page")
    help=$(QT_QPA_PLATFORM=offscreen "$root/bin/$program" --help | sed "s#$root/bin/##")
    missing=0
    while IFS= read -r line; do
        [ -z "${line// }" ] && continue
        case "$line" in *: ) continue ;; [Uu]sage:*) line=${line#*: } ;; esac
        grep -qF -- "$line" <<<"$plain" || { echo "not in $program.1: $line" >&2; missing=$((missing + 1)); }
    done <<<"$help"
    [ "$missing" = 0 ] || fail "$program.1 differs from '$program --help' in $missing lines"
done

echo "== the unpacked programs"
export LC_ALL=C.UTF-8
version=$("$root/bin/poolscope-cli" --version)
echo "$version"
grep -qE '^poolscope-cli [0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]{12}(-dirty)?|unknown)\)$' <<<"$version" \
    || fail "poolscope-cli --version does not name version and commit: $version"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/bin/poolscope" --version)
grep -qF "${version#poolscope-cli }" <<<"$gui_version" || fail "poolscope --version ($gui_version) differs from the CLI's"

"$root/bin/poolscope-cli" summary "$source/resources/demo/demo_kd.log" > "$work/summary.txt"
grep -q 'Nonpaged pool' "$work/summary.txt" || fail "summary of the demo log shows no pool figures"
grep -q 'ffffe000`05248840  *156 queued' "$work/summary.txt" || fail "summary of the demo log misses the deepest port"
"$root/bin/poolscope-cli" ports --owners "$source/resources/demo/demo_kd.log" > "$work/ports.txt"
grep -q 'held by IOCPLeak.exe (pid 0x1a2c)' "$work/ports.txt" || fail "ports of the demo log do not name the IOCP leak's process"
# The report draws its charts with the installed Qt, off screen, with no platform chosen.
env -u QT_QPA_PLATFORM -u DISPLAY "$root/bin/poolscope-cli" report "$source/resources/demo/demo_kd.log" -o "$work/report.html" > /dev/null \
    || fail "the installed poolscope-cli could not write a report"
[ "$(grep -o 'src="data:image/png;base64,iVBORw0KGgo' "$work/report.html" | wc -l)" = 3 ] \
    || fail "the report of the demo log does not embed its 3 charts as PNG"
if [ -n "$shared" ] && [ -d "$shared/fixtures/poolmon" ]; then
    "$root/bin/poolscope-cli" tags "$shared/fixtures/poolmon/poolmon-examples__10.txt" --top 3 --csv > "$work/tags.csv"
    [ "$(grep -c ",\(Paged\|Nonpaged\)," "$work/tags.csv")" = 3 ] && grep -q "^NtFB,Paged,3996,3986,10,252088," "$work/tags.csv" \
        || fail "tags of a real poolmon screen: not the 3 largest, NtFB first"
fi

QT_QPA_PLATFORM=offscreen "$root/bin/poolscope" --size 1200x800 --export-png overview "$work/overview.png" \
    || fail "the installed window could not export the Overview"
[ "$(head -c 8 "$work/overview.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "overview.png is not a PNG"
[ "$(stat -c %s "$work/overview.png")" -gt 20000 ] || fail "overview.png is too small to hold the Overview"
echo "the package installs and its programs run"
