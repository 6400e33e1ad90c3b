#include "core/policy/Policy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cv::core {

namespace {

class PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(Policy)
public:
    static QString notJson(const QString& why)
    {
        return tr("The policy is not valid JSON: %1").arg(why);
    }
    static QString field(const QString& field, const QString& reason)
    {
        return tr("Policy field %1: %2").arg(field, reason);
    }
    static QString required() { return tr("is required"); }
    static QString notObject() { return tr("must be an object"); }
    static QString notArray() { return tr("must be a list"); }
    static QString notString() { return tr("must be text"); }
    static QString notDate() { return tr("must be a date as YYYY-MM-DD"); }
    static QString notPositive() { return tr("must be a whole number of at least 1"); }
    static QString oneOf(const QStringList& values)
    {
        return tr("must be one of: %1").arg(values.join(QStringLiteral(", ")));
    }
    static QString duplicate() { return tr("is listed twice"); }
    static QString unknownField() { return tr("is not a known field"); }
    static QString wrongFormat() { return tr("must be \"coachvault-policy\" version 1"); }
    static QString noPurposes() { return tr("must enable at least one purpose"); }
    static QString liaRequired()
    {
        return tr("is required for legal basis 6(1)(f) (the legitimate-interest assessment)");
    }
    static QString notPhoneNumber() { return tr("must be a telephone number"); }
};

// Collects the first validation error while reading fields.
class Reader
{
public:
    std::optional<Error> error;

    void fail(const QString& field, const QString& reason)
    {
        if (!error)
            error = Error{ErrorCode::BadInput, PolicyText::field(field, reason), {}};
    }

    QString text(const QJsonObject& o, const QString& key, const QString& path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, PolicyText::required());
            return {};
        }
        if (!v.isString()) {
            fail(path, PolicyText::notString());
            return {};
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(path, PolicyText::required());
        return s;
    }

    QDate date(const QJsonObject& o, const QString& key, const QString& path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, PolicyText::required());
            return {};
        }
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid())
            fail(path, PolicyText::notDate());
        return d;
    }

    int positive(const QJsonObject& o, const QString& key, const QString& path, int fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != double(qint64(d)) || d > 1e6) {
            fail(path, PolicyText::notPositive());
            return fallback;
        }
        return int(d);
    }

    void onlyKnown(const QJsonObject& o, const QStringList& known, const QString& prefix)
    {
        for (const QString& key : o.keys()) {
            if (!known.contains(key))
                fail(prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key,
                     PolicyText::unknownField());
        }
    }
};

QString orgTypeName(OrganisationType type)
{
    return type == OrganisationType::Private ? QStringLiteral("private")
                                             : QStringLiteral("public-authority");
}

constexpr SamplingPeriod kPeriods[] = {SamplingPeriod::Week, SamplingPeriod::Month,
                                       SamplingPeriod::Quarter, SamplingPeriod::Year};

bool looksLikePhoneNumber(const QString& number)
{
    int digits = 0;
    for (QChar c : number) {
        if (c.isDigit())
            ++digits;
        else if (!QStringLiteral("+ -()./").contains(c))
            return false;
    }
    return digits >= 6 && digits <= 15;
}

} // namespace

QString organisationTypeName(OrganisationType type)
{
    return orgTypeName(type);
}

QString samplingPeriodName(SamplingPeriod period)
{
    switch (period) {
    case SamplingPeriod::Week:
        return QStringLiteral("week");
    case SamplingPeriod::Month:
        return QStringLiteral("month");
    case SamplingPeriod::Quarter:
        return QStringLiteral("quarter");
    case SamplingPeriod::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::pair<QDate, QDate> samplingWindow(SamplingPeriod period, const QDate& date)
{
    switch (period) {
    case SamplingPeriod::Week: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case SamplingPeriod::Month: {
        const QDate first(date.year(), date.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case SamplingPeriod::Quarter: {
        const QDate first(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case SamplingPeriod::Year:
        return {QDate(date.year(), 1, 1), QDate(date.year(), 12, 31)};
    }
    return {date, date};
}

const PurposePolicy* Policy::purposePolicy(Purpose purpose) const
{
    for (const PurposePolicy& p : purposes) {
        if (p.purpose == purpose)
            return &p;
    }
    return nullptr;
}

const ExternalClient* Policy::externalClient(const QString& name) const
{
    for (const ExternalClient& c : externalClients) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

Result<Policy> Policy::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadInput,
                    PolicyText::notJson(parseError.errorString() +
                                        QStringLiteral(" (offset %1)").arg(parseError.offset)));
    if (!document.isObject())
        return fail(ErrorCode::BadInput, PolicyText::notJson(PolicyText::notObject()));
    const QJsonObject root = document.object();
    Reader r;
    Policy p;

    r.onlyKnown(root,
                {QStringLiteral("format"), QStringLiteral("formatVersion"),
                 QStringLiteral("organisation"), QStringLiteral("effectiveFrom"),
                 QStringLiteral("worksCouncilConsentOn"), QStringLiteral("purposes"),
                 QStringLiteral("assessmentProtocol"), QStringLiteral("evaluationTermDays"),
                 QStringLiteral("retention"), QStringLiteral("minimumGroupSize"),
                 QStringLiteral("assessmentMinimumIntervalDays"),
                 QStringLiteral("inactivityLockMinutes"), QStringLiteral("privateLines"),
                 QStringLiteral("privateLineHashes"), QStringLiteral("externalClients"),
                 QStringLiteral("version")},
                {});
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("coachvault-policy") ||
        root.value(QStringLiteral("formatVersion")).toInt(-1) != 1)
        r.fail(QStringLiteral("format"), PolicyText::wrongFormat());

    const QJsonValue organisation = root.value(QStringLiteral("organisation"));
    if (!organisation.isObject()) {
        r.fail(QStringLiteral("organisation"),
               organisation.isUndefined() ? PolicyText::required() : PolicyText::notObject());
    } else {
        const QJsonObject o = organisation.toObject();
        r.onlyKnown(o, {QStringLiteral("name"), QStringLiteral("type")},
                    QStringLiteral("organisation"));
        p.organisationName =
            r.text(o, QStringLiteral("name"), QStringLiteral("organisation.name"), true);
        const QString type =
            r.text(o, QStringLiteral("type"), QStringLiteral("organisation.type"), true);
        if (type == QLatin1String("private"))
            p.organisationType = OrganisationType::Private;
        else if (type == QLatin1String("public-authority"))
            p.organisationType = OrganisationType::PublicAuthority;
        else if (!type.isEmpty())
            r.fail(
                QStringLiteral("organisation.type"),
                PolicyText::oneOf({QStringLiteral("private"), QStringLiteral("public-authority")}));
    }
    p.effectiveFrom =
        r.date(root, QStringLiteral("effectiveFrom"), QStringLiteral("effectiveFrom"), true);
    p.worksCouncilConsentOn = r.date(root, QStringLiteral("worksCouncilConsentOn"),
                                     QStringLiteral("worksCouncilConsentOn"), false);

    const QJsonValue purposes = root.value(QStringLiteral("purposes"));
    if (!purposes.isArray()) {
        r.fail(QStringLiteral("purposes"),
               purposes.isUndefined() ? PolicyText::required() : PolicyText::notArray());
    } else if (purposes.toArray().isEmpty()) {
        r.fail(QStringLiteral("purposes"), PolicyText::noPurposes());
    } else {
        const QJsonArray list = purposes.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("purposes[%1]").arg(i);
            if (!list.at(i).isObject()) {
                r.fail(path, PolicyText::notObject());
                continue;
            }
            const QJsonObject o = list.at(i).toObject();
            r.onlyKnown(o,
                        {QStringLiteral("purpose"), QStringLiteral("legalBasis"),
                         QStringLiteral("liaReference"), QStringLiteral("calls"),
                         QStringLiteral("period")},
                        path);
            PurposePolicy pp;
            const QString name =
                r.text(o, QStringLiteral("purpose"), path + QStringLiteral(".purpose"), true);
            if (auto purpose = purposeFromName(name)) {
                pp.purpose = *purpose;
                if (p.purposePolicy(*purpose))
                    r.fail(path + QStringLiteral(".purpose"), PolicyText::duplicate());
            } else if (!name.isEmpty()) {
                r.fail(path + QStringLiteral(".purpose"),
                       PolicyText::oneOf(purposeNames(
                           {Purpose::Coaching, Purpose::Assessment, Purpose::Quality})));
            }
            const QString basis =
                r.text(o, QStringLiteral("legalBasis"), path + QStringLiteral(".legalBasis"), true);
            if (auto b = legalBasisFromName(basis))
                pp.legalBasis = *b;
            else if (!basis.isEmpty())
                r.fail(path + QStringLiteral(".legalBasis"),
                       PolicyText::oneOf({QStringLiteral("6(1)(b)"), QStringLiteral("6(1)(f)")}));
            pp.liaReference = r.text(o, QStringLiteral("liaReference"),
                                     path + QStringLiteral(".liaReference"), false);
            if (pp.legalBasis == LegalBasis::LegitimateInterest && pp.liaReference.isEmpty())
                r.fail(path + QStringLiteral(".liaReference"), PolicyText::liaRequired());
            if (!o.contains(QStringLiteral("calls")))
                r.fail(path + QStringLiteral(".calls"), PolicyText::required());
            pp.callsPerPeriod =
                r.positive(o, QStringLiteral("calls"), path + QStringLiteral(".calls"), 0);
            const QString period =
                r.text(o, QStringLiteral("period"), path + QStringLiteral(".period"), true);
            bool known = false;
            for (SamplingPeriod sp : kPeriods) {
                if (samplingPeriodName(sp) == period) {
                    pp.period = sp;
                    known = true;
                }
            }
            if (!known && !period.isEmpty())
                r.fail(path + QStringLiteral(".period"),
                       PolicyText::oneOf({QStringLiteral("week"), QStringLiteral("month"),
                                          QStringLiteral("quarter"), QStringLiteral("year")}));
            p.purposes.append(pp);
        }
    }

    const QJsonValue protocol = root.value(QStringLiteral("assessmentProtocol"));
    if (protocol.isObject()) {
        const QJsonObject o = protocol.toObject();
        r.onlyKnown(o, {QStringLiteral("reference"), QStringLiteral("worksCouncilConsentOn")},
                    QStringLiteral("assessmentProtocol"));
        p.assessmentProtocolReference = r.text(
            o, QStringLiteral("reference"), QStringLiteral("assessmentProtocol.reference"), true);
        p.assessmentProtocolConsentOn =
            r.date(o, QStringLiteral("worksCouncilConsentOn"),
                   QStringLiteral("assessmentProtocol.worksCouncilConsentOn"), false);
    } else if (!protocol.isUndefined() && !protocol.isNull()) {
        r.fail(QStringLiteral("assessmentProtocol"), PolicyText::notObject());
    }

    p.evaluationTermDays = r.positive(root, QStringLiteral("evaluationTermDays"),
                                      QStringLiteral("evaluationTermDays"), p.evaluationTermDays);
    const QJsonValue retention = root.value(QStringLiteral("retention"));
    if (retention.isObject()) {
        const QJsonObject o = retention.toObject();
        r.onlyKnown(o, {QStringLiteral("maxExtensionDays")}, QStringLiteral("retention"));
        p.retentionMaxExtensionDays =
            r.positive(o, QStringLiteral("maxExtensionDays"),
                       QStringLiteral("retention.maxExtensionDays"), p.retentionMaxExtensionDays);
    } else if (!retention.isUndefined()) {
        r.fail(QStringLiteral("retention"), PolicyText::notObject());
    }
    p.minimumGroupSize = r.positive(root, QStringLiteral("minimumGroupSize"),
                                    QStringLiteral("minimumGroupSize"), p.minimumGroupSize);
    p.assessmentMinimumIntervalDays = r.positive(
        root, QStringLiteral("assessmentMinimumIntervalDays"),
        QStringLiteral("assessmentMinimumIntervalDays"), p.assessmentMinimumIntervalDays);
    p.inactivityLockMinutes =
        r.positive(root, QStringLiteral("inactivityLockMinutes"),
                   QStringLiteral("inactivityLockMinutes"), p.inactivityLockMinutes);

    const auto readStrings = [&](const QString& key, QStringList& out, bool phone) {
        const QJsonValue v = root.value(key);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            r.fail(key, PolicyText::notArray());
            return;
        }
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!list.at(i).isString()) {
                r.fail(path, PolicyText::notString());
                continue;
            }
            const QString s = list.at(i).toString().trimmed();
            if (phone && !looksLikePhoneNumber(s))
                r.fail(path, PolicyText::notPhoneNumber());
            out << s;
        }
    };
    readStrings(QStringLiteral("privateLines"), p.privateLineNumbers, true);
    readStrings(QStringLiteral("privateLineHashes"), p.privateLineHashes, false);

    const QJsonValue clients = root.value(QStringLiteral("externalClients"));
    if (clients.isArray()) {
        const QJsonArray list = clients.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("externalClients[%1]").arg(i);
            if (!list.at(i).isObject()) {
                r.fail(path, PolicyText::notObject());
                continue;
            }
            const QJsonObject o = list.at(i).toObject();
            r.onlyKnown(o,
                        {QStringLiteral("name"), QStringLiteral("agreementReference"),
                         QStringLiteral("agreementSignedOn"), QStringLiteral("agentsInformedOn")},
                        path);
            ExternalClient c;
            c.name = r.text(o, QStringLiteral("name"), path + QStringLiteral(".name"), true);
            c.agreementReference = r.text(o, QStringLiteral("agreementReference"),
                                          path + QStringLiteral(".agreementReference"), false);
            c.agreementSignedOn = r.date(o, QStringLiteral("agreementSignedOn"),
                                         path + QStringLiteral(".agreementSignedOn"), false);
            c.agentsInformedOn = r.date(o, QStringLiteral("agentsInformedOn"),
                                        path + QStringLiteral(".agentsInformedOn"), false);
            if (p.externalClient(c.name))
                r.fail(path + QStringLiteral(".name"), PolicyText::duplicate());
            p.externalClients.append(c);
        }
    } else if (!clients.isUndefined()) {
        r.fail(QStringLiteral("externalClients"), PolicyText::notArray());
    }

    if (r.error)
        return std::unexpected(*r.error);
    return p;
}

QJsonObject Policy::toJson() const
{
    const auto date = [](const QDate& d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray purposeList;
    for (const PurposePolicy& pp : purposes) {
        QJsonObject o{{QStringLiteral("purpose"), purposeName(pp.purpose)},
                      {QStringLiteral("legalBasis"), legalBasisName(pp.legalBasis)},
                      {QStringLiteral("calls"), pp.callsPerPeriod},
                      {QStringLiteral("period"), samplingPeriodName(pp.period)}};
        if (!pp.liaReference.isEmpty())
            o.insert(QStringLiteral("liaReference"), pp.liaReference);
        purposeList.append(o);
    }
    QJsonArray clientList;
    for (const ExternalClient& c : externalClients) {
        QJsonObject o{{QStringLiteral("name"), c.name}};
        if (!c.agreementReference.isEmpty())
            o.insert(QStringLiteral("agreementReference"), c.agreementReference);
        if (c.agreementSignedOn.isValid())
            o.insert(QStringLiteral("agreementSignedOn"), date(c.agreementSignedOn));
        if (c.agentsInformedOn.isValid())
            o.insert(QStringLiteral("agentsInformedOn"), date(c.agentsInformedOn));
        clientList.append(o);
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("coachvault-policy")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("organisation"),
         QJsonObject{{QStringLiteral("name"), organisationName},
                     {QStringLiteral("type"), orgTypeName(organisationType)}}},
        {QStringLiteral("effectiveFrom"), date(effectiveFrom)},
        {QStringLiteral("purposes"), purposeList},
        {QStringLiteral("evaluationTermDays"), evaluationTermDays},
        {QStringLiteral("retention"),
         QJsonObject{{QStringLiteral("maxExtensionDays"), retentionMaxExtensionDays}}},
        {QStringLiteral("minimumGroupSize"), minimumGroupSize},
        {QStringLiteral("assessmentMinimumIntervalDays"), assessmentMinimumIntervalDays},
        {QStringLiteral("inactivityLockMinutes"), inactivityLockMinutes},
        {QStringLiteral("privateLineHashes"), QJsonArray::fromStringList(privateLineHashes)},
        {QStringLiteral("externalClients"), clientList},
    };
    if (version > 0)
        root.insert(QStringLiteral("version"), version);
    if (worksCouncilConsentOn.isValid())
        root.insert(QStringLiteral("worksCouncilConsentOn"), date(worksCouncilConsentOn));
    if (!assessmentProtocolReference.isEmpty() || assessmentProtocolConsentOn.isValid()) {
        QJsonObject protocol{{QStringLiteral("reference"), assessmentProtocolReference}};
        if (assessmentProtocolConsentOn.isValid())
            protocol.insert(QStringLiteral("worksCouncilConsentOn"),
                            date(assessmentProtocolConsentOn));
        root.insert(QStringLiteral("assessmentProtocol"), protocol);
    }
    return root;
}

} // namespace cv::core
