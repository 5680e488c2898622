#include "session/AdverseEventsSection.h"

#include "needlechart/domain/session/SessionValidator.h"
#include "needlechart/ui/session/SessionEditor.h"

#include "common/Theme.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace needlechart {
namespace {

const QString NoEventsText = QStringLiteral("noEvents");

} // namespace

AdverseEventsSection::AdverseEventsSection(SessionEditor& editor, QWidget* parent)
    : SessionSection(tr("Adverse events"), editor, parent),
      m_pick(new QComboBox(this)),
      m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("adverseEventsSection"));
    m_pick->setObjectName(QStringLiteral("adverseEventPick"));
    m_pick->setAccessibleName(tr("Add an adverse event"));
    m_pick->addItem(tr("Add an adverse event\u2026"));
    for (AdverseEventKind kind : enumValues<AdverseEventKind>())
        m_pick->addItem(enumLabel(kind), enumKey(kind));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_rows);
    layout->addWidget(m_pick, 0, Qt::AlignLeft);
    registerField(SessionFields::AdverseEvents, m_pick);

    connect(m_pick, &QComboBox::activated, this, [this](int index) {
        const auto kind = enumFromKey<AdverseEventKind>(m_pick->itemData(index).toString());
        {
            const QSignalBlocker block(m_pick);
            m_pick->setCurrentIndex(0);
        }
        if (!kind)
            return;
        AdverseEvent event;
        event.kind = *kind;
        // A suspected pneumothorax is never mild.
        if (*kind == AdverseEventKind::SuspectedPneumothorax)
            event.grade = AdverseEventGrade::Serious;
        this->editor().edit(SessionFields::AdverseEvents,
                            [&](Session& s) { s.adverseEvents.append(event); });
        this->editor().finishEdit();
    });
    refresh();
}

void AdverseEventsSection::editRow(qsizetype row, const QString& field,
                                   const std::function<void(AdverseEvent&)>& change)
{
    editor().edit(SessionFields::row(SessionFields::AdverseEvents, row, field), [&](Session& s) {
        if (row < s.adverseEvents.size())
            change(s.adverseEvents[row]);
    });
}

void AdverseEventsSection::rebuildRows(qsizetype count)
{
    for (QWidget* widget : std::as_const(m_rowWidgets)) {
        widget->hide();
        widget->deleteLater(); // its Remove button may be what is running now
    }
    m_rowWidgets.clear();
    if (count == 0) {
        auto* none = new QLabel(tr("None recorded."), this);
        none->setObjectName(NoEventsText);
        m_rows->addWidget(none);
        m_rowWidgets.append(none);
    }
    for (qsizetype row = 0; row < count; ++row) {
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("adverseEvent%1").arg(row));
        frame->setFrameShape(QFrame::StyledPanel);
        auto* title = new QLabel(frame);
        title->setObjectName(QStringLiteral("title"));
        auto* grade = new QComboBox(frame);
        grade->setObjectName(QStringLiteral("grade"));
        grade->setAccessibleName(tr("Grade"));
        for (AdverseEventGrade g : enumValues<AdverseEventGrade>())
            grade->addItem(enumLabel(g), enumKey(g));
        grade->setToolTip(
            tr("Mild: short, reversible, no inconvenience. Significant: needs medical "
               "attention or limits activities. Serious: hospital admission, lasting "
               "disability or death."));
        auto* description = new QLineEdit(frame);
        description->setObjectName(QStringLiteral("description"));
        description->setPlaceholderText(tr("what happened"));
        auto* action = new QLineEdit(frame);
        action->setObjectName(QStringLiteral("action"));
        action->setPlaceholderText(tr("action taken"));
        auto* followUp = new QLineEdit(frame);
        followUp->setObjectName(QStringLiteral("followUp"));
        followUp->setPlaceholderText(tr("follow-up arranged"));
        auto* remove = new QToolButton(frame);
        remove->setText(tr("Remove"));
        for (QLineEdit* text : {description, action, followUp})
            limitLine(text, SessionValidator::MaxTextLength);
        description->setAccessibleName(tr("What happened"));
        action->setAccessibleName(tr("Action taken"));
        followUp->setAccessibleName(tr("Follow-up arranged"));

        auto* grid = new QGridLayout(frame);
        grid->addWidget(title, 0, 0);
        grid->addWidget(grade, 0, 1);
        grid->addWidget(remove, 0, 3, Qt::AlignRight);
        grid->addWidget(description, 1, 0, 1, 4);
        grid->addWidget(action, 2, 0, 1, 2);
        grid->addWidget(followUp, 2, 2, 1, 2);
        grid->setColumnStretch(2, 1);
        m_rows->addWidget(frame);
        m_rowWidgets.append(frame);

        using namespace SessionFields;
        registerField(SessionFields::row(AdverseEvents, row, Description), description);
        registerField(SessionFields::row(AdverseEvents, row, ActionTaken), action);
        registerField(SessionFields::row(AdverseEvents, row, FollowUp), followUp);

        connect(grade, &QComboBox::currentIndexChanged, this, [this, row, grade](int index) {
            const auto g = enumFromKey<AdverseEventGrade>(grade->itemData(index).toString());
            editRow(row, QStringLiteral("grade"),
                    [&](AdverseEvent& e) { e.grade = g.value_or(e.grade); });
            editor().finishEdit();
        });
        connect(description, &QLineEdit::textEdited, this, [this, row](const QString& text) {
            editRow(row, Description, [&](AdverseEvent& e) { e.description = text; });
        });
        connect(action, &QLineEdit::textEdited, this, [this, row](const QString& text) {
            editRow(row, ActionTaken, [&](AdverseEvent& e) { e.actionTaken = text; });
        });
        connect(followUp, &QLineEdit::textEdited, this, [this, row](const QString& text) {
            editRow(row, FollowUp, [&](AdverseEvent& e) { e.followUp = text; });
        });
        connect(remove, &QToolButton::clicked, this, [this, row] {
            editor().edit(AdverseEvents, [&](Session& s) {
                if (row < s.adverseEvents.size())
                    s.adverseEvents.removeAt(row);
            });
            editor().finishEdit();
        });
    }
}

void AdverseEventsSection::refreshFields()
{
    const QList<AdverseEvent>& events = session().adverseEvents;
    const qsizetype shown =
        m_rowWidgets.size() == 1 && m_rowWidgets.first()->objectName() == NoEventsText
            ? 0
            : m_rowWidgets.size();
    if (m_rowWidgets.isEmpty() || shown != events.size())
        rebuildRows(events.size());
    for (qsizetype row = 0; row < events.size(); ++row) {
        const AdverseEvent& e = events.at(row);
        QWidget* frame = m_rowWidgets.at(row);
        frame->findChild<QLabel*>(QStringLiteral("title"))
            ->setText(QStringLiteral("<b>%1</b>").arg(enumLabel(e.kind).toHtmlEscaped()));
        auto* grade = frame->findChild<QComboBox*>(QStringLiteral("grade"));
        {
            const QSignalBlocker block(grade);
            grade->setCurrentIndex(grade->findData(enumKey(e.grade)));
        }
        showText(frame->findChild<QLineEdit*>(QStringLiteral("description")), e.description);
        showText(frame->findChild<QLineEdit*>(QStringLiteral("action")), e.actionTaken);
        showText(frame->findChild<QLineEdit*>(QStringLiteral("followUp")), e.followUp);
        frame->setStyleSheet(
            e.isSerious() ? QStringLiteral("QFrame#%1 { border: 2px solid %2; background: %3; }")
                                .arg(frame->objectName(), Theme::name(Theme::Role::ErrorText),
                                     Theme::name(Theme::Role::AlertBackground))
                          : QString());
    }
}

} // namespace needlechart
