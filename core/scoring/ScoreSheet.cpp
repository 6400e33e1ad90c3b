#include "core/scoring/ScoreSheet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace cv::core {

namespace {

class SheetText
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSheet)
public:
    static QString notJson(const QString& why)
    {
        return tr("The scores file is not valid JSON: %1").arg(why);
    }
    static QString field(const QString& field, const QString& reason)
    {
        return tr("Scores field %1: %2").arg(field, reason);
    }
    static QString required() { return tr("is required"); }
    static QString notObject() { return tr("must be an object"); }
    static QString notArray() { return tr("must be a list"); }
    static QString notString() { return tr("must be text"); }
    static QString unknownField() { return tr("is not a known field"); }
    static QString wrongFormat() { return tr("must be \"coachvault-scores\" version 1"); }
    static QString notOnScorecard(const QString& id, const QString& key, int version)
    {
        return tr("'%1' is not a criterion of scorecard '%2' version %3").arg(id, key).arg(version);
    }
    static QString twice(const QString& id) { return tr("'%1' is scored twice").arg(id); }
    static QString oneOf(const QStringList& values)
    {
        return tr("must be one of: %1").arg(values.join(QStringLiteral(", ")));
    }
    static QString wholeNumber(int min, int max)
    {
        return tr("must be a whole number from %1 to %2").arg(min).arg(max);
    }
    static QString milliseconds(qint64 durationMs)
    {
        return durationMs > 0
                   ? tr("must be a whole number of milliseconds from 0 to %1 (the call's length)")
                         .arg(durationMs)
                   : tr("must be a whole number of milliseconds from 0");
    }
    static QString empty() { return tr("must not be empty"); }
};

const QString kYes = QStringLiteral("yes");
const QString kNo = QStringLiteral("no");
const QString kNa = QStringLiteral("n.a.");

class Reader
{
public:
    std::optional<Error> error;
    void fail(const QString& field, const QString& reason)
    {
        if (!error)
            error = Error{ErrorCode::BadInput, SheetText::field(field, reason), {}};
    }
    void onlyKnown(const QJsonObject& o, const QStringList& known, const QString& prefix)
    {
        for (const QString& key : o.keys()) {
            if (!known.contains(key))
                fail(prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key,
                     SheetText::unknownField());
        }
    }
};

CriterionScore readScore(Reader& r, const QJsonValue& v, const Scale& scale, const QString& path)
{
    if (v.isUndefined() || v.isNull())
        return {}; // a comment alone: not scored yet
    switch (scale.kind) {
    case ScaleKind::YesNo:
    case ScaleKind::YesNoNa: {
        const QString s = v.toString();
        if (s == kYes)
            return CriterionScore::of(1);
        if (s == kNo)
            return CriterionScore::of(0);
        if (s == kNa && scale.allowsNotApplicable())
            return CriterionScore::na();
        r.fail(path, SheetText::oneOf(scale.allowsNotApplicable() ? QStringList{kYes, kNo, kNa}
                                                                  : QStringList{kYes, kNo}));
        return {};
    }
    case ScaleKind::OneToFive:
    case ScaleKind::Points: {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || !scale.accepts(int(d))) {
            r.fail(path, SheetText::wholeNumber(scale.minimum(), scale.maximum()));
            return {};
        }
        return CriterionScore::of(int(d));
    }
    }
    return {};
}

} // namespace

Result<ScoreSheet> ScoreSheet::fromJson(const QByteArray& json, const ScorecardTemplate& scorecard,
                                        qint64 durationMs)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadInput,
                    SheetText::notJson(parseError.errorString() +
                                       QStringLiteral(" (offset %1)").arg(parseError.offset)));
    if (!document.isObject())
        return fail(ErrorCode::BadInput, SheetText::notJson(SheetText::notObject()));
    const QJsonObject root = document.object();
    Reader r;
    ScoreSheet sheet;
    r.onlyKnown(root,
                {QStringLiteral("format"), QStringLiteral("formatVersion"),
                 QStringLiteral("scores"), QStringLiteral("notes"),
                 // written by toJson(), ignored here:
                 QStringLiteral("template"), QStringLiteral("evaluation")},
                {});
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("coachvault-scores") ||
        root.value(QStringLiteral("formatVersion")).toInt(-1) != 1)
        r.fail(QStringLiteral("format"), SheetText::wrongFormat());

    const QJsonValue scores = root.value(QStringLiteral("scores"));
    if (!scores.isArray())
        r.fail(QStringLiteral("scores"),
               scores.isUndefined() ? SheetText::required() : SheetText::notArray());
    const QJsonArray scoreList = scores.toArray();
    for (qsizetype i = 0; i < scoreList.size(); ++i) {
        const QString path = QStringLiteral("scores[%1]").arg(i);
        if (!scoreList.at(i).isObject()) {
            r.fail(path, SheetText::notObject());
            continue;
        }
        const QJsonObject o = scoreList.at(i).toObject();
        r.onlyKnown(
            o, {QStringLiteral("criterion"), QStringLiteral("score"), QStringLiteral("comment")},
            path);
        const QJsonValue idValue = o.value(QStringLiteral("criterion"));
        const QString id = idValue.toString();
        if (!idValue.isString() || id.isEmpty()) {
            r.fail(path + QStringLiteral(".criterion"),
                   idValue.isUndefined() ? SheetText::required() : SheetText::notString());
            continue;
        }
        const Criterion* criterion = scorecard.criterion(id);
        if (!criterion) {
            r.fail(path + QStringLiteral(".criterion"),
                   SheetText::notOnScorecard(id, scorecard.key, scorecard.version));
            continue;
        }
        if (sheet.answers.contains(id))
            r.fail(path + QStringLiteral(".criterion"), SheetText::twice(id));
        CriterionAnswer answer;
        answer.score = readScore(r, o.value(QStringLiteral("score")), criterion->scale,
                                 path + QStringLiteral(".score"));
        const QJsonValue comment = o.value(QStringLiteral("comment"));
        if (!comment.isUndefined() && !comment.isString())
            r.fail(path + QStringLiteral(".comment"), SheetText::notString());
        answer.comment = comment.toString().trimmed();
        sheet.answers.insert(id, answer);
    }

    const QJsonValue notes = root.value(QStringLiteral("notes"));
    if (!notes.isUndefined() && !notes.isArray())
        r.fail(QStringLiteral("notes"), SheetText::notArray());
    const QJsonArray noteList = notes.toArray();
    for (qsizetype i = 0; i < noteList.size(); ++i) {
        const QString path = QStringLiteral("notes[%1]").arg(i);
        if (!noteList.at(i).isObject()) {
            r.fail(path, SheetText::notObject());
            continue;
        }
        const QJsonObject o = noteList.at(i).toObject();
        r.onlyKnown(
            o, {QStringLiteral("atMs"), QStringLiteral("text"), QStringLiteral("criterion")}, path);
        TimedNote note;
        const QJsonValue at = o.value(QStringLiteral("atMs"));
        const double ms = at.toDouble(-1);
        if (!at.isDouble() || ms < 0 || ms != std::floor(ms) ||
            (durationMs > 0 && ms > double(durationMs)))
            r.fail(path + QStringLiteral(".atMs"),
                   at.isUndefined() ? SheetText::required() : SheetText::milliseconds(durationMs));
        note.atMs = qint64(ms);
        const QJsonValue text = o.value(QStringLiteral("text"));
        if (!text.isString())
            r.fail(path + QStringLiteral(".text"),
                   text.isUndefined() ? SheetText::required() : SheetText::notString());
        else if (text.toString().trimmed().isEmpty())
            r.fail(path + QStringLiteral(".text"), SheetText::empty());
        note.text = text.toString().trimmed();
        const QJsonValue criterion = o.value(QStringLiteral("criterion"));
        if (!criterion.isUndefined()) {
            note.criterionId = criterion.toString();
            if (!scorecard.criterion(note.criterionId))
                r.fail(
                    path + QStringLiteral(".criterion"),
                    SheetText::notOnScorecard(note.criterionId, scorecard.key, scorecard.version));
        }
        sheet.notes << note;
    }
    if (r.error)
        return std::unexpected(*r.error);
    return sheet;
}

QStringList ScoreSheet::unanswered(const ScorecardTemplate& scorecard) const
{
    QStringList out;
    for (const Criterion* c : scorecard.allCriteria()) {
        if (!answers.value(c->id).score.isAnswered())
            out << c->id;
    }
    return out;
}

QJsonValue ScoreSheet::scoreJson(const Scale& scale, const CriterionScore& score)
{
    if (score.notApplicable)
        return kNa;
    if (!score.value)
        return QJsonValue();
    if (scale.kind == ScaleKind::YesNo || scale.kind == ScaleKind::YesNoNa)
        return *score.value ? kYes : kNo;
    return *score.value;
}

QJsonObject ScoreSheet::toJson(const Evaluation& e, const ScorecardTemplate& scorecard)
{
    QJsonArray scores;
    for (const Criterion* c : scorecard.allCriteria()) {
        const CriterionAnswer answer = e.answers.value(c->id);
        if (!answer.score.isAnswered() && answer.comment.isEmpty())
            continue;
        QJsonObject o{{QStringLiteral("criterion"), c->id}};
        if (answer.score.isAnswered())
            o.insert(QStringLiteral("score"), scoreJson(c->scale, answer.score));
        if (!answer.comment.isEmpty())
            o.insert(QStringLiteral("comment"), answer.comment);
        scores.append(o);
    }
    QJsonArray notes;
    for (const TimedNote& n : e.notes) {
        QJsonObject o{{QStringLiteral("atMs"), n.atMs}, {QStringLiteral("text"), n.text}};
        if (!n.criterionId.isEmpty())
            o.insert(QStringLiteral("criterion"), n.criterionId);
        notes.append(o);
    }
    return {{QStringLiteral("format"), QStringLiteral("coachvault-scores")},
            {QStringLiteral("formatVersion"), 1},
            {QStringLiteral("scores"), scores},
            {QStringLiteral("notes"), notes}};
}

} // namespace cv::core
