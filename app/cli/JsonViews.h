#pragma once

#include "core/audit/AuditLog.h"
#include "core/people/AuthorisationStore.h"
#include "core/people/Person.h"

#include <QJsonObject>
#include <QString>

namespace cv::cli {

// How the CLI shows core objects: one JSON form (--json) and one line of text.
QJsonObject personJson(const core::Person& person);
QString personLine(const core::Person& person);
QJsonObject authorisationJson(const core::Authorisation& a, const QString& handle);
QString authorisationLine(const core::Authorisation& a, const QString& who);
QJsonObject auditJson(const core::AuditEntry& e);
QString auditLine(const core::AuditEntry& e);

} // namespace cv::cli
