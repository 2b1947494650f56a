#pragma once
#include "tests/support/dump_builder.h"
#include "tests/support/extra_fields.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace poolscope::testdata {

// The registry's key control blocks (one per open key, shared by every handle to it) and
// their name blocks, as a Key object's body (_CM_KEY_BODY) reaches them: tools name a key
// handle by walking KeyControlBlock -> ParentKcb up to \REGISTRY. A hive's root KCB is
// flagged KEY_HIVE_ENTRY below its mount point in the master hive (KEY_HIVE_EXIT), as
// since 1607.
class RegistryKeys {
public:
    // allocate(tag, size): paged pool for a KCB or a name block, returning its data address
    using Allocate = std::function<std::uint64_t(std::string_view tag, std::uint64_t size)>;
    RegistryKeys(DumpBuilder& memory, const ExtraFields& fields, Allocate allocate);

    // The KCB of a key path below \REGISTRY ("MACHINE\SOFTWARE\Microsoft\Ole"), created with
    // its parents as needed.
    std::uint64_t key(std::string_view path);
    // Fills a Key object's body: an open handle of process `pid` to `kcb`.
    void openKey(std::uint64_t body, std::uint64_t kcb, std::uint64_t pid);

private:
    std::uint64_t child(std::uint64_t parent, std::string_view name, std::uint16_t flags, unsigned level);
    void reference(std::uint64_t kcb);

    DumpBuilder& m;
    const ExtraFields& F;
    Allocate m_allocate;
    std::uint64_t m_root = 0;
    std::map<std::string, std::uint64_t, std::less<>> m_kcbs; // path -> KCB
    std::map<std::uint64_t, unsigned> m_levels;                 // KCB -> depth below \REGISTRY
    std::map<std::uint64_t, std::uint32_t> m_references;
    std::map<std::uint64_t, std::uint64_t> m_lastBody;          // KCB -> last key body linked
};

} // namespace poolscope::testdata
