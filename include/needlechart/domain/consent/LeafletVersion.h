#pragma once

#include <QDateTime>
#include <QString>

namespace needlechart {

// One saved text of the clinic's dry needling information leaflet. Versions are numbered from
// 1 and never change once saved: editing the leaflet saves a new version, and a consent record
// names the version the patient was given.
struct LeafletVersion {
    // A leaflet is a few printed pages; every saved version is kept for ever, so its size is
    // bounded (the project's default text is about 6,000 characters).
    static constexpr int MaxMarkdownLength = 100000;

    int version = 0;     // 0 until stored
    QDateTime createdAt; // UTC
    QString createdBy;
    QString markdown; // the text, in Markdown

    friend bool operator==(const LeafletVersion&, const LeafletVersion&) = default;
};

} // namespace needlechart
