<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cell</name>
    <message>
        <source>gone</source>
        <translation>已消失</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>entries queued, no thread waiting</source>
        <translation>有已排队条目，无线程等待</translation>
    </message>
    <message>
        <source>entries queued, threads waiting</source>
        <translation>有已排队条目，有线程等待</translation>
    </message>
    <message>
        <source>entries queued</source>
        <translation>有已排队条目</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>not parsed</source>
        <translation>未解析</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>handle entries</source>
        <translation>句柄表项</translation>
    </message>
    <message>
        <source>type table</source>
        <translation>类型表</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>池标记</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>完成端口</translation>
    </message>
    <message>
        <source>irps</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>handles</source>
        <translation>句柄</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Bytes before</source>
        <translation>之前字节数</translation>
    </message>
    <message>
        <source>Bytes after</source>
        <translation>之后字节数</translation>
    </message>
    <message>
        <source>Δ Bytes</source>
        <translation>Δ 字节数</translation>
    </message>
    <message>
        <source>Δ Outstanding</source>
        <translation>Δ 未释放</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Queued before</source>
        <translation>之前已排队</translation>
    </message>
    <message>
        <source>Queued after</source>
        <translation>之后已排队</translation>
    </message>
    <message>
        <source>Δ Queued</source>
        <translation>Δ 已排队</translation>
    </message>
    <message>
        <source>Waiting threads</source>
        <translation>等待线程</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Handles before</source>
        <translation>之前句柄数</translation>
    </message>
    <message>
        <source>Handles after</source>
        <translation>之后句柄数</translation>
    </message>
    <message>
        <source>Δ Handles</source>
        <translation>Δ 句柄数</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Queued entries</source>
        <translation>已排队条目</translation>
    </message>
    <message>
        <source>IRPs seen</source>
        <translation>所见 IRP</translation>
    </message>
    <message>
        <source>Max concurrency</source>
        <translation>最大并发数</translation>
    </message>
    <message>
        <source>Active threads</source>
        <translation>活动线程</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有者进程</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>EPROCESS</source>
        <translation>EPROCESS</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Process total</source>
        <translation>进程合计</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>计数来源</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Thread state</source>
        <translation>线程状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation>IRP 数</translation>
    </message>
    <message>
        <source>IRP</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>Pending returned</source>
        <translation>已返回挂起</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>栈位置</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>嫌疑</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Open in</source>
        <translation>打开于</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未释放</translation>
    </message>
    <message>
        <source>Bytes/alloc</source>
        <translation>字节/分配</translation>
    </message>
    <message>
        <source>Allocs</source>
        <translation>分配次数</translation>
    </message>
    <message>
        <source>Frees</source>
        <translation>释放次数</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Flink</source>
        <translation>Flink</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>nothing is open: open a file or the demo first</source>
        <translation>尚未打开任何内容：请先打开文件或演示</translation>
    </message>
    <message>
        <source>%1 ×1000</source>
        <translation>%1 ×1000</translation>
    </message>
    <message>
        <source>new: only in the after snapshot; gone: only in the before one</source>
        <translation>新增：仅在之后的快照中；已消失：仅在之前的快照中</translation>
    </message>
    <message>
        <source>_KQUEUE.Header.SignalState, or the IRPs seen on the port when the source did not say</source>
        <translation>_KQUEUE.Header.SignalState；来源未给出时为在该端口上看到的 IRP 数</translation>
    </message>
    <message>
        <source>Queued completion packets that are not IRPs (PostQueuedCompletionStatus); known when the queue was walked in a dump</source>
        <translation>不是 IRP 的已排队完成数据包（PostQueuedCompletionStatus）；在转储中遍历队列时可知</translation>
    </message>
    <message>
        <source>handles</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Handles by type</source>
        <translation>按类型统计的句柄</translation>
    </message>
    <message>
        <source>Handles of the %1 processes with the most</source>
        <translation>句柄最多的 %1 个进程的句柄</translation>
    </message>
    <message>
        <source>%1 holds %2 handles</source>
        <translation>%1 持有 %2 个句柄</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>IRPs past their last stack location (CurrentLocation &gt; StackCount)</source>
        <translation>已越过最后一个栈位置的 IRP（CurrentLocation &gt; StackCount）</translation>
    </message>
    <message>
        <source>The state !thread prints for the IRP&apos;s thread (Tail.Overlay.Thread)</source>
        <translation>!thread 为该 IRP 的线程（Tail.Overlay.Thread）显示的状态</translation>
    </message>
    <message>
        <source>IoStatus.Status (NTSTATUS), by name where it is a common one</source>
        <translation>IoStatus.Status（NTSTATUS），常见值显示其名称</translation>
    </message>
    <message>
        <source>CurrentLocation / StackCount: past the last location means completed</source>
        <translation>CurrentLocation / StackCount：越过最后一个位置即表示已完成</translation>
    </message>
    <message>
        <source>When comparing: new (not in the baseline) or gone (only in the baseline)</source>
        <translation>比较时：新增（不在基准中）或已消失（仅在基准中）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Allocations not yet freed (poolmon Diff, !poolused Allocs)</source>
        <translation>尚未释放的分配（poolmon Diff，!poolused Allocs）</translation>
    </message>
    <message>
        <source>queued entries</source>
        <translation>已排队条目</translation>
    </message>
    <message>
        <source>Queued entries</source>
        <translation>已排队条目</translation>
    </message>
    <message>
        <source>Port %1: %2 queued entries, %3 threads waiting</source>
        <translation>端口 %1：%2 个已排队条目，%3 个线程在等待</translation>
    </message>
    <message>
        <source>Port %1: %2 queued entries</source>
        <translation>端口 %1：%2 个已排队条目</translation>
    </message>
    <message>
        <source>No holder known</source>
        <translation>未知持有者</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>由 %1 持有</translation>
    </message>
    <message>
        <source>Deepest completion ports</source>
        <translation>队列最深的完成端口</translation>
    </message>
    <message>
        <source>Top %1 tags by bytes</source>
        <translation>按字节数排列的前 %1 个标记</translation>
    </message>
    <message>
        <source>Growing steadily</source>
        <translation>持续增长</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>数量未知的</translation>
    </message>
    <message>
        <source>%1 (%2): %3 in %4 allocations; grows steadily over the series</source>
        <translation>%1（%2）：%4 次分配共 %3；在整个序列中持续增长</translation>
    </message>
    <message>
        <source>%1 (%2): %3 in %4 allocations</source>
        <translation>%1（%2）：%4 次分配共 %3</translation>
    </message>
    <message>
        <source>In Flink order from the list head; empty for a record the walk did not reach</source>
        <translation>从链表头起按 Flink 顺序；遍历未到达的记录为空</translation>
    </message>
    <message>
        <source>The _LIST_ENTRY: the previous entry&apos;s Flink</source>
        <translation>_LIST_ENTRY：前一个条目的 Flink</translation>
    </message>
    <message>
        <source>CONTAINING_RECORD(entry, type, field): the entry minus the field&apos;s offset</source>
        <translation>CONTAINING_RECORD(entry, type, field)：条目地址减去字段偏移</translation>
    </message>
    <message>
        <source>Where the walk goes next: the next entry, or the list head</source>
        <translation>遍历的下一处：下一个条目或链表头</translation>
    </message>
    <message>
        <source>Queue of port %1 (%2 queued)</source>
        <translation>端口 %1 的队列（%2 个已排队）</translation>
    </message>
    <message>
        <source>Queue of port %1</source>
        <translation>端口 %1 的队列</translation>
    </message>
    <message>
        <source>IrpList of thread %1</source>
        <translation>线程 %1 的 IrpList</translation>
    </message>
    <message>
        <source>Process list (ActiveProcessLinks)</source>
        <translation>进程链表（ActiveProcessLinks）</translation>
    </message>
    <message>
        <source>%1: not in this source</source>
        <translation>%1：此来源中没有</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1：%2，共 %3（%4）</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2，共 %3</translation>
    </message>
    <message>
        <source>%1: %2 (the pool&apos;s maximum is not in this source)</source>
        <translation>%1：%2（此来源中没有该池的最大值）</translation>
    </message>
</context>
<context>
    <name>poolscope::app::Demo</name>
    <message>
        <source>the demo data %1 is missing from this build</source>
        <translation>此构建中缺少演示数据 %1</translation>
    </message>
    <message>
        <source>Demo: IOCP leak and thread-handle leak (KD log)</source>
        <translation>演示：IOCP 泄漏与线程句柄泄漏（KD 日志）</translation>
    </message>
    <message>
        <source>Demo: pool growth over 12 poolmon screens</source>
        <translation>演示：12 屏 poolmon 中的池增长</translation>
    </message>
</context>
<context>
    <name>poolscope::app::Language</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>poolscope::app::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Pool tags</source>
        <translation>池标记</translation>
    </message>
    <message>
        <source>Completion ports</source>
        <translation>完成端口</translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>遍历</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>正在与 %1 比较</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Could not open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a kernel dump, a poolmon capture or a WinDbg/KD log (several files of one system make a series)</source>
        <translation>打开内核转储、poolmon 捕获或 WinDbg/KD 日志（同一系统的多个文件构成一个序列）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>IOCP leak and thread-handle leak (KD log)</source>
        <translation>IOCP 泄漏与线程句柄泄漏（KD 日志）</translation>
    </message>
    <message>
        <source>Both real leak cases at full scale, generated: a KD transcript of the IOCP and handle leaks</source>
        <translation>按实际规模生成的两个真实泄漏案例：IOCP 泄漏和句柄泄漏的 KD 记录</translation>
    </message>
    <message>
        <source>Pool growth (poolmon capture)</source>
        <translation>池增长（poolmon 捕获）</translation>
    </message>
    <message>
        <source>Twelve poolmon screens, generated, with four tags that grow steadily</source>
        <translation>生成的十二屏 poolmon 数据，其中四个标记持续增长</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>与…比较(&amp;C)</translation>
    </message>
    <message>
        <source>Open another file as the &apos;before&apos; side: the tables gain before, after and delta columns</source>
        <translation>打开另一个文件作为“之前”一方：表格增加之前、之后和差值列</translation>
    </message>
    <message>
        <source>S&amp;top Comparing</source>
        <translation>停止比较(&amp;T)</translation>
    </message>
    <message>
        <source>Back to the snapshot alone</source>
        <translation>回到单个快照</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>将表格导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the table of the view in front, filtered and sorted as shown, as CSV</source>
        <translation>将当前视图的表格按所显示的筛选和排序写为 CSV</translation>
    </message>
    <message>
        <source>Export View as &amp;PNG…</source>
        <translation>将视图导出为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the view in front as a PNG image</source>
        <translation>将当前视图保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Export &amp;Window as PNG…</source>
        <translation>将窗口导出为 PNG(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the whole window, inspector included, as a PNG image</source>
        <translation>将整个窗口（包括检查器）保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write one HTML file with the findings, the key tables and charts and the WinDbg commands that confirm them, to open anywhere</source>
        <translation>写出一个包含发现、关键表格与图表以及用于确认的 WinDbg 命令的 HTML 文件，可在任何地方打开</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close PoolScope</source>
        <translation>关闭 PoolScope</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Symbol Folders…</source>
        <translation>符号文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>The folders searched for a dump kernel&apos;s PDB or volatility3 symbol file</source>
        <translation>查找转储内核的 PDB 或 volatility3 符号文件的文件夹</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Bring the %1 view forward</source>
        <translation>切换到“%1”视图</translation>
    </message>
    <message>
        <source>Inspector &amp;Back</source>
        <translation>检查器后退(&amp;B)</translation>
    </message>
    <message>
        <source>The record the inspector showed before (Alt+Left)</source>
        <translation>检查器之前显示的记录（Alt+Left）</translation>
    </message>
    <message>
        <source>Inspector &amp;Forward</source>
        <translation>检查器前进(&amp;F)</translation>
    </message>
    <message>
        <source>The record the inspector showed after (Alt+Right)</source>
        <translation>检查器之后显示的记录（Alt+Right）</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source> Snapshot: </source>
        <translation> 快照： </translation>
    </message>
    <message>
        <source>Which screen of a poolmon capture the views show</source>
        <translation>各视图显示 poolmon 捕获中的哪一屏</translation>
    </message>
    <message>
        <source>  Compare with: </source>
        <translation>  比较对象： </translation>
    </message>
    <message>
        <source>Show before / after / delta columns against another snapshot</source>
        <translation>显示相对于另一快照的之前 / 之后 / 差值列</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PoolScope</source>
        <translation>关于 PoolScope(&amp;A)</translation>
    </message>
    <message>
        <source>About PoolScope</source>
        <translation>关于 PoolScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;PoolScope&lt;/b&gt; finds what leaks Windows kernel pool: open a kernel dump, a poolmon capture or a WinDbg/KD log and follow the evidence from the growing tag to the process, port, file or handle that holds it.&lt;p&gt;Version %1</source>
        <translation>&lt;b&gt;PoolScope&lt;/b&gt; 查找泄漏 Windows 内核池的对象：打开内核转储、poolmon 捕获或 WinDbg/KD 日志，沿着证据从增长的标记追到持有它的进程、端口、文件或句柄。&lt;p&gt;版本 %1</translation>
    </message>
    <message>
        <source>Version and what PoolScope is for</source>
        <translation>版本及 PoolScope 的用途</translation>
    </message>
    <message>
        <source>Speak the desktop&apos;s language (English where PoolScope has no translation); applies when PoolScope starts again</source>
        <translation>使用桌面的语言（PoolScope 没有该语言的翻译时使用英语）；在 PoolScope 重新启动后生效</translation>
    </message>
    <message>
        <source>Use this language from the next start on</source>
        <translation>从下次启动起使用此语言</translation>
    </message>
    <message>
        <source>The language changes when PoolScope starts again</source>
        <translation>语言将在 PoolScope 重新启动后更改</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when PoolScope starts again. Restart now?</source>
        <translation>语言将在 PoolScope 重新启动后更改。现在重新启动吗？</translation>
    </message>
    <message>
        <source>Could not start PoolScope again: the language changes at the next start</source>
        <translation>无法重新启动 PoolScope：语言将在下次启动时更改</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Could not open the demo: %1</source>
        <translation>无法打开演示：%1</translation>
    </message>
    <message>
        <source>Demo data: generated to look like the two real leak cases, not from a real machine</source>
        <translation>演示数据：仿照两个真实泄漏案例生成，并非来自真实机器</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>this view has no table</source>
        <translation>此视图没有表格</translation>
    </message>
    <message>
        <source>no view named &apos;%1&apos; (views: %2, inspector, window)</source>
        <translation>没有名为“%1”的视图（视图：%2、inspector、window）</translation>
    </message>
    <message>
        <source>Open (several files of one system make a series)</source>
        <translation>打开（同一系统的多个文件构成一个序列）</translation>
    </message>
    <message>
        <source>Pool evidence (*.log *.txt *.dmp);;WinDbg/KD logs (*.log *.txt);;poolmon captures (*.log *.txt);;Kernel memory dumps (*.dmp);;Kernel dumps (*.dmp);;All files (*)</source>
        <translation>池证据 (*.log *.txt *.dmp);;WinDbg/KD 日志 (*.log *.txt);;poolmon 捕获 (*.log *.txt);;内核内存转储 (*.dmp);;内核转储 (*.dmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Pool evidence (*.log *.txt *.dmp);;All files (*)</source>
        <translation>池证据 (*.log *.txt *.dmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>未写出报告：%1</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 项发现</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 项发现</translation>
    </message>
    <message>
        <source>1 chart</source>
        <translation>1 个图表</translation>
    </message>
    <message>
        <source>%1 charts</source>
        <translation>%1 个图表</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 KB): %3, %4</source>
        <translation>报告已写入 %1（%2 KB）：%3，%4</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <source>%1 compared with %2 — PoolScope</source>
        <translation>%1 与 %2 比较 — PoolScope</translation>
    </message>
</context>
<context>
    <name>poolscope::app::SymbolFoldersDialog</name>
    <message>
        <source>Symbol Folders</source>
        <translation>符号文件夹</translation>
    </message>
    <message>
        <source>Folders holding Windows kernels&apos; symbols: the kernel&apos;s own PDB (&lt;tt&gt;ntkrnlmp.pdb&lt;/tt&gt;) in a WinDbg or symchk symbol cache (&lt;tt&gt;ntkrnlmp.pdb/GUIDAGE/ntkrnlmp.pdb&lt;/tt&gt;) or directly in the folder, or a volatility3 symbol file (&lt;tt&gt;GUID-AGE.json.xz&lt;/tt&gt;). A dump whose kernel has one here is read with its exact structure layout; otherwise the built-in layouts of builds 14393 to 22000 are used. The local folders of &lt;tt&gt;_NT_SYMBOL_PATH&lt;/tt&gt; are searched too. Applies to the next file opened.</source>
        <translation>存放 Windows 内核符号的文件夹：内核自身的 PDB（&lt;tt&gt;ntkrnlmp.pdb&lt;/tt&gt;），位于 WinDbg 或 symchk 符号缓存中（&lt;tt&gt;ntkrnlmp.pdb/GUIDAGE/ntkrnlmp.pdb&lt;/tt&gt;）或直接位于该文件夹中，或者 volatility3 符号文件（&lt;tt&gt;GUID-AGE.json.xz&lt;/tt&gt;）。若转储的内核在此有符号，则按其确切的结构布局读取；否则使用内置的 14393 至 22000 版本布局。也会搜索 &lt;tt&gt;_NT_SYMBOL_PATH&lt;/tt&gt; 中的本地文件夹。对下一个打开的文件生效。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add Symbol Folder</source>
        <translation>添加符号文件夹</translation>
    </message>
</context>
<context>
    <name>poolscope::views::ChartPanel</name>
    <message>
        <source>Nothing to chart</source>
        <translation>没有可绘制的数据</translation>
    </message>
    <message>
        <source>%1: nothing to chart</source>
        <translation>%1：没有可绘制的数据</translation>
    </message>
</context>
<context>
    <name>poolscope::views::DiagnosticsView</name>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; (%n line(s) of output): PoolScope does not read this command</source>
        <translation>
            <numerusform>“%1”（%n 行输出）：PoolScope 不读取此命令</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines of recognised output skipped, %2 commands not parsed, %3 lines outside any command passed over. Each skip with its line is listed below (the list keeps the first %4).</source>
        <translation>跳过了 %1 行已识别的输出，%2 条命令未解析，略过了 %3 行不属于任何命令的内容。下面列出每一处跳过及其所在行（列表保留前 %4 项）。</translation>
    </message>
</context>
<context>
    <name>poolscope::views::Export</name>
    <message>
        <source>%1: could not write the PNG file</source>
        <translation>%1：无法写入 PNG 文件</translation>
    </message>
</context>
<context>
    <name>poolscope::views::FindingCard</name>
    <message>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Grows with</source>
        <translation>随之增长</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>Pool tags</source>
        <translation>池标记</translation>
    </message>
    <message>
        <source>Completion ports</source>
        <translation>完成端口</translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>%1 (pid 0x%2)</source>
        <translation>%1（pid 0x%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>: held by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>：由 &lt;b&gt;%1&lt;/b&gt; 持有</translation>
    </message>
    <message>
        <source>: queued on port &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>：排队于端口 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The chain stops here: nothing in this source links it further.</source>
        <translation>链条到此为止：此来源中没有可继续关联的内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>nothing in this source links it further</source>
        <translation>此来源中没有可继续关联的内容</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why it is here: %1</source>
        <translation>列出原因：%1</translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <source>The WinDbg command that confirms this step</source>
        <translation>确认此步骤的 WinDbg 命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy &apos;%1&apos; to the clipboard</source>
        <translation>将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>在“%1”中打开</translation>
    </message>
    <message>
        <source>Show this record selected in its view, and in the inspector</source>
        <translation>在其视图和检查器中显示并选中此记录</translation>
    </message>
</context>
<context>
    <name>poolscope::views::HandlesView</name>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Handles by process and object type</source>
        <translation>按进程和对象类型统计的句柄</translation>
    </message>
    <message>
        <source>Select a completion port (or open an object from the inspector) to see the processes holding a handle to it.</source>
        <translation>选择一个完成端口（或从检查器中打开一个对象），查看持有其句柄的进程。</translation>
    </message>
    <message>
        <source>No process in this source holds a handle to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>此来源中没有进程持有 &lt;b&gt;%1&lt;/b&gt; 的句柄。</translation>
    </message>
    <message>
        <source>Processes holding a handle to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>持有 &lt;b&gt;%1&lt;/b&gt; 句柄的进程</translation>
    </message>
</context>
<context>
    <name>poolscope::views::InspectorView</name>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+Left）</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+Right）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>The previous entry: follow Blink (Alt+Up)</source>
        <translation>上一个条目：沿 Blink（Alt+Up）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>The next entry: follow Flink, as !list does (Alt+Down)</source>
        <translation>下一个条目：像 !list 一样沿 Flink（Alt+Down）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Underlined values are pointers to records this source holds: Enter or double click opens them</source>
        <translation>带下划线的值是指向此来源中记录的指针：按 Enter 或双击打开</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check it in WinDbg&lt;/b&gt;</source>
        <translation>&lt;b&gt;在 WinDbg 中确认&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 is not an entry the walk of the %2 reaches (%3)</source>
        <translation>%1 不是 %2 的遍历所能到达的条目（%3）</translation>
    </message>
    <message>
        <source>The walk is complete: every entry was visited.</source>
        <translation>遍历完成：已访问每个条目。</translation>
    </message>
    <message>
        <source>The walk stops here: %1.</source>
        <translation>遍历在此停止：%1。</translation>
    </message>
    <message>
        <source>The list has no entry.</source>
        <translation>链表中没有条目。</translation>
    </message>
    <message>
        <source>The head&apos;s Blink leads to the last entry, which the walk did not reach: %1.</source>
        <translation>链表头的 Blink 指向最后一个条目，遍历未到达该条目：%1。</translation>
    </message>
    <message>
        <source>Select a port, an IRP, a tag or a process: its fields show here.</source>
        <translation>选择一个端口、IRP、标记或进程：其字段将显示在这里。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy &apos;%1&apos; to the clipboard</source>
        <translation>将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>数量未知的</translation>
    </message>
    <message>
        <source>the head of the list: %1 (%2 entries)</source>
        <translation>链表头：%1（%2 个条目）</translation>
    </message>
    <message>
        <source>Next follows its Flink %1</source>
        <translation>“下一个”沿其 Flink %1</translation>
    </message>
    <message>
        <source>back at the head: %1, after %2 entries</source>
        <translation>回到链表头：%1，经过 %2 个条目</translation>
    </message>
</context>
<context>
    <name>poolscope::views::Investigation</name>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
</context>
<context>
    <name>poolscope::views::IrpView</name>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>Count the IRPs shown per process, thread, file, current driver, status, completed or port</source>
        <translation>按进程、线程、文件、当前驱动程序、状态、是否完成或端口统计所显示的 IRP</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>所有分组</translation>
    </message>
    <message>
        <source>List the IRPs of every group again</source>
        <translation>重新列出所有分组的 IRP</translation>
    </message>
    <message>
        <source>Show IRPs of every &amp;port</source>
        <translation>显示所有端口的 IRP(&amp;P)</translation>
    </message>
    <message>
        <source>IRPs per group</source>
        <translation>每组 IRP 数</translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>IRPs queued on port &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>排队于端口 &lt;b&gt;%1&lt;/b&gt; 的 IRP</translation>
    </message>
    <message>
        <source>Every IRP in this source (select a port to see only its IRPs)</source>
        <translation>此来源中的所有 IRP（选择一个端口即只看其 IRP）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Listed: the &lt;b&gt;%1&lt;/b&gt; whose %2 is &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;br&gt;已列出：%2 为 &lt;b&gt;%3&lt;/b&gt; 的 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>one IRP</source>
        <translation>1 个 IRP</translation>
    </message>
    <message>
        <source>%1 IRPs</source>
        <translation>%1 个 IRP</translation>
    </message>
</context>
<context>
    <name>poolscope::views::OverviewView</name>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Each finding in one line: click one to go to its chain below</source>
        <translation>每项发现一行：单击可跳转到下方的证据链</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>一览</translation>
    </message>
    <message>
        <source>Largest tags</source>
        <translation>最大的标记</translation>
    </message>
    <message>
        <source>Handles of the top processes, by type</source>
        <translation>主要进程的句柄（按类型）</translation>
    </message>
    <message>
        <source>Deepest completion ports</source>
        <translation>队列最深的完成端口</translation>
    </message>
    <message>
        <source>All suspects (Enter or double click opens the view)</source>
        <translation>所有嫌疑（按 Enter 或双击打开视图）</translation>
    </message>
    <message>
        <source>Open view</source>
        <translation>打开视图</translation>
    </message>
    <message>
        <source>Bring the view this chart comes from forward (a bar opens its record there)</source>
        <translation>切换到此图表所属的视图（单击条形可在那里打开其记录）</translation>
    </message>
    <message>
        <source>Nothing open. File &gt; Open a poolmon capture, a WinDbg/KD log or a kernel dump.</source>
        <translation>尚未打开任何内容。请通过“文件 &gt; 打开”打开 poolmon 捕获、WinDbg/KD 日志或内核转储。</translation>
    </message>
    <message>
        <source>Nonpaged pool</source>
        <translation>非分页池</translation>
    </message>
    <message>
        <source>Paged pool</source>
        <translation>分页池</translation>
    </message>
    <message>
        <source>, snapshot %1 of %2</source>
        <translation>，第 %1 个快照，共 %2 个</translation>
    </message>
    <message>
        <source>&lt;br&gt;Type information: %1</source>
        <translation>&lt;br&gt;类型信息：%1</translation>
    </message>
    <message>
        <source>DEMO DATA, generated, not from a real machine</source>
        <translation>演示数据，系生成所得，并非来自真实机器</translation>
    </message>
    <message>
        <source>In this snapshot: %1, %2, %3, %4, %5, %6.</source>
        <translation>此快照中：%1，%2，%3，%4，%5，%6。</translation>
    </message>
    <message>
        <source>1 pool tag</source>
        <translation>1 个池标记</translation>
    </message>
    <message>
        <source>%1 pool tags</source>
        <translation>%1 个池标记</translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 个进程</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 个进程</translation>
    </message>
    <message>
        <source>1 handle</source>
        <translation>1 个句柄</translation>
    </message>
    <message>
        <source>%1 handles</source>
        <translation>%1 个句柄</translation>
    </message>
    <message>
        <source>1 completion port</source>
        <translation>1 个完成端口</translation>
    </message>
    <message>
        <source>%1 completion ports</source>
        <translation>%1 个完成端口</translation>
    </message>
    <message>
        <source>1 IRP</source>
        <translation>1 个 IRP</translation>
    </message>
    <message>
        <source>%1 IRPs</source>
        <translation>%1 个 IRP</translation>
    </message>
    <message>
        <source>1 file object</source>
        <translation>1 个文件对象</translation>
    </message>
    <message>
        <source>%1 file objects</source>
        <translation>%1 个文件对象</translation>
    </message>
    <message>
        <source> &lt;b&gt;%1, %2&lt;/b&gt; — see Diagnostics.</source>
        <translation> &lt;b&gt;%1，%2&lt;/b&gt; — 见“诊断”。</translation>
    </message>
    <message>
        <source>1 line skipped</source>
        <translation>跳过 1 行</translation>
    </message>
    <message>
        <source>%1 lines skipped</source>
        <translation>跳过 %1 行</translation>
    </message>
    <message>
        <source>1 command not parsed</source>
        <translation>1 条命令未解析</translation>
    </message>
    <message>
        <source>%1 commands not parsed</source>
        <translation>%1 条命令未解析</translation>
    </message>
    <message>
        <source>Tag that keeps growing</source>
        <translation>持续增长的标记</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1/screen</source>
        <translation>%1/屏</translation>
    </message>
    <message>
        <source>Open a source to see what leaks and what holds it.</source>
        <translation>打开一个来源，查看泄漏的内容及其持有者。</translation>
    </message>
    <message>
        <source>Working out what holds each leak…</source>
        <translation>正在分析每个泄漏的持有者…</translation>
    </message>
    <message>
        <source>Nothing stands out in this source:</source>
        <translation>此来源中没有突出的问题：</translation>
    </message>
    <message>
        <source>No pool tag, port or handle count in this source points at a leak.</source>
        <translation>此来源中没有任何池标记、端口或句柄计数指向泄漏。</translation>
    </message>
</context>
<context>
    <name>poolscope::views::PoolTagsView</name>
    <message>
        <source>Pool tags</source>
        <translation>池标记</translation>
    </message>
    <message>
        <source>Top tags by bytes:</source>
        <translation>按字节数的前几个标记：</translation>
    </message>
    <message>
        <source>Number of tags in the chart</source>
        <translation>图表中的标记数</translation>
    </message>
    <message>
        <source>Growth &amp;scale:</source>
        <translation>增长刻度(&amp;S)：</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Bytes, log scale</source>
        <translation>字节数，对数刻度</translation>
    </message>
    <message>
        <source>Change since the first screen (%)</source>
        <translation>相对第一屏的变化（%）</translation>
    </message>
    <message>
        <source>A log scale or the change since the first screen lets a small tag and a large one be read on one chart</source>
        <translation>使用对数刻度或相对第一屏的变化，小标记和大标记可在同一图表中读出</translation>
    </message>
    <message>
        <source>Growth over time needs a series (a poolmon log with several screens)</source>
        <translation>随时间的增长需要一个序列（包含多屏的 poolmon 日志）</translation>
    </message>
    <message>
        <source>Change since the first of %1 snapshots</source>
        <translation>相对 %1 个快照中第一个的变化</translation>
    </message>
    <message>
        <source>Bytes over %1 snapshots, log scale</source>
        <translation>%1 个快照的字节数，对数刻度</translation>
    </message>
    <message>
        <source>Bytes over %1 snapshots</source>
        <translation>%1 个快照的字节数</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>屏</translation>
    </message>
    <message>
        <source>change, %</source>
        <translation>变化，%</translation>
    </message>
</context>
<context>
    <name>poolscope::views::PortView</name>
    <message>
        <source>Completion ports</source>
        <translation>完成端口</translation>
    </message>
    <message>
        <source>No completion ports in this source. A KD log needs !icpleak, !handle … IoCompletion or dt nt!_KQUEUE output; a poolmon capture has none.</source>
        <translation>此来源中没有完成端口。KD 日志需要包含 !icpleak、!handle … IoCompletion 或 dt nt!_KQUEUE 的输出；poolmon 捕获中没有完成端口。</translation>
    </message>
    <message>
        <source>no holder known</source>
        <translation>未知持有者</translation>
    </message>
    <message numerus="yes">
        <source>held by %n process(es)</source>
        <translation>
            <numerusform>由 %n 个进程持有</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;!icpleak:&lt;/b&gt; port %1 has the most queued entries: &lt;b&gt;%2&lt;/b&gt; (%3).</source>
        <translation>&lt;b&gt;!icpleak：&lt;/b&gt;端口 %1 的已排队条目最多：&lt;b&gt;%2&lt;/b&gt;（%3）。</translation>
    </message>
</context>
<context>
    <name>poolscope::views::RecordTableView</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>筛选%1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
</context>
<context>
    <name>poolscope::views::WalkView</name>
    <message>
        <source>List:</source>
        <translation>链表：</translation>
    </message>
    <message>
        <source>The list to walk: a port&apos;s queue (EntryListHead), a thread&apos;s IrpList, the process list</source>
        <translation>要遍历的链表：端口的队列（EntryListHead）、线程的 IrpList、进程链表</translation>
    </message>
    <message>
        <source>The same walk in WinDbg: !list runs !irp on every entry</source>
        <translation>在 WinDbg 中做同样的遍历：!list 对每个条目运行 !irp</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the !list command to the clipboard</source>
        <translation>将 !list 命令复制到剪贴板</translation>
    </message>
    <message>
        <source>WinDbg:</source>
        <translation>WinDbg：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>No list to walk: this source has no completion port. Follow a _LIST_ENTRY in the inspector, or open a dump or a log with dt nt!_KQUEUE and !list.</source>
        <translation>没有可遍历的链表：此来源中没有完成端口。请在检查器中跟随一个 _LIST_ENTRY，或打开包含 dt nt!_KQUEUE 和 !list 的转储或日志。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2.%3 at +%4 (offsets: %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2.%3 位于 +%4（偏移来源：%5）</translation>
    </message>
    <message>
        <source>The walk: %1.</source>
        <translation>遍历：%1。</translation>
    </message>
</context>
</TS>
