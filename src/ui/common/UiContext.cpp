#include "needlechart/ui/common/UiContext.h"

#include "needlechart/services/common/ClinicServices.h"

namespace needlechart {

UiContext UiContext::of(ClinicServices& services, AppSettings& settings, MessagePresenter& messages,
                        User user)
{
    return UiContext{services.patients(),
                     services.sessions(),
                     services.consent(),
                     services.clinic(),
                     services.appointments(),
                     services.accounts(),
                     services.audit(),
                     services.backups(),
                     services.documents(),
                     services.outcomes(),
                     services.patientImport(),
                     services.fhirExport(),
                     services.wholeRecord(),
                     services.notifier(),
                     settings,
                     messages,
                     std::move(user),
                     services.databaseDisplayName(),
                     services.isOnServer() ? &services.serverLink() : nullptr};
}

} // namespace needlechart
