#pragma once
#include <filesystem>
#include <string>

namespace poolscope::testdata {

// The folder with seeds/ and fixtures/ beside the checkout, or empty when it is absent
// (tests that need it call GTEST_SKIP then).
std::filesystem::path sharedDir();
// sharedDir()/relative if that file exists, else empty.
std::filesystem::path sharedFile(const std::string& relative);
// The whole file as bytes; empty when it cannot be read.
std::string fileText(const std::filesystem::path& path);

} // namespace poolscope::testdata
