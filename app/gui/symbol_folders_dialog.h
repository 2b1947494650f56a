#pragma once
#include <QDialog>
#include <QStringList>

class QListWidget;

namespace poolscope::app {

// Settings > Symbol Folders: where PoolScope looks for a dump kernel's PDB (a WinDbg symbol
// cache, or flat) or volatility3 symbol file. Without one, the built-in layouts are used.
class SymbolFoldersDialog : public QDialog {
    Q_OBJECT
public:
    explicit SymbolFoldersDialog(const QStringList& folders, QWidget* parent = nullptr);
    QStringList folders() const;

private:
    QListWidget* m_list = nullptr;
};

} // namespace poolscope::app
