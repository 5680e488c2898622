// Issue 15: a backup file opens only as written and only with the clinic's passphrase; a changed
// byte, a cut tail, a wrong passphrase or a full disk each fail clearly and leave nothing behind.
#include "needlechart/services/backup/BackupFile.h"

#include "needlechart/services/backup/BackupKey.h"

#include "ErrorText.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>

using namespace needlechart;
using test::describe;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");

class BackupFileTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("needlechart-20261202-090000Z.ncbackup"));
    BackupKey::Public key = *BackupKey::create(Passphrase, BackupKey::Limits::minimumForTests());

    // A payload of `bytes` random bytes: several chunks and a part one by default.
    static QByteArray payloadOf(qint64 bytes = 2 * BackupFile::ChunkBytes + 12345)
    {
        QByteArray payload(bytes, '\0');
        QRandomGenerator generator(42);
        for (char& c : payload)
            c = char(generator.bounded(256));
        return payload;
    }

    static BackupManifest manifest()
    {
        BackupManifest m;
        m.createdUtc = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
        m.schemaVersion = 13;
        m.patients = 3;
        m.notes = 7;
        return m;
    }

    Status write(const QByteArray& payload, const std::optional<BackupKey::Public>& forKey)
    {
        QBuffer in;
        in.setData(payload);
        in.open(QIODevice::ReadOnly);
        auto written = BackupFile::write(in, path, manifest(), forKey);
        if (!written)
            return written.error();
        return {};
    }

    // The content, opened with the passphrase as a restore would.
    Result<QByteArray> open(const QString& passphrase = Passphrase)
    {
        auto header = BackupFile::readHeader(path);
        if (!header)
            return header.error();
        SecretBytes secretKey;
        if (header->encrypted()) {
            auto unlocked = BackupKey::unlock(passphrase, *header->key);
            if (!unlocked)
                return unlocked.error();
            secretKey = std::move(*unlocked);
        }
        auto streamKey = BackupFile::streamKey(*header, secretKey);
        if (!streamKey)
            return streamKey.error();
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        if (Status extracted = BackupFile::extract(path, *streamKey, out); !extracted)
            return extracted.error();
        return out.data();
    }

    QByteArray fileBytes() const
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    void replaceFile(const QByteArray& bytes) const
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }
};

} // namespace

TEST_F(BackupFileTest, an_encrypted_backup_opens_with_the_passphrase_to_exactly_what_was_written)
{
    const QByteArray payload = payloadOf();
    ASSERT_TRUE(write(payload, key).ok());
    auto header = BackupFile::readHeader(path);
    ASSERT_TRUE(header) << describe(header.error());
    EXPECT_TRUE(header->encrypted());
    EXPECT_EQ(header->manifest.patients, 3);
    EXPECT_EQ(header->manifest.payloadBytes, payload.size());
    EXPECT_EQ(*header->key, key);
    auto content = open();
    ASSERT_TRUE(content) << describe(content.error());
    EXPECT_EQ(*content, payload);
    EXPECT_FALSE(fileBytes().contains(payload.mid(1000, 64))) << "the content is not in the clear";
}

TEST_F(BackupFileTest, an_empty_payload_and_one_of_exactly_one_chunk_round_trip)
{
    for (const qint64 bytes : {qint64(0), BackupFile::ChunkBytes}) {
        SCOPED_TRACE(bytes);
        const QByteArray payload = payloadOf(bytes);
        ASSERT_TRUE(write(payload, key).ok());
        auto content = open();
        ASSERT_TRUE(content) << describe(content.error());
        EXPECT_EQ(*content, payload);
    }
}

TEST_F(BackupFileTest, a_backup_without_a_passphrase_still_catches_a_changed_byte)
{
    const QByteArray payload = payloadOf(5000);
    ASSERT_TRUE(write(payload, std::nullopt).ok());
    auto content = open();
    ASSERT_TRUE(content) << describe(content.error());
    EXPECT_EQ(*content, payload);
    QByteArray bytes = fileBytes();
    bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 0x01);
    replaceFile(bytes);
    auto reopened = open();
    ASSERT_FALSE(reopened);
    EXPECT_EQ(reopened.error().code, ErrorCode::BackupDamaged);
}

TEST_F(BackupFileTest, one_byte_changed_anywhere_is_refused_as_damaged)
{
    ASSERT_TRUE(write(payloadOf(), key).ok());
    const QByteArray original = fileBytes();
    const auto header = BackupFile::readHeader(path);
    ASSERT_TRUE(header);
    const qsizetype manifestAt = original.indexOf("\"patients\":\"3\"") + 13;
    // The manifest's patient count, the sealed key, the stream header, the first chunk, a middle
    // chunk, the very last byte.
    for (const qsizetype at :
         {manifestAt, header->bytes.size() - 30, header->bytes.size() - 3,
          header->bytes.size() + 10, original.size() / 2, original.size() - 1}) {
        SCOPED_TRACE(at);
        QByteArray changed = original;
        changed[at] = char(changed.at(at) ^ 0x20);
        replaceFile(changed);
        auto content = open();
        ASSERT_FALSE(content) << "opened with byte " << at << " changed";
        EXPECT_EQ(content.error().code, ErrorCode::BackupDamaged) << describe(content.error());
    }
}

TEST_F(BackupFileTest, a_truncated_backup_or_one_with_bytes_added_is_refused)
{
    ASSERT_TRUE(write(payloadOf(), key).ok());
    const QByteArray original = fileBytes();
    for (const qsizetype keep :
         {qsizetype(5), qsizetype(200), original.size() / 2,
          original.size() - BackupFile::ChunkBytes / 2, original.size() - 1}) {
        SCOPED_TRACE(keep);
        replaceFile(original.left(keep));
        auto content = open();
        ASSERT_FALSE(content);
        EXPECT_EQ(content.error().code, ErrorCode::BackupDamaged) << describe(content.error());
    }
    replaceFile(original + QByteArray("more"));
    auto content = open();
    ASSERT_FALSE(content);
    EXPECT_EQ(content.error().code, ErrorCode::BackupDamaged);
}

TEST_F(BackupFileTest, a_wrong_passphrase_is_told_apart_from_damage)
{
    ASSERT_TRUE(write(payloadOf(1000), key).ok());
    auto content = open(QStringLiteral("correct horse battery stapler"));
    ASSERT_FALSE(content);
    EXPECT_EQ(content.error().code, ErrorCode::WrongPassphrase);
}

TEST_F(BackupFileTest, a_short_passphrase_is_refused_and_each_key_has_its_own_salt)
{
    auto tooShort =
        BackupKey::create(QStringLiteral("short pass"), BackupKey::Limits::minimumForTests());
    ASSERT_FALSE(tooShort);
    EXPECT_EQ(tooShort.error().code, ErrorCode::Validation);
    auto again = BackupKey::create(Passphrase, BackupKey::Limits::minimumForTests());
    ASSERT_TRUE(again);
    EXPECT_NE(again->salt, key.salt);
    EXPECT_NE(again->publicKey, key.publicKey);
}

TEST_F(BackupFileTest, a_disk_that_fills_up_while_writing_leaves_no_file_and_says_so)
{
    // The process may write no file beyond 1.5 MiB: what a full disk does to a write.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = 3 * BackupFile::ChunkBytes / 2;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const Status written = write(payloadOf(), key);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, SIG_DFL);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::Io);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("disk full")))
        << describe(written.error());
    EXPECT_FALSE(QFile::exists(path));
}
