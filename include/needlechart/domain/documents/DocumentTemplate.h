#pragma once

#include "needlechart/domain/documents/DocumentKind.h"

#include <QDateTime>
#include <QString>

namespace needlechart {

// One saved text of a clinic's template for a kind of document (the after-care advice sheet, a
// letter): Markdown with named fields ("{{patient.name}}"). Versions of a kind are numbered from
// 1 and never change once saved, like the leaflet's: a document given names the version it was
// written from.
struct DocumentTemplate {
    // A letter or a sheet is a page or two; every version is kept, so its size is bounded.
    static constexpr int MaxMarkdownLength = 50000;

    DocumentKind kind = DocumentKind::AftercareAdvice;
    int version = 0;     // 0 until stored
    QDateTime createdAt; // UTC
    QString createdBy;
    QString markdown;

    friend bool operator==(const DocumentTemplate&, const DocumentTemplate&) = default;
};

} // namespace needlechart
