#include "kernel_object.h"

#include "shared_table.h"

namespace poolscope {

namespace {

struct Naming {
    Interned name;
    SharedAddress typeObject;
    SharedAddress directory;
    bool operator==(const Naming&) const = default;
};

struct NamingHash {
    std::size_t operator()(const Naming& n) const noexcept
    {
        std::size_t h = std::hash<Interned>{}(n.name);
        for (const SharedAddress& a : {n.typeObject, n.directory})
            h = (h ^ (a.has_value() ? *a + 0x9e3779b97f4a7c15ull : 0)) * 0xff51afd7ed558ccdull;
        return h;
    }
};

using Table = SharedTable<Naming, NamingHash>;

Naming namingOf(std::uint32_t id)
{
    return id ? Table::instance().at(id) : Naming{};
}

std::uint32_t idOf(const Naming& naming)
{
    return naming == Naming{} ? 0 : Table::instance().intern(naming);
}

} // namespace

Interned KernelObject::name() const
{
    return namingOf(m_naming).name;
}

SharedAddress KernelObject::typeObject() const
{
    return namingOf(m_naming).typeObject;
}

SharedAddress KernelObject::directory() const
{
    return namingOf(m_naming).directory;
}

void KernelObject::setName(const Interned& name)
{
    Naming n = namingOf(m_naming);
    n.name = name;
    m_naming = idOf(n);
}

void KernelObject::setTypeObject(const SharedAddress& typeObject)
{
    Naming n = namingOf(m_naming);
    n.typeObject = typeObject;
    m_naming = idOf(n);
}

void KernelObject::setDirectory(const SharedAddress& directory)
{
    Naming n = namingOf(m_naming);
    n.directory = directory;
    m_naming = idOf(n);
}

} // namespace poolscope
