#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace needlechart {

// The pieces of HTML the paper documents are built from (the session summary, the whole
// record): headings, label-value tables and gridded tables in the paper's colours and sizes.
// Every value from the record goes through field() or esc(), so whatever it holds prints
// literally.
class PaperHtml {
public:
    // A value from the record for a cell or a line: isolated (DisplayText), so a right-to-left
    // or legacy one keeps its place beside the others, escaped, and its line breaks kept.
    [[nodiscard]] static QString field(const QString& text);
    [[nodiscard]] static QString esc(const QString& text);
    // A section heading in the accent colour.
    [[nodiscard]] static QString heading(const QString& text);
    // One "Label: value" row of a two-column table; `value` is already HTML.
    [[nodiscard]] static QString row(const QString& label, const QString& value);
    [[nodiscard]] static QString table(const QString& rows);
    // A table under its heading: the heading and the column titles are its header rows, so they
    // stay with the first rows and come again at the top of each page the table runs on to.
    // Every cell's text is already HTML; `widths` are percentages (empty: as the text needs).
    [[nodiscard]] static QString grid(const QString& title, const QStringList& headings,
                                      const QList<QStringList>& rows,
                                      const QList<int>& widths = {});
};

} // namespace needlechart
