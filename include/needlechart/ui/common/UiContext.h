#pragma once

#include "needlechart/domain/common/User.h"

namespace needlechart {

class AppSettings;
class AppointmentService;
class ChangeNotifier;
class ClinicService;
class ClinicServices;
class ConsentService;
class MessagePresenter;
class PatientService;
class SessionService;

// What every window is given by the application: the services, the change notifier, typed
// settings, the message presenter and the person using it. References, owned by main() (or a
// test), which outlive every window. Passed explicitly; there is no global.
struct UiContext {
    PatientService& patients;
    SessionService& sessions;
    ConsentService& consent;
    ClinicService& clinic;
    AppointmentService& appointments;
    ChangeNotifier& notifier;
    AppSettings& settings;
    MessagePresenter& messages;
    User user;

    // Every service of one database, for `user`.
    [[nodiscard]] static UiContext of(ClinicServices& services, AppSettings& settings,
                                      MessagePresenter& messages, User user);
};

} // namespace needlechart
