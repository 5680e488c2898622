#include "needlechart/domain/consent/ScreeningChecklist.h"

#include <QCoreApplication>

namespace needlechart {
namespace {

ScreeningItem item(const char* key, const char* label, ScreeningWeight weight,
                   CautionKinds concerns = {})
{
    return ScreeningItem{QString::fromLatin1(key),
                         QCoreApplication::translate("ScreeningChecklist", label), weight,
                         concerns};
}

QList<ScreeningItem> build()
{
    using W = ScreeningWeight;
    return {
        // Absolute: do not needle.
        item("unable-to-consent",
             QT_TRANSLATE_NOOP("ScreeningChecklist", "Unable to give informed consent"),
             W::Absolute),
        item("needle-phobia",
             QT_TRANSLATE_NOOP("ScreeningChecklist", "Needle phobia: does not want needles"),
             W::Absolute),
        item("local-infection",
             QT_TRANSLATE_NOOP("ScreeningChecklist",
                               "Infection, wound or inflamed skin at the site"),
             W::Absolute),
        item("lymphoedema",
             QT_TRANSLATE_NOOP("ScreeningChecklist", "Lymphoedema, or a limb at risk of it"),
             W::Absolute),
        item("uncontrolled-movements",
             QT_TRANSLATE_NOOP("ScreeningChecklist", "Uncontrolled movements (cannot keep still)"),
             W::Absolute),
        item("haemophilia", QT_TRANSLATE_NOOP("ScreeningChecklist", "Haemophilia"), W::Absolute),
        // Relative: needs a note, shows as a warning.
        item("anticoagulants",
             QT_TRANSLATE_NOOP("ScreeningChecklist", "Anticoagulants or a bleeding disorder"),
             W::Relative),
        item("pregnancy", QT_TRANSLATE_NOOP("ScreeningChecklist", "Pregnancy"), W::Relative),
        item("epilepsy", QT_TRANSLATE_NOOP("ScreeningChecklist", "Epilepsy"), W::Relative),
        item("diabetes", QT_TRANSLATE_NOOP("ScreeningChecklist", "Diabetes (circulation, healing)"),
             W::Relative),
        item("immunosuppression", QT_TRANSLATE_NOOP("ScreeningChecklist", "Immunosuppression"),
             W::Relative),
        item("metal-allergy", QT_TRANSLATE_NOOP("ScreeningChecklist", "Metal (nickel) allergy"),
             W::Relative),
        item("recent-surgery", QT_TRANSLATE_NOOP("ScreeningChecklist", "Recent surgery"),
             W::Relative),
        item("pacemaker",
             QT_TRANSLATE_NOOP("ScreeningChecklist",
                               "Pacemaker or implant (no electrical stimulation)"),
             W::Relative),
        item("must-drive", QT_TRANSLATE_NOOP("ScreeningChecklist", "Must drive after treatment"),
             W::Relative),
        item("fainting",
             QT_TRANSLATE_NOOP("ScreeningChecklist", "Fainting or strong reactions before"),
             W::Relative),
        item("cancer", QT_TRANSLATE_NOOP("ScreeningChecklist", "Cancer"), W::Relative),
        item("thorax",
             QT_TRANSLATE_NOOP(
                 "ScreeningChecklist",
                 "Chest wall or lung condition, or a thin chest wall (caution: thorax)"),
             W::Relative, CautionKind::Pneumothorax),
    };
}

} // namespace

const QList<ScreeningItem>& ScreeningChecklist::items()
{
    static const QList<ScreeningItem> all = build();
    return all;
}

const ScreeningItem* ScreeningChecklist::find(const QString& key)
{
    for (const ScreeningItem& candidate : items()) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

} // namespace needlechart
