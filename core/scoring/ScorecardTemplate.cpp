#include "core/scoring/ScorecardTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace cv::core {

namespace {

class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardTemplate)
public:
    static QString notJson(const QString& why)
    {
        return tr("The scorecard template is not valid JSON: %1").arg(why);
    }
    static QString field(const QString& field, const QString& reason)
    {
        return tr("Template field %1: %2").arg(field, reason);
    }
    static QString required() { return tr("is required"); }
    static QString notObject() { return tr("must be an object"); }
    static QString notArray() { return tr("must be a list"); }
    static QString notString() { return tr("must be text"); }
    static QString notBool() { return tr("must be true or false"); }
    static QString oneOf(const QStringList& values)
    {
        return tr("must be one of: %1").arg(values.join(QStringLiteral(", ")));
    }
    static QString duplicate() { return tr("is used twice"); }
    static QString unknownField() { return tr("is not a known field"); }
    static QString wrongFormat() { return tr("must be \"coachvault-scorecard\" version 1"); }
    static QString empty() { return tr("must not be empty"); }
    static QString badKey()
    {
        return tr("must be lower-case letters, digits, '-', '_' or '.', starting with a letter");
    }
    static QString badWeight() { return tr("must be a number greater than 0 and at most 100"); }
    static QString badMaxPoints() { return tr("must be a whole number from 1 to 100"); }
    static QString fiveLabels() { return tr("must hold exactly five labels, for 1 to 5"); }
    static QString labelsOnlyForFive() { return tr("is only for the 1-5 scale"); }
    static QString maxOnlyForPoints() { return tr("is only for the points scale"); }
    static QString noCriteria() { return tr("must hold at least one criterion in some section"); }
    static QString yes() { return tr("yes"); }
    static QString no() { return tr("no"); }
};

// Collects the first validation error while reading fields.
class Reader
{
public:
    std::optional<Error> error;

    void fail(const QString& field, const QString& reason)
    {
        if (!error)
            error = Error{ErrorCode::BadInput, TemplateText::field(field, reason), {}};
    }

    QString text(const QJsonObject& o, const QString& key, const QString& path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, TemplateText::required());
            return {};
        }
        if (!v.isString()) {
            fail(path, TemplateText::notString());
            return {};
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(path, TemplateText::empty());
        return s;
    }

    // An array field; fails (and returns empty) when present but not a list.
    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, TemplateText::required());
            return {};
        }
        if (!v.isArray())
            fail(path, TemplateText::notArray());
        return v.toArray();
    }

    void onlyKnown(const QJsonObject& o, const QStringList& known, const QString& prefix)
    {
        for (const QString& key : o.keys()) {
            if (!known.contains(key))
                fail(prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key,
                     TemplateText::unknownField());
        }
    }
};

constexpr ScaleKind kScaleKinds[] = {ScaleKind::YesNo, ScaleKind::YesNoNa, ScaleKind::OneToFive,
                                     ScaleKind::Points};

bool isKey(const QString& s)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{0,63}$"));
    return pattern.match(s).hasMatch();
}

Scale readScale(Reader& r, const QJsonValue& value, const QString& path)
{
    Scale scale;
    if (value.isUndefined() || value.isNull()) {
        r.fail(path, TemplateText::required());
        return scale;
    }
    if (!value.isObject()) {
        r.fail(path, TemplateText::notObject());
        return scale;
    }
    const QJsonObject o = value.toObject();
    r.onlyKnown(o, {QStringLiteral("kind"), QStringLiteral("labels"), QStringLiteral("max")}, path);
    const QString kind = r.text(o, QStringLiteral("kind"), path + QStringLiteral(".kind"), true);
    if (const auto known = scaleKindFromName(kind)) {
        scale.kind = *known;
    } else if (!kind.isEmpty()) {
        QStringList names;
        for (ScaleKind k : kScaleKinds)
            names << scaleKindName(k);
        r.fail(path + QStringLiteral(".kind"), TemplateText::oneOf(names));
        return scale;
    }
    const QJsonArray labels =
        r.array(o, QStringLiteral("labels"), path + QStringLiteral(".labels"), false);
    if (scale.kind == ScaleKind::OneToFive) {
        if (labels.size() != 5)
            r.fail(path + QStringLiteral(".labels"), TemplateText::fiveLabels());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QString labelPath = path + QStringLiteral(".labels[%1]").arg(i);
            if (!labels.at(i).isString())
                r.fail(labelPath, TemplateText::notString());
            else if (labels.at(i).toString().trimmed().isEmpty())
                r.fail(labelPath, TemplateText::empty());
            scale.labels << labels.at(i).toString().trimmed();
        }
    } else if (o.contains(QStringLiteral("labels"))) {
        r.fail(path + QStringLiteral(".labels"), TemplateText::labelsOnlyForFive());
    }
    const QJsonValue max = o.value(QStringLiteral("max"));
    if (scale.kind == ScaleKind::Points) {
        const double d = max.toDouble(-1);
        if (max.isUndefined())
            r.fail(path + QStringLiteral(".max"), TemplateText::required());
        else if (!max.isDouble() || d < 1 || d > 100 || d != std::floor(d))
            r.fail(path + QStringLiteral(".max"), TemplateText::badMaxPoints());
        else
            scale.maxPoints = int(d);
    } else if (!max.isUndefined()) {
        r.fail(path + QStringLiteral(".max"), TemplateText::maxOnlyForPoints());
    }
    return scale;
}

Criterion readCriterion(Reader& r, const QJsonObject& o, const QString& path,
                        QSet<QString>& seenIds)
{
    r.onlyKnown(o,
                {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("guidance"),
                 QStringLiteral("scale"), QStringLiteral("weight"), QStringLiteral("critical")},
                path);
    Criterion c;
    c.id = r.text(o, QStringLiteral("id"), path + QStringLiteral(".id"), true);
    if (!c.id.isEmpty() && !isKey(c.id))
        r.fail(path + QStringLiteral(".id"), TemplateText::badKey());
    else if (!c.id.isEmpty() && seenIds.contains(c.id))
        r.fail(path + QStringLiteral(".id"), TemplateText::duplicate());
    seenIds.insert(c.id);
    c.title = r.text(o, QStringLiteral("title"), path + QStringLiteral(".title"), true);
    c.guidance = r.text(o, QStringLiteral("guidance"), path + QStringLiteral(".guidance"), false);
    c.scale = readScale(r, o.value(QStringLiteral("scale")), path + QStringLiteral(".scale"));
    const QJsonValue weight = o.value(QStringLiteral("weight"));
    if (!weight.isUndefined()) {
        const double w = weight.toDouble(-1);
        if (!weight.isDouble() || !(w > 0) || w > 100)
            r.fail(path + QStringLiteral(".weight"), TemplateText::badWeight());
        else
            c.weight = w;
    }
    const QJsonValue critical = o.value(QStringLiteral("critical"));
    if (!critical.isUndefined() && !critical.isBool())
        r.fail(path + QStringLiteral(".critical"), TemplateText::notBool());
    c.critical = critical.toBool(false);
    return c;
}

} // namespace

QString scaleKindName(ScaleKind kind)
{
    switch (kind) {
    case ScaleKind::YesNo:
        return QStringLiteral("yes-no");
    case ScaleKind::YesNoNa:
        return QStringLiteral("yes-no-na");
    case ScaleKind::OneToFive:
        return QStringLiteral("1-5");
    case ScaleKind::Points:
        return QStringLiteral("points");
    }
    return {};
}

std::optional<ScaleKind> scaleKindFromName(const QString& name)
{
    for (ScaleKind kind : kScaleKinds) {
        if (scaleKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

int Scale::minimum() const
{
    return kind == ScaleKind::OneToFive ? 1 : 0;
}

int Scale::maximum() const
{
    switch (kind) {
    case ScaleKind::YesNo:
    case ScaleKind::YesNoNa:
        return 1;
    case ScaleKind::OneToFive:
        return 5;
    case ScaleKind::Points:
        return maxPoints;
    }
    return 0;
}

QString Scale::valueText(int value) const
{
    switch (kind) {
    case ScaleKind::YesNo:
    case ScaleKind::YesNoNa:
        return value ? TemplateText::yes() : TemplateText::no();
    case ScaleKind::OneToFive:
        return QStringLiteral("%1 – %2").arg(value).arg(labels.value(value - 1));
    case ScaleKind::Points:
        return QStringLiteral("%1/%2").arg(value).arg(maxPoints);
    }
    return QString::number(value);
}

const Criterion* ScorecardTemplate::criterion(const QString& criterionId) const
{
    for (const Section& section : sections) {
        for (const Criterion& c : section.criteria) {
            if (c.id == criterionId)
                return &c;
        }
    }
    return nullptr;
}

QList<const Criterion*> ScorecardTemplate::allCriteria() const
{
    QList<const Criterion*> out;
    for (const Section& section : sections) {
        for (const Criterion& c : section.criteria)
            out << &c;
    }
    return out;
}

Result<ScorecardTemplate> ScorecardTemplate::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadInput,
                    TemplateText::notJson(parseError.errorString() +
                                          QStringLiteral(" (offset %1)").arg(parseError.offset)));
    if (!document.isObject())
        return fail(ErrorCode::BadInput, TemplateText::notJson(TemplateText::notObject()));
    const QJsonObject root = document.object();
    Reader r;
    ScorecardTemplate t;

    r.onlyKnown(root,
                {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("key"),
                 QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("purposes"),
                 QStringLiteral("sections"),
                 // read-only, written by toJson():
                 QStringLiteral("version"), QStringLiteral("status"),
                 QStringLiteral("publishedAt")},
                {});
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("coachvault-scorecard") ||
        root.value(QStringLiteral("formatVersion")).toInt(-1) != 1)
        r.fail(QStringLiteral("format"), TemplateText::wrongFormat());
    t.key = r.text(root, QStringLiteral("key"), QStringLiteral("key"), true);
    if (!t.key.isEmpty() && !isKey(t.key))
        r.fail(QStringLiteral("key"), TemplateText::badKey());
    t.name = r.text(root, QStringLiteral("name"), QStringLiteral("name"), true);
    t.description =
        r.text(root, QStringLiteral("description"), QStringLiteral("description"), false);

    const QJsonArray purposes =
        r.array(root, QStringLiteral("purposes"), QStringLiteral("purposes"), true);
    if (root.value(QStringLiteral("purposes")).isArray() && purposes.isEmpty())
        r.fail(QStringLiteral("purposes"), TemplateText::empty());
    for (qsizetype i = 0; i < purposes.size(); ++i) {
        const QString path = QStringLiteral("purposes[%1]").arg(i);
        const auto purpose = purposeFromName(purposes.at(i).toString());
        if (!purpose)
            r.fail(path, TemplateText::oneOf(purposeNames(
                             {Purpose::Coaching, Purpose::Assessment, Purpose::Quality})));
        else if (t.purposes.contains(*purpose))
            r.fail(path, TemplateText::duplicate());
        else
            t.purposes << *purpose;
    }

    const QJsonArray sections =
        r.array(root, QStringLiteral("sections"), QStringLiteral("sections"), true);
    QSet<QString> seenIds;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString path = QStringLiteral("sections[%1]").arg(i);
        if (!sections.at(i).isObject()) {
            r.fail(path, TemplateText::notObject());
            continue;
        }
        const QJsonObject o = sections.at(i).toObject();
        r.onlyKnown(o, {QStringLiteral("title"), QStringLiteral("criteria")}, path);
        Section section;
        section.title = r.text(o, QStringLiteral("title"), path + QStringLiteral(".title"), true);
        const QJsonArray criteria =
            r.array(o, QStringLiteral("criteria"), path + QStringLiteral(".criteria"), true);
        for (qsizetype j = 0; j < criteria.size(); ++j) {
            const QString criterionPath = path + QStringLiteral(".criteria[%1]").arg(j);
            if (!criteria.at(j).isObject()) {
                r.fail(criterionPath, TemplateText::notObject());
                continue;
            }
            section.criteria << readCriterion(r, criteria.at(j).toObject(), criterionPath, seenIds);
        }
        t.sections << section;
    }
    if (!r.error && t.allCriteria().isEmpty())
        r.fail(QStringLiteral("sections"), TemplateText::noCriteria());

    if (r.error)
        return std::unexpected(*r.error);
    return t;
}

QJsonObject ScorecardTemplate::toJson() const
{
    QJsonArray sectionList;
    for (const Section& section : sections) {
        QJsonArray criterionList;
        for (const Criterion& c : section.criteria) {
            QJsonObject scale{{QStringLiteral("kind"), scaleKindName(c.scale.kind)}};
            if (c.scale.kind == ScaleKind::OneToFive)
                scale.insert(QStringLiteral("labels"), QJsonArray::fromStringList(c.scale.labels));
            if (c.scale.kind == ScaleKind::Points)
                scale.insert(QStringLiteral("max"), c.scale.maxPoints);
            QJsonObject o{{QStringLiteral("id"), c.id},
                          {QStringLiteral("title"), c.title},
                          {QStringLiteral("scale"), scale},
                          {QStringLiteral("weight"), c.weight},
                          {QStringLiteral("critical"), c.critical}};
            if (!c.guidance.isEmpty())
                o.insert(QStringLiteral("guidance"), c.guidance);
            criterionList.append(o);
        }
        sectionList.append(QJsonObject{{QStringLiteral("title"), section.title},
                                       {QStringLiteral("criteria"), criterionList}});
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("coachvault-scorecard")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("key"), key},
        {QStringLiteral("name"), name},
        {QStringLiteral("purposes"), QJsonArray::fromStringList(purposeNames(purposes))},
        {QStringLiteral("sections"), sectionList},
    };
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);
    if (version > 0) {
        root.insert(QStringLiteral("version"), version);
        root.insert(QStringLiteral("status"),
                    isPublished() ? QStringLiteral("published") : QStringLiteral("draft"));
    }
    if (publishedUtc.isValid())
        root.insert(QStringLiteral("publishedAt"), publishedUtc.toString(Qt::ISODate));
    return root;
}

} // namespace cv::core
