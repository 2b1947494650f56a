#include "report_style.h"

namespace poolscope::report {

std::string_view styleSheet()
{
    return R"css(
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1d1f23; --muted: #5b6270; --line: #d8dce3;
  --panel: #f5f7fa; --accent: #2f6fc2; --warn: #d95f3b; --ok: #3d8a3a; --code: #eef1f5; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #17191d; --fg: #e3e6eb; --muted: #9aa3b2; --line: #363b45; --panel: #20242a;
    --accent: #7fb0f0; --warn: #f08a66; --ok: #7cc576; --code: #2a2f37; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 28px 60px; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.3em; margin: 40px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.08em; margin: 26px 0 8px; }
h4 { font-size: 1em; margin: 18px 0 6px; }
p { margin: 6px 0; }
.arrow { white-space: nowrap; }
a { color: var(--accent); }
code, .code { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code.cmd { background: var(--code); border: 1px solid var(--line); border-radius: 4px; padding: 1px 5px;
  user-select: all; white-space: pre-wrap; word-break: break-all; }
.meta, .empty, .left-out, .note { color: var(--muted); }
.demo { background: #ffe08a; color: #3b2f00; padding: 6px 10px; border-radius: 4px; font-weight: 600; }
nav.toc { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 18px; margin: 18px 0; }
nav.toc ol { margin: 4px 0; padding-left: 22px; columns: 2; }
.abstract { border-left: 4px solid var(--warn); background: var(--panel); padding: 10px 16px; margin: 16px 0; }
.abstract ul { margin: 4px 0; padding-left: 20px; }
.abstract a { color: inherit; text-decoration: none; }
.abstract a:hover { text-decoration: underline; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
article.finding { border: 1px solid var(--line); border-radius: 8px; padding: 12px 18px; margin: 14px 0; background: var(--panel); }
article.finding h3 { margin-top: 4px; }
.badge { display: inline-block; font-size: 0.8em; font-weight: 600; padding: 1px 8px; border-radius: 10px; margin-left: 8px;
  vertical-align: middle; border: 1px solid currentColor; }
.badge.holder { color: var(--ok); }
.badge.short { color: var(--muted); }
ol.chain { list-style: none; padding: 0; margin: 8px 0; }
ol.chain > li { position: relative; padding: 6px 0 6px 22px; border-left: 2px solid var(--line); margin-left: 8px; }
ol.chain > li::before { content: ""; position: absolute; left: -7px; top: 12px; width: 12px; height: 12px;
  border-radius: 50%; background: var(--accent); }
ol.chain > li.gap::before { background: var(--bg); border: 2px dashed var(--muted); }
ol.chain > li.gap { color: var(--muted); }
.step { font-size: 0.78em; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin-right: 6px; }
.figures, .coverage { color: var(--muted); font-size: 0.93em; }
.confirm { font-size: 0.93em; }
.confirm .label { color: var(--muted); }
p.conclusion { font-weight: 600; margin-top: 8px; }
.table-wrap { overflow-x: auto; margin: 8px 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
table.figures, table.compact { width: auto; min-width: 50%; }
.pair { display: flex; flex-wrap: wrap; gap: 0 40px; align-items: flex-start; }
.pair > div { flex: 1 1 360px; }
.pair table.figures, .pair table.compact { width: 100%; }
table.figures td:first-child { color: var(--muted); padding-right: 24px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: var(--panel); position: sticky; top: 0; cursor: pointer; white-space: nowrap; }
th.sorted-asc::after { content: " \25B2"; }
th.sorted-desc::after { content: " \25BC"; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.92em; white-space: nowrap; }
tbody tr:nth-child(even) { background: color-mix(in srgb, var(--panel) 60%, transparent); }
figure { margin: 14px 0; }
figure img { width: 100%; max-width: 1000px; height: auto; background: #ffffff; border: 1px solid var(--line);
  border-radius: 6px; padding: 4px; }
figcaption { color: var(--muted); font-size: 0.9em; }
footer { margin-top: 48px; color: var(--muted); font-size: 0.88em; border-top: 1px solid var(--line); padding-top: 10px; }
@media print { nav.toc { display: none; } th { position: static; } article.finding, figure { break-inside: avoid; }
  body { font-size: 11pt; } }
)css";
}

std::string_view sortScript()
{
    // Numbers sort by their data-sort value (199 MB above 9.0 MB), text by locale; a second
    // click reverses. Without script the tables are the same, in the report's order.
    return R"js(
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('thead th').forEach(function (th, column) {
    th.title = 'Sort by this column';
    th.addEventListener('click', function () {
      var body = table.tBodies[0];
      var numeric = th.classList.contains('num');
      var descending = !th.classList.contains('sorted-desc');
      table.querySelectorAll('thead th').forEach(function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
      th.classList.add(descending ? 'sorted-desc' : 'sorted-asc');
      var key = function (row) {
        var cell = row.cells[column];
        if (!cell) return numeric ? -Infinity : '';
        var v = cell.getAttribute('data-sort');
        if (numeric) return v === null || v === '' ? -Infinity : parseFloat(v);
        return v !== null ? v : cell.textContent;
      };
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : String(x).localeCompare(String(y));
        return descending ? -order : order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
)js";
}

} // namespace poolscope::report
