#pragma once
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;

namespace poolscope::views {

class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct SuspectRow;

// The first screen: how full the pools are (the !vm figures) and the top suspect of each
// kind, each one activation away from its view.
class OverviewView : public QWidget {
    Q_OBJECT
public:
    explicit OverviewView(Investigation& investigation, QWidget* parent = nullptr);
    ~OverviewView() override;

    RecordTableView* suspects() const { return m_suspects; }
    QString nonPagedText() const;
    QString pagedText() const;
    QString sourceText() const;
    QWidget* exportWidget() { return this; }
    // Opens the suspect in its view, as a double click does.
    void openSuspect(const QString& key);

private:
    void reload();

    Investigation& m_investigation;
    std::unique_ptr<RecordTableModel<SuspectRow>> m_model;
    QLabel* m_source = nullptr;
    QLabel* m_nonPagedLabel = nullptr;
    QProgressBar* m_nonPaged = nullptr;
    QLabel* m_pagedLabel = nullptr;
    QProgressBar* m_paged = nullptr;
    QLabel* m_counts = nullptr;
    RecordTableView* m_suspects = nullptr;
};

} // namespace poolscope::views
