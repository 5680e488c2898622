#include "needlechart/storage/database/PrefixTerms.h"

#include <QSqlQuery>

namespace needlechart {

QString PrefixTerms::upperBound(const QString& term)
{
    static const QString highest = QString::fromUcs4(U"\U0010FFFF", 1);
    return term + highest;
}

void PrefixTerms::bind(QSqlQuery& query, const QStringList& terms)
{
    static const QString loNames[] = {QStringLiteral(":lo0"), QStringLiteral(":lo1"),
                                      QStringLiteral(":lo2"), QStringLiteral(":lo3")};
    static const QString hiNames[] = {QStringLiteral(":hi0"), QStringLiteral(":hi1"),
                                      QStringLiteral(":hi2"), QStringLiteral(":hi3")};
    static const QString useNames[] = {QString(), QStringLiteral(":use1"), QStringLiteral(":use2"),
                                       QStringLiteral(":use3")};
    for (int i = 0; i < MaxTerms; ++i) {
        const bool used = i < terms.size();
        const QString term = used ? terms.at(i) : QString::fromLatin1("", 0);
        query.bindValue(loNames[i], term);
        query.bindValue(hiNames[i], upperBound(term));
        if (i > 0)
            query.bindValue(useNames[i], used ? 1 : 0);
    }
}

} // namespace needlechart
