#include "needlechart/services/common/ServerLink.h"

#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/database/Database.h"

#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

// More ids than this are not listed: the others reload everything of that kind (and a
// notification's payload stays far below PostgreSQL's 8000 bytes).
constexpr int MaxAnnouncedIds = 200;

const char* entityKey(ChangeEvent::Entity entity)
{
    switch (entity) {
    case ChangeEvent::Entity::Patient: return "patient";
    case ChangeEvent::Entity::Session: return "session";
    case ChangeEvent::Entity::Consent: return "consent";
    case ChangeEvent::Entity::Clinic: return "clinic";
    case ChangeEvent::Entity::Appointment: return "appointment";
    case ChangeEvent::Entity::Account: return "account";
    case ChangeEvent::Entity::Document: return "document";
    case ChangeEvent::Entity::Outcome: return "outcome";
    }
    return "patient";
}

const char* kindKey(ChangeEvent::Kind kind)
{
    switch (kind) {
    case ChangeEvent::Kind::Created: return "created";
    case ChangeEvent::Kind::Updated: return "updated";
    case ChangeEvent::Kind::Removed: return "removed";
    }
    return "updated";
}

const std::vector<ChangeEvent::Entity>& allEntities()
{
    static const std::vector<ChangeEvent::Entity> all = {
        ChangeEvent::Entity::Patient,     ChangeEvent::Entity::Session,
        ChangeEvent::Entity::Consent,     ChangeEvent::Entity::Clinic,
        ChangeEvent::Entity::Appointment, ChangeEvent::Entity::Account,
        ChangeEvent::Entity::Document,    ChangeEvent::Entity::Outcome};
    return all;
}

} // namespace

ServerLink::ServerLink(Database& database, ChangeNotifier& notifier, QObject* parent)
    : QObject(parent), m_database(database), m_notifier(notifier)
{
    // Every workstation on a server announces what it commits, started or not (a headless
    // command, a tool): the others must hear of it.
    if (m_database.backend() == Backend::PostgreSql)
        connect(&m_notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
            if (!event.remote)
                announce(event);
        });
}

ServerLink::~ServerLink() = default;

// "appointment updated 12 3,4,5": entity, kind, patient id, ids (empty: all of that kind).
QString ServerLink::encode(const ChangeEvent& event)
{
    QStringList ids;
    if (event.ids.size() <= MaxAnnouncedIds)
        for (qint64 id : event.ids)
            ids.append(QString::number(id));
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QLatin1String(entityKey(event.entity)), QLatin1String(kindKey(event.kind)))
        .arg(event.patientId)
        .arg(ids.join(QLatin1Char(',')));
}

bool ServerLink::decode(const QString& payload, ChangeEvent* event)
{
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 4)
        return false;
    ChangeEvent decoded;
    bool known = false;
    for (ChangeEvent::Entity entity : allEntities()) {
        if (parts.at(0) == QLatin1String(entityKey(entity))) {
            decoded.entity = entity;
            known = true;
        }
    }
    if (!known)
        return false;
    known = false;
    for (ChangeEvent::Kind kind :
         {ChangeEvent::Kind::Created, ChangeEvent::Kind::Updated, ChangeEvent::Kind::Removed}) {
        if (parts.at(1) == QLatin1String(kindKey(kind))) {
            decoded.kind = kind;
            known = true;
        }
    }
    bool number = false;
    decoded.patientId = parts.at(2).toLongLong(&number);
    if (!known || !number)
        return false;
    for (const QString& id : parts.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        decoded.ids.append(id.toLongLong(&number));
        if (!number)
            return false;
    }
    decoded.remote = true;
    *event = decoded;
    return true;
}

void ServerLink::start(int checkIntervalMs)
{
    if (m_started || m_database.backend() != Backend::PostgreSql)
        return;
    m_started = true;
    if (Status listening = m_database.listen([this](const QString& payload) { received(payload); });
        !listening.ok())
        spdlog::warn("server link: not listening ({})", errorCodeName(listening.error().code));
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ServerLink::checkNow);
    m_timer->start(checkIntervalMs);
}

void ServerLink::checkNow()
{
    if (!m_started)
        return;
    if (m_online) {
        if (!m_database.isConnected())
            setOnline(false);
        return;
    }
    probe();
}

void ServerLink::announce(const ChangeEvent& event)
{
    if (Status sent = m_database.announce(encode(event)); !sent.ok()) {
        spdlog::warn("server link: change not announced ({})", errorCodeName(sent.error().code));
        if (sent.error().code == ErrorCode::Unreachable)
            setOnline(false);
    }
}

void ServerLink::received(const QString& payload)
{
    ChangeEvent event;
    if (!decode(payload, &event)) {
        spdlog::warn("server link: an announcement that is not NeedleChart's was ignored");
        return;
    }
    m_notifier.notify(event);
}

void ServerLink::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    spdlog::info("server link: {}", online ? "back online" : "the server cannot be reached");
    Q_EMIT onlineChanged(online);
}

// Asks whether the server answers on a thread of its own (a pulled cable would otherwise hold
// the window for the whole connect timeout), then reconnects here once it does.
void ServerLink::probe()
{
    const ServerAddress* address = m_database.serverAddress();
    if (m_probing || !address)
        return;
    m_probing = true;
    auto answered = std::make_shared<bool>(false);
    QThread* thread = QThread::create([copy = *address, answered] { *answered = copy.answers(); });
    connect(thread, &QThread::finished, this, [this, thread, answered] {
        thread->deleteLater();
        m_probing = false;
        if (*answered)
            reconnect();
    });
    thread->start();
}

void ServerLink::reconnect()
{
    if (Status connected = m_database.reconnect(); !connected.ok()) {
        spdlog::warn("server link: reconnecting failed ({})",
                     errorCodeName(connected.error().code));
        return;
    }
    setOnline(true);
    // Whatever the others did meanwhile was not heard: every view reloads.
    for (ChangeEvent::Entity entity : allEntities()) {
        ChangeEvent event;
        event.entity = entity;
        event.kind = ChangeEvent::Kind::Updated;
        event.remote = true;
        m_notifier.notify(event);
    }
}

} // namespace needlechart
