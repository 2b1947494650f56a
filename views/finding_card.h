#pragma once
#include "analysis/conclusions/explain.h"
#include "views/investigation.h" // RecordRef as a signal argument

#include <QFrame>
#include <QStringList>

#include <vector>

class QAbstractButton;
class QLabel;

namespace poolscope::views {

// One finding of the Overview: a leak chain from the tag to what holds it (explainLeaks),
// as a card a new user reads top to bottom. The heading names the tag, its size and the
// process that holds it; the conclusion says what that process does wrong; then every link
// with its figures, how much of the tag it accounts for and the WinDbg command that
// confirms it. Text wraps, never elided; each link's record opens in its view.
class FindingCard : public QFrame {
    Q_OBJECT
public:
    FindingCard(const LeakChain& chain, const Snapshot& snapshot, QWidget* parent = nullptr);

    QString headingText() const;
    // The heading and the conclusion in one line, for the list above the cards (HTML).
    QString summaryHtml() const { return m_summaryHtml; }
    QString conclusionText() const;
    QStringList linkTexts() const;
    // The WinDbg commands of the links, one each, as the Copy buttons copy them.
    QStringList commandTexts() const;
    // The buttons that open a link's record ("Open in Handles"), in link order; links about
    // no record have none.
    const std::vector<QAbstractButton*>& openButtons() const { return m_open; }
    // Every label of the card: a test checks that each shows its whole text at the card's width.
    QList<QLabel*> textLabels() const;

signals:
    void openRequested(const poolscope::RecordRef& record);

private:
    QLabel* m_heading = nullptr;
    QLabel* m_conclusion = nullptr;
    std::vector<QLabel*> m_links;
    QStringList m_commands;
    QString m_summaryHtml;
    std::vector<QAbstractButton*> m_open;
};

} // namespace poolscope::views
