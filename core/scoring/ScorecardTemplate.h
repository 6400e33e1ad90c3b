#pragma once

#include "core/Error.h"
#include "core/domain/Purpose.h"
#include "core/people/Person.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cv::core {

using TemplateVersionId = qint64;

// How a criterion is scored. Values are whole numbers:
// - YesNo, YesNoNa: 1 = yes, 0 = no (YesNoNa also allows "n.a.");
// - OneToFive: 1..5, each point with its own label;
// - Points: 0..maxPoints.
enum class ScaleKind
{
    YesNo,
    YesNoNa,
    OneToFive,
    Points,
};

QString scaleKindName(ScaleKind kind); // "yes-no", "yes-no-na", "1-5", "points"
std::optional<ScaleKind> scaleKindFromName(const QString& name);

struct Scale
{
    ScaleKind kind = ScaleKind::YesNo;
    int maxPoints = 0;  // Points only: N of 0..N (at least 1)
    QStringList labels; // OneToFive only: five labels, for 1..5

    int minimum() const;
    int maximum() const;
    bool allowsNotApplicable() const { return kind == ScaleKind::YesNoNa; }
    bool accepts(int value) const { return value >= minimum() && value <= maximum(); }
    // The value as the person reads it: "yes", "no", "3 – Goed", "2/3".
    QString valueText(int value) const;
};

struct Criterion
{
    QString id; // unique within the template; scores files and notes refer to it
    QString title;
    QString guidance; // for the coach: what to listen for
    Scale scale;
    double weight = 1.0;   // > 0
    bool critical = false; // scored at its minimum, it fails the call (ScoreFormula)
};

struct Section
{
    QString title;
    QList<Criterion> criteria;
};

enum class TemplateStatus
{
    Draft,     // editable
    Published, // immutable for ever (R-ASSESS-1)
};

// One version of a scorecard template. The JSON form ("coachvault-scorecard",
// format 1) is documented in docs/templates.md, with a complete example at
// docs/examples/template.json. The store fills id, version, status and the
// dates; a file only carries the content.
struct ScorecardTemplate
{
    TemplateVersionId id = 0; // the stored version's id (TemplateStore)
    QString key;              // the template's name across versions, e.g. "kcc-telefonie"
    int version = 0;          // 1, 2, … per key
    QString name;
    QString description;
    QList<Purpose> purposes; // the purposes it may serve (R-PURPOSE-1)
    QList<Section> sections;
    TemplateStatus status = TemplateStatus::Draft;
    QDateTime createdUtc;
    PersonId createdBy = 0;
    QDateTime publishedUtc; // set once, when published (R-ASSESS-1)
    PersonId publishedBy = 0;

    bool isPublished() const { return status == TemplateStatus::Published; }
    const Criterion* criterion(const QString& id) const;
    QList<const Criterion*> allCriteria() const;

    // Parses and validates the JSON form. Errors are BadInput and name the
    // field as a JSON path and the reason
    // ("Template field sections[1].criteria[0].scale.kind: must be one of …").
    static Result<ScorecardTemplate> fromJson(const QByteArray& json);
    // The content, plus key, version, status and publication as read-only
    // fields (ignored by fromJson), so an export imports again as a draft.
    QJsonObject toJson() const;
};

} // namespace cv::core
