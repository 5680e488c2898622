#pragma once

#include "needlechart/services/common/ChangeEvent.h"

#include <QObject>
#include <QString>

class QTimer;

namespace needlechart {

class ChangeNotifier;
class Database;

// Keeps one workstation in step with the others on a clinic server, through the one
// ChangeNotifier every view already listens to:
//  - every change this workstation commits is announced to the others (NOTIFY, ids only);
//  - every change another workstation announces is passed on as a ChangeEvent with remote set,
//    so the appointment book, today's list and "Notes due" refresh by themselves;
//  - the connection is watched: when the server goes away, offline is signalled (the window
//    shows a banner; saves are refused with that reason, forms stay filled), the server is
//    probed off the window's thread, and once it answers the link reconnects, listens again
//    and announces "anything may have changed" so the views catch up on what they missed.
// On an SQLite file (one workstation) it does nothing and is always online.
class ServerLink : public QObject {
    Q_OBJECT
public:
    ServerLink(Database& database, ChangeNotifier& notifier, QObject* parent = nullptr);
    ~ServerLink() override;

    // Changes are announced from construction on. start() begins listening and watching;
    // `checkIntervalMs` is how often the connection is looked at (and, while offline, how often the
    // server is probed).
    void start(int checkIntervalMs = 1000);
    [[nodiscard]] bool isOnline() const { return m_online; }
    // Looks at the connection now (what the timer does).
    void checkNow();

    // How a ChangeEvent travels between workstations, and back (nullopt-like: a default event
    // with remote unset if the text is not one).
    [[nodiscard]] static QString encode(const ChangeEvent& event);
    [[nodiscard]] static bool decode(const QString& payload, ChangeEvent* event);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void announce(const ChangeEvent& event);
    void received(const QString& payload);
    void setOnline(bool online);
    void probe();
    void reconnect();

    Database& m_database;
    ChangeNotifier& m_notifier;
    QTimer* m_timer = nullptr;
    bool m_started = false;
    bool m_online = true;
    bool m_probing = false;
};

} // namespace needlechart
