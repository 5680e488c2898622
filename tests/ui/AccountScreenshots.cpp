// needlechart_account_screenshots OUT_DIR: the demo clinic's staff on a temporary database,
// rendered as
//   sign-in.png         the sign-in window of the demo clinic, naming its demo accounts;
//   staff-accounts.png  an admin's list of accounts (Jo locked after five wrong passwords,
//                       her needling authorisation running out within the month);
//   account-edit.png    Alex's account open for editing.
// Used to keep docs/screenshots current:
//   build/default/tests/ui/needlechart_account_screenshots docs/screenshots
// Runs offscreen, no display needed. Everything shown is invented for the picture.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoAccounts.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/ui/accounts/AccountEditDialog.h"
#include "needlechart/ui/accounts/AccountsDialog.h"
#include "needlechart/ui/accounts/SignInDialog.h"
#include "needlechart/ui/audit/AuditViewerDialog.h"
#include "needlechart/ui/common/QtMessagePresenter.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/settings/AppSettings.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace needlechart;

namespace {

bool save(QWidget& widget, const QDir& out, const char* name)
{
    widget.show();
    QApplication::processEvents();
    const QString path = out.filePath(QString::fromLatin1(name));
    if (!widget.grab().save(path, "PNG")) {
        std::fprintf(stderr, "cannot write %s\n", qUtf8Printable(path));
        return false;
    }
    std::printf("wrote %s\n", qUtf8Printable(path));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir temp;
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    auto database = Database::open(temp.filePath(QStringLiteral("accounts.db")));
    if (!database) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(database.error().message));
        return 1;
    }
    ClinicServices services(**database, clock, MuscleCatalogue::builtIn(),
                            PasswordHasher::Limits::minimumForTests());
    if (Status created = DemoAccounts::create(services, clock.nowUtc()); !created) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(created.error().message));
        return 1;
    }
    AccountService& accounts = services.accounts();
    for (int i = 0; i < 5; ++i)
        (void)accounts.signIn(QStringLiteral("jo"), QStringLiteral("a wrong guess"));
    auto admin = accounts.signIn(QStringLiteral("admin"), DemoAccounts::password());
    if (!admin) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(admin.error().message));
        return 1;
    }
    QtMessagePresenter messages;
    bool ok = true;

    SignInDialog signIn(accounts, QStringLiteral("demo-clinic.db"), DemoAccounts::password());
    signIn.loginEdit()->setText(QStringLiteral("alex"));
    signIn.passwordEdit()->setText(QStringLiteral("xxxxxxxxxxxxxxxx"));
    ok = save(signIn, out, "sign-in.png") && ok;

    AccountsDialog list(accounts, clock, messages, admin->user);
    list.table()->selectRow(0);
    ok = save(list, out, "staff-accounts.png") && ok;

    auto alex = accounts.signIn(QStringLiteral("alex"), DemoAccounts::password());
    if (alex) {
        AccountEditDialog edit(accounts, admin->user, alex->account);
        ok = save(edit, out, "account-edit.png") && ok;
    }

    // A morning's trail: the front desk registers and finds patients, Alex opens their notes,
    // the front desk tries a note and is refused.
    auto desk = accounts.signIn(QStringLiteral("desk"), DemoAccounts::password());
    if (alex && desk) {
        const User deskUser = desk->user;
        const User alexUser = alex->user;
        std::vector<PatientId> ids;
        for (const auto& [family, given] :
             {std::pair{"Okafor", "Ada"}, std::pair{"Lindqvist", "Maja"},
              std::pair{"Haddad", "Samir"}}) {
            Patient p;
            p.familyName = QString::fromLatin1(family);
            p.givenName = QString::fromLatin1(given);
            p.dateOfBirth = QDate(1980, 3, 14);
            clock.advanceSeconds(240);
            if (auto created = services.patients().create(p, deskUser))
                ids.push_back(created->id);
        }
        (void)services.patients().list(PatientQuery{}, deskUser);
        for (PatientId id : ids) {
            clock.advanceSeconds(11 * 60);
            (void)services.sessions().history(id, alexUser);
        }
        clock.advanceSeconds(120);
        if (!ids.empty())
            (void)services.sessions().history(ids.front(), deskUser);
        AuditViewerDialog trail(services.audit(), accounts, services.patients(), clock, messages,
                                admin->user);
        trail.resize(1180, 520);
        ok = save(trail, out, "audit-trail.png") && ok;

        // Alex's window after the clinic's idle minutes: covered, nothing of the record shown.
        QTemporaryDir settingsDir;
        AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        UiContext context = UiContext::of(services, settings, messages, alexUser);
        MainWindow window(context);
        window.resize(1180, 640);
        window.show();
        window.lockNow();
        ok = save(window, out, "lock-screen.png") && ok;
    }
    return ok ? 0 : 1;
}
