// The Overview as a new user reads it, at the window's smallest useful size (1024x700):
// the culprit of each seed case named in the findings (the demo, a generated dump of both
// cases, the real seeds 002 and 004), every line of a finding shown whole, each link
// opening its record selected in its view and in the inspector, and the small charts
// opening theirs.
#include "app/gui/main_window.h"
#include "model/format.h"
#include "tests/support/kernel_scenario.h"
#include "tests/support/shared_data.h"
#include "views/chart_panel.h"
#include "views/completion_port_model.h"
#include "views/finding_card.h"
#include "views/handles_view.h"
#include "views/inspector_view.h"
#include "views/investigation.h"
#include "views/irp_view.h"
#include "views/overview_view.h"
#include "views/pool_tag_model.h"
#include "views/pool_tags_view.h"
#include "views/port_view.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"
#include "tests/gui/test_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace poolscope;
using namespace poolscope::views;

namespace {

const FindingCard* cardOf(const OverviewView* overview, const QString& tag)
{
    for (const FindingCard* card : overview->findingCards())
        if (card->headingText().startsWith(tag + QLatin1Char(' ')))
            return card;
    return nullptr;
}

QString hex(std::uint64_t value)
{
    return QStringLiteral("0x%1").arg(value, 0, 16);
}

} // namespace

class OverviewFindingsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeFindingsTest")));
    }

    void init()
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window, QSize(1024, 700)));
        m_overview = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
    }

    void theDemoNamesBothCulpritsOnTheFirstScreen()
    {
        m_window->openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!m_overview->findingsPending(), 30000);
        m_window->showView(QStringLiteral("overview"));

        const FindingCard* thre = cardOf(m_overview, QStringLiteral("Thre"));
        QVERIFY(thre);
        QCOMPARE(thre->headingText(), QStringLiteral("Thre (Nonpaged), 199 MB: held by xxxxxx.EXE (pid 0x8e8)"));
        QVERIFY2(thre->conclusionText().contains(QStringLiteral("opens threads and never closes their handles")),
                 qPrintable(thre->conclusionText()));
        const FindingCard* irp = cardOf(m_overview, QStringLiteral("Irp"));
        QVERIFY(irp);
        QVERIFY2(irp->headingText().endsWith(QStringLiteral("held by IOCPLeak.exe (pid 0x1a2c)")), qPrintable(irp->headingText()));
        QVERIFY(irp->conclusionText().contains(QStringLiteral("never calls GetQueuedCompletionStatus")));
        QVERIFY(irp->linkTexts().join(QLatin1Char('\n')).contains(QStringLiteral("\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt")));
        QVERIFY(irp->commandTexts().contains(QStringLiteral("!icpleak 1")));

        // One line per finding above the cards, both culprits in it, on the first screen.
        const QString summary = m_overview->findingsSummary();
        QVERIFY2(summary.contains(QStringLiteral("held by xxxxxx.EXE (pid 0x8e8) — most likely a process that opens threads")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("held by IOCPLeak.exe (pid 0x1a2c) — IOCPLeak.exe (pid 0x1a2c) associated")));
        auto* scroll = m_overview->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QLabel* summaryLabel = nullptr;
        for (QLabel* label : m_overview->findChildren<QLabel*>())
            if (label->text().contains(QStringLiteral("finding:0")))
                summaryLabel = label;
        QVERIFY(summaryLabel);
        const auto summaryOnScreen = [&] {
            return scroll->viewport()->rect().contains(QRect(summaryLabel->mapTo(scroll->viewport(), QPoint(0, 0)), summaryLabel->size()));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(summaryOnScreen(), "the summary is below the first screen", 5000);

        // Nothing cut: every line of every card shows its whole text at this width, and no
        // card is wider than the page (there is no horizontal scrolling to find the rest).
        // The page lays itself out in a few passes once the cards are in: wait for the last.
        const auto firstCut = [&]() -> QString {
            for (const FindingCard* card : m_overview->findingCards()) {
                if (card->width() > scroll->viewport()->width())
                    return QStringLiteral("card wider than the page: %1").arg(card->headingText());
                for (const QLabel* label : card->textLabels())
                    if (label->height() < label->heightForWidth(label->width())
                        || label->geometry().right() > card->contentsRect().right())
                        return QStringLiteral("%1 (%2 of %3 px)")
                            .arg(label->text())
                            .arg(label->height())
                            .arg(label->heightForWidth(label->width()));
            }
            return {};
        };
        QTRY_COMPARE_WITH_TIMEOUT(firstCut(), QString(), 5000);
    }

    void everyLinkOpensItsRecordSelectedInItsView()
    {
        m_window->openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!m_overview->findingsPending(), 30000);
        auto* tabs = m_window->findChild<QTabWidget*>();
        int opened = 0;
        for (const QString& tag : {QStringLiteral("Irp"), QStringLiteral("Thre")}) {
            m_window->showView(QStringLiteral("overview"));
            const FindingCard* card = cardOf(m_overview, tag);
            QVERIFY(card);
            QVERIFY(!card->openButtons().empty());
            for (std::size_t i = 0; i < card->openButtons().size(); ++i) {
                m_window->showView(QStringLiteral("overview"));
                // The card may be rebuilt by nothing here: the same buttons stay valid.
                QAbstractButton* button = card->openButtons()[i];
                QSignalSpy opening(m_investigation.get(), &Investigation::recordOpened);
                QTest::mouseClick(button, Qt::LeftButton);
                QCOMPARE(opening.size(), 1);
                const auto record = opening.at(0).at(0).value<RecordRef>();
                // The view of that kind of record is in front, the record selected in it, and
                // the inspector shows it.
                QCOMPARE(tabs->currentWidget(), m_window->viewWidget(Investigation::viewOf(record.kind)));
                const auto front = m_window->frontSelection();
                QVERIFY2(front && *front == record, qPrintable(button->text()));
                QVERIFY2(!m_window->inspector()->title().contains(QStringLiteral("not in this snapshot")),
                         qPrintable(m_window->inspector()->title()));
                ++opened;
            }
        }
        QVERIFY(opened >= 6);

        // What each kind looks like in its view: the port of the IOCP card in Completion
        // ports, its file's IRPs grouped by file, the holder's handles.
        const FindingCard* irp = cardOf(m_overview, QStringLiteral("Irp"));
        for (QAbstractButton* button : irp->openButtons()) {
            m_window->showView(QStringLiteral("overview"));
            QTest::mouseClick(button, Qt::LeftButton);
            if (button->text() == QLatin1String("Open in Completion ports")) {
                QCOMPARE(m_investigation->selectedPort(), std::optional<Address>(0xffffe00005248840ull));
                QCOMPARE(m_window->inspector()->title(), QStringLiteral("_KQUEUE ffffe000`05248840 (IoCompletion port)"));
            } else if (button->text() == QLatin1String("Open in IRPs")) {
                auto* irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
                QCOMPARE(irps->groupKey(), IrpKey::File);
                QVERIFY(irps->selectedGroup().startsWith(QStringLiteral("\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt")));
                QCOMPARE(irps->table()->proxy()->rowCount(), 156);
                QVERIFY(m_window->inspector()->title().startsWith(QStringLiteral("_FILE_OBJECT ")));
            } else if (button->text() == QLatin1String("Open in Handles")) {
                auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
                QCOMPARE(m_investigation->selectedProcess(), std::optional<Address>(0xffffe00001ad0900ull));
                QVERIFY(handles->typeTable()->currentKey().startsWith(QStringLiteral("0xffffe00001ad0900|")));
                QCOMPARE(m_window->inspector()->title(), QStringLiteral("_EPROCESS ffffe000`01ad0900 (IOCPLeak.exe)"));
            }
        }
        // The thread that Thre's chain samples: Handles lists who holds it.
        const FindingCard* thre = cardOf(m_overview, QStringLiteral("Thre"));
        m_window->showView(QStringLiteral("overview"));
        QTest::mouseClick(thre->openButtons().at(1), Qt::LeftButton);
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        QVERIFY2(handles->holdersTitle().contains(QStringLiteral("ffffe000`10000080")), qPrintable(handles->holdersTitle()));
        QCOMPARE(m_window->inspector()->title(), QStringLiteral("_ETHREAD ffffe000`10000080"));
    }

    void theSmallChartsOpenTheirViews()
    {
        m_window->openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!m_overview->findingsPending(), 30000);
        auto* tabs = m_window->findChild<QTabWidget*>();
        // Largest tags: the bars as the Pool tags view charts them, a bar opens its tag.
        QCOMPARE(m_overview->tagsChart()->data().categories.mid(0, 2), (QStringList{QStringLiteral("Thre Nonp"), QStringLiteral("CM31 Paged")}));
        m_overview->tagsChart()->activateCategory(1);
        QCOMPARE(tabs->currentWidget(), m_window->viewWidget(QStringLiteral("tags")));
        QCOMPARE(static_cast<PoolTagsView*>(m_window->viewWidget(QStringLiteral("tags")))->selectedTag(), QStringLiteral("CM31|Paged"));
        QCOMPARE(m_window->inspector()->title(), QStringLiteral("Pool tag 'CM31' (Paged)"));
        // Handles of the top processes: the leaker first, its bar opens its handles.
        m_window->showView(QStringLiteral("overview"));
        const ChartData& handles = m_overview->handlesChart()->data();
        QCOMPARE(handles.categories.value(0), QStringLiteral("xxxxxx.EXE"));
        QCOMPARE(handles.valueLabels.value(0), QStringLiteral("388,386"));
        QCOMPARE(m_overview->handlesChart()->legendText(), QStringLiteral("■ Thread   ■ Key   ■ File   ■ Other"));
        m_overview->handlesChart()->activateCategory(0);
        QCOMPARE(tabs->currentWidget(), m_window->viewWidget(QStringLiteral("handles")));
        QCOMPARE(m_investigation->selectedProcess(), std::optional<Address>(0xffffe0000286f080ull));
        // Deepest ports: the !icpleak port first with its 156 entries.
        m_window->showView(QStringLiteral("overview"));
        const ChartData& ports = m_overview->portsChart()->data();
        QCOMPARE(ports.categories.value(0), QStringLiteral("ffffe000`05248840"));
        QCOMPARE(ports.valueLabels.value(0), QStringLiteral("156"));
        QVERIFY(ports.toolTips.value(0).contains(QStringLiteral("Held by IOCPLeak.exe")));
        m_overview->portsChart()->activateCategory(1);
        QCOMPARE(tabs->currentWidget(), m_window->viewWidget(QStringLiteral("ports")));
        QCOMPARE(m_investigation->selectedPort(), parseAddressKey(ports.keys.value(1)));
    }

    void aGeneratedDumpOfBothCasesNamesItsCulprits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("both.dmp"));
        testdata::KernelScenario scenario;
        scenario.layout = *builtinLayout(19041);
        scenario.leakedThreadHandles = 3000;
        const testdata::GeneratedKernel kernel = testdata::generateKernel(scenario);
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            kernel.memory.write(out, testdata::DumpBuilder::Format::Kernel);
        }
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!m_overview->findingsPending(), 30000);
        const testdata::PlantedKernel& p = kernel.planted;
        const FindingCard* thre = cardOf(m_overview, QStringLiteral("Thre"));
        QVERIFY(thre);
        QVERIFY2(thre->headingText().endsWith(QStringLiteral("held by %1 (pid %2)").arg(QString::fromStdString(p.handleImage), hex(p.handlePid))),
                 qPrintable(thre->headingText()));
        QVERIFY(thre->conclusionText().contains(QStringLiteral("never closes their handles")));
        const FindingCard* irp = cardOf(m_overview, QStringLiteral("Irp"));
        QVERIFY(irp);
        QVERIFY2(irp->headingText().endsWith(QStringLiteral("held by %1 (pid %2)").arg(QString::fromStdString(p.iocpImage), hex(p.iocpPid))),
                 qPrintable(irp->headingText()));
        QVERIFY(irp->conclusionText().contains(QString::fromStdString(p.leakFileName)));
        QVERIFY(irp->commandTexts().contains(QStringLiteral("dt -r1 nt!_KQUEUE %1").arg(QString::fromStdString(format::address(p.leakPort, 8)))));
    }

    void theRealSeedsNameTheirCulprits()
    {
        const auto handleSeed = testdata::sharedFile("seeds/004_5534fcd0e08ba444.txt");
        const auto iocpSeed = testdata::sharedFile("seeds/002_fe80fed602300250.txt");
        if (handleSeed.empty() || iocpSeed.empty())
            QSKIP("../shared/seeds not present");
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(QString::fromStdString(handleSeed.string()));
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_overview->findingsPending(), 30000);
        // Seed 004: 199 MB of Thre, the process that holds 323,155 thread handles.
        const FindingCard* thre = cardOf(m_overview, QStringLiteral("Thre"));
        QVERIFY(thre);
        QCOMPARE(thre->headingText(), QStringLiteral("Thre (Nonpaged), 199 MB: held by xxxxxx.EXE (pid 0x8e8)"));
        QVERIFY(thre->conclusionText().contains(QStringLiteral("a process that opens threads and never closes their handles")));
        QVERIFY(thre->linkTexts().join(QLatin1Char(' ')).contains(QStringLiteral("323,155 Thread handles")));
        QVERIFY(thre->commandTexts().contains(QStringLiteral("!handle 0 2 886f5020 Thread")));

        // Seed 002: the completed IRPs on the port nobody dequeues, through File.txt.
        m_window->openFile(QString::fromStdString(iocpSeed.string()));
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_overview->findingsPending(), 30000);
        const FindingCard* irp = cardOf(m_overview, QStringLiteral("Irp"));
        QVERIFY(irp);
        QCOMPARE(irp->headingText(), QStringLiteral("Irp (Nonpaged): queued on port ffffe000`05248840"));
        QVERIFY2(irp->conclusionText().contains(QStringLiteral("its owner associated a file with it and never calls GetQueuedCompletionStatus")),
                 qPrintable(irp->conclusionText()));
        QVERIFY(irp->linkTexts().join(QLatin1Char(' ')).contains(QStringLiteral("\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt")));
        QVERIFY(m_overview->findingsSummary().contains(QStringLiteral("queued on port ffffe000`05248840")));
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
    OverviewView* m_overview = nullptr;
};

QTEST_MAIN(OverviewFindingsTest)
#include "overview_findings_test.moc"
