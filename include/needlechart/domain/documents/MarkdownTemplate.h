#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace needlechart {

// Markdown with named fields written "{{patient.name}}": which fields a text names, and the text
// with values put in. A value is data, never markup: every character Markdown (or the HTML it
// lets through) could read as syntax is escaped, so a patient called "*Ann* <b>" prints exactly
// so, and a line break in a value stays a line break, never a new heading or list.
class MarkdownTemplate {
public:
    // The distinct field names in `markdown`, in order of first use.
    [[nodiscard]] static QStringList fieldsIn(const QString& markdown);
    // The fields of `markdown` that are not in `known`.
    [[nodiscard]] static QStringList unknownFields(const QString& markdown,
                                                   const QStringList& known);
    // `markdown` with every field in `values` replaced by its escaped value; fields without a
    // value stay as written.
    [[nodiscard]] static QString fill(const QString& markdown,
                                      const QHash<QString, QString>& values);
    // `text` as Markdown that shows it literally.
    [[nodiscard]] static QString escape(const QString& text);
};

} // namespace needlechart
