#include "symbol_folders_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace poolscope::app {

SymbolFoldersDialog::SymbolFoldersDialog(const QStringList& folders, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Symbol Folders"));
    auto* explanation = new QLabel(
        tr("Folders holding Windows kernels' symbols: the kernel's own PDB (<tt>ntkrnlmp.pdb</tt>) in a WinDbg or "
           "symchk symbol cache (<tt>ntkrnlmp.pdb/GUIDAGE/ntkrnlmp.pdb</tt>) or directly in the folder, or a "
           "volatility3 symbol file (<tt>GUID-AGE.json.xz</tt>). A dump whose kernel has one here is read with its "
           "exact structure layout; otherwise the built-in layouts of builds 14393 to 22000 are used. The local "
           "folders of <tt>_NT_SYMBOL_PATH</tt> are searched too. Applies to the next file opened."),
        this);
    explanation->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->addItems(folders);
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Symbol Folder"));
        if (!dir.isEmpty() && m_list->findItems(dir, Qt::MatchExactly).isEmpty())
            m_list->addItem(QDir::toNativeSeparators(dir));
    });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_list->selectedItems()); });
    auto* side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(remove);
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(560, 320);
}

QStringList SymbolFoldersDialog::folders() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

} // namespace poolscope::app
