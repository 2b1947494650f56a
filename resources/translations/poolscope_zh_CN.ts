<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cell</name>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries queued, no thread waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries queued, threads waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRPs seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPROCESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes/alloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>nothing is open: open a file or the demo first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: only in the after snapshot; gone: only in the before one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_KQUEUE.Header.SignalState, or the IRPs seen on the port when the source did not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued completion packets that are not IRPs (PostQueuedCompletionStatus); known when the queue was walked in a dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles of the %1 processes with the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRPs past their last stack location (CurrentLocation &gt; StackCount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state !thread prints for the IRP&apos;s thread (Tail.Overlay.Thread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoStatus.Status (NTSTATUS), by name where it is a common one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CurrentLocation / StackCount: past the last location means completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When comparing: new (not in the baseline) or gone (only in the baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the pool&apos;s maximum is not in this source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations not yet freed (poolmon Diff, !poolused Allocs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: %2 queued entries, %3 threads waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: %2 queued entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holder known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deepest completion ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 tags by bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing steadily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 in %4 allocations; grows steadily over the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 in %4 allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Flink order from the list head; empty for a record the walk did not reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The _LIST_ENTRY: the previous entry&apos;s Flink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTAINING_RECORD(entry, type, field): the entry minus the field&apos;s offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the walk goes next: the next entry, or the list head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue of port %1 (%2 queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue of port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IrpList of thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process list (ActiveProcessLinks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::app::Demo</name>
    <message>
        <source>the demo data %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: IOCP leak and thread-handle leak (KD log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: pool growth over 12 poolmon screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::app::Language</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::app::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a kernel dump, a poolmon capture or a WinDbg/KD log (several files of one system make a series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOCP leak and thread-handle leak (KD log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both real leak cases at full scale, generated: a KD transcript of the IOCP and handle leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool growth (poolmon capture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twelve poolmon screens, generated, with four tags that grow steadily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file as the &apos;before&apos; side: the tables gain before, after and delta columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the snapshot alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table of the view in front, filtered and sorted as shown, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view in front as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Window as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole window, inspector included, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one HTML file with the findings, the key tables and charts and the WinDbg commands that confirm them, to open anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close PoolScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbol Folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folders searched for a dump kernel&apos;s PDB or volatility3 symbol file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the %1 view forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record the inspector showed before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector &amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record the inspector showed after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Snapshot: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which screen of a poolmon capture the views show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Compare with: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show before / after / delta columns against another snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PoolScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PoolScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PoolScope&lt;/b&gt; finds what leaks Windows kernel pool: open a kernel dump, a poolmon capture or a WinDbg/KD log and follow the evidence from the growing tag to the process, port, file or handle that holds it.&lt;p&gt;Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and what PoolScope is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the desktop&apos;s language (English where PoolScope has no translation); applies when PoolScope starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language from the next start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when PoolScope starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when PoolScope starts again. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start PoolScope again: the language changes at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: generated to look like the two real leak cases, not from a real machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this view has no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no view named &apos;%1&apos; (views: %2, inspector, window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (several files of one system make a series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool evidence (*.log *.txt *.dmp);;WinDbg/KD logs (*.log *.txt);;poolmon captures (*.log *.txt);;Kernel memory dumps (*.dmp);;Kernel dumps (*.dmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool evidence (*.log *.txt *.dmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1 (%2 KB): %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compared with %2 — PoolScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::app::SymbolFoldersDialog</name>
    <message>
        <source>Symbol Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders holding Windows kernels&apos; symbols: the kernel&apos;s own PDB (&lt;tt&gt;ntkrnlmp.pdb&lt;/tt&gt;) in a WinDbg or symchk symbol cache (&lt;tt&gt;ntkrnlmp.pdb/GUIDAGE/ntkrnlmp.pdb&lt;/tt&gt;) or directly in the folder, or a volatility3 symbol file (&lt;tt&gt;GUID-AGE.json.xz&lt;/tt&gt;). A dump whose kernel has one here is read with its exact structure layout; otherwise the built-in layouts of builds 14393 to 22000 are used. The local folders of &lt;tt&gt;_NT_SYMBOL_PATH&lt;/tt&gt; are searched too. Applies to the next file opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Symbol Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::ChartPanel</name>
    <message>
        <source>Nothing to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::DiagnosticsView</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; (%n line(s) of output): PoolScope does not read this command</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines of recognised output skipped, %2 commands not parsed, %3 lines outside any command passed over. Each skip with its line is listed below (the list keeps the first %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::Export</name>
    <message>
        <source>%1: could not write the PNG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::FindingCard</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grows with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: held by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: queued on port &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain stops here: nothing in this source links it further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in this source links it further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinDbg command that confirms this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &apos;%1&apos; to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this record selected in its view, and in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::HandlesView</name>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles by process and object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a completion port (or open an object from the inspector) to see the processes holding a handle to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process in this source holds a handle to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes holding a handle to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::InspectorView</name>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous entry: follow Blink (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next entry: follow Flink, as !list does (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlined values are pointers to records this source holds: Enter or double click opens them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check it in WinDbg&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an entry the walk of the %2 reaches (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk is complete: every entry was visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk stops here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s Blink leads to the last entry, which the walk did not reach: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a port, an IRP, a tag or a process: its fields show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &apos;%1&apos; to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head of the list: %1 (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follows its Flink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back at the head: %1, after %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::Investigation</name>
    <message>
        <source>snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::IrpView</name>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the IRPs shown per process, thread, file, current driver, status, completed or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the IRPs of every group again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show IRPs of every &amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRPs per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRPs queued on port &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every IRP in this source (select a port to see only its IRPs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Listed: the &lt;b&gt;%1&lt;/b&gt; whose %2 is &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one IRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IRPs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::OverviewView</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each finding in one line: click one to go to its chain below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles of the top processes, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deepest completion ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suspects (Enter or double click opens the view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the view this chart comes from forward (a bar opens its record there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open. File &gt; Open a poolmon capture, a WinDbg/KD log or a kernel dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonpaged pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paged pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Type information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA, generated, not from a real machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this snapshot: %1, %2, %3, %4, %5, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pool tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pool tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 completion port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completion ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 IRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IRPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;%1, %2&lt;/b&gt; — see Diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 command not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commands not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag that keeps growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a source to see what leaks and what holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what holds each leak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out in this source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pool tag, port or handle count in this source points at a leak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::PoolTagsView</name>
    <message>
        <source>Pool tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tags by bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tags in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the first screen (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log scale or the change since the first screen lets a small tag and a large one be read on one chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth over time needs a series (a poolmon log with several screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the first of %1 snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes over %1 snapshots, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes over %1 snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change, %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::PortView</name>
    <message>
        <source>Completion ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completion ports in this source. A KD log needs !icpleak, !handle … IoCompletion or dt nt!_KQUEUE output; a poolmon capture has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no holder known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>held by %n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;!icpleak:&lt;/b&gt; port %1 has the most queued entries: &lt;b&gt;%2&lt;/b&gt; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::RecordTableView</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>poolscope::views::WalkView</name>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to walk: a port&apos;s queue (EntryListHead), a thread&apos;s IrpList, the process list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same walk in WinDbg: !list runs !irp on every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the !list command to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinDbg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list to walk: this source has no completion port. Follow a _LIST_ENTRY in the inspector, or open a dump or a log with dt nt!_KQUEUE and !list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2.%3 at +%4 (offsets: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
