# The Windows build runs inside CI's time budget: the headers every file of the engine reads
# (the standard library, fmt, the model) are parsed once into a precompiled header instead of
# in each of its 120 files.
set(_common <algorithm> <cstdint> <functional> <map> <memory> <optional> <span> <string> <string_view>
            <unordered_map> <utility> <vector> <fmt/format.h> "${PROJECT_SOURCE_DIR}/model/snapshot.h")
target_precompile_headers(poolscope_analysis PRIVATE ${_common})
target_precompile_headers(poolscope-cli PRIVATE ${_common})
