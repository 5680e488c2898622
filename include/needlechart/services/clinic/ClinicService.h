#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/consent/LeafletVersion.h"

#include <QCoreApplication>

#include <vector>

namespace needlechart {

class AuditTrail;
class ChangeNotifier;
class ClinicRepository;
class Clock;
class Database;

// The clinic's details and its dry needling information leaflet. The leaflet is versioned:
// saving a changed text stores a new version and every old one stays printable; a database
// that has none yet starts from the project's default leaflet as version 1.
//
// Reading needs no permission: the clinic's name, hours and leaflet are what paper and the
// sign-in window show, before anyone signs in. Changing them is Permission::ClinicSettings
// (admins), audited with the change in one transaction.
class ClinicService {
    Q_DECLARE_TR_FUNCTIONS(ClinicService)

public:
    ClinicService(Database& database, ClinicRepository& repository, ChangeNotifier& notifier,
                  const Clock& clock, AuditTrail& audit);

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
    Database& m_database;
    ClinicRepository& m_repository;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    AuditTrail& m_audit;
};

} // namespace needlechart
