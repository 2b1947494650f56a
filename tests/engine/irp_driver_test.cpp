// The driver an IRP is in, read from a dump as !irp reads it: Tail.Overlay.CurrentStackLocation,
// that IO_STACK_LOCATION's DeviceObject, the device's DriverObject, its DriverName. On the
// builds whose kernels differ most (19041, 22621, 26100) the grouping by driver names the
// driver the generator planted, a completed IRP is said to be in no driver, and each broken
// step of the chain is a warning on the IRP naming the step. (That the offsets are the real
// kernels' is checked with every other field against their ISF files: isf_symbols_test.)
#include "analysis/conclusions/irp_groups.h"
#include "analysis/dump/kernel_dump_reader.h"
#include "tests/support/kernel_scenario.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fmt/format.h>
#include <map>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

const std::string kCompleted = "(completed: in no driver)";

GeneratedKernel generate(std::uint32_t build)
{
    KernelScenario s;
    s.layout = *builtinLayout(build);
    s.leakedThreadHandles = 200;
    return generateKernel(s);
}

Snapshot read(const GeneratedKernel& kernel)
{
    auto dump = DumpFile::fromBytes(kernel.memory.dump(DumpBuilder::Format::Kernel), "generated.dmp");
    EXPECT_TRUE(dump.ok()) << dump.error().describe();
    ReadControl control;
    auto snapshot = readKernelDump(dump.value(), {}, control);
    EXPECT_TRUE(snapshot.ok()) << snapshot.error().describe();
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

// Driver -> IRPs, as `irps --group-by driver` counts them.
std::map<std::string, std::uint64_t> byDriver(const Snapshot& snapshot)
{
    std::map<std::string, std::uint64_t> out;
    for (const IrpGroup& group : groupIrps(snapshot, std::vector<IrpKey>{IrpKey::Driver}))
        out[group.values.at(0).text] += group.irps;
    return out;
}

const Irp& irpAt(const Snapshot& snapshot, Address address)
{
    const auto it = std::find_if(snapshot.irps.begin(), snapshot.irps.end(),
                                 [&](const Irp& irp) { return irp.address == address; });
    if (it == snapshot.irps.end())
        throw std::runtime_error("no IRP record at the planted address");
    return *it;
}

std::vector<std::string> warningsAbout(const Snapshot& snapshot, Address irp)
{
    std::vector<std::string> out;
    for (const Diagnostic& d : snapshot.diagnostics)
        if (d.where.offset == irp && d.severity == Severity::Warning)
            out.push_back(d.message);
    return out;
}

std::uint64_t read64(const DumpBuilder& memory, Address at)
{
    std::uint64_t value = 0;
    memory.read(at, &value, sizeof value);
    return value;
}

Address currentStack(const DumpBuilder& memory, const KernelLayout& L, Address irp)
{
    return read64(memory, irp + L.irpPacketType);
}

Address currentDevice(const DumpBuilder& memory, const KernelLayout& L, Address irp)
{
    return read64(memory, currentStack(memory, L, irp) + L.stackDeviceObject);
}

class IrpDriver : public ::testing::TestWithParam<std::uint32_t> {};

} // namespace

TEST_P(IrpDriver, GroupingNamesThePlantedDriver)
{
    const GeneratedKernel kernel = generate(GetParam());
    const PlantedKernel& planted = kernel.planted;
    ASSERT_FALSE(planted.pendingIrps.empty());
    ASSERT_FALSE(planted.pendingIrpDriver.empty());
    const Snapshot snapshot = read(kernel);

    const auto groups = byDriver(snapshot);
    EXPECT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups.count("(unknown)"), 0u);
    EXPECT_EQ(groups.count(planted.pendingIrpDriver) ? groups.at(planted.pendingIrpDriver) : 0,
              planted.pendingIrps.size());
    EXPECT_EQ(groups.count(kCompleted) ? groups.at(kCompleted) : 0, planted.leakIrps.size());
    for (const Address address : planted.pendingIrps) {
        const Irp& irp = irpAt(snapshot, address);
        EXPECT_EQ(irp.currentDriver, planted.pendingIrpDriver);
        EXPECT_FALSE(*irp.completed);
        EXPECT_TRUE(warningsAbout(snapshot, address).empty());
    }
    // A completed IRP has no current stack location: no driver, and nothing to warn about.
    for (const Address address : planted.leakIrps) {
        EXPECT_TRUE(irpAt(snapshot, address).currentDriver.empty());
        EXPECT_TRUE(warningsAbout(snapshot, address).empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Builds, IrpDriver, ::testing::Values(19041u, 22621u, 26100u),
                         [](const auto& test) { return std::to_string(test.param); });

// Each step of the chain that fails is said on the IRP, with the address it failed at; the
// IRP then groups as "(unknown)", never under a wrong driver.
TEST(IrpDriverBroken, EachBrokenStepIsAWarningOnTheIrp)
{
    const std::uint32_t build = 26100;
    const KernelLayout layout = *builtinLayout(build);
    struct Case {
        const char* name;
        bool shared; // the damage is to the device both pending IRPs are in
        void (*damage)(DumpBuilder& memory, const KernelLayout& L, Address irp);
        std::string (*expected)(const DumpBuilder& memory, const KernelLayout& L, Address irp);
    };
    const Case cases[] = {
        {"a stack pointer that is not its CurrentLocation's", false,
         [](DumpBuilder& memory, const KernelLayout& L, Address irp) {
             memory.write64(irp + L.irpPacketType, currentStack(memory, L, irp) + L.stackLocationSize);
         },
         [](const DumpBuilder& memory, const KernelLayout& L, Address irp) {
             const Address stack = currentStack(memory, L, irp);
             return fmt::format("IRP {:#x}: Tail.Overlay.CurrentStackLocation is {:#x}, not its stack location 3 of 4 "
                                "at {:#x}; its driver is not read",
                                irp, stack, stack - L.stackLocationSize);
         }},
        {"no device in the current stack location", false,
         [](DumpBuilder& memory, const KernelLayout& L, Address irp) {
             memory.write64(currentStack(memory, L, irp) + L.stackDeviceObject, 0);
         },
         [](const DumpBuilder&, const KernelLayout&, Address irp) {
             return fmt::format("IRP {:#x}: its current stack location 3 names no device object (DeviceObject 0x0), "
                                "so its driver is not known",
                                irp);
         }},
        {"a device whose driver pointer names another device", true,
         [](DumpBuilder& memory, const KernelLayout& L, Address irp) {
             const Address device = currentDevice(memory, L, irp);
             memory.write64(device + L.deviceDriverObject, device);
         },
         [](const DumpBuilder& memory, const KernelLayout& L, Address irp) {
             const Address device = currentDevice(memory, L, irp);
             return fmt::format("IRP {:#x}: its device {:#x} names {:#x} as its driver object, which is not one "
                                "(Type 3, not 4)",
                                irp, device, device);
         }},
        {"a driver whose name is not in the dump", true,
         [](DumpBuilder& memory, const KernelLayout& L, Address irp) {
             const Address driver = read64(memory, currentDevice(memory, L, irp) + L.deviceDriverObject);
             memory.write64(driver + L.driverName + 8, 0xfffff6fb00000000ull); // Buffer: nothing mapped there
         },
         [](const DumpBuilder& memory, const KernelLayout& L, Address irp) {
             const Address device = currentDevice(memory, L, irp);
             return fmt::format("IRP {:#x}: the DriverName of driver object {:#x} (of device {:#x}) is not readable",
                                irp, read64(memory, device + L.deviceDriverObject), device);
         }},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        GeneratedKernel kernel = generate(build);
        const Address first = kernel.planted.pendingIrps.at(0);
        c.damage(kernel.memory, layout, first);
        const std::string expected = c.expected(kernel.memory, layout, first);
        const Snapshot snapshot = read(kernel);
        EXPECT_TRUE(irpAt(snapshot, first).currentDriver.empty());
        const auto warnings = warningsAbout(snapshot, first);
        EXPECT_NE(std::find(warnings.begin(), warnings.end(), expected), warnings.end())
            << expected << "\n" << ::testing::PrintToString(warnings);
        const auto groups = byDriver(snapshot);
        EXPECT_EQ(groups.count("(unknown)") ? groups.at("(unknown)") : 0, c.shared ? 2u : 1u);
        const Address other = kernel.planted.pendingIrps.at(1);
        EXPECT_EQ(irpAt(snapshot, other).currentDriver, c.shared ? "" : kernel.planted.pendingIrpDriver);
        EXPECT_EQ(warningsAbout(snapshot, other).size(), c.shared ? 1u : 0u);
    }
}
