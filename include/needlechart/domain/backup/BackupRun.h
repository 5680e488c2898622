#pragma once

#include <QDateTime>
#include <QString>

namespace needlechart {

// One backup attempt, good or failed, as the clinic's backup log keeps it: when, from which
// workstation (or the command line), where it went and what it held. Names no patient.
struct BackupRun {
    qint64 id = 0;
    QDateTime atUtc;
    QString workstation;
    bool ok = false; // written, read back and checked
    QString fileName;
    QString folder;
    qint64 bytes = 0;
    qint64 patients = 0;
    qint64 notes = 0;
    QString problem; // why it failed; empty when ok

    friend bool operator==(const BackupRun&, const BackupRun&) = default;
};

} // namespace needlechart
