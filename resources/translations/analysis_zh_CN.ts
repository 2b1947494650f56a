<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Compare</name>
    <message>
        <location filename="../../analysis/conclusions/snapshot_compare.cpp" line="+29"/>
        <source>before only</source>
        <translation>仅在之前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after only</source>
        <translation>仅在之后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both</source>
        <translation>两者皆有</translation>
    </message>
</context>
<context>
    <name>Correlation</name>
    <message>
        <location filename="../../analysis/conclusions/correlation.cpp" line="+87"/>
        <source>tag &apos;{}&apos; is on none of the {} screens</source>
        <translation>标记 &apos;{}&apos; 不在 {} 屏中的任何一屏上</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>allocations</source>
        <translation>次分配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>on {} common steps: too few to compare</source>
        <translation>只有 {} 个共同步：太少，无法比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes by the same amount every step: nothing to follow</source>
        <translation>每一步变化量相同：无从跟随</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{}&apos; changes by the same amount every step: nothing to follow</source>
        <translation>&apos;{}&apos; 每一步变化量相同：无从跟随</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its changes follow &apos;{}&apos; (correlation {:.2f} over {} steps): {:+.2f} {} per &apos;{}&apos; {}, {} {} over the capture</source>
        <translation>其变化跟随 &apos;{0}&apos;（{2} 步上的相关系数 {1:.2f}）：&apos;{5}&apos; 每 1 {6}对应 {3:+.2f} {4}，整个采集期间共 {7} {8}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>allocation</source>
        <translation>次分配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>byte</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>moves with &apos;{}&apos; (correlation {:.2f}) but did not grow ({} {})</source>
        <translation>与 &apos;{}&apos; 同步变化（相关系数 {:.2f}），但没有增长（{} {}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>correlation {:.2f} over {} steps: grows on its own rhythm</source>
        <translation>{1} 步上的相关系数 {0:.2f}：按自己的节奏增长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correlation {:.2f} over {} steps: moves on its own</source>
        <translation>{1} 步上的相关系数 {0:.2f}：独立变化</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;{}&apos; changes by the same {} {} on every one of its {} steps: a constant rate cannot tell a partner from another steady tag (a capture with uneven load can)</source>
        <translation>&apos;{0}&apos; 在全部 {3} 步中每步都变化 {1} {2}：恒定速率无法区分伙伴标记与另一个稳定增长的标记（负载不均匀的采集可以）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no tag follows &apos;{}&apos; ({} {} over {} steps)</source>
        <translation>没有标记跟随 &apos;{}&apos;（{} 步共 {} {}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{} tag follows &apos;{}&apos; ({} {} over {} steps): {}{}</source>
        <translation>{0} 个标记跟随 &apos;{1}&apos;（{4} 步共 {2} {3}）：{5}{6}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} tags follow &apos;{}&apos; ({} {} over {} steps): {}{}</source>
        <translation>{0} 个标记跟随 &apos;{1}&apos;（{4} 步共 {2} {3}）：{5}{6}</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../../analysis/conclusions/coverage.cpp" line="+27"/>
        <source>{} {}</source>
        <translation>{1} {0} 个</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, {} {}</source>
        <translation>，{1} {0} 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{} of {} outstanding {} allocations reached as {}</source>
        <translation>{2} 的 {1} 个未释放分配中，有 {0} 个作为{3}被遍历到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} of {} outstanding {} allocations reached as {}: {}</source>
        <translation>{2} 的 {1} 个未释放分配中，有 {0} 个作为{3}被遍历到：{4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {} were not reached by any walk</source>
        <translation>；{} 个未被任何遍历到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the source lists more than the tracker counts (objects freed since, or counted twice)</source>
        <translation>；数据源列出的多于池跟踪器的计数（对象此后已释放，或被重复计数）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} {} reached; no outstanding figure for {} in this source (run !poolused 2 {})</source>
        <translation>遍历到 {0} 个{1}；此数据源中没有 {2} 的未释放数（请运行 !poolused 2 {3}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} {} reached: {}; no outstanding figure for {} in this source (run !poolused 2 {})</source>
        <translation>遍历到 {0} 个{1}：{2}；此数据源中没有 {3} 的未释放数（请运行 !poolused 2 {4}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the object type counts {} objects</source>
        <translation>；该对象类型共计 {} 个对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>queued on port {}</source>
        <translation>在端口 {} 上排队</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>pending on their threads</source>
        <translation>挂起在其线程上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found elsewhere (!irpfind, !irp)</source>
        <translation>在别处找到（!irpfind、!irp）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>completion packets</source>
        <translation>完成数据包</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{} objects</source>
        <translation>{} 对象</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not terminated, or in an unknown state</source>
        <translation>未终止或状态未知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <location filename="../../analysis/dump/dump_description.cpp" line="+25"/>
        <source>complete memory dump</source>
        <translation>完全内存转储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel memory dump (summary)</source>
        <translation>内核内存转储（摘要）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete memory dump (bitmap)</source>
        <translation>完全内存转储（位图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel memory dump (bitmap)</source>
        <translation>内核内存转储（位图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live kernel memory dump</source>
        <translation>实时内核内存转储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel memory dump written by .dump /k</source>
        <translation>由 .dump /k 写入的内核内存转储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel and user memory dump written by .dump /ka</source>
        <translation>由 .dump /ka 写入的内核和用户内存转储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete memory dump written by .dump /f</source>
        <translation>由 .dump /f 写入的完全内存转储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dump of type {}</source>
        <translation>类型为 {} 的转储</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{} of Windows build {}</source>
        <translation>Windows 内部版本 {1} 的{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {} processor</source>
        <translation>，{} 个处理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {} processors</source>
        <translation>，{} 个处理器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, bug check 0x{:X}</source>
        <translation>，错误检查 0x{:X}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, written {}</source>
        <translation>，写入于 {}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file holds {} (the header announces no size)</source>
        <translation>文件大小为 {}（文件头未声明大小）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>truncated: {} of the {} its header announces (RequiredDumpSpace)</source>
        <translation>已截断：只有文件头声明的 {1} 中的 {0}（RequiredDumpSpace）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is the {} its header announces</source>
        <translation>文件大小与文件头声明的 {} 一致</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, {} of {} pages missing</source>
        <translation>，{1} 页中缺少 {0} 页</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/handle_table_walk.cpp" line="+33"/>
        <source>handle table page {:#x} of process {:#x} is not readable ({})</source>
        <translation>进程 {1:#x} 的句柄表页 {0:#x} 不可读（{2}）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>handle table directory {:#x} of process {:#x} is not readable ({})</source>
        <translation>进程 {1:#x} 的句柄表目录 {0:#x} 不可读（{2}）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{} handle entries of process {:#x} do not decode to a kernel address (the first at {:#x}); they were skipped</source>
        <translation>进程 {1:#x} 的 {0} 个句柄项无法解码为内核地址（第一个位于 {2:#x}）；已跳过</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>handle {:#x} of process {:#x}: the object header {:#x} is not readable</source>
        <translation>进程 {1:#x} 的句柄 {0:#x}：对象头 {2:#x} 不可读</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>object {:#x} (handle {:#x} of process {:#x}): its header&apos;s type index decodes to {}, past the {} types of the table; its type is unknown</source>
        <translation>对象 {0:#x}（进程 {2:#x} 的句柄 {1:#x}）：其对象头的类型索引解码为 {3}，超出类型表的 {4} 个类型；其类型未知</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the handle table {:#x} of process {:#x} is not readable</source>
        <translation>进程 {1:#x} 的句柄表 {0:#x} 不可读</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the handle table {:#x} of process {:#x} claims 3 levels: not a handle table</source>
        <translation>进程 {1:#x} 的句柄表 {0:#x} 声称有 3 级：不是句柄表</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/io_walks.cpp" line="+65"/>
        <source>{} of {:#x}: {:#x} comes round again; counted {} before it</source>
        <translation>{1:#x} 的{0}：{2:#x} 再次出现；在此之前计数了 {3} 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} of {:#x}: more than {} entries; the rest is not counted</source>
        <translation>{1:#x} 的{0}：超过 {2} 个条目；其余的未计数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{} of {:#x}: a link is not readable after {} entries</source>
        <translation>{1:#x} 的{0}：在 {2} 个条目之后有链接不可读</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>completion port {:#x}: its KQUEUE is not readable</source>
        <translation>完成端口 {:#x}：其 KQUEUE 不可读</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>completion port {:#x}: the queue comes round to {:#x} again without reaching its head (a corrupt list); {} entries read before it</source>
        <translation>完成端口 {:#x}：队列未回到表头就再次到达 {:#x}（链表已损坏）；在此之前读取了 {} 个条目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>completion port {:#x}: more than {} queued entries; the rest is not read</source>
        <translation>完成端口 {:#x}：已排队条目超过 {} 个；其余的未读取</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>completion port {:#x}: queued entry {:#x} is not readable; the queue is read up to it ({} entries)</source>
        <translation>完成端口 {:#x}：已排队条目 {:#x} 不可读；队列读取到此为止（{} 个条目）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>completion port {:#x}: entry {:#x} says it is an IRP, but {:#x} is not one (Type {})</source>
        <translation>完成端口 {:#x}：条目 {:#x} 表明自己是 IRP，但 {:#x} 不是 IRP（Type {}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>completion port {:#x}: entry {:#x} has packet type {}, neither an IRP nor a completion packet</source>
        <translation>完成端口 {:#x}：条目 {:#x} 的数据包类型为 {}，既不是 IRP 也不是完成数据包</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>completion port {:#x}: Header.SignalState says {} queued, the queue holds {}</source>
        <translation>完成端口 {:#x}：Header.SignalState 表示已排队 {} 个，队列中有 {} 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IRP {:#x} is not readable</source>
        <translation>IRP {:#x} 不可读</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>thread {:#x}: its ETHREAD is not readable</source>
        <translation>线程 {:#x}：其 ETHREAD 不可读</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>thread {:#x}: its IRP list does not come back to its head; {} IRPs read</source>
        <translation>线程 {:#x}：其 IRP 链表没有回到表头；已读取 {} 个 IRP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>thread {:#x}: {:#x} on its IRP list is not an IRP</source>
        <translation>线程 {:#x}：其 IRP 链表上的 {:#x} 不是 IRP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>thread {:#x}: a link of its IRP list is not readable</source>
        <translation>线程 {:#x}：其 IRP 链表中有链接不可读</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>file object {:#x} is not readable</source>
        <translation>文件对象 {:#x} 不可读</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>file object {:#x}: its FileName is not readable</source>
        <translation>文件对象 {:#x}：其 FileName 不可读</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file object {:#x}: its completion context {:#x} is not readable</source>
        <translation>文件对象 {:#x}：其完成上下文 {:#x} 不可读</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/kernel_dump_reader.cpp" line="+32"/>
        <source>the built-in structure layout of build {} ({}) does not fit this dump of Windows build {}: {}. Read with it, the dump would give wrong processes and no handles, so it is not read</source>
        <translation>内部版本 {0} 的内置结构布局（{1}）与此 Windows 内部版本 {2} 的转储不符：{3}。用它读取，转储会得出错误的进程且没有句柄，因此不予读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>. The kernel&apos;s own PDB makes it readable: {} with GUID {} and age {} (in a symbol cache: {}/{}{:X}/{}), or its volatility3 symbol file {}-{}.json.xz; give its folder with --symbols DIR or _NT_SYMBOL_PATH (Settings &gt; Symbol Folders in the window)</source>
        <translation>。使用该内核自己的 PDB 即可读取：{0}，GUID {1}，age {2}（在符号缓存中：{3}/{4}{5:X}/{6}），或其 volatility3 符号文件 {7}-{8}.json.xz；请用 --symbols DIR 或 _NT_SYMBOL_PATH（窗口中为 设置 &gt; 符号文件夹）指定其所在文件夹</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{}; {}. The part that survived does not reach the kernel&apos;s loaded module list ({:#x}), so nothing in it can be walked: a complete copy of the file is needed</source>
        <translation>{}；{}。留存的部分没有到达内核的已加载模块列表（{:#x}），因此无法遍历其中任何内容：需要该文件的完整副本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown PDB</source>
        <translation>未知 PDB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}; kernel at {:#x} ({}); type information: {}</source>
        <translation>{}；内核位于 {:#x}（{}）；类型信息：{}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{}; what lay in the missing pages is reported as unreadable</source>
        <translation>{}；缺失页中的内容报告为不可读</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{}; {}. The part that survived holds the kernel but not its process list ({:#x}), so nothing in it can be walked: a complete copy of the file is needed</source>
        <translation>{}；{}。留存的部分包含内核，但不包含其进程列表（{:#x}），因此无法遍历其中任何内容：需要该文件的完整副本</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>layout of build {}</source>
        <translation>内部版本 {} 的布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout from {}</source>
        <translation>来自 {} 的布局</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {} does not fit this dump: {}</source>
        <translation>{} 与此转储不符：{}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{} completion ports on the IoCompletion type list (the system maintains object type lists)</source>
        <translation>IoCompletion 类型列表上有 {} 个完成端口（系统维护对象类型列表）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{}, checked on this dump: {}; queue counts match their walks on {} of {} ports</source>
        <translation>{0}，已在此转储上验证：{1}；{3} 个端口中有 {2} 个的队列计数与遍历结果一致</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{} pages of the loaded modules&apos; images are not in the dump; the tags in them are not counted (a kernel dump leaves out pages that were paged out)</source>
        <translation>已加载模块映像中有 {} 页不在转储中；其中的标记未计入（内核转储不包含已换出的页）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{}; kernel {:#x}, PDB {}</source>
        <translation>{}；内核 {:#x}，PDB {}</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/kernel_globals.cpp" line="+63"/>
        <source>the kernel&apos;s PDB</source>
        <translation>内核的 PDB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the symbols</source>
        <translation>符号文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in table (this kernel)</source>
        <translation>内置表（此内核）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>ObTypeIndexTable {:#x} from {}: {} object types</source>
        <translation>ObTypeIndexTable {:#x}，来自{}：{} 个对象类型</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ObTypeIndexTable {:#x} found in the kernel&apos;s data (checked: {} types, each naming its own index, Process and Thread among them)</source>
        <translation>在内核数据中找到 ObTypeIndexTable {:#x}（已验证：{} 个类型，每个都给出自己的索引，其中包括 Process 和 Thread）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the object type table (ObTypeIndexTable) was not found: handles and objects carry no type, so ports, threads and files reached through handles are not read</source>
        <translation>未找到对象类型表（ObTypeIndexTable）：句柄和对象没有类型，因此不读取通过句柄到达的端口、线程和文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ObHeaderCookie {:#04x} from {}, checked against {} processes</source>
        <translation>ObHeaderCookie {:#04x}，来自{}，已用 {} 个进程验证</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ObHeaderCookie at {:#x} does not decode the processes&apos; headers; solving it from them</source>
        <translation>位于 {:#x} 的 ObHeaderCookie 无法解码进程的对象头；改为从进程求解</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ObHeaderCookie {:#04x} solved from the process objects (it decodes all {} of them to Process)</source>
        <translation>ObHeaderCookie {:#04x} 由进程对象求出（它将全部 {} 个进程对象解码为 Process）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the object header cookie (ObHeaderCookie) could not be found: object types are unknown</source>
        <translation>找不到对象头 cookie（ObHeaderCookie）：对象类型未知</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PoolTrackTable {:#x} ({} entries) from {}</source>
        <translation>PoolTrackTable {:#x}（{} 个条目），来自{}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PoolTrackTable at {:#x} (from {}) does not lead to a readable tracker table (its pages may be missing from the dump); trying the debugger data block</source>
        <translation>位于 {:#x} 的 PoolTrackTable（来自{}）没有指向可读的跟踪表（其页可能不在转储中）；改试调试器数据块</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PoolTrackTable {:#x} ({} entries) found in the kernel&apos;s data at {:#x}, the debugger data block being encoded (checked: readable, printable tags)</source>
        <translation>在内核数据 {2:#x} 处找到 PoolTrackTable {0:#x}（{1} 个条目），因为调试器数据块已编码（已验证：可读，标记可打印）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pool tracker table was not found (the debugger data block is encoded or missing, and no table was found in the kernel&apos;s data): no pool tag table; symbols for this very kernel (--symbols) may help</source>
        <translation>未找到池跟踪表（调试器数据块已编码或缺失，且在内核数据中未找到该表）：没有池标记表；提供此内核本身的符号（--symbols）可能有帮助</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KDDEBUGGER_DATA64.PoolTrackTable is not readable: no pool tag table</source>
        <translation>KDDEBUGGER_DATA64.PoolTrackTable 不可读：没有池标记表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PoolTrackTable {:#x} from the debugger data block, {} entries (the count beside it, checked: readable, printable tags)</source>
        <translation>PoolTrackTable {:#x} 来自调试器数据块，{} 个条目（取自其旁边的计数，已验证：可读，标记可打印）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PoolTrackTable {:#x} was found but not its size; give the symbols for this kernel to read pool tags</source>
        <translation>找到了 PoolTrackTable {:#x}，但未找到其大小；请提供此内核的符号以读取池标记</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ExPoolTagTables {:#x} from {}: {} processors&apos; tables summed</source>
        <translation>ExPoolTagTables {:#x}，来自{}：已汇总 {} 个处理器的表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ExPoolTagTables {:#x} found in the kernel&apos;s data: {} processors&apos; tables summed</source>
        <translation>在内核数据中找到 ExPoolTagTables {:#x}：已汇总 {} 个处理器的表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the per-processor pool tracker tables were not found: tag counts are processor 0&apos;s only ({} processors)</source>
        <translation>未找到每处理器的池跟踪表：标记计数仅为处理器 0 的（共 {} 个处理器）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PoolBigPageTable {:#x} ({} entries) from {}</source>
        <translation>PoolBigPageTable {:#x}（{} 个条目），来自{}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PoolBigPageTable at {:#x} (from {}) does not lead to a readable big page table; looking for it in the kernel&apos;s data</source>
        <translation>位于 {:#x} 的 PoolBigPageTable（来自{}）没有指向可读的大页表；改为在内核数据中查找</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PoolBigPageTable {:#x} ({} entries) found in the kernel&apos;s data at {:#x} (checked: page-aligned kernel addresses, printable tags, sizes)</source>
        <translation>在内核数据 {2:#x} 处找到 PoolBigPageTable {0:#x}（{1} 个条目）（已验证：页对齐的内核地址、可打印的标记、大小）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the big pool table (PoolBigPageTable) was not found: allocations of a page or more are not listed</source>
        <translation>未找到大池表（PoolBigPageTable）：一页及以上的分配未列出</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/kernel_identity.cpp" line="+26"/>
        <source>the loaded module list ({:#x}, from the dump header) is not readable, so the kernel cannot be found; the dump may be damaged or not a kernel dump</source>
        <translation>已加载模块列表（{:#x}，来自转储文件头）不可读，因此找不到内核；该转储可能已损坏，或不是内核转储</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the kernel image at {:#x} could not be identified: {}</source>
        <translation>无法识别位于 {:#x} 的内核映像：{}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Windows build {} (kernel PDB {}) is older than every built-in structure layout (built-in: {}). Give PoolScope the kernel&apos;s {} (a WinDbg or symchk symbol cache holds it) or the volatility3 symbol file {}.json.xz: --symbols DIR, _NT_SYMBOL_PATH, or Settings &gt; Symbol Folders in the window{}</source>
        <translation>Windows 内部版本 {}（内核 PDB {}）比所有内置结构布局都旧（内置：{}）。请向 PoolScope 提供该内核的 {}（WinDbg 或 symchk 的符号缓存中有）或 volatility3 符号文件 {}.json.xz：--symbols DIR、_NT_SYMBOL_PATH，或窗口中的 设置 &gt; 符号文件夹{}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this kernel (PDB {}) is not one whose global addresses the built-in table for build {} holds; its globals are found by validated heuristics</source>
        <translation>此内核（PDB {}）不在内部版本 {} 的内置表所记录全局地址的内核之列；其全局变量通过经过验证的启发式方法查找</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/kernel_layout.cpp" line="+89"/>
        <source>built-in table for build {}</source>
        <translation>内部版本 {} 的内置表</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>built-in table for build {} (the nearest older than build {})</source>
        <translation>内部版本 {} 的内置表（早于内部版本 {} 的最近版本）</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/layout_check.cpp" line="+101"/>
        <source>{} processes {} with printable names and unique pids</source>
        <translation>{} 个进程{}，名称可打印且 pid 唯一</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>round-trip</source>
        <translation>（链表回到表头）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>on the list (it does not come back to its head)</source>
        <translation>（在链表上，链表没有回到表头）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} processes {}, {} with printable names, {} with unique pids</source>
        <translation>{} 个进程{}，{} 个名称可打印，{} 个 pid 唯一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the list</source>
        <translation>（在链表上）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {} of {} threads point back to their process</source>
        <translation>，{1} 个线程中有 {0} 个指回其进程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {} of {} handle entries decode to objects whose type index names a type</source>
        <translation>，{1} 个句柄项中有 {0} 个解码为类型索引指向某个类型的对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, the object type table could not be found</source>
        <translation>，找不到对象类型表</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>{} of {}</source>
        <translation>{1} 中的 {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the process list holds {} process</source>
        <translation>进程列表中只有 {} 个进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the process list holds {} processes</source>
        <translation>进程列表中只有 {} 个进程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {} process names (ImageFileName at +{:#x}) are printable</source>
        <translation>只有 {} 个进程名（ImageFileName 位于 +{:#x}）可打印</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only {} pids (UniqueProcessId at +{:#x}) are plausible and unique</source>
        <translation>只有 {} 个 pid（UniqueProcessId 位于 +{:#x}）合理且唯一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no process has a thread on its ThreadListHead (+{:#x})</source>
        <translation>没有进程在其 ThreadListHead（+{:#x}）上有线程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only {} threads (ThreadListEntry at +{:#x}) point back to their process</source>
        <translation>只有 {} 个线程（ThreadListEntry 位于 +{:#x}）指回其进程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no object type table decodes the processes&apos; own headers to Process</source>
        <translation>没有对象类型表能将进程自身的对象头解码为 Process</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only {} handle tables (ObjectTable at +{:#x}) are readable</source>
        <translation>只有 {} 个句柄表（ObjectTable 位于 +{:#x}）可读</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only {} handle entries decode to an object whose type index names a type</source>
        <translation>只有 {} 个句柄项解码为类型索引指向某个类型的对象</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/module_walk.cpp" line="+34"/>
        <source>the loaded module list {:#x} is not readable: no driver is searched for tags</source>
        <translation>已加载模块列表 {:#x} 不可读：不在任何驱动程序中搜索标记</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loaded module list: {:#x} comes round again without reaching the head; {} modules read before it</source>
        <translation>已加载模块列表：{:#x} 未回到表头就再次出现；在此之前读取了 {} 个模块</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>loaded module list: more than {} modules; the rest is not read</source>
        <translation>已加载模块列表：超过 {} 个模块；其余的未读取</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>loaded module list: the entry at {:#x} is not readable; {} modules read before it</source>
        <translation>已加载模块列表：位于 {:#x} 的条目不可读；在此之前读取了 {} 个模块</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>loaded module list: the entry at {:#x} names no image (base {:#x}, size {:#x}); skipped</source>
        <translation>已加载模块列表：位于 {:#x} 的条目没有映像名（基址 {:#x}，大小 {:#x}）；已跳过</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{}: its image claims {} bytes; only the first {} are searched for tags</source>
        <translation>{}：其映像声称有 {} 字节；只在前 {} 字节中搜索标记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} and the modules after it are not searched for tags: the images searched already hold {} bytes</source>
        <translation>不在 {} 及其后的模块中搜索标记：已搜索的映像已达 {} 字节</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/pool_tables_walk.cpp" line="+74"/>
        <source>PoolTrackTableSize says {} entries; only the first {} are read</source>
        <translation>PoolTrackTableSize 表示有 {} 个条目；只读取前 {} 个</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pool tracker table of processor {}: {} entries from {:#x} are not in the dump; their counts are missing from the tag totals</source>
        <translation>处理器 {0} 的池跟踪表：从 {2:#x} 起的 {1} 个条目不在转储中；标记合计中缺少它们的计数</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>big pool table {:#x}: {} entries are not in the dump; their allocations are missing</source>
        <translation>大池表 {:#x}：{} 个条目不在转储中；缺少它们的分配</translation>
    </message>
    <message>
        <location filename="../../analysis/dump/process_walk.cpp" line="+45"/>
        <source>process {:#x}: its thread list does not come back to its head after {} threads; its thread count is unknown</source>
        <translation>进程 {:#x}：其线程链表在 {} 个线程之后没有回到表头；其线程数未知</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>process {:#x}: a link of its thread list is not readable after {} threads; its thread count is unknown</source>
        <translation>进程 {:#x}：其线程链表在 {} 个线程之后有链接不可读；其线程数未知</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PsActiveProcessHead {:#x} is not readable: no process list</source>
        <translation>PsActiveProcessHead {:#x} 不可读：没有进程列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>process list: {:#x} comes round again without reaching the head; the walk stops there</source>
        <translation>进程列表：{:#x} 未回到表头就再次出现；遍历在此停止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>process list: more than {} processes; the rest is not read</source>
        <translation>进程列表：超过 {} 个进程；其余的未读取</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>process at {:#x}: its fields are not readable; the walk stops there</source>
        <translation>位于 {:#x} 的进程：其字段不可读；遍历在此停止</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>process list: the link at {:#x} is not readable; the walk stops there</source>
        <translation>进程列表：位于 {:#x} 的链接不可读；遍历在此停止</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../analysis/conclusions/explain.cpp" line="+50"/>
        <source>nonpaged</source>
        <translation>非分页</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paged</source>
        <translation>分页</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{}: no pool figures for the tag in this source</source>
        <translation>{}：此数据源中没有该标记的池数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} {} in {} allocations ({})</source>
        <translation>{0} {1}，共 {2} 次分配（{3}池）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>allocations</source>
        <translation>分配数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under 1%</source>
        <translation>不到 1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {} of the {} pool in use ({})</source>
        <translation>，占{1}池使用量（{2}）的 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {} of the {} pool its tags add up to ({})</source>
        <translation>，占{1}池各标记合计（{2}）的 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of its pool</source>
        <translation>占其所在池的比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; {}</source>
        <translation>；{}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes per second</source>
        <translation>每秒字节数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes per screen</source>
        <translation>每屏字节数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}/s</source>
        <translation>{}/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{}/screen</source>
        <translation>{}/屏</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;{}&apos; ({}) grows with it: {}</source>
        <translation>&apos;{}&apos;（{}池）随之增长：{}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correlation</source>
        <translation>相关系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net change</source>
        <translation>净变化</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>largest {} tag: {} with {}, {} of the pool in use (a tag stands out from {})</source>
        <translation>最大的{0}池标记：{1}，{2}，占池使用量的 {3}（标记达到 {4} 才算突出）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>largest {} tag: {} with {}, {} of the pool its tags add up to (a tag stands out from {})</source>
        <translation>最大的{0}池标记：{1}，{2}，占池中各标记合计的 {3}（标记达到 {4} 才算突出）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over the {} snapshots no tag grows steadily ({} tags followed)</source>
        <translation>在 {} 个快照中没有标记持续增长（跟踪了 {} 个标记）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deepest completion port: {} with {} queued, {} threads waiting</source>
        <translation>队列最深的完成端口：{}，已排队 {} 个，{} 个线程在等待</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>most handles of one type: {} holds {} {} handles, the next process {} (stands out from 1,000 and ten times the next)</source>
        <translation>同一类型句柄最多的进程：{0} 持有 {1} 个 {2} 句柄，其次的进程持有 {3} 个（达到 1,000 且为其次者的十倍才算突出）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{} processes; the most handles: {} with {}</source>
        <translation>{} 个进程；句柄最多的是 {}，共 {} 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exited threads: {}, exited processes: {} (kept alive by references)</source>
        <translation>已退出的线程：{}，已退出的进程：{}（被引用而保持存活）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>grows steadily</source>
        <translation>持续增长</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>takes {} of the {} pool</source>
        <translation>占用{1}池的 {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IRPs queued on port {}, which no thread waits on</source>
        <translation>IRP 在端口 {} 上排队，而没有线程等待该端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completion packets queued on port {}, which no thread waits on</source>
        <translation>完成数据包在端口 {} 上排队，而没有线程等待该端口</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{} holds {} {} handles, more than ten times any other process</source>
        <translation>{} 持有 {} 个 {} 句柄，是其他任何进程的十倍以上</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{} exited threads kept alive by handles</source>
        <translation>{} 个已退出的线程被句柄保持存活</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{} exited processes kept alive by handles</source>
        <translation>{} 个已退出的进程被句柄保持存活</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>what the allocations are and who holds them is not in this source</source>
        <translation>此数据源中没有这些分配是什么、由谁持有的信息</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A capture of pool counters says how much each tag holds, not what holds it: open a kernel dump, or a log with !poolfind, !irpfind, !process 0 0 and !handle, to follow a tag to its holder.</source>
        <translation>池计数器的采集只说明每个标记占用多少，不说明由谁占用：请打开内核转储，或包含 !poolfind、!irpfind、!process 0 0 和 !handle 输出的日志，以便从标记追溯到其持有者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This source holds pool figures only: a kernel dump, or a log with !poolfind, !irpfind, !process 0 0 and !handle, follows a tag to its holder.</source>
        <translation>此数据源只有池数据：内核转储，或包含 !poolfind、!irpfind、!process 0 0 和 !handle 输出的日志，才能从标记追溯到其持有者。</translation>
    </message>
    <message>
        <location filename="../../analysis/conclusions/explain_chains.cpp" line="+63"/>
        <source> (max concurrency 0: one thread per processor)</source>
        <translation>（最大并发数 0：每个处理器一个线程）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (max concurrency {})</source>
        <translation>（最大并发数 {}）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{} holds {} handles to exited threads, {} of its {} handles</source>
        <translation>{0} 持有 {1} 个指向已退出线程的句柄，占其 {3} 个句柄的 {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{} holds {} handles to exited processes, {} of its {} handles</source>
        <translation>{0} 持有 {1} 个指向已退出进程的句柄，占其 {3} 个句柄的 {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; they keep {} of {} ({} x {} bytes)</source>
        <translation>；它们保留了 {1} 的 {0}（{2} x {3} 字节）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; 1 other process holds {}</source>
        <translation>；另有 1 个进程持有 {} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {} other processes hold {}</source>
        <translation>；另有 {} 个进程持有 {} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handles to exited threads</source>
        <translation>指向已退出线程的句柄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handles to exited processes</source>
        <translation>指向已退出进程的句柄</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+460"/>
        <source>handles</source>
        <translation>句柄数</translation>
    </message>
    <message>
        <location line="-486"/>
        <source>share of its handles</source>
        <translation>占其句柄的比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pool kept</source>
        <translation>保留的池内存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a process that opens threads and never closes their handles</source>
        <translation>某个进程打开线程后从不关闭其句柄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a process that starts or opens processes and never closes their handles</source>
        <translation>某个进程启动或打开进程后从不关闭其句柄</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+463"/>
        <source>{} holds {} {} handles, {} of its {} handles; the next process holds {}</source>
        <translation>{0} 持有 {1} 个 {2} 句柄，占其 {4} 个句柄的 {3}；其次的进程持有 {5} 个</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>; the sampled exited thread belongs to it</source>
        <translation>；抽样的已退出线程属于该进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the sampled exited process belongs to it</source>
        <translation>；抽样的已退出进程属于该进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. The most likely holder: this source does not say which objects those handles point at</source>
        <translation>。最可能的持有者：此数据源没有说明这些句柄指向哪些对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+460"/>
        <source>{} handles</source>
        <translation>{} 句柄</translation>
    </message>
    <message>
        <location line="-458"/>
        <location line="+460"/>
        <source>next process</source>
        <translation>其次的进程</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>most likely a process that opens threads and never closes their handles</source>
        <translation>很可能是某个进程打开线程后从不关闭其句柄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>most likely a process that opens processes and never closes their handles</source>
        <translation>很可能是某个进程打开进程后从不关闭其句柄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>who holds the exited threads is not in this source</source>
        <translation>此数据源中没有谁持有这些已退出线程的信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who holds the exited processes is not in this source</source>
        <translation>此数据源中没有谁持有这些已退出进程的信息</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>process {}</source>
        <translation>进程 {}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no thread object in this source: sample the {} blocks and look at a few of them with !thread, as seed 004 did</source>
        <translation>此数据源中没有线程对象：请抽样 {} 池块，并像 seed 004 那样用 !thread 查看其中几个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{} thread objects in this source, none with its state: whether they have exited is not known (look at a few with !thread, as seed 004 did)</source>
        <translation>此数据源中有 {} 个线程对象，均无状态：不知道它们是否已退出（请像 seed 004 那样用 !thread 查看几个）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none of the {} thread objects whose state this source shows has exited</source>
        <translation>此数据源显示了状态的 {} 个线程对象均未退出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{} thread objects, TERMINATED, kept alive by handles</source>
        <translation>{} 个线程对象，TERMINATED，被句柄保持存活</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} thread objects TERMINATED: {} held by the handles this source lists, {} by a handle or reference it does not list</source>
        <translation>{} 个线程对象为 TERMINATED：{} 个由此数据源列出的句柄持有，{} 个由其未列出的句柄或引用持有</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>above 0 for some</source>
        <translation>部分大于 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} sampled thread object, TERMINATED, yet HandleCount {} (!object): kept alive by a handle</source>
        <translation>{} 个抽样线程对象，TERMINATED，但 HandleCount {}（!object）：被句柄保持存活</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{} sampled thread objects, TERMINATED, yet HandleCount {} (!object): kept alive by a handle</source>
        <translation>{} 个抽样线程对象，TERMINATED，但 HandleCount {}（!object）：被句柄保持存活</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} thread object TERMINATED and still allocated: something references them (!object says whether it is a handle)</source>
        <translation>{} 个线程对象为 TERMINATED 且仍未释放：有东西引用它们（!object 可说明是否为句柄）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{} thread objects TERMINATED and still allocated: something references them (!object says whether it is a handle)</source>
        <translation>{} 个线程对象为 TERMINATED 且仍未释放：有东西引用它们（!object 可说明是否为句柄）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>terminated threads</source>
        <translation>已终止的线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>held by listed handles</source>
        <translation>由列出的句柄持有</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no process list in this source</source>
        <translation>此数据源中没有进程列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the {} processes in this source has exited</source>
        <translation>此数据源中的 {} 个进程均未退出</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{} process objects have exited (no handle table, no thread) and are still referenced: {} by the handles this source lists</source>
        <translation>{} 个进程对象已退出（无句柄表、无线程）但仍被引用：{} 个由此数据源列出的句柄引用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{} process objects have exited (no handle table, no thread) and are still referenced</source>
        <translation>{} 个进程对象已退出（无句柄表、无线程）但仍被引用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exited processes</source>
        <translation>已退出的进程</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no IRP in this source</source>
        <translation>此数据源中没有 IRP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{} IRPs, {} of them completed (CurrentLocation &gt; StackCount), {} queued on a completion port</source>
        <translation>{} 个 IRP，其中 {} 个已完成（CurrentLocation &gt; StackCount），{} 个在完成端口上排队</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued on ports</source>
        <translation>在端口上排队</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none of them is queued on a completion port: they are pending in drivers (!irp on one shows which)</source>
        <translation>它们都没有在完成端口上排队：它们挂起在驱动程序中（对其中一个运行 !irp 可看出是哪个驱动）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ports they are queued on have threads waiting, or do not say: nothing stuck on a port</source>
        <translation>它们排队的端口有线程在等待，或未显示：没有卡在端口上的 IRP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>they wait on completion port {} ({} seen queued on it), and no thread waits on it{}</source>
        <translation>它们在完成端口 {} 上等待（看到 {} 个在其上排队），而没有线程等待该端口{}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>they wait on completion port {}: {} entries queued, {} of them IRPs, and no thread waits on it{}</source>
        <translation>它们在完成端口 {} 上等待：已排队 {} 个条目，其中 {} 个是 IRP，而没有线程等待该端口{}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>waiting threads</source>
        <translation>等待的线程</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>{} of {} outstanding {} allocations are queued on this port</source>
        <translation>{2} 的 {1} 个未释放分配中有 {0} 个在此端口上排队</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{} of them came through {}, whose completion context names the port</source>
        <translation>其中 {} 个来自 {}，其完成上下文指向该端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} is bound to the port by its completion context</source>
        <translation>{} 通过其完成上下文绑定到该端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRPs through it</source>
        <translation>经由它的 IRP</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{} issued {} of the {} and holds a handle to the port</source>
        <translation>{0} 发出了 {2} 个中的 {1} 个，并持有该端口的句柄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} issued {} of the {}</source>
        <translation>{0} 发出了 {2} 个中的 {1} 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {} holds it too</source>
        <translation>；{} 也持有该端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {} hold it too</source>
        <translation>；{} 也持有该端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRPs issued</source>
        <translation>发出的 IRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>port holders</source>
        <translation>端口持有者</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{} associated {} with the port and never calls GetQueuedCompletionStatus: the completed IRPs are never dequeued</source>
        <translation>{} 将 {} 关联到该端口，却从不调用 GetQueuedCompletionStatus：已完成的 IRP 永远不会出队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{} associated its file with the port and never calls GetQueuedCompletionStatus: the completed IRPs are never dequeued</source>
        <translation>{} 将其文件关联到该端口，却从不调用 GetQueuedCompletionStatus：已完成的 IRP 永远不会出队</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the port is held by {}; which process issued the IRPs is not in this source</source>
        <translation>该端口由 {} 持有；此数据源中没有是哪个进程发出这些 IRP 的信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the port&apos;s holder associated a file with it and never calls GetQueuedCompletionStatus</source>
        <translation>端口的持有者将文件关联到该端口，却从不调用 GetQueuedCompletionStatus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>which process issued them is not in this source; their thread is {}</source>
        <translation>此数据源中没有是哪个进程发出它们的信息；它们的线程是 {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which process issued them and who holds the port are not in this source</source>
        <translation>此数据源中没有是哪个进程发出它们、由谁持有该端口的信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>completed IRPs wait on a port no thread waits on: its owner associated a file with it and never calls GetQueuedCompletionStatus</source>
        <translation>已完成的 IRP 在一个没有线程等待的端口上等待：其所有者将文件关联到该端口，却从不调用 GetQueuedCompletionStatus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no port in this source holds completion packets with nobody waiting</source>
        <translation>此数据源中没有端口在无人等待的情况下积压完成数据包</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{} completion packets (PostQueuedCompletionStatus) wait on port {}, and no thread waits on it</source>
        <translation>{} 个完成数据包（PostQueuedCompletionStatus）在端口 {} 上等待，而没有线程等待该端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing in this source holds a handle to the port</source>
        <translation>此数据源中没有任何对象持有该端口的句柄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the port is held by {}</source>
        <translation>该端口由 {} 持有</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a process posts completion packets to a port nobody dequeues</source>
        <translation>某个进程向一个无人取出的端口投递完成数据包</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its allocations are {} objects; none is reached in this source</source>
        <translation>其分配是 {} 对象；此数据源中一个也没有遍历到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its allocations are {} objects: {} reached in this source</source>
        <translation>其分配是 {} 对象：此数据源中遍历到 {} 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} objects</source>
        <translation>{} 对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no {} handle in this source</source>
        <translation>此数据源中没有 {} 句柄</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>: no process stands out</source>
        <translation>：没有进程突出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a process that opens {} objects and never closes their handles</source>
        <translation>某个进程打开 {} 对象后从不关闭其句柄</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no walk reaches the {} allocations: {} is no object type&apos;s tag, nor an IRP&apos;s or a completion packet&apos;s</source>
        <translation>没有遍历能到达 {} 分配：{} 既不是任何对象类型的标记，也不是 IRP 或完成数据包的标记</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>which drivers carry the tag is not in this source (a kernel dump says)</source>
        <translation>此数据源中没有哪些驱动程序带有该标记的信息（内核转储中有）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the images of {} carry &apos;{}&apos;: the likely allocator</source>
        <translation>{} 的映像中带有 &apos;{}&apos;：可能的分配者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the images of {} carry &apos;{}&apos;: the likely allocators</source>
        <translation>{} 的映像中带有 &apos;{}&apos;：可能的分配者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no loaded module&apos;s image carries &apos;{}&apos; (built at run time, or in a page the dump lacks)</source>
        <translation>没有已加载模块的映像带有 &apos;{}&apos;（在运行时构造，或位于转储缺少的页中）</translation>
    </message>
    <message>
        <location filename="../../analysis/conclusions/tag_modules.cpp" line="+31"/>
        <source> +{} more</source>
        <translation> 另有 {} 个</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <location filename="../../analysis/conclusions/growth.cpp" line="+100"/>
        <source>{}{}/s</source>
        <translation>{}{}/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{}{} per snapshot</source>
        <translation>每个快照 {}{}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{:.0f} more snapshots</source>
        <translation>再过 {:.0f} 个快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{:.0f} s</source>
        <translation>{:.0f} 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{:.0f} min</source>
        <translation>{:.0f} 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{:.1f} h</source>
        <translation>{:.1f} 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{:.1f} days</source>
        <translation>{:.1f} 天</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{} -&gt; {} over {} snapshots</source>
        <translation>{} -&gt; {}，共 {} 个快照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seen in {} snapshots: too few for a trend</source>
        <translation>出现在 {} 个快照中：太少，看不出趋势</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grew to {} then fell back to {}: freed, not leaked</source>
        <translation>增长到 {} 后回落到 {}：已释放，并非泄漏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no steady growth: {}</source>
        <translation>没有持续增长：{}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>up and down ({:.0f}% of steps grew), {}: noise more than a leak</source>
        <translation>时涨时落（{:.0f}% 的步增长），{}：更像噪声而非泄漏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>drifts up by {:.1f}% ({:.0f}% of steps grew), {}: too little to call a leak</source>
        <translation>缓慢上升 {:.1f}%（{:.0f}% 的步增长），{}：幅度太小，不能算泄漏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grows {} in {:.0f}% of steps, {}</source>
        <translation>增长 {}，{:.0f}% 的步增长，{}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; nonpaged pool full in {} at this rate</source>
        <translation>；按此速率，非分页池将在 {} 后耗尽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; paged pool full in {} at this rate</source>
        <translation>；按此速率，分页池将在 {} 后耗尽</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../analysis/inspection.cpp" line="+21"/>
        <location filename="../../analysis/list_step_inspection.cpp" line="+86"/>
        <source>(not in this source)</source>
        <translation>（不在此数据源中）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(null)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../analysis/list_step_inspection.cpp" line="-38"/>
        <source> (the head: {})</source>
        <translation>（链表头：{}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (not in this source)</source>
        <translation>（不在此数据源中）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../analysis/list_step_inspection.cpp" line="+27"/>
        <source>{} line {}</source>
        <translation>{} 第 {} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} at {:#x}</source>
        <translation>{} 偏移 {:#x}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>_KQUEUE {} (IoCompletion port)</source>
        <translation>_KQUEUE {}（IoCompletion 端口）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header.SignalState (queued entries)</source>
        <translation>Header.SignalState（已排队条目）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CurrentCount (active threads)</source>
        <translation>CurrentCount（活动线程）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MaximumCount (concurrency)</source>
        <translation>MaximumCount（并发数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting threads (ThreadListHead)</source>
        <translation>等待的线程（ThreadListHead）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRPs seen queued on it</source>
        <translation>看到在其上排队的 IRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../analysis/list_step_inspection.cpp" line="-38"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, handle {:#x}</source>
        <translation>，句柄 {:#x}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Completed (CurrentLocation &gt; StackCount)</source>
        <translation>已完成（CurrentLocation &gt; StackCount）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thread state (!thread)</source>
        <translation>线程状态（!thread）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current stack location&apos;s driver</source>
        <translation>当前栈位置的驱动程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process (via Tail.Overlay.Thread)</source>
        <translation>进程（经由 Tail.Overlay.Thread）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion port (via the file&apos;s CompletionContext)</source>
        <translation>完成端口（经由文件的 CompletionContext）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Handles by object type</source>
        <translation>按对象类型统计的句柄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handles listed by !handle</source>
        <translation>!handle 列出的句柄</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{} more</source>
        <translation>另有 {} 个</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owning process</source>
        <translation>所属进程</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Object {} (type unknown)</source>
        <translation>对象 {}（类型未知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object {} ({})</source>
        <translation>对象 {}（{}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handle {:#x} of {}</source>
        <translation>{1} 的句柄 {0:#x}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pool tag &apos;{}&apos; ({})</source>
        <translation>池标记 &apos;{}&apos;（{}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outstanding allocations</source>
        <translation>未释放的分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocs</source>
        <translation>分配次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frees</source>
        <translation>释放次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What carries this tag</source>
        <translation>带有此标记的内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objects of type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>in this source</source>
        <translation>此数据源中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counted by the type</source>
        <translation>该类型的计数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Big pool blocks</source>
        <translation>大池块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool blocks (!poolfind, !pool)</source>
        <translation>池块（!poolfind、!pool）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>block {}</source>
        <translation>池块 {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} bytes{}{}</source>
        <translation>{} 字节{}{}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, free</source>
        <translation>，已释放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, protected</source>
        <translation>，受保护</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Driver images holding it</source>
        <translation>包含它的驱动程序映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the {} loaded modules</source>
        <translation>{} 个已加载模块中没有</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} occurrence at {}</source>
        <translation>{} 处，位于 {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} occurrences at {}</source>
        <translation>{} 处，位于 {}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none in this source)</source>
        <translation>（此数据源中没有）</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>{} is not in this snapshot</source>
        <translation>{} 不在此快照中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the port&apos;s queue: entries, concurrency, waiting threads</source>
        <translation>端口的队列：条目、并发数、等待的线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the object: type, handle and pointer counts</source>
        <translation>对象：类型、句柄计数和指针计数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every IRP queued on it</source>
        <translation>在其上排队的每个 IRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the processes holding a handle to it (and the largest queue)</source>
        <translation>持有其句柄的进程（以及最大的队列）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the IRP and its stack locations</source>
        <translation>IRP 及其栈位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its fields, Tail.Overlay included</source>
        <translation>其字段，包括 Tail.Overlay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file object: name, device, completion context</source>
        <translation>文件对象：名称、设备、完成上下文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port and key it completes to</source>
        <translation>它完成到的端口和键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the process and its threads</source>
        <translation>进程及其线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its handles with their objects</source>
        <translation>其句柄及句柄指向的对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the thread: state, owner, stack</source>
        <translation>线程：状态、所属进程、栈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why it is still alive: handle and pointer counts</source>
        <translation>它为何仍然存活：句柄计数和指针计数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the object: type, counts, name</source>
        <translation>对象：类型、计数、名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the handle and its object</source>
        <translation>句柄及其对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tag in !poolused, sorted by its pool</source>
        <translation>!poolused 中的该标记，按其所在池排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every block with the tag</source>
        <translation>带有该标记的每个池块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every IRP</source>
        <translation>每个 IRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the driver images that hold the tag</source>
        <translation>包含该标记的驱动程序映像</translation>
    </message>
    <message>
        <location filename="../../analysis/list_step_inspection.cpp" line="-1"/>
        <source>completion packet</source>
        <translation>完成数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Completion packet {} (nt!_IOP_MINI_COMPLETION_PACKET)</source>
        <translation>完成数据包 {}（nt!_IOP_MINI_COMPLETION_PACKET）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{} {} (not in this source)</source>
        <translation>{} {}（不在此数据源中）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry {} of {} (its address is not shown)</source>
        <translation>{1} 的第 {0} 个条目（未显示其地址）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry (_LIST_ENTRY)</source>
        <translation>条目（_LIST_ENTRY）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not shown)</source>
        <translation>（未显示）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion packet (PostQueuedCompletionStatus)</source>
        <translation>完成数据包（PostQueuedCompletionStatus）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the packet: its key, context and status</source>
        <translation>数据包：其键、上下文和状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the IRP, if it is one</source>
        <translation>IRP（如果它是 IRP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its Tail.Overlay: thread, list links, file</source>
        <translation>其 Tail.Overlay：线程、链表链接、文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry&apos;s links</source>
        <translation>条目的链接</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{} at {}</source>
        <translation>{} 位于 {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head (_LIST_ENTRY)</source>
        <translation>链表头（_LIST_ENTRY）</translation>
    </message>
</context>
<context>
    <name>IrpGroups</name>
    <message>
        <location filename="../../analysis/conclusions/irp_groups.cpp" line="+26"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(on no port)</source>
        <translation>（不在任何端口上）</translation>
    </message>
</context>
<context>
    <name>LeakQueries</name>
    <message>
        <location filename="../../analysis/conclusions/leak_queries.cpp" line="+112"/>
        <source>(unknown type)</source>
        <translation>（未知类型）</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <location filename="../../analysis/snapshot_builder.cpp" line="+149"/>
        <source>{} more diagnostics of the same kinds were counted but not listed</source>
        <translation>另有 {} 条同类诊断已计数但未列出</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <location filename="../../analysis/poolmon_reader.cpp" line="+599"/>
        <source>; {} lines of other text</source>
        <translation>；{} 行其他文本</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>poolmon row cut short: expected {}</source>
        <translation>poolmon 行被截断：应为 {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poolmon row not understood: expected {}: {}</source>
        <translation>无法理解的 poolmon 行：应为 {}：{}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rows were left out here (&apos;...&apos;): this screen is incomplete</source>
        <translation>此处省略了若干行（&apos;...&apos;）：这一屏不完整</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not poolmon output: expected a row &apos;Tag Type Allocs (delta) Frees (delta) Diff Bytes (delta) Per Alloc&apos;: {}</source>
        <translation>不是 poolmon 输出：应为 &apos;Tag Type Allocs (delta) Frees (delta) Diff Bytes (delta) Per Alloc&apos; 形式的行：{}</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+29"/>
        <source>poolmon header: expected a figure after &apos;{}&apos;</source>
        <translation>poolmon 标题：&apos;{}&apos; 之后应有数字</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>screen {} has no header: its rows start at line {}</source>
        <translation>第 {} 屏没有标题：其行从第 {} 行开始</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tag &apos;{}&apos; ({}) appears again: screen {} starts here without a header</source>
        <translation>标记 &apos;{}&apos;（{}）再次出现：第 {} 屏从这里开始，没有标题</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{} NUL bytes removed: the file mixes UTF-16 and 8-bit text</source>
        <translation>已删除 {} 个 NUL 字节：该文件混合了 UTF-16 和 8 位文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../analysis/windbg_log_reader.cpp" line="+182"/>
        <source>{} invalid UTF-16 sequences replaced</source>
        <translation>已替换 {} 个无效的 UTF-16 序列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{} lines before line {} (from line {} to {}) are not poolmon output</source>
        <translation>第 {1} 行之前的 {0} 行（第 {2} 行到第 {3} 行）不是 poolmon 输出</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{} rows hold negative counts, as a 32-bit poolmon prints counters above 2^31: read as unsigned 32-bit counters</source>
        <translation>{} 行含有负数计数，这是 32 位 poolmon 打印超过 2^31 的计数器时的表现：已按无符号 32 位计数器读取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} rows have a Diff that is not Allocs - Frees: the text may have been garbled or edited</source>
        <translation>{} 行的 Diff 不等于 Allocs - Frees：文本可能已损坏或被编辑</translation>
    </message>
    <message>
        <location filename="../../analysis/windbg/list_output.cpp" line="+134"/>
        <source>!list: {} of {} elements could not be placed (their address is not printed by &quot;{}&quot;)</source>
        <translation>!list：{1} 个元素中有 {0} 个无法定位（&quot;{2}&quot; 不打印其地址）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>!list: more than {} elements: the rest is not read</source>
        <translation>!list：超过 {} 个元素：其余的未读取</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>!list: element {:#x} seen twice: the list is cyclic, the walk stops here</source>
        <translation>!list：元素 {:#x} 出现两次：链表有环，遍历在此停止</translation>
    </message>
    <message>
        <location filename="../../analysis/windbg_log_reader.cpp" line="-4"/>
        <source>{} NUL bytes removed: the log mixes UTF-16 and 8-bit text</source>
        <translation>已删除 {} 个 NUL 字节：该日志混合了 UTF-16 和 8 位文本</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{} lines outside any recognised command were passed over</source>
        <translation>已略过 {} 行不属于任何可识别命令的文本</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{}: line not understood: {}</source>
        <translation>{}：无法理解的行：{}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{} handle entries came without their PROCESS header (left out by a filter such as !mex.grep): their objects are kept, the processes holding them are unknown</source>
        <translation>{} 个句柄项没有其 PROCESS 标题（被 !mex.grep 之类的筛选器略去）：保留了它们的对象，但持有它们的进程未知</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no WinDbg command output recognised (expected a kd&gt; prompt or the output of !vm, !poolused, !poolfind, !irpfind, !icpleak, !handle, !process, !object, !irp, dt or !list)</source>
        <translation>未识别出任何 WinDbg 命令输出（应有 kd&gt; 提示符，或 !vm、!poolused、!poolfind、!irpfind、!icpleak、!handle、!process、!object、!irp、dt 或 !list 的输出）</translation>
    </message>
</context>
<context>
    <name>Open</name>
    <message>
        <location filename="../../analysis/source_open.cpp" line="+95"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a 32-bit (x86) kernel dump; PoolScope reads x64 dumps only</source>
        <translation>这是 32 位（x86）内核转储；PoolScope 只读取 x64 转储</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a user-mode minidump; pool leaks need a kernel memory dump or a debugger log</source>
        <translation>这是用户模式小型转储；分析池泄漏需要内核内存转储或调试器日志</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not a recognised source: expected a poolmon capture (a &quot;Memory: ... Pool N:&quot; header and a &quot;Tag Type Allocs&quot; table) or a WinDbg/KD log (kd&gt; prompts, or the output of !vm, !poolused, !process, !handle, !irpfind ...)</source>
        <translation>不是可识别的数据源：应为 poolmon 采集（含 &quot;Memory: ... Pool N:&quot; 标题和 &quot;Tag Type Allocs&quot; 表格）或 WinDbg/KD 日志（kd&gt; 提示符，或 !vm、!poolused、!process、!handle、!irpfind 等的输出）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../analysis/report/html_report.cpp" line="+40"/>
        <source>{}: not drawn (this program was built without its chart library)</source>
        <translation>{}：未绘制（本程序构建时未包含其图表库）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{}: could not be drawn</source>
        <translation>{}：无法绘制</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{} and {} more</source>
        <translation>{} 及另外 {} 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PoolScope report: {}</source>
        <translation>PoolScope 报告：{}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>en</source>
        <translation>zh-CN</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written by {} from {}, {}.</source>
        <translation>由 {} 根据 {}（{}）写成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by {} on {} from {}, {}.</source>
        <translation>由 {} 于 {} 根据 {}（{}）写成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo data: generated to look like the two real leak cases, not from a real machine.</source>
        <translation>演示数据：按照两个真实泄漏案例的样子生成，并非来自真实计算机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In short</source>
        <translation>简述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chain from a tag to a holder: nothing stands out, or the source cannot link it. The Findings section gives the figures.</source>
        <translation>没有从标记到持有者的链：没有突出的项，或数据源无法建立关联。“发现”一节给出了各项数据。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One self-contained file: its style, its charts (PNG) and a small script that sorts a table when a column title is clicked are inside it; it links to nothing outside. Figures are as the source gives them; each step names the WinDbg command that shows the same thing in the debugger.</source>
        <translation>一个自包含的文件：其样式、图表（PNG）以及单击列标题时对表格排序的小脚本都在文件内；不链接任何外部内容。数据按数据源给出的原样列出；每一步都注明在调试器中显示同样内容的 WinDbg 命令。</translation>
    </message>
    <message>
        <location filename="../../analysis/report/report_charts.cpp" line="+87"/>
        <source>Top {} tags by bytes</source>
        <translation>按字节数排列的前 {} 个标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growing steadily</source>
        <translation>持续增长</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="+50"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Bars of the largest tags: {}.</source>
        <translation>最大标记的条形图：{}。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>screen</source>
        <translation>屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of its first figure</source>
        <translation>占其第一个数值的 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth over {} snapshots, each tag against its first figure (100%)</source>
        <translation>{} 个快照中的增长，每个标记相对于其第一个数值（100%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes over {} snapshots</source>
        <translation>{} 个快照中的字节数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{}{} ({}) from {} to {}</source>
        <translation>{}{}（{}）从 {} 到 {}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines of the tags that grow: {}.</source>
        <translation>增长的标记的折线：{}。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Handles of the {} processes with the most, by type</source>
        <translation>句柄最多的 {} 个进程的句柄，按类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_findings.cpp" line="+147"/>
        <source>handles</source>
        <translation>句柄数</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stacked bars of handles per type for the processes with the most handles: {}.</source>
        <translation>句柄最多的进程按类型的句柄堆叠条形图：{}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>queued entries</source>
        <translation>已排队条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued entries</source>
        <translation>已排队条目</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The {} deepest completion ports</source>
        <translation>队列最深的 {} 个完成端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars of queued entries per port: {}.</source>
        <translation>每个端口已排队条目的条形图：{}。</translation>
    </message>
    <message>
        <location filename="../../analysis/report/report_findings.cpp" line="-117"/>
        <location line="+118"/>
        <source>tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grows with it</source>
        <translation>随之增长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reaches its holder</source>
        <translation>到达其持有者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stops short of a holder</source>
        <translation>未到达持有者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this tag: </source>
        <translation>为什么是这个标记：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Figures: {}</source>
        <translation>数据：{}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coverage: {}</source>
        <translation>覆盖：{}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+132"/>
        <source> (the holder: {})</source>
        <translation>（持有者：{}）</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>The chain stops here: nothing in this source links it further.</source>
        <translation>链在此终止：此数据源中没有内容能进一步关联它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suspects, strongest evidence first</source>
        <translation>可疑项，证据最强的在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_series.cpp" line="+58"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>growing tag</source>
        <translation>增长的标记</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../analysis/report/report_series.cpp" line="+8"/>
        <source>{}/s</source>
        <translation>{}/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{}/snapshot</source>
        <translation>{}/快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="+240"/>
        <location filename="../../analysis/report/report_series.cpp" line="+3"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="+0"/>
        <location filename="../../analysis/report/report_series.cpp" line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to rank in this source.</source>
        <translation>此数据源中没有可排名的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the walks account for, against the outstanding allocations of each tag</source>
        <translation>遍历所覆盖的部分，对照每个标记的未释放分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="-242"/>
        <location filename="../../analysis/report/report_series.cpp" line="-13"/>
        <location line="+56"/>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../analysis/report/report_source.cpp" line="+125"/>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="+2"/>
        <source>Outstanding</source>
        <translation>未释放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <translation>未到达</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../analysis/report/report_source.cpp" line="+56"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exited threads and processes kept alive by handles, per holding process</source>
        <translation>被句柄保持存活的已退出线程和进程，按持有进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="+84"/>
        <location line="+76"/>
        <location line="+50"/>
        <location filename="../../analysis/report/report_series.cpp" line="+36"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="-125"/>
        <location line="+76"/>
        <location line="+50"/>
        <location filename="../../analysis/report/report_series.cpp" line="+1"/>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="+1"/>
        <location filename="../../analysis/report/report_source.cpp" line="-58"/>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="+57"/>
        <location filename="../../analysis/report/report_source.cpp" line="-1"/>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../analysis/report/report_key_tables.cpp" line="-107"/>
        <location line="+49"/>
        <location filename="../../analysis/report/report_source.cpp" line="+2"/>
        <source>Handles</source>
        <translation>句柄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool kept</source>
        <translation>保留的池内存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not in this source)</source>
        <translation>（不在此数据源中）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The findings are drawn from the last snapshot ({}) and the growth over all {}; the tables further down describe {}.</source>
        <translation>这些发现取自最后一个快照（{}）以及全部 {} 中的增长；下方的表格描述的是 {}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each finding follows one tag to what holds it, the way the WinDbg walk does it by hand: every step with its figures, how much of the tag it accounts for, and the command that confirms it.</source>
        <translation>每个发现都像在 WinDbg 中手工遍历那样，从一个标记追溯到持有它的对象：每一步都给出其数据、它覆盖了该标记的多少，以及确认它的命令。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this source does not link it to a holder</source>
        <translation>此数据源没有将其关联到持有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{}; this source does not link it to a holder</source>
        <translation>{}；此数据源没有将其关联到持有者</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing stands out in {}:</source>
        <translation>{} 中没有突出的项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_source.cpp" line="-79"/>
        <source>{} snapshots</source>
        <translation>{} 个快照</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suspects</source>
        <translation>可疑项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zombies</source>
        <translation>僵尸对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pool kept: each exited thread holds one Thre block ({} bytes: {}).</source>
        <translation>保留的池内存：每个已退出的线程占用一个 Thre 池块（{} 字节：{}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each exited process holds one Proc block ({} bytes: {}).</source>
        <translation>每个已退出的进程占用一个 Proc 池块（{} 字节：{}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../analysis/report/report_key_tables.cpp" line="-214"/>
        <source>Pool tags in {}, largest first</source>
        <translation>{} 中的池标记，最大的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_series.cpp" line="-93"/>
        <location line="+57"/>
        <source>Pool</source>
        <translation>池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocs</source>
        <translation>分配次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frees</source>
        <translation>释放次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per alloc</source>
        <translation>每次分配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In images</source>
        <translation>所在映像</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No pool tags in this source (!poolused or poolmon lists them).</source>
        <translation>此数据源中没有池标记（!poolused 或 poolmon 会列出它们）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{} tags, {} in all. Largest: {} ({}) with {}{}.</source>
        <translation>{} 个标记，共 {}。最大：{}（{}），{}{}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no byte figure</source>
        <translation>无字节数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in {} allocations</source>
        <translation>，共 {} 次分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>!poolused 2 sorts the tags by nonpaged bytes, !poolused 4 by paged bytes.</source>
        <translation>!poolused 2 按非分页字节数对标记排序，!poolused 4 按分页字节数排序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest pool tags</source>
        <translation>最大的池标记</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I/O completion ports by queued entries (the !icpleak answer)</source>
        <translation>按已排队条目排列的 I/O 完成端口（!icpleak 的答案）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location filename="../../analysis/report/report_series.cpp" line="+18"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max concurrency</source>
        <translation>最大并发数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRPs seen</source>
        <translation>看到的 IRP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processes holding a handle to the ports with entries queued</source>
        <translation>持有有已排队条目的端口句柄的进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <location line="+50"/>
        <location filename="../../analysis/report/report_series.cpp" line="+17"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Handle</source>
        <translation>句柄</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entries queued, no thread waiting</source>
        <translation>有已排队条目，没有线程等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>depth counted from IRPs seen</source>
        <translation>深度按看到的 IRP 计算</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No completion ports in this source (!icpleak 1 or dt nt!_KQUEUE in the debugger list them).</source>
        <translation>此数据源中没有完成端口（调试器中的 !icpleak 1 或 dt nt!_KQUEUE 会列出它们）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deepest port {} holds {} queued entries{}{}.</source>
        <translation>队列最深的端口 {} 有 {} 个已排队条目{}{}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and no thread waits on it</source>
        <translation>，且没有线程等待它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; held by {}</source>
        <translation>；由 {} 持有</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../analysis/report/report_source.cpp" line="+81"/>
        <source>Completion ports</source>
        <translation>完成端口</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Handles per process and object type, largest first</source>
        <translation>每个进程按对象类型的句柄数，最大的在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../analysis/report/report_series.cpp" line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>计数来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+54"/>
        <source>handle entries</source>
        <translation>句柄项</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>type table</source>
        <translation>类型表</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>No handles in this source (!handle 0 3 or !process 0 1 in the debugger list them).</source>
        <translation>此数据源中没有句柄（调试器中的 !handle 0 3 或 !process 0 1 会列出它们）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No handle counts by type in this source: the Processes section ranks the processes by the handle counts the process list gives.</source>
        <translation>此数据源中没有按类型的句柄计数：“进程”一节按进程列表给出的句柄数对进程排名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{} holds {} {} handles, {} of its {} handles; the next process holds {}.</source>
        <translation>{0} 持有 {1} 个 {2} 句柄，占其 {4} 个句柄的 {3}；其次的进程持有 {5} 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handle counts by type</source>
        <translation>按类型的句柄计数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Processes by handle count</source>
        <translation>按句柄数排列的进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NP pool</source>
        <translation>非分页池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NP peak</source>
        <translation>非分页池峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../analysis/report/report_source.cpp" line="-31"/>
        <source>Paged pool</source>
        <translation>分页池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paged peak</source>
        <translation>分页池峰值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} seen</source>
        <translation>看到 {} 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No processes in this source (!process 0 0 in the debugger lists them).</source>
        <translation>此数据源中没有进程（调试器中的 !process 0 0 会列出它们）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{} processes; the most handles: {} with {}{}.</source>
        <translation>{} 个进程；句柄最多的是 {}，共 {} 个{}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the next has {})</source>
        <translation>（其次的有 {} 个）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{} exited processes are still referenced (no handle table, no running thread): the Zombies table of the findings says who holds them.</source>
        <translation>{} 个已退出的进程仍被引用（没有句柄表，没有运行中的线程）：“发现”中的“僵尸对象”表说明了由谁持有它们。</translation>
    </message>
    <message>
        <location filename="../../analysis/report/report_series.cpp" line="-121"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Growth of each tag over {} snapshots, leaking tags first</source>
        <translation>{} 个快照中每个标记的增长，泄漏的标记在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steady</source>
        <translation>稳定度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation>第一个</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{}/screen</source>
        <translation>{}/屏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{} tag grow steadily: the first rows.</source>
        <translation>{} 个标记持续增长：见前几行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} tags grow steadily: the first rows.</source>
        <translation>{} 个标记持续增长：见前几行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tag grows steadily over these snapshots.</source>
        <translation>在这些快照中没有标记持续增长。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken twice, some minutes apart, !poolused shows the same growth on a live system.</source>
        <translation>在运行中的系统上相隔几分钟运行两次 !poolused，可以看到同样的增长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth over the series</source>
        <translation>整个序列中的增长</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before: {}. After: {}.</source>
        <translation>之前：{}。之后：{}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nonpaged pool in use: {}.</source>
        <translation>非分页池使用量：{}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paged pool in use: {}.</source>
        <translation>分页池使用量：{}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pool tags, largest growth first</source>
        <translation>池标记，增长最大的在前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes before</source>
        <translation>之前的字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes after</source>
        <translation>之后的字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Outstanding change</source>
        <translation>未释放数变化</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Completion ports, queued entries</source>
        <translation>完成端口，已排队条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Handles per process and object type</source>
        <translation>每个进程按对象类型的句柄数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Grew most: {} ({}) by {}.</source>
        <translation>增长最多：{}（{}），增加 {}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with a baseline</source>
        <translation>与基线比较</translation>
    </message>
    <message>
        <location filename="../../analysis/report/report_source.cpp" line="-67"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> of {} ({})</source>
        <translation>，共 {}（{}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of {}</source>
        <translation>，共 {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the pool&apos;s maximum is not in this source)</source>
        <translation>（此数据源中没有池的最大值）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 snapshot</source>
        <translation>1 个快照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, {:.0f} s apart from the first to the last</source>
        <translation>，从第一个到最后一个相隔 {:.0f} 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the tables describe snapshot {} ({})</source>
        <translation>；表格描述的是快照 {}（{}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files, oldest first</source>
        <translation>文件，最早的在前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it is</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type information</source>
        <translation>类型信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none used: the records come from the program&apos;s printed output, not from memory read through structure layouts</source>
        <translation>未使用：记录来自程序打印的输出，而不是通过结构布局读取的内存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pools</source>
        <translation>池</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nonpaged pool</source>
        <translation>非分页池</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Physical memory</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pool figures in this source (!vm prints them).</source>
        <translation>此数据源中没有池数据（!vm 会打印它们）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the source holds</source>
        <translation>数据源包含的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pool tags</source>
        <translation>池标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool blocks</source>
        <translation>池块</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File objects</source>
        <translation>文件对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded modules</source>
        <translation>已加载模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object types</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No records could be read from this source.</source>
        <translation>无法从此数据源读取任何记录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The readers passed over nothing in this snapshot.</source>
        <translation>读取器没有略过此快照中的任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{} warning</source>
        <translation>{} 个警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} warnings</source>
        <translation>{} 个警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} line of command output skipped</source>
        <translation>跳过了 {} 行命令输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} lines of command output skipped</source>
        <translation>跳过了 {} 行命令输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} command not parsed</source>
        <translation>{} 个命令未解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} commands not parsed</source>
        <translation>{} 个命令未解析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readers passed over part of this source: {}, {}, {}. </source>
        <translation>读取器略过了此数据源的一部分：{}，{}，{}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>What was skipped</source>
        <translation>略过的内容</translation>
    </message>
    <message>
        <location line="-62"/>
        <source> lists them with their line or offset.</source>
        <translation>列出了它们及其行号或偏移量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was opened</source>
        <translation>打开的内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of command output skipped</source>
        <translation>跳过的命令输出行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands not parsed</source>
        <translation>未解析的命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text outside any command, not recognised</source>
        <translation>不属于任何命令、未识别的文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the readers could not take as it was</source>
        <translation>读取器无法按原样接受的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{} at {}</source>
        <translation>{}，位于 {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No warnings: every structure and every line was read as expected.</source>
        <translation>没有警告：每个结构和每一行都按预期读取。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands PoolScope does not read (their output is passed over whole)</source>
        <translation>PoolScope 不读取的命令（其输出被整体略过）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of output</source>
        <translation>输出行数</translation>
    </message>
    <message>
        <location filename="../../analysis/report/report_table.cpp" line="+127"/>
        <source>{} more row not shown (the table keeps the first {}).</source>
        <translation>另有 {} 行未显示（表格只保留前 {} 行）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} more rows not shown (the table keeps the first {}).</source>
        <translation>另有 {} 行未显示（表格只保留前 {} 行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> All of them: </source>
        <translation>全部行：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Confirm in WinDbg: </source>
        <translation>在 WinDbg 中确认：</translation>
    </message>
</context>
<context>
    <name>Suspects</name>
    <message>
        <location filename="../../analysis/conclusions/suspects.cpp" line="+28"/>
        <source>Largest nonpaged tag</source>
        <translation>最大的非分页池标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest paged tag</source>
        <translation>最大的分页池标记</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deepest completion port</source>
        <translation>队列最深的完成端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <source>{} queued</source>
        <translation>已排队 {} 个</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Most handles of one type</source>
        <translation>同一类型句柄最多</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>(unnamed process)</source>
        <translation>（未命名进程）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Completion port nobody dequeues</source>
        <translation>无人取出的完成端口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{} entries queued{} and no thread waiting on it{}; {}</source>
        <translation>已排队 {} 个条目{}，且没有线程在其上等待{}；{}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (IRPs seen on it)</source>
        <translation>（在其上看到 IRP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (max concurrency {})</source>
        <translation>（最大并发数 {}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no holder known</source>
        <translation>持有者未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held by {}</source>
        <translation>由 {} 持有</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Process holding far more handles of one type</source>
        <translation>某类句柄远多于其他进程的进程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>holds {} {} handles, {} of its {} handles; the next process holds {}</source>
        <translation>持有 {0} 个 {1} 句柄，占其 {3} 个句柄的 {2}；其次的进程持有 {4} 个</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tag taking most of nonpaged pool</source>
        <translation>占用大部分非分页池的标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag taking most of paged pool</source>
        <translation>占用大部分分页池的标记</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nonpaged</source>
        <translation>非分页</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paged</source>
        <translation>分页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} in {} allocations, {} of the {} pool in use ({})</source>
        <translation>{0}，共 {1} 次分配，占{3}池使用量（{4}）的 {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} in {} allocations, {} of the {} pool the tags add up to ({})</source>
        <translation>{0}，共 {1} 次分配，占{3}池各标记合计（{4}）的 {2}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the largest of its kind here, without a leak&apos;s signature</source>
        <translation>此处同类中最大的，但没有泄漏特征</translation>
    </message>
</context>
<context>
    <name>Walk</name>
    <message>
        <location filename="../../analysis/list_walk.cpp" line="+73"/>
        <source>EntryListHead of port {}</source>
        <translation>端口 {} 的 EntryListHead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port {}</source>
        <translation>端口 {}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IrpList of thread {}</source>
        <translation>线程 {} 的 IrpList</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the IrpList of thread {}</source>
        <translation>线程 {} 的 IrpList</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PsActiveProcessHead (the process list)</source>
        <translation>PsActiveProcessHead（进程列表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the process list</source>
        <translation>进程列表</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>(unnamed)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>neither an IRP (PacketType 0) nor a completion packet</source>
        <translation>既不是 IRP（PacketType 0）也不是完成数据包</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the source shows nothing of {}: IRP or completion packet, it does not say</source>
        <translation>数据源中没有 {} 的任何信息：无法判断是 IRP 还是完成数据包</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the output of this element (line {}) does not print its address: !irp prints none for a completed IRP</source>
        <translation>此元素的输出（第 {} 行）没有打印其地址：!irp 不为已完成的 IRP 打印地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the source does not print this element&apos;s address</source>
        <translation>数据源没有打印此元素的地址</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Flink not printed: the next element of !list&apos;s output</source>
        <translation>未打印 Flink：取 !list 输出中的下一个元素</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flink not printed; the next element of !list&apos;s output does not say where it is</source>
        <translation>未打印 Flink；!list 输出中的下一个元素也没有说明其位置</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the source does not show this entry&apos;s Flink</source>
        <translation>数据源没有显示此条目的 Flink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; nor its Flink</source>
        <translation>；也没有显示其 Flink</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>queued on this port (its file completes to it), not reached by the walk</source>
        <translation>在此端口上排队（其文件完成到此端口），遍历未到达</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>issued by this thread and not completed, not reached by the walk</source>
        <translation>由此线程发出且未完成，遍历未到达</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in this source, not reached by the walk</source>
        <translation>在此数据源中，遍历未到达</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>back at the head ({}) after {} entry</source>
        <translation>经过 {1} 个条目后回到表头（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back at the head ({}) after {} entries</source>
        <translation>经过 {1} 个条目后回到表头（{0}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken at step 1: the head&apos;s Flink {} is not readable</source>
        <translation>在第 1 步中断：表头的 Flink {} 不可读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken at step {}: entry {} (the Flink of step {}) is not readable as an entry of this list</source>
        <translation>在第 {0} 步中断：条目 {1}（第 {2} 步的 Flink）无法作为此链表的条目读取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cyclic: the Flink of step {} is {}, the entry of step {} again; the list closes at step {} onto step {} without coming back to its head</source>
        <translation>有环：第 {0} 步的 Flink 是 {1}，又回到第 {2} 步的条目；链表在第 {3} 步闭合到第 {4} 步，没有回到表头</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped after {} entries, the walk&apos;s limit</source>
        <translation>在 {} 个条目后停止，已达遍历上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the source does not show the first entry</source>
        <translation>数据源没有显示第一个条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the source does not show the Flink of step {} (entry {}): the walk cannot go on from what it recorded</source>
        <translation>数据源没有显示第 {} 步（条目 {}）的 Flink：根据已记录的内容无法继续遍历</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the source stops after step {} without showing where the list goes on</source>
        <translation>数据源在第 {} 步之后结束，没有显示链表往哪里继续</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this source does not show the list</source>
        <translation>此数据源没有显示该链表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list&apos;s first entry is not known</source>
        <translation>链表的第一个条目未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header.SignalState says {} entries are queued; the walk visits {}</source>
        <translation>Header.SignalState 表示已排队 {} 个条目；遍历访问了 {} 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header.SignalState says {} entries are queued; the source shows {} of them in list order</source>
        <translation>Header.SignalState 表示已排队 {} 个条目；数据源按链表顺序显示了其中 {} 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The head&apos;s Blink names the last entry: {} (CONTAINING_RECORD {} if it is an {})</source>
        <translation>表头的 Blink 指向最后一个条目：{0}（如果它是 {2}，则 CONTAINING_RECORD 为 {1}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {} at line {} shows no element: its output is not in the log</source>
        <translation>第 {1} 行的 {0} 没有显示任何元素：其输出不在日志中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{} more record is on this list in the source, not reached by the walk (see their links)</source>
        <translation>数据源中此链表上还有 {} 条记录，遍历未到达（见其链接）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} more records are on this list in the source, not reached by the walk (see their links)</source>
        <translation>数据源中此链表上还有 {} 条记录，遍历未到达（见其链接）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offset of {}.{} in this kernel is not known</source>
        <translation>此内核中 {}.{} 的偏移量未知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the head: EntryListHead and Header.SignalState (queued entries)</source>
        <translation>表头：EntryListHead 和 Header.SignalState（已排队条目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the thread with its IRP List</source>
        <translation>线程及其 IRP 列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every process, in list order</source>
        <translation>所有进程，按链表顺序</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the walk, one record per entry</source>
        <translation>遍历，每个条目一条记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same walk with each entry&apos;s Flink and Blink</source>
        <translation>同样的遍历，显示每个条目的 Flink 和 Blink</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In WinDbg, !list goes round this cycle from step {} to step {} again and again: it never comes back to its first element (stop it with Ctrl+Break)</source>
        <translation>在 WinDbg 中，!list 会从第 {} 步到第 {} 步一遍又一遍地绕这个环：它永远不会回到第一个元素（用 Ctrl+Break 停止）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>!list stops when it comes back to its first element, so its last element is CONTAINING_RECORD of the head itself ({}), which is no {}</source>
        <translation>!list 在回到第一个元素时停止，因此其最后一个元素是表头本身的 CONTAINING_RECORD（{}），它不是 {}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>entry {} of {} on {}</source>
        <translation>{2} 上的第 {0} 个条目（共 {1} 个）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>completion packet</source>
        <translation>完成数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>x86 _KQUEUE and _IRP, alike on every build</source>
        <translation>x86 的 _KQUEUE 和 _IRP，各内部版本相同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>x64 _KQUEUE and _IRP, alike on every build</source>
        <translation>x64 的 _KQUEUE 和 _IRP，各内部版本相同</translation>
    </message>
</context>
</TS>
