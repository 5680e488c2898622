// ZipWriter's archives as Info-ZIP's unzip reads them: every file back byte for byte with its
// CRC-32 checked, UTF-8 names, and the names an archive must not hold refused.
#include "needlechart/domain/transfer/ZipWriter.h"

#include "ZipTools.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace needlechart;
using test::ZipTools;

namespace {

const QDateTime Made(QDate(2026, 12, 4), QTime(9, 30, 14), Qt::UTC);

class ZipWriterTest : public ::testing::Test {
protected:
    QString written(const QByteArray& bytes)
    {
        const QString path = dir.filePath(QStringLiteral("archive.zip"));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(ZipWriterTest, unzip_reads_every_file_back_byte_for_byte)
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "Trapezius, upper fibres: local twitch response seen.\n";
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char((i * 7919) % 251));
    ZipWriter zip;
    zip.add(QStringLiteral("README.txt"), text, Made);
    zip.add(QStringLiteral("data/noise.bin"), binary, Made);
    zip.add(QStringLiteral("empty.txt"), {}, Made);
    auto archive = zip.archive();
    ASSERT_TRUE(archive.ok()) << archive.error().message.toStdString();
    EXPECT_LT(archive->size(), text.size() / 10 + binary.size() + 1000) << "the text is compressed";

    const QString path = written(*archive);
    EXPECT_TRUE(ZipTools::intact(path));
    EXPECT_EQ(ZipTools::names(path),
              QStringList({QStringLiteral("README.txt"), QStringLiteral("data/noise.bin"),
                           QStringLiteral("empty.txt")}));
    EXPECT_EQ(ZipTools::file(path, QStringLiteral("README.txt")), text);
    EXPECT_EQ(ZipTools::file(path, QStringLiteral("data/noise.bin")), binary);
    EXPECT_TRUE(ZipTools::file(path, QStringLiteral("empty.txt")).isEmpty());
}

TEST_F(ZipWriterTest, names_outside_ascii_come_back_as_written)
{
    ZipWriter zip;
    zip.add(QStringLiteral("Brief an Dr. Müller.txt"), "Sehr geehrte", Made);
    auto archive = zip.archive();
    ASSERT_TRUE(archive.ok());
    const QString path = written(*archive);
    EXPECT_EQ(ZipTools::names(path), QStringList{QStringLiteral("Brief an Dr. Müller.txt")});
}

TEST_F(ZipWriterTest, a_damaged_archive_is_caught_by_its_checksums)
{
    ZipWriter zip;
    zip.add(QStringLiteral("a.txt"), QByteArray(5000, 'a'), Made);
    auto archive = zip.archive();
    ASSERT_TRUE(archive.ok());
    QByteArray damaged = *archive;
    damaged[40] = char(damaged[40] ^ 0x55); // inside the compressed data
    EXPECT_FALSE(ZipTools::intact(written(damaged)));
}

TEST_F(ZipWriterTest, a_name_that_climbs_out_or_comes_twice_is_refused)
{
    for (const QString& name :
         {QStringLiteral("../escape.txt"), QStringLiteral("/etc/passwd"),
          QStringLiteral("a//b.txt"), QStringLiteral("dir\\file.txt"), QString()}) {
        ZipWriter zip;
        zip.add(name, "x", Made);
        auto archive = zip.archive();
        ASSERT_FALSE(archive.ok()) << name.toStdString();
        EXPECT_EQ(archive.error().code, ErrorCode::Validation);
    }
    ZipWriter twice;
    twice.add(QStringLiteral("a.txt"), "1", Made);
    twice.add(QStringLiteral("a.txt"), "2", Made);
    EXPECT_FALSE(twice.archive().ok());
}
