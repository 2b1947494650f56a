<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
