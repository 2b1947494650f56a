#pragma once
#include "analysis/conclusions/leak_queries.h"
#include "views/record_table_model.h"

#include <memory>
#include <vector>

namespace poolscope::views {

// One port of the !icpleak ranking.
struct PortRow {
    PortRanking ranking;
    std::uint32_t rank = 0; // 1 for the deepest port
    std::uint8_t pointerSize = 8;
    const CompletionPort& port() const { return *ranking.port; }
};

using CompletionPortModel = RecordTableModel<PortRow>;

std::vector<PortRow> portRows(const Snapshot& snapshot);
std::unique_ptr<CompletionPortModel> makeCompletionPortModel(QObject* parent = nullptr);

enum PortColumn { PortRankColumn, PortAddressColumn, QueuedColumn, IrpsSeenColumn, MaxConcurrencyColumn,
                  ActiveThreadsColumn, WaitingThreadsColumn, PacketsColumn, HoldersColumn, HolderNamesColumn,
                  VerdictColumn };

// "0xffffe00005248840": the key views pass around for any record at an address.
QString addressKey(Address address);
std::optional<Address> parseAddressKey(const QString& key);

} // namespace poolscope::views
