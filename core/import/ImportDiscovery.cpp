#include "core/import/ImportDiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace cv::core {

namespace {

class DiscoveryText
{
    Q_DECLARE_TR_FUNCTIONS(ImportDiscovery)
public:
    static QString noManifest(const QString& path)
    {
        return tr("%1: no manifest found (a .csv or .json manifest, or a FILE.json sidecar next to "
                  "each audio file)")
            .arg(path);
    }
    static QString noEntry(const QString& file)
    {
        return tr("%1: no manifest entry for this audio file (list it in a .csv or .json "
                  "manifest in its folder, or put a sidecar %2 next to it)")
            .arg(file, QFileInfo(file).fileName() + QStringLiteral(".json"));
    }
};

// The audio containers libsndfile reads (DESIGN.md, Audio), by extension.
const QStringList kAudioSuffixes{
    QStringLiteral("wav"),  QStringLiteral("wave"), QStringLiteral("rf64"), QStringLiteral("w64"),
    QStringLiteral("bwf"),  QStringLiteral("flac"), QStringLiteral("ogg"),  QStringLiteral("oga"),
    QStringLiteral("opus"), QStringLiteral("mp3"),  QStringLiteral("au"),   QStringLiteral("snd"),
    QStringLiteral("aif"),  QStringLiteral("aiff"), QStringLiteral("aifc"), QStringLiteral("caf"),
    QStringLiteral("gsm")};

QString absoluteClean(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Collects items path by path; audio files are checked against every
// manifest entry only at the end, so the order of the paths does not matter.
class Collector
{
public:
    void addPath(const QString& path)
    {
        const QFileInfo info(path);
        if (info.isDir())
            addFolder(path);
        else if (info.isFile() && ImportDiscovery::isManifestFileName(path))
            addManifest(path);
        else if (info.isFile() && QFileInfo::exists(path + QStringLiteral(".json")))
            addManifest(path + QStringLiteral(".json"));
        else if (info.isFile())
            m_singleAudio << path;
        else
            addProblem(path, DiscoveryText::noManifest(path));
    }

    QList<ImportItem> finish()
    {
        for (const QString& audio : std::as_const(m_singleAudio)) {
            if (m_covered.contains(absoluteClean(audio)))
                continue;
            if (!addEntriesFromFolderOf(audio))
                addProblem(audio, DiscoveryText::noEntry(audio));
        }
        for (const QString& audio : std::as_const(m_folderAudio)) {
            if (!m_covered.contains(absoluteClean(audio)))
                addProblem(audio, DiscoveryText::noEntry(audio));
        }
        return std::move(m_items);
    }

private:
    void addFolder(const QString& folder)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        bool found = false;
        for (const QString& file : std::as_const(files)) {
            if (ImportDiscovery::isManifestFileName(file)) {
                addManifest(file);
                found = true;
            } else if (ImportDiscovery::isAudioFileName(file)) {
                m_folderAudio << absoluteClean(file); // named like the entries' files
                found = true;
            }
        }
        if (!found)
            addProblem(folder, DiscoveryText::noManifest(folder));
    }

    void addManifest(const QString& path)
    {
        const QString key = QFileInfo(path).canonicalFilePath();
        if (m_readManifests.contains(key))
            return;
        m_readManifests.insert(key);
        auto entries = CallManifest::read(path);
        if (!entries) {
            m_items.append(ImportItem{path, {}, entries.error().message, true});
            return;
        }
        for (const ManifestEntry& entry : std::as_const(*entries))
            addEntry(entry);
    }

    // An audio file given on its own: the entries for it in the manifests
    // of its folder (not the other calls those manifests describe).
    bool addEntriesFromFolderOf(const QString& audio)
    {
        const QString wanted = absoluteClean(audio);
        const QDir folder = QFileInfo(audio).absoluteDir();
        bool found = false;
        const QStringList manifests = folder.entryList(
            {QStringLiteral("*.csv"), QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : manifests) {
            const QString path = folder.filePath(name);
            if (!m_folderManifests.contains(path))
                m_folderManifests.insert(path,
                                         CallManifest::read(path).value_or(QList<ManifestEntry>{}));
            for (const ManifestEntry& entry : std::as_const(m_folderManifests[path])) {
                if (entry.file == wanted) {
                    addEntry(entry);
                    found = true;
                }
            }
        }
        return found;
    }

    void addEntry(const ManifestEntry& entry)
    {
        m_covered.insert(entry.file);
        m_items.append(ImportItem{entry.file, entry, {}});
    }

    void addProblem(const QString& file, const QString& problem)
    {
        m_items.append(ImportItem{file, {}, problem});
    }

    QList<ImportItem> m_items;
    QSet<QString> m_readManifests; // canonical paths
    QSet<QString> m_covered;       // audio files some entry names (absolute, clean)
    QStringList m_folderAudio;     // found in folders: each needs an entry
    QStringList m_singleAudio;     // given on their own, without a sidecar
    QHash<QString, QList<ManifestEntry>> m_folderManifests; // looked into for m_singleAudio
};

} // namespace

QList<ImportItem> ImportDiscovery::discover(const QStringList& paths)
{
    Collector collector;
    for (const QString& path : paths)
        collector.addPath(path);
    return collector.finish();
}

bool ImportDiscovery::isManifestFileName(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
           fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

bool ImportDiscovery::isAudioFileName(const QString& fileName)
{
    return kAudioSuffixes.contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

} // namespace cv::core
