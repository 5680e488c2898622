#include "needlechart/services/clinic/ClinicService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/TextLimit.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/database/Transaction.h"

#include <QFile>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {

ClinicService::ClinicService(Database& database, ClinicRepository& repository,
                             ChangeNotifier& notifier, const Clock& clock, AuditTrail& audit)
    : m_database(database),
      m_repository(repository),
      m_notifier(notifier),
      m_clock(clock),
      m_audit(audit)
{}

QString ClinicService::defaultLeafletMarkdown()
{
    QFile file(QStringLiteral(":/leaflet/default-leaflet.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Result<bool> ClinicService::isDemoClinic()
{
    return m_repository.isDemoClinic();
}

Result<ClinicProfile> ClinicService::profile()
{
    return m_repository.profile();
}

Status ClinicService::saveProfile(const ClinicProfile& profile, const User& user)
{
    if (Status allowed =
            m_audit.permit(user, Permission::ClinicSettings, "change the clinic's details");
        !allowed)
        return allowed;
    if (profile.closesAt <= profile.opensAt)
        return Error{ErrorCode::Validation, tr("The clinic must close after it opens."), {}, {}};
    if (profile.name.trimmed().isEmpty())
        return Error{ErrorCode::Validation,
                     tr("The clinic needs a name."),
                     {},
                     {{QStringLiteral("name"), tr("Enter the clinic's name.")}}};
    if (profile.screeningReviewMonths < 1 || profile.screeningReviewMonths > 60)
        return Error{ErrorCode::Validation,
                     tr("The review interval must be 1 to 60 months."),
                     {},
                     {{QStringLiteral("screeningReviewMonths"), tr("Choose 1 to 60 months.")}}};
    if (profile.idleLockMinutes < 1 || profile.idleLockMinutes > ClinicProfile::MaxIdleLockMinutes)
        return Error{ErrorCode::Validation,
                     tr("The screen locks after 1 to %1 idle minutes.")
                         .arg(ClinicProfile::MaxIdleLockMinutes),
                     {},
                     {{QStringLiteral("idleLockMinutes"), tr("Choose 1 to 60 minutes.")}}};
    // Every text has a limit, and none but the address may break lines or hold control
    // characters (a NUL or a newline in the name would break every letterhead).
    const struct {
        const char* field;
        const QString& value;
        int limit;
        bool multiline;
        const char* label;
    } texts[] = {
        {"name", profile.name, ClinicProfile::MaxNameLength, false,
         QT_TR_NOOP("The clinic's name")},
        {"address", profile.address, ClinicProfile::MaxAddressLength, true,
         QT_TR_NOOP("The address")},
        {"phone", profile.phone, ClinicProfile::MaxPhoneLength, false, QT_TR_NOOP("The phone")},
        {"email", profile.email, ClinicProfile::MaxEmailLength, false, QT_TR_NOOP("The e-mail")},
    };
    for (const auto& text : texts) {
        const QString field = QString::fromLatin1(text.field);
        if (text.value.size() > text.limit) {
            const QString message =
                TextLimit::message(tr(text.label), text.limit, text.value.size());
            return Error{ErrorCode::Validation, message, {}, {{field, message}}};
        }
        const bool control = std::any_of(text.value.begin(), text.value.end(), [&](QChar c) {
            return (c.category() == QChar::Other_Control
                    && !(text.multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))))
                   || c.category() == QChar::Separator_Line
                   || c.category() == QChar::Separator_Paragraph;
        });
        if (control) {
            const QString message =
                text.multiline
                    ? tr("%1 cannot hold control characters.").arg(tr(text.label))
                    : tr("%1 cannot hold line breaks or control characters.").arg(tr(text.label));
            return Error{ErrorCode::Validation, message, {}, {{field, message}}};
        }
    }
    if (profile.logoPng.size() > ClinicProfile::MaxLogoBytes)
        return Error{ErrorCode::Validation,
                     tr("The logo takes at most 1 MB; choose a smaller picture."),
                     {},
                     {{QStringLiteral("logo"), tr("Choose a smaller picture.")}}};
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun();
    if (Status saved = m_repository.saveProfile(profile, m_clock.nowUtc()); !saved.ok())
        return saved;
    if (Status recorded = m_audit.record(user, AuditAction::SettingsChange,
                                         {0, QStringLiteral("clinic-profile"), 0});
        !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed)
        return committed;
    spdlog::info("clinic profile saved");
    m_notifier.notify({ChangeEvent::Entity::Clinic, ChangeEvent::Kind::Updated, {}, 0});
    return {};
}

Result<LeafletVersion> ClinicService::currentLeaflet()
{
    auto latest = m_repository.latestLeaflet();
    if (!latest)
        return latest.error();
    if (*latest)
        return **latest;
    auto first = m_repository.addLeafletVersion(defaultLeafletMarkdown(),
                                                QStringLiteral("NeedleChart"), m_clock.nowUtc());
    if (first)
        spdlog::info("default leaflet stored as version {}", first->version);
    return first;
}

Result<LeafletVersion> ClinicService::leaflet(int version)
{
    return m_repository.leaflet(version);
}

Result<std::vector<LeafletVersion>> ClinicService::leafletVersions()
{
    if (auto current = currentLeaflet(); !current)
        return current.error();
    return m_repository.leafletVersions();
}

Result<LeafletVersion> ClinicService::saveLeaflet(const QString& markdown, const User& user)
{
    if (Status allowed =
            m_audit.permit(user, Permission::ClinicSettings, "change the clinic's leaflet");
        !allowed)
        return allowed.error();
    if (markdown.trimmed().isEmpty())
        return Error{ErrorCode::Validation,
                     tr("The leaflet cannot be empty."),
                     {},
                     {{QStringLiteral("leaflet"), tr("Write the leaflet's text.")}}};
    if (markdown.size() > LeafletVersion::MaxMarkdownLength) {
        const QString message = TextLimit::message(
            tr("The leaflet"), LeafletVersion::MaxMarkdownLength, markdown.size());
        return Error{ErrorCode::Validation, message, {}, {{QStringLiteral("leaflet"), message}}};
    }
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto current = currentLeaflet();
    if (!current)
        return current.error();
    if (current->markdown == markdown) {
        // Nothing changed (the default may have been stored as version 1 just now).
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        return current;
    }
    auto added = m_repository.addLeafletVersion(markdown, user.displayName, m_clock.nowUtc());
    if (!added)
        return added.error();
    if (Status recorded = m_audit.record(user, AuditAction::SettingsChange,
                                         {0, QStringLiteral("leaflet"), added->version});
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("leaflet version {} saved", added->version);
    m_notifier.notify(
        {ChangeEvent::Entity::Clinic, ChangeEvent::Kind::Created, {added->version}, 0});
    return added;
}

} // namespace needlechart
