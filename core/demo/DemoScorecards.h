#pragma once

#include "core/Error.h"

#include <QDate>

namespace cv::core {

class Administration;
class Vault;
struct Person;

// The demo vault's scorecard: docs/examples/template.json (built in as
// ":/demo/template.json"), imported and published by the demo's manager.
// Its publication is then dated `publishedOn`, before the demo calls took
// place, so that they may be evaluated with it (R-ASSESS-1) — a fictional
// history that only a demo vault may be given: refused for any other vault.
Result<void> publishDemoScorecard(Vault& vault, Administration& admin, const Person& manager,
                                  const QDate& publishedOn);

} // namespace cv::core
