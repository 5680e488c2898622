#pragma once

class QCoreApplication;

namespace needlechart {

// `needlechart admin ...`: the clinic administrator's commands, for a terminal or a script.
//
//   needlechart admin init-server ADDRESS [--demo]   set up NeedleChart in an empty database
//   needlechart admin migrate ADDRESS | --database FILE   upgrade to this version's schema
//   needlechart admin copy --from FILE --to ADDRESS   move a single-seat clinic onto the server
//   needlechart admin verify-audit --database FILE | --server ADDRESS
//   needlechart admin backup --database FILE | --server ADDRESS --to DIR [--passphrase-file F]
//   needlechart admin list-backups DIR
//   needlechart admin verify --backup FILE | --database FILE [--passphrase-file F]
//   needlechart admin restore --from BACKUP --to FILE | ADDRESS [--passphrase-file F]
//   needlechart admin import-patients CSV --database FILE | --server ADDRESS --login NAME [...]
//   needlechart admin export-fhir --database FILE | --server ADDRESS --login NAME
//                                 --patient ID | --all --out FILE
//
// ADDRESS is a libpq connection URI or keyword string. Passwords come from libpq's own sources
// (~/.pgpass, PGPASSFILE, a service file) or, on a terminal, are asked for. Quiet unless
// something goes wrong (or --verbose); progress on a terminal. Exit status: 0 done, 1 refused or
// failed, 2 cannot run (bad arguments, server unreachable, sign-in refused).
class AdminCommand {
public:
    // True if argv starts with "admin".
    [[nodiscard]] static bool isAdminCommand(int argc, char** argv);
    [[nodiscard]] static int run(const QCoreApplication& app);
};

} // namespace needlechart
