#include "paper/MarkdownPaper.h"

#include "common/Theme.h"
#include "paper/PagedTextPrinter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace needlechart {

void MarkdownPaper::set(QTextDocument& document, const QString& markdown, double listItemSpacing)
{
    QFont font = document.defaultFont();
    font.setFamily(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(PagedTextPrinter::BodyPointSize);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    // GitHub's dialect without its raw HTML: a clinic's text (and a value typed into it) cannot
    // smuggle markup onto the page.
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                         | QTextDocument::MarkdownNoHTML));

    const QColor accent = Theme::paperColor(Theme::Role::Accent);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() > 0) {
            format.setTopMargin(format.headingLevel() == 1 ? 4 : 9);
            format.setBottomMargin(3);
            cursor.setBlockFormat(format);
            QTextCharFormat chars;
            chars.setForeground(accent);
            cursor.select(QTextCursor::BlockUnderCursor);
            cursor.mergeCharFormat(chars);
        } else if (block.textList()) {
            format.setTopMargin(0);
            format.setBottomMargin(listItemSpacing);
            cursor.setBlockFormat(format);
        } else {
            format.setBottomMargin(4);
            cursor.setBlockFormat(format);
        }
    }
}

} // namespace needlechart
