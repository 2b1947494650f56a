#pragma once
#include "analysis/dump/kernel_layout.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace poolscope::testdata {

// Offsets of the fields the generated kernel fills for other tools (volatility3's pslist
// and handles, debuggers) that PoolScope's KernelLayout does not name: process times,
// thread count, address space, PEB and session; registry key bodies and their key control
// blocks; the processor control region. Taken from the ISF files of the five kernels the
// built-in table knows (a test checks every one). Another kernel takes the row whose
// _EPROCESS it shares (same UniqueProcessId offset, nearest build), or else the nearest
// older row with the _EPROCESS fields moved as far as its UniqueProcessId moved (as on
// 26100, where every field after the shrunken _KPROCESS moved by the same amount).
struct ExtraFields {
    std::uint32_t build = 0; // of the row the offsets come from
    bool derived = false;    // not this kernel's own row

    // _KPROCESS / _EPROCESS
    std::uint32_t processHeaderSize = 0; // _KPROCESS size in dwords (DISPATCHER_HEADER.Size)
    std::uint32_t processDirectoryTableBase = 0x28;
    std::uint32_t processCreateTime = 0;
    std::uint32_t processExitTime = 0;
    std::uint32_t processActiveThreads = 0;
    std::uint32_t processPeb = 0;
    std::uint32_t processSession = 0;
    std::uint32_t processWow64 = 0;

    // _ETHREAD CreateTime and ExitTime (volatility3's thread scan wants a creation time)
    std::uint32_t threadCreateTime = 0;
    std::uint32_t threadExitTime = 0;

    // _CM_KEY_BODY, _CM_KEY_CONTROL_BLOCK, _CM_NAME_CONTROL_BLOCK
    std::uint32_t keyBodySize = 0;
    std::uint32_t keyBodyType = 0x00; // 'ky02'
    std::uint32_t keyBodyKcb = 0x08;
    std::uint32_t keyBodyProcessId = 0x18;
    std::uint32_t keyBodyList = 0x20;
    std::uint32_t kcbSize = 0;
    std::uint32_t kcbRefCount = 0x00;
    std::uint32_t kcbTotalLevels = 0; // u32 holding ExtFlags (bits 0..15) and TotalLevels (bits 21..30)
    std::uint32_t kcbParent = 0;
    std::uint32_t kcbNameBlock = 0;
    std::uint32_t kcbKeyBodyListHead = 0;
    std::uint32_t kcbFlags = 0; // u32 whose bits 16..31 are Flags
    std::uint32_t nameBlockLength = 0x18;
    std::uint32_t nameBlockName = 0x1a;

    // _KPCR (the _KPRCB is its Prcb member)
    std::uint32_t pcrSize = 0;
    std::uint32_t pcrSelf = 0x18;
    std::uint32_t pcrCurrentPrcb = 0x20;
    std::uint32_t pcrMajorVersion = 0x60;
    std::uint32_t pcrPrcb = 0x180;
    std::uint32_t prcbCurrentThread = 0x08;
    std::uint32_t prcbNumber = 0x24;

    // _MM_SESSION_SPACE
    std::uint32_t sessionSize = 0;
    std::uint32_t sessionId = 0x08;
};

ExtraFields extraFields(const KernelLayout& layout);

// Every offset of a row by its ISF name ("_EPROCESS.CreateTime"), for the test that checks
// the rows against the ISF files: {build, {{"type.field", offset}, ...}}; a size is
// "type.<size>".
std::vector<std::pair<std::uint32_t, std::vector<std::pair<std::string, std::uint32_t>>>> extraFieldRows();

} // namespace poolscope::testdata
