#pragma once
#include "model/snapshot.h"
#include "views/record_table_model.h"

#include <memory>
#include <string>
#include <vector>

namespace poolscope {
class PoolTagDatabase;
}

namespace poolscope::views {

// One row of the pool-tag table: a tag in one pool, with what pooltag.txt says of it when
// the source did not.
struct PoolTagRow {
    const PoolTagStat* stat = nullptr;
    std::string driver;
    std::string description;
    std::uint8_t pointerSize = 8;
    // A dump's pool scan of the tag in this pool: the blocks found, held against the tracker.
    const PoolTagScan* scan = nullptr;
};

using PoolTagModel = RecordTableModel<PoolTagRow>;

std::vector<PoolTagRow> poolTagRows(const Snapshot& snapshot, const PoolTagDatabase& descriptions);
// With a pool scan (a dump whose pool was read), two more columns: the blocks found in the
// pool and their share of the tracker's outstanding allocations.
std::unique_ptr<PoolTagModel> makePoolTagModel(bool withPoolScan = false, QObject* parent = nullptr);

// "Thre|Nonpaged": the key the views pass around for a tag in one pool.
QString poolTagKey(const PoolTag& tag, PoolType type);
// The pool type as a table cell word (QT_TRANSLATE_NOOP "Cell": shown translated, exported
// in English), and as text in the window's language.
const char* poolTypeCell(PoolType type);
QString poolTypeText(PoolType type);
bool parsePoolTagKey(const QString& key, PoolTag& tag, PoolType& type);

// Columns of the pool-tag model, for views that sort or chart by them.
enum PoolTagColumn { TagColumn, PoolColumn, BytesColumn, OutstandingColumn, BytesPerAllocColumn, AllocsColumn,
                     FreesColumn, DriverColumn, DescriptionColumn,
                     InPoolColumn, FoundColumn }; // with a pool scan only (shown after Outstanding)

} // namespace poolscope::views
