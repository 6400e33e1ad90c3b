#pragma once

#include "core/Error.h"
#include "core/people/Person.h"

#include <QHash>
#include <QString>

namespace cv::core {

class Administration;
class Vault;

// The Dutch demo calls: five synthesised KCC calls of Gemeente Voorbeeldstad
// (docs/demo.md), made by scripts/make-demo-calls and embedded in the core
// as resources under demoCallsFolder(), with their manifest.json and a WebVTT
// transcript per call (same name, ".vtt").
QString demoCallsFolder(); // ":/demo/calls"

// Imports every call of the demo manifest through CallImporter, as the demo
// coach who would sample it and for that coach's purpose, moved to a few
// days before the vault's clock (keeping the time of day and UTC offset), so
// the rules engine allows each one: after the agent was informed (R-INFO-1),
// within the sampling limits (R-PURPOSE-2). `people` maps demo handles to
// the stored persons. Runs inside the caller's transaction; any failure is
// an error, since the demo data is meant to pass every rule.
Result<void> importDemoCalls(Vault& vault, Administration& admin,
                             const QHash<QString, Person>& people);

} // namespace cv::core
