// Writes the demo investigation the window opens when no file is given: a KD transcript
// with both seed cases (the IOCP leak and the thread-handle leak) and a poolmon capture
// with the growth that leads to them (under uneven load, so that the tag that follows Irp
// stands out). Generated, so it can be shipped; regenerate with
//   poolscope-make-demo resources/demo
#include "tests/support/kd_log_generator.h"
#include "tests/support/poolmon_log_generator.h"

#include <cstdio>
#include <fstream>
#include <string>

namespace {

bool write(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) {
        std::fprintf(stderr, "poolscope-make-demo: cannot write %s\n", path.c_str());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: poolscope-make-demo DIRECTORY\n");
        return 2;
    }
    const std::string dir = argv[1];

    poolscope::testdata::KdLogOptions kd;
    kd.noisePorts = 6;
    kd.noiseProcesses = 24;
    kd.handleEntries = false; // the per-type table: the seed's own evidence, and small
    poolscope::testdata::PoolmonLogOptions poolmon;
    poolmon.screens = 12;
    poolmon.tagsPerScreen = 60;
    poolmon.mappedDriver = true;
    poolmon.irregularGrowth = true; // uneven load: an Irp leak dragging IoCo along (series --correlate)
    const bool ok = write(dir + "/demo_kd.log", poolscope::testdata::generateKdLog(kd))
        && write(dir + "/demo_poolmon.log", poolscope::testdata::generatePoolmonLog(poolmon));
    return ok ? 0 : 1;
}
