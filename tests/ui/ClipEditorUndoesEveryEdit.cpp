// The clip under edit in the Clips area: every change (range, redaction
// regions and their fill, disguise, strength) is one undo step and comes back
// on redo; regions stay inside the call, sorted and merged where they
// overlap; strength changes in a row are one step.
#include "ui/clips/ClipEditor.h"

#include <QSignalSpy>
#include <QTest>

namespace core = cv::core;
using cv::ui::ClipEditor;

class ClipEditorUndoesEveryEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewClipIsTheWholeCall()
    {
        ClipEditor editor;
        editor.reset(1, 60000);
        QCOMPARE(editor.draft().fromMs, 0);
        QCOMPARE(editor.draft().toMs, 60000);
        QVERIFY(editor.draft().regions.isEmpty());
        QCOMPARE(editor.draft().disguise, core::Disguise::Customer);
        QVERIFY(!editor.undoStack()->canUndo());
    }

    void everyEditUndoesAndRedoes()
    {
        ClipEditor editor;
        editor.reset(1, 60000);
        QSignalSpy changed(&editor, &ClipEditor::changed);
        QList<core::ClipSpec> states{editor.draft()};
        editor.setRange(5000, 25000);
        states << editor.draft();
        editor.addRegion(8000, 9000);
        states << editor.draft();
        editor.toggleFill(0);
        states << editor.draft();
        editor.setDisguise(core::Disguise::Both);
        states << editor.draft();
        editor.removeRegion(0);
        states << editor.draft();
        QCOMPARE(editor.undoStack()->count(), 5);
        QCOMPARE(changed.count(), 5);
        for (int i = states.size() - 2; i >= 0; --i) {
            editor.undoStack()->undo();
            QCOMPARE(editor.draft(), states.at(i));
        }
        for (int i = 1; i < states.size(); ++i) {
            editor.undoStack()->redo();
            QCOMPARE(editor.draft(), states.at(i));
        }
        QCOMPARE(states.at(3).regions.first().fill, core::RedactionRegion::Fill::Silence);
    }

    void regionsAreClampedSortedAndMerged()
    {
        ClipEditor editor;
        editor.reset(1, 10000);
        editor.addRegion(9000, 12000); // clamped to the end
        editor.addRegion(2000, 1000);  // reversed
        editor.addRegion(1500, 3000);  // overlaps the one before: merged
        editor.addRegion(5000, 5000);  // empty: nothing
        const QList<core::RedactionRegion> regions = editor.draft().regions;
        QCOMPARE(regions.size(), 2);
        QCOMPARE(regions[0].startMs, 1000);
        QCOMPARE(regions[0].endMs, 3000);
        QCOMPARE(regions[1].startMs, 9000);
        QCOMPARE(regions[1].endMs, 10000);
        QCOMPARE(editor.undoStack()->count(), 3);
    }

    void aRangeNeedsALength()
    {
        ClipEditor editor;
        editor.reset(1, 10000);
        editor.setRange(4000, 4000);
        QCOMPARE(editor.undoStack()->count(), 0);
        editor.setRange(7000, 3000); // either order
        QCOMPARE(editor.draft().fromMs, 3000);
        QCOMPARE(editor.draft().toMs, 7000);
    }

    void strengthChangesInARowAreOneStep()
    {
        ClipEditor editor;
        editor.reset(1, 10000);
        const int before = editor.draft().disguiseSemitones;
        for (int s : {5, 6, 7, 12})
            editor.setStrength(s);
        QCOMPARE(editor.draft().disguiseSemitones, 8); // at most 8 semitones
        QCOMPARE(editor.undoStack()->count(), 1);
        editor.undoStack()->undo();
        QCOMPARE(editor.draft().disguiseSemitones, before);
    }
};

QTEST_GUILESS_MAIN(ClipEditorUndoesEveryEdit)
#include "ClipEditorUndoesEveryEdit.moc"
