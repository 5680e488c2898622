#include "needlechart/ui/paper/LeafletRenderer.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/services/clinic/ClinicService.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

LeafletContent content(const QString& patient = QStringLiteral("Maja Lindqvist"))
{
    LeafletContent c;
    c.clinic.name = QStringLiteral("Riverside Physiotherapy");
    c.clinic.phone = QStringLiteral("0113 496 0999");
    c.clinic.address = QStringLiteral("4 Mill Lane\nLeeds");
    c.leaflet.version = 3;
    c.leaflet.createdAt = QDateTime(QDate(2026, 10, 2), QTime(9, 0), Qt::UTC);
    c.leaflet.markdown = ClinicService::defaultLeafletMarkdown();
    c.patientName = patient;
    c.date = QDate(2026, 11, 24);
    return c;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

class LeafletRendererTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

TEST_F(LeafletRendererTest, fills_in_the_clinic_and_leaves_no_placeholder)
{
    const LeafletRenderer renderer(content());
    const QString text = renderer.markdown();
    EXPECT_TRUE(DisplayText::withoutIsolates(text).contains(
        QStringLiteral("Contact Riverside Physiotherapy on 0113 496 0999")));
    EXPECT_TRUE(text.contains(DisplayText::isolate(QStringLiteral("Riverside Physiotherapy"))))
        << "the clinic's name stands isolated in the running text";
    EXPECT_FALSE(text.contains(QStringLiteral("{{")));
    EXPECT_EQ(
        renderer.footer(2, 2),
        QStringLiteral(
            "Dry needling information leaflet, version 3 of 02/10/2026  \u00b7  page 2 of 2"));
}

TEST_F(LeafletRendererTest, a4_and_letter_both_lay_out_on_two_pages_with_a_footer_on_each)
{
    for (const auto& [size, name, points] :
         {std::tuple{QPageSize::A4, "a4.pdf", "(A4)"},
          std::tuple{QPageSize::Letter, "letter.pdf", "(letter)"}}) {
        ASSERT_TRUE(LeafletRenderer(content()).exportPdf(path(name), size).ok());
        const QString info = run(QStringLiteral("pdfinfo"), {path(name)});
        EXPECT_TRUE(info.contains(QStringLiteral("Pages:           2"))) << info.toStdString();
        EXPECT_TRUE(info.contains(QString::fromLatin1(points))) << info.toStdString();
        for (int page = 1; page <= 2; ++page) {
            const QString text =
                run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                     QString::number(page), path(name), QStringLiteral("-")})
                    .simplified();
            EXPECT_TRUE(
                text.contains(QStringLiteral("version 3 of 02/10/2026 · page %1 of 2").arg(page)))
                << name << " page " << page << ": " << text.right(200).toStdString();
        }
    }
}

TEST_F(LeafletRendererTest, a_blank_copy_has_lines_to_fill_in_instead_of_a_name)
{
    ASSERT_TRUE(LeafletRenderer(content(QString())).exportPdf(path("blank.pdf")).ok());
    const QString text =
        run(QStringLiteral("pdftotext"), {path("blank.pdf"), QStringLiteral("-")}).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Given on:")));
    EXPECT_FALSE(text.contains(QStringLiteral("Prepared for")));
}

} // namespace
} // namespace needlechart
