#include "paper/PaperHtml.h"

#include "needlechart/domain/common/DisplayText.h"

#include "common/Theme.h"
#include "paper/PagedTextPrinter.h"

namespace needlechart {
namespace {

constexpr double BodyPointSize = PagedTextPrinter::BodyPointSize;

} // namespace

QString PaperHtml::field(const QString& text)
{
    return DisplayText::isolate(text.trimmed())
        .toHtmlEscaped()
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString PaperHtml::esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString PaperHtml::heading(const QString& text)
{
    return QStringLiteral("<h2 style=\"color:%1; font-size:%2pt; margin:10px 0 3px 0\">%3</h2>")
        .arg(Theme::paperName(Theme::Role::Accent))
        .arg(BodyPointSize * 1.15)
        .arg(esc(text));
}

QString PaperHtml::row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding:1px 10px 1px 0; color:%1\" width=\"24%\">%2"
                          "</td><td style=\"padding:1px 0\">%3</td></tr>")
        .arg(Theme::paperName(Theme::Role::SecondaryText), esc(label), value);
}

QString PaperHtml::table(const QString& rows)
{
    return QStringLiteral("<table cellspacing=\"0\" width=\"100%\">%1</table>").arg(rows);
}

QString PaperHtml::grid(const QString& title, const QStringList& headings,
                        const QList<QStringList>& rows, const QList<int>& widths)
{
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                               "style=\"border-collapse:collapse; margin-top:10px\"><thead>");
    h += QStringLiteral("<tr><td colspan=\"%1\" style=\"color:%2; font-size:%3pt; "
                        "font-weight:bold; padding:0 0 3px 0\">%4</td></tr>")
             .arg(headings.size())
             .arg(Theme::paperName(Theme::Role::Accent))
             .arg(BodyPointSize * 1.15)
             .arg(esc(title));
    h += QStringLiteral("<tr style=\"background:%1\">")
             .arg(Theme::paperName(Theme::Role::TableHeaderBackground));
    for (qsizetype i = 0; i < headings.size(); ++i)
        h += QStringLiteral("<th align=\"left\" %1style=\"padding:2px 6px 2px 2px\">%2</th>")
                 .arg(i < widths.size() ? QStringLiteral("width=\"%1%\" ").arg(widths.at(i))
                                        : QString(),
                      esc(headings.at(i)));
    h += QStringLiteral("</tr></thead>");
    for (const QStringList& cells : rows) {
        h += QStringLiteral("<tr>");
        for (const QString& cell : cells)
            h += QStringLiteral("<td valign=\"top\" style=\"padding:2px 6px 2px 2px; "
                                "border-bottom:1px solid %1\">%2</td>")
                     .arg(Theme::paperName(Theme::Role::FooterRule), cell);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace needlechart
