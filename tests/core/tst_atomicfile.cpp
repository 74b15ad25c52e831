// Files written whole or not at all (issue 13): AtomicFile reports a disk that fills up,
// also when it fills up on the very last bytes (QSaveFile::commit() alone misses that in
// Qt 6.4: it closes the file without looking at the last flush, and renames a cut-off
// file over the old one), and never replaces the old file with a cut-off one.
#include "AtomicFile.h"
#include "FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestAtomicFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QByteArray content(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void writesAndReplaces()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(AtomicFile::write(path, "first"));
        QCOMPARE(content(path), QByteArray("first"));
        QVERIFY(AtomicFile::write(path, "second"));
        QCOMPARE(content(path), QByteArray("second"));
    }

    void aFullDiskIsAnErrorAndKeepsTheOldFile_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("small: only the last flush fails") << 4 * 1024;
        QTest::newRow("large: a write stops short") << 200 * 1024;
    }

    void aFullDiskIsAnErrorAndKeepsTheOldFile()
    {
        QFETCH(int, size);
        const QString path = m_dir.filePath(QStringLiteral("b.txt"));
        QVERIFY(AtomicFile::write(path, "the old content"));
        const QByteArray bytes(size, 'x');
        Status s;
        {
            const FileSizeLimit full(1024);
            s = AtomicFile::write(path, bytes);
        }
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(s.errorMessage()));
        QCOMPARE(content(path), QByteArray("the old content"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("b.txt*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("b.txt")});
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
