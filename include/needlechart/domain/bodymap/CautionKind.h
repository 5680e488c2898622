#pragma once

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace needlechart {

// Machine-readable tags for the risks named in a muscle's caution text, so the chart can warn
// (and screening can ask) without reading prose. The text stays the guidance for a person.
enum class CautionKind {
    Pneumothorax = 0x1,  // the needle can reach the pleura or lung
    Organ = 0x2,         // an organ or body cavity lies beneath (kidney, peritoneum)
    Neurovascular = 0x4, // a named nerve, artery, vein or the spinal canal is close
    Advanced = 0x8,      // advanced technique only
};
Q_DECLARE_FLAGS(CautionKinds, CautionKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(CautionKinds)

// Every kind, in the order the catalogue file lists them.
[[nodiscard]] QList<CautionKind> allCautionKinds();
// Stable key used in the catalogue file ("pneumothorax", "organ", "neurovascular", "advanced").
[[nodiscard]] QString cautionKindKey(CautionKind kind);
[[nodiscard]] std::optional<CautionKind> cautionKindFromKey(const QString& key);
// Translated label for a person.
[[nodiscard]] QString cautionKindLabel(CautionKind kind);

} // namespace needlechart
