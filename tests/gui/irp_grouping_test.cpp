// The IRPs view as an engineer reads 156 identical rows: a summary per process, thread,
// file, driver, status, completion or port above the table, the counts checked against the
// snapshot's own IRPs; a group picked lists only its IRPs; on a generated dump (whose IRPs
// have a status and whose threads have a state) the statuses by NTSTATUS name and each
// IRP's thread state.
#include "app/gui/main_window.h"
#include "tests/support/kernel_scenario.h"
#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/irp_group_model.h"
#include "views/irp_model.h"
#include "views/irp_view.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_model.h"
#include "views/record_table_view.h"
#include "tests/gui/test_window.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <fstream>
#include <map>

using namespace poolscope;
using namespace poolscope::views;

namespace {

QStringList row(const RecordTableView* table, int r, int columns)
{
    QStringList cells;
    for (int c = 0; c < columns; ++c)
        cells << table->proxy()->index(r, c).data().toString();
    return cells;
}

} // namespace

class IrpGroupingTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeIrpTest")));
    }

    void init()
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window));
        m_irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
    }

    void cleanup()
    {
        m_window.reset();
        m_investigation.reset();
    }

    void theSummaryCountsTheIrpsShownPerProcess()
    {
        m_window->openDemo();
        QAbstractItemModelTester tester(m_irps->groupTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The deepest port is picked on load: its 156 IRPs are one process's.
        const RecordTableView* groups = m_irps->groupTable();
        QCOMPARE(groups->proxy()->headerData(IrpGroupValueColumn, Qt::Horizontal).toString(), QStringLiteral("Process"));
        QCOMPARE(groups->proxy()->rowCount(), 1);
        QCOMPARE(row(groups, 0, 5), (QStringList{QStringLiteral("IOCPLeak.exe (pid 0x1a2c)"), QString(), QStringLiteral("156"),
                                                  QStringLiteral("156"), QStringLiteral("100%")}));
        QCOMPARE(m_irps->table()->proxy()->rowCount(), 156);

        // Every port: the ten healthy IRPs name no process and count apart.
        m_irps->setShowAll(true);
        QCOMPARE(groups->proxy()->rowCount(), 2);
        QCOMPARE(row(groups, 0, 3).value(2), QStringLiteral("156"));
        QCOMPARE(row(groups, 1, 3), (QStringList{QStringLiteral("(unknown)"), QString(), QStringLiteral("10")}));
        QCOMPARE(m_irps->table()->proxy()->rowCount(), 166);
    }

    void aGroupPickedListsOnlyItsIrps()
    {
        m_window->openDemo();
        m_irps->setShowAll(true);
        const RecordTableView* groups = m_irps->groupTable();
        // The ten healthy IRPs (no process known) picked: only they are listed.
        QCOMPARE(groups->proxy()->index(1, 0).data().toString(), QStringLiteral("(unknown)"));
        QTest::mouseClick(groups->table()->viewport(), Qt::LeftButton, {},
                          groups->table()->visualRect(groups->proxy()->index(1, 0)).center());
        QCOMPARE(m_irps->table()->proxy()->rowCount(), 10);
        for (int r = 0; r < 10; ++r)
            QCOMPARE(m_irps->table()->proxy()->index(r, IrpProcessColumn).data().toString(), QString());
        QVERIFY(m_irps->scopeText().contains(QStringLiteral("the <b>10 IRPs</b> whose process is <b>(unknown)</b>")));
        // The leaker's group: its 156.
        QTest::mouseClick(groups->table()->viewport(), Qt::LeftButton, {},
                          groups->table()->visualRect(groups->proxy()->index(0, 0)).center());
        QCOMPARE(m_irps->table()->proxy()->rowCount(), 156);
        for (int r = 0; r < 156; ++r)
            QCOMPARE(m_irps->table()->proxy()->index(r, IrpProcessColumn).data().toString(), QStringLiteral("IOCPLeak.exe (0x1a2c)"));
        // "All groups" lists them all again.
        auto* all = m_irps->findChild<QToolButton*>(QStringLiteral("allGroups"));
        QVERIFY(all && all->isEnabled());
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(m_irps->table()->proxy()->rowCount(), 166);
        QVERIFY(m_irps->selectedGroup().isEmpty());
        QVERIFY(!all->isEnabled());

        // Each key the combo offers groups every IRP shown, and the counts add up.
        for (const IrpKey key : {IrpKey::Thread, IrpKey::File, IrpKey::Driver, IrpKey::Status, IrpKey::Completed, IrpKey::Port,
                                 IrpKey::Process}) {
            m_irps->setGroupKey(key);
            QCOMPARE(groups->proxy()->headerData(IrpGroupValueColumn, Qt::Horizontal).toString(), irpKeyTitle(key));
            std::map<QString, int> expected;
            const IrpKeyReader reader(*m_investigation->current());
            for (const Irp& irp : m_investigation->current()->irps)
                ++expected[QString::fromStdString(reader.value(irp, key).text)];
            QCOMPARE(groups->proxy()->rowCount(), static_cast<int>(expected.size()));
            for (int r = 0; r < groups->proxy()->rowCount(); ++r)
                QCOMPARE(groups->proxy()->index(r, IrpGroupCountColumn).data(ExportRole).toInt(),
                         expected[groups->proxy()->index(r, 0).data().toString()]);
        }
    }

    void aDumpShowsEachIrpsThreadState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("both.dmp"));
        testdata::KernelScenario scenario;
        scenario.layout = *builtinLayout(19041);
        scenario.leakedThreadHandles = 500;
        const testdata::GeneratedKernel kernel = testdata::generateKernel(scenario);
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            kernel.memory.write(out, testdata::DumpBuilder::Format::Bitmap);
        }
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).toBool());
        const Snapshot& s = *m_investigation->current();
        const Thread* worker = nullptr;
        for (const Thread& t : s.threads)
            if (t.address == kernel.planted.iocpThread)
                worker = &t;
        QVERIFY(worker && !worker->state.empty());
        RecordTableView* table = m_irps->table();
        QVERIFY(!table->table()->isColumnHidden(IrpThreadStateColumn));
        QCOMPARE(table->proxy()->rowCount(), 156);
        for (int r = 0; r < table->proxy()->rowCount(); ++r)
            QCOMPARE(table->proxy()->index(r, IrpThreadStateColumn).data().toString(), QString::fromStdString(worker->state));
        // Grouped by thread: the state beside the thread.
        m_irps->setGroupKey(IrpKey::Thread);
        QVERIFY(!m_irps->groupTable()->table()->isColumnHidden(IrpGroupNoteColumn));
        QCOMPARE(m_irps->groupTable()->proxy()->headerData(IrpGroupNoteColumn, Qt::Horizontal).toString(), QStringLiteral("Thread state"));
        QCOMPARE(m_irps->groupTable()->proxy()->index(0, IrpGroupNoteColumn).data().toString(), QString::fromStdString(worker->state));
        // By status, by name: the 156 completed IRPs succeeded, the two on the worker's
        // IrpList are pending; the CSV keeps the raw value for scripts.
        m_irps->setShowAll(true);
        m_irps->setGroupKey(IrpKey::Status);
        const RecordTableView* groups = m_irps->groupTable();
        QCOMPARE(groups->proxy()->rowCount(), 2);
        QCOMPARE(row(groups, 0, 3), (QStringList{QStringLiteral("STATUS_SUCCESS (0x00000000)"), QString(), QStringLiteral("156")}));
        QCOMPARE(row(groups, 1, 3).value(0), QStringLiteral("STATUS_PENDING (0x00000103)"));
        QVERIFY(table->exportCsv().contains(",0x00000103,"));
        QVERIFY(m_irps->selectGroup(QStringLiteral("STATUS_PENDING (0x00000103)") + QChar(0x1f) + QStringLiteral("259")));
        QCOMPARE(table->proxy()->rowCount(), static_cast<int>(kernel.planted.pendingIrps.size()));
        for (int r = 0; r < table->proxy()->rowCount(); ++r)
            QCOMPARE(table->proxy()->index(r, IrpCompletedColumn).data().toString(), QStringLiteral("no"));
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
    IrpView* m_irps = nullptr;
};

QTEST_MAIN(IrpGroupingTest)
#include "irp_grouping_test.moc"
