#pragma once
#include <filesystem>
#include <string>

namespace poolscope::testdata {

// The folder with seeds/ and fixtures/ beside the checkout, or empty when it is absent
// (tests that need it call GTEST_SKIP then).
std::filesystem::path sharedDir();
// sharedDir()/relative if that file exists, else empty.
std::filesystem::path sharedFile(const std::string& relative);

} // namespace poolscope::testdata
