#include "needlechart/domain/audit/AuditCsv.h"

#include <gtest/gtest.h>

using namespace needlechart;

TEST(AuditCsvTest, plain_fields_stay_as_they_are_and_awkward_ones_are_quoted)
{
    EXPECT_EQ(AuditCsv::field(QStringLiteral("room-2")), QStringLiteral("room-2"));
    EXPECT_EQ(AuditCsv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(AuditCsv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(AuditCsv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
}

TEST(AuditCsvTest, a_field_a_spreadsheet_would_run_as_a_formula_is_defused)
{
    EXPECT_EQ(AuditCsv::field(QStringLiteral("=HYPERLINK(\"x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(AuditCsv::field(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(AuditCsv::field(QStringLiteral("-1")), QStringLiteral("'-1"));
    EXPECT_EQ(AuditCsv::field(QStringLiteral("@sum")), QStringLiteral("'@sum"));
}

TEST(AuditCsvTest, a_row_carries_every_stored_field_in_the_headers_order)
{
    AuditEvent e;
    e.id = 7;
    e.atUtc = QDateTime(QDate(2026, 12, 2), QTime(9, 30, 5), Qt::UTC);
    e.accountId = 2;
    e.login = QStringLiteral("alex");
    e.workstation = QStringLiteral("room-2");
    e.action = AuditAction::Sign;
    e.patientId = 12;
    e.objectType = QStringLiteral("session");
    e.objectId = 40;
    e.detail = QString();
    e.contentHash = QByteArray(64, 'a');
    e.hash = QByteArray(64, 'b');
    const QStringList fields = AuditCsv::line(e).split(QLatin1Char(','));
    ASSERT_EQ(fields.size(), AuditCsv::header().split(QLatin1Char(',')).size());
    EXPECT_EQ(fields.at(0), QStringLiteral("7"));
    EXPECT_EQ(fields.at(1), QStringLiteral("2026-12-02T09:30:05.000Z"));
    EXPECT_EQ(fields.at(5), QStringLiteral("sign"));
    EXPECT_EQ(fields.at(9), QStringLiteral("done"));
    EXPECT_EQ(fields.at(12), QString(64, QLatin1Char('b')));
    const QString document = AuditCsv::document({e, e});
    EXPECT_EQ(document.count(QStringLiteral("\r\n")), 3);
}
