#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/consent/LeafletVersion.h"

#include <QCoreApplication>

#include <vector>

namespace needlechart {

class ChangeNotifier;
class ClinicRepository;
class Clock;

// The clinic's details and its dry needling information leaflet. The leaflet is versioned:
// saving a changed text stores a new version and every old one stays printable; a database
// that has none yet starts from the project's default leaflet as version 1.
class ClinicService {
    Q_DECLARE_TR_FUNCTIONS(ClinicService)

public:
    ClinicService(ClinicRepository& repository, ChangeNotifier& notifier, const Clock& clock);

    [[nodiscard]] Result<ClinicProfile> profile();
    [[nodiscard]] Status saveProfile(const ClinicProfile& profile, const User& user);

    // The newest leaflet; stores the default text as version 1 first if there is none.
    [[nodiscard]] Result<LeafletVersion> currentLeaflet();
    [[nodiscard]] Result<LeafletVersion> leaflet(int version);
    [[nodiscard]] Result<std::vector<LeafletVersion>> leafletVersions();
    // Stores `markdown` as a new version, unless it is the current text (then returns that).
    [[nodiscard]] Result<LeafletVersion> saveLeaflet(const QString& markdown, const User& user);

    // True for the made-up demo clinic (whose sign-in window names its demo accounts).
    [[nodiscard]] Result<bool> isDemoClinic();

    // The project's own leaflet text (resources/leaflet/default-leaflet.md), with placeholders
    // {{clinic.name}} and {{clinic.phone}}.
    [[nodiscard]] static QString defaultLeafletMarkdown();

private:
    ClinicRepository& m_repository;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
};

} // namespace needlechart
