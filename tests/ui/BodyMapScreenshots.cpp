// needlechart_bodymap_screenshots OUT_DIR: renders the body map as a clinician sees it after
// marking a typical session (a dozen points on the neck, shoulder, back, hip, thigh, calf and
// forearm) with earlier sessions' points ghosted, and writes bodymap-wide.png (front and back
// side by side) and bodymap-back.png (one view) to OUT_DIR. Used to keep docs/screenshots
// current; runs offscreen, no display needed. The points are illustration, not patient data.
#include "needlechart/ui/bodymap/BodyMapView.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"
#include "needlechart/ui/bodymap/TriggerPointPlacement.h"

#include <QApplication>
#include <QDir>
#include <QUndoStack>

#include <cstdio>

using namespace needlechart;

namespace {

struct Mark {
    const char* muscle;
    BodySide side;
    double dx; // small offsets so marks on one muscle do not sit on top of each other
    double dy;
};

QList<TriggerPoint> place(const TriggerPointPlacement& placement, std::initializer_list<Mark> marks)
{
    QList<TriggerPoint> points;
    for (const Mark& m : marks) {
        auto placed = placement.place(QString::fromLatin1(m.muscle), m.side, BodyView::Posterior);
        if (!placed.ok())
            placed = placement.place(QString::fromLatin1(m.muscle), m.side);
        if (!placed.ok()) {
            std::fprintf(stderr, "cannot place %s: %s\n", m.muscle,
                         qPrintable(placed.error().message));
            continue;
        }
        points.append(TriggerPoint{0, placed->view, QString::fromLatin1(m.muscle), m.side,
                                   placed->position + QPointF(m.dx, m.dy)});
    }
    return points;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);

    const TriggerPointPlacement placement;
    TriggerPointSet points;
    QUndoStack undo;
    TriggerPointEditor editor(points, undo);
    const QList<TriggerPoint> today =
        place(placement, {
                             {"upper_trapezius", BodySide::Left, 0, 0},
                             {"upper_trapezius", BodySide::Right, 0, 0},
                             {"levator_scapulae", BodySide::Left, 0, 0},
                             {"infraspinatus", BodySide::Left, 0, 0},
                             {"infraspinatus", BodySide::Right, 0, 0.004},
                             {"multifidus", BodySide::Right, 0, 0},
                             {"gluteus_medius", BodySide::Right, 0, 0},
                             {"biceps_femoris", BodySide::Right, 0, 0},
                             {"semitendinosus", BodySide::Right, 0, 0.03},
                             {"gastrocnemius", BodySide::Right, 0, 0},
                             {"extensor_digitorum", BodySide::Left, 0, 0},
                             {"extensor_carpi_radialis_brevis", BodySide::Right, 0, 0},
                         });
    for (const TriggerPoint& p : today)
        editor.addPoint(p.view, p.muscleId, p.side, p.position);
    const QList<TriggerPoint> earlier =
        place(placement, {
                             {"upper_trapezius", BodySide::Left, 0.012, 0.003},
                             {"infraspinatus", BodySide::Left, -0.01, 0.01},
                             {"gluteus_medius", BodySide::Right, 0.015, -0.006},
                             {"gastrocnemius", BodySide::Right, 0.006, 0.025},
                             {"multifidus", BodySide::Right, 0, 0.02},
                         });

    BodyMapView view(editor);
    view.setHistory(earlier);
    int failures = 0;
    for (const auto& [size, name] : {std::pair{QSize(1200, 900), "bodymap-wide.png"},
                                     std::pair{QSize(560, 900), "bodymap-back.png"}}) {
        view.setCurrentView(BodyView::Posterior);
        view.resize(size);
        view.show();
        QApplication::processEvents();
        const QString file = QDir(outDir).filePath(QString::fromLatin1(name));
        if (!view.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
