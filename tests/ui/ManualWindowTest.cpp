#include "needlechart/ui/help/ManualWindow.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

QString pageText(const QString& page)
{
    QFile file(ManualWindow::folder() + QLatin1Char('/') + page);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << page.toStdString();
    return QString::fromUtf8(file.readAll());
}

TEST(ManualWindowTest, the_manual_has_a_page_for_every_task_the_clinic_does)
{
    const QStringList pages = ManualWindow::pages();
    for (const char* page :
         {"index.md", "find-and-register.md", "booking.md", "charting.md",
          "signing-and-amending.md", "leaflet-and-consent.md", "printing.md", "backups.md"})
        EXPECT_TRUE(pages.contains(QString::fromLatin1(page))) << page;
}

TEST(ManualWindowTest, every_link_leads_to_a_page_and_every_picture_is_compiled_in)
{
    static const QRegularExpression link(QStringLiteral(R"(\]\(([^)#]+\.md)\))"));
    static const QRegularExpression picture(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
    const QStringList pages = ManualWindow::pages();
    for (const QString& page : pages) {
        const QString text = pageText(page);
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            EXPECT_TRUE(pages.contains(target))
                << page.toStdString() << " -> " << target.toStdString();
        }
        int pictures = 0;
        for (auto it = picture.globalMatch(text); it.hasNext(); ++pictures) {
            const QString target = it.next().captured(1);
            EXPECT_TRUE(QFile::exists(ManualWindow::folder() + QLatin1Char('/') + target))
                << page.toStdString() << " shows " << target.toStdString();
        }
        if (page != QStringLiteral("index.md")) {
            EXPECT_TRUE(text.contains(QStringLiteral("](index.md)"))) << page.toStdString();
        }
        EXPECT_GT(pictures, 0) << page.toStdString() << " has no screenshot";
    }
}

TEST(ManualWindowTest, following_a_link_shows_that_page_and_back_returns_to_the_contents)
{
    ManualWindow* window = ManualWindow::showPage(nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    QTextBrowser* browser = window->browser();
    const QString contents = browser->toPlainText();
    EXPECT_FALSE(contents.isEmpty());
    browser->setSource(QUrl(QStringLiteral("booking.md")), QTextDocument::MarkdownResource);
    EXPECT_TRUE(browser->source().toString().endsWith(QStringLiteral("booking.md")));
    EXPECT_NE(browser->toPlainText(), contents);
    EXPECT_TRUE(browser->isBackwardAvailable());
    browser->backward();
    EXPECT_EQ(browser->toPlainText(), contents);
    EXPECT_EQ(ManualWindow::showPage(nullptr, QStringLiteral("charting")), window)
        << "one manual window";
    EXPECT_TRUE(browser->source().toString().endsWith(QStringLiteral("charting.md")));
    // NEEDLECHART_SCREENSHOT_DIR=DIR keeps a picture of the page, to look at.
    if (const QString dir = qEnvironmentVariable("NEEDLECHART_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window->resize(1000, 760);
        window->grab().save(dir + QStringLiteral("/manual-charting.png"));
    }
    window->close();
}

} // namespace
} // namespace needlechart
