#include "core/vault/Schema.h"

#include "core/vault/SqlCipherConnection.h"

#include <QCoreApplication>

#include <array>

namespace cv::core {

namespace {

class SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static QString tooNew(int found, int known)
    {
        return tr("This vault has schema version %1, written by a newer CoachVault; this version "
                  "understands up to %2. Update CoachVault to open it.")
            .arg(found)
            .arg(known);
    }
    static QString failed(int version, const QString& why)
    {
        return tr("Upgrading the vault to schema version %1 failed; it was left unchanged: %2")
            .arg(version)
            .arg(why);
    }
};

struct Migration
{
    int version;
    const char* sql;
};

// Portable SQL only (the stores may later run on PostgreSQL).
constexpr std::array kMigrations{
    Migration{1, R"sql(
        CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
    )sql"},
    // Preferences the user may change move out of the format metadata.
    Migration{2, R"sql(
        CREATE TABLE preferences (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        INSERT INTO preferences (key, value)
            SELECT key, value FROM vault_meta WHERE key = 'inactivity_lock_minutes';
        DELETE FROM vault_meta WHERE key = 'inactivity_lock_minutes';
    )sql"},
    // People, authorisations, policy versions and the audit trail.
    Migration{3, R"sql(
        CREATE TABLE person (
            id                      INTEGER PRIMARY KEY,
            handle                  TEXT NOT NULL UNIQUE,
            display_name            TEXT NOT NULL,
            employment              TEXT NOT NULL,
            protected_status        TEXT NOT NULL DEFAULT 'none',
            informed_on             TEXT,
            training_consent_on     TEXT,
            training_consent_scope  TEXT,
            active                  INTEGER NOT NULL DEFAULT 1,
            created_at              TEXT NOT NULL
        );
        CREATE TABLE person_role (
            person_id INTEGER NOT NULL REFERENCES person (id),
            role      TEXT NOT NULL,
            PRIMARY KEY (person_id, role)
        );
        CREATE TABLE credential (
            person_id        INTEGER PRIMARY KEY REFERENCES person (id),
            kind             TEXT NOT NULL,
            hash             TEXT NOT NULL,
            failed_attempts  INTEGER NOT NULL DEFAULT 0,
            locked_until     TEXT,
            changed_at       TEXT NOT NULL
        );
        CREATE TABLE authorisation (
            id                           INTEGER PRIMARY KEY,
            person_id                    INTEGER NOT NULL REFERENCES person (id),
            purposes                     TEXT NOT NULL,
            valid_from                   TEXT NOT NULL,
            confidentiality_accepted_on  TEXT NOT NULL,
            granted_by                   INTEGER NOT NULL REFERENCES person (id),
            granted_at                   TEXT NOT NULL,
            revoked_at                   TEXT,
            revoked_by                   INTEGER REFERENCES person (id)
        );
        CREATE INDEX authorisation_person ON authorisation (person_id);
        CREATE TABLE policy_version (
            version     INTEGER PRIMARY KEY,
            document    TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            consent_on  TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            created_by  INTEGER REFERENCES person (id)
        );
        CREATE TABLE audit_entry (
            seq          INTEGER PRIMARY KEY,
            at           TEXT NOT NULL,
            actor_id     INTEGER,
            action       TEXT NOT NULL,
            object_type  TEXT NOT NULL,
            object_id    TEXT NOT NULL,
            subject_id   INTEGER,
            outcome      TEXT NOT NULL,
            rule_id      TEXT NOT NULL,
            detail       TEXT NOT NULL,
            prev_hash    TEXT NOT NULL,
            hash         TEXT NOT NULL
        );
        CREATE INDEX audit_entry_subject ON audit_entry (subject_id);
        CREATE TABLE audit_head (
            id        INTEGER PRIMARY KEY CHECK (id = 1),
            last_seq  INTEGER NOT NULL,
            last_hash TEXT NOT NULL
        );
    )sql"},
    // Recordings: metadata, the audio in its original encoding as chunk
    // rows (bytea-portable, streamable), and the peak pyramid.
    Migration{4, R"sql(
        CREATE TABLE recording (
            id              INTEGER PRIMARY KEY,
            agent_id        INTEGER NOT NULL REFERENCES person (id),
            purpose         TEXT NOT NULL,
            policy_version  INTEGER NOT NULL REFERENCES policy_version (version),
            call_start      TEXT NOT NULL,
            direction       TEXT NOT NULL,
            queue           TEXT NOT NULL,
            agent_channel   INTEGER NOT NULL,
            external_client TEXT NOT NULL DEFAULT '',
            source_sha256   TEXT NOT NULL UNIQUE,
            container       TEXT NOT NULL,
            encoding        TEXT NOT NULL,
            sample_rate     INTEGER NOT NULL,
            channels        INTEGER NOT NULL,
            frames          INTEGER NOT NULL,
            byte_size       INTEGER NOT NULL,
            imported_at     TEXT NOT NULL,
            imported_by     INTEGER NOT NULL REFERENCES person (id)
        );
        CREATE INDEX recording_agent ON recording (agent_id, purpose, call_start);
        CREATE TABLE audio_chunk (
            recording_id INTEGER NOT NULL REFERENCES recording (id),
            seq          INTEGER NOT NULL,
            data         BLOB NOT NULL,
            PRIMARY KEY (recording_id, seq)
        );
        CREATE TABLE recording_peaks (
            recording_id   INTEGER PRIMARY KEY REFERENCES recording (id),
            format_version INTEGER NOT NULL,
            data           BLOB NOT NULL
        );
    )sql"},
    // Scorecard template versions, evaluations with their scores and
    // timestamped notes, and the agents' requests (R-ASSESS-4..6).
    // score_total/score_state/critical_failed are derived (ScoreFormula),
    // kept so lists need not load every score.
    Migration{5, R"sql(
        CREATE TABLE scorecard_version (
            id            INTEGER PRIMARY KEY,
            template_key  TEXT NOT NULL,
            version       INTEGER NOT NULL,
            name          TEXT NOT NULL,
            purposes      TEXT NOT NULL,
            document      TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            created_by    INTEGER NOT NULL REFERENCES person (id),
            updated_at    TEXT NOT NULL,
            published_at  TEXT,
            published_by  INTEGER REFERENCES person (id),
            UNIQUE (template_key, version)
        );
        CREATE TABLE evaluation (
            id                   INTEGER PRIMARY KEY,
            recording_id         INTEGER NOT NULL REFERENCES recording (id),
            template_version_id  INTEGER NOT NULL REFERENCES scorecard_version (id),
            evaluator_id         INTEGER NOT NULL REFERENCES person (id),
            agent_id             INTEGER NOT NULL REFERENCES person (id),
            purpose              TEXT NOT NULL,
            kind                 TEXT NOT NULL,
            status               TEXT NOT NULL,
            created_at           TEXT NOT NULL,
            updated_at           TEXT NOT NULL,
            submitted_at         TEXT,
            score_total          REAL,
            score_state          TEXT NOT NULL,
            critical_failed      INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX evaluation_recording ON evaluation (recording_id);
        CREATE INDEX evaluation_agent ON evaluation (agent_id, purpose, status);
        CREATE INDEX evaluation_evaluator ON evaluation (evaluator_id, status);
        CREATE TABLE evaluation_score (
            evaluation_id   INTEGER NOT NULL REFERENCES evaluation (id),
            criterion_id    TEXT NOT NULL,
            value           INTEGER,
            not_applicable  INTEGER NOT NULL DEFAULT 0,
            comment         TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evaluation_id, criterion_id)
        );
        CREATE TABLE evaluation_note (
            id             INTEGER PRIMARY KEY,
            evaluation_id  INTEGER NOT NULL REFERENCES evaluation (id),
            at_ms          INTEGER NOT NULL,
            criterion_id   TEXT NOT NULL DEFAULT '',
            text           TEXT NOT NULL,
            created_at     TEXT NOT NULL
        );
        CREATE INDEX evaluation_note_evaluation ON evaluation_note (evaluation_id, at_ms);
        CREATE TABLE agent_request (
            id             INTEGER PRIMARY KEY,
            agent_id       INTEGER NOT NULL REFERENCES person (id),
            kind           TEXT NOT NULL,
            made_on        TEXT NOT NULL,
            evaluation_id  INTEGER REFERENCES evaluation (id),
            replaced_evaluator_id INTEGER REFERENCES person (id),
            used_by_evaluation_id INTEGER REFERENCES evaluation (id),
            note           TEXT NOT NULL DEFAULT '',
            recorded_by    INTEGER NOT NULL REFERENCES person (id),
            recorded_at    TEXT NOT NULL
        );
        CREATE INDEX agent_request_agent ON agent_request (agent_id, kind, made_on);
    )sql"},
    // The feedback session (docs/feedback.md): score adjustments with before
    // and after, the agent's view and both sign-offs (R-REPORT-2), and
    // disputes after sign-off. A signed evaluation ('signed') is immutable:
    // the triggers refuse every write to it and its rows, a second line
    // behind the stores; its sealed hash in the audit trail catches the rest.
    Migration{7, R"sql(
        CREATE TABLE evaluation_adjustment (
            id              INTEGER PRIMARY KEY,
            evaluation_id   INTEGER NOT NULL REFERENCES evaluation (id),
            criterion_id    TEXT NOT NULL,
            before_value    INTEGER,
            before_na       INTEGER NOT NULL DEFAULT 0,
            before_comment  TEXT NOT NULL DEFAULT '',
            after_value     INTEGER,
            after_na        INTEGER NOT NULL DEFAULT 0,
            after_comment   TEXT NOT NULL DEFAULT '',
            adjusted_by     INTEGER NOT NULL REFERENCES person (id),
            adjusted_at     TEXT NOT NULL
        );
        CREATE INDEX evaluation_adjustment_evaluation ON evaluation_adjustment (evaluation_id);
        CREATE TABLE evaluation_signoff (
            evaluation_id  INTEGER NOT NULL REFERENCES evaluation (id),
            role           TEXT NOT NULL,
            signer_id      INTEGER NOT NULL REFERENCES person (id),
            agrees         INTEGER,
            agent_view     TEXT NOT NULL DEFAULT '',
            signed_at      TEXT NOT NULL,
            PRIMARY KEY (evaluation_id, role)
        );
        CREATE TABLE evaluation_seal (
            evaluation_id  INTEGER PRIMARY KEY REFERENCES evaluation (id),
            sha256         TEXT NOT NULL,
            audit_seq      INTEGER NOT NULL,
            sealed_at      TEXT NOT NULL
        );
        CREATE TABLE evaluation_dispute (
            id              INTEGER PRIMARY KEY,
            evaluation_id   INTEGER NOT NULL REFERENCES evaluation (id),
            opened_by       INTEGER NOT NULL REFERENCES person (id),
            opened_at       TEXT NOT NULL,
            reason          TEXT NOT NULL,
            resolved_by     INTEGER REFERENCES person (id),
            resolved_at     TEXT,
            resolution      TEXT
        );
        CREATE INDEX evaluation_dispute_evaluation ON evaluation_dispute (evaluation_id);
        CREATE TRIGGER signed_evaluation_update BEFORE UPDATE ON evaluation
            WHEN OLD.status = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_evaluation_delete BEFORE DELETE ON evaluation
            WHEN OLD.status = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_score_insert BEFORE INSERT ON evaluation_score
            WHEN (SELECT status FROM evaluation WHERE id = NEW.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_score_update BEFORE UPDATE ON evaluation_score
            WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_score_delete BEFORE DELETE ON evaluation_score
            WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_note_insert BEFORE INSERT ON evaluation_note
            WHEN (SELECT status FROM evaluation WHERE id = NEW.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_note_update BEFORE UPDATE ON evaluation_note
            WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_note_delete BEFORE DELETE ON evaluation_note
            WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_adjustment_insert BEFORE INSERT ON evaluation_adjustment
            WHEN (SELECT status FROM evaluation WHERE id = NEW.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_adjustment_change BEFORE UPDATE ON evaluation_adjustment
            WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_adjustment_delete BEFORE DELETE ON evaluation_adjustment
            WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_signoff_update BEFORE UPDATE ON evaluation_signoff
            WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER signed_signoff_delete BEFORE DELETE ON evaluation_signoff
            WHEN (SELECT status FROM evaluation WHERE id = OLD.evaluation_id) = 'signed'
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a signed evaluation never changes'); END;
        CREATE TRIGGER evaluation_seal_update BEFORE UPDATE ON evaluation_seal
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a seal never changes'); END;
        CREATE TRIGGER evaluation_seal_delete BEFORE DELETE ON evaluation_seal
            BEGIN SELECT RAISE(ABORT, 'R-REPORT-1: a seal never changes'); END;
    )sql"},
    // Retention (R-RETAIN-1..3): a recording kept beyond its term with the
    // agent's consent, and the tombstone of a destroyed one. The recording
    // row stays (evaluations refer to it); its audio and peaks go.
    Migration{8, R"sql(
        CREATE TABLE recording_retention (
            recording_id  INTEGER PRIMARY KEY REFERENCES recording (id),
            consent_on    TEXT NOT NULL,
            reason        TEXT NOT NULL,
            until_date    TEXT NOT NULL,
            recorded_by   INTEGER NOT NULL REFERENCES person (id),
            recorded_at   TEXT NOT NULL
        );
        CREATE TABLE recording_tombstone (
            recording_id  INTEGER PRIMARY KEY REFERENCES recording (id),
            destroyed_at  TEXT NOT NULL,
            rule_id       TEXT NOT NULL,
            reason        TEXT NOT NULL,
            destroyed_by  TEXT NOT NULL
        );
        CREATE INDEX evaluation_recording_status ON evaluation (recording_id, kind, status);
    )sql"},
    // The clip library (docs/clips.md): what was cut from which coaching
    // recording, by whom, with which anonymisation and relying on which
    // consent; never the audio or the export's file name. A clip in which
    // the agent stays identifiable (personal = 1) goes with its recording;
    // an anonymised one stays, detached. The trigger is the second line
    // behind ClipStore::destroyPersonalClipsOf.
    Migration{10, R"sql(
        CREATE TABLE clip (
            id                  INTEGER PRIMARY KEY,
            recording_id        INTEGER REFERENCES recording (id) ON DELETE SET NULL,
            source_purpose      TEXT NOT NULL,
            from_ms             INTEGER NOT NULL,
            to_ms               INTEGER NOT NULL,
            redactions          TEXT NOT NULL,
            disguise            TEXT NOT NULL,
            disguise_semitones  INTEGER NOT NULL,
            personal            INTEGER NOT NULL,
            consent_agent_id    INTEGER REFERENCES person (id),
            consent_given_on    TEXT,
            format              TEXT NOT NULL,
            loudness_lufs       REAL,
            created_by          INTEGER NOT NULL REFERENCES person (id),
            created_at          TEXT NOT NULL
        );
        CREATE INDEX clip_recording ON clip (recording_id);
        CREATE TRIGGER personal_clip_goes_with_recording BEFORE DELETE ON recording
            BEGIN DELETE FROM clip WHERE recording_id = OLD.id AND personal = 1; END;
    )sql"},
    // Transcript-assisted redaction (docs/transcripts.md): a coaching
    // recording's transcript, the personal data the detector proposes to
    // redact in it with the trainer's decision on each, and the names the
    // trainers added to the detector's list. A transcript is the call's
    // content: it goes with its recording (RetentionSweep; the trigger is
    // the second line, as for clips).
    Migration{11, R"sql(
        CREATE TABLE transcript (
            recording_id  INTEGER PRIMARY KEY REFERENCES recording (id),
            format        TEXT NOT NULL CHECK (format IN ('vtt', 'srt', 'json')),
            segments      TEXT NOT NULL,
            imported_by   INTEGER NOT NULL REFERENCES person (id),
            imported_at   TEXT NOT NULL
        );
        CREATE TABLE redaction_proposal (
            id            INTEGER PRIMARY KEY,
            recording_id  INTEGER NOT NULL REFERENCES transcript (recording_id) ON DELETE CASCADE,
            kind          TEXT NOT NULL,
            text          TEXT NOT NULL,
            start_ms      INTEGER NOT NULL,
            end_ms        INTEGER NOT NULL,
            decision      TEXT NOT NULL DEFAULT 'proposed'
                          CHECK (decision IN ('proposed', 'accepted', 'rejected')),
            decided_by    INTEGER REFERENCES person (id),
            decided_at    TEXT
        );
        CREATE INDEX redaction_proposal_recording ON redaction_proposal (recording_id, start_ms);
        CREATE TABLE pii_name (
            name          TEXT PRIMARY KEY,
            added_by      INTEGER NOT NULL REFERENCES person (id),
            added_at      TEXT NOT NULL
        );
        CREATE TRIGGER transcript_goes_with_recording BEFORE DELETE ON recording
            BEGIN DELETE FROM transcript WHERE recording_id = OLD.id; END;
    )sql"},
};

} // namespace

int Schema::latestVersion()
{
    return kMigrations.back().version;
}

Result<int> Schema::currentVersion(SqlCipherConnection& connection)
{
    auto version = connection.queryInt(QStringLiteral("PRAGMA user_version;"));
    if (!version)
        return std::unexpected(version.error());
    return int(*version);
}

Result<void> Schema::migrate(SqlCipherConnection& connection, int target)
{
    if (target <= 0 || target > latestVersion())
        target = latestVersion();
    auto current = currentVersion(connection);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(ErrorCode::NotAVault, SchemaText::tooNew(*current, latestVersion()));

    for (const Migration& migration : kMigrations) {
        if (migration.version <= *current || migration.version > target)
            continue;
        const QString sql = QStringLiteral("BEGIN IMMEDIATE;") + QString::fromUtf8(migration.sql) +
                            QStringLiteral("PRAGMA user_version = ") +
                            QString::number(migration.version) + QStringLiteral("; COMMIT;");
        if (auto ran = connection.exec(sql); !ran) {
            (void)connection.exec(QStringLiteral("ROLLBACK;"));
            return fail(ran.error().code,
                        SchemaText::failed(migration.version, ran.error().message));
        }
    }
    return {};
}

} // namespace cv::core
