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
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>LFH</source>
        <translation>LFH</translation>
    </message>
    <message>
        <source>VS</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>big pool</source>
        <translation>大池</translation>
    </message>
    <message>
        <source>pool page</source>
        <translation>池页</translation>
    </message>
    <message>
        <source>header scan</source>
        <translation>头扫描</translation>
    </message>
    <message>
        <source>big pool, paged out</source>
        <translation>大池，已换出</translation>
    </message>
    <message>
        <source>Nonpaged</source>
        <translation>非分页</translation>
    </message>
    <message>
        <source>Paged</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>Session nonpaged</source>
        <translation>会话非分页</translation>
    </message>
    <message>
        <source>Session paged</source>
        <translation>会话分页</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
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
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Points at</source>
        <translation>指向</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>块数</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>块</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>所在位置</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>对象体</translation>
    </message>
    <message>
        <source>HandleCount</source>
        <translation>HandleCount</translation>
    </message>
    <message>
        <source>PointerCount</source>
        <translation>PointerCount</translation>
    </message>
    <message>
        <source>Object state</source>
        <translation>对象状态</translation>
    </message>
    <message>
        <source>In pool</source>
        <translation>池中</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到比例</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>before only</source>
        <translation>仅在之前</translation>
    </message>
    <message>
        <source>after only</source>
        <translation>仅在之后</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者皆有</translation>
    </message>
    <message>
        <source>The two snapshots are of different Windows builds ({} before, {} after): not one system before and after. Tags and handle counts are compared by name; addresses, ports and objects are different records on each side.</source>
        <translation>两个快照来自不同的 Windows 版本（之前 {}，之后 {}）：不是同一系统的前后对比。池标记和句柄计数按名称比较；地址、端口和对象在两边是不同的记录。</translation>
    </message>
    <message>
        <source>The two snapshots are of different architectures ({}-bit before, {}-bit after): not one system before and after.</source>
        <translation>两个快照的体系结构不同（之前 {} 位，之后 {} 位）：不是同一系统的前后对比。</translation>
    </message>
</context>
<context>
    <name>Correlation</name>
    <message>
        <source>tag &apos;{}&apos; is on none of the {} screens</source>
        <translation>标记 &apos;{}&apos; 不在 {} 屏中的任何一屏上</translation>
    </message>
    <message>
        <source>allocations</source>
        <translation>次分配</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>on {} common steps: too few to compare</source>
        <translation>只有 {} 个共同步：太少，无法比较</translation>
    </message>
    <message>
        <source>changes by the same amount every step: nothing to follow</source>
        <translation>每一步变化量相同：无从跟随</translation>
    </message>
    <message>
        <source>&apos;{}&apos; changes by the same amount every step: nothing to follow</source>
        <translation>&apos;{}&apos; 每一步变化量相同：无从跟随</translation>
    </message>
    <message>
        <source>its changes follow &apos;{}&apos; (correlation {:.2f} over {} steps): {:+.2f} {} per &apos;{}&apos; {}, {} {} over the capture</source>
        <translation>其变化跟随 &apos;{0}&apos;（{2} 步上的相关系数 {1:.2f}）：&apos;{5}&apos; 每 1 {6}对应 {3:+.2f} {4}，整个采集期间共 {7} {8}</translation>
    </message>
    <message>
        <source>allocation</source>
        <translation>次分配</translation>
    </message>
    <message>
        <source>byte</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>moves with &apos;{}&apos; (correlation {:.2f}) but did not grow ({} {})</source>
        <translation>与 &apos;{}&apos; 同步变化（相关系数 {:.2f}），但没有增长（{} {}）</translation>
    </message>
    <message>
        <source>correlation {:.2f} over {} steps: grows on its own rhythm</source>
        <translation>{1} 步上的相关系数 {0:.2f}：按自己的节奏增长</translation>
    </message>
    <message>
        <source>correlation {:.2f} over {} steps: moves on its own</source>
        <translation>{1} 步上的相关系数 {0:.2f}：独立变化</translation>
    </message>
    <message>
        <source>&apos;{}&apos; changes by the same {} {} on every one of its {} steps: a constant rate cannot tell a partner from another steady tag (a capture with uneven load can)</source>
        <translation>&apos;{0}&apos; 在全部 {3} 步中每步都变化 {1} {2}：恒定速率无法区分伙伴标记与另一个稳定增长的标记（负载不均匀的采集可以）</translation>
    </message>
    <message>
        <source>no tag follows &apos;{}&apos; ({} {} over {} steps)</source>
        <translation>没有标记跟随 &apos;{}&apos;（{} 步共 {} {}）</translation>
    </message>
    <message>
        <source>{} tag follows &apos;{}&apos; ({} {} over {} steps): {}{}</source>
        <translation>{0} 个标记跟随 &apos;{1}&apos;（{4} 步共 {2} {3}）：{5}{6}</translation>
    </message>
    <message>
        <source>{} tags follow &apos;{}&apos; ({} {} over {} steps): {}{}</source>
        <translation>{0} 个标记跟随 &apos;{1}&apos;（{4} 步共 {2} {3}）：{5}{6}</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>{} {}</source>
        <translation>{1} {0} 个</translation>
    </message>
    <message>
        <source>, {} {}</source>
        <translation>，{1} {0} 个</translation>
    </message>
    <message>
        <source>{} of {} outstanding {} allocations reached as {}</source>
        <translation>{2} 的 {1} 个未释放分配中，有 {0} 个作为{3}被遍历到</translation>
    </message>
    <message>
        <source>{} of {} outstanding {} allocations reached as {}: {}</source>
        <translation>{2} 的 {1} 个未释放分配中，有 {0} 个作为{3}被遍历到：{4}</translation>
    </message>
    <message>
        <source>; {} were not reached by any walk</source>
        <translation>；{} 个未被任何遍历到达</translation>
    </message>
    <message>
        <source>; the source lists more than the tracker counts (objects freed since, or counted twice)</source>
        <translation>；数据源列出的多于池跟踪器的计数（对象此后已释放，或被重复计数）</translation>
    </message>
    <message>
        <source>{} {} reached; no outstanding figure for {} in this source (run !poolused 2 {})</source>
        <translation>遍历到 {0} 个{1}；此数据源中没有 {2} 的未释放数（请运行 !poolused 2 {3}）</translation>
    </message>
    <message>
        <source>{} {} reached: {}; no outstanding figure for {} in this source (run !poolused 2 {})</source>
        <translation>遍历到 {0} 个{1}：{2}；此数据源中没有 {3} 的未释放数（请运行 !poolused 2 {4}）</translation>
    </message>
    <message>
        <source>; the object type counts {} objects</source>
        <translation>；该对象类型共计 {} 个对象</translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>queued on port {}</source>
        <translation>在端口 {} 上排队</translation>
    </message>
    <message>
        <source>pending on their threads</source>
        <translation>挂起在其线程上</translation>
    </message>
    <message>
        <source>found elsewhere (!irpfind, !irp)</source>
        <translation>在别处找到（!irpfind、!irp）</translation>
    </message>
    <message>
        <source>completion packets</source>
        <translation>完成数据包</translation>
    </message>
    <message>
        <source>{} objects</source>
        <translation>{} 对象</translation>
    </message>
    <message>
        <source>not terminated, or in an unknown state</source>
        <translation>未终止或状态未知</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <source>complete memory dump</source>
        <translation>完全内存转储</translation>
    </message>
    <message>
        <source>kernel memory dump (summary)</source>
        <translation>内核内存转储（摘要）</translation>
    </message>
    <message>
        <source>complete memory dump (bitmap)</source>
        <translation>完全内存转储（位图）</translation>
    </message>
    <message>
        <source>kernel memory dump (bitmap)</source>
        <translation>内核内存转储（位图）</translation>
    </message>
    <message>
        <source>live kernel memory dump</source>
        <translation>实时内核内存转储</translation>
    </message>
    <message>
        <source>kernel memory dump written by .dump /k</source>
        <translation>由 .dump /k 写入的内核内存转储</translation>
    </message>
    <message>
        <source>kernel and user memory dump written by .dump /ka</source>
        <translation>由 .dump /ka 写入的内核和用户内存转储</translation>
    </message>
    <message>
        <source>complete memory dump written by .dump /f</source>
        <translation>由 .dump /f 写入的完全内存转储</translation>
    </message>
    <message>
        <source>dump of type {}</source>
        <translation>类型为 {} 的转储</translation>
    </message>
    <message>
        <source>{} of Windows build {}</source>
        <translation>Windows 内部版本 {1} 的{0}</translation>
    </message>
    <message>
        <source>, {} processor</source>
        <translation>，{} 个处理器</translation>
    </message>
    <message>
        <source>, {} processors</source>
        <translation>，{} 个处理器</translation>
    </message>
    <message>
        <source>, bug check 0x{:X}</source>
        <translation>，错误检查 0x{:X}</translation>
    </message>
    <message>
        <source>, written {}</source>
        <translation>，写入于 {}</translation>
    </message>
    <message>
        <source>the file holds {} (the header announces no size)</source>
        <translation>文件大小为 {}（文件头未声明大小）</translation>
    </message>
    <message>
        <source>truncated: {} of the {} its header announces (RequiredDumpSpace)</source>
        <translation>已截断：只有文件头声明的 {1} 中的 {0}（RequiredDumpSpace）</translation>
    </message>
    <message>
        <source>the file is the {} its header announces</source>
        <translation>文件大小与文件头声明的 {} 一致</translation>
    </message>
    <message>
        <source>, {} of {} pages missing</source>
        <translation>，{1} 页中缺少 {0} 页</translation>
    </message>
    <message>
        <source>handle table page {:#x} of process {:#x} is not readable ({})</source>
        <translation>进程 {1:#x} 的句柄表页 {0:#x} 不可读（{2}）</translation>
    </message>
    <message>
        <source>handle table directory {:#x} of process {:#x} is not readable ({})</source>
        <translation>进程 {1:#x} 的句柄表目录 {0:#x} 不可读（{2}）</translation>
    </message>
    <message>
        <source>{} handle entries of process {:#x} do not decode to a kernel address (the first at {:#x}); they were skipped</source>
        <translation>进程 {1:#x} 的 {0} 个句柄项无法解码为内核地址（第一个位于 {2:#x}）；已跳过</translation>
    </message>
    <message>
        <source>handle {:#x} of process {:#x}: the object header {:#x} is not readable</source>
        <translation>进程 {1:#x} 的句柄 {0:#x}：对象头 {2:#x} 不可读</translation>
    </message>
    <message>
        <source>object {:#x} (handle {:#x} of process {:#x}): its header&apos;s type index decodes to {}, past the {} types of the table; its type is unknown</source>
        <translation>对象 {0:#x}（进程 {2:#x} 的句柄 {1:#x}）：其对象头的类型索引解码为 {3}，超出类型表的 {4} 个类型；其类型未知</translation>
    </message>
    <message>
        <source>the handle table {:#x} of process {:#x} is not readable</source>
        <translation>进程 {1:#x} 的句柄表 {0:#x} 不可读</translation>
    </message>
    <message>
        <source>the handle table {:#x} of process {:#x} claims 3 levels: not a handle table</source>
        <translation>进程 {1:#x} 的句柄表 {0:#x} 声称有 3 级：不是句柄表</translation>
    </message>
    <message>
        <source>{} of {:#x}: {:#x} comes round again; counted {} before it</source>
        <translation>{1:#x} 的{0}：{2:#x} 再次出现；在此之前计数了 {3} 个</translation>
    </message>
    <message>
        <source>{} of {:#x}: more than {} entries; the rest is not counted</source>
        <translation>{1:#x} 的{0}：超过 {2} 个条目；其余的未计数</translation>
    </message>
    <message>
        <source>{} of {:#x}: a link is not readable after {} entries</source>
        <translation>{1:#x} 的{0}：在 {2} 个条目之后有链接不可读</translation>
    </message>
    <message>
        <source>completion port {:#x}: its KQUEUE is not readable</source>
        <translation>完成端口 {:#x}：其 KQUEUE 不可读</translation>
    </message>
    <message>
        <source>completion port {:#x}: the queue comes round to {:#x} again without reaching its head (a corrupt list); {} entries read before it</source>
        <translation>完成端口 {:#x}：队列未回到表头就再次到达 {:#x}（链表已损坏）；在此之前读取了 {} 个条目</translation>
    </message>
    <message>
        <source>completion port {:#x}: more than {} queued entries; the rest is not read</source>
        <translation>完成端口 {:#x}：已排队条目超过 {} 个；其余的未读取</translation>
    </message>
    <message>
        <source>completion port {:#x}: queued entry {:#x} is not readable; the queue is read up to it ({} entries)</source>
        <translation>完成端口 {:#x}：已排队条目 {:#x} 不可读；队列读取到此为止（{} 个条目）</translation>
    </message>
    <message>
        <source>completion port {:#x}: entry {:#x} says it is an IRP, but {:#x} is not one (Type {})</source>
        <translation>完成端口 {:#x}：条目 {:#x} 表明自己是 IRP，但 {:#x} 不是 IRP（Type {}）</translation>
    </message>
    <message>
        <source>completion port {:#x}: entry {:#x} has packet type {}, neither an IRP nor a completion packet</source>
        <translation>完成端口 {:#x}：条目 {:#x} 的数据包类型为 {}，既不是 IRP 也不是完成数据包</translation>
    </message>
    <message>
        <source>completion port {:#x}: Header.SignalState says {} queued, the queue holds {}</source>
        <translation>完成端口 {:#x}：Header.SignalState 表示已排队 {} 个，队列中有 {} 个</translation>
    </message>
    <message>
        <source>IRP {:#x} is not readable</source>
        <translation>IRP {:#x} 不可读</translation>
    </message>
    <message>
        <source>thread {:#x}: its ETHREAD is not readable</source>
        <translation>线程 {:#x}：其 ETHREAD 不可读</translation>
    </message>
    <message>
        <source>thread {:#x}: its IRP list does not come back to its head; {} IRPs read</source>
        <translation>线程 {:#x}：其 IRP 链表没有回到表头；已读取 {} 个 IRP</translation>
    </message>
    <message>
        <source>thread {:#x}: {:#x} on its IRP list is not an IRP</source>
        <translation>线程 {:#x}：其 IRP 链表上的 {:#x} 不是 IRP</translation>
    </message>
    <message>
        <source>thread {:#x}: a link of its IRP list is not readable</source>
        <translation>线程 {:#x}：其 IRP 链表中有链接不可读</translation>
    </message>
    <message>
        <source>file object {:#x} is not readable</source>
        <translation>文件对象 {:#x} 不可读</translation>
    </message>
    <message>
        <source>file object {:#x}: its FileName is not readable</source>
        <translation>文件对象 {:#x}：其 FileName 不可读</translation>
    </message>
    <message>
        <source>file object {:#x}: its completion context {:#x} is not readable</source>
        <translation>文件对象 {:#x}：其完成上下文 {:#x} 不可读</translation>
    </message>
    <message>
        <source>the built-in structure layout of build {} ({}) does not fit this dump of Windows build {}: {}. Read with it, the dump would give wrong processes and no handles, so it is not read</source>
        <translation>内部版本 {0} 的内置结构布局（{1}）与此 Windows 内部版本 {2} 的转储不符：{3}。用它读取，转储会得出错误的进程且没有句柄，因此不予读取</translation>
    </message>
    <message>
        <source>. The kernel&apos;s own PDB makes it readable: {} with GUID {} and age {} (in a symbol cache: {}/{}{:X}/{}), or its volatility3 symbol file {}-{}.json.xz; give its folder with --symbols DIR or _NT_SYMBOL_PATH (Settings &gt; Symbol Folders in the window)</source>
        <translation>。使用该内核自己的 PDB 即可读取：{0}，GUID {1}，age {2}（在符号缓存中：{3}/{4}{5:X}/{6}），或其 volatility3 符号文件 {7}-{8}.json.xz；请用 --symbols DIR 或 _NT_SYMBOL_PATH（窗口中为 设置 &gt; 符号文件夹）指定其所在文件夹</translation>
    </message>
    <message>
        <source>{}; {}. The part that survived does not reach the kernel&apos;s loaded module list ({:#x}), so nothing in it can be walked: a complete copy of the file is needed</source>
        <translation>{}；{}。留存的部分没有到达内核的已加载模块列表（{:#x}），因此无法遍历其中任何内容：需要该文件的完整副本</translation>
    </message>
    <message>
        <source>unknown PDB</source>
        <translation>未知 PDB</translation>
    </message>
    <message>
        <source>{}; kernel at {:#x} ({}); type information: {}</source>
        <translation>{}；内核位于 {:#x}（{}）；类型信息：{}</translation>
    </message>
    <message>
        <source>{}; what lay in the missing pages is reported as unreadable</source>
        <translation>{}；缺失页中的内容报告为不可读</translation>
    </message>
    <message>
        <source>{}; {}. The part that survived holds the kernel but not its process list ({:#x}), so nothing in it can be walked: a complete copy of the file is needed</source>
        <translation>{}；{}。留存的部分包含内核，但不包含其进程列表（{:#x}），因此无法遍历其中任何内容：需要该文件的完整副本</translation>
    </message>
    <message>
        <source>layout of build {}</source>
        <translation>内部版本 {} 的布局</translation>
    </message>
    <message>
        <source>layout from {}</source>
        <translation>来自 {} 的布局</translation>
    </message>
    <message>
        <source>the {} does not fit this dump: {}</source>
        <translation>{} 与此转储不符：{}</translation>
    </message>
    <message>
        <source>{} completion ports on the IoCompletion type list (the system maintains object type lists)</source>
        <translation>IoCompletion 类型列表上有 {} 个完成端口（系统维护对象类型列表）</translation>
    </message>
    <message>
        <source>{}, checked on this dump: {}; queue counts match their walks on {} of {} ports</source>
        <translation>{0}，已在此转储上验证：{1}；{3} 个端口中有 {2} 个的队列计数与遍历结果一致</translation>
    </message>
    <message>
        <source>{} pages of the loaded modules&apos; images are not in the dump; the tags in them are not counted (a kernel dump leaves out pages that were paged out)</source>
        <translation>已加载模块映像中有 {} 页不在转储中；其中的标记未计入（内核转储不包含已换出的页）</translation>
    </message>
    <message>
        <source>{}; kernel {:#x}, PDB {}</source>
        <translation>{}；内核 {:#x}，PDB {}</translation>
    </message>
    <message>
        <source>the kernel&apos;s PDB</source>
        <translation>内核的 PDB</translation>
    </message>
    <message>
        <source>the symbols</source>
        <translation>符号文件</translation>
    </message>
    <message>
        <source>the built-in table (this kernel)</source>
        <translation>内置表（此内核）</translation>
    </message>
    <message>
        <source>ObTypeIndexTable {:#x} from {}: {} object types</source>
        <translation>ObTypeIndexTable {:#x}，来自{}：{} 个对象类型</translation>
    </message>
    <message>
        <source>ObTypeIndexTable {:#x} found in the kernel&apos;s data (checked: {} types, each naming its own index, Process and Thread among them)</source>
        <translation>在内核数据中找到 ObTypeIndexTable {:#x}（已验证：{} 个类型，每个都给出自己的索引，其中包括 Process 和 Thread）</translation>
    </message>
    <message>
        <source>the object type table (ObTypeIndexTable) was not found: handles and objects carry no type, so ports, threads and files reached through handles are not read</source>
        <translation>未找到对象类型表（ObTypeIndexTable）：句柄和对象没有类型，因此不读取通过句柄到达的端口、线程和文件</translation>
    </message>
    <message>
        <source>ObHeaderCookie {:#04x} from {}, checked against {} processes</source>
        <translation>ObHeaderCookie {:#04x}，来自{}，已用 {} 个进程验证</translation>
    </message>
    <message>
        <source>ObHeaderCookie at {:#x} does not decode the processes&apos; headers; solving it from them</source>
        <translation>位于 {:#x} 的 ObHeaderCookie 无法解码进程的对象头；改为从进程求解</translation>
    </message>
    <message>
        <source>ObHeaderCookie {:#04x} solved from the process objects (it decodes all {} of them to Process)</source>
        <translation>ObHeaderCookie {:#04x} 由进程对象求出（它将全部 {} 个进程对象解码为 Process）</translation>
    </message>
    <message>
        <source>the object header cookie (ObHeaderCookie) could not be found: object types are unknown</source>
        <translation>找不到对象头 cookie（ObHeaderCookie）：对象类型未知</translation>
    </message>
    <message>
        <source>PoolTrackTable {:#x} ({} entries) from {}</source>
        <translation>PoolTrackTable {:#x}（{} 个条目），来自{}</translation>
    </message>
    <message>
        <source>PoolTrackTable at {:#x} (from {}) does not lead to a readable tracker table (its pages may be missing from the dump); trying the debugger data block</source>
        <translation>位于 {:#x} 的 PoolTrackTable（来自{}）没有指向可读的跟踪表（其页可能不在转储中）；改试调试器数据块</translation>
    </message>
    <message>
        <source>PoolTrackTable {:#x} ({} entries) found in the kernel&apos;s data at {:#x}, the debugger data block being encoded (checked: readable, printable tags)</source>
        <translation>在内核数据 {2:#x} 处找到 PoolTrackTable {0:#x}（{1} 个条目），因为调试器数据块已编码（已验证：可读，标记可打印）</translation>
    </message>
    <message>
        <source>the pool tracker table was not found (the debugger data block is encoded or missing, and no table was found in the kernel&apos;s data): no pool tag table; symbols for this very kernel (--symbols) may help</source>
        <translation>未找到池跟踪表（调试器数据块已编码或缺失，且在内核数据中未找到该表）：没有池标记表；提供此内核本身的符号（--symbols）可能有帮助</translation>
    </message>
    <message>
        <source>KDDEBUGGER_DATA64.PoolTrackTable is not readable: no pool tag table</source>
        <translation>KDDEBUGGER_DATA64.PoolTrackTable 不可读：没有池标记表</translation>
    </message>
    <message>
        <source>PoolTrackTable {:#x} from the debugger data block, {} entries (the count beside it, checked: readable, printable tags)</source>
        <translation>PoolTrackTable {:#x} 来自调试器数据块，{} 个条目（取自其旁边的计数，已验证：可读，标记可打印）</translation>
    </message>
    <message>
        <source>PoolTrackTable {:#x} was found but not its size; give the symbols for this kernel to read pool tags</source>
        <translation>找到了 PoolTrackTable {:#x}，但未找到其大小；请提供此内核的符号以读取池标记</translation>
    </message>
    <message>
        <source>ExPoolTagTables {:#x} from {}: {} processors&apos; tables summed</source>
        <translation>ExPoolTagTables {:#x}，来自{}：已汇总 {} 个处理器的表</translation>
    </message>
    <message>
        <source>ExPoolTagTables {:#x} found in the kernel&apos;s data: {} processors&apos; tables summed</source>
        <translation>在内核数据中找到 ExPoolTagTables {:#x}：已汇总 {} 个处理器的表</translation>
    </message>
    <message>
        <source>the per-processor pool tracker tables were not found: tag counts are processor 0&apos;s only ({} processors)</source>
        <translation>未找到每处理器的池跟踪表：标记计数仅为处理器 0 的（共 {} 个处理器）</translation>
    </message>
    <message>
        <source>PoolBigPageTable {:#x} ({} entries) from {}</source>
        <translation>PoolBigPageTable {:#x}（{} 个条目），来自{}</translation>
    </message>
    <message>
        <source>PoolBigPageTable at {:#x} (from {}) does not lead to a readable big page table; looking for it in the kernel&apos;s data</source>
        <translation>位于 {:#x} 的 PoolBigPageTable（来自{}）没有指向可读的大页表；改为在内核数据中查找</translation>
    </message>
    <message>
        <source>PoolBigPageTable {:#x} ({} entries) found in the kernel&apos;s data at {:#x} (checked: page-aligned kernel addresses, printable tags, sizes)</source>
        <translation>在内核数据 {2:#x} 处找到 PoolBigPageTable {0:#x}（{1} 个条目）（已验证：页对齐的内核地址、可打印的标记、大小）</translation>
    </message>
    <message>
        <source>the big pool table (PoolBigPageTable) was not found: allocations of a page or more are not listed</source>
        <translation>未找到大池表（PoolBigPageTable）：一页及以上的分配未列出</translation>
    </message>
    <message>
        <source>the loaded module list ({:#x}, from the dump header) is not readable, so the kernel cannot be found; the dump may be damaged or not a kernel dump</source>
        <translation>已加载模块列表（{:#x}，来自转储文件头）不可读，因此找不到内核；该转储可能已损坏，或不是内核转储</translation>
    </message>
    <message>
        <source>the kernel image at {:#x} could not be identified: {}</source>
        <translation>无法识别位于 {:#x} 的内核映像：{}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Windows build {} (kernel PDB {}) is older than every built-in structure layout (built-in: {}). Give PoolScope the kernel&apos;s {} (a WinDbg or symchk symbol cache holds it) or the volatility3 symbol file {}.json.xz: --symbols DIR, _NT_SYMBOL_PATH, or Settings &gt; Symbol Folders in the window{}</source>
        <translation>Windows 内部版本 {}（内核 PDB {}）比所有内置结构布局都旧（内置：{}）。请向 PoolScope 提供该内核的 {}（WinDbg 或 symchk 的符号缓存中有）或 volatility3 符号文件 {}.json.xz：--symbols DIR、_NT_SYMBOL_PATH，或窗口中的 设置 &gt; 符号文件夹{}</translation>
    </message>
    <message>
        <source>this kernel (PDB {}) is not one whose global addresses the built-in table for build {} holds; its globals are found by validated heuristics</source>
        <translation>此内核（PDB {}）不在内部版本 {} 的内置表所记录全局地址的内核之列；其全局变量通过经过验证的启发式方法查找</translation>
    </message>
    <message>
        <source>built-in table for build {}</source>
        <translation>内部版本 {} 的内置表</translation>
    </message>
    <message>
        <source>built-in table for build {} (the nearest older than build {})</source>
        <translation>内部版本 {} 的内置表（早于内部版本 {} 的最近版本）</translation>
    </message>
    <message>
        <source>{} processes {} with printable names and unique pids</source>
        <translation>{} 个进程{}，名称可打印且 pid 唯一</translation>
    </message>
    <message>
        <source>round-trip</source>
        <translation>（链表回到表头）</translation>
    </message>
    <message>
        <source>on the list (it does not come back to its head)</source>
        <translation>（在链表上，链表没有回到表头）</translation>
    </message>
    <message>
        <source>{} processes {}, {} with printable names, {} with unique pids</source>
        <translation>{} 个进程{}，{} 个名称可打印，{} 个 pid 唯一</translation>
    </message>
    <message>
        <source>on the list</source>
        <translation>（在链表上）</translation>
    </message>
    <message>
        <source>, {} of {} threads point back to their process</source>
        <translation>，{1} 个线程中有 {0} 个指回其进程</translation>
    </message>
    <message>
        <source>, {} of {} handle entries decode to objects whose type index names a type</source>
        <translation>，{1} 个句柄项中有 {0} 个解码为类型索引指向某个类型的对象</translation>
    </message>
    <message>
        <source>, the object type table could not be found</source>
        <translation>，找不到对象类型表</translation>
    </message>
    <message>
        <source>{} of {}</source>
        <translation>{1} 中的 {0}</translation>
    </message>
    <message>
        <source>the process list holds {} process</source>
        <translation>进程列表中只有 {} 个进程</translation>
    </message>
    <message>
        <source>the process list holds {} processes</source>
        <translation>进程列表中只有 {} 个进程</translation>
    </message>
    <message>
        <source>only {} process names (ImageFileName at +{:#x}) are printable</source>
        <translation>只有 {} 个进程名（ImageFileName 位于 +{:#x}）可打印</translation>
    </message>
    <message>
        <source>only {} pids (UniqueProcessId at +{:#x}) are plausible and unique</source>
        <translation>只有 {} 个 pid（UniqueProcessId 位于 +{:#x}）合理且唯一</translation>
    </message>
    <message>
        <source>no process has a thread on its ThreadListHead (+{:#x})</source>
        <translation>没有进程在其 ThreadListHead（+{:#x}）上有线程</translation>
    </message>
    <message>
        <source>only {} threads (ThreadListEntry at +{:#x}) point back to their process</source>
        <translation>只有 {} 个线程（ThreadListEntry 位于 +{:#x}）指回其进程</translation>
    </message>
    <message>
        <source>no object type table decodes the processes&apos; own headers to Process</source>
        <translation>没有对象类型表能将进程自身的对象头解码为 Process</translation>
    </message>
    <message>
        <source>only {} handle tables (ObjectTable at +{:#x}) are readable</source>
        <translation>只有 {} 个句柄表（ObjectTable 位于 +{:#x}）可读</translation>
    </message>
    <message>
        <source>only {} handle entries decode to an object whose type index names a type</source>
        <translation>只有 {} 个句柄项解码为类型索引指向某个类型的对象</translation>
    </message>
    <message>
        <source>the loaded module list {:#x} is not readable: no driver is searched for tags</source>
        <translation>已加载模块列表 {:#x} 不可读：不在任何驱动程序中搜索标记</translation>
    </message>
    <message>
        <source>loaded module list: {:#x} comes round again without reaching the head; {} modules read before it</source>
        <translation>已加载模块列表：{:#x} 未回到表头就再次出现；在此之前读取了 {} 个模块</translation>
    </message>
    <message>
        <source>loaded module list: more than {} modules; the rest is not read</source>
        <translation>已加载模块列表：超过 {} 个模块；其余的未读取</translation>
    </message>
    <message>
        <source>loaded module list: the entry at {:#x} is not readable; {} modules read before it</source>
        <translation>已加载模块列表：位于 {:#x} 的条目不可读；在此之前读取了 {} 个模块</translation>
    </message>
    <message>
        <source>loaded module list: the entry at {:#x} names no image (base {:#x}, size {:#x}); skipped</source>
        <translation>已加载模块列表：位于 {:#x} 的条目没有映像名（基址 {:#x}，大小 {:#x}）；已跳过</translation>
    </message>
    <message>
        <source>{}: its image claims {} bytes; only the first {} are searched for tags</source>
        <translation>{}：其映像声称有 {} 字节；只在前 {} 字节中搜索标记</translation>
    </message>
    <message>
        <source>{} and the modules after it are not searched for tags: the images searched already hold {} bytes</source>
        <translation>不在 {} 及其后的模块中搜索标记：已搜索的映像已达 {} 字节</translation>
    </message>
    <message>
        <source>PoolTrackTableSize says {} entries; only the first {} are read</source>
        <translation>PoolTrackTableSize 表示有 {} 个条目；只读取前 {} 个</translation>
    </message>
    <message>
        <source>pool tracker table of processor {}: {} entries from {:#x} are not in the dump; their counts are missing from the tag totals</source>
        <translation>处理器 {0} 的池跟踪表：从 {2:#x} 起的 {1} 个条目不在转储中；标记合计中缺少它们的计数</translation>
    </message>
    <message>
        <source>big pool table {:#x}: {} entries are not in the dump; their allocations are missing</source>
        <translation>大池表 {:#x}：{} 个条目不在转储中；缺少它们的分配</translation>
    </message>
    <message>
        <source>process {:#x}: its thread list does not come back to its head after {} threads; its thread count is unknown</source>
        <translation>进程 {:#x}：其线程链表在 {} 个线程之后没有回到表头；其线程数未知</translation>
    </message>
    <message>
        <source>process {:#x}: a link of its thread list is not readable after {} threads; its thread count is unknown</source>
        <translation>进程 {:#x}：其线程链表在 {} 个线程之后有链接不可读；其线程数未知</translation>
    </message>
    <message>
        <source>PsActiveProcessHead {:#x} is not readable: no process list</source>
        <translation>PsActiveProcessHead {:#x} 不可读：没有进程列表</translation>
    </message>
    <message>
        <source>process list: {:#x} comes round again without reaching the head; the walk stops there</source>
        <translation>进程列表：{:#x} 未回到表头就再次出现；遍历在此停止</translation>
    </message>
    <message>
        <source>process list: more than {} processes; the rest is not read</source>
        <translation>进程列表：超过 {} 个进程；其余的未读取</translation>
    </message>
    <message>
        <source>process at {:#x}: its fields are not readable; the walk stops there</source>
        <translation>位于 {:#x} 的进程：其字段不可读；遍历在此停止</translation>
    </message>
    <message>
        <source>process list: the link at {:#x} is not readable; the walk stops there</source>
        <translation>进程列表：位于 {:#x} 的链接不可读；遍历在此停止</translation>
    </message>
    <message>
        <source>IRP {:#x}: CurrentLocation is 0 (StackCount {}), so no stack location is current and its driver is not known</source>
        <translation>IRP {:#x}：CurrentLocation 为 0（StackCount {}），没有当前栈位置，其驱动程序未知</translation>
    </message>
    <message>
        <source>IRP {:#x}: Tail.Overlay.CurrentStackLocation is {:#x}, not its stack location {} of {} at {:#x}; its driver is not read</source>
        <translation>IRP {:#x}：Tail.Overlay.CurrentStackLocation 为 {:#x}，而不是其第 {} 个（共 {} 个）栈位置 {:#x}；未读取其驱动程序</translation>
    </message>
    <message>
        <source>IRP {:#x}: its current stack location {:#x} is not readable, so its driver is not known</source>
        <translation>IRP {:#x}：其当前栈位置 {:#x} 不可读，其驱动程序未知</translation>
    </message>
    <message>
        <source>IRP {:#x}: its current stack location {} names no device object (DeviceObject {:#x}), so its driver is not known</source>
        <translation>IRP {:#x}：其当前栈位置 {} 未指明设备对象（DeviceObject {:#x}），其驱动程序未知</translation>
    </message>
    <message>
        <source>IRP {:#x}: its device object {:#x} is not readable, so its driver is not known</source>
        <translation>IRP {:#x}：其设备对象 {:#x} 不可读，其驱动程序未知</translation>
    </message>
    <message>
        <source>IRP {:#x}: {:#x}, named as its device, is not a device object (Type {}, not 3), so its driver is not known</source>
        <translation>IRP {:#x}：作为其设备的 {:#x} 不是设备对象（Type {}，而不是 3），其驱动程序未知</translation>
    </message>
    <message>
        <source>IRP {:#x}: its device {:#x} names {:#x} as its driver object, which is not readable</source>
        <translation>IRP {:#x}：其设备 {:#x} 指明 {:#x} 为驱动程序对象，但该对象不可读</translation>
    </message>
    <message>
        <source>IRP {:#x}: its device {:#x} names {:#x} as its driver object, which is not one (Type {}, not 4)</source>
        <translation>IRP {:#x}：其设备 {:#x} 指明 {:#x} 为驱动程序对象，但它不是（Type {}，而不是 4）</translation>
    </message>
    <message>
        <source>IRP {:#x}: the DriverName of driver object {:#x} (of device {:#x}) is not readable</source>
        <translation>IRP {:#x}：驱动程序对象 {:#x}（设备 {:#x} 的）的 DriverName 不可读</translation>
    </message>
    <message>
        <source>IRP {:#x}: the DriverName of driver object {:#x} (of device {:#x}) is empty</source>
        <translation>IRP {:#x}：驱动程序对象 {:#x}（设备 {:#x} 的）的 DriverName 为空</translation>
    </message>
    <message>
        <source>the kernel image at {:#x} has no CodeView (RSDS) record, so the PDB it was built with cannot be named</source>
        <translation>位于 {:#x} 的内核映像没有 CodeView（RSDS）记录，因此无法指明构建它所用的 PDB</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>nonpaged</source>
        <translation>非分页</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>{}: no pool figures for the tag in this source</source>
        <translation>{}：此数据源中没有该标记的池数据</translation>
    </message>
    <message>
        <source>{} {} in {} allocations ({})</source>
        <translation>{0} {1}，共 {2} 次分配（{3}池）</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>allocations</source>
        <translation>分配数</translation>
    </message>
    <message>
        <source>under 1%</source>
        <translation>不到 1%</translation>
    </message>
    <message>
        <source>, {} of the {} pool in use ({})</source>
        <translation>，占{1}池使用量（{2}）的 {0}</translation>
    </message>
    <message>
        <source>, {} of the {} pool its tags add up to ({})</source>
        <translation>，占{1}池各标记合计（{2}）的 {0}</translation>
    </message>
    <message>
        <source>share of its pool</source>
        <translation>占其所在池的比例</translation>
    </message>
    <message>
        <source>; {}</source>
        <translation>；{}</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>每秒字节数</translation>
    </message>
    <message>
        <source>bytes per screen</source>
        <translation>每屏字节数</translation>
    </message>
    <message>
        <source>{}/s</source>
        <translation>{}/秒</translation>
    </message>
    <message>
        <source>{}/screen</source>
        <translation>{}/屏</translation>
    </message>
    <message>
        <source>&apos;{}&apos; ({}) grows with it: {}</source>
        <translation>&apos;{}&apos;（{}池）随之增长：{}</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>相关系数</translation>
    </message>
    <message>
        <source>net change</source>
        <translation>净变化</translation>
    </message>
    <message>
        <source>largest {} tag: {} with {}, {} of the pool in use (a tag stands out from {})</source>
        <translation>最大的{0}池标记：{1}，{2}，占池使用量的 {3}（标记达到 {4} 才算突出）</translation>
    </message>
    <message>
        <source>largest {} tag: {} with {}, {} of the pool its tags add up to (a tag stands out from {})</source>
        <translation>最大的{0}池标记：{1}，{2}，占池中各标记合计的 {3}（标记达到 {4} 才算突出）</translation>
    </message>
    <message>
        <source>over the {} snapshots no tag grows steadily ({} tags followed)</source>
        <translation>在 {} 个快照中没有标记持续增长（跟踪了 {} 个标记）</translation>
    </message>
    <message>
        <source>deepest completion port: {} with {} queued, {} threads waiting</source>
        <translation>队列最深的完成端口：{}，已排队 {} 个，{} 个线程在等待</translation>
    </message>
    <message>
        <source>most handles of one type: {} holds {} {} handles, the next process {} (stands out from 1,000 and ten times the next)</source>
        <translation>同一类型句柄最多的进程：{0} 持有 {1} 个 {2} 句柄，其次的进程持有 {3} 个（达到 1,000 且为其次者的十倍才算突出）</translation>
    </message>
    <message>
        <source>{} processes; the most handles: {} with {}</source>
        <translation>{} 个进程；句柄最多的是 {}，共 {} 个</translation>
    </message>
    <message>
        <source>exited threads: {}, exited processes: {} (kept alive by references)</source>
        <translation>已退出的线程：{}，已退出的进程：{}（被引用而保持存活）</translation>
    </message>
    <message>
        <source>grows steadily</source>
        <translation>持续增长</translation>
    </message>
    <message>
        <source>takes {} of the {} pool</source>
        <translation>占用{1}池的 {0}</translation>
    </message>
    <message>
        <source>IRPs queued on port {}, which no thread waits on</source>
        <translation>IRP 在端口 {} 上排队，而没有线程等待该端口</translation>
    </message>
    <message>
        <source>completion packets queued on port {}, which no thread waits on</source>
        <translation>完成数据包在端口 {} 上排队，而没有线程等待该端口</translation>
    </message>
    <message>
        <source>{} holds {} {} handles, more than ten times any other process</source>
        <translation>{} 持有 {} 个 {} 句柄，是其他任何进程的十倍以上</translation>
    </message>
    <message>
        <source>{} exited threads kept alive by handles</source>
        <translation>{} 个已退出的线程被句柄保持存活</translation>
    </message>
    <message>
        <source>{} exited processes kept alive by handles</source>
        <translation>{} 个已退出的进程被句柄保持存活</translation>
    </message>
    <message>
        <source>what the allocations are and who holds them is not in this source</source>
        <translation>此数据源中没有这些分配是什么、由谁持有的信息</translation>
    </message>
    <message>
        <source>A capture of pool counters says how much each tag holds, not what holds it: open a kernel dump, or a log with !poolfind, !irpfind, !process 0 0 and !handle, to follow a tag to its holder.</source>
        <translation>池计数器的采集只说明每个标记占用多少，不说明由谁占用：请打开内核转储，或包含 !poolfind、!irpfind、!process 0 0 和 !handle 输出的日志，以便从标记追溯到其持有者。</translation>
    </message>
    <message>
        <source>This source holds pool figures only: a kernel dump, or a log with !poolfind, !irpfind, !process 0 0 and !handle, follows a tag to its holder.</source>
        <translation>此数据源只有池数据：内核转储，或包含 !poolfind、!irpfind、!process 0 0 和 !handle 输出的日志，才能从标记追溯到其持有者。</translation>
    </message>
    <message>
        <source> (max concurrency 0: one thread per processor)</source>
        <translation>（最大并发数 0：每个处理器一个线程）</translation>
    </message>
    <message>
        <source> (max concurrency {})</source>
        <translation>（最大并发数 {}）</translation>
    </message>
    <message>
        <source>{} holds {} handles to exited threads, {} of its {} handles</source>
        <translation>{0} 持有 {1} 个指向已退出线程的句柄，占其 {3} 个句柄的 {2}</translation>
    </message>
    <message>
        <source>{} holds {} handles to exited processes, {} of its {} handles</source>
        <translation>{0} 持有 {1} 个指向已退出进程的句柄，占其 {3} 个句柄的 {2}</translation>
    </message>
    <message>
        <source>; they keep {} of {} ({} x {} bytes)</source>
        <translation>；它们保留了 {1} 的 {0}（{2} x {3} 字节）</translation>
    </message>
    <message>
        <source>; 1 other process holds {}</source>
        <translation>；另有 1 个进程持有 {} 个</translation>
    </message>
    <message>
        <source>; {} other processes hold {}</source>
        <translation>；另有 {} 个进程持有 {} 个</translation>
    </message>
    <message>
        <source>handles to exited threads</source>
        <translation>指向已退出线程的句柄</translation>
    </message>
    <message>
        <source>handles to exited processes</source>
        <translation>指向已退出进程的句柄</translation>
    </message>
    <message>
        <source>handles</source>
        <translation>句柄数</translation>
    </message>
    <message>
        <source>share of its handles</source>
        <translation>占其句柄的比例</translation>
    </message>
    <message>
        <source>pool kept</source>
        <translation>保留的池内存</translation>
    </message>
    <message>
        <source>a process that opens threads and never closes their handles</source>
        <translation>某个进程打开线程后从不关闭其句柄</translation>
    </message>
    <message>
        <source>a process that starts or opens processes and never closes their handles</source>
        <translation>某个进程启动或打开进程后从不关闭其句柄</translation>
    </message>
    <message>
        <source>{} holds {} {} handles, {} of its {} handles; the next process holds {}</source>
        <translation>{0} 持有 {1} 个 {2} 句柄，占其 {4} 个句柄的 {3}；其次的进程持有 {5} 个</translation>
    </message>
    <message>
        <source>; the sampled exited thread belongs to it</source>
        <translation>；抽样的已退出线程属于该进程</translation>
    </message>
    <message>
        <source>; the sampled exited process belongs to it</source>
        <translation>；抽样的已退出进程属于该进程</translation>
    </message>
    <message>
        <source>. The most likely holder: this source does not say which objects those handles point at</source>
        <translation>。最可能的持有者：此数据源没有说明这些句柄指向哪些对象</translation>
    </message>
    <message>
        <source>{} handles</source>
        <translation>{} 句柄</translation>
    </message>
    <message>
        <source>next process</source>
        <translation>其次的进程</translation>
    </message>
    <message>
        <source>most likely a process that opens threads and never closes their handles</source>
        <translation>很可能是某个进程打开线程后从不关闭其句柄</translation>
    </message>
    <message>
        <source>most likely a process that opens processes and never closes their handles</source>
        <translation>很可能是某个进程打开进程后从不关闭其句柄</translation>
    </message>
    <message>
        <source>who holds the exited threads is not in this source</source>
        <translation>此数据源中没有谁持有这些已退出线程的信息</translation>
    </message>
    <message>
        <source>who holds the exited processes is not in this source</source>
        <translation>此数据源中没有谁持有这些已退出进程的信息</translation>
    </message>
    <message>
        <source>process {}</source>
        <translation>进程 {}</translation>
    </message>
    <message>
        <source>no thread object in this source: sample the {} blocks and look at a few of them with !thread, as seed 004 did</source>
        <translation>此数据源中没有线程对象：请抽样 {} 池块，并像 seed 004 那样用 !thread 查看其中几个</translation>
    </message>
    <message>
        <source>{} thread objects in this source, none with its state: whether they have exited is not known (look at a few with !thread, as seed 004 did)</source>
        <translation>此数据源中有 {} 个线程对象，均无状态：不知道它们是否已退出（请像 seed 004 那样用 !thread 查看几个）</translation>
    </message>
    <message>
        <source>none of the {} thread objects whose state this source shows has exited</source>
        <translation>此数据源显示了状态的 {} 个线程对象均未退出</translation>
    </message>
    <message>
        <source>{} thread objects, TERMINATED, kept alive by handles</source>
        <translation>{} 个线程对象，TERMINATED，被句柄保持存活</translation>
    </message>
    <message>
        <source>{} thread objects TERMINATED: {} held by the handles this source lists, {} by a handle or reference it does not list</source>
        <translation>{} 个线程对象为 TERMINATED：{} 个由此数据源列出的句柄持有，{} 个由其未列出的句柄或引用持有</translation>
    </message>
    <message>
        <source>above 0 for some</source>
        <translation>部分大于 0</translation>
    </message>
    <message>
        <source>{} sampled thread object, TERMINATED, yet HandleCount {} (!object): kept alive by a handle</source>
        <translation>{} 个抽样线程对象，TERMINATED，但 HandleCount {}（!object）：被句柄保持存活</translation>
    </message>
    <message>
        <source>{} sampled thread objects, TERMINATED, yet HandleCount {} (!object): kept alive by a handle</source>
        <translation>{} 个抽样线程对象，TERMINATED，但 HandleCount {}（!object）：被句柄保持存活</translation>
    </message>
    <message>
        <source>{} thread object TERMINATED and still allocated: something references them (!object says whether it is a handle)</source>
        <translation>{} 个线程对象为 TERMINATED 且仍未释放：有东西引用它们（!object 可说明是否为句柄）</translation>
    </message>
    <message>
        <source>{} thread objects TERMINATED and still allocated: something references them (!object says whether it is a handle)</source>
        <translation>{} 个线程对象为 TERMINATED 且仍未释放：有东西引用它们（!object 可说明是否为句柄）</translation>
    </message>
    <message>
        <source>terminated threads</source>
        <translation>已终止的线程</translation>
    </message>
    <message>
        <source>held by listed handles</source>
        <translation>由列出的句柄持有</translation>
    </message>
    <message>
        <source>no process list in this source</source>
        <translation>此数据源中没有进程列表</translation>
    </message>
    <message>
        <source>none of the {} processes in this source has exited</source>
        <translation>此数据源中的 {} 个进程均未退出</translation>
    </message>
    <message>
        <source>{} process objects have exited (no handle table, no thread) and are still referenced: {} by the handles this source lists</source>
        <translation>{} 个进程对象已退出（无句柄表、无线程）但仍被引用：{} 个由此数据源列出的句柄引用</translation>
    </message>
    <message>
        <source>{} process objects have exited (no handle table, no thread) and are still referenced</source>
        <translation>{} 个进程对象已退出（无句柄表、无线程）但仍被引用</translation>
    </message>
    <message>
        <source>exited processes</source>
        <translation>已退出的进程</translation>
    </message>
    <message>
        <source>no IRP in this source</source>
        <translation>此数据源中没有 IRP</translation>
    </message>
    <message>
        <source>{} IRPs, {} of them completed (CurrentLocation &gt; StackCount), {} queued on a completion port</source>
        <translation>{} 个 IRP，其中 {} 个已完成（CurrentLocation &gt; StackCount），{} 个在完成端口上排队</translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>queued on ports</source>
        <translation>在端口上排队</translation>
    </message>
    <message>
        <source>none of them is queued on a completion port: they are pending in drivers (!irp on one shows which)</source>
        <translation>它们都没有在完成端口上排队：它们挂起在驱动程序中（对其中一个运行 !irp 可看出是哪个驱动）</translation>
    </message>
    <message>
        <source>the ports they are queued on have threads waiting, or do not say: nothing stuck on a port</source>
        <translation>它们排队的端口有线程在等待，或未显示：没有卡在端口上的 IRP</translation>
    </message>
    <message>
        <source>they wait on completion port {} ({} seen queued on it), and no thread waits on it{}</source>
        <translation>它们在完成端口 {} 上等待（看到 {} 个在其上排队），而没有线程等待该端口{}</translation>
    </message>
    <message>
        <source>they wait on completion port {}: {} entries queued, {} of them IRPs, and no thread waits on it{}</source>
        <translation>它们在完成端口 {} 上等待：已排队 {} 个条目，其中 {} 个是 IRP，而没有线程等待该端口{}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>waiting threads</source>
        <translation>等待的线程</translation>
    </message>
    <message>
        <source>{} of {} outstanding {} allocations are queued on this port</source>
        <translation>{2} 的 {1} 个未释放分配中有 {0} 个在此端口上排队</translation>
    </message>
    <message>
        <source>{} of them came through {}, whose completion context names the port</source>
        <translation>其中 {} 个来自 {}，其完成上下文指向该端口</translation>
    </message>
    <message>
        <source>{} is bound to the port by its completion context</source>
        <translation>{} 通过其完成上下文绑定到该端口</translation>
    </message>
    <message>
        <source>IRPs through it</source>
        <translation>经由它的 IRP</translation>
    </message>
    <message>
        <source>{} issued {} of the {} and holds a handle to the port</source>
        <translation>{0} 发出了 {2} 个中的 {1} 个，并持有该端口的句柄</translation>
    </message>
    <message>
        <source>{} issued {} of the {}</source>
        <translation>{0} 发出了 {2} 个中的 {1} 个</translation>
    </message>
    <message>
        <source>; {} holds it too</source>
        <translation>；{} 也持有该端口</translation>
    </message>
    <message>
        <source>; {} hold it too</source>
        <translation>；{} 也持有该端口</translation>
    </message>
    <message>
        <source>IRPs issued</source>
        <translation>发出的 IRP</translation>
    </message>
    <message>
        <source>port holders</source>
        <translation>端口持有者</translation>
    </message>
    <message>
        <source>{} associated {} with the port and never calls GetQueuedCompletionStatus: the completed IRPs are never dequeued</source>
        <translation>{} 将 {} 关联到该端口，却从不调用 GetQueuedCompletionStatus：已完成的 IRP 永远不会出队</translation>
    </message>
    <message>
        <source>{} associated its file with the port and never calls GetQueuedCompletionStatus: the completed IRPs are never dequeued</source>
        <translation>{} 将其文件关联到该端口，却从不调用 GetQueuedCompletionStatus：已完成的 IRP 永远不会出队</translation>
    </message>
    <message>
        <source>the port is held by {}; which process issued the IRPs is not in this source</source>
        <translation>该端口由 {} 持有；此数据源中没有是哪个进程发出这些 IRP 的信息</translation>
    </message>
    <message>
        <source>the port&apos;s holder associated a file with it and never calls GetQueuedCompletionStatus</source>
        <translation>端口的持有者将文件关联到该端口，却从不调用 GetQueuedCompletionStatus</translation>
    </message>
    <message>
        <source>which process issued them is not in this source; their thread is {}</source>
        <translation>此数据源中没有是哪个进程发出它们的信息；它们的线程是 {}</translation>
    </message>
    <message>
        <source>which process issued them and who holds the port are not in this source</source>
        <translation>此数据源中没有是哪个进程发出它们、由谁持有该端口的信息</translation>
    </message>
    <message>
        <source>completed IRPs wait on a port no thread waits on: its owner associated a file with it and never calls GetQueuedCompletionStatus</source>
        <translation>已完成的 IRP 在一个没有线程等待的端口上等待：其所有者将文件关联到该端口，却从不调用 GetQueuedCompletionStatus</translation>
    </message>
    <message>
        <source>no port in this source holds completion packets with nobody waiting</source>
        <translation>此数据源中没有端口在无人等待的情况下积压完成数据包</translation>
    </message>
    <message>
        <source>{} completion packets (PostQueuedCompletionStatus) wait on port {}, and no thread waits on it</source>
        <translation>{} 个完成数据包（PostQueuedCompletionStatus）在端口 {} 上等待，而没有线程等待该端口</translation>
    </message>
    <message>
        <source>packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>nothing in this source holds a handle to the port</source>
        <translation>此数据源中没有任何对象持有该端口的句柄</translation>
    </message>
    <message>
        <source>the port is held by {}</source>
        <translation>该端口由 {} 持有</translation>
    </message>
    <message>
        <source>a process posts completion packets to a port nobody dequeues</source>
        <translation>某个进程向一个无人取出的端口投递完成数据包</translation>
    </message>
    <message>
        <source>its allocations are {} objects; none is reached in this source</source>
        <translation>其分配是 {} 对象；此数据源中一个也没有遍历到</translation>
    </message>
    <message>
        <source>its allocations are {} objects: {} reached in this source</source>
        <translation>其分配是 {} 对象：此数据源中遍历到 {} 个</translation>
    </message>
    <message>
        <source>{} objects</source>
        <translation>{} 对象</translation>
    </message>
    <message>
        <source>no {} handle in this source</source>
        <translation>此数据源中没有 {} 句柄</translation>
    </message>
    <message>
        <source>: no process stands out</source>
        <translation>：没有进程突出</translation>
    </message>
    <message>
        <source>a process that opens {} objects and never closes their handles</source>
        <translation>某个进程打开 {} 对象后从不关闭其句柄</translation>
    </message>
    <message>
        <source>no walk reaches the {} allocations: {} is no object type&apos;s tag, nor an IRP&apos;s or a completion packet&apos;s</source>
        <translation>没有遍历能到达 {} 分配：{} 既不是任何对象类型的标记，也不是 IRP 或完成数据包的标记</translation>
    </message>
    <message>
        <source>which drivers carry the tag is not in this source (a kernel dump says)</source>
        <translation>此数据源中没有哪些驱动程序带有该标记的信息（内核转储中有）</translation>
    </message>
    <message>
        <source>the images of {} carry &apos;{}&apos;: the likely allocator</source>
        <translation>{} 的映像中带有 &apos;{}&apos;：可能的分配者</translation>
    </message>
    <message>
        <source>the images of {} carry &apos;{}&apos;: the likely allocators</source>
        <translation>{} 的映像中带有 &apos;{}&apos;：可能的分配者</translation>
    </message>
    <message>
        <source>no loaded module&apos;s image carries &apos;{}&apos; (built at run time, or in a page the dump lacks)</source>
        <translation>没有已加载模块的映像带有 &apos;{}&apos;（在运行时构造，或位于转储缺少的页中）</translation>
    </message>
    <message>
        <source> +{} more</source>
        <translation> 另有 {} 个</translation>
    </message>
    <message>
        <source>{} of {} outstanding {} allocations read from the pool</source>
        <translation>从池中读取了 {2} 的 {1} 个未释放分配中的 {0} 个</translation>
    </message>
    <message>
        <source>{} {} allocations read from the pool</source>
        <translation>从池中读取了 {0} 个 {1} 分配</translation>
    </message>
    <message>
        <source>{} {} objects are referenced and have no handle ({})</source>
        <translation>{0} 个 {1} 对象仍被引用却没有句柄（{2}）</translation>
    </message>
    <message>
        <source>in the pool: {}</source>
        <translation>池中：{}</translation>
    </message>
    <message>
        <source>blocks read</source>
        <translation>已读取的块</translation>
    </message>
    <message>
        <source>in the largest group</source>
        <translation>最大分组中的块</translation>
    </message>
    <message>
        <source>{} {} objects have references (PointerCount &gt; 0) and no handle in any process; {} of them: {}</source>
        <translation>{0} 个 {1} 对象有引用（PointerCount &gt; 0），但在任何进程中都没有句柄；其中 {2} 个：{3}</translation>
    </message>
    <message>
        <source>{} of {} {} blocks read from the pool</source>
        <translation>从池中读取的 {1} 个 {2} 块中有 {0} 个</translation>
    </message>
    <message>
        <source>objects without a handle</source>
        <translation>无句柄的对象</translation>
    </message>
    <message>
        <source>no block of the largest tags points at these objects: who references them is not in what was read (a driver&apos;s structure, a list, a cache)</source>
        <translation>最大的几个标记中没有块指向这些对象：引用它们的是什么不在已读取的内容中（驱动程序的结构、链表或缓存）</translation>
    </message>
    <message>
        <source>{} of the {} &apos;{}&apos; blocks keep a pointer to {}</source>
        <translation>{1} 个 &apos;{2}&apos; 块中有 {0} 个保存着指向{3}的指针</translation>
    </message>
    <message>
        <source>blocks pointing at them</source>
        <translation>指向它们的块</translation>
    </message>
    <message>
        <source>no loaded module&apos;s image carries &apos;{}&apos;</source>
        <translation>没有已加载模块的映像包含 &apos;{}&apos;</translation>
    </message>
    <message>
        <source>the images of {} carry &apos;{}&apos;: the driver that allocates those blocks</source>
        <translation>{} 的映像包含 &apos;{}&apos;：分配这些块的驱动程序</translation>
    </message>
    <message>
        <source>a driver ({}) that takes references to {} objects (ObReferenceObject) and never releases them</source>
        <translation>一个驱动程序（{0}）获取 {1} 对象的引用（ObReferenceObject）却从不释放</translation>
    </message>
    <message>
        <source>{}: {} blocks listed by !poolfind ({}); the tracker table&apos;s figures for the tag are not in this source</source>
        <translation>{}：!poolfind 列出 {} 个块（{}）；此来源中没有该标记的跟踪表数据</translation>
    </message>
    <message>
        <source>bytes listed</source>
        <translation>列出的字节</translation>
    </message>
    <message>
        <source>blocks listed</source>
        <translation>列出的块</translation>
    </message>
    <message>
        <source>pool not named</source>
        <translation>未指明池</translation>
    </message>
    <message>
        <source>{} ({}) 1 block, {}</source>
        <translation>{}（{}）1 个块，{}</translation>
    </message>
    <message>
        <source>{} ({}) {} blocks, {}</source>
        <translation>{}（{}）{} 个块，{}</translation>
    </message>
    <message>
        <source> and {} more tags</source>
        <translation> 及另外 {} 个标记</translation>
    </message>
    <message>
        <source>{} of {} ({})</source>
        <translation>{}，共 {}（{}）</translation>
    </message>
    <message>
        <source>{}, no fixed maximum</source>
        <translation>{}，无固定最大值</translation>
    </message>
    <message>
        <source>nonpaged pool in use: {}</source>
        <translation>非分页池使用量：{}</translation>
    </message>
    <message>
        <source>paged pool in use: {}</source>
        <translation>分页池使用量：{}</translation>
    </message>
    <message>
        <source>blocks listed by !poolfind: {}; a count of what was listed, not the tracker&apos;s figures (!poolused gives them)</source>
        <translation>!poolfind 列出的块：{}；这是所列内容的计数，不是跟踪表的数据（!poolused 给出后者）</translation>
    </message>
    <message>
        <source>handles: {}</source>
        <translation>句柄：{}</translation>
    </message>
    <message>
        <source>this source holds no pool figures, no completion port and no handle to weigh against what would stand out</source>
        <translation>此来源没有池数据、没有完成端口、也没有句柄，无从衡量什么值得注意</translation>
    </message>
    <message>
        <source>!vm counts {} {} that have failed since boot: the system refused that many requests; !vm again later shows whether the count still grows.</source>
        <translation>!vm 统计到自启动以来有 {} 次 {} 失败：系统拒绝了这么多请求；稍后再运行 !vm 可看出该计数是否仍在增长。</translation>
    </message>
    <message>
        <source>{} handles are listed under {}: a filter (!mex.grep) left out their PROCESS lines, so which processes hold them is not in this source; the same !handle without the filter names them.</source>
        <translation>{} 个句柄列在 {} 之下：筛选（!mex.grep）去掉了它们的 PROCESS 行，因此此来源中没有持有它们的进程；不加筛选的同一 !handle 会指明这些进程。</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <source>{}{}/s</source>
        <translation>{}{}/秒</translation>
    </message>
    <message>
        <source>{}{} per snapshot</source>
        <translation>每个快照 {}{}</translation>
    </message>
    <message>
        <source>{:.0f} more snapshots</source>
        <translation>再过 {:.0f} 个快照</translation>
    </message>
    <message>
        <source>{:.0f} s</source>
        <translation>{:.0f} 秒</translation>
    </message>
    <message>
        <source>{:.0f} min</source>
        <translation>{:.0f} 分钟</translation>
    </message>
    <message>
        <source>{:.1f} h</source>
        <translation>{:.1f} 小时</translation>
    </message>
    <message>
        <source>{:.1f} days</source>
        <translation>{:.1f} 天</translation>
    </message>
    <message>
        <source>{} -&gt; {} over {} snapshots</source>
        <translation>{} -&gt; {}，共 {} 个快照</translation>
    </message>
    <message>
        <source>seen in {} snapshots: too few for a trend</source>
        <translation>出现在 {} 个快照中：太少，看不出趋势</translation>
    </message>
    <message>
        <source>grew to {} then fell back to {}: freed, not leaked</source>
        <translation>增长到 {} 后回落到 {}：已释放，并非泄漏</translation>
    </message>
    <message>
        <source>no steady growth: {}</source>
        <translation>没有持续增长：{}</translation>
    </message>
    <message>
        <source>up and down ({:.0f}% of steps grew), {}: noise more than a leak</source>
        <translation>时涨时落（{:.0f}% 的步增长），{}：更像噪声而非泄漏</translation>
    </message>
    <message>
        <source>drifts up by {:.1f}% ({:.0f}% of steps grew), {}: too little to call a leak</source>
        <translation>缓慢上升 {:.1f}%（{:.0f}% 的步增长），{}：幅度太小，不能算泄漏</translation>
    </message>
    <message>
        <source>grows {} in {:.0f}% of steps, {}</source>
        <translation>增长 {}，{:.0f}% 的步增长，{}</translation>
    </message>
    <message>
        <source>; nonpaged pool full in {} at this rate</source>
        <translation>；按此速率，非分页池将在 {} 后耗尽</translation>
    </message>
    <message>
        <source>; paged pool full in {} at this rate</source>
        <translation>；按此速率，分页池将在 {} 后耗尽</translation>
    </message>
</context>
<context>
    <name>Handles</name>
    <message>
        <source>no handles in this source</source>
        <translation>此来源中没有句柄</translation>
    </message>
    <message>
        <source>{} handles counted by type, none listed one by one</source>
        <translation>按类型统计 {} 个句柄，未逐个列出</translation>
    </message>
    <message>
        <source>{} handles counted per process, none listed one by one</source>
        <translation>按进程统计 {} 个句柄，未逐个列出</translation>
    </message>
    <message>
        <source>{} handles counted by type or per process, none listed one by one</source>
        <translation>按类型或进程统计 {} 个句柄，未逐个列出</translation>
    </message>
    <message>
        <source>1 handle listed</source>
        <translation>列出 1 个句柄</translation>
    </message>
    <message>
        <source>{} handles listed</source>
        <translation>列出 {} 个句柄</translation>
    </message>
    <message>
        <source>, all under {}</source>
        <translation>，全部在 {} 之下</translation>
    </message>
    <message>
        <source>, {} of them under {}</source>
        <translation>，其中 {} 个在 {} 之下</translation>
    </message>
    <message>
        <source>; {} more counted for processes whose handles are not listed</source>
        <translation>；另有 {} 个计在句柄未列出的进程名下</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>(not in this source)</source>
        <translation>（不在此数据源中）</translation>
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
        <source>(null)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source> (the head: {})</source>
        <translation>（链表头：{}）</translation>
    </message>
    <message>
        <source> (not in this source)</source>
        <translation>（不在此数据源中）</translation>
    </message>
    <message>
        <source>{} line {}</source>
        <translation>{} 第 {} 行</translation>
    </message>
    <message>
        <source>{} at {:#x}</source>
        <translation>{} 中 {:#x} 处</translation>
    </message>
    <message>
        <source>_KQUEUE {} (IoCompletion port)</source>
        <translation>_KQUEUE {}（IoCompletion 端口）</translation>
    </message>
    <message>
        <source>Header.SignalState (queued entries)</source>
        <translation>Header.SignalState（已排队条目）</translation>
    </message>
    <message>
        <source>CurrentCount (active threads)</source>
        <translation>CurrentCount（活动线程）</translation>
    </message>
    <message>
        <source>MaximumCount (concurrency)</source>
        <translation>MaximumCount（并发数）</translation>
    </message>
    <message>
        <source>Waiting threads (ThreadListHead)</source>
        <translation>等待的线程（ThreadListHead）</translation>
    </message>
    <message>
        <source>IRPs seen queued on it</source>
        <translation>看到在其上排队的 IRP</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>(none known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>, handle {:#x}</source>
        <translation>，句柄 {:#x}</translation>
    </message>
    <message>
        <source>Completed (CurrentLocation &gt; StackCount)</source>
        <translation>已完成（CurrentLocation &gt; StackCount）</translation>
    </message>
    <message>
        <source>Thread state (!thread)</source>
        <translation>线程状态（!thread）</translation>
    </message>
    <message>
        <source>Current stack location&apos;s driver</source>
        <translation>当前栈位置的驱动程序</translation>
    </message>
    <message>
        <source>Process (via Tail.Overlay.Thread)</source>
        <translation>进程（经由 Tail.Overlay.Thread）</translation>
    </message>
    <message>
        <source>Completion port (via the file&apos;s CompletionContext)</source>
        <translation>完成端口（经由文件的 CompletionContext）</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Handles by object type</source>
        <translation>按对象类型统计的句柄</translation>
    </message>
    <message>
        <source>Handles listed by !handle</source>
        <translation>!handle 列出的句柄</translation>
    </message>
    <message>
        <source>{} more</source>
        <translation>另有 {} 个</translation>
    </message>
    <message>
        <source>Owning process</source>
        <translation>所属进程</translation>
    </message>
    <message>
        <source>Object {} (type unknown)</source>
        <translation>对象 {}（类型未知）</translation>
    </message>
    <message>
        <source>Object {} ({})</source>
        <translation>对象 {}（{}）</translation>
    </message>
    <message>
        <source>Handle {:#x} of {}</source>
        <translation>{1} 的句柄 {0:#x}</translation>
    </message>
    <message>
        <source>Pool tag &apos;{}&apos; ({})</source>
        <translation>池标记 &apos;{}&apos;（{}）</translation>
    </message>
    <message>
        <source>Outstanding allocations</source>
        <translation>未释放的分配</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
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
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What carries this tag</source>
        <translation>带有此标记的内容</translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>Objects of type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>in this source</source>
        <translation>此数据源中</translation>
    </message>
    <message>
        <source>counted by the type</source>
        <translation>该类型的计数</translation>
    </message>
    <message>
        <source>Big pool blocks</source>
        <translation>大池块</translation>
    </message>
    <message>
        <source>Pool blocks (!poolfind, !pool)</source>
        <translation>池块（!poolfind、!pool）</translation>
    </message>
    <message>
        <source>block {}</source>
        <translation>池块 {}</translation>
    </message>
    <message>
        <source>{} bytes{}{}</source>
        <translation>{} 字节{}{}</translation>
    </message>
    <message>
        <source>, free</source>
        <translation>，已释放</translation>
    </message>
    <message>
        <source>, protected</source>
        <translation>，受保护</translation>
    </message>
    <message>
        <source>Driver images holding it</source>
        <translation>包含它的驱动程序映像</translation>
    </message>
    <message>
        <source>none of the {} loaded modules</source>
        <translation>{} 个已加载模块中没有</translation>
    </message>
    <message>
        <source>{} occurrence at {}</source>
        <translation>{} 处，位于 {}</translation>
    </message>
    <message>
        <source>{} occurrences at {}</source>
        <translation>{} 处，位于 {}</translation>
    </message>
    <message>
        <source>(none in this source)</source>
        <translation>（此数据源中没有）</translation>
    </message>
    <message>
        <source>{} is not in this snapshot</source>
        <translation>{} 不在此快照中</translation>
    </message>
    <message>
        <source>the port&apos;s queue: entries, concurrency, waiting threads</source>
        <translation>端口的队列：条目、并发数、等待的线程</translation>
    </message>
    <message>
        <source>the object: type, handle and pointer counts</source>
        <translation>对象：类型、句柄计数和指针计数</translation>
    </message>
    <message>
        <source>every IRP queued on it</source>
        <translation>在其上排队的每个 IRP</translation>
    </message>
    <message>
        <source>the processes holding a handle to it (and the largest queue)</source>
        <translation>持有其句柄的进程（以及最大的队列）</translation>
    </message>
    <message>
        <source>the IRP and its stack locations</source>
        <translation>IRP 及其栈位置</translation>
    </message>
    <message>
        <source>its fields, Tail.Overlay included</source>
        <translation>其字段，包括 Tail.Overlay</translation>
    </message>
    <message>
        <source>the file object: name, device, completion context</source>
        <translation>文件对象：名称、设备、完成上下文</translation>
    </message>
    <message>
        <source>the port and key it completes to</source>
        <translation>它完成到的端口和键</translation>
    </message>
    <message>
        <source>the process and its threads</source>
        <translation>进程及其线程</translation>
    </message>
    <message>
        <source>its handles with their objects</source>
        <translation>其句柄及句柄指向的对象</translation>
    </message>
    <message>
        <source>the thread: state, owner, stack</source>
        <translation>线程：状态、所属进程、栈</translation>
    </message>
    <message>
        <source>why it is still alive: handle and pointer counts</source>
        <translation>它为何仍然存活：句柄计数和指针计数</translation>
    </message>
    <message>
        <source>the object: type, counts, name</source>
        <translation>对象：类型、计数、名称</translation>
    </message>
    <message>
        <source>the handle and its object</source>
        <translation>句柄及其对象</translation>
    </message>
    <message>
        <source>the tag in !poolused, sorted by its pool</source>
        <translation>!poolused 中的该标记，按其所在池排序</translation>
    </message>
    <message>
        <source>every block with the tag</source>
        <translation>带有该标记的每个池块</translation>
    </message>
    <message>
        <source>every IRP</source>
        <translation>每个 IRP</translation>
    </message>
    <message>
        <source>the driver images that hold the tag</source>
        <translation>包含该标记的驱动程序映像</translation>
    </message>
    <message>
        <source>completion packet</source>
        <translation>完成数据包</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Completion packet {} (nt!_IOP_MINI_COMPLETION_PACKET)</source>
        <translation>完成数据包 {}（nt!_IOP_MINI_COMPLETION_PACKET）</translation>
    </message>
    <message>
        <source>{} {} (not in this source)</source>
        <translation>{} {}（不在此数据源中）</translation>
    </message>
    <message>
        <source>Entry {} of {} (its address is not shown)</source>
        <translation>{1} 的第 {0} 个条目（未显示其地址）</translation>
    </message>
    <message>
        <source>Entry (_LIST_ENTRY)</source>
        <translation>条目（_LIST_ENTRY）</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>（未显示）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>completion packet (PostQueuedCompletionStatus)</source>
        <translation>完成数据包（PostQueuedCompletionStatus）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the packet: its key, context and status</source>
        <translation>数据包：其键、上下文和状态</translation>
    </message>
    <message>
        <source>the IRP, if it is one</source>
        <translation>IRP（如果它是 IRP）</translation>
    </message>
    <message>
        <source>its Tail.Overlay: thread, list links, file</source>
        <translation>其 Tail.Overlay：线程、链表链接、文件</translation>
    </message>
    <message>
        <source>the entry&apos;s links</source>
        <translation>条目的链接</translation>
    </message>
    <message>
        <source>{} at {}</source>
        <translation>{} 位于 {}</translation>
    </message>
    <message>
        <source>Head (_LIST_ENTRY)</source>
        <translation>链表头（_LIST_ENTRY）</translation>
    </message>
    <message>
        <source>Allocated blocks</source>
        <translation>已分配块</translation>
    </message>
    <message>
        <source>{} ({})</source>
        <translation>{}（{}）</translation>
    </message>
    <message>
        <source>Blocks found by a header scan</source>
        <translation>头扫描找到的块</translation>
    </message>
    <message>
        <source>{} ({}), allocated or free not known</source>
        <translation>{}（{}），是否已分配未知</translation>
    </message>
    <message>
        <source>Free blocks still carrying the tag</source>
        <translation>仍带此标记的空闲块</translation>
    </message>
    <message>
        <source>{} ({}), not counted</source>
        <translation>{}（{}），不计入</translation>
    </message>
    <message>
        <source>Big pool allocations</source>
        <translation>大池分配</translation>
    </message>
    <message>
        <source>{}, {} of them without their pages in the dump</source>
        <translation>{}，其中 {} 个的页面不在转储中</translation>
    </message>
    <message>
        <source>Common block sizes</source>
        <translation>常见块大小</translation>
    </message>
    <message>
        <source>What the blocks hold</source>
        <translation>块中内容</translation>
    </message>
    <message>
        <source>How the pool was read</source>
        <translation>池的读取方式</translation>
    </message>
    <message>
        <source>In the pool</source>
        <translation>池中</translation>
    </message>
    <message>
        <source>Pool block {} ({})</source>
        <translation>池块 {}（{}）</translation>
    </message>
    <message>
        <source>The blocks of &apos;{}&apos; ({})</source>
        <translation>标记 &apos;{}&apos; 的块（{}）</translation>
    </message>
    <message>
        <source>the block and its neighbours</source>
        <translation>该块及其相邻块</translation>
    </message>
</context>
<context>
    <name>IrpGroups</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
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
        <source>(on no port)</source>
        <translation>（不在任何端口上）</translation>
    </message>
    <message>
        <source>(completed: in no driver)</source>
        <translation>（已完成：不在任何驱动程序中）</translation>
    </message>
</context>
<context>
    <name>LeakQueries</name>
    <message>
        <source>(unknown type)</source>
        <translation>（未知类型）</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>{} more diagnostics of the same kinds were counted but not listed</source>
        <translation>另有 {} 条同类诊断已计数但未列出</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>; {} lines of other text</source>
        <translation>；{} 行其他文本</translation>
    </message>
    <message>
        <source>poolmon row cut short: expected {}</source>
        <translation>poolmon 行被截断：应为 {}</translation>
    </message>
    <message>
        <source>poolmon row not understood: expected {}: {}</source>
        <translation>无法理解的 poolmon 行：应为 {}：{}</translation>
    </message>
    <message>
        <source>rows were left out here (&apos;...&apos;): this screen is incomplete</source>
        <translation>此处省略了若干行（&apos;...&apos;）：这一屏不完整</translation>
    </message>
    <message>
        <source>not poolmon output: expected a row &apos;Tag Type Allocs (delta) Frees (delta) Diff Bytes (delta) Per Alloc&apos;: {}</source>
        <translation>不是 poolmon 输出：应为 &apos;Tag Type Allocs (delta) Frees (delta) Diff Bytes (delta) Per Alloc&apos; 形式的行：{}</translation>
    </message>
    <message>
        <source>poolmon header: expected a figure after &apos;{}&apos;</source>
        <translation>poolmon 标题：&apos;{}&apos; 之后应有数字</translation>
    </message>
    <message>
        <source>screen {} has no header: its rows start at line {}</source>
        <translation>第 {} 屏没有标题：其行从第 {} 行开始</translation>
    </message>
    <message>
        <source>tag &apos;{}&apos; ({}) appears again: screen {} starts here without a header</source>
        <translation>标记 &apos;{}&apos;（{}）再次出现：第 {} 屏从这里开始，没有标题</translation>
    </message>
    <message>
        <source>{} NUL bytes removed: the file mixes UTF-16 and 8-bit text</source>
        <translation>已删除 {} 个 NUL 字节：该文件混合了 UTF-16 和 8 位文本</translation>
    </message>
    <message>
        <source>{} invalid UTF-16 sequences replaced</source>
        <translation>已替换 {} 个无效的 UTF-16 序列</translation>
    </message>
    <message>
        <source>{} lines before line {} (from line {} to {}) are not poolmon output</source>
        <translation>第 {1} 行之前的 {0} 行（第 {2} 行到第 {3} 行）不是 poolmon 输出</translation>
    </message>
    <message>
        <source>{} rows hold negative counts, as a 32-bit poolmon prints counters above 2^31: read as unsigned 32-bit counters</source>
        <translation>{} 行含有负数计数，这是 32 位 poolmon 打印超过 2^31 的计数器时的表现：已按无符号 32 位计数器读取</translation>
    </message>
    <message>
        <source>{} rows have a Diff that is not Allocs - Frees: the text may have been garbled or edited</source>
        <translation>{} 行的 Diff 不等于 Allocs - Frees：文本可能已损坏或被编辑</translation>
    </message>
    <message>
        <source>!list: {} of {} elements could not be placed (their address is not printed by &quot;{}&quot;)</source>
        <translation>!list：{1} 个元素中有 {0} 个无法定位（&quot;{2}&quot; 不打印其地址）</translation>
    </message>
    <message>
        <source>!list: more than {} elements: the rest is not read</source>
        <translation>!list：超过 {} 个元素：其余的未读取</translation>
    </message>
    <message>
        <source>!list: element {:#x} seen twice: the list is cyclic, the walk stops here</source>
        <translation>!list：元素 {:#x} 出现两次：链表有环，遍历在此停止</translation>
    </message>
    <message>
        <source>{} NUL bytes removed: the log mixes UTF-16 and 8-bit text</source>
        <translation>已删除 {} 个 NUL 字节：该日志混合了 UTF-16 和 8 位文本</translation>
    </message>
    <message>
        <source>{} lines outside any recognised command were passed over</source>
        <translation>已略过 {} 行不属于任何可识别命令的文本</translation>
    </message>
    <message>
        <source>{}: line not understood: {}</source>
        <translation>{}：无法理解的行：{}</translation>
    </message>
    <message>
        <source>no WinDbg command output recognised (expected a kd&gt; prompt or the output of !vm, !poolused, !poolfind, !irpfind, !icpleak, !handle, !process, !object, !irp, dt or !list)</source>
        <translation>未识别出任何 WinDbg 命令输出（应有 kd&gt; 提示符，或 !vm、!poolused、!poolfind、!irpfind、!icpleak、!handle、!process、!object、!irp、dt 或 !list 的输出）</translation>
    </message>
    <message>
        <source>{} screen {}</source>
        <translation>{} 第 {} 屏</translation>
    </message>
    <message>
        <source>(a process the log does not name)</source>
        <translation>（日志未指明的进程）</translation>
    </message>
    <message>
        <source>!vm: the {} lines per node add up to {} Kb, its usage line says {} Kb; the usage line is kept</source>
        <translation>!vm：每个节点的 {} 行合计 {} Kb，其使用量行为 {} Kb；保留使用量行</translation>
    </message>
    <message>
        <source>!vm prints {} as a pool maximum: that is the size of the pool&apos;s address range (Windows 8.1 and later), not a limit. The pools have no fixed maximum there: nonpaged pool is bounded by physical memory, paged pool by the commit limit.</source>
        <translation>!vm 将 {} 打印为池的最大值：那是池地址范围的大小（Windows 8.1 及更高版本），不是限制。这些系统上池没有固定最大值：非分页池受物理内存限制，分页池受提交限制约束。</translation>
    </message>
    <message>
        <source>{} blocks listed by !poolfind, not the tracker&apos;s count</source>
        <translation>!poolfind 列出的 {} 个块，并非跟踪表的计数</translation>
    </message>
    <message>
        <source>{} blocks listed by !poolfind ({} free left out), not the tracker&apos;s count</source>
        <translation>!poolfind 列出的 {} 个块（未计 {} 个空闲块），并非跟踪表的计数</translation>
    </message>
    <message>
        <source>{} of the handle entries without a PROCESS header are listed again with their process: counted once, under it</source>
        <translation>没有 PROCESS 标题的句柄条目中有 {} 个随其进程再次列出：只计一次，计在该进程下</translation>
    </message>
    <message>
        <source>{} handle entries came without their PROCESS header (left out by a filter such as !mex.grep): they are listed under {}, the processes holding them are unknown</source>
        <translation>{} 个句柄条目没有其 PROCESS 标题（被 !mex.grep 之类的筛选去掉）：它们列在 {} 之下，持有它们的进程未知</translation>
    </message>
    <message>
        <source> (their handle values start over once: they belong to at least 2 processes)</source>
        <translation>（其句柄值重新开始过一次：它们至少属于 2 个进程）</translation>
    </message>
    <message>
        <source> (their handle values start over {} times: they belong to at least {} processes)</source>
        <translation>（其句柄值重新开始过 {} 次：它们至少属于 {} 个进程）</translation>
    </message>
</context>
<context>
    <name>Open</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is a 32-bit (x86) kernel dump; PoolScope reads x64 dumps only</source>
        <translation>这是 32 位（x86）内核转储；PoolScope 只读取 x64 转储</translation>
    </message>
    <message>
        <source>this is a user-mode minidump; pool leaks need a kernel memory dump or a debugger log</source>
        <translation>这是用户模式小型转储；分析池泄漏需要内核内存转储或调试器日志</translation>
    </message>
    <message>
        <source>not a recognised source: expected a poolmon capture (a &quot;Memory: ... Pool N:&quot; header and a &quot;Tag Type Allocs&quot; table) or a WinDbg/KD log (kd&gt; prompts, or the output of !vm, !poolused, !process, !handle, !irpfind ...)</source>
        <translation>不是可识别的数据源：应为 poolmon 采集（含 &quot;Memory: ... Pool N:&quot; 标题和 &quot;Tag Type Allocs&quot; 表格）或 WinDbg/KD 日志（kd&gt; 提示符，或 !vm、!poolused、!process、!handle、!irpfind 等的输出）</translation>
    </message>
</context>
<context>
    <name>Pool</name>
    <message>
        <source>a {} object with no handle</source>
        <translation>一个无句柄的 {} 对象</translation>
    </message>
    <message>
        <source>(unknown process)</source>
        <translation>（未知进程）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>no handle</source>
        <translation>无句柄</translation>
    </message>
    <message>
        <source>with handles</source>
        <translation>有句柄</translation>
    </message>
    <message>
        <source>{} of {} {} blocks hold no kernel object</source>
        <translation>{1} 个 {2} 块中有 {0} 个不含内核对象</translation>
    </message>
    <message>
        <source>{} of {} {} blocks hold {} threads of {}</source>
        <translation>{1} 个 {2} 块中有 {0} 个是 {4} 的 {3} 线程</translation>
    </message>
    <message>
        <source>{} of {} {} blocks hold {} processes: {}</source>
        <translation>{1} 个 {2} 块中有 {0} 个是{3}的进程：{4}</translation>
    </message>
    <message>
        <source>{} of {} {} blocks hold {} objects with no handle ({})</source>
        <translation>{1} 个 {2} 块中有 {0} 个是无句柄的 {3} 对象（{4}）</translation>
    </message>
    <message>
        <source>{} of {} {} blocks hold {} objects ({})</source>
        <translation>{1} 个 {2} 块中有 {0} 个是 {3} 对象（{4}）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>First pointer</source>
        <translation>第一个指针</translation>
    </message>
    <message>
        <source>(no object)</source>
        <translation>（无对象）</translation>
    </message>
    <message>
        <source>{} of {} {} blocks are big pool allocations whose pages the dump does not hold (paged out): what they hold cannot be read</source>
        <translation>{1} 个 {2} 块中有 {0} 个是页面不在转储中（已换出）的大池分配：无法读取其内容</translation>
    </message>
    <message>
        <source>{} {} blocks hold no kernel object; {} of them point at {}</source>
        <translation>{0} 个 {1} 块不含内核对象；其中 {2} 个指向{3}</translation>
    </message>
    <message>
        <source>pool scan: {}; {} read, {} allocated blocks, {} free blocks still carrying a tag</source>
        <translation>池扫描：{}；读取 {}，{} 个已分配块，{} 个仍带标记的空闲块</translation>
    </message>
    <message>
        <source>pool scan: {}</source>
        <translation>池扫描：{}</translation>
    </message>
    <message>
        <source>pool scan: {} pages of the pool are not in the dump; {} allocated blocks on them have no readable tag</source>
        <translation>池扫描：池中有 {} 页不在转储中；其上 {} 个已分配块的标记无法读取</translation>
    </message>
    <message>
        <source>pool scan and tracker table disagree on {}</source>
        <translation>池扫描与池跟踪表不一致：{}</translation>
    </message>
    <message>
        <source>LFH subsegment</source>
        <translation>LFH 子段</translation>
    </message>
    <message>
        <source>VS subsegment</source>
        <translation>VS 子段</translation>
    </message>
    <message>
        <source>big pool (a page or more, no POOL_HEADER)</source>
        <translation>大池（一页或以上，无 POOL_HEADER）</translation>
    </message>
    <message>
        <source>pool page</source>
        <translation>池页</translation>
    </message>
    <message>
        <source>found by a header scan</source>
        <translation>由头扫描找到</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Allocated or free (not known)</source>
        <translation>已分配或空闲（未知）</translation>
    </message>
    <message>
        <source>Scanning the pool for tag {:#010x} ({}): {}</source>
        <translation>正在池中扫描标记 {:#010x}（{}）：{}</translation>
    </message>
    <message>
        <source>{} = block {} + {:#x} (optional headers) + {:#x} (OBJECT_HEADER), block + {:#x}</source>
        <translation>{} = 块 {} + {:#x}（可选头）+ {:#x}（OBJECT_HEADER），即 块 + {:#x}</translation>
    </message>
    <message>
        <source>{} = block {} + {:#x} (POOL_HEADER) + {:#x} (optional headers) + {:#x} (OBJECT_HEADER), block + {:#x}</source>
        <translation>{} = 块 {} + {:#x}（POOL_HEADER）+ {:#x}（可选头）+ {:#x}（OBJECT_HEADER），即 块 + {:#x}</translation>
    </message>
    <message>
        <source>Pool block {} ({}, {})</source>
        <translation>池块 {}（{}，{}）</translation>
    </message>
    <message>
        <source>the dump at {} ({})</source>
        <translation>转储中的 {}（{}）</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>所在位置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>the POOL_HEADER starts the page after the VS chunk header (a block never crosses a page)</source>
        <translation>POOL_HEADER 位于 VS 块头之后的下一页开头（块从不跨页）</translation>
    </message>
    <message>
        <source>the allocation&apos;s pages are not in the dump</source>
        <translation>该分配的页面不在转储中</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>{} ({})</source>
        <translation>{}（{}）</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>对象体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owning process</source>
        <translation>所属进程</translation>
    </message>
    <message>
        <source>none (no object header fits the block)</source>
        <translation>无（没有对象头与该块相符）</translation>
    </message>
    <message>
        <source>not decoded (the object types are not known)</source>
        <translation>未解码（对象类型未知）</translation>
    </message>
    <message>
        <source>{} at data + {:#x}</source>
        <translation>{}，位于数据 + {:#x}</translation>
    </message>
    <message>
        <source>Pool page</source>
        <translation>池页</translation>
    </message>
    <message>
        <source>the block and its neighbours</source>
        <translation>该块及其相邻块</translation>
    </message>
    <message>
        <source>every block of the tag</source>
        <translation>该标记的每个块</translation>
    </message>
    <message>
        <source>the POOL_HEADER</source>
        <translation>POOL_HEADER</translation>
    </message>
    <message>
        <source>the object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>the thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>the process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>the file object</source>
        <translation>文件对象</translation>
    </message>
    <message>
        <source>the block&apos;s bytes</source>
        <translation>块的字节</translation>
    </message>
    <message>
        <source>LFH subsegment {:#x}: its header is not in the dump, so its {} KB of blocks are not read</source>
        <translation>LFH 子段 {:#x}：其头不在转储中，因此未读取其 {} KB 的块</translation>
    </message>
    <message>
        <source>LFH subsegment {:#x}: its block offsets decode to blocks of {:#x} bytes from {:#x}, {} of them, which do not fit its {:#x} bytes (a wrong LfhKey or a damaged header): its blocks are not read</source>
        <translation>LFH 子段 {0:#x}：其块偏移解码为从 {2:#x} 起、每块 {1:#x} 字节的 {3} 个块，与其 {4:#x} 字节不符（LfhKey 错误或头已损坏）：未读取其块</translation>
    </message>
    <message>
        <source>LFH subsegment {:#x}: its block bitmap is not in the dump, so its {} blocks are not read</source>
        <translation>LFH 子段 {:#x}：其块位图不在转储中，因此未读取其 {} 个块</translation>
    </message>
    <message>
        <source>LFH subsegment {:#x}: {} allocated blocks lie on pages the dump does not hold; their tags are not known</source>
        <translation>LFH 子段 {:#x}：{} 个已分配块位于转储中没有的页面上；其标记未知</translation>
    </message>
    <message>
        <source>VS subsegment {:#x}: its header is not in the dump, so its {} KB of chunks are not read</source>
        <translation>VS 子段 {:#x}：其头不在转储中，因此未读取其 {} KB 的块</translation>
    </message>
    <message>
        <source>VS subsegment {:#x}: its signature {:#x} does not match its size {:#x} (^ 0x2bed): not read as a subsegment</source>
        <translation>VS 子段 {:#x}：其签名 {:#x} 与其大小 {:#x}（^ 0x2bed）不符：不作为子段读取</translation>
    </message>
    <message>
        <source>VS subsegment {:#x}: the page of the chunk at {:#x} is not in the dump; {} bytes up to {:#x} are not read</source>
        <translation>VS 子段 {0:#x}：{1:#x} 处块所在的页不在转储中；直到 {3:#x} 的 {2} 字节未读取</translation>
    </message>
    <message>
        <source>VS subsegment {:#x}: the chunk header at {:#x} does not decode to a chunk of this subsegment; {} bytes up to {:#x} are not read</source>
        <translation>VS 子段 {0:#x}：{1:#x} 处的块头无法解码为此子段的块；直到 {3:#x} 的 {2} 字节未读取</translation>
    </message>
    <message>
        <source>VS chunk {:#x} is allocated but the page of its POOL_HEADER ({:#x}) is not in the dump; its tag is not known</source>
        <translation>VS 块 {:#x} 已分配，但其 POOL_HEADER（{:#x}）所在的页不在转储中；其标记未知</translation>
    </message>
    <message>
        <source>VS chunk {:#x} is allocated, but the POOL_HEADER at {:#x} claims {:#x} bytes of the chunk&apos;s {:#x}: counted with the tag it shows</source>
        <translation>VS 块 {0:#x} 已分配，但 {1:#x} 处的 POOL_HEADER 声称占用该块 {3:#x} 字节中的 {2:#x} 字节：按其显示的标记计入</translation>
    </message>
    <message>
        <source>{} more problems of the pool scan are not listed</source>
        <translation>另有 {} 个池扫描问题未列出</translation>
    </message>
    <message>
        <source>{:#x} is in no pool subsegment, pool page or big pool allocation this dump&apos;s pool scan reads</source>
        <translation>{:#x} 不在此转储的池扫描读取的任何池子段、池页或大池分配中</translation>
    </message>
    <message>
        <source>{:#x} lies in the pool, between blocks (a chunk header, a subsegment&apos;s header or unused bytes)</source>
        <translation>{:#x} 位于池中的块之间（块头、子段头或未使用的字节）</translation>
    </message>
    <message>
        <source>{} ({}): {} found in the pool, not in the tracker table</source>
        <translation>{}（{}）：池中找到 {} 个，池跟踪表中没有</translation>
    </message>
    <message>
        <source>{} ({}): none outstanding in the tracker table, {} found in the pool</source>
        <translation>{}（{}）：池跟踪表中没有未释放的，池中找到 {} 个</translation>
    </message>
    <message>
        <source>{} ({}): {} outstanding, {} found in the pool, {}</source>
        <translation>{}（{}）：{} 个未释放，池中找到 {} 个，{}</translation>
    </message>
    <message>
        <source>read from its segment heaps ({} LFH and {} VS subsegments, {} big allocations)</source>
        <translation>从其段堆读取（{} 个 LFH 子段和 {} 个 VS 子段，{} 个大分配）</translation>
    </message>
    <message>
        <source>read from its pool pages ({} pages, {} big allocations)</source>
        <translation>从其池页读取（{} 页，{} 个大分配）</translation>
    </message>
    <message>
        <source>found by a header scan only (the heaps could not be read: allocated and free blocks are not told apart)</source>
        <translation>仅由头扫描找到（无法读取堆：无法区分已分配块与空闲块）</translation>
    </message>
    <message>
        <source>the dump has no tracker table to hold them against</source>
        <translation>转储中没有可供对照的池跟踪表</translation>
    </message>
    <message>
        <source>all {} tags agree with the tracker table</source>
        <translation>全部 {} 个标记与池跟踪表一致</translation>
    </message>
    <message>
        <source>{} of {} tags disagree with the tracker table: {}</source>
        <translation>{1} 个标记中有 {0} 个与池跟踪表不一致：{2}</translation>
    </message>
    <message>
        <source>{} allocations in {}, {}; {}</source>
        <translation>{1} 中有 {0} 个分配，{2}；{3}</translation>
    </message>
    <message>
        <source>a {} object</source>
        <translation>一个 {} 对象</translation>
    </message>
    <message>
        <source>a kernel address (not looked up: more than {} pointers)</source>
        <translation>一个内核地址（未查找：指针超过 {} 个）</translation>
    </message>
    <message>
        <source>a {} pool block</source>
        <translation>一个 {} 池块</translation>
    </message>
    <message>
        <source>a kernel address outside the loaded images and the pool</source>
        <translation>已加载映像和池之外的一个内核地址</translation>
    </message>
    <message>
        <source>the pool&apos;s segment heaps were not found (no ExPoolState from symbols, and no pointer to a segment heap in the kernel&apos;s data): the pool is read by a header scan, which cannot tell allocated blocks from free ones</source>
        <translation>未找到池的段堆（符号中没有 ExPoolState，内核数据中也没有指向段堆的指针）：池由头扫描读取，无法区分已分配块与空闲块</translation>
    </message>
    <message>
        <source>ExPoolState at {:#x} ({}) does not hold a pool count of 1 to 64 (it reads {})</source>
        <translation>{1} 给出的 ExPoolState {0:#x} 中的池数量不在 1 到 64 之间（读得 {2}）</translation>
    </message>
    <message>
        <source>ExPoolState at {:#x} ({}) names no readable segment heap in its {} pool nodes</source>
        <translation>{1} 给出的 ExPoolState {0:#x} 的 {2} 个池节点中没有可读的段堆</translation>
    </message>
    <message>
        <source>{} of the heaps ExPoolState at {:#x} names are not readable segment heaps (signature 0xddeeddee): their blocks are not scanned</source>
        <translation>ExPoolState {1:#x} 列出的堆中有 {0} 个不是可读的段堆（签名 0xddeeddee）：其块未扫描</translation>
    </message>
    <message>
        <source>ExPoolState {:#x} from {}: {} pool nodes, {} heaps</source>
        <translation>ExPoolState {0:#x} 来自{1}：{2} 个池节点，{3} 个堆</translation>
    </message>
    <message>
        <source>the heap keys at {:#x} (from {}) are not in the dump; solving them from the heaps&apos; own records instead</source>
        <translation>{0:#x} 处的堆密钥（来自{1}）不在转储中；改从堆自身的记录中求解</translation>
    </message>
    <message>
        <source>HeapKey and LfhKey from RtlpHpHeapGlobals at {:#x} (from {})</source>
        <translation>HeapKey 和 LfhKey 取自 RtlpHpHeapGlobals {0:#x}（来自{1}）</translation>
    </message>
    <message>
        <source>the kernel&apos;s PDB</source>
        <translation>内核的 PDB</translation>
    </message>
    <message>
        <source>the symbols</source>
        <translation>符号文件</translation>
    </message>
    <message>
        <source>the built-in table (this kernel)</source>
        <translation>内置表（此内核）</translation>
    </message>
    <message>
        <source>the kernel&apos;s data (checked: a heap manager pointer, a pool count, segment heaps)</source>
        <translation>内核数据（已检查：堆管理器指针、池数量、段堆）</translation>
    </message>
    <message>
        <source>{} segment heaps found in the kernel&apos;s data at {:#x} (signature 0xddeeddee; taken as NonPaged, NonPagedNx and Paged by their order)</source>
        <translation>在内核数据 {1:#x} 处找到 {0} 个段堆（签名 0xddeeddee；按顺序视为 NonPaged、NonPagedNx 和 Paged）</translation>
    </message>
    <message>
        <source>HeapKey solved from the signatures of {} page segments (each decodes to its heap&apos;s segment context with the same key)</source>
        <translation>HeapKey 由 {} 个页段的签名求得（每个都用同一密钥解码为其堆的段上下文）</translation>
    </message>
    <message>
        <source>HeapKey could not be solved from the heaps&apos; page segments ({} different answers): VS chunk headers cannot be decoded</source>
        <translation>无法从堆的页段求得 HeapKey（{} 个不同的结果）：无法解码 VS 块头</translation>
    </message>
    <message>
        <source>LfhKey beside HeapKey in the kernel&apos;s data (RtlpHpHeapGlobals at {:#x}); checked on each LFH subsegment as it is read</source>
        <translation>LfhKey 位于内核数据中 HeapKey 旁边（RtlpHpHeapGlobals {:#x}）；读取每个 LFH 子段时都会检查</translation>
    </message>
    <message>
        <source>LfhKey was not found beside HeapKey in the kernel&apos;s data: LFH subsegments cannot be decoded</source>
        <translation>在内核数据中 HeapKey 旁未找到 LfhKey：无法解码 LFH 子段</translation>
    </message>
    <message>
        <source>{} page table pages are not in the dump: the kernel memory they map is not scanned</source>
        <translation>有 {} 个页表页不在转储中：它们映射的内核内存未扫描</translation>
    </message>
    <message>
        <source>classic pool pages (build {} has no segment heap): {} mapped kernel pages outside the loaded images read as pool pages where their POOL_HEADERs tile the page</source>
        <translation>经典池页（版本 {} 没有段堆）：已加载映像之外的 {} 个已映射内核页，凡 POOL_HEADER 铺满整页者按池页读取</translation>
    </message>
    <message>
        <source>header scan: {}; {} mapped kernel pages searched for POOL_HEADERs, whose blocks are counted as undetermined (allocated or free cannot be told without the heap)</source>
        <translation>头扫描：{}；在 {} 个已映射内核页中搜索 POOL_HEADER，其块计为未确定（没有堆就无法区分已分配与空闲）</translation>
    </message>
    <message>
        <source>the heaps were not found</source>
        <translation>未找到堆</translation>
    </message>
    <message>
        <source>LFH subsegments are not read: their block offsets are encoded with LfhKey, which was not found</source>
        <translation>未读取 LFH 子段：其块偏移用 LfhKey 编码，而 LfhKey 未找到</translation>
    </message>
    <message>
        <source>segment context {} of heap {:#x} is not in the dump: its segments are not scanned</source>
        <translation>堆 {1:#x} 的段上下文 {0} 不在转储中：其段未扫描</translation>
    </message>
    <message>
        <source>segment context {} of heap {:#x}: a segment mask of {:#x} and a unit shift of {} do not describe 256 units: its segments are not scanned</source>
        <translation>堆 {1:#x} 的段上下文 {0}：段掩码 {2:#x} 和单位移位 {3} 不对应 256 个单位：其段未扫描</translation>
    </message>
    <message>
        <source>the segment list of heap {:#x} (context {}) leads to {:#x}, which is no segment ({:#x}-aligned): the walk stops after {} segments</source>
        <translation>堆 {0:#x}（上下文 {1}）的段链表指向 {2:#x}，它不是段（应按 {3:#x} 对齐）：遍历在 {4} 个段后停止</translation>
    </message>
    <message>
        <source>the segment list of heap {:#x} (context {}) comes back to segment {:#x} without reaching its head: a cycle, the walk stops after {} segments</source>
        <translation>堆 {0:#x}（上下文 {1}）的段链表未回到表头就回到了段 {2:#x}：有环，遍历在 {3} 个段后停止</translation>
    </message>
    <message>
        <source>the segment list of heap {:#x} (context {}) has more than {} segments: the walk stops there</source>
        <translation>堆 {:#x}（上下文 {}）的段链表超过 {} 个段：遍历在此停止</translation>
    </message>
    <message>
        <source>the link of page segment {:#x} (heap {:#x}) is not in the dump: the segments after it are not scanned</source>
        <translation>页段 {:#x}（堆 {:#x}）的链接不在转储中：其后的段未扫描</translation>
    </message>
    <message>
        <source>page segment {:#x}: its header is not in the dump, so its subsegments are not scanned</source>
        <translation>页段 {:#x}：其头不在转储中，因此其子段未扫描</translation>
    </message>
    <message>
        <source>page segment {:#x}: its signature decodes to {:#x}, not to its heap&apos;s segment context {:#x}: not read as the heap&apos;s</source>
        <translation>页段 {:#x}：其签名解码为 {:#x}，而不是其堆的段上下文 {:#x}：不作为该堆的段读取</translation>
    </message>
    <message>
        <source>page segment {:#x}: its range descriptors are not in the dump, so its subsegments are not scanned</source>
        <translation>页段 {:#x}：其范围描述符不在转储中，因此其子段未扫描</translation>
    </message>
    <message>
        <source>page segment {:#x}: descriptor {} claims {} units, past the segment&apos;s end: the rest of the segment is not scanned</source>
        <translation>页段 {:#x}：描述符 {} 声称有 {} 个单位，超出段末尾：段的其余部分未扫描</translation>
    </message>
    <message>
        <source>ExPoolState {:#x} from {}: one pool node, {} heaps</source>
        <translation>ExPoolState {0:#x} 来自{1}：一个池节点，{2} 个堆</translation>
    </message>
    <message>
        <source>ExPoolState&apos;s heap manager</source>
        <translation>ExPoolState 的堆管理器</translation>
    </message>
    <message>
        <source>segment heap: {}; {} page segments, {} LFH and {} VS subsegments</source>
        <translation>段堆：{}；{} 个页段、{} 个 LFH 子段和 {} 个 VS 子段</translation>
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
    <message>
        <source>The group&apos;s share of the blocks listed</source>
        <translation>该组在所列块中的占比</translation>
    </message>
    <message>
        <source>The block&apos;s POOL_HEADER (a big allocation&apos;s first page), as !poolfind lists it</source>
        <translation>块的 POOL_HEADER（大分配为其首页），与 !poolfind 列出的一致</translation>
    </message>
    <message>
        <source>The block with its POOL_HEADER, in hex as !poolfind prints it</source>
        <translation>含 POOL_HEADER 的块大小，十六进制，与 !poolfind 打印的一致</translation>
    </message>
    <message>
        <source>What the heap says of the block: a free block can still carry the tag</source>
        <translation>堆对该块的说法：空闲块仍可能带有此标记</translation>
    </message>
    <message>
        <source>Where the scan found the block: an LFH or VS subsegment of a segment heap, the big pool table (paged out: its pages are not in the dump), a pool page</source>
        <translation>扫描在何处找到该块：段堆的 LFH 或 VS 子段、大池表（已换出：其页面不在转储中）、池页</translation>
    </message>
    <message>
        <source>The object&apos;s body: what !object, !thread and !process take</source>
        <translation>对象体：!object、!thread 和 !process 所取的地址</translation>
    </message>
    <message>
        <source>What the first kernel pointer in a block without an object points at</source>
        <translation>不含对象的块中第一个内核指针所指向的内容</translation>
    </message>
    <message>
        <source>Allocated blocks with the tag found in the dump&apos;s pool pages (free blocks that still carry it are not counted)</source>
        <translation>在转储的池页中找到的带此标记的已分配块（仍带此标记的空闲块不计入）</translation>
    </message>
    <message>
        <source>The blocks found in the pool as a share of the tracker&apos;s outstanding allocations: near 100% the scan accounts for the whole tag</source>
        <translation>池中找到的块占池跟踪表未释放分配的比例：接近 100% 表示扫描覆盖了整个标记</translation>
    </message>
    <message>
        <source>%1: %2 (no fixed maximum on this Windows: the pools grow until memory or commit runs out)</source>
        <translation>%1：%2（此 Windows 无固定最大值：池会一直增长，直到内存或提交耗尽）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{}: not drawn (this program was built without its chart library)</source>
        <translation>{}：未绘制（本程序构建时未包含其图表库）</translation>
    </message>
    <message>
        <source>{}: could not be drawn</source>
        <translation>{}：无法绘制</translation>
    </message>
    <message>
        <source>{} and {} more</source>
        <translation>{} 及另外 {} 个</translation>
    </message>
    <message>
        <source>PoolScope report: {}</source>
        <translation>PoolScope 报告：{}</translation>
    </message>
    <message>
        <source>en</source>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Written by {} from {}, {}.</source>
        <translation>由 {} 根据 {}（{}）写成。</translation>
    </message>
    <message>
        <source>Written by {} on {} from {}, {}.</source>
        <translation>由 {} 于 {} 根据 {}（{}）写成。</translation>
    </message>
    <message>
        <source>Demo data: generated to look like the two real leak cases, not from a real machine.</source>
        <translation>演示数据：按照两个真实泄漏案例的样子生成，并非来自真实计算机。</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>简述</translation>
    </message>
    <message>
        <source>No chain from a tag to a holder: nothing stands out, or the source cannot link it. The Findings section gives the figures.</source>
        <translation>没有从标记到持有者的链：没有突出的项，或数据源无法建立关联。“发现”一节给出了各项数据。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>One self-contained file: its style, its charts (PNG) and a small script that sorts a table when a column title is clicked are inside it; it links to nothing outside. Figures are as the source gives them; each step names the WinDbg command that shows the same thing in the debugger.</source>
        <translation>一个自包含的文件：其样式、图表（PNG）以及单击列标题时对表格排序的小脚本都在文件内；不链接任何外部内容。数据按数据源给出的原样列出；每一步都注明在调试器中显示同样内容的 WinDbg 命令。</translation>
    </message>
    <message>
        <source>Top {} tags by bytes</source>
        <translation>按字节数排列的前 {} 个标记</translation>
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
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Bars of the largest tags: {}.</source>
        <translation>最大标记的条形图：{}。</translation>
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
        <source>% of its first figure</source>
        <translation>占其第一个数值的 %</translation>
    </message>
    <message>
        <source>Growth over {} snapshots, each tag against its first figure (100%)</source>
        <translation>{} 个快照中的增长，每个标记相对于其第一个数值（100%）</translation>
    </message>
    <message>
        <source>Bytes over {} snapshots</source>
        <translation>{} 个快照中的字节数</translation>
    </message>
    <message>
        <source>{}{} ({}) from {} to {}</source>
        <translation>{}{}（{}）从 {} 到 {}</translation>
    </message>
    <message>
        <source>Lines of the tags that grow: {}.</source>
        <translation>增长的标记的折线：{}。</translation>
    </message>
    <message>
        <source>Handles of the {} processes with the most, by type</source>
        <translation>句柄最多的 {} 个进程的句柄，按类型</translation>
    </message>
    <message>
        <source>handles</source>
        <translation>句柄数</translation>
    </message>
    <message>
        <source>Stacked bars of handles per type for the processes with the most handles: {}.</source>
        <translation>句柄最多的进程按类型的句柄堆叠条形图：{}。</translation>
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
        <source>The {} deepest completion ports</source>
        <translation>队列最深的 {} 个完成端口</translation>
    </message>
    <message>
        <source>Bars of queued entries per port: {}.</source>
        <translation>每个端口已排队条目的条形图：{}。</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>grows with it</source>
        <translation>随之增长</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>reaches its holder</source>
        <translation>到达其持有者</translation>
    </message>
    <message>
        <source>stops short of a holder</source>
        <translation>未到达持有者</translation>
    </message>
    <message>
        <source>Why this tag: </source>
        <translation>为什么是这个标记：</translation>
    </message>
    <message>
        <source>Figures: {}</source>
        <translation>数据：{}</translation>
    </message>
    <message>
        <source>Coverage: {}</source>
        <translation>覆盖：{}</translation>
    </message>
    <message>
        <source> (the holder: {})</source>
        <translation>（持有者：{}）</translation>
    </message>
    <message>
        <source>The chain stops here: nothing in this source links it further.</source>
        <translation>链在此终止：此数据源中没有内容能进一步关联它。</translation>
    </message>
    <message>
        <source>Suspects, strongest evidence first</source>
        <translation>可疑项，证据最强的在前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
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
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>growing tag</source>
        <translation>增长的标记</translation>
    </message>
    <message>
        <source>{}/s</source>
        <translation>{}/秒</translation>
    </message>
    <message>
        <source>{}/snapshot</source>
        <translation>{}/快照</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Nothing to rank in this source.</source>
        <translation>此数据源中没有可排名的内容。</translation>
    </message>
    <message>
        <source>What the walks account for, against the outstanding allocations of each tag</source>
        <translation>遍历所覆盖的部分，对照每个标记的未释放分配</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未释放</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未到达</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Exited threads and processes kept alive by handles, per holding process</source>
        <translation>被句柄保持存活的已退出线程和进程，按持有进程</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Pool kept</source>
        <translation>保留的池内存</translation>
    </message>
    <message>
        <source>(not in this source)</source>
        <translation>（不在此数据源中）</translation>
    </message>
    <message>
        <source>The findings are drawn from the last snapshot ({}) and the growth over all {}; the tables further down describe {}.</source>
        <translation>这些发现取自最后一个快照（{}）以及全部 {} 中的增长；下方的表格描述的是 {}。</translation>
    </message>
    <message>
        <source>Each finding follows one tag to what holds it, the way the WinDbg walk does it by hand: every step with its figures, how much of the tag it accounts for, and the command that confirms it.</source>
        <translation>每个发现都像在 WinDbg 中手工遍历那样，从一个标记追溯到持有它的对象：每一步都给出其数据、它覆盖了该标记的多少，以及确认它的命令。</translation>
    </message>
    <message>
        <source>this source does not link it to a holder</source>
        <translation>此数据源没有将其关联到持有者</translation>
    </message>
    <message>
        <source>{}; this source does not link it to a holder</source>
        <translation>{}；此数据源没有将其关联到持有者</translation>
    </message>
    <message>
        <source>Nothing stands out in {}:</source>
        <translation>{} 中没有突出的项：</translation>
    </message>
    <message>
        <source>{} snapshots</source>
        <translation>{} 个快照</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>可疑项</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Zombies</source>
        <translation>僵尸对象</translation>
    </message>
    <message>
        <source>Pool kept: each exited thread holds one Thre block ({} bytes: {}).</source>
        <translation>保留的池内存：每个已退出的线程占用一个 Thre 池块（{} 字节：{}）。</translation>
    </message>
    <message>
        <source>Each exited process holds one Proc block ({} bytes: {}).</source>
        <translation>每个已退出的进程占用一个 Proc 池块（{} 字节：{}）。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Pool tags in {}, largest first</source>
        <translation>{} 中的池标记，最大的在前</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>池</translation>
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
        <source>Per alloc</source>
        <translation>每次分配</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>In images</source>
        <translation>所在映像</translation>
    </message>
    <message>
        <source>No pool tags in this source (!poolused or poolmon lists them).</source>
        <translation>此数据源中没有池标记（!poolused 或 poolmon 会列出它们）。</translation>
    </message>
    <message>
        <source>{} tags, {} in all. Largest: {} ({}) with {}{}.</source>
        <translation>{} 个标记，共 {}。最大：{}（{}），{}{}。</translation>
    </message>
    <message>
        <source>no byte figure</source>
        <translation>无字节数</translation>
    </message>
    <message>
        <source> in {} allocations</source>
        <translation>，共 {} 次分配</translation>
    </message>
    <message>
        <source>!poolused 2 sorts the tags by nonpaged bytes, !poolused 4 by paged bytes.</source>
        <translation>!poolused 2 按非分页字节数对标记排序，!poolused 4 按分页字节数排序。</translation>
    </message>
    <message>
        <source>Largest pool tags</source>
        <translation>最大的池标记</translation>
    </message>
    <message>
        <source>I/O completion ports by queued entries (the !icpleak answer)</source>
        <translation>按已排队条目排列的 I/O 完成端口（!icpleak 的答案）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Max concurrency</source>
        <translation>最大并发数</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>IRPs seen</source>
        <translation>看到的 IRP</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Processes holding a handle to the ports with entries queued</source>
        <translation>持有有已排队条目的端口句柄的进程</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>entries queued, no thread waiting</source>
        <translation>有已排队条目，没有线程等待</translation>
    </message>
    <message>
        <source>depth counted from IRPs seen</source>
        <translation>深度按看到的 IRP 计算</translation>
    </message>
    <message>
        <source>No completion ports in this source (!icpleak 1 or dt nt!_KQUEUE in the debugger list them).</source>
        <translation>此数据源中没有完成端口（调试器中的 !icpleak 1 或 dt nt!_KQUEUE 会列出它们）。</translation>
    </message>
    <message>
        <source>Deepest port {} holds {} queued entries{}{}.</source>
        <translation>队列最深的端口 {} 有 {} 个已排队条目{}{}。</translation>
    </message>
    <message>
        <source> and no thread waits on it</source>
        <translation>，且没有线程等待它</translation>
    </message>
    <message>
        <source>; held by {}</source>
        <translation>；由 {} 持有</translation>
    </message>
    <message>
        <source>Completion ports</source>
        <translation>完成端口</translation>
    </message>
    <message>
        <source>Handles per process and object type, largest first</source>
        <translation>每个进程按对象类型的句柄数，最大的在前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>计数来源</translation>
    </message>
    <message>
        <source>handle entries</source>
        <translation>句柄项</translation>
    </message>
    <message>
        <source>type table</source>
        <translation>类型表</translation>
    </message>
    <message>
        <source>No handles in this source (!handle 0 3 or !process 0 1 in the debugger list them).</source>
        <translation>此数据源中没有句柄（调试器中的 !handle 0 3 或 !process 0 1 会列出它们）。</translation>
    </message>
    <message>
        <source>No handle counts by type in this source: the Processes section ranks the processes by the handle counts the process list gives.</source>
        <translation>此数据源中没有按类型的句柄计数：“进程”一节按进程列表给出的句柄数对进程排名。</translation>
    </message>
    <message>
        <source>{} holds {} {} handles, {} of its {} handles; the next process holds {}.</source>
        <translation>{0} 持有 {1} 个 {2} 句柄，占其 {4} 个句柄的 {3}；其次的进程持有 {5} 个。</translation>
    </message>
    <message>
        <source>Handle counts by type</source>
        <translation>按类型的句柄计数</translation>
    </message>
    <message>
        <source>Processes by handle count</source>
        <translation>按句柄数排列的进程</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>NP pool</source>
        <translation>非分页池</translation>
    </message>
    <message>
        <source>NP peak</source>
        <translation>非分页池峰值</translation>
    </message>
    <message>
        <source>Paged pool</source>
        <translation>分页池</translation>
    </message>
    <message>
        <source>Paged peak</source>
        <translation>分页池峰值</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>{} seen</source>
        <translation>看到 {} 个</translation>
    </message>
    <message>
        <source>No processes in this source (!process 0 0 in the debugger lists them).</source>
        <translation>此数据源中没有进程（调试器中的 !process 0 0 会列出它们）。</translation>
    </message>
    <message>
        <source>{} processes; the most handles: {} with {}{}.</source>
        <translation>{} 个进程；句柄最多的是 {}，共 {} 个{}。</translation>
    </message>
    <message>
        <source> (the next has {})</source>
        <translation>（其次的有 {} 个）</translation>
    </message>
    <message>
        <source>{} exited processes are still referenced (no handle table, no running thread): the Zombies table of the findings says who holds them.</source>
        <translation>{} 个已退出的进程仍被引用（没有句柄表，没有运行中的线程）：“发现”中的“僵尸对象”表说明了由谁持有它们。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>Growth of each tag over {} snapshots, leaking tags first</source>
        <translation>{} 个快照中每个标记的增长，泄漏的标记在前</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>稳定度</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>Leak</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>{}/screen</source>
        <translation>{}/屏</translation>
    </message>
    <message>
        <source>{} tag grow steadily: the first rows.</source>
        <translation>{} 个标记持续增长：见前几行。</translation>
    </message>
    <message>
        <source>{} tags grow steadily: the first rows.</source>
        <translation>{} 个标记持续增长：见前几行。</translation>
    </message>
    <message>
        <source>No tag grows steadily over these snapshots.</source>
        <translation>在这些快照中没有标记持续增长。</translation>
    </message>
    <message>
        <source>Taken twice, some minutes apart, !poolused shows the same growth on a live system.</source>
        <translation>在运行中的系统上相隔几分钟运行两次 !poolused，可以看到同样的增长。</translation>
    </message>
    <message>
        <source>Growth over the series</source>
        <translation>整个序列中的增长</translation>
    </message>
    <message>
        <source>Before: {}. After: {}.</source>
        <translation>之前：{}。之后：{}。</translation>
    </message>
    <message>
        <source>Nonpaged pool in use: {}.</source>
        <translation>非分页池使用量：{}。</translation>
    </message>
    <message>
        <source>Paged pool in use: {}.</source>
        <translation>分页池使用量：{}。</translation>
    </message>
    <message>
        <source>Pool tags, largest growth first</source>
        <translation>池标记，增长最大的在前</translation>
    </message>
    <message>
        <source>Bytes before</source>
        <translation>之前的字节数</translation>
    </message>
    <message>
        <source>Bytes after</source>
        <translation>之后的字节数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Outstanding change</source>
        <translation>未释放数变化</translation>
    </message>
    <message>
        <source>Completion ports, queued entries</source>
        <translation>完成端口，已排队条目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Handles per process and object type</source>
        <translation>每个进程按对象类型的句柄数</translation>
    </message>
    <message>
        <source>Grew most: {} ({}) by {}.</source>
        <translation>增长最多：{}（{}），增加 {}。</translation>
    </message>
    <message>
        <source>Compared with a baseline</source>
        <translation>与基线比较</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> of {} ({})</source>
        <translation>，共 {}（{}）</translation>
    </message>
    <message>
        <source> of {}</source>
        <translation>，共 {}</translation>
    </message>
    <message>
        <source> (the pool&apos;s maximum is not in this source)</source>
        <translation>（此数据源中没有池的最大值）</translation>
    </message>
    <message>
        <source>1 snapshot</source>
        <translation>1 个快照</translation>
    </message>
    <message>
        <source>, {:.0f} s apart from the first to the last</source>
        <translation>，从第一个到最后一个相隔 {:.0f} 秒</translation>
    </message>
    <message>
        <source>; the tables describe snapshot {} ({})</source>
        <translation>；表格描述的是快照 {}（{}）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Files, oldest first</source>
        <translation>文件，最早的在前</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Type information</source>
        <translation>类型信息</translation>
    </message>
    <message>
        <source>none used: the records come from the program&apos;s printed output, not from memory read through structure layouts</source>
        <translation>未使用：记录来自程序打印的输出，而不是通过结构布局读取的内存</translation>
    </message>
    <message>
        <source>The pools</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Nonpaged pool</source>
        <translation>非分页池</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>No pool figures in this source (!vm prints them).</source>
        <translation>此数据源中没有池数据（!vm 会打印它们）。</translation>
    </message>
    <message>
        <source>What the source holds</source>
        <translation>数据源包含的内容</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Pool tags</source>
        <translation>池标记</translation>
    </message>
    <message>
        <source>Pool blocks</source>
        <translation>池块</translation>
    </message>
    <message>
        <source>IRPs</source>
        <translation>IRP</translation>
    </message>
    <message>
        <source>File objects</source>
        <translation>文件对象</translation>
    </message>
    <message>
        <source>Loaded modules</source>
        <translation>已加载模块</translation>
    </message>
    <message>
        <source>Object types</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>No records could be read from this source.</source>
        <translation>无法从此数据源读取任何记录。</translation>
    </message>
    <message>
        <source>The readers passed over nothing in this snapshot.</source>
        <translation>读取器没有略过此快照中的任何内容。</translation>
    </message>
    <message>
        <source>{} warning</source>
        <translation>{} 个警告</translation>
    </message>
    <message>
        <source>{} warnings</source>
        <translation>{} 个警告</translation>
    </message>
    <message>
        <source>{} line of command output skipped</source>
        <translation>跳过了 {} 行命令输出</translation>
    </message>
    <message>
        <source>{} lines of command output skipped</source>
        <translation>跳过了 {} 行命令输出</translation>
    </message>
    <message>
        <source>{} command not parsed</source>
        <translation>{} 个命令未解析</translation>
    </message>
    <message>
        <source>{} commands not parsed</source>
        <translation>{} 个命令未解析</translation>
    </message>
    <message>
        <source>The readers passed over part of this source: {}, {}, {}. </source>
        <translation>读取器略过了此数据源的一部分：{}，{}，{}。</translation>
    </message>
    <message>
        <source>What was skipped</source>
        <translation>略过的内容</translation>
    </message>
    <message>
        <source> lists them with their line or offset.</source>
        <translation>列出了它们及其行号或偏移量。</translation>
    </message>
    <message>
        <source>What was opened</source>
        <translation>打开的内容</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Lines of command output skipped</source>
        <translation>跳过的命令输出行数</translation>
    </message>
    <message>
        <source>Commands not parsed</source>
        <translation>未解析的命令</translation>
    </message>
    <message>
        <source>Text outside any command, not recognised</source>
        <translation>不属于任何命令、未识别的文本</translation>
    </message>
    <message>
        <source>What the readers could not take as it was</source>
        <translation>读取器无法按原样接受的内容</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>{} at {}</source>
        <translation>{}，位于 {}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No warnings: every structure and every line was read as expected.</source>
        <translation>没有警告：每个结构和每一行都按预期读取。</translation>
    </message>
    <message>
        <source>Commands PoolScope does not read (their output is passed over whole)</source>
        <translation>PoolScope 不读取的命令（其输出被整体略过）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Lines of output</source>
        <translation>输出行数</translation>
    </message>
    <message>
        <source>{} more row not shown (the table keeps the first {}).</source>
        <translation>另有 {} 行未显示（表格只保留前 {} 行）。</translation>
    </message>
    <message>
        <source>{} more rows not shown (the table keeps the first {}).</source>
        <translation>另有 {} 行未显示（表格只保留前 {} 行）。</translation>
    </message>
    <message>
        <source> All of them: </source>
        <translation>全部行：</translation>
    </message>
    <message>
        <source>Confirm in WinDbg: </source>
        <translation>在 WinDbg 中确认：</translation>
    </message>
    <message>
        <source> (no fixed maximum on this Windows: nonpaged pool is bounded by physical memory)</source>
        <translation>（此 Windows 无固定最大值：非分页池受物理内存限制）</translation>
    </message>
    <message>
        <source> (no fixed maximum on this Windows: paged pool is bounded by the commit limit)</source>
        <translation>（此 Windows 无固定最大值：分页池受提交限制约束）</translation>
    </message>
    <message>
        <source> (the commit limit is not in this source)</source>
        <translation>（此来源中没有提交限制）</translation>
    </message>
    <message>
        <source>{} failed (since boot)</source>
        <translation>{} 失败（自启动以来）</translation>
    </message>
    <message>
        <source>Handles counted, not listed</source>
        <translation>统计但未列出的句柄</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>poolmon capture</source>
        <translation>poolmon 捕获</translation>
    </message>
    <message>
        <source>WinDbg/KD log</source>
        <translation>WinDbg/KD 日志</translation>
    </message>
    <message>
        <source>kernel memory dump</source>
        <translation>内核内存转储</translation>
    </message>
    <message>
        <source>user-mode minidump</source>
        <translation>用户模式小型转储</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Suspects</name>
    <message>
        <source>Largest nonpaged tag</source>
        <translation>最大的非分页池标记</translation>
    </message>
    <message>
        <source>Largest paged tag</source>
        <translation>最大的分页池标记</translation>
    </message>
    <message>
        <source>Deepest completion port</source>
        <translation>队列最深的完成端口</translation>
    </message>
    <message>
        <source>{} queued</source>
        <translation>已排队 {} 个</translation>
    </message>
    <message>
        <source>Most handles of one type</source>
        <translation>同一类型句柄最多</translation>
    </message>
    <message>
        <source>(unnamed process)</source>
        <translation>（未命名进程）</translation>
    </message>
    <message>
        <source>Completion port nobody dequeues</source>
        <translation>无人取出的完成端口</translation>
    </message>
    <message>
        <source>{} entries queued{} and no thread waiting on it{}; {}</source>
        <translation>已排队 {} 个条目{}，且没有线程在其上等待{}；{}</translation>
    </message>
    <message>
        <source> (IRPs seen on it)</source>
        <translation>（在其上看到 IRP）</translation>
    </message>
    <message>
        <source> (max concurrency {})</source>
        <translation>（最大并发数 {}）</translation>
    </message>
    <message>
        <source>no holder known</source>
        <translation>持有者未知</translation>
    </message>
    <message>
        <source>held by {}</source>
        <translation>由 {} 持有</translation>
    </message>
    <message>
        <source>Process holding far more handles of one type</source>
        <translation>某类句柄远多于其他进程的进程</translation>
    </message>
    <message>
        <source>holds {} {} handles, {} of its {} handles; the next process holds {}</source>
        <translation>持有 {0} 个 {1} 句柄，占其 {3} 个句柄的 {2}；其次的进程持有 {4} 个</translation>
    </message>
    <message>
        <source>Tag taking most of nonpaged pool</source>
        <translation>占用大部分非分页池的标记</translation>
    </message>
    <message>
        <source>Tag taking most of paged pool</source>
        <translation>占用大部分分页池的标记</translation>
    </message>
    <message>
        <source>nonpaged</source>
        <translation>非分页</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>{} in {} allocations, {} of the {} pool in use ({})</source>
        <translation>{0}，共 {1} 次分配，占{3}池使用量（{4}）的 {2}</translation>
    </message>
    <message>
        <source>{} in {} allocations, {} of the {} pool the tags add up to ({})</source>
        <translation>{0}，共 {1} 次分配，占{3}池各标记合计（{4}）的 {2}</translation>
    </message>
    <message>
        <source>the largest of its kind here, without a leak&apos;s signature</source>
        <translation>此处同类中最大的，但没有泄漏特征</translation>
    </message>
    <message>
        <source>{} entry queued{} and no thread waiting on it{}; {}</source>
        <translation>已排队 {} 个条目{}，且没有线程在其上等待{}；{}</translation>
    </message>
    <message>
        <source> (IRPs seen on it, all completed)</source>
        <translation>（其上看到的 IRP 均已完成）</translation>
    </message>
</context>
<context>
    <name>Walk</name>
    <message>
        <source>EntryListHead of port {}</source>
        <translation>端口 {} 的 EntryListHead</translation>
    </message>
    <message>
        <source>port {}</source>
        <translation>端口 {}</translation>
    </message>
    <message>
        <source>IrpList of thread {}</source>
        <translation>线程 {} 的 IrpList</translation>
    </message>
    <message>
        <source>the IrpList of thread {}</source>
        <translation>线程 {} 的 IrpList</translation>
    </message>
    <message>
        <source>PsActiveProcessHead (the process list)</source>
        <translation>PsActiveProcessHead（进程列表）</translation>
    </message>
    <message>
        <source>the process list</source>
        <translation>进程列表</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>neither an IRP (PacketType 0) nor a completion packet</source>
        <translation>既不是 IRP（PacketType 0）也不是完成数据包</translation>
    </message>
    <message>
        <source>the source shows nothing of {}: IRP or completion packet, it does not say</source>
        <translation>数据源中没有 {} 的任何信息：无法判断是 IRP 还是完成数据包</translation>
    </message>
    <message>
        <source>the output of this element (line {}) does not print its address: !irp prints none for a completed IRP</source>
        <translation>此元素的输出（第 {} 行）没有打印其地址：!irp 不为已完成的 IRP 打印地址</translation>
    </message>
    <message>
        <source>the source does not print this element&apos;s address</source>
        <translation>数据源没有打印此元素的地址</translation>
    </message>
    <message>
        <source>Flink not printed: the next element of !list&apos;s output</source>
        <translation>未打印 Flink：取 !list 输出中的下一个元素</translation>
    </message>
    <message>
        <source>Flink not printed; the next element of !list&apos;s output does not say where it is</source>
        <translation>未打印 Flink；!list 输出中的下一个元素也没有说明其位置</translation>
    </message>
    <message>
        <source>the source does not show this entry&apos;s Flink</source>
        <translation>数据源没有显示此条目的 Flink</translation>
    </message>
    <message>
        <source>; nor its Flink</source>
        <translation>；也没有显示其 Flink</translation>
    </message>
    <message>
        <source>queued on this port (its file completes to it), not reached by the walk</source>
        <translation>在此端口上排队（其文件完成到此端口），遍历未到达</translation>
    </message>
    <message>
        <source>issued by this thread and not completed, not reached by the walk</source>
        <translation>由此线程发出且未完成，遍历未到达</translation>
    </message>
    <message>
        <source>in this source, not reached by the walk</source>
        <translation>在此数据源中，遍历未到达</translation>
    </message>
    <message>
        <source>back at the head ({}) after {} entry</source>
        <translation>经过 {1} 个条目后回到表头（{0}）</translation>
    </message>
    <message>
        <source>back at the head ({}) after {} entries</source>
        <translation>经过 {1} 个条目后回到表头（{0}）</translation>
    </message>
    <message>
        <source>broken at step 1: the head&apos;s Flink {} is not readable</source>
        <translation>在第 1 步中断：表头的 Flink {} 不可读</translation>
    </message>
    <message>
        <source>broken at step {}: entry {} (the Flink of step {}) is not readable as an entry of this list</source>
        <translation>在第 {0} 步中断：条目 {1}（第 {2} 步的 Flink）无法作为此链表的条目读取</translation>
    </message>
    <message>
        <source>cyclic: the Flink of step {} is {}, the entry of step {} again; the list closes at step {} onto step {} without coming back to its head</source>
        <translation>有环：第 {0} 步的 Flink 是 {1}，又回到第 {2} 步的条目；链表在第 {3} 步闭合到第 {4} 步，没有回到表头</translation>
    </message>
    <message>
        <source>stopped after {} entries, the walk&apos;s limit</source>
        <translation>在 {} 个条目后停止，已达遍历上限</translation>
    </message>
    <message>
        <source>the source does not show the first entry</source>
        <translation>数据源没有显示第一个条目</translation>
    </message>
    <message>
        <source>the source does not show the Flink of step {} (entry {}): the walk cannot go on from what it recorded</source>
        <translation>数据源没有显示第 {} 步（条目 {}）的 Flink：根据已记录的内容无法继续遍历</translation>
    </message>
    <message>
        <source>the source stops after step {} without showing where the list goes on</source>
        <translation>数据源在第 {} 步之后结束，没有显示链表往哪里继续</translation>
    </message>
    <message>
        <source>this source does not show the list</source>
        <translation>此数据源没有显示该链表</translation>
    </message>
    <message>
        <source>the list&apos;s first entry is not known</source>
        <translation>链表的第一个条目未知</translation>
    </message>
    <message>
        <source>Header.SignalState says {} entries are queued; the walk visits {}</source>
        <translation>Header.SignalState 表示已排队 {} 个条目；遍历访问了 {} 个</translation>
    </message>
    <message>
        <source>Header.SignalState says {} entries are queued; the source shows {} of them in list order</source>
        <translation>Header.SignalState 表示已排队 {} 个条目；数据源按链表顺序显示了其中 {} 个</translation>
    </message>
    <message>
        <source>The head&apos;s Blink names the last entry: {} (CONTAINING_RECORD {} if it is an {})</source>
        <translation>表头的 Blink 指向最后一个条目：{0}（如果它是 {2}，则 CONTAINING_RECORD 为 {1}）</translation>
    </message>
    <message>
        <source>The {} at line {} shows no element: its output is not in the log</source>
        <translation>第 {1} 行的 {0} 没有显示任何元素：其输出不在日志中</translation>
    </message>
    <message>
        <source>{} more record is on this list in the source, not reached by the walk (see their links)</source>
        <translation>数据源中此链表上还有 {} 条记录，遍历未到达（见其链接）</translation>
    </message>
    <message>
        <source>{} more records are on this list in the source, not reached by the walk (see their links)</source>
        <translation>数据源中此链表上还有 {} 条记录，遍历未到达（见其链接）</translation>
    </message>
    <message>
        <source>The offset of {}.{} in this kernel is not known</source>
        <translation>此内核中 {}.{} 的偏移量未知</translation>
    </message>
    <message>
        <source>the head: EntryListHead and Header.SignalState (queued entries)</source>
        <translation>表头：EntryListHead 和 Header.SignalState（已排队条目）</translation>
    </message>
    <message>
        <source>the thread with its IRP List</source>
        <translation>线程及其 IRP 列表</translation>
    </message>
    <message>
        <source>every process, in list order</source>
        <translation>所有进程，按链表顺序</translation>
    </message>
    <message>
        <source>the walk, one record per entry</source>
        <translation>遍历，每个条目一条记录</translation>
    </message>
    <message>
        <source>the same walk with each entry&apos;s Flink and Blink</source>
        <translation>同样的遍历，显示每个条目的 Flink 和 Blink</translation>
    </message>
    <message>
        <source>In WinDbg, !list goes round this cycle from step {} to step {} again and again: it never comes back to its first element (stop it with Ctrl+Break)</source>
        <translation>在 WinDbg 中，!list 会从第 {} 步到第 {} 步一遍又一遍地绕这个环：它永远不会回到第一个元素（用 Ctrl+Break 停止）</translation>
    </message>
    <message>
        <source>!list stops when it comes back to its first element, so its last element is CONTAINING_RECORD of the head itself ({}), which is no {}</source>
        <translation>!list 在回到第一个元素时停止，因此其最后一个元素是表头本身的 CONTAINING_RECORD（{}），它不是 {}</translation>
    </message>
    <message>
        <source>entry {} of {} on {}</source>
        <translation>{2} 上的第 {0} 个条目（共 {1} 个）</translation>
    </message>
    <message>
        <source>completion packet</source>
        <translation>完成数据包</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>x86 _KQUEUE and _IRP, alike on every build</source>
        <translation>x86 的 _KQUEUE 和 _IRP，各内部版本相同</translation>
    </message>
    <message>
        <source>x64 _KQUEUE and _IRP, alike on every build</source>
        <translation>x64 的 _KQUEUE 和 _IRP，各内部版本相同</translation>
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
    <message>
        <source>Allocations</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 及另外 %2 个</translation>
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
    <name>poolscope::views::AllocationsView</name>
    <message>
        <source>Group by the block&apos;s size (with its POOL_HEADER, as !poolfind prints it)</source>
        <translation>按块大小分组（含 POOL_HEADER，与 !poolfind 打印的一致）</translation>
    </message>
    <message>
        <source>Group by the kernel object in the block (&quot;(no object)&quot; for a driver&apos;s own block)</source>
        <translation>按块中的内核对象分组（驱动程序自己的块为“(no object)”）</translation>
    </message>
    <message>
        <source>Group by the object&apos;s state: a thread&apos;s state as !thread prints it, a process running or exited, an object with or without handles</source>
        <translation>按对象状态分组：线程状态（与 !thread 打印的一致）、进程运行中或已退出、对象有无句柄</translation>
    </message>
    <message>
        <source>Group by the process of a thread or process, the folder of a file, the name of another object</source>
        <translation>按线程或进程所属的进程、文件所在的文件夹、其他对象的名称分组</translation>
    </message>
    <message>
        <source>Group the blocks without an object by what their first kernel pointer points at</source>
        <translation>按第一个内核指针所指向的内容对不含对象的块分组</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop looking the tag up in the pool</source>
        <translation>停止在池中查找此标记</translation>
    </message>
    <message>
        <source>Show Pool tags</source>
        <translation>显示池标记</translation>
    </message>
    <message>
        <source>The tags with their counts, and the !poolfind rows a log holds</source>
        <translation>各标记及其计数，以及日志中的 !poolfind 行</translation>
    </message>
    <message>
        <source>Look up again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <source>Show &amp;free blocks</source>
        <translation>显示空闲块(&amp;F)</translation>
    </message>
    <message>
        <source>Free blocks that still carry the tag: the heap says free, so they are not allocations and are not counted; a scan by tag alone would count them</source>
        <translation>仍带此标记的空闲块：堆认为它们空闲，因此不是分配，也不计入；仅按标记扫描会把它们算进去</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <source>List the blocks of every group again</source>
        <translation>重新列出所有分组的块</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>块</translation>
    </message>
    <message>
        <source>The lookup was cancelled: no block of this tag is listed.</source>
        <translation>查找已取消：未列出此标记的块。</translation>
    </message>
    <message>
        <source>Open a kernel dump: this view lists the blocks of a tag in the dump&apos;s pool, grouped by what they hold.</source>
        <translation>请打开内核转储：此视图列出某个标记在转储池中的块，并按其内容分组。</translation>
    </message>
    <message>
        <source>Allocations are read from a kernel dump&apos;s pool pages; this source is a WinDbg log. Its !poolfind rows, if any, are in Pool tags.</source>
        <translation>分配从内核转储的池页中读取；此数据源是 WinDbg 日志。其中的 !poolfind 行（如有）在“池标记”中。</translation>
    </message>
    <message>
        <source>Allocations are read from a kernel dump&apos;s pool pages; this source is a poolmon capture, which counts allocations per tag but has no blocks. Its counts are in Pool tags.</source>
        <translation>分配从内核转储的池页中读取；此数据源是 poolmon 捕获，它按标记统计分配，但没有块。其计数在“池标记”中。</translation>
    </message>
    <message>
        <source>This dump&apos;s pool could not be read, so its blocks cannot be listed (Diagnostics says why). The tracker&apos;s counts per tag are in Pool tags.</source>
        <translation>无法读取此转储的池，因此无法列出其块（原因见“诊断”）。跟踪表按标记的计数在“池标记”中。</translation>
    </message>
    <message>
        <source>Allocations are read from a kernel dump&apos;s pool pages; this source has none.</source>
        <translation>分配从内核转储的池页中读取；此数据源没有池页。</translation>
    </message>
    <message>
        <source>The blocks are read from the pool of the last dump of this series; pick its snapshot to list them.</source>
        <translation>块从此序列中最后一个转储的池中读取；请选择其快照以列出它们。</translation>
    </message>
    <message>
        <source>Select a tag in Pool tags: its blocks in the dump&apos;s pool are listed here.</source>
        <translation>请在“池标记”中选择一个标记：它在转储池中的块会列在这里。</translation>
    </message>
    <message>
        <source>Looking up the blocks of &apos;%1&apos; (%2) in the pool (!poolfind %3 %4)…</source>
        <translation>正在池中查找 &apos;%1&apos;（%2）的块（!poolfind %3 %4）…</translation>
    </message>
    <message>
        <source>No block in this dump&apos;s pool carries the tag &apos;%1&apos; (%2).</source>
        <translation>此转储的池中没有块带有标记 &apos;%1&apos;（%2）。</translation>
    </message>
    <message>
        <source>Each %1 object&apos;s body is %2 bytes into its block: POOL_HEADER 0x10 + optional headers %3 + OBJECT_HEADER %4. !object, !thread and !process take block + %2.</source>
        <translation>每个 %1 对象的对象体位于其块内 %2 字节处：POOL_HEADER 0x10 + 可选头 %3 + OBJECT_HEADER %4。!object、!thread 和 !process 取 块 + %2。</translation>
    </message>
    <message>
        <source>Listed: the %1 blocks of the group &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>已列出：分组 &lt;b&gt;%2&lt;/b&gt; 的 %1 个块</translation>
    </message>
    <message>
        <source>Listed: all %1 blocks, the free ones included (pick a group to list its blocks)</source>
        <translation>已列出：全部 %1 个块，含空闲块（选择一个分组以只列出其块）</translation>
    </message>
    <message>
        <source>Listed: all %1 allocated blocks (pick a group to list its blocks)</source>
        <translation>已列出：全部 %1 个已分配块（选择一个分组以只列出其块）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>: %1, %2</source>
        <translation>：%1，%2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>; %1 free blocks (%2) still carry the tag: the heap says free, so they are not counted</source>
        <translation>；%1 个空闲块（%2）仍带此标记：堆认为它们空闲，因此不计入</translation>
    </message>
    <message>
        <source>; %1 blocks were found by a header scan: whether they are allocated or free is not known</source>
        <translation>；%1 个块由头扫描找到：无法确定它们是否已分配</translation>
    </message>
    <message>
        <source>The scan of the pool found no block of this tag.</source>
        <translation>池扫描未找到此标记的块。</translation>
    </message>
    <message>
        <source>Read from the pool&apos;s segment heaps: %1 heaps, %2 page segments, %3 LFH and %4 VS subsegments, %5 scanned.</source>
        <translation>从池的段堆读取：%1 个堆、%2 个页段、%3 个 LFH 子段和 %4 个 VS 子段，共扫描 %5。</translation>
    </message>
    <message>
        <source>Read from the pool pages (this build has no segment heap): %1 pages, %2 scanned.</source>
        <translation>从池页读取（此版本没有段堆）：%1 页，共扫描 %2。</translation>
    </message>
    <message>
        <source>Read by a scan for POOL_HEADERs, the heaps not being found: whether a block is allocated or free is not known; %1 scanned.</source>
        <translation>未找到堆，按 POOL_HEADER 扫描读取：无法确定块是否已分配；共扫描 %1。</translation>
    </message>
    <message>
        <source>%1 pages inside the pool are not in the dump.</source>
        <translation>池内有 %1 页不在转储中。</translation>
    </message>
    <message>
        <source>How the pool was read: %1</source>
        <translation>池的读取方式：%1</translation>
    </message>
    <message>
        <source>!poolfind %1 %2: %3 blocks, %4 allocated and %5 free, found in %6 s</source>
        <translation>!poolfind %1 %2：%3 个块，%4 个已分配、%5 个空闲，用时 %6 秒</translation>
    </message>
    <message>
        <source>; 1 free block (%1) still carries the tag: the heap says free, so it is not counted</source>
        <translation>；1 个空闲块（%1）仍带此标记：堆认为它空闲，因此不计入</translation>
    </message>
    <message>
        <source>; 1 block was found by a header scan: whether it is allocated or free is not known</source>
        <translation>；1 个块由头扫描找到：无法确定它是否已分配</translation>
    </message>
    <message>
        <source>No allocated block carries the tag; 1 free block still does (Show free blocks lists it).</source>
        <translation>没有已分配的块带有此标记；仍有 1 个空闲块带有它（“显示空闲块”会列出它）。</translation>
    </message>
    <message>
        <source>No allocated block carries the tag; %1 free blocks still do (Show free blocks lists them).</source>
        <translation>没有已分配的块带有此标记；仍有 %1 个空闲块带有它（“显示空闲块”会列出它们）。</translation>
    </message>
    <message>
        <source>The scan met 1 problem on the way (Diagnostics lists the dump&apos;s).</source>
        <translation>扫描途中遇到 1 个问题（“诊断”列出转储的问题）。</translation>
    </message>
    <message>
        <source>The scan met %1 problems on the way (Diagnostics lists the dump&apos;s).</source>
        <translation>扫描途中遇到 %1 个问题（“诊断”列出转储的问题）。</translation>
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
    <message>
        <source>%1 lines of recognised output skipped, %2 commands not parsed, %3 lines outside any command passed over. Each skip with its line is listed below (the list keeps the first %4).</source>
        <translation>跳过了 %1 行已识别的输出，%2 条命令未解析，略过了 %3 行不属于任何命令的内容。下面列出每一处跳过及其所在行（列表保留前 %4 项）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (1 line of output): PoolScope does not read this command</source>
        <translation>“%1”（1 行输出）：PoolScope 不读取此命令</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2 lines of output): PoolScope does not read this command</source>
        <translation>“%1”（%2 行输出）：PoolScope 不读取此命令</translation>
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
    <message>
        <source>Allocations</source>
        <translation>分配</translation>
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
    <message>
        <source>Pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>not in this source: pool blocks are read from a kernel dump&apos;s pool</source>
        <translation>不在此数据源中：池块从内核转储的池中读取</translation>
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
    <message>
        <source>&lt;br&gt;Pool: %1</source>
        <translation>&lt;br&gt;池：%1</translation>
    </message>
    <message>
        <source>Opening %1… The status bar shows how far the reading is; Cancel stops it.</source>
        <translation>正在打开 %1… 状态栏显示读取进度；“取消”可停止。</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 grows with %2 (correlation %3)</source>
        <translation>%1 随 %2 增长（相关系数 %3）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1 (grows with it)</source>
        <translation>%1（随之增长）</translation>
    </message>
    <message>
        <source>&amp;Allocations (!poolfind)</source>
        <translation>分配(&amp;A)（!poolfind）</translation>
    </message>
    <message>
        <source>Allocations (!poolfind)</source>
        <translation>分配（!poolfind）</translation>
    </message>
    <message>
        <source>The selected tag&apos;s blocks in the dump&apos;s pool, grouped by what they hold (also Enter or a double click on a row, or a double click on its bar)</source>
        <translation>所选标记在转储池中的块，按其内容分组（也可在行上按 Enter 或双击，或双击其条形）</translation>
    </message>
    <message>
        <source>Allocations are read from a kernel dump&apos;s pool pages; this source has none</source>
        <translation>分配从内核转储的池页中读取；此数据源没有池页</translation>
    </message>
    <message>
        <source>%1 and 1 more grow with %2</source>
        <translation>%1 及另外 1 个随 %2 增长</translation>
    </message>
    <message>
        <source>%1 and %3 more grow with %2</source>
        <translation>%1 及另外 %3 个随 %2 增长</translation>
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
    <message>
        <source>&lt;b&gt;!icpleak:&lt;/b&gt; port %1 has the most queued entries: &lt;b&gt;%2&lt;/b&gt; (%3).</source>
        <translation>&lt;b&gt;!icpleak：&lt;/b&gt;端口 %1 的已排队条目最多：&lt;b&gt;%2&lt;/b&gt;（%3）。</translation>
    </message>
    <message>
        <source>held by 1 process</source>
        <translation>由 1 个进程持有</translation>
    </message>
    <message>
        <source>held by %1 processes</source>
        <translation>由 %1 个进程持有</translation>
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
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 of 1 row</source>
        <translation>%1 / 1 行</translation>
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
