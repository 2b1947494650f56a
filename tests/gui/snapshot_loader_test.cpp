// The loader as the window uses it: results arrive through signals on the GUI thread,
// a newer load supersedes an older one, cancel is honoured, errors name the file.
#include "tests/support/kd_log_generator.h"
#include "views/snapshot_loader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace poolscope;
using namespace poolscope::views;

class SnapshotLoaderTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        testdata::KdLogOptions options;
        options.handleLeak = false;
        writeFile("iocp.log", testdata::generateKdLog(options));
        testdata::KdLogOptions big;
        big.handleEntries = true;
        big.leakedThreadHandles = 200000;
        writeFile("big.log", testdata::generateKdLog(big));
        writeFile("notes.txt", "nothing a debugger wrote\n");
    }

    void loadsASourceAndReportsProgress()
    {
        SnapshotLoader loader;
        QSignalSpy loaded(&loader, &SnapshotLoader::loaded);
        QSignalSpy progress(&loader, &SnapshotLoader::progress);
        const int job = loader.load(path("iocp.log"));
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toInt(), job);
        const auto source = loaded.at(0).at(1).value<std::shared_ptr<const OpenedSource>>();
        QVERIFY(source);
        QCOMPARE(source->kind, SourceKind::WindbgLog);
        QCOMPARE(source->series.snapshots.front().irps.size() > 156, true);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toDouble(), 1.0);
        QVERIFY(!loader.isLoading());
    }

    void failureNamesTheFile()
    {
        SnapshotLoader loader;
        QSignalSpy failed(&loader, &SnapshotLoader::failed);
        loader.load(path("notes.txt"));
        QVERIFY(failed.wait(10000));
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains("notes.txt") && message.contains("not a recognised source"), qPrintable(message));
    }

    void aNewerLoadSupersedesAnOlderOne()
    {
        SnapshotLoader loader;
        QSignalSpy loaded(&loader, &SnapshotLoader::loaded);
        QSignalSpy cancelled(&loader, &SnapshotLoader::cancelled);
        const int first = loader.load(path("big.log"));
        const int second = loader.load(path("iocp.log"));
        QVERIFY(second > first);
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 20000);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toInt(), second);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.at(0).at(0).toInt(), first);
    }

    void cancelStopsALoad()
    {
        SnapshotLoader loader;
        QSignalSpy cancelled(&loader, &SnapshotLoader::cancelled);
        QSignalSpy loaded(&loader, &SnapshotLoader::loaded);
        loader.load(path("big.log"));
        loader.cancel();
        QVERIFY(cancelled.wait(20000));
        QCOMPARE(loaded.count(), 0);
    }

    void destroyingTheLoaderWhileLoadingIsSafe()
    {
        auto* loader = new SnapshotLoader;
        loader->load(path("big.log"));
        delete loader; // must wait for the worker, not crash
        QTest::qWait(50);
    }

private:
    QString path(const char* name) const { return m_dir.filePath(name); }
    void writeFile(const char* name, const std::string& content)
    {
        std::ofstream(path(name).toStdString(), std::ios::binary) << content;
    }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(SnapshotLoaderTest)
#include "snapshot_loader_test.moc"
