#pragma once

#include "needlechart/domain/session/Session.h"
#include "needlechart/domain/session/SessionSummary.h"

#include <QList>

#include <optional>

namespace needlechart {

// What changed between two visits of one patient, earlier to later: the pain scores, the sites
// needled (each muscle and side, or other site, once) and the pain drawing. A plain value made
// by of(); the compare window shows it beside the two maps.
struct VisitComparison {
    std::optional<int> painBeforeEarlier;
    std::optional<int> painBeforeLater;
    std::optional<int> painAfterEarlier;
    std::optional<int> painAfterLater;
    QList<NeedledSite> needledBoth;
    QList<NeedledSite> onlyEarlier;
    QList<NeedledSite> onlyLater;
    qsizetype painAreasEarlier = 0;
    qsizetype painAreasLater = 0;

    // Later minus earlier, when both were scored: negative is less pain.
    [[nodiscard]] std::optional<int> painBeforeChange() const;
    [[nodiscard]] std::optional<int> painAfterChange() const;

    // The two notes in either order: the one treated first is `earlier`.
    [[nodiscard]] static VisitComparison of(const Session& a, const Session& b);
    // Each site of `session` once, in the order first marked.
    [[nodiscard]] static QList<NeedledSite> sitesOf(const Session& session);
};

} // namespace needlechart
