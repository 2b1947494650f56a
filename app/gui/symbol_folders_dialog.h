#pragma once
#include <QDialog>
#include <QStringList>

class QListWidget;

namespace poolscope::app {

// Settings > Symbol Folders: where PoolScope looks for the volatility3 symbol file
// (GUID-AGE.json.xz) of a dump's kernel. Without one, the built-in layouts are used.
class SymbolFoldersDialog : public QDialog {
    Q_OBJECT
public:
    explicit SymbolFoldersDialog(const QStringList& folders, QWidget* parent = nullptr);
    QStringList folders() const;

private:
    QListWidget* m_list = nullptr;
};

} // namespace poolscope::app
