#include "kernel_pdb_heap.h"

#include "tests/support/pdb_members.h"
#include "tests/support/segment_heap.h"

namespace poolscope::testdata {

namespace {

// Declared as the kernel headers declare them: unions of bitfields, no layout choice.
constexpr const char* kNaturalHeapTypes = R"(
typedef struct _RTL_BALANCED_NODE {
    union { struct _RTL_BALANCED_NODE* Children[2]; struct { struct _RTL_BALANCED_NODE* Left; struct _RTL_BALANCED_NODE* Right; }; };
    union { unsigned char Red : 1; unsigned char Balance : 2; unsigned long long ParentValue; };
} RTL_BALANCED_NODE;
struct _HEAP_LFH_SUBSEGMENT_ENCODED_OFFSETS {
    union { struct { unsigned short BlockSize; unsigned short FirstBlockOffset; }; unsigned long EncodedData; };
};
struct _HEAP_VS_CHUNK_HEADER_SIZE {
    union {
        struct {
            unsigned long MemoryCost : 16; unsigned long UnsafeSize : 16;
            unsigned long UnsafePrevSize : 16; unsigned long Allocated : 8; unsigned long Spare : 8;
        };
        unsigned long KeyULong;
        unsigned short KeyUShort;
        unsigned long long HeaderBits;
    };
};
)";

std::uint32_t poolNodes(const SegmentHeapLayout& h)
{
    return h.poolNodeSize ? std::max(1u, (h.stateSpecialHeaps - h.statePoolNode) / h.poolNodeSize) : 1;
}

} // namespace

std::string segmentHeapTypes(const KernelLayout& L)
{
    if (!L.heap)
        return {};
    const SegmentHeapLayout& h = *L.heap;
    std::string out = kNaturalHeapTypes;

    Members descriptor;
    if (h.descriptorTreeSignature == 0)
        descriptor.at(0, 0x18, "union { RTL_BALANCED_NODE TreeNode; struct { unsigned long TreeSignature; unsigned long UnusedBytes; }; };");
    else
        descriptor.at(h.descriptorTreeSignature, 4, "unsigned long TreeSignature;");
    descriptor.at(h.descriptorRangeFlags, 1, "volatile unsigned char RangeFlags;");
    if (h.descriptorUnitOffset == h.descriptorUnitSize) // one byte before 26100
        descriptor.at(h.descriptorUnitSize, 1, "union { unsigned char UnitOffset; unsigned char UnitSize; };");
    else
        descriptor.at(h.descriptorUnitOffset, 1, "unsigned char UnitOffset;").at(h.descriptorUnitSize, 1, "unsigned char UnitSize;");
    descriptor.atIfFree(h.descriptorRangeFlags + 1, 1, "unsigned char CommittedPageCount;");
    out += structure("_HEAP_PAGE_RANGE_DESCRIPTOR", descriptor, std::max(h.descriptorSize, descriptor.end()));

    // The segment's header and its descriptor array share its first bytes.
    Members header;
    header.at(0, 16, "LIST_ENTRY ListEntry;")
        .at(h.segmentSignature, 8, "unsigned long long Signature;")
        .atIfFree(0x18, 8, "void* SegmentCommitState;")
        .atIfFree(0x20, 1, "unsigned char UnusedWatermark;");
    Members segment;
    const std::uint32_t descriptors = 256 * h.descriptorSize;
    segment.at(0, std::max(descriptors, header.end()),
               fmt::format("union {{\n        struct {{\n{}        }};\n        struct _HEAP_PAGE_RANGE_DESCRIPTOR "
                           "DescArray[256];\n    }};",
                           header.body(header.end())));
    out += structure("_HEAP_PAGE_SEGMENT", segment, std::max(0x2000u, segment.end()));

    Members context;
    context.at(h.segContextSegmentMask, 8, "unsigned long long SegmentMask;")
        .at(h.segContextUnitShift, 1, "unsigned char UnitShift;")
        .at(h.segContextFirstDescriptorIndex, 1, "unsigned char FirstDescriptorIndex;")
        .at(h.segContextSegmentListHead, 16, "LIST_ENTRY SegmentListHead;")
        .atIfFree(h.segContextUnitShift + 1, 1, "unsigned char PagesPerUnitShift;")
        .atIfFree(0x38, 8, "struct _SEGMENT_HEAP* Heap;")
        .atIfFree(0x58, 8, "unsigned long long SegmentCount;");
    out += structure("_HEAP_SEG_CONTEXT", context, std::max(h.segContextSize, context.end()));

    Members heap;
    heap.at(h.heapSignature, 4, "unsigned long Signature;")
        .at(h.heapSegContexts, 2 * h.segContextSize, "struct _HEAP_SEG_CONTEXT SegContexts[2];")
        .atIfFree(0, 8, "unsigned long long EnvHandle;");
    out += structure("_SEGMENT_HEAP", heap, std::max(segmentHeapSize(L.build), heap.end()));

    Members globals;
    globals.at(h.globalsHeapKey, 8, "unsigned long long HeapKey;")
        .at(h.globalsLfhKey, 8, "unsigned long long LfhKey;")
        .atIfFree(0x10, 8, "void* FailureInfo;");
    out += structure("_RTLP_HP_HEAP_GLOBALS", globals, std::max(heapGlobalsSize(L.build), globals.end()));

    Members node;
    node.at(0, 4 * 8, "struct _SEGMENT_HEAP* Heaps[4];");
    out += structure("_EX_HEAP_POOL_NODE", node, std::max(h.poolNodeSize, node.end()));

    // The heap manager: only its first field (Globals) is read; it ends where the state's
    // next field starts.
    Members manager;
    manager.at(0, 8, "struct _RTLP_HP_HEAP_GLOBALS* Globals;");
    out += structure("_RTLP_HP_HEAP_MANAGER", manager, std::max(8u, h.stateNumberOfPools));
    Members state;
    state.at(0, std::max(8u, h.stateNumberOfPools), "struct _RTLP_HP_HEAP_MANAGER HeapManager;")
        .at(h.stateNumberOfPools, 4, "unsigned long NumberOfPools;")
        .at(h.statePoolNode, poolNodes(h) * h.poolNodeSize,
            fmt::format("struct _EX_HEAP_POOL_NODE PoolNode[{}];", poolNodes(h)))
        .at(h.stateSpecialHeaps, 4 * 8, "struct _SEGMENT_HEAP* SpecialHeaps[4];");
    out += structure("_EX_POOL_HEAP_MANAGER_STATE", state, state.end());

    // 26100 keeps the owner as a 16-bit reference inside State; before, a pointer.
    Members lfh;
    lfh.at(0, 16, "LIST_ENTRY ListEntry;")
        .at(h.lfhFreeCount, 2, "unsigned short FreeCount;")
        .at(h.lfhBlockCount, 2, "unsigned short BlockCount;")
        .at(h.lfhBlockOffsets, 4, "struct _HEAP_LFH_SUBSEGMENT_ENCODED_OFFSETS BlockOffsets;")
        .at(h.lfhBlockBitmap, 8, "unsigned long long BlockBitmap[1];")
        .atIfFree(0x10, 8,
                  L.build >= 26100 ? "union { unsigned long long State; struct { unsigned short DelayFreeList; unsigned "
                                     "short DelayFreeCount; unsigned short Owner; unsigned char Location; }; };"
                                   : "struct _HEAP_LFH_SUBSEGMENT_OWNER* Owner;");
    out += structure("_HEAP_LFH_SUBSEGMENT", lfh, lfh.end());

    Members vs;
    vs.at(0, 16, "LIST_ENTRY ListEntry;")
        .at(h.vsSize, 2, "unsigned short Size;")
        .at(h.vsSignature, 2, "unsigned short Signature : 15; unsigned short FullCommit : 1;")
        .atIfFree(0x10, 8, "unsigned long long CommitBitmap;")
        .atIfFree(0x18, 8, "unsigned long long CommitLock;");
    out += structure("_HEAP_VS_SUBSEGMENT", vs, std::max(h.vsSubsegmentSize, vs.end()));

    Members chunk;
    chunk.at(0, 8, "struct _HEAP_VS_CHUNK_HEADER_SIZE Sizes;")
        .atIfFree(8, 4,
                  "union { unsigned long AllocatedChunkBits; struct { unsigned long EncodedSegmentPageOffset : 8; "
                  "unsigned long UnusedBytes : 1; unsigned long SkipDuringWalk : 1; unsigned long Spare : 22; }; };");
    out += structure("_HEAP_VS_CHUNK_HEADER", chunk, std::max(h.vsChunkHeaderSize, chunk.end()));
    return out;
}

std::string segmentHeapGlobals(const KernelLayout& L)
{
    if (!L.heap)
        return {};
    return "struct _EX_POOL_HEAP_MANAGER_STATE ExPoolState;\nstruct _RTLP_HP_HEAP_GLOBALS RtlpHpHeapGlobals;\n";
}

} // namespace poolscope::testdata
