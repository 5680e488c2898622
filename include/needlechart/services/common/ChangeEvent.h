#pragma once

#include <QList>
#include <QMetaType>

namespace needlechart {

// What changed in the data, announced once per committed write by ChangeNotifier.
struct ChangeEvent {
    enum class Entity {
        Patient,
        Session,
        Consent,
        Clinic,
        Appointment,
        Account,
        Document,
        Outcome
    };
    enum class Kind { Created, Updated, Removed };

    Entity entity = Entity::Patient;
    Kind kind = Kind::Updated;
    QList<qint64> ids;
    qint64 patientId = 0; // for a session, consent or screening: whose it is
    // Made on another workstation on the same clinic server (ServerLink passed it on); empty
    // ids then mean "anything of this kind may have changed".
    bool remote = false;
};

} // namespace needlechart

Q_DECLARE_METATYPE(needlechart::ChangeEvent)
