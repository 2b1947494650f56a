#include "kernel_scenario.h"

#include "tests/support/background_pool.h"
#include "tests/support/debugger_data.h"
#include "tests/support/extra_fields.h"
#include "tests/support/image_globals.h"
#include "tests/support/kernel_image.h"
#include "tests/support/kernel_image_sections.h"
#include "tests/support/kuser_shared_data.h"
#include "tests/support/object_header_info.h"
#include "tests/support/pool_heap.h"
#include "tests/support/processor_blocks.h"
#include "tests/support/registry_keys.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

namespace poolscope::testdata {

namespace {

using Address = std::uint64_t;

// Where things live: canonical kernel addresses of the ranges Windows 10 uses.
constexpr Address kImageBase = 0xfffff80412400000ull;
constexpr Address kNonPagedPool = 0xffffb30a40000000ull;
constexpr Address kPagedPool = 0xffffc68e80000000ull;
constexpr Address kBigNonPaged = 0xffffb30c00000000ull;
constexpr Address kBigPaged = 0xffffc69000000000ull;
constexpr Address kPoolHeaps = kNonPagedPool - 0x10000; // the three _SEGMENT_HEAPs
constexpr Address kTables = 0xffffb30e00000000ull; // tracker and big page tables
constexpr Address kOutside = 0xffffd10000000000ull; // never mapped
constexpr Address kDriverBase = 0xfffff80418a00000ull;  // a driver loaded after the kernel
constexpr std::uint32_t kDriverSize = 0x6000;
constexpr const char* kDriverTag = "Leak";
constexpr std::uint64_t kDriverBlocks = 2400;
constexpr Address kDriverExtension = kDriverBase + 0x3040; // what most of its blocks point at
constexpr std::uint64_t kReferencedFiles = 1800;         // the reference leak
constexpr std::uint64_t kUnwalkedIrps = 1000;
constexpr Address kProcessorRegions = 0xffffb30b00000000ull; // the other processors' KPCRs
constexpr Address kSessionSpaces = 0xffffb30d00000000ull;
constexpr Address kPfnDatabase = 0xffff8a0000000000ull;    // MmPfnDatabase (not in the dump)
constexpr Address kCrashStack = 0xffffb30b40000000ull;     // the stack KeBugCheckEx ran on

// When the dump was written (2024-03-14 10:21:07 UTC) and how long the machine had been
// up (3 days 4:17:00), in 100 ns units.
constexpr std::uint64_t kSystemTime = 133548852670000000ull;
constexpr std::uint64_t kUpTime = 2746200000000ull;
constexpr std::uint64_t kBootTime = kSystemTime - kUpTime;
constexpr std::uint64_t kSecond = 10000000ull;

// The object types of a Windows 10 kernel in their usual index order (Process 7, Thread 8).
constexpr std::array kTypeNames{
    "Type", "Directory", "SymbolicLink", "Token", "Job", "Process", "Thread", "Partition", "UserApcReserve",
    "IoCompletionReserve", "ActivityReference", "PsSiloContextPaged", "PsSiloContextNonPaged", "DebugObject",
    "Event", "Mutant", "Callback", "Semaphore", "Timer", "IRTimer", "Profile", "KeyedEvent", "WindowStation",
    "Desktop", "Composition", "RawInputManager", "CoreMessaging", "TpWorkerFactory", "Adapter", "Controller",
    "Device", "Driver", "IoCompletion", "WaitCompletionPacket", "File", "TmTm", "TmTx", "TmRm", "TmEn",
    "Section", "Session", "Key", "RegistryTransaction", "ALPC Port", "EnergyTracker", "PowerRequest", "WmiGuid",
    "EtwRegistration", "EtwConsumer", "FilterConnectionPort", "FilterCommunicationPort", "PcwObject"};

// Keys the usual processes keep open.
constexpr std::array<std::string_view, 6> kServiceKeys{
    "MACHINE\\SYSTEM\\ControlSet001\\Control\\Nls\\Sorting\\Versions",
    "MACHINE\\SYSTEM\\ControlSet001\\Services\\Tcpip\\Parameters",
    "MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options",
    "MACHINE\\SOFTWARE\\Microsoft\\Ole",
    "MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer",
    "MACHINE\\SYSTEM\\ControlSet001\\Control\\Session Manager\\Environment",
};

// The processes the benchmarks' extra Event handles are spread over.
constexpr std::array<std::uint32_t, 7> kNoisePids{0x24c, 0x2a0, 0x2f8, 0x310, 0x358, 0x3ac, 0x12a8};

std::uint32_t tagValue(std::string_view tag)
{
    std::uint32_t value = 0;
    std::memcpy(&value, tag.data(), std::min<std::size_t>(4, tag.size()));
    return value;
}

struct Allocation {
    Address block = 0; // pool header, or the page of a big allocation
    Address data = 0;
};

class KernelWriter {
public:
    KernelWriter(const KernelScenario& scenario, GeneratedKernel& out)
        : m_s(scenario), L(scenario.layout), m(out.memory), P(out.planted), G(imageGlobals(scenario.layout)),
          X(extraFields(scenario.layout)),
          m_pool(out.memory, scenario.layout, out.planted.pool, {kNonPagedPool, kPagedPool, kBigNonPaged, kBigPaged, kPoolHeaps})
    {
    }

    void run();

private:
    // Pool --------------------------------------------------------------------------
    // Every pool allocation: a block of the pool (pool_heap.h), counted as the tracker
    // counts it (a small block with its POOL_HEADER, a big one by its pages). Nonpaged
    // requests get NonPagedNx pool, except the old driver's, whose NonPagedPool is executable.
    Allocation allocate(std::string_view tag, std::uint64_t size, bool paged, bool pagedOut = false)
    {
        const PoolKind pool = paged ? PoolKind::Paged : tag == kDriverTag ? PoolKind::NonPaged : PoolKind::NonPagedNx;
        const PoolHeap::Block at = m_pool.allocate(tag, size, pool, pagedOut);
        PlantedTag& counts = P.tags[std::string(tag)];
        (paged ? counts.pagedAllocs : counts.nonPagedAllocs) += 1;
        (paged ? counts.pagedBytes : counts.nonPagedBytes) += at.trackedBytes;
        return {at.block, at.data};
    }

    Address writeString(Address at, std::u16string_view text, std::string_view tag = "ObNm")
    {
        const auto bytes = static_cast<std::uint16_t>(text.size() * 2);
        const Allocation buffer = allocate(tag, bytes + 2u, true);
        m.write(buffer.data, text.data(), bytes);
        m.write16(at, bytes);
        m.write16(at + 2, static_cast<std::uint16_t>(bytes + 2));
        m.write64(at + 8, buffer.data);
        return buffer.data;
    }

    // Objects -----------------------------------------------------------------------
    std::uint8_t typeIndex(std::string_view name) const
    {
        for (std::size_t i = 0; i < kTypeNames.size(); ++i)
            if (name == kTypeNames[i])
                return static_cast<std::uint8_t>(i + 2);
        throw std::logic_error("unknown object type");
    }

    // With `typeList`, the object gets a CREATOR_INFO (the optional header nearest the
    // object header) linked into its type's TypeList, as with FLG_MAINTAIN_OBJECT_TYPELIST.
    Address createObject(std::string_view type, std::uint64_t bodySize, std::string_view tag, bool paged,
                         std::uint64_t handles, std::u16string_view name = {}, bool typeList = false)
    {
        const std::uint64_t nameInfo = name.empty() ? 0 : 0x20;
        const std::uint64_t creatorInfo = typeList ? 0x20 : 0;
        const Allocation a = allocate(tag, nameInfo + creatorInfo + L.objectHeaderSize + bodySize, paged);
        const Address header = a.data + nameInfo + creatorInfo;
        const Address body = header + L.objectHeaderSize;
        const std::uint8_t index = typeIndex(type);
        m.write64(header + L.headerPointerCount, handles + 1);
        m.write64(header + L.headerHandleCount, handles);
        m.write8(header + L.headerTypeIndex, encodedIndex(index, header));
        m.write8(header + L.headerInfoMask, static_cast<std::uint8_t>((name.empty() ? 0 : 0x02) | (typeList ? 0x01 : 0)));
        if (!name.empty())
            writeString(a.data + 0x08, name); // _OBJECT_HEADER_NAME_INFO.Name
        if (typeList)
            appendList(m_typeBodies.at(index) + L.typeList, header - 0x20); // CREATOR_INFO.TypeList
        ++m_objectsOfType[index];
        m_handlesOfType[index] += handles;
        return body;
    }

    std::uint8_t encodedIndex(std::uint8_t index, Address header) const
    {
        return static_cast<std::uint8_t>(index ^ ((header >> 8) & 0xff) ^ P.headerCookie);
    }

    Address headerOf(Address body) const { return body - L.objectHeaderSize; }

    // Lists -------------------------------------------------------------------------
    void initList(Address head)
    {
        m.write64(head, head);
        m.write64(head + 8, head);
    }
    void appendList(Address head, Address entry)
    {
        const Address last = m_listTails.contains(head) ? m_listTails[head] : head;
        m.write64(last, entry);      // last.Flink
        m.write64(entry, head);      // entry.Flink
        m.write64(entry + 8, last);  // entry.Blink
        m.write64(head + 8, entry);  // head.Blink
        m_listTails[head] = entry;
    }

    // Processes, handles and threads -------------------------------------------------
    struct ProcessState {
        Address eprocess = 0;
        Address handleTable = 0;
        std::uint32_t pid = 0;
        std::vector<std::pair<Address, std::uint32_t>> entries; // object header, access
        std::uint32_t activeThreads = 0;
    };

    // An exited process keeps its EPROCESS while referenced, without a handle table
    // (ObjectTable 0) or threads on its list, and its pool quota returned.
    ProcessState& createProcess(std::string_view image, std::uint32_t pid, std::uint32_t parent, bool exited = false,
                                std::uint64_t handles = 0)
    {
        const Address e = createObject("Process", L.processSize, "Proc", false, handles);
        m.write8(e, 3); // _KPROCESS Header.Type = ProcessObject
        m.write64(e + L.processUniqueId, pid);
        m.write64(e + L.processParentId, parent);
        std::array<char, 15> name{};
        std::memcpy(name.data(), image.data(), std::min<std::size_t>(image.size(), 14));
        m.write(e + L.processImageFileName, name.data(), name.size());
        initList(e + L.processThreadListHead);
        appendList(m_processHead, e + L.processActiveLinks);
        Address table = 0;
        if (!exited) {
            table = allocate("Obtb", 0x80, true).data;
            m.write64(table + 0x28, pid); // _HANDLE_TABLE.UniqueProcessId
        }
        m.write64(e + L.processObjectTable, table);
        processDetails(e, table, image, pid);
        m_processes.push_back(ProcessState{e, table, pid, {}, 0});
        ++P.processes;
        return m_processes.back();
    }

    // What the process list shows besides image and pid: when it started, its address
    // space, its PEB and session, and its handle table on the kernel's list of them.
    void processDetails(Address e, Address handleTable, std::string_view image, std::uint32_t pid)
    {
        // Seconds after boot each of the usual processes starts; later ones hours on.
        constexpr std::array<double, 10> started{0, 1.2, 2.1, 5.3, 6.0, 6.4, 6.5, 7.9, 8.3, 41.0};
        const std::size_t order = m_processes.size();
        const double seconds = order < started.size() ? started[order] : 8000.0 + 1020.0 * static_cast<double>(order);
        m.write64(e + X.processCreateTime, kBootTime + static_cast<std::uint64_t>(seconds * kSecond));
        const bool system = pid == 4;
        const bool minimal = system || image == "Registry"; // no user space of their own
        m.write64(e + X.processDirectoryTableBase, system ? m.directoryTableBase() : m.newAddressSpace());
        if (system)
            m.write64(global(G.psInitialSystemProcess), e);
        if (!minimal)
            m.write64(e + X.processPeb, 0x0000005a3c1f0000ull + static_cast<std::uint64_t>(pid) * 0x2000);
        // Session 0 for services, session 1 for the interactive user's processes.
        if (!minimal && image != "smss.exe") {
            const bool interactive = pid >= 0x1000 || image == "xxxxxx.EXE";
            m.write64(e + X.processSession, sessionSpace(interactive ? 1 : 0));
        }
        if (handleTable == 0) {
            // Exited: its handle table is gone, and it stopped an hour after it started.
            if (X.processExitTime)
                m.write64(e + X.processExitTime, kBootTime + static_cast<std::uint64_t>((seconds + 3600.0) * kSecond));
            return;
        }
        m.write64(handleTable + 0x10, system ? 0 : e); // QuotaProcess
        appendList(global(G.handleTableListHead), handleTable + 0x18);
    }

    Address sessionSpace(std::uint32_t id)
    {
        const Address at = kSessionSpaces + id * ((X.sessionSize + 0xffff) & ~0xffffull);
        if (!m_sessions.contains(id)) {
            m.map(at, X.sessionSize);
            m.write32(at + X.sessionId, id);
            m_sessions.insert(id);
        }
        return at;
    }

    ProcessState& processWithPid(std::uint32_t pid)
    {
        const auto it = std::find_if(m_processes.begin(), m_processes.end(), [&](const ProcessState& p) { return p.pid == pid; });
        if (it == m_processes.end())
            throw std::logic_error("no generated process has pid " + std::to_string(pid));
        return *it;
    }

    std::uint64_t addHandle(ProcessState& process, Address body, std::uint32_t access, std::string_view type)
    {
        const std::uint64_t k = process.entries.size();
        process.entries.emplace_back(headerOf(body), access);
        ++P.handleTypes[process.eprocess][std::string(type)];
        ++P.handles;
        if (encodedIndex(typeIndex(type), headerOf(body)) == 0)
            ++P.zeroTypeByteHandles[process.eprocess];
        return ((k / 255) * 256 + k % 255 + 1) * 4;
    }

    // A registry key object: its body names the key's control block.
    Address createKey(ProcessState& process, std::string_view path)
    {
        const Address body = createObject("Key", X.keyBodySize, "Key ", true, 1);
        m_registry->openKey(body, m_registry->key(path), process.pid);
        return body;
    }

    Address createThread(ProcessState& process, std::uint32_t tid, bool terminated, std::uint64_t handles)
    {
        const Address t = createObject("Thread", L.threadSize, "Thre", false, handles);
        m.write8(t, 6);                                     // Header.Type = ThreadObject
        m.write8(t + L.threadState, terminated ? 4 : 5);    // Terminated / Waiting
        m.write64(t + L.threadProcess, process.eprocess);   // Tcb.Process
        m.write64(t + L.threadCid, process.pid);
        m.write64(t + L.threadCid + 8, tid);
        m.write64(t + L.threadStartAddress, global(G.pspUserThreadStartup));
        m.write64(t + L.threadWin32StartAddress, 0x00007ff6c3a41230ull + (tid & 0xf) * 0x40);
        // Started after its process (a few ms apart by thread id); a terminated one ran a second.
        std::uint64_t processStarted = 0;
        m.read(process.eprocess + X.processCreateTime, &processStarted, 8);
        const std::uint64_t started = processStarted + (tid & 0xffff) * 10000ull;
        m.write64(t + X.threadCreateTime, started);
        if (terminated)
            m.write64(t + X.threadExitTime, started + kSecond);
        initList(t + L.threadIrpList);
        if (!terminated) {
            appendList(process.eprocess + L.processThreadListHead, t + L.threadListEntry);
            ++process.activeThreads;
        }
        if (process.pid == 4 && !m_systemThread)
            m_systemThread = t;
        return t;
    }

    void finishHandleTables()
    {
        for (ProcessState& process : m_processes) {
            writeQuota(process);
            if (!process.handleTable)
                continue;
            const auto& entries = process.entries;
            const std::uint64_t pages = std::max<std::uint64_t>(1, (entries.size() + 254) / 255);
            std::vector<Address> leaves;
            for (std::uint64_t page = 0; page < pages; ++page) {
                const Address leaf = allocate("Obtb", 0x1000, true).data;
                std::vector<std::uint64_t> raw(512, 0);
                for (std::uint64_t i = 1; i < 256; ++i) {
                    const std::uint64_t k = page * 255 + (i - 1);
                    if (k >= entries.size())
                        break;
                    const auto [header, access] = entries[k];
                    // Unlocked, a reference count, and the header's bits 4..47 at bit 20.
                    raw[i * 2] = (((header >> 4) & 0xfffffffffffull) << 20) | (0x7fffull << 1) | 1;
                    raw[i * 2 + 1] = access;
                }
                m.write(leaf, raw.data(), raw.size() * 8);
                leaves.push_back(leaf);
            }
            Address code = leaves[0];
            if (pages > 1) {
                std::vector<Address> mids;
                for (std::size_t i = 0; i < leaves.size(); i += 512) {
                    const Address mid = allocate("Obtb", 0x1000, true).data;
                    for (std::size_t j = i; j < std::min(leaves.size(), i + 512); ++j)
                        m.write64(mid + (j - i) * 8, leaves[j]);
                    mids.push_back(mid);
                }
                if (mids.size() == 1) {
                    code = mids[0] | 1;
                } else {
                    const Address top = allocate("Obtb", 0x1000, true).data;
                    for (std::size_t i = 0; i < mids.size(); ++i)
                        m.write64(top + i * 8, mids[i]);
                    code = top | 2;
                }
            }
            m.write64(process.handleTable + L.handleTableTableCode, code);
        }
    }

    // What a process is charged for the objects it made: a few pages of its own, and a share
    // per handle; the peak a quarter above. An exited process has returned its quota.
    void writeQuota(const ProcessState& process)
    {
        if (!L.processQuotaUsage || !L.processQuotaPeak)
            return;
        PlantedQuota q;
        if (process.handleTable) {
            const std::uint64_t handles = process.entries.size();
            q.nonPaged = 0x1800 + handles * 0x260 + process.pid * 8;
            q.paged = 0x9000 + handles * 0x40 + process.pid * 16;
            q.nonPagedPeak = q.nonPaged + q.nonPaged / 4;
            q.pagedPeak = q.paged + q.paged / 4;
        }
        m.write64(process.eprocess + L.processQuotaUsage, q.nonPaged);
        m.write64(process.eprocess + L.processQuotaUsage + 8, q.paged);
        m.write64(process.eprocess + L.processQuotaPeak, q.nonPagedPeak);
        m.write64(process.eprocess + L.processQuotaPeak + 8, q.pagedPeak);
        P.quota[process.eprocess] = q;
    }

    // Each process's count of running threads, and how far its handle table reaches.
    void finishProcesses()
    {
        for (const ProcessState& process : m_processes) {
            m.write32(process.eprocess + X.processActiveThreads, process.activeThreads);
            const std::uint64_t pages = std::max<std::uint64_t>(1, (process.entries.size() + 254) / 255);
            if (process.handleTable) // an exited process has none
                m.write32(process.handleTable, static_cast<std::uint32_t>(pages * 256 * 4)); // NextHandleNeedingPool
        }
    }

    // Ports, files and IRPs ----------------------------------------------------------
    Address createPort(std::uint32_t concurrency, std::uint64_t handles)
    {
        const Address q = createObject("IoCompletion", 0x40, "IoCo", false, handles, {}, m_s.maintainTypeLists);
        m.write8(q, 4);    // QueueObject
        m.write8(q + 2, 0x10); // Size in dwords
        initList(q + 0x08);    // WaitListHead
        initList(q + L.queueEntryListHead);
        m.write32(q + L.queueMaximumCount, concurrency);
        initList(q + L.queueThreadListHead);
        P.ports.push_back(PlantedPort{q, 0, 0, concurrency, 0, {}});
        return q;
    }

    PlantedPort& planted(Address port)
    {
        return *std::find_if(P.ports.begin(), P.ports.end(), [&](const PlantedPort& p) { return p.address == port; });
    }

    void queueEntry(Address port, Address entry)
    {
        appendList(port + L.queueEntryListHead, entry);
        m_signal[port] += 1;
        m.write32(port + L.queueSignalState, m_signal[port]);
    }

    void addWaitingThread(Address port, Address thread)
    {
        // KTHREAD.QueueListEntry; only the count of the list matters to the walk.
        appendList(port + L.queueThreadListHead, thread + 0x2d8);
        ++planted(port).waitingThreads;
    }

    // Drivers and their devices, as IoCreateDriver and IoCreateDevice make them: a
    // DRIVER_OBJECT (Type 4) with its DriverName, a DEVICE_OBJECT (Type 3) pointing at it.
    Address driver(std::u16string_view name)
    {
        if (const auto it = m_drivers.find(std::u16string(name)); it != m_drivers.end())
            return it->second;
        constexpr std::uint32_t size = 0x150;
        const Address d = createObject("Driver", size, "Driv", false, 0, name.substr(name.rfind(u'\\') + 1));
        m.write16(d + L.driverType, 4); // IO_TYPE_DRIVER
        m.write16(d + 2, size);
        writeString(d + L.driverName, name, "IoDn");
        return m_drivers[std::u16string(name)] = d;
    }
    Address createDevice(std::u16string_view driverName, std::u16string_view name = {})
    {
        constexpr std::uint32_t size = 0x150;
        const Address d = createObject("Device", size, "Devi", false, 0, name);
        m.write16(d + L.deviceType, 3); // IO_TYPE_DEVICE
        m.write16(d + 2, size);
        m.write64(d + L.deviceDriverObject, driver(driverName));
        return d;
    }
    struct Devices {
        Address volume = 0, ntfs = 0, npfs = 0, afd = 0, filter = 0;
    };
    // The device a file is opened on (FILE_OBJECT.DeviceObject) and the one its requests
    // reach first (the filter manager's, attached on top).
    const Devices& devices()
    {
        if (!m_devices.volume) {
            m_devices.volume = createDevice(u"\\Driver\\volmgr", u"HarddiskVolume2");
            m_devices.ntfs = createDevice(u"\\FileSystem\\Ntfs");
            m_devices.npfs = createDevice(u"\\FileSystem\\Npfs", u"NamedPipe");
            m_devices.afd = createDevice(u"\\Driver\\AFD", u"Afd");
            m_devices.filter = createDevice(u"\\FileSystem\\FltMgr");
        }
        return m_devices;
    }
    Address deviceOf(std::u16string_view fileName)
    {
        if (fileName.starts_with(u"\\Device\\NamedPipe\\"))
            return devices().npfs;
        if (fileName.starts_with(u"\\Device\\Afd\\"))
            return devices().afd;
        return devices().volume;
    }
    // The driver below the filter manager that serves a file's requests.
    Address serverOf(Address file)
    {
        const Address opened = m_fileDevices.at(file);
        return opened == devices().volume ? devices().ntfs : opened;
    }
    Address stackLocation(Address irp, unsigned location) const
    {
        return irp + L.irpSize + std::uint64_t{location - 1} * L.stackLocationSize;
    }
    // One IO_STACK_LOCATION as IoCallDriver leaves it: IRP_MJ_READ to a device, for a file.
    void writeStackLocation(Address irp, unsigned location, Address device, Address file)
    {
        const Address at = stackLocation(irp, location);
        m.write8(at, 3); // IRP_MJ_READ
        m.write64(at + L.stackDeviceObject, device);
        m.write64(at + L.stackDeviceObject + 8, file); // FileObject follows DeviceObject
    }

    Address createFile(std::u16string_view name, Address port, Address key, std::uint64_t handles)
    {
        const Address f = createObject("File", L.fileSize, "File", false, handles);
        m.write16(f + L.fileType, 5);
        m.write16(f + 2, static_cast<std::uint16_t>(L.fileSize));
        m.write64(f + L.fileDeviceObject, m_fileDevices[f] = deviceOf(name));
        m.write32(f + L.fileFlags, 0x40042);
        writeString(f + L.fileName, name, "FSfn");
        if (port) {
            const Allocation context = allocate("IoCc", 0x18, false);
            m.write64(context.data + L.completionPort, port);
            m.write64(context.data + L.completionKey, key);
            m.write64(context.data + 0x10, 1);
            m.write64(f + L.fileCompletionContext, context.data);
        }
        return f;
    }

    Address queueIrp(Address port, Address thread, Address file)
    {
        constexpr std::uint8_t stackCount = 10;
        const std::uint64_t size = L.irpSize + stackCount * std::uint64_t{L.stackLocationSize};
        const Address irp = allocate("Irp ", size, false).data;
        m.write16(irp + L.irpType, 6);
        m.write16(irp + 2, static_cast<std::uint16_t>(size));
        m.write32(irp + L.irpFlags, 0x60900);
        m.write32(irp + L.irpIoStatus, 0); // STATUS_SUCCESS
        m.write64(irp + L.irpIoStatus + 8, 0x200);
        m.write8(irp + L.irpPendingReturned, 1);
        m.write8(irp + L.irpStackCount, stackCount);
        m.write8(irp + L.irpCurrentLocation, stackCount + 2); // complete, as in seed 002
        m.write64(irp + L.irpUserBuffer, 0x000000d5a2f1e000ull + (irp & 0xfff0));
        m.write64(irp + L.irpThread, thread);
        initList(irp + 0x20); // ThreadListEntry: off the thread once completed
        // Completion zeroed its stack locations but for their DeviceObject, and moved
        // CurrentStackLocation past the last; queuing it on the port wrote PacketType over
        // the pointer's low half (seed 002: 0xffffe000`00000000).
        writeStackLocation(irp, stackCount, devices().filter, 0);
        writeStackLocation(irp, stackCount - 1, serverOf(file), 0);
        m.write64(irp + L.irpPacketType, stackLocation(irp, stackCount + 2) & ~0xffffffffull);
        m.write32(irp + L.irpPacketType, 0); // PacketType: an IRP
        m.write64(irp + L.irpOriginalFileObject, file);
        queueEntry(port, irp + L.irpListEntry);
        ++planted(port).irps;
        ++P.irps;
        return irp;
    }

    // An IRP still in a driver: pending, on its thread's IrpList, on no port (!irpfind finds it).
    Address pendingIrp(Address thread, Address file)
    {
        constexpr std::uint8_t stackCount = 4;
        const std::uint64_t size = L.irpSize + stackCount * std::uint64_t{L.stackLocationSize};
        const Address irp = allocate("Irp ", size, false).data;
        m.write16(irp + L.irpType, 6);
        m.write16(irp + 2, static_cast<std::uint16_t>(size));
        m.write32(irp + L.irpFlags, 0x60070);
        m.write32(irp + L.irpIoStatus, 0x103); // STATUS_PENDING
        m.write8(irp + L.irpPendingReturned, 1);
        m.write8(irp + L.irpStackCount, stackCount);
        m.write8(irp + L.irpCurrentLocation, 3);
        // The filter manager took it first (location 4) and passed it down to the file's
        // driver, where it waits (location 3, current).
        writeStackLocation(irp, 4, devices().filter, file);
        writeStackLocation(irp, 3, serverOf(file), file);
        m.write64(irp + L.irpPacketType, stackLocation(irp, 3));
        m.write64(irp + L.irpThread, thread);
        m.write64(irp + L.irpOriginalFileObject, file);
        initList(irp + L.irpListEntry);
        appendList(thread + L.threadIrpList, irp + L.irpThreadListEntry);
        ++P.irps;
        P.pendingIrps.push_back(irp);
        P.pendingIrpDriver = serverOf(file) == devices().npfs ? "\\FileSystem\\Npfs" : "";
        return irp;
    }

    void queuePacket(Address port, std::uint64_t key, std::uint32_t status)
    {
        const Address packet = allocate("Icp ", 0x38, false).data;
        m.write32(packet + L.miniPacketType, 1);
        m.write64(packet + L.miniPacketKey, key);
        m.write64(packet + L.miniPacketApcContext, 0x000001f3c0a1b000ull + key * 0x10);
        m.write32(packet + L.miniPacketStatus, status);
        queueEntry(port, packet);
        ++planted(port).packets;
        ++P.packets;
    }

    // The stages ----------------------------------------------------------------------
    void kernelImage();
    void objectTypes();
    void systemProcesses();
    void iocpLeak();
    void handleLeak();
    void zombies();
    void referenceLeak();
    void benchmarkNoise();
    void systemIrps();
    void driverBlocks();
    void backgroundPool();
    void poolTables();
    void debuggerData();
    void systemState();
    void damage();

    Address global(std::uint64_t rva) const { return kImageBase + rva; }

    const KernelScenario& m_s;
    const KernelLayout& L;
    DumpBuilder& m;
    PlantedKernel& P;
    const ImageGlobals G;  // where the image keeps its globals
    const ExtraFields X;   // the fields other tools read that the layout does not name
    std::optional<RegistryKeys> m_registry;
    std::set<std::uint32_t> m_sessions;
    PoolHeap m_pool;
    std::map<Address, Address> m_listTails;
    std::map<Address, std::uint32_t> m_signal;
    std::map<std::uint8_t, std::uint64_t> m_objectsOfType, m_handlesOfType;
    std::map<std::uint8_t, Address> m_typeBodies;
    std::vector<ProcessState> m_processes; // reserve()d: references stay valid
    Address m_processHead = 0;
    Address m_systemThread = 0;
    Devices m_devices;
    std::map<std::u16string, Address> m_drivers;
    std::map<Address, Address> m_fileDevices; // FILE_OBJECT -> DeviceObject
    Address m_typeTable = 0;
    std::uint64_t m_sizeOfImage = 0;
    std::uint32_t m_nextTid = 0x1004;
};

void KernelWriter::kernelImage()
{
    // The whole image is mapped, its sections laid around the globals and functions.
    const ImagePlan plan = planKernelImage(G, X.pcrSize);
    m_sizeOfImage = plan.sizeOfImage;
    P.kernelBase = kImageBase;
    KernelImageSpec spec;
    spec.sizeOfImage = plan.sizeOfImage;
    spec.sections = plan.sections;
    spec.debugRva = plan.debugRva;
    spec.guid = m_s.kernelGuid.empty() ? L.pdbGuid : m_s.kernelGuid;
    spec.age = m_s.kernelGuid.empty() ? L.pdbAge : m_s.kernelAge;
    m.map(kImageBase, plan.sizeOfImage);
    const auto headers = makeKernelImageHeaders(spec);
    m.write(kImageBase, headers.data(), headers.size());
    const auto debug = makeDebugDirectory(spec);
    m.write(kImageBase + plan.debugRva, debug.data(), debug.size());
    const auto decode = handleEntryDecodeCode();
    m.write(global(G.obpCaptureHandleInformationEx), decode.data(), decode.size());
    const auto bugCheck = keBugCheckExCode();
    m.write(global(G.keBugCheckEx), bugCheck.data(), bugCheck.size());
    const auto offsets = objectInfoMaskToOffset();
    m.write(global(G.obpInfoMaskToOffset), offsets.data(), offsets.size());
    initList(global(G.handleTableListHead));
    if (G.exPoolState)
        m_pool.writeGlobals(global(G.exPoolState), global(G.rtlpHpHeapGlobals));

    // PsLoadedModuleList: its first entry is ntoskrnl.
    const Address modules = global(G.psLoadedModuleList);
    initList(modules);
    const Allocation entry = allocate("MmLd", 0xa0, false);
    m.write64(entry.data + L.moduleDllBase, kImageBase);
    m.write32(entry.data + L.moduleSizeOfImage, static_cast<std::uint32_t>(m_sizeOfImage));
    writeString(entry.data + L.moduleBaseDllName, u"ntoskrnl.exe", "MmLd");
    appendList(modules, entry.data);
    m.setLoadedModuleList(modules);
    // The kernel passes its object tags to the allocator as immediates
    // (mov r8d, 'erhT' is 41 b8 54 68 72 65), which is what `s -a ... "Thre"` finds.
    Address code = kImageBase + 0x1000;
    for (const char* tag : {"Thre", "Proc", "Irp ", "IoCo", "File", "Icp ", "Thre"}) {
        const std::array<std::uint8_t, 2> movR8d{0x41, 0xb8};
        m.write(code, movR8d.data(), movR8d.size());
        m.write32(code + 2, tagValue(tag));
        P.tagsInImages["ntoskrnl.exe"][tag] += 1;
        code += 0x40;
    }

    // A third-party driver whose pool tag is in no description file: its image carries the
    // tag three times (two allocations and a free), as a real driver's does.
    const Address driverEntry = allocate("MmLd", 0xa0, false).data;
    m.write64(driverEntry + L.moduleDllBase, kDriverBase);
    m.write32(driverEntry + L.moduleSizeOfImage, kDriverSize);
    writeString(driverEntry + L.moduleBaseDllName, u"leakydrv.sys", "MmLd");
    appendList(modules, driverEntry);
    m.writeText(kDriverBase, "MZ");
    for (int i = 0; i < 3; ++i) {
        const std::array<std::uint8_t, 2> movR8d{0x41, 0xb8};
        m.write(kDriverBase + 0x1000 + 0x180 * i, movR8d.data(), movR8d.size());
        m.writeText(kDriverBase + 0x1002 + 0x180 * i, kDriverTag);
    }
    P.tagsInImages["leakydrv.sys"][kDriverTag] = 3;
    P.driverImage = "leakydrv.sys";
    P.driverTag = kDriverTag;

    m_processHead = global(G.psActiveProcessHead);
    initList(m_processHead);
    m.setProcessListHead(m_processHead);
    m.setProcessors(2);
    m_registry.emplace(m, X, [this](std::string_view tag, std::uint64_t size) { return allocate(tag, size, true).data; });
}

void KernelWriter::objectTypes()
{
    P.headerCookie = 0x5b;
    m.write32(global(G.obHeaderCookie), P.headerCookie);
    m_typeTable = global(G.obTypeIndexTable);
    m.write64(m_typeTable, 0);
    m.write64(m_typeTable + 8, 0xbad0b0b0);
    P.typeNames.assign(2, "");
    for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
        const std::string_view name = kTypeNames[i];
        const Address type = createObject("Type", 0xd8, "ObjT", false, 0);
        std::u16string wide(name.begin(), name.end());
        writeString(type + L.typeName, wide);
        m.write8(type + L.typeIndex, static_cast<std::uint8_t>(i + 2));
        m.write32(type + L.typeKey, tagValue(std::string(name) + "    "));
        m.write64(m_typeTable + (i + 2) * 8, type);
        initList(type + L.typeList);
        m_typeBodies[static_cast<std::uint8_t>(i + 2)] = type;
        P.typeNames.emplace_back(name);
    }
}

void KernelWriter::systemProcesses()
{
    struct Noise {
        const char* image;
        std::uint32_t pid, parent;
        std::uint32_t events, keys, files, threads;
    };
    // A quiet machine: the usual processes with the handles they usually hold.
    const std::array noise{
        Noise{"System", 4, 0, 40, 12, 30, 6},        Noise{"Registry", 0x68, 4, 2, 30, 0, 1},
        Noise{"smss.exe", 0x1c4, 4, 4, 3, 2, 1},     Noise{"csrss.exe", 0x24c, 0x23c, 60, 8, 10, 4},
        Noise{"wininit.exe", 0x2a0, 0x23c, 12, 6, 4, 2}, Noise{"services.exe", 0x2f8, 0x2a0, 30, 40, 8, 3},
        Noise{"lsass.exe", 0x310, 0x2a0, 80, 50, 20, 5}, Noise{"svchost.exe", 0x358, 0x2f8, 140, 70, 30, 6},
        Noise{"svchost.exe", 0x3ac, 0x2f8, 90, 45, 12, 4}, Noise{"explorer.exe", 0x12a8, 0x1260, 300, 400, 60, 8},
    };
    for (const Noise& n : noise) {
        if (std::string_view(n.image) == "Registry" && L.build < 17134)
            continue; // the Registry process exists from 1803 on
        ProcessState& process = createProcess(n.image, n.pid, n.parent);
        for (std::uint32_t i = 0; i < n.threads; ++i) {
            const Address t = createThread(process, m_nextTid += 4, false, 1);
            addHandle(process, t, 0x1fffff, "Thread");
        }
        for (std::uint32_t i = 0; i < n.events; ++i) {
            // The kernel's well-known named events, as !object \KernelObjects lists them.
            const std::u16string_view name = n.pid != 4 || i >= 2 ? std::u16string_view{}
                                           : i == 0             ? u"LowMemoryCondition"
                                                                : u"HighNonPagedPoolCondition";
            addHandle(process, createObject("Event", 0x18, "Even", false, 1, name), 0x1f0003, "Event");
        }
        for (std::uint32_t i = 0; i < n.keys; ++i)
            addHandle(process, createKey(process, kServiceKeys[i % kServiceKeys.size()]), 0x20019, "Key");
        for (std::uint32_t i = 0; i < n.files; ++i) {
            std::u16string name = u"\\Windows\\System32\\config\\log" + std::u16string(1, char16_t(u'A' + i % 26));
            addHandle(process, createFile(name, 0, 0, 1), 0x120089, "File");
        }
        // Every service host has a thread pool: a port its workers wait on.
        if (std::string_view(n.image) == "svchost.exe" || std::string_view(n.image) == "lsass.exe") {
            const Address port = createPort(2, 1);
            addHandle(process, port, 0x1f0003, "IoCompletion");
            planted(port).holders.push_back(process.eprocess);
            for (int w = 0; w < 2; ++w)
                addWaitingThread(port, createThread(process, m_nextTid += 4, false, 0));
            if (n.pid == 0x3ac) {
                queuePacket(port, 0x11, 0);
                queuePacket(port, 0x12, 0);
                queuePacket(port, 0x13, 0xc0000120); // STATUS_CANCELLED
            }
        }
    }
}

void KernelWriter::iocpLeak()
{
    ProcessState& leaker = createProcess("IOCPLeak.exe", 0x1a2c, 0x12a8);
    P.iocpProcess = leaker.eprocess;
    P.iocpPid = leaker.pid;
    P.iocpImage = "IOCPLeak.exe";
    const Address main = createThread(leaker, 0x1a30, false, 1);
    addHandle(leaker, main, 0x1fffff, "Thread");
    P.iocpThread = main;
    for (int i = 0; i < 6; ++i)
        addHandle(leaker, createObject("Event", 0x18, "Even", false, 1), 0x1f0003, "Event");
    // The port nobody calls GetQueuedCompletionStatus on; svchost.exe holds it too, as in
    // the seed.
    const Address port = createPort(0, 2);
    P.leakPort = port;
    addHandle(leaker, port, 0x1f0003, "IoCompletion");
    planted(port).holders.push_back(leaker.eprocess);
    ProcessState& svchost = processWithPid(0x358);
    addHandle(svchost, port, 0x1f0003, "IoCompletion");
    planted(port).holders.push_back(svchost.eprocess);
    P.leakFileName = "\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt";
    const std::u16string wide(P.leakFileName.begin(), P.leakFileName.end());
    const Address file = createFile(wide, port, 0, 1);
    P.leakFile = file;
    addHandle(leaker, file, 0x12019f, "File");
    for (std::uint64_t i = 0; i < m_s.leakedIrps; ++i)
        P.leakIrps.push_back(queueIrp(port, main, file));
    // Its worker also has reads outstanding on a pipe: pending, on no port.
    const Address worker = createThread(leaker, 0x1a34, false, 1);
    addHandle(leaker, worker, 0x1fffff, "Thread");
    const Address pipe = createFile(u"\\Device\\NamedPipe\\IOCPLeak-control", 0, 0, 1);
    addHandle(leaker, pipe, 0x12019f, "File");
    for (int i = 0; i < 2; ++i)
        pendingIrp(worker, pipe);
}

void KernelWriter::handleLeak()
{
    ProcessState& leaker = createProcess("xxxxxx.EXE", 0x8e8, 0x16c);
    P.handleProcess = leaker.eprocess;
    P.handlePid = leaker.pid;
    P.handleImage = "xxxxxx.EXE";
    for (int i = 0; i < 3; ++i)
        createThread(leaker, m_nextTid += 4, false, 0);
    // Seed 004's table: every type with its count, the threads all terminated.
    const std::array<std::pair<const char*, std::uint64_t>, 12> others{
        {{"Token", 1}, {"Desktop", 1}, {"Section", 1}, {"WindowStation", 2}, {"Directory", 3}, {"IoCompletion", 4},
         {"Mutant", 5}, {"ALPC Port", 7}, {"Semaphore", 9}, {"File", 15}, {"Event", 73}, {"Key", 65110}}};
    for (const auto& [type, count] : others) {
        for (std::uint64_t i = 0; i < count; ++i) {
            const std::string_view t = type;
            Address object = 0;
            if (t == "IoCompletion")
                object = createPort(4, 1), planted(object).holders.push_back(leaker.eprocess);
            else if (t == "File")
                object = createFile(u"\\Device\\NamedPipe\\xxxxxx", 0, 0, 1);
            else if (t == "Key")
                object = createKey(leaker, "MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts");
            else
                // Each type's objects carry its pool tag (_OBJECT_TYPE.Key), as the object manager allocates them.
                object = createObject(t, t == "Key" ? 0x48 : 0x40, (std::string(t) + "   ").substr(0, 4),
                                      t == "Key" || t == "Directory" || t == "Token", 1);
            addHandle(leaker, object, 0x1f0001, t);
        }
    }
    P.pool.leakedThreads.reserve(m_s.leakedThreadHandles);
    for (std::uint64_t i = 0; i < m_s.leakedThreadHandles; ++i) {
        const Address t = createThread(leaker, 0xa0000 + static_cast<std::uint32_t>(i) * 4, true, 1);
        addHandle(leaker, t, 0x1fffff, "Thread");
        P.pool.leakedThreads.push_back(t);
    }
    P.terminatedThreads = m_s.leakedThreadHandles;
}

void KernelWriter::zombies()
{
    // A service host that starts helpers and keeps a handle to each one and to its thread
    // after they exit (seen in real dumps: "ObjectTable: 00000000  HandleCount: 0.",
    // "No active threads" and one TERMINATED thread).
    ProcessState& holder = processWithPid(0x3ac); // svchost.exe
    P.zombieHolder = holder.eprocess;
    for (std::uint32_t i = 0; i < 2; ++i) {
        ProcessState& zombie = createProcess("WerFault.exe", 0x1f00 + i * 0x40, holder.pid, true, 1);
        addHandle(holder, zombie.eprocess, 0x1fffff, "Process");
        P.zombieProcesses.push_back(zombie.eprocess);
        const Address thread = createThread(zombie, 0x1f04 + i * 0x40, true, 1);
        addHandle(holder, thread, 0x1fffff, "Thread");
        P.zombieProcessThreads.push_back(thread);
    }
}

// leakydrv.sys scanned a cache folder: it opened each file, took a reference to its file
// object (ObReferenceObject) and kept the pointer in a block of its own, and never let it
// go; the processes closed their handles. The blocks are written by driverBlocks().
void KernelWriter::referenceLeak()
{
    P.pool.referencedFiles.reserve(kReferencedFiles);
    for (std::uint64_t i = 1; i <= kReferencedFiles; ++i) {
        char name[64];
        std::snprintf(name, sizeof name, "\\ProgramData\\Scanner\\cache\\item-%04u.dat", static_cast<unsigned>(i));
        const std::string narrow(name);
        const Address file = createFile(std::u16string(narrow.begin(), narrow.end()), 0, 0, 0); // PointerCount 1
        if (i % 8 == 0)
            m.write64(headerOf(file) + L.headerPointerCount, 2); // referenced twice
        P.pool.referencedFiles.push_back(file);
    }
}

// The driver's context blocks: a pointer the driver keeps (a referenced file object in the
// reference leak, else its device extension's), a sequence number, a state and a time.
void KernelWriter::driverBlocks()
{
    for (std::uint64_t i = 0; i < kDriverBlocks; ++i) {
        const Address block = allocate(kDriverTag, 0x3e0, false).data;
        const bool file = i < P.pool.referencedFiles.size();
        m.write64(block, file ? P.pool.referencedFiles[i] : kDriverExtension);
        m.write32(block + 8, static_cast<std::uint32_t>(i));
        m.write32(block + 0xc, file ? 2 : 1);
        m.write64(block + 0x10, kSystemTime - (kDriverBlocks - i) * 37 * kSecond);
        P.pool.leakBlocks.push_back(block);
    }
}

// IRPs of the rest of the system's I/O, in flight in drivers: real IRPs on no list a walk
// reaches (the seed's !poolused shows 1,158 Irp allocations, 156 of them on the port).
void KernelWriter::systemIrps()
{
    constexpr std::uint64_t size = 0x3a0; // ten stack locations after a 0xd0-byte IRP
    const auto stackCount
        = static_cast<std::uint8_t>(L.irpSize < size ? (size - L.irpSize) / L.stackLocationSize : 1);
    for (std::uint64_t i = 0; i < kUnwalkedIrps; ++i) {
        const Address irp = allocate("Irp ", size, false).data;
        m.write16(irp + L.irpType, 6);
        m.write16(irp + 2, static_cast<std::uint16_t>(size));
        m.write8(irp + L.irpStackCount, stackCount);
        m.write8(irp + L.irpCurrentLocation, stackCount); // at its lowest driver
        writeStackLocation(irp, stackCount, devices().volume, 0);
        m.write64(irp + L.irpPacketType, stackLocation(irp, stackCount));
        initList(irp + L.irpThreadListEntry);
        initList(irp + L.irpListEntry);
    }
    P.unwalkedIrps = kUnwalkedIrps;
}

// Tags the generated kernel does not use itself, allocated as a running system has them.
void KernelWriter::backgroundPool()
{
    for (const BackgroundRequests& r : backgroundRequests())
        for (std::uint64_t i = 0; i < r.count; ++i)
            allocate(r.tag, r.size, r.paged, r.pagedOut);
}

void KernelWriter::benchmarkNoise()
{
    if (m_s.noiseHandles) {
        for (std::uint64_t i = 0; i < m_s.noiseHandles; ++i) {
            ProcessState& process = processWithPid(kNoisePids[i % kNoisePids.size()]);
            addHandle(process, createObject("Event", 0x18, "Even", false, 1), 0x1f0003, "Event");
        }
    }
    if (m_s.noiseIrps) {
        ProcessState& host = processWithPid(0x12a8); // explorer.exe
        const Address port = createPort(4, 1);
        addHandle(host, port, 0x1f0003, "IoCompletion");
        planted(port).holders.push_back(host.eprocess);
        const Address thread = createThread(host, m_nextTid += 4, false, 0);
        const Address file = createFile(u"\\Device\\Afd\\Endpoint", port, 0x77, 1);
        addHandle(host, file, 0x12019f, "File");
        for (std::uint64_t i = 0; i < m_s.noiseIrps; ++i)
            queueIrp(port, thread, file);
    }
}

void KernelWriter::poolTables()
{
    // Frees: every tag freed some (allocations come and go; the pool keeps the first few
    // as stale blocks, see PoolHeap); the outstanding stays.
    for (auto& [tag, t] : P.tags) {
        const std::uint64_t freedNp = t.nonPagedAllocs ? 37 + tag[0] % 11 : 0;
        const std::uint64_t freedP = t.pagedAllocs ? 19 + tag[1] % 7 : 0;
        t.nonPagedAllocs += freedNp;
        t.nonPagedFrees += freedNp;
        t.pagedAllocs += freedP;
        t.pagedFrees += freedP;
    }

    // Two processors: processor 1's counts in its own table, the rest in the global one.
    std::uint64_t entries = 2048;
    while (entries < P.tags.size() * 4)
        entries *= 2;
    const std::uint64_t tableBytes = (entries + 1) * L.trackerSize;
    const Address global0 = kTables;
    const Address cpu1 = (global0 + tableBytes + 0xfff) & ~0xfffull;
    m.map(global0, tableBytes);
    m.map(cpu1, tableBytes);
    const auto putCount = [&](Address at, std::uint64_t value) {
        if (L.trackerCountSize == 4)
            m.write32(at, static_cast<std::uint32_t>(value));
        else
            m.write64(at, value);
    };
    std::vector<bool> used(entries, false);
    for (const auto& [tag, t] : P.tags) {
        const std::uint32_t key = tagValue(tag);
        const std::uint64_t hashed = 40543ull * key;
        std::uint64_t slot = ((hashed >> 32) ^ hashed) & (entries - 1);
        while (used[slot])
            slot = (slot + 1) & (entries - 1);
        used[slot] = true;
        const auto write = [&](Address table, std::uint64_t npA, std::uint64_t npF, std::uint64_t npB, std::uint64_t pA,
                               std::uint64_t pF, std::uint64_t pB) {
            const Address e = table + slot * L.trackerSize;
            m.write32(e + L.trackerKey, key);
            putCount(e + L.trackerNonPagedAllocs, npA);
            putCount(e + L.trackerNonPagedFrees, npF);
            m.write64(e + L.trackerNonPagedBytes, npB);
            putCount(e + L.trackerPagedAllocs, pA);
            putCount(e + L.trackerPagedFrees, pF);
            m.write64(e + L.trackerPagedBytes, pB);
        };
        // Processor 1 made a third of the allocations and freed all it made (its Bytes is
        // what it still holds: none), so only the sum over processors is right.
        const std::uint64_t npA1 = t.nonPagedFrees / 3, pA1 = t.pagedFrees / 3;
        write(global0, t.nonPagedAllocs - npA1, t.nonPagedFrees - npA1, t.nonPagedBytes, t.pagedAllocs - pA1,
              t.pagedFrees - pA1, t.pagedBytes);
        write(cpu1, npA1, npA1, 0, pA1, pA1, 0);
    }
    m.write64(global(G.poolTrackTable), global0);
    m.write64(global(G.poolTrackTableSize), entries);
    m.write64(global(G.exPoolTagTables), global0);
    m.write64(global(G.exPoolTagTables) + 8, cpu1);

    // The big page table: open addressing by page number; a few freed slots.
    const std::vector<BigPoolPage>& bigPages = m_pool.bigPages();
    std::uint64_t slots = 1024;
    while (slots < bigPages.size() * 2 + 8)
        slots *= 2;
    const Address big = (cpu1 + tableBytes + 0xffff) & ~0xffffull;
    m.map(big, slots * L.bigPageSize);
    std::vector<bool> taken(slots, false);
    const auto place = [&](Address va, std::uint32_t key, std::uint32_t poolType, std::uint64_t bytes) {
        std::uint64_t slot = (va >> 12) & (slots - 1);
        while (taken[slot])
            slot = (slot + 1) & (slots - 1);
        taken[slot] = true;
        const Address e = big + slot * L.bigPageSize;
        m.write64(e + L.bigPageVa, va);
        m.write32(e + L.bigPageKey, key);
        m.write32(e + L.bigPagePoolType, poolType << 8);
        m.write64(e + L.bigPageNumberOfBytes, bytes);
    };
    for (const BigPoolPage& page : bigPages)
        place(page.va, page.tag, page.poolType, page.bytes);
    for (int i = 0; i < 3; ++i) // freed: the low bit of Va set
        place((kBigNonPaged - 0x100000 + i * 0x2000ull) | 1, tagValue("Freed"), 0x200, 0x2000);
    P.bigPagesInUse = bigPages.size();
    m.write64(global(G.poolBigPageTable), big);
    m.write64(global(G.poolBigPageTableSize), slots);
}

void KernelWriter::debuggerData()
{
    // A bugcheck dump holds KDDEBUGGER_DATA64 decoded, at nt!KdDebuggerDataBlock; a live
    // dump keeps it encoded.
    DebuggerDataSpec d;
    d.build = L.build;
    d.kernelBase = kImageBase;
    d.debuggerData = global(G.kdDebuggerDataBlock);
    d.versionBlock = global(G.kdVersionBlock);
    d.dataListHead = global(G.kdpDebuggerDataListHead);
    d.psLoadedModuleList = global(G.psLoadedModuleList);
    d.psActiveProcessHead = m_processHead;
    d.mmPfnDatabase = global(G.mmPfnDatabase);
    d.poolTrackTable = global(G.poolTrackTable);
    d.ntBuildLab = global(G.ntBuildLab);
    d.ntBuildLabEx = global(G.ntBuildLabEx);
    d.kiProcessorBlock = global(G.kiProcessorBlock);
    d.cmNtCsdVersion = global(G.cmNtCsdVersion);
    d.ntBuildNumber = global(G.ntBuildNumber);
    d.breakpointWithStatus = global(G.keBugCheckEx) - 0x1000;
    d.blockEncoded = global(G.kdpDataBlockEncoded);
    d.waitNever = global(G.kiWaitNever);
    d.waitAlways = global(G.kiWaitAlways);
    d.processSize = static_cast<std::uint16_t>(L.processSize);
    d.processPeb = static_cast<std::uint16_t>(X.processPeb);
    d.processParentId = static_cast<std::uint16_t>(L.processParentId);
    d.processDirectoryTableBase = static_cast<std::uint16_t>(X.processDirectoryTableBase);
    d.threadSize = static_cast<std::uint16_t>(L.threadSize);
    d.pcrSize = static_cast<std::uint16_t>(X.pcrSize);
    d.prcbSize = static_cast<std::uint16_t>(X.pcrSize - X.pcrPrcb);
    d.encoded = m_s.encodedDebuggerData;
    writeDebuggerData(m, d);
    m.setDebuggerDataBlock(d.debuggerData);
}

// What the rest of the system shows: the processors' control regions, the shared user
// data page, the PFN database's address, and the header's time and crash context.
void KernelWriter::systemState()
{
    ProcessorBlocks cpus;
    cpus.processorBlock = global(G.kiProcessorBlock);
    cpus.numberProcessors = global(G.keNumberProcessors);
    for (std::uint32_t cpu = 0; cpu < 2; ++cpu)
        cpus.pcrs.push_back(cpu == 0 && G.kiInitialPcr ? global(G.kiInitialPcr)
                                                      : kProcessorRegions + cpu * ((X.pcrSize + 0xffff) & ~0xffffull));
    // Both were running System threads when the crash was triggered.
    cpus.currentThreads = {m_systemThread, m_systemThread};
    writeProcessorBlocks(m, X, cpus);
    m.write64(global(G.mmPfnDatabase), kPfnDatabase);
    m.map(kCrashStack - 0x6000, 0x6000);

    const bool server = L.build == 20348; // Server 2022 only; the other builds are clients too
    m.setPhysicalMemory(m_s.physicalMemory);
    DumpHeaderFacts facts;
    facts.systemTime = kSystemTime;
    facts.systemUpTime = kUpTime;
    facts.pfnDatabase = kPfnDatabase;
    facts.productType = server ? 3 : 1;
    facts.suiteMask = server ? 0x110 : 0x100;
    facts.contextRip = global(G.keBugCheckEx);
    facts.contextRsp = kCrashStack - 0x1a8;
    m.setHeaderFacts(facts);
    SharedDataFacts shared;
    shared.build = L.build;
    shared.systemTime = kSystemTime;
    shared.interruptTime = kUpTime;
    shared.productType = facts.productType;
    shared.suiteMask = facts.suiteMask;
    shared.processors = 2;
    shared.cookie = 0x7c3a91e5;
    writeKuserSharedData(m, shared);
    // The RAM figure last: every page is mapped by now.
    m.write32(kKuserSharedData + 0x2e8, static_cast<std::uint32_t>(m.ramPages()));
}

void KernelWriter::damage()
{
    switch (m_s.damage) {
    case DumpDamage::None:
        break;
    case DumpDamage::CyclicQueue: {
        if (P.leakIrps.size() < 12)
            throw std::invalid_argument("--damage cyclic-queue needs the IOCP case");
        // The last IRP's link points back at the tenth: a list that never reaches its head.
        m.write64(P.leakIrps.back() + L.irpListEntry, P.leakIrps[9] + L.irpListEntry);
        P.damagedAddress = P.leakPort;
        break;
    }
    case DumpDamage::HandleTableOutside: {
        ProcessState& victim = processWithPid(0x2f8); // services.exe
        m.write64(victim.handleTable + L.handleTableTableCode, kOutside | 1);
        P.damagedAddress = victim.eprocess;
        break;
    }
    case DumpDamage::TypeIndexOutOfRange: {
        // Three Event objects of lsass.exe whose headers decode past the type table.
        ProcessState& victim = processWithPid(0x310); // lsass.exe
        for (std::size_t i = 10; i < 13; ++i) {
            const Address header = victim.entries[i].first;
            m.write8(header + L.headerTypeIndex, encodedIndex(0xf0, header));
        }
        P.damagedAddress = victim.eprocess;
        break;
    }
    case DumpDamage::PoolChunkHeader:
        m_pool.damage(PoolDamage::ChunkHeader);
        P.damagedAddress = P.pool.damage.chunkHeader;
        break;
    case DumpDamage::PoolPageMissing:
        m_pool.damage(PoolDamage::PageMissing);
        P.damagedAddress = P.pool.damage.missingPage;
        break;
    case DumpDamage::PoolSegmentCycle:
        m_pool.damage(PoolDamage::SegmentCycle);
        P.damagedAddress = P.pool.damage.cyclicHeap;
        break;
    }
}

void KernelWriter::run()
{
    m_processes.reserve(64);
    kernelImage();
    objectTypes();
    backgroundPool(); // allocated since boot: the dump's first pages
    systemProcesses();
    if (m_s.kind == ScenarioKind::IocpLeak || m_s.kind == ScenarioKind::Both)
        iocpLeak();
    if (m_s.kind == ScenarioKind::HandleLeak || m_s.kind == ScenarioKind::Both)
        handleLeak();
    zombies();
    if (m_s.kind == ScenarioKind::ReferenceLeak)
        referenceLeak();
    benchmarkNoise();
    if (m_s.maintainTypeLists) {
        // A port whose last handle is closed, still referenced by the kernel and holding
        // completion packets: only the type list reaches it.
        const Address orphan = createPort(1, 0);
        for (std::uint64_t key = 1; key <= 5; ++key)
            queuePacket(orphan, key, 0);
        P.orphanPort = orphan;
    }
    finishHandleTables();
    finishProcesses();
    // Type totals, as the object manager keeps them.
    for (const auto& [index, count] : m_objectsOfType) {
        const Address body = m_typeBodies.at(index);
        m.write32(body + L.typeTotalObjects, static_cast<std::uint32_t>(count));
        m.write32(body + L.typeTotalHandles, static_cast<std::uint32_t>(m_handlesOfType[index]));
    }
    driverBlocks();
    systemIrps();
    m_pool.finish(); // no allocation after this
    poolTables();
    debuggerData();
    systemState();
    damage();
}

} // namespace

namespace {

// A layout row taken from headers names no kernel (builds 22621 and 26100): the generated
// kernel gets a PDB identity of its own, and its globals are placed by imageGlobals, at
// RVAs the reader must find as it would on a kernel it has no symbols for.
KernelScenario withOwnIdentity(KernelScenario scenario)
{
    if (scenario.kernelGuid.empty() && scenario.layout.pdbGuid.empty()) {
        char guid[33];
        std::snprintf(guid, sizeof guid, "6E4E7A7E%08X00000000%08X", scenario.layout.build, 0x5eedu);
        scenario.kernelGuid = guid;
        scenario.kernelAge = 1;
    }
    return scenario;
}

} // namespace

GeneratedKernel generateKernel(const KernelScenario& request)
{
    const KernelScenario scenario = withOwnIdentity(request);
    GeneratedKernel out{DumpBuilder(scenario.layout.build), {}};
    if (scenario.firstFrame)
        out.memory.setFirstFrame(scenario.firstFrame);
    KernelWriter writer(scenario, out);
    writer.run();
    return out;
}

} // namespace poolscope::testdata
