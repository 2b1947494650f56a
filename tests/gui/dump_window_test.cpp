// A kernel dump opened in the window the way a user does: File > Open of a generated dump
// of both seed cases, the views answering as they do for a log, the type information
// shown, broken dumps refused with a message naming the file, and a symbol folder set in
// the settings used for a kernel the built-in table lacks.
#include "app/gui/main_window.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "model/format.h"
#include "tests/support/kernel_pdb.h"
#include "tests/support/kernel_scenario.h"
#include "tests/support/shared_data.h"
#include "views/chart_panel.h"
#include "views/handles_view.h"
#include "views/investigation.h"
#include "views/irp_view.h"
#include "views/overview_view.h"
#include "views/port_view.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"
#include "tests/gui/test_window.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <set>

using namespace poolscope;
using namespace poolscope::views;

namespace {

QStringList row(const RecordTableView* table, int r)
{
    QStringList cells;
    const QAbstractItemModel* model = table->proxy();
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->index(r, c).data().toString();
    return cells;
}

// Writes a dump of the two seed cases (the handle leak at a smaller scale).
testdata::PlantedKernel writeDump(const QString& path, std::uint32_t headerBuild = 19041,
                                  testdata::DumpBuilder::Format format = testdata::DumpBuilder::Format::Bitmap)
{
    testdata::KernelScenario scenario;
    scenario.layout = *builtinLayout(19041);
    scenario.layout.build = headerBuild;
    scenario.leakedThreadHandles = 5000;
    testdata::GeneratedKernel kernel = testdata::generateKernel(scenario);
    std::ofstream out(path.toStdString(), std::ios::binary);
    kernel.memory.write(out, format);
    return kernel.planted;
}

QString labelsText(const QWidget* widget)
{
    QString all;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        all += label->text() + QLatin1Char('\n');
    return all;
}

} // namespace

class DumpWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(testgui::isolateSettings(m_settings, QStringLiteral("PoolScopeDumpTest")));
    }

    void init()
    {
        QVERIFY(testgui::openWindow(m_investigation, m_window));
    }

    void cleanup() { m_window.reset(); }

    void aDumpShowsBothSeedCases()
    {
        const QString path = m_dir.filePath(QStringLiteral("both.dmp"));
        const testdata::PlantedKernel planted = writeDump(path);
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("both.dmp — PoolScope"));

        // Overview: which Windows, which kernel, where the structure layout came from.
        const QString overview = labelsText(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY2(overview.contains(QStringLiteral("complete memory dump (bitmap) of Windows build 19041, 2 processors, bug "
                                                  "check 0xE2 (MANUALLY_INITIATED_CRASH)")),
                 qPrintable(overview));
        QVERIFY(overview.contains(QStringLiteral("Type information: built-in table for build 19041")));
        QVERIFY(overview.contains(QStringLiteral("606FF669409B00F7FC8C61A9C1670129-1")));
        // The tracker tables tell what is used, not the pool's size: said, not an empty gauge.
        auto* view = static_cast<OverviewView*>(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY2(view->nonPagedText().endsWith(QStringLiteral("MB (the pool's maximum is not in this source)")),
                 qPrintable(view->nonPagedText()));

        // Completion ports: the !icpleak answer, with packets told apart from IRPs.
        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        const QStringList first = row(ports->table(), 0);
        const QString leakPort = QString::fromStdString(format::address(planted.leakPort, 8));
        QCOMPARE(first.mid(0, 9), (QStringList{QStringLiteral("1"), leakPort, QStringLiteral("156"), QStringLiteral("156"),
                                               QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                                               QStringLiteral("0"), QStringLiteral("2")}));
        QCOMPARE(row(ports->table(), 1).value(7), QStringLiteral("3")); // svchost's port: three packets
        auto* irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
        QCOMPARE(irps->table()->proxy()->rowCount(), 156);

        // Handles: the thread-handle leak leads, and the chart has one bar per process.
        auto* handles = static_cast<HandlesView*>(m_window->viewWidget(QStringLiteral("handles")));
        const QStringList top = row(handles->typeTable(), 0);
        QCOMPARE(top.mid(0, 4), (QStringList{QStringLiteral("xxxxxx.EXE"), QStringLiteral("0x8e8"), QStringLiteral("Key"),
                                             QStringLiteral("65,110")}));
        const ChartData& chart = handles->chart()->data();
        const std::set<QString> unique(chart.categories.begin(), chart.categories.end());
        QCOMPARE(unique.size(), static_cast<std::size_t>(chart.categories.size()));
        QVERIFY(chart.categories.contains(QStringLiteral("0x358 svchost.exe")));
        QVERIFY(chart.categories.contains(QStringLiteral("0x3ac svchost.exe")));
        QCOMPARE(chart.categories.first(), QStringLiteral("xxxxxx.EXE"));
    }

    void aBrokenDumpIsRefusedWithItsReason()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut.dmp"));
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            out << "PAGEDU64" << std::string(3000, '\0');
        }
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("cut.dmp")) && message.contains(QStringLiteral("header alone is 8192 bytes")),
                 qPrintable(message));
    }

    void aSymbolFolderFromTheSettingsReadsAnUnknownBuild()
    {
        const auto isf = testdata::sharedFile("reference/isf/606FF669409B00F7FC8C61A9C1670129-1.json.xz");
        if (isf.empty())
            QSKIP("../shared is absent");
        const QString path = m_dir.filePath(QStringLiteral("1909.dmp"));
        writeDump(path, 18363, testdata::DumpBuilder::Format::Full);
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);

        m_window->setSymbolFolders({});
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("build 18363")));

        m_window->setSymbolFolders({QString::fromStdString(isf.parent_path().string())});
        QCOMPARE(QSettings().value(QStringLiteral("symbolFolders")).toStringList().size(), 1);
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        const QString overview = labelsText(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY2(overview.contains(QStringLiteral("Type information: symbols")), qPrintable(overview));
        auto* irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
        QCOMPARE(irps->table()->proxy()->rowCount(), 156);
    }

    void aKernelPdbInASymbolFolderReadsALayoutNoRowKnows()
    {
        // A PDB made by clang and lld-link from a layout no built-in row has, filed the way
        // WinDbg caches it, and a dump of build 26999 whose kernel it describes.
        testdata::KernelPdbSpec spec;
        spec.layout = testdata::shiftedLayout(26999);
        const auto made = testdata::buildKernelPdb(spec, m_dir.filePath(QStringLiteral("made")).toStdString());
        auto layout = loadPdbLayout(made.pdb.string());
        QVERIFY2(layout.ok(), layout.ok() ? "" : layout.error().describe().c_str());
        const QString guidAge = QString::fromStdString(layout->pdbGuid) + QStringLiteral("1");
        const QString entry = m_dir.filePath(QStringLiteral("sym/ntkrnlmp.pdb/") + guidAge);
        QVERIFY(QDir().mkpath(entry));
        QVERIFY(QFile::copy(QString::fromStdString(made.pdb.string()), entry + QStringLiteral("/ntkrnlmp.pdb")));

        testdata::KernelScenario scenario;
        scenario.layout = *layout;
        scenario.layout.build = 26999;
        scenario.leakedThreadHandles = 500;
        const testdata::GeneratedKernel kernel = testdata::generateKernel(scenario);
        const QString path = m_dir.filePath(QStringLiteral("26999.dmp"));
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            kernel.memory.write(out, testdata::DumpBuilder::Format::Bitmap);
        }
        QSignalSpy finished(m_window.get(), &app::MainWindow::loadFinished);
        m_window->setSymbolFolders({});
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("The kernel's own PDB makes it readable: "
                                                                         "ntkrnlmp.pdb with GUID")),
                 qPrintable(finished.at(0).at(1).toString()));

        m_window->setSymbolFolders({m_dir.filePath(QStringLiteral("sym"))});
        m_window->openFile(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        const QString overview = labelsText(m_window->viewWidget(QStringLiteral("overview")));
        QVERIFY2(overview.contains(QStringLiteral("Type information: PDB ") + entry + QStringLiteral("/ntkrnlmp.pdb")),
                 qPrintable(overview));
        QVERIFY(overview.contains(QStringLiteral("Windows build 26999")));
        auto* ports = static_cast<PortView*>(m_window->viewWidget(QStringLiteral("ports")));
        QCOMPARE(row(ports->table(), 0).value(1), QString::fromStdString(format::address(kernel.planted.leakPort, 8)));
        QCOMPARE(row(ports->table(), 0).value(2), QStringLiteral("156"));
        auto* irps = static_cast<IrpView*>(m_window->viewWidget(QStringLiteral("irps")));
        QCOMPARE(irps->table()->proxy()->rowCount(), 156);
    }

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<Investigation> m_investigation;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(DumpWindowTest)
#include "dump_window_test.moc"
