#include "needlechart/domain/bodymap/MuscleCatalogue.h"

#include "LocaleScope.h"
#include "QtPrinters.h"

#include <QFile>
#include <QLocale>
#include <QSet>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

const QString Header = QStringLiteral(
    "id,name,region,views,bilateral,depth,group,keywords,snomed_code,snomed_term,referred_pain,"
    "caution,caution_kinds\n");

// A well-formed row; tests replace one field to break it.
const QString ValidRow = QStringLiteral(
    "test_muscle,Test muscle,shoulder,anterior;posterior,yes,deep,test group,tm;tester,"
    "123456789,Test muscle structure,Front of the shoulder.,Mind the nerve.,neurovascular\n");

// The 69 muscles the body map is drawn for; ids are stored in treatment records, so none may go.
const QStringList ExpectedIds = {
    QStringLiteral("temporalis"),
    QStringLiteral("masseter"),
    QStringLiteral("lateral_pterygoid"),
    QStringLiteral("sternocleidomastoid"),
    QStringLiteral("scalenes"),
    QStringLiteral("upper_trapezius"),
    QStringLiteral("levator_scapulae"),
    QStringLiteral("splenius_capitis"),
    QStringLiteral("splenius_cervicis"),
    QStringLiteral("semispinalis_capitis"),
    QStringLiteral("suboccipitals"),
    QStringLiteral("supraspinatus"),
    QStringLiteral("infraspinatus"),
    QStringLiteral("teres_minor"),
    QStringLiteral("teres_major"),
    QStringLiteral("subscapularis"),
    QStringLiteral("deltoid_anterior"),
    QStringLiteral("deltoid_middle"),
    QStringLiteral("deltoid_posterior"),
    QStringLiteral("pectoralis_major"),
    QStringLiteral("pectoralis_minor"),
    QStringLiteral("latissimus_dorsi"),
    QStringLiteral("serratus_anterior"),
    QStringLiteral("biceps_brachii"),
    QStringLiteral("brachialis"),
    QStringLiteral("triceps_brachii"),
    QStringLiteral("brachioradialis"),
    QStringLiteral("extensor_carpi_radialis_longus"),
    QStringLiteral("extensor_carpi_radialis_brevis"),
    QStringLiteral("extensor_digitorum"),
    QStringLiteral("supinator"),
    QStringLiteral("pronator_teres"),
    QStringLiteral("flexor_carpi_radialis"),
    QStringLiteral("flexor_carpi_ulnaris"),
    QStringLiteral("middle_trapezius"),
    QStringLiteral("lower_trapezius"),
    QStringLiteral("rhomboids"),
    QStringLiteral("iliocostalis"),
    QStringLiteral("longissimus"),
    QStringLiteral("multifidus"),
    QStringLiteral("quadratus_lumborum"),
    QStringLiteral("rectus_abdominis"),
    QStringLiteral("gluteus_maximus"),
    QStringLiteral("gluteus_medius"),
    QStringLiteral("gluteus_minimus"),
    QStringLiteral("piriformis"),
    QStringLiteral("tensor_fasciae_latae"),
    QStringLiteral("iliopsoas"),
    QStringLiteral("adductor_longus"),
    QStringLiteral("adductor_magnus"),
    QStringLiteral("rectus_femoris"),
    QStringLiteral("vastus_lateralis"),
    QStringLiteral("vastus_medialis"),
    QStringLiteral("biceps_femoris"),
    QStringLiteral("semitendinosus"),
    QStringLiteral("semimembranosus"),
    QStringLiteral("gastrocnemius"),
    QStringLiteral("soleus"),
    QStringLiteral("tibialis_anterior"),
    QStringLiteral("fibularis_longus"),
    // Added at a clinic's request (issue 16).
    QStringLiteral("intercostals"),
    QStringLiteral("external_oblique"),
    QStringLiteral("internal_oblique"),
    QStringLiteral("extensor_carpi_ulnaris"),
    QStringLiteral("first_dorsal_interosseous"),
    QStringLiteral("adductor_pollicis"),
    QStringLiteral("thenar_muscles"),
    QStringLiteral("foot_intrinsics"),
    QStringLiteral("tibialis_posterior"),
};

QStringList ids(const QList<Muscle>& muscles)
{
    QStringList result;
    for (const Muscle& m : muscles)
        result.append(m.id);
    return result;
}

QSet<QString> idSet(const QList<Muscle>& muscles)
{
    const QStringList list = ids(muscles);
    return QSet<QString>(list.cbegin(), list.cend());
}

QSet<QString> idSet(std::initializer_list<const char*> names)
{
    QSet<QString> set;
    for (const char* n : names)
        set.insert(QString::fromUtf8(n));
    return set;
}

// The built-in muscle `id`; an empty muscle (and a failure) if the catalogue lacks it.
const Muscle& builtIn(const char* id)
{
    static const Muscle missing;
    const Muscle* m = MuscleCatalogue::builtIn().find(QString::fromUtf8(id));
    if (!m)
        ADD_FAILURE() << "no muscle " << id;
    return m ? *m : missing;
}

// The error of parsing `csv`, which must fail.
Error parseError(const QString& csv)
{
    Result<MuscleCatalogue> result = MuscleCatalogue::fromCsv(csv);
    EXPECT_FALSE(result.ok()) << "parsed although malformed";
    return result.ok() ? Error{} : result.error();
}

} // namespace

// --- the built-in catalogue ------------------------------------------------------------------

TEST(MuscleCatalogueTest, built_in_catalogue_has_the_69_expected_ids_once_each)
{
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    EXPECT_EQ(ids(catalogue.all()), ExpectedIds);
    EXPECT_EQ(idSet(catalogue.all()).size(), 69);
    for (const QString& id : ExpectedIds)
        EXPECT_NE(catalogue.find(id), nullptr) << id.toStdString();
}

TEST(MuscleCatalogueTest, every_muscle_has_name_region_view_referred_pain_and_caution)
{
    for (const Muscle& m : MuscleCatalogue::builtIn().all()) {
        SCOPED_TRACE(m.id.toStdString());
        EXPECT_FALSE(m.name.isEmpty());
        EXPECT_FALSE(m.region.isEmpty());
        EXPECT_FALSE(m.group.isEmpty());
        EXPECT_NE(m.views, BodyViews());
        EXPECT_FALSE(m.referredPain.isEmpty());
        EXPECT_FALSE(m.caution.isEmpty());
        EXPECT_TRUE(m.bilateral);
    }
}

TEST(MuscleCatalogueTest, snomed_codes_are_numeric_and_come_with_a_term)
{
    int coded = 0;
    for (const Muscle& m : MuscleCatalogue::builtIn().all()) {
        SCOPED_TRACE(m.id.toStdString());
        if (!m.hasSnomedCode()) {
            EXPECT_TRUE(m.snomedTerm.isEmpty());
            continue;
        }
        ++coded;
        bool numeric = false;
        m.snomedCode.toULongLong(&numeric);
        EXPECT_TRUE(numeric);
        EXPECT_FALSE(m.snomedTerm.isEmpty());
    }
    EXPECT_GT(coded, 0);
    EXPECT_EQ(builtIn("sternocleidomastoid").snomedCode, QStringLiteral("22823000"));
    // Only verified codes are carried: these had none, or only an unverified one.
    EXPECT_FALSE(builtIn("biceps_brachii").hasSnomedCode());
    EXPECT_FALSE(builtIn("gluteus_medius").hasSnomedCode());
    EXPECT_FALSE(builtIn("suboccipitals").hasSnomedCode());
}

TEST(MuscleCatalogueTest, muscles_over_the_thorax_are_tagged_pneumothorax_risk)
{
    for (const char* id : {"serratus_anterior", "rhomboids", "pectoralis_major", "pectoralis_minor",
                           "middle_trapezius", "lower_trapezius", "upper_trapezius", "scalenes",
                           "latissimus_dorsi", "iliocostalis"}) {
        EXPECT_TRUE(builtIn(id).isPneumothoraxRisk()) << id;
        EXPECT_TRUE(builtIn(id).hasCaution()) << id;
    }
    for (const char* id : {"gastrocnemius", "biceps_femoris", "temporalis", "gluteus_maximus"})
        EXPECT_FALSE(builtIn(id).isPneumothoraxRisk()) << id;
}

TEST(MuscleCatalogueTest, organ_neurovascular_and_advanced_cautions_are_tagged)
{
    EXPECT_TRUE(builtIn("quadratus_lumborum").hasCaution(CautionKind::Organ));
    EXPECT_TRUE(builtIn("rectus_abdominis").hasCaution(CautionKind::Organ));
    EXPECT_TRUE(builtIn("sternocleidomastoid").hasCaution(CautionKind::Neurovascular));
    EXPECT_TRUE(builtIn("supinator").hasCaution(CautionKind::Neurovascular));
    EXPECT_TRUE(builtIn("suboccipitals").hasCaution(CautionKind::Advanced));
    EXPECT_TRUE(builtIn("lateral_pterygoid").hasCaution(CautionKind::Advanced));
    EXPECT_TRUE(builtIn("piriformis").hasCaution(CautionKind::Advanced));
    // Low risk: advice in the text, but no risk to tag.
    EXPECT_FALSE(builtIn("vastus_lateralis").hasCaution());
}

TEST(MuscleCatalogueTest, deep_muscles_are_flagged_deep)
{
    for (const char* id :
         {"subscapularis", "piriformis", "multifidus", "pectoralis_minor", "lateral_pterygoid",
          "supinator", "gluteus_minimus", "iliopsoas", "quadratus_lumborum", "suboccipitals"})
        EXPECT_TRUE(builtIn(id).isDeep()) << id;
    for (const char* id : {"gluteus_maximus", "upper_trapezius", "gastrocnemius", "soleus",
                           "sternocleidomastoid", "deltoid_middle"})
        EXPECT_FALSE(builtIn(id).isDeep()) << id;
}

TEST(MuscleCatalogueTest, visible_in_lists_the_muscles_drawn_in_each_view)
{
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    const QSet<QString> front = idSet(catalogue.visibleIn(BodyView::Anterior));
    const QSet<QString> back = idSet(catalogue.visibleIn(BodyView::Posterior));
    EXPECT_TRUE(front.contains(QStringLiteral("pectoralis_major")));
    EXPECT_FALSE(back.contains(QStringLiteral("pectoralis_major")));
    EXPECT_TRUE(back.contains(QStringLiteral("gluteus_maximus")));
    EXPECT_FALSE(front.contains(QStringLiteral("gluteus_maximus")));
    for (const char* both :
         {"upper_trapezius", "deltoid_middle", "brachioradialis", "fibularis_longus"}) {
        EXPECT_TRUE(front.contains(QString::fromUtf8(both))) << both;
        EXPECT_TRUE(back.contains(QString::fromUtf8(both))) << both;
    }
    EXPECT_EQ((front | back).size(), 69);
}

TEST(MuscleCatalogueTest, find_returns_null_for_an_unknown_id)
{
    EXPECT_EQ(MuscleCatalogue::builtIn().find(QStringLiteral("no_such_muscle")), nullptr);
    EXPECT_EQ(MuscleCatalogue::builtIn().find(QString()), nullptr);
}

// --- search ----------------------------------------------------------------------------------

TEST(MuscleCatalogueTest, search_hams_finds_the_three_hamstrings)
{
    const QList<Muscle> found = MuscleCatalogue::builtIn().search(QStringLiteral("hams"));
    EXPECT_EQ(idSet(found), idSet({"biceps_femoris", "semitendinosus", "semimembranosus"}));
}

TEST(MuscleCatalogueTest, search_matches_every_typed_word_as_a_prefix)
{
    EXPECT_EQ(ids(MuscleCatalogue::builtIn().search(QStringLiteral("bic fem"))),
              QStringList{QStringLiteral("biceps_femoris")});
    EXPECT_EQ(ids(MuscleCatalogue::builtIn().search(QStringLiteral("Fem BIC"))),
              QStringList{QStringLiteral("biceps_femoris")});
}

TEST(MuscleCatalogueTest, search_finds_abbreviations_people_type)
{
    const MuscleCatalogue& c = MuscleCatalogue::builtIn();
    EXPECT_EQ(ids(c.search(QStringLiteral("scm"))),
              QStringList{QStringLiteral("sternocleidomastoid")});
    EXPECT_EQ(ids(c.search(QStringLiteral("QL"))),
              QStringList{QStringLiteral("quadratus_lumborum")});
    EXPECT_EQ(ids(c.search(QStringLiteral("tfl"))),
              QStringList{QStringLiteral("tensor_fasciae_latae")});
    EXPECT_EQ(idSet(c.search(QStringLiteral("traps"))),
              idSet({"upper_trapezius", "middle_trapezius", "lower_trapezius"}));
    EXPECT_EQ(idSet(c.search(QStringLiteral("lats"))), idSet({"latissimus_dorsi"}));
    EXPECT_EQ(idSet(c.search(QStringLiteral("pec"))),
              idSet({"pectoralis_major", "pectoralis_minor"}));
    EXPECT_EQ(idSet(c.search(QStringLiteral("calf"))),
              idSet({"gastrocnemius", "soleus", "tibialis_posterior"}));
    EXPECT_EQ(idSet(c.search(QStringLiteral("ecu"))), idSet({"extensor_carpi_ulnaris"}));
    EXPECT_EQ(idSet(c.search(QStringLiteral("fdi"))), idSet({"first_dorsal_interosseous"}));
    EXPECT_EQ(idSet(c.search(QStringLiteral("intercost"))), idSet({"intercostals"}));
    EXPECT_TRUE(
        idSet(c.search(QStringLiteral("levator"))).contains(QStringLiteral("levator_scapulae")));
}

TEST(MuscleCatalogueTest, search_finds_clinical_groups)
{
    const MuscleCatalogue& c = MuscleCatalogue::builtIn();
    EXPECT_EQ(idSet(c.search(QStringLiteral("rotator cuff"))),
              idSet({"supraspinatus", "infraspinatus", "teres_minor", "subscapularis"}));
    EXPECT_EQ(idSet(c.search(QStringLiteral("quadriceps"))),
              idSet({"rectus_femoris", "vastus_lateralis", "vastus_medialis"}));
}

TEST(MuscleCatalogueTest, search_ranks_name_before_keyword_before_group_matches)
{
    // "flexor" is a word of two names, a keyword of five muscles ("elbow flexor", "hip flexor",
    // "flexor pollicis brevis", "flexor digitorum brevis") and starts the group "forearm
    // flexors" of pronator teres.
    const QStringList found = ids(MuscleCatalogue::builtIn().search(QStringLiteral("flexor")));
    ASSERT_EQ(found.size(), 8) << found.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(QSet<QString>(found.cbegin(), found.cbegin() + 2),
              idSet({"flexor_carpi_radialis", "flexor_carpi_ulnaris"}));
    EXPECT_EQ(
        QSet<QString>(found.cbegin() + 2, found.cbegin() + 7),
        idSet({"biceps_brachii", "brachialis", "iliopsoas", "thenar_muscles", "foot_intrinsics"}));
    EXPECT_EQ(found.last(), QStringLiteral("pronator_teres"));
}

TEST(MuscleCatalogueTest, search_keeps_catalogue_order_among_equal_matches)
{
    EXPECT_EQ(ids(MuscleCatalogue::builtIn().search(QStringLiteral("traps"))),
              (QStringList{QStringLiteral("upper_trapezius"), QStringLiteral("middle_trapezius"),
                           QStringLiteral("lower_trapezius")}));
}

TEST(MuscleCatalogueTest, search_folds_case_and_accents)
{
    EXPECT_EQ(ids(MuscleCatalogue::builtIn().search(QStringLiteral("SOLÉUS"))),
              QStringList{QStringLiteral("soleus")});
}

TEST(MuscleCatalogueTest, search_with_nothing_typed_gives_every_muscle_and_nonsense_gives_none)
{
    EXPECT_EQ(MuscleCatalogue::builtIn().search(QStringLiteral("  ")).size(), 69);
    EXPECT_TRUE(MuscleCatalogue::builtIn().search(QStringLiteral("zzz")).isEmpty());
    EXPECT_TRUE(MuscleCatalogue::builtIn().search(QStringLiteral("hams glut")).isEmpty());
}

// --- parsing ---------------------------------------------------------------------------------

TEST(MuscleCatalogueTest, parses_every_column_into_typed_fields)
{
    Result<MuscleCatalogue> parsed = MuscleCatalogue::fromCsv(Header + ValidRow);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->size(), 1);
    const Muscle& m = parsed->all().first();
    EXPECT_EQ(m.id, QStringLiteral("test_muscle"));
    EXPECT_EQ(m.name, QStringLiteral("Test muscle"));
    EXPECT_EQ(m.region, QStringLiteral("shoulder"));
    EXPECT_EQ(m.views, BodyView::Anterior | BodyView::Posterior);
    EXPECT_TRUE(m.bilateral);
    EXPECT_EQ(m.depth, MuscleDepth::Deep);
    EXPECT_EQ(m.group, QStringLiteral("test group"));
    EXPECT_EQ(m.keywords, (QStringList{QStringLiteral("tm"), QStringLiteral("tester")}));
    EXPECT_EQ(m.snomedCode, QStringLiteral("123456789"));
    EXPECT_EQ(m.snomedTerm, QStringLiteral("Test muscle structure"));
    EXPECT_EQ(m.referredPain, QStringLiteral("Front of the shoulder."));
    EXPECT_EQ(m.caution, QStringLiteral("Mind the nerve."));
    EXPECT_EQ(m.cautionKinds, CautionKinds(CautionKind::Neurovascular));
}

TEST(MuscleCatalogueTest, quoted_fields_keep_commas_doubled_quotes_and_line_breaks)
{
    const QString csv =
        Header
        + QStringLiteral("a_muscle,\"Name, with comma\",hip,posterior,no,surface,g,,,,"
                         "\"Pain \"\"here\"\", and there\",\"Two\nlines\",\r\n");
    Result<MuscleCatalogue> parsed = MuscleCatalogue::fromCsv(csv);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    const Muscle& m = parsed->all().first();
    EXPECT_EQ(m.name, QStringLiteral("Name, with comma"));
    EXPECT_EQ(m.referredPain, QStringLiteral("Pain \"here\", and there"));
    EXPECT_EQ(m.caution, QStringLiteral("Two\nlines"));
    EXPECT_FALSE(m.bilateral);
    EXPECT_EQ(m.views, BodyViews(BodyView::Posterior));
    EXPECT_FALSE(m.hasCaution());
}

TEST(MuscleCatalogueTest, wrong_column_count_is_reported_with_its_line)
{
    const QString csv = Header + ValidRow + QStringLiteral("short_row,Short,hip,anterior,yes\n");
    const Error e = parseError(csv);
    EXPECT_EQ(e.code, ErrorCode::Validation);
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 3"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("column 6"))) << e.message.toStdString();
}

TEST(MuscleCatalogueTest, line_numbers_count_line_breaks_inside_quoted_fields)
{
    QString second = ValidRow;
    second.replace(QStringLiteral("test_muscle"), QStringLiteral("other_muscle"));
    second.replace(QStringLiteral(",yes,"), QStringLiteral(",maybe,"));
    const QString csv =
        Header + QStringLiteral("a_muscle,\"Two\nline name\",hip,anterior,yes,deep,g,,,,p,c,\n")
        + second;
    const Error e = parseError(csv);
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 4, column 5"))) << e.message.toStdString();
}

TEST(MuscleCatalogueTest, bad_bilateral_value_is_reported_with_line_and_column)
{
    QString row = ValidRow;
    row.replace(QStringLiteral(",yes,"), QStringLiteral(",Y,"));
    const Error e = parseError(Header + row);
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 2, column 5"))) << e.message.toStdString();
    EXPECT_TRUE(e.hasFieldError(QStringLiteral("bilateral")));
}

TEST(MuscleCatalogueTest, unknown_view_is_reported_with_line_and_column)
{
    QString row = ValidRow;
    row.replace(QStringLiteral("anterior;posterior"), QStringLiteral("anterior;lateral"));
    const Error e = parseError(Header + row);
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 2, column 4"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("lateral"))) << e.message.toStdString();
    EXPECT_TRUE(e.hasFieldError(QStringLiteral("views")));
}

TEST(MuscleCatalogueTest, empty_views_unknown_depth_and_unknown_caution_kind_are_rejected)
{
    QString noViews = ValidRow;
    noViews.replace(QStringLiteral("anterior;posterior"), QString());
    EXPECT_TRUE(parseError(Header + noViews).hasFieldError(QStringLiteral("views")));

    QString badDepth = ValidRow;
    badDepth.replace(QStringLiteral(",deep,"), QStringLiteral(",middle,"));
    EXPECT_TRUE(parseError(Header + badDepth).hasFieldError(QStringLiteral("depth")));

    QString badKind = ValidRow;
    badKind.replace(QStringLiteral("neurovascular\n"), QStringLiteral("neurovascular;sharp\n"));
    EXPECT_TRUE(parseError(Header + badKind).hasFieldError(QStringLiteral("caution_kinds")));
}

TEST(MuscleCatalogueTest, non_numeric_snomed_code_is_rejected)
{
    QString row = ValidRow;
    row.replace(QStringLiteral("123456789"), QStringLiteral("12345x789"));
    const Error e = parseError(Header + row);
    EXPECT_TRUE(e.hasFieldError(QStringLiteral("snomed_code")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("column 9"))) << e.message.toStdString();
}

TEST(MuscleCatalogueTest, duplicate_id_is_rejected)
{
    const Error e = parseError(Header + ValidRow + ValidRow);
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 3, column 1"))) << e.message.toStdString();
    EXPECT_TRUE(e.hasFieldError(QStringLiteral("id")));
}

TEST(MuscleCatalogueTest, missing_or_wrong_header_is_rejected)
{
    EXPECT_TRUE(parseError(QString()).message.contains(QStringLiteral("line 1")));
    EXPECT_TRUE(parseError(ValidRow).message.contains(QStringLiteral("line 1, column 1")));
    QString swapped = Header;
    swapped.replace(QStringLiteral("views,bilateral"), QStringLiteral("bilateral,views"));
    EXPECT_TRUE(parseError(swapped + ValidRow).message.contains(QStringLiteral("column 4")));
}

TEST(MuscleCatalogueTest, unclosed_quote_is_reported_where_it_opens)
{
    const QString csv = Header + QStringLiteral("a_muscle,\"Never closed,hip\n");
    const Error e = parseError(csv);
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 2, column 2"))) << e.message.toStdString();
}

TEST(MuscleCatalogueTest, text_after_a_closing_quote_is_rejected)
{
    const QString csv = Header + QStringLiteral("a_muscle,\"Name\" extra,hip\n");
    const Error e = parseError(csv);
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 2, column 2"))) << e.message.toStdString();
}

TEST(MuscleCatalogueTest, blank_lines_and_crlf_line_ends_are_accepted)
{
    QString csv = Header + ValidRow + QStringLiteral("\n\n");
    csv.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    Result<MuscleCatalogue> parsed = MuscleCatalogue::fromCsv(csv);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->size(), 1);
}

namespace needlechart {
namespace {

QString resourceText(const char* path)
{
    QFile file(QString::fromLatin1(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path;
    return QString::fromUtf8(file.readAll());
}

const QString GermanHeader = QStringLiteral("id,name,group,keywords,referred_pain,caution\n");

} // namespace

TEST(MuscleCatalogueTranslationTest, the_german_catalogue_translates_every_muscle_once)
{
    const MuscleCatalogue& english = MuscleCatalogue::builtIn();
    auto german = english.translated(resourceText(":/muscles/muscles.de.csv"));
    ASSERT_TRUE(german.ok()) << german.error().message.toStdString();
    ASSERT_EQ(german->size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        const Muscle& en = english.all().at(i);
        const Muscle& de = german->all().at(i);
        EXPECT_EQ(de.id, en.id);
        EXPECT_NE(de.referredPain, en.referredPain) << en.id.toStdString();
        EXPECT_NE(de.caution, en.caution) << en.id.toStdString();
        EXPECT_EQ(de.cautionKinds, en.cautionKinds) << "risk tags are not language";
        EXPECT_EQ(de.views, en.views);
    }
}

TEST(MuscleCatalogueTranslationTest,
     a_translated_catalogue_finds_a_muscle_by_the_words_of_either_language)
{
    auto german = MuscleCatalogue::builtIn().translated(resourceText(":/muscles/muscles.de.csv"));
    ASSERT_TRUE(german.ok());
    for (const char* typed : {"wade", "calf", "rotatorenmanschette", "rotator cuff"}) {
        const QList<Muscle> found = german->search(QString::fromUtf8(typed));
        ASSERT_FALSE(found.isEmpty()) << typed;
    }
    EXPECT_EQ(german->search(QStringLiteral("wade")).first().id, QStringLiteral("gastrocnemius"));
}

TEST(MuscleCatalogueTranslationTest,
     a_translation_leaving_out_a_muscle_or_naming_an_unknown_one_is_refused)
{
    auto catalogue = MuscleCatalogue::fromCsv(resourceText(":/muscles/muscles.csv"));
    ASSERT_TRUE(catalogue.ok());
    const QString oneRow =
        GermanHeader + QStringLiteral("temporalis,Schläfenmuskel,Kaumuskulatur,schläfe,a,b\n");
    auto partial = catalogue->translated(oneRow);
    ASSERT_FALSE(partial.ok());
    EXPECT_EQ(partial.error().code, ErrorCode::Validation);
    EXPECT_TRUE(partial.error().message.contains(QStringLiteral("masseter")))
        << partial.error().message.toStdString();

    auto unknown = catalogue->translated(GermanHeader + QStringLiteral("nomuscle,X,,,,\n"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("nomuscle")));
    auto noName = catalogue->translated(GermanHeader + QStringLiteral("temporalis, ,,,,\n"));
    EXPECT_FALSE(noName.ok());
}

TEST(MuscleCatalogueTranslationTest,
     the_built_in_catalogue_speaks_the_language_of_the_default_locale)
{
    const QString englishName =
        MuscleCatalogue::builtIn().find(QStringLiteral("gastrocnemius"))->group;
    {
        const test::LocaleScope german(QLocale(QLocale::German, QLocale::Germany));
        EXPECT_EQ(MuscleCatalogue::builtIn().find(QStringLiteral("gastrocnemius"))->group,
                  QStringLiteral("Wadenmuskulatur"));
    }
    EXPECT_EQ(MuscleCatalogue::builtIn().find(QStringLiteral("gastrocnemius"))->group, englishName);
    const test::LocaleScope french(QLocale(QLocale::French, QLocale::France));
    EXPECT_EQ(MuscleCatalogue::builtIn().find(QStringLiteral("gastrocnemius"))->group, englishName)
        << "a language without a translation reads English";
}

} // namespace needlechart
