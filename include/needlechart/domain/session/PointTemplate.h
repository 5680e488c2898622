#pragma once

#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/session/TriggerPoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace needlechart {

using PointTemplateId = qint64;

// A clinician's own named set of points ("Neck and shoulder", "Low back") to apply to a note in
// one action. It keeps each point's place and plan (CarryForward::planOf), never what was found
// at it; applied points are marked CarriedFrom::Template and, like copies from the last
// session, are proposals until the clinician records or confirms them. Names are unique per
// clinician.
struct PointTemplate {
    Q_DECLARE_TR_FUNCTIONS(PointTemplate)

public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxPoints = 60;

    PointTemplateId id = 0;
    QString ownerLogin;
    QString name;
    QList<TriggerPoint> points; // place and plan only
    QDateTime createdAt;        // UTC; set when stored

    [[nodiscard]] bool isStored() const { return id > 0; }
    // A template named `name` of `points`' places and plans.
    [[nodiscard]] static PointTemplate of(const QString& name, const QString& ownerLogin,
                                          const QList<TriggerPoint>& points);
    // Two points closer than this (normalised, on the same view, muscle and side) are one place.
    static constexpr double SamePlaceDistance = 0.01;

    // The points to add to a note, marked as from a template: those not already in `note` (a
    // point on the same view, muscle or site, and side, within SamePlaceDistance), so applying
    // a template twice, or over points copied from the last session, adds nothing twice.
    [[nodiscard]] QList<TriggerPoint> pointsToApply(const QList<TriggerPoint>& note = {}) const;
    // A name (trimmed, within its limit) and between one and MaxPoints points.
    [[nodiscard]] QList<FieldError> check() const;

    friend bool operator==(const PointTemplate&, const PointTemplate&) = default;
};

namespace PointTemplateFields {
inline const QString Name = QStringLiteral("name");
inline const QString Points = QStringLiteral("points");
} // namespace PointTemplateFields

} // namespace needlechart
