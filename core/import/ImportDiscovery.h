#pragma once

#include "core/import/CallManifest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cv::core {

// One thing a batch import will report on: a call to import (a manifest
// entry), or a problem found while looking for calls (a manifest that does
// not parse, an audio file no manifest describes, a path without manifests).
struct ImportItem
{
    QString file;                 // the audio file; for a problem, the file or folder it is about
    ManifestEntry entry;          // what to import, when `problem` is empty
    QString problem;              // translated, names the file; the item fails with it
    bool manifestProblem = false; // the problem is a manifest that cannot be used

    bool isProblem() const { return !problem.isEmpty(); }
};

// Finds the calls behind the paths a coach gives (docs/manifest.md), without
// touching the vault:
// - a .csv or .json file is a manifest (or a sidecar), read whole;
// - a folder is searched recursively: every .csv and .json in it is read,
//   and every audio file in it that no manifest entry names is a problem
//   ("no manifest entry"), never a guess;
// - any other file is an audio file: its sidecar FILE.json describes it, or
//   else an entry for it in a manifest in the same folder; without either it
//   is a problem.
// A manifest reached twice (a folder and a file in it) is read once. Items
// come in path order, manifests in file-name order, entries in manifest order.
class ImportDiscovery final
{
public:
    static QList<ImportItem> discover(const QStringList& paths);

    static bool isManifestFileName(const QString& fileName); // *.csv, *.json
    static bool isAudioFileName(const QString& fileName);    // *.wav, *.flac, *.mp3, …
};

} // namespace cv::core
