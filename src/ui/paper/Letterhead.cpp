#include "paper/Letterhead.h"

#include "needlechart/domain/common/DisplayText.h"

#include "common/Theme.h"

#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace needlechart {

QString Letterhead::contactLine(const ClinicProfile& clinic)
{
    QStringList contact;
    if (!clinic.address.trimmed().isEmpty())
        contact << DisplayText::isolate(
            clinic.address.trimmed().replace(QLatin1Char('\n'), QStringLiteral(", ")));
    if (!clinic.phone.trimmed().isEmpty())
        contact << tr("Phone %1").arg(DisplayText::isolate(clinic.phone.trimmed()));
    if (!clinic.email.trimmed().isEmpty())
        contact << DisplayText::isolate(clinic.email.trimmed());
    return contact.join(QStringLiteral("  \u00b7  "));
}

void Letterhead::insert(QTextCursor& cursor, const ClinicProfile& clinic, const QString& fallback)
{
    const QColor accent = Theme::paperColor(Theme::Role::Accent);
    QTextBlockFormat headFormat;
    headFormat.setBottomMargin(2);
    QTextCharFormat clinicName;
    clinicName.setFontWeight(QFont::Bold);
    clinicName.setFontPointSize(BodyPointSize * 1.25);
    clinicName.setForeground(accent);
    QTextCharFormat small;
    small.setFontPointSize(BodyPointSize * 0.9);
    small.setForeground(Theme::paperColor(Theme::Role::SecondaryText));

    cursor.setBlockFormat(headFormat);
    if (!clinic.logoPng.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(clinic.logoPng)) {
            cursor.document()->addResource(QTextDocument::ImageResource,
                                           QUrl(QStringLiteral("logo")), logo);
            QTextImageFormat image;
            image.setName(QStringLiteral("logo"));
            image.setHeight(48);
            image.setWidth(48.0 * logo.width() / std::max(1, logo.height()));
            cursor.insertImage(image);
            cursor.insertText(QStringLiteral("  "));
        }
    }
    cursor.insertText(clinic.name.trimmed().isEmpty() ? fallback
                                                      : DisplayText::isolate(clinic.name.trimmed()),
                      clinicName);
    const QString contact = contactLine(clinic);
    if (!contact.isEmpty()) {
        cursor.insertBlock(headFormat);
        cursor.insertText(contact, small);
    }
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

} // namespace needlechart
