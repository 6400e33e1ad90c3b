<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Administration</name>
    <message>
        <source>There is no person &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation></translation>
    </message>
    <message>
        <source>the vault already has people; only an administrator adds more.</source>
        <translation></translation>
    </message>
    <message>
        <source>the first person of a vault must be an administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>Signing in as &apos;%1&apos; failed.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer active.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no authorisation #%1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AudioDecoder</name>
    <message>
        <source>not an audio file CoachVault can read (%1)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s); only mono and stereo calls are supported</source>
        <translation>
            <numerusform>%n channel; only mono and stereo calls are supported</numerusform>
            <numerusform>%n channels; only mono and stereo calls are supported</numerusform>
        </translation>
    </message>
    <message>
        <source>a sample rate of %1 Hz is not a telephone recording</source>
        <translation></translation>
    </message>
    <message>
        <source>the recording holds no audio</source>
        <translation></translation>
    </message>
    <message>
        <source>the stream cannot be read from an arbitrary position</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 bytes is not a whole number of 33-byte raw GSM 6.10 frames; the file is truncated or not raw GSM</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit trail is broken at entry %1: it was altered, or an entry before it was removed, inserted or moved</source>
        <translation></translation>
    </message>
    <message>
        <source>the audit trail is broken at entry %1: entry %2 is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>the audit trail is broken after entry %1: entries up to %2 were removed</source>
        <translation></translation>
    </message>
    <message>
        <source>the audit trail is broken: its head record is missing or altered</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuthorisationStore</name>
    <message>
        <source>There is no authorisation #%1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authorisation #%1 is already revoked.</source>
        <translation></translation>
    </message>
    <message>
        <source>An authorisation names at least one purpose.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallImporter</name>
    <message>
        <source>%1: there is no person &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: this call was already imported as recording %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the audio is damaged (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the recording holds no audio</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: agentChannel says left or right, but the recording is mono</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), not an audio file</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the header claims %2 of audio but the file holds %3; it is truncated or its header is wrong</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the name ends in .%2 but the file holds %3 audio; the name and the content must agree</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing of this call was kept</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallManifest</name>
    <message>
        <source>Cannot read the manifest %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a date and time with its UTC offset, e.g. 2026-03-02T09:30:00+01:00</source>
        <translation></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is missing from the header</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: has %2 fields where the header has %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 describes no calls</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 call %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallPlayer</name>
    <message>
        <source>No audio output is available. Connect a headset or speakers, or check the sound settings; the call can still be reviewed on screen.</source>
        <translation></translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The audio output cannot play stereo sound at %1 Hz.</source>
        <translation></translation>
    </message>
    <message>
        <source>The audio output stopped working.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The vault file (default: $COACHVAULT_VAULT, else the user&apos;s data folder).</source>
        <translation></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the vault passphrase from FILE (or set COACHVAULT_PASSPHRASE); without either the system keychain unlocks the vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>COACHVAULT_PASSPHRASE is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation></translation>
    </message>
    <message>
        <source>COACHVAULT_NEW_PASSPHRASE is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the new passphrase with --%1 or COACHVAULT_NEW_PASSPHRASE.</source>
        <translation></translation>
    </message>
    <message>
        <source>New vault passphrase: </source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation></translation>
    </message>
    <message>
        <source>coachvault-cli: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Act as PERSON (sign-in name; or set COACHVAULT_AS).</source>
        <translation></translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Read that person&apos;s PIN or password from FILE (or set COACHVAULT_PIN).</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the new PIN from FILE (or set COACHVAULT_NEW_PIN).</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the new password from FILE (or set COACHVAULT_NEW_PASSWORD).</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the new PIN with --new-pin-file FILE or COACHVAULT_NEW_PIN (or a password with --new-password-file).</source>
        <translation></translation>
    </message>
    <message>
        <source>This command acts as a person: give --as PERSON and the PIN with --pin-file FILE or COACHVAULT_PIN.</source>
        <translation></translation>
    </message>
    <message>
        <source>PIN or password for %1: </source>
        <translation></translation>
    </message>
    <message>
        <source>Give the PIN of %1 with --pin-file FILE or COACHVAULT_PIN.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: coachvault-cli [--vault PATH] [--passphrase-file FILE] [--json] COMMAND [ARGS…]

Commands:
</source>
        <translation></translation>
    </message>
    <message>
        <source>
&apos;coachvault-cli COMMAND --help&apos; describes one command.
Exit codes: 0 ok, 2 usage, 3 refused by a rule, 4 bad input, 5 locked, 1 other.
</source>
        <translation></translation>
    </message>
    <message>
        <source>coachvault-cli: warning: core dumps could not be disabled
</source>
        <translation></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation></translation>
    </message>
    <message>
        <source>No command given; &apos;coachvault-cli --help&apos; lists the commands.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; &apos;coachvault-cli --help&apos; lists the commands.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: coachvault-cli %1 [options] %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no person &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The credential of %1 is set.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was informed of the policy on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The training consent of %1 is withdrawn.</source>
        <translation></translation>
    </message>
    <message>
        <source>The written training consent of %1 is recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authorisation #%1: %2 may monitor for %3 from %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an authorisation number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authorisation #%1 is revoked.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody is authorised to monitor.</source>
        <translation></translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>Roles, comma-separated: agent, coach, trainer, manager, privacy-officer, administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation></translation>
    </message>
    <message>
        <source>permanent, temporary, on-call, agency or none.</source>
        <translation></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation></translation>
    </message>
    <message>
        <source>A duty of confidentiality: company-doctor, works-council, confidential-adviser or none.</source>
        <translation></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation></translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation></translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a person (the first one, an administrator, needs no --as).</source>
        <translation></translation>
    </message>
    <message>
        <source>List the persons.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show one person.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change a person&apos;s name, roles or status.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set your own PIN or password, or (administrators) someone else&apos;s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record when a person was informed of the policy.</source>
        <translation></translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD).</source>
        <translation></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation></translation>
    </message>
    <message>
        <source>Record (or withdraw) an agent&apos;s written consent to identifiable training use.</source>
        <translation></translation>
    </message>
    <message>
        <source>The date of the written consent.</source>
        <translation></translation>
    </message>
    <message>
        <source>What the consent covers.</source>
        <translation></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation></translation>
    </message>
    <message>
        <source>Record that the consent was withdrawn.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authorise a person to monitor (managers).</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes: coaching, assessment, quality.</source>
        <translation></translation>
    </message>
    <message>
        <source>PURPOSES</source>
        <translation></translation>
    </message>
    <message>
        <source>In force from this date.</source>
        <translation></translation>
    </message>
    <message>
        <source>The date the person accepted the duty of confidentiality.</source>
        <translation></translation>
    </message>
    <message>
        <source>Revoke an authorisation (managers).</source>
        <translation></translation>
    </message>
    <message>
        <source>Who is authorised to monitor (anyone may ask).</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy version %1 of %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>In force from %1; works-council consent %2</source>
        <translation></translation>
    </message>
    <message>
        <source>  %1: %2 call(s) per agent per %3, legal basis %4%5</source>
        <translation></translation>
    </message>
    <message>
        <source>Assessment protocol %1, consent %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation term %1 days; retention extension at most %2 days; minimum group %3; %4 days between assessments; screen lock after %5 minutes; %6 private line(s)</source>
        <translation></translation>
    </message>
    <message>
        <source>External client %1: agreement %2 signed %3, agents informed %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy version %1 is stored.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no policy version %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>no policy with works-council consent is in force.</source>
        <translation></translation>
    </message>
    <message>
        <source>version %1: in force from %2, consent %3</source>
        <translation></translation>
    </message>
    <message>
        <source>No policy is stored yet.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry checked.</numerusform>
            <numerusform>The audit trail is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store a new policy version from a JSON file (docs/policy.md).</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the policy in force (or --version N).</source>
        <translation></translation>
    </message>
    <message>
        <source>Show this version.</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>List every policy version.</source>
        <translation></translation>
    </message>
    <message>
        <source>List audit entries (an agent sees those about their own data).</source>
        <translation></translation>
    </message>
    <message>
        <source>Entries about this person&apos;s data.</source>
        <translation></translation>
    </message>
    <message>
        <source>Entries whose action starts with this.</source>
        <translation></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation></translation>
    </message>
    <message>
        <source>Only the newest N entries.</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain; exit 3 naming the first broken entry.</source>
        <translation></translation>
    </message>
    <message>
        <source>Vault:            %1
Id:               %2
Vault format:     %3 (schema %4)
SQLCipher:        %5 (SQLite %6)
Key:              %7
Page size:        %8 bytes
Created:          %9</source>
        <translation></translation>
    </message>
    <message>
        <source>
Demo vault:       yes</source>
        <translation></translation>
    </message>
    <message>
        <source>
Holds:
</source>
        <translation></translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase instead of the system keychain.</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a new, empty vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the vault&apos;s format, encryption and contents.</source>
        <translation></translation>
    </message>
    <message>
        <source>Re-encrypt the vault under a new key or passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep the new key in the system keychain.</source>
        <translation></translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (or set COACHVAULT_NEW_PASSPHRASE).</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a new vault filled with the demo content.</source>
        <translation></translation>
    </message>
    <message>
        <source>imported  %1 -&gt; recording %2</source>
        <translation></translation>
    </message>
    <message>
        <source>refused   %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>failed    %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording %1 of %2, %3
Call %4 (%5, %6), %7
%8 %9, %10 Hz, %11 channel(s), %12 bytes
Policy version %13</source>
        <translation></translation>
    </message>
    <message>
        <source>channel %1: %2 bins</source>
        <translation></translation>
    </message>
    <message>
        <source>Import calls from manifests, sidecars or a folder (docs/manifest.md).</source>
        <translation></translation>
    </message>
    <message>
        <source>The purpose: coaching, assessment or quality.</source>
        <translation></translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation></translation>
    </message>
    <message>
        <source>List the recordings held (agents: their own).</source>
        <translation></translation>
    </message>
    <message>
        <source>Show one recording.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print a recording&apos;s waveform peaks at one zoom level.</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom level 0 (64 samples per bin) to 3 (4096).</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation %1 (%2, %3) of recording %4: agent %5, %6</source>
        <translation></translation>
    </message>
    <message>
        <source>Scorecard %1 v%2, evaluator %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Score a recording from a scores file (docs/scores.md) and submit it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The template version id, or a template key.</source>
        <translation></translation>
    </message>
    <message>
        <source>T</source>
        <translation></translation>
    </message>
    <message>
        <source>The scores file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep it a draft; do not submit.</source>
        <translation></translation>
    </message>
    <message>
        <source>A self-evaluation of your own call.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show one evaluation with its scores and notes.</source>
        <translation></translation>
    </message>
    <message>
        <source>List the evaluations you may see.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only about this agent.</source>
        <translation></translation>
    </message>
    <message>
        <source>draft or submitted.</source>
        <translation></translation>
    </message>
    <message>
        <source>When the agent asked (default today).</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent&apos;s words.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record the agent&apos;s request for another evaluator (R-ASSESS-4).</source>
        <translation></translation>
    </message>
    <message>
        <source>Record the agent&apos;s request for an extra monitored moment (R-ASSESS-5).</source>
        <translation></translation>
    </message>
    <message>
        <source>Store a scorecard template file as a draft (docs/templates.md).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a template version as JSON (to --out FILE or stdout).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write to this new file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Publish a draft version: known to agents, immutable (R-ASSESS-1).</source>
        <translation></translation>
    </message>
    <message>
        <source>List every scorecard template version.</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation %1 (%2) of recording %3: agent %4, evaluator %5</source>
        <translation></translation>
    </message>
    <message>
        <source>criterion: coach | self</source>
        <translation></translation>
    </message>
    <message>
        <source>adjusted %1: %2 -&gt; %3</source>
        <translation></translation>
    </message>
    <message>
        <source>evaluator signed %1</source>
        <translation></translation>
    </message>
    <message>
        <source>dispute %1: %2%3</source>
        <translation></translation>
    </message>
    <message>
        <source> (open)</source>
        <translation></translation>
    </message>
    <message>
        <source>Show a coach evaluation as the feedback session does: the coach&apos;s and the agent&apos;s own scores side by side, adjustments, sign-offs, disputes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Adjust one score of a submitted evaluation in the feedback session, before the agent signs (kept with before and after).</source>
        <translation></translation>
    </message>
    <message>
        <source>The criterion id.</source>
        <translation></translation>
    </message>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>The new score: a number, or n.a.</source>
        <translation></translation>
    </message>
    <message>
        <source>V</source>
        <translation></translation>
    </message>
    <message>
        <source>The new comment (default: unchanged).</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign off an evaluation with your own credential (--as, --pin-file): the agent first with --agree or --disagree and their view, then the evaluator, which seals it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent agrees with the outcome.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent disagrees with the outcome.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent&apos;s view, printed on the report.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the agent&apos;s view from FILE (UTF-8).</source>
        <translation></translation>
    </message>
    <message>
        <source>Dispute a signed evaluation of your own call (R-REPORT-2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Why.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolve a dispute with a note (the evaluator, or a manager).</source>
        <translation></translation>
    </message>
    <message>
        <source>The resolution.</source>
        <translation></translation>
    </message>
    <message>
        <source>List the open disputes of your evaluations.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the evaluation report as PDF (R-REPORT-1, R-ASSESS-2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The PDF file to write (must not exist).</source>
        <translation></translation>
    </message>
    <message>
        <source>nl or en (default: the interface language).</source>
        <translation></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation></translation>
    </message>
    <message>
        <source>Export all data held about a person into a new folder (GDPR art. 15, R-ACCESS-1): yourself, or anyone for a privacy officer.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder to create (must not exist or be empty).</source>
        <translation></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation></translation>
    </message>
    <message>
        <source>sweep at unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>agent signed %1, agreeing: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>agent signed %1, disagreeing: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>purge</source>
        <translation></translation>
    </message>
    <message>
        <source>sweep at restore</source>
        <translation></translation>
    </message>
    <message>
        <source>Destroy the recordings that are due (R-RETAIN-1/2), for a nightly job; --dry-run lists them and why.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only list what would go.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep a recording beyond its term, with the agent&apos;s written consent, a reason and an end date (R-RETAIN-1).</source>
        <translation></translation>
    </message>
    <message>
        <source>When the agent consented in writing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Why it must be kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>The last day it is kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault: same key, or a new passphrase (--new-passphrase-file or COACHVAULT_NEW_PASSPHRASE).</source>
        <translation></translation>
    </message>
    <message>
        <source>Protect the copy with the passphrase in FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore a backup into a new vault file; the retention sweep runs before anything can read it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The vault file to create.</source>
        <translation></translation>
    </message>
    <message>
        <source>customer disguised, agent identifiable by consent of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>both voices disguised</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the output .wav, .flac or .opus; the format follows the name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut an anonymised training clip from a coaching recording.</source>
        <translation></translation>
    </message>
    <message>
        <source>Start: mm:ss(.mmm) or seconds.</source>
        <translation></translation>
    </message>
    <message>
        <source>End: mm:ss(.mmm) or seconds.</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace A-B,… with a 1 kHz tone.</source>
        <translation></translation>
    </message>
    <message>
        <source>A-B,…</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace A-B,… with silence.</source>
        <translation></translation>
    </message>
    <message>
        <source>customer (needs the agent&apos;s written consent) or both (the default).</source>
        <translation></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation></translation>
    </message>
    <message>
        <source>Pitch shift in semitones, 1 to 8 (4).</source>
        <translation></translation>
    </message>
    <message>
        <source>The file: .wav, .flac or .opus.</source>
        <translation></translation>
    </message>
    <message>
        <source>List the clip library.</source>
        <translation></translation>
    </message>
    <message>
        <source>Also replace the transcript&apos;s accepted personal data with a tone (pii decide).</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep a coaching recording&apos;s transcript (WebVTT, SRT or JSON) and propose the personal data in it for redaction.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show a recording&apos;s transcript.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scan a recording&apos;s transcript for Dutch personal data and list the proposals with their decisions.</source>
        <translation></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation></translation>
    </message>
    <message>
        <source>List the names trainers added for the detector to find; --add adds one (repeatable).</source>
        <translation></translation>
    </message>
    <message>
        <source>Add this name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept or reject proposals, all or nothing; accepted ones are redacted by clip create --redact-accepted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept these proposals: ids, or all (every one the other option does not name).</source>
        <translation></translation>
    </message>
    <message>
        <source>Reject these proposals: ids, or all (every one the other option does not name).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClipCommands</name>
    <message>
        <source>&apos;%1&apos; is not a time: give mm:ss(.mmm) or seconds.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range: give START-END, e.g. 0:12-0:15.5.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give --from, --to and --out.</source>
        <translation></translation>
    </message>
    <message>
        <source>--disguise takes customer or both.</source>
        <translation></translation>
    </message>
    <message>
        <source>--strength takes %1 to %2 semitones.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported clip %1 to %2 (%3).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClipDesk</name>
    <message>
        <source>There is no recording %1 in this vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;%1&apos;: name the file .wav, .flac or .opus.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClipExporter</name>
    <message>
        <source>Ogg Opus takes audio at 8, 12, 16, 24 or 48 kHz; this call is %1 Hz. Export it as WAV or FLAC.</source>
        <translation></translation>
    </message>
    <message>
        <source>The clip could not be encoded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClipRenderer</name>
    <message>
        <source>The recording&apos;s audio cannot be decoded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The recording&apos;s audio cannot be read at the clip.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClipSpec</name>
    <message>
        <source>The clip must start before it ends and lie within the call (0 to %3 ms); %1 to %2 ms does not.</source>
        <translation></translation>
    </message>
    <message>
        <source>The redaction %1 to %2 ms must start before it ends and lie within the clip.</source>
        <translation></translation>
    </message>
    <message>
        <source>The disguise strength must be between %1 and %2 semitones.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Quality coaching for contact centres, with the law built in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a throwaway demo vault with made-up data; it is deleted on exit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Preselect the vault file at PATH.</source>
        <translation></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation></translation>
    </message>
    <message>
        <source>Use this interface language (nl or en).</source>
        <translation></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nl or en.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>A PIN needs at least 6 digits and nothing else.</source>
        <translation></translation>
    </message>
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The PIN or password is wrong (%n attempt(s) left before a pause).</source>
        <translation>
            <numerusform>The PIN or password is wrong (%n attempt left before a pause).</numerusform>
            <numerusform>The PIN or password is wrong (%n attempts left before a pause).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN or password is wrong; further attempts are slowed down.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many wrong attempts: signing in is paused until %1 UTC.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person has no PIN or password yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough memory to hash the credential.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CriteriaDocument</name>
    <message>
        <source>yes / no</source>
        <translation></translation>
    </message>
    <message>
        <source>yes / no / not applicable</source>
        <translation></translation>
    </message>
    <message>
        <source>1 to 5: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>0 to %1 points</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1, published on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1: a draft, not yet published; it cannot be used to evaluate calls.</source>
        <translation></translation>
    </message>
    <message>
        <source>Used for: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only calls that took place after the publication date are evaluated with this version (R-ASSESS-1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Critical: scored at its lowest value, it fails the call.</source>
        <translation></translation>
    </message>
    <message>
        <source>How the total is computed</source>
        <translation></translation>
    </message>
    <message>
        <source>Each scored criterion counts as a share of its scale (yes 100 %, no 0 %; 1 to 5 from 0 % to 100 %; points as a share of the maximum). The total is the weighted average of those shares; criteria that do not apply to the call are left out. A critical criterion scored at its lowest value fails the call whatever the total.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeadlineDisplay</name>
    <message>
        <source>evaluated</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluated; the term ran until %1 (R-ASSESS-3).</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluate today, by %1 (R-ASSESS-3); after that the recording is destroyed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Evaluate by %1, in %n day(s) (R-ASSESS-3); after that the recording is destroyed.</source>
        <translation>
            <numerusform>Evaluate by %1, in %n day (R-ASSESS-3); after that the recording is destroyed.</numerusform>
            <numerusform>Evaluate by %1, in %n days (R-ASSESS-3); after that the recording is destroyed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The evaluation term passed on %1 (R-ASSESS-3): the recording is destroyed at the next retention sweep.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DemoCalls</name>
    <message>
        <source>The demo call %1 has no coach and purpose in the demo content</source>
        <translation></translation>
    </message>
    <message>
        <source>The demo call %1 could not be imported: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DemoScorecards</name>
    <message>
        <source>The demo scorecard is missing from this build</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a demo vault may be given a scorecard published in the past</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Permanent</source>
        <translation></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation></translation>
    </message>
    <message>
        <source>On call</source>
        <translation></translation>
    </message>
    <message>
        <source>Agency staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Not staff</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>Company doctor</source>
        <translation></translation>
    </message>
    <message>
        <source>Works-council member</source>
        <translation></translation>
    </message>
    <message>
        <source>Confidential adviser</source>
        <translation></translation>
    </message>
    <message>
        <source>GDPR art. 6(1)(b), contract</source>
        <translation></translation>
    </message>
    <message>
        <source>GDPR art. 6(1)(f), legitimate interest</source>
        <translation></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>system</source>
        <comment>The locale for dates and times, e.g. nl_NL</comment>
        <translation></translation>
    </message>
    <message>
        <source>Recording destroyed on %1 (%2): %3. Its evaluations remain.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no published scorecard template &apos;%1&apos; (see &apos;template list&apos;).</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no evaluation &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no person &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>--status must be draft or submitted.</source>
        <translation></translation>
    </message>
    <message>
        <source>--date must be a date as YYYY-MM-DD.</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation %1 of recording %2: %3, %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>not scorable (everything n.a.)</source>
        <translation></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation></translation>
    </message>
    <message>
        <source>FAILED on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No evaluations.</source>
        <translation></translation>
    </message>
    <message>
        <source>Request %1 is recorded.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EvaluationDesk</name>
    <message>
        <source>There is no recording %1 in this vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no scorecard template version %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A self-evaluation uses the coach&apos;s scorecard: version %1 of &apos;%2&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>your self-evaluation of this call is submitted and can no longer change.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; is not on this scorecard.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos;: %2 is not on its scale (%3 to %4).</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; cannot be scored n.a.; its scale has no n.a.</source>
        <translation></translation>
    </message>
    <message>
        <source>A note at %1 ms lies outside the call (0 to %2 ms).</source>
        <translation></translation>
    </message>
    <message>
        <source>The note at %1 ms has no text.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not every criterion is scored yet: %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Monitoring is never the sole basis of an appraisal: this evaluation is one of several sources for the assessment, next to the conversations with the agent and their other work.</source>
        <translation></translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation report %1</source>
        <translation></translation>
    </message>
    <message>
        <source>CoachVault — evaluation report %1 — page %2 of %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, queue %2, %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>recording %1, destroyed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2), version %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation></translation>
    </message>
    <message>
        <source>not scorable</source>
        <translation></translation>
    </message>
    <message>
        <source>failed on a critical criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation></translation>
    </message>
    <message>
        <source>Criteria, scores and comments</source>
        <translation></translation>
    </message>
    <message>
        <source>Adjusted in the feedback session</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: from %2 to %3 (%4, %5)</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes on the call</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent&apos;s view</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent gave no view.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2 — signed on %3</source>
        <translation></translation>
    </message>
    <message>
        <source>agrees</source>
        <translation></translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation></translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — signed on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Sealed in the audit trail, SHA-256 %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation></translation>
    </message>
    <message>
        <source>No disputes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disputed on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EvaluationSeal</name>
    <message>
        <source>signed evaluation %1 was changed after sign-off: its content no longer matches the hash sealed in the audit trail</source>
        <translation></translation>
    </message>
    <message>
        <source>evaluation %1 is marked signed but the audit trail holds no seal for it</source>
        <translation></translation>
    </message>
    <message>
        <source>evaluation %1 was sealed at sign-off but is no longer marked signed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <source>There is no evaluation %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>evaluation %1 is submitted and can no longer change.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeedbackCommands</name>
    <message>
        <source>There is no evaluation &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no dispute &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no person &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>--score must be a whole number or n.a., not &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent signs with --agree or --disagree (one of them).</source>
        <translation></translation>
    </message>
    <message>
        <source>--agree, --disagree and --view are the agent&apos;s; the evaluator signs without them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>--language must be nl or en.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion %1 of evaluation %2 is adjusted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent signed off evaluation %1 and agrees.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent signed off evaluation %1 and disagrees.</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation %1 is signed off and sealed (SHA-256 %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Dispute %1 of evaluation %2 is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Dispute %1 is resolved.</source>
        <translation></translation>
    </message>
    <message>
        <source>No open disputes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeedbackDesk</name>
    <message>
        <source>There is no evaluation %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no dispute %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>the PIN or password given is not %1&apos;s; only %1 signs as %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; is not on this scorecard.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos;: %2 is not on its scale (%3 to %4).</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; cannot be scored n.a.; its scale has no n.a.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; needs a score; an adjustment cannot leave it open.</source>
        <translation></translation>
    </message>
    <message>
        <source>A dispute needs the agent&apos;s reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolving a dispute needs a note.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; already has this score and comment.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FeedbackStore</name>
    <message>
        <source>evaluation %1 is not a submitted, unsigned evaluation; it cannot change.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no dispute %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <source>%1: not imported, the import was cancelled</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportDiscovery</name>
    <message>
        <source>%1: no manifest found (a .csv or .json manifest, or a FILE.json sidecar next to each audio file)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no manifest entry for this audio file (list it in a .csv or .json manifest in its folder, or put a sidecar %2 next to it)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation></translation>
    </message>
    <message>
        <source>The system keychain holds no key for this vault (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). A vault protected by a passphrase can still be opened and created.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>--%1 %2 is not known; use one of: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 %2 is not a date (YYYY-MM-DD).</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>agent</source>
        <translation></translation>
    </message>
    <message>
        <source>coach</source>
        <translation></translation>
    </message>
    <message>
        <source>trainer</source>
        <translation></translation>
    </message>
    <message>
        <source>manager</source>
        <translation></translation>
    </message>
    <message>
        <source>privacy officer</source>
        <translation></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>&apos;%1&apos; is not a valid sign-in name: use 2 to 40 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sign-in name &apos;%1&apos; is already taken.</source>
        <translation></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>A person needs at least one role.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The policy is not valid JSON: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy field %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>is required</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation></translation>
    </message>
    <message>
        <source>must be &quot;coachvault-policy&quot; version 1</source>
        <translation></translation>
    </message>
    <message>
        <source>must enable at least one purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>is required for legal basis 6(1)(f) (the legitimate-interest assessment)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a telephone number</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>coaching, training and guidance</source>
        <translation></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation></translation>
    </message>
    <message>
        <source>process improvement and quality assurance</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordingAccess</name>
    <message>
        <source>There is no recording %1 in this vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>The waveform of recording %1 cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording %1 was destroyed on %2 (%3); only its evaluations remain.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordingCommands</name>
    <message>
        <source>Choose the purpose with --purpose coaching, assessment or quality.</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1, refused %2, failed %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>--level must be between 0 and %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordingStore</name>
    <message>
        <source>Recording %1 has no audio chunk %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording %1 has no stored waveform.</source>
        <translation></translation>
    </message>
    <message>
        <source>The stored waveform of recording %1 is damaged.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RetentionCommands</name>
    <message>
        <source>recording %1: %2, %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) would be destroyed now.</source>
        <translation>
            <numerusform>%n recording would be destroyed now.</numerusform>
            <numerusform>%n recordings would be destroyed now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) destroyed in %1 ms.</source>
        <translation>
            <numerusform>%n recording destroyed in %1 ms.</numerusform>
            <numerusform>%n recordings destroyed in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording %1 is kept until %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Encrypted backup written to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the vault file to restore into with --to PATH.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Restored to %1; the sweep destroyed %n recording(s) that were due.</source>
        <translation>
            <numerusform>Restored to %1; the sweep destroyed %n recording that were due.</numerusform>
            <numerusform>Restored to %1; the sweep destroyed %n recordings that were due.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; restore never overwrites a vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RetentionDesk</name>
    <message>
        <source>There is no recording %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording %1 was destroyed on %2; nothing can bring it back.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keeping a recording longer needs the agent&apos;s recorded consent: give the date of their written consent.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent&apos;s consent cannot be dated in the future (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Keeping a recording longer needs a reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keeping a recording longer needs an end date after today.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The policy allows keeping a recording at most %n day(s) longer, until %1.</source>
        <translation>
            <numerusform>The policy allows keeping a recording at most %n day longer, until %1.</numerusform>
            <numerusform>The policy allows keeping a recording at most %n days longer, until %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept until %1 with the agent&apos;s consent of %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RetentionSweep</name>
    <message>
        <source>its evaluation was signed off</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>its evaluation term of %n day(s) lapsed without a signed-off evaluation</source>
        <translation>
            <numerusform>its evaluation term of %n day lapsed without a signed-off evaluation</numerusform>
            <numerusform>its evaluation term of %n days lapsed without a signed-off evaluation</numerusform>
        </translation>
    </message>
    <message>
        <source>the retention agreed with the agent ended on %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RulesEngine</name>
    <message>
        <source>your roles do not allow %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>only a manager can authorise or revoke monitoring.</source>
        <translation></translation>
    </message>
    <message>
        <source>no policy with works-council consent is in force on %1; nothing can be monitored.</source>
        <translation></translation>
    </message>
    <message>
        <source>the purpose &apos;%1&apos; is not enabled by policy version %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>a new policy version needs its own works-council consent date.</source>
        <translation></translation>
    </message>
    <message>
        <source>the assessment purpose needs an assessment protocol with its own works-council consent date.</source>
        <translation></translation>
    </message>
    <message>
        <source>a public authority may rely on legitimate interest only for its internal operations; monitoring for the external client &apos;%1&apos; is not one.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not authorised by management to monitor for %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>an authorisation records the date the person accepted the duty of confidentiality.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not registered as an agent (permanent, temporary, on-call or agency staff) and cannot be monitored.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has a legal duty of confidentiality (company doctor, works council or confidential adviser); their calls are never monitored.</source>
        <translation></translation>
    </message>
    <message>
        <source>the call is private and is never monitored.</source>
        <translation></translation>
    </message>
    <message>
        <source>the call is to or from a private line on the policy&apos;s list and is never monitored.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not informed of the monitoring policy before the call on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>the customer was not told the call was recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; would store the customer&apos;s personal data; leave it out.</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no written agreement with the external client &apos;%1&apos; on record before the call.</source>
        <translation></translation>
    </message>
    <message>
        <source>agents were not informed beforehand of monitoring for the external client &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already has %2 call(s) monitored for %3 between %4 and %5, the policy&apos;s maximum.</source>
        <translation></translation>
    </message>
    <message>
        <source>data obtained for %1 cannot be used for %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>nobody monitors their own calls.</source>
        <translation></translation>
    </message>
    <message>
        <source>nobody evaluates their own calls.</source>
        <translation></translation>
    </message>
    <message>
        <source>the scorecard serves %1, not %2, the purpose this call was recorded for.</source>
        <translation></translation>
    </message>
    <message>
        <source>the scorecard version is a draft; only published criteria, known to agents in advance, evaluate a call.</source>
        <translation></translation>
    </message>
    <message>
        <source>the scorecard version was published on %1, after the call on %2; its criteria were not known in advance.</source>
        <translation></translation>
    </message>
    <message>
        <source>the agent asked for another evaluator than you for this call.</source>
        <translation></translation>
    </message>
    <message>
        <source>this call already has a coach evaluation; a second evaluator only on the agent&apos;s request.</source>
        <translation></translation>
    </message>
    <message>
        <source>the call on %1 is within %2 days after the agent&apos;s previous assessment evaluation (%3); the agent gets that time to improve first, unless they asked for an extra moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>only its evaluator changes an evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <source>the evaluation is submitted: it is the outcome the agent is told and can no longer change.</source>
        <translation></translation>
    </message>
    <message>
        <source>the coach&apos;s evaluation is not submitted yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>finish and submit your own self-evaluation of this call first; the coach&apos;s scores are not shown before.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another evaluator can be asked for only against a submitted coach evaluation of the agent&apos;s own call.</source>
        <translation></translation>
    </message>
    <message>
        <source>the agent already asked for three additional moments between %1 and %2, the most in one assessment period.</source>
        <translation></translation>
    </message>
    <message>
        <source>no policy in force on %1 enables the assessment purpose.</source>
        <translation></translation>
    </message>
    <message>
        <source>requests are recorded for agents only.</source>
        <translation></translation>
    </message>
    <message>
        <source>only a coach&apos;s evaluation has a feedback session; a self-evaluation is not signed off.</source>
        <translation></translation>
    </message>
    <message>
        <source>the evaluation is not submitted yet; the feedback session discusses the submitted outcome.</source>
        <translation></translation>
    </message>
    <message>
        <source>the evaluation is signed off by the agent and the evaluator and never changes.</source>
        <translation></translation>
    </message>
    <message>
        <source>only the evaluator adjusts the scores of an evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <source>the agent signed off these scores; they no longer change.</source>
        <translation></translation>
    </message>
    <message>
        <source>only the agent of the call and the evaluator sign off an evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <source>the agent signs off first, then the evaluator.</source>
        <translation></translation>
    </message>
    <message>
        <source>this person has already signed off.</source>
        <translation></translation>
    </message>
    <message>
        <source>an evaluation can be disputed once it is signed off; before that the agent gives their view at sign-off.</source>
        <translation></translation>
    </message>
    <message>
        <source>a dispute of this evaluation is still open; it is resolved first.</source>
        <translation></translation>
    </message>
    <message>
        <source>only the evaluator or a manager resolves a dispute of an evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <source>training clips come only from coaching recordings; this one was made for %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>the customer&apos;s voice is always disguised in a training clip.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has not consented in writing to identifiable use in training; disguise both voices.</source>
        <translation></translation>
    </message>
    <message>
        <source>transcripts are kept and scanned only for coaching recordings, from which training clips are cut; this one was made for %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>The scores file is not valid JSON: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Scores field %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>is required</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation></translation>
    </message>
    <message>
        <source>must be &quot;coachvault-scores&quot; version 1</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion of scorecard &apos;%2&apos; version %3</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is scored twice</source>
        <translation></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 0 to %1 (the call&apos;s length)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 0</source>
        <translation></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScorecardTemplate</name>
    <message>
        <source>The scorecard template is not valid JSON: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Template field %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>is required</source>
        <translation></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation></translation>
    </message>
    <message>
        <source>must be &quot;coachvault-scorecard&quot; version 1</source>
        <translation></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation></translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a number greater than 0 and at most 100</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 100</source>
        <translation></translation>
    </message>
    <message>
        <source>must hold exactly five labels, for 1 to 5</source>
        <translation></translation>
    </message>
    <message>
        <source>is only for the 1-5 scale</source>
        <translation></translation>
    </message>
    <message>
        <source>is only for the points scale</source>
        <translation></translation>
    </message>
    <message>
        <source>must hold at least one criterion in some section</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Exported to %1: %2 recordings (%3 with audio), %4 evaluations, %5 reports, %6 audit entries.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported on %1 by %2. The file data.json holds every item; the folder audio holds the recordings still held, reports the evaluation reports.</source>
        <translation></translation>
    </message>
    <message>
        <source>None.</source>
        <translation></translation>
    </message>
    <message>
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation></translation>
    </message>
    <message>
        <source>Authorised to monitor</source>
        <translation></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Who accessed your data (audit)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a template version id (see &apos;template list&apos;).</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft version %1 of &apos;%2&apos; is stored as template %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of &apos;%2&apos; is published on %3 and can no longer change.</source>
        <translation></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No scorecard templates yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>draft</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>There is no scorecard template version %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>There is no scorecard template version %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>version %1 of scorecard template &apos;%2&apos; was published on %3 and can never change; edit it as a new draft version.</source>
        <translation></translation>
    </message>
    <message>
        <source>The draft belongs to template &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TranscriptCommands</name>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Imported the transcript of recording %1: %2 segment(s), %n stretch(es) of personal data proposed for redaction.</source>
        <translation>
            <numerusform>Imported the transcript of recording %1: %2 segment(s), %n stretch(es) of personal data proposed for redaction.</numerusform>
            <numerusform>Imported the transcript of recording %1: %2 segment(s), %n stretch(es) of personal data proposed for redaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of proposal ids: give e.g. 3,4,7 or all.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give --accept IDS, --reject IDS, or both.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 name(s) added; the others were on the list already.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TranscriptDesk</name>
    <message>
        <source>There is no recording %1 in this vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording %1 has no transcript; import one first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The transcript runs to %1, but the recording lasts %2: is it the transcript of another call?</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use letters, spaces, hyphens and apostrophes, at most 60 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name at least one name to add.</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposal %1 cannot be both accepted and rejected.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) of the transcript within the clip are still to decide: accept or reject them first.</source>
        <translation>
            <numerusform>%n proposal(s) of the transcript within the clip are still to decide: accept or reject them first.</numerusform>
            <numerusform>%n proposal(s) of the transcript within the clip are still to decide: accept or reject them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptFormats</name>
    <message>
        <source>Transcript line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a cue number, found &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a timing line &quot;start --&gt; end&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>the timestamp is not hh:mm:ss.mmm</source>
        <translation></translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation></translation>
    </message>
    <message>
        <source>the cue starts before the previous cue</source>
        <translation></translation>
    </message>
    <message>
        <source>the cue has no text</source>
        <translation></translation>
    </message>
    <message>
        <source>The transcript has no cues.</source>
        <translation></translation>
    </message>
    <message>
        <source>The JSON transcript must have &quot;format&quot;: &quot;coachvault-transcript&quot; and &quot;version&quot;: 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The JSON transcript has no &quot;words&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON word %1: needs &quot;word&quot;, &quot;startMs&quot; and &quot;endMs&quot; with end after start.</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON word %1: starts before the word before it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TranscriptStore</name>
    <message>
        <source>%1 is not a proposal of the transcript of recording %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault has schema version %1, written by a newer CoachVault; this version understands up to %2. Update CoachVault to open it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Upgrading the vault to schema version %1 failed; it was left unchanged: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists; CoachVault will not overwrite it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a CoachVault vault; it is refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is too short to be a CoachVault vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLCipher encryption is not active in this build (PRAGMA cipher_version gave no answer); the vault is not opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key or passphrase does not open %1 (or it is not a CoachVault vault).</source>
        <translation></translation>
    </message>
    <message>
        <source>The vault refused the setting %1 (answer: %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>A vault key must be 32 bytes.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is an encrypted database but not a CoachVault vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 uses vault format %2, which this version of CoachVault does not know.</source>
        <translation></translation>
    </message>
    <message>
        <source>The vault is in use by another program; close it there and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Replacing the vault file failed (%1); the vault is unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <source>A vault passphrase needs at least %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>No keychain was given for a keychain vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Re-encrypting the vault failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Give the passphrase with --passphrase-file FILE or COACHVAULT_PASSPHRASE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Created vault %1; its key is kept in the system keychain.</source>
        <translation></translation>
    </message>
    <message>
        <source>Created vault %1; it opens with its passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>The vault is re-encrypted under a new key kept in the system keychain.</source>
        <translation></translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose either --to-keychain or --to-passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>temporary key (demo)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VaultKey</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::AdjustScoreDialog</name>
    <message>
        <source>Adjust score</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation></translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New score:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation></translation>
    </message>
    <message>
        <source>The score before the change stays on record and on the report.</source>
        <translation></translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::AppController</name>
    <message>
        <source>CoachVault demo</source>
        <translation></translation>
    </message>
    <message>
        <source>No private folder for the demo vault could be made in %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The demo vault could not be made: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::AreaPage</name>
    <message>
        <source>Nothing to show here yet: this area arrives in a later version of CoachVault.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::AuditArea</name>
    <message>
        <source>Anyone</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation></translation>
    </message>
    <message>
        <source>any action</source>
        <translation></translation>
    </message>
    <message>
        <source>The start of an action, e.g. &quot;person.&quot; for every change to persons.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation></translation>
    </message>
    <message>
        <source>Any</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation></translation>
    </message>
    <message>
        <source>and</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the entries again (F5)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation></translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed, inserted or reordered.</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation></translation>
    </message>
    <message>
        <source>You see the entries about your own data: who looked at or changed it, and when.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry checked.</numerusform>
            <numerusform>The audit trail is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::AuditTableModel</name>
    <message>
        <source>Person #%1</source>
        <translation></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <source>Object</source>
        <translation></translation>
    </message>
    <message>
        <source>About</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::AuthorisationTableModel</name>
    <message>
        <source>Person #%1</source>
        <translation></translation>
    </message>
    <message>
        <source>In force</source>
        <translation></translation>
    </message>
    <message>
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>Confidentiality accepted</source>
        <translation></translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::AuthorisationsTab</name>
    <message>
        <source>Only the persons listed here, authorised by management, may listen to and evaluate calls, and only for the purposes shown. Everyone can see this list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Who may listen to calls</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Authorise…</source>
        <translation></translation>
    </message>
    <message>
        <source>Authorise a person to monitor (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation></translation>
    </message>
    <message>
        <source>Revoke the selected authorisation (Del)</source>
        <translation></translation>
    </message>
    <message>
        <source>Revoke authorisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Revoke the authorisation of %1 (%2)? They can then no longer monitor for these purposes.</source>
        <translation></translation>
    </message>
    <message>
        <source>The authorisation of %1 was revoked.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::AuthoriseDialog</name>
    <message>
        <source>Authorise a person to monitor</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation></translation>
    </message>
    <message>
        <source>Only authorised persons may import, listen to and evaluate calls, and only for the purposes given here. The person must have accepted the duty of confidentiality.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation></translation>
    </message>
    <message>
        <source>Duty of confidentiality:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::CallPane</name>
    <message>
        <source>Agent and customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Call of %1, %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::ClipEditor</name>
    <message>
        <source>Set the clip&apos;s range</source>
        <translation></translation>
    </message>
    <message>
        <source>Redact a region</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove a redaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Change a redaction&apos;s fill</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the voice disguise</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the disguise&apos;s strength</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::ClipsArea</name>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>1 kHz tone</source>
        <translation></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut a clip</source>
        <translation></translation>
    </message>
    <message>
        <source>Library</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Coaching call:</source>
        <translation></translation>
    </message>
    <message>
        <source>The clip</source>
        <translation></translation>
    </message>
    <message>
        <source>Use selection (&amp;R)</source>
        <translation></translation>
    </message>
    <message>
        <source>Drag on the waveform to select, then press R.</source>
        <translation></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation></translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation></translation>
    </message>
    <message>
        <source>With</source>
        <translation></translation>
    </message>
    <message>
        <source>Redact selection (&amp;X)</source>
        <translation></translation>
    </message>
    <message>
        <source>Tone/silence (&amp;T)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation></translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer&apos;s voice</source>
        <translation></translation>
    </message>
    <message>
        <source>Both voices</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Disguise:</source>
        <translation></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Preview (P)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation></translation>
    </message>
    <message>
        <source>WAV, FLAC or Ogg Opus, loudness normalised, without metadata (Ctrl+E).</source>
        <translation></translation>
    </message>
    <message>
        <source>Made</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>Length</source>
        <translation></translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent relied on</source>
        <translation></translation>
    </message>
    <message>
        <source>Playing the clip as it will be exported: %1, %2 LUFS. Press P to stop.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a part of the call on the waveform first (drag).</source>
        <translation></translation>
    </message>
    <message>
        <source>Select what to redact on the waveform first (drag).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n semitone(s)</source>
        <translation>
            <numerusform>%n semitone</numerusform>
            <numerusform>%n semitones</numerusform>
        </translation>
    </message>
    <message>
        <source>Training clips are cut by trainers, coaches and managers.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>There are no coaching calls to cut clips from; only calls recorded for coaching may serve training (R-TRAIN-2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 consented in writing to identifiable use on %2; the agent&apos;s voice may stay recognisable.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has not consented to identifiable use: both voices are disguised (R-TRAIN-1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Export clip</source>
        <translation></translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.opus)</source>
        <translation></translation>
    </message>
    <message>
        <source>The clip was not exported: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Clip exported to %1 (%2 kB, loudness normalised).</source>
        <translation></translation>
    </message>
    <message>
        <source>both voices disguised</source>
        <translation></translation>
    </message>
    <message>
        <source>the customer&apos;s voice disguised</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>, %n redaction(s)</source>
        <translation>
            <numerusform>, %n redaction</numerusform>
            <numerusform>, %n redactions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s written consent of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>none needed: anonymised</source>
        <translation></translation>
    </message>
    <message>
        <source>Redact the personal data found in the transcript</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateVaultDialog</name>
    <message>
        <source>Create a new vault</source>
        <translation></translation>
    </message>
    <message>
        <source>A vault is one encrypted file that holds everything CoachVault keeps: recordings, evaluations, notes and the audit trail.</source>
        <translation></translation>
    </message>
    <message>
        <source>Where to save the vault</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation></translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation></translation>
    </message>
    <message>
        <source>Protect the vault with</source>
        <translation></translation>
    </message>
    <message>
        <source>The system &amp;keychain (recommended)</source>
        <translation></translation>
    </message>
    <message>
        <source>A &amp;passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation></translation>
    </message>
    <message>
        <source>A random key that your desktop&apos;s keychain keeps for your login. There is nothing to remember.</source>
        <translation></translation>
    </message>
    <message>
        <source>For computers without a keychain. Nobody can open the vault without the passphrase, and CoachVault cannot recover a forgotten one.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the new vault as</source>
        <translation></translation>
    </message>
    <message>
        <source>CoachVault vaults (*.cvault)</source>
        <translation></translation>
    </message>
    <message>
        <source>Too short: at least %1 characters (now %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation></translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose where to save the new vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose another name: CoachVault never overwrites a file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::CredentialDialog</name>
    <message>
        <source>Set PIN or password for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits; a password at least 10 characters. Give it to %1 in person.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New PIN or password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation></translation>
    </message>
    <message>
        <source>The two entries do not match yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::CriterionRow</name>
    <message>
        <source>critical</source>
        <translation></translation>
    </message>
    <message>
        <source>Scored at its lowest value, this criterion fails the whole call.</source>
        <translation></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not applicable to this call (9)</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment (Enter)</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::FeedbackArea</name>
    <message>
        <source>&amp;Evaluation:</source>
        <translation></translation>
    </message>
    <message>
        <source>signed</source>
        <translation></translation>
    </message>
    <message>
        <source>to discuss</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation %1 of %2&apos;s call, submitted %3 (%4)</source>
        <translation></translation>
    </message>
    <message>
        <source>No submitted evaluation to discuss yet. Once a coach submits an evaluation in the Review area, coach and agent go through it here and sign it off.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an evaluation above to go through it with the agent.</source>
        <translation></translation>
    </message>
    <message>
        <source>The recording of this call is no longer held; the evaluation and its sign-offs remain.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::FeedbackSessionPanel</name>
    <message>
        <source>no total</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, failed on a critical criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>Scores of the coach and the agent</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Adjust score…</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the selected criterion&apos;s score with the agent; the score before stays on record.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent&apos;s &amp;view on this evaluation:</source>
        <translation></translation>
    </message>
    <message>
        <source>What the agent thinks of the outcome, in their own words. It is kept with the evaluation and printed on the report.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;solve dispute…</source>
        <translation></translation>
    </message>
    <message>
        <source>a destroyed recording</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 with %2 on the call of %3 — %4, version %5</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Coach: %1 · Agent&apos;s self-evaluation: %2 · %n criterion/criteria scored differently</source>
        <translation>
            <numerusform>Coach: %1 · Agent&apos;s self-evaluation: %2 · %n criterion scored differently</numerusform>
            <numerusform>Coach: %1 · Agent&apos;s self-evaluation: %2 · %n criteria scored differently</numerusform>
        </translation>
    </message>
    <message>
        <source>Coach: %1 · The agent did not evaluate this call themselves.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 agreed and signed on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 disagreed and signed on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 signed on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 signs after the agent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Final. Sealed in the audit trail on %1 (SHA-256 %2); any later change is caught by the audit check.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disputed by %1 on %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Select the criterion to adjust first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent signed. Now the coach signs.</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed by both: the evaluation is final.</source>
        <translation></translation>
    </message>
    <message>
        <source>Dispute the evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>Why do you dispute this evaluation?</source>
        <translation></translation>
    </message>
    <message>
        <source>Your dispute is recorded; the coach will answer it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolve the dispute</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 wrote: %2

Your answer:</source>
        <translation></translation>
    </message>
    <message>
        <source>The dispute is resolved; the answer is on the report.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the evaluation report</source>
        <translation></translation>
    </message>
    <message>
        <source>evaluation-%1.pdf</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The report is saved to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::ImportProgressDialog</name>
    <message>
        <source>Importing calls</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop after the call being imported now; calls already imported stay in the vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopping after this call…</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing call %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation></translation>
    </message>
    <message>
        <source>Looking for calls…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::ImportSummaryDialog</name>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation></translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing of a refused or failed call was stored. Correct the file or its manifest entry and import again: calls already imported are recognised and not stored twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the whole report as text, one line per file</source>
        <translation></translation>
    </message>
    <message>
        <source>1 call imported for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 calls imported for %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 refused by the rules</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 not imported (cancelled)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::InboxArea</name>
    <message>
        <source>Calls and manifests (*.wav *.rf64 *.w64 *.flac *.ogg *.oga *.opus *.mp3 *.au *.aif *.aiff *.caf *.gsm *.csv *.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter or a double click opens the recording.</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;No calls in the vault yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop audio files or a folder here, or choose &lt;b&gt;Import files…&lt;/b&gt; (%1) or &lt;b&gt;Import folder…&lt;/b&gt; above.&lt;/p&gt;&lt;p&gt;Each call needs an entry in a manifest: a CSV or JSON file next to the audio, or a sidecar &lt;i&gt;call.wav.json&lt;/i&gt;. It names the agent, when the call started and whether the customer heard the recording notice; the format is described in &lt;i&gt;docs/manifest.md&lt;/i&gt;. Every call is checked against the monitoring rules before anything is stored.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;No calls in the vault yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Coaches and managers import sampled calls; they will be listed here.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;No recordings of your calls&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a coach imports one of your calls for coaching or assessment, you will see it here.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import calls from audio files and their manifests (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Import every call described by the manifests in a folder and its subfolders</source>
        <translation></translation>
    </message>
    <message>
        <source>What the imported calls will be used for. A call keeps this purpose for ever (R-PURPOSE-1), and the policy must allow it.</source>
        <translation></translation>
    </message>
    <message>
        <source>For &amp;purpose:</source>
        <translation></translation>
    </message>
    <message>
        <source>You see the recordings of your own calls.</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter by agent, queue, purpose…</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter recordings</source>
        <translation></translation>
    </message>
    <message>
        <source>1 recording</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 recordings</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of 1 recording</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 recordings</source>
        <translation></translation>
    </message>
    <message>
        <source>Import calls</source>
        <translation></translation>
    </message>
    <message>
        <source>Import the calls in a folder</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;Drop to import these calls for %1&lt;/p&gt;&lt;p style=&apos;font-size:10pt; font-weight:normal&apos;&gt;Files and folders; each call needs a manifest entry&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;a href=&apos;evaluation:%1&apos;&gt;Evaluation %1&lt;/a&gt; is disputed by %2 since %3: answer it in the Feedback area.</source>
        <translation></translation>
    </message>
    <message>
        <source>call %1 of %2, on %3 (%4)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) will be destroyed within 7 days: %1.</source>
        <translation>
            <numerusform>%n call will be destroyed within 7 days: %1.</numerusform>
            <numerusform>%n calls will be destroyed within 7 days: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::LockScreen</name>
    <message>
        <source>CoachVault is locked</source>
        <translation></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock with system keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>This demo vault holds made-up data only, so it needs no passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the vault&apos;s passphrase to unlock.</source>
        <translation></translation>
    </message>
    <message>
        <source>This passphrase does not unlock the vault. Check it and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key in the system keychain no longer matches this vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your PIN or password</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your PIN or password to continue.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your PIN or password to unlock.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation></translation>
    </message>
    <message>
        <source>Review</source>
        <translation></translation>
    </message>
    <message>
        <source>Here you will listen to a call, score it against a published scorecard and add comments at moments in the conversation.</source>
        <translation></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation></translation>
    </message>
    <message>
        <source>Clips</source>
        <translation></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation></translation>
    </message>
    <message>
        <source>People &amp; policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation reports for agents, group reports without traceable individuals and the record of processing will be printed from here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation></translation>
    </message>
    <message>
        <source>Key: system keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>Key: passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>Key: temporary (demo)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (demo) — CoachVault</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — CoachVault</source>
        <translation></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About CoachVault</source>
        <translation></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo vault with made-up data; it is deleted when CoachVault closes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Locked at your request.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n second(s) without activity.</source>
        <translation>
            <numerusform>Locked after %n second without activity.</numerusform>
            <numerusform>Locked after %n seconds without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>About CoachVault</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoachVault %1&lt;/h3&gt;&lt;p&gt;Quality coaching for contact centres, with the law built in.&lt;/p&gt;&lt;p&gt;Call recordings, evaluations and notes are kept in an encrypted vault on this computer and handled by the rules of the Dutch contact-centre guideline on quality monitoring and the GDPR.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>The people in this vault and their roles, who is authorised to listen to calls, and the monitoring policy with the works council&apos;s consent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Every access to personal data and every change: who, what, when, and whether the rules allowed it.</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;witch person…</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>The sampled calls you may listen to, newest first. Coaches and managers bring calls in here from a telephony export.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scorecards and their criteria. A version evaluates calls only once it is published, and only calls after its publication; published criteria can always be printed for the agents.</source>
        <translation></translation>
    </message>
    <message>
        <source>Go through a submitted evaluation with the agent, next to their self-evaluation; the agent gives their view, and both sign off.</source>
        <translation></translation>
    </message>
    <message>
        <source>My data</source>
        <translation></translation>
    </message>
    <message>
        <source>What this vault holds about you: your recordings, evaluations and reports, who accessed them, who may monitor you and the policy in force; export it all with one button.</source>
        <translation></translation>
    </message>
    <message>
        <source>sweep while open</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut anonymised training clips from coaching recordings: redact personal details, disguise the voices, preview and export.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::MyDataArea</name>
    <message>
        <source>&amp;Data about:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation></translation>
    </message>
    <message>
        <source>Write everything shown here, the audio still held and the evaluation reports into a folder you choose (Ctrl+E).</source>
        <translation></translation>
    </message>
    <message>
        <source>Export data to folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::NoteList</name>
    <message>
        <source>Notes at moments in the call (N adds one at the playhead)</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter or a double click plays from the note&apos;s moment; Delete removes it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Note at %1 — Enter adds it, Escape drops it</source>
        <translation></translation>
    </message>
    <message>
        <source>Note at %1 on “%2” — Enter adds it, Escape drops it</source>
        <translation></translation>
    </message>
    <message>
        <source>Note at %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::PeopleArea</name>
    <message>
        <source>&amp;Persons</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Who may listen to calls</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;olicy</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. sanne.devries</source>
        <translation></translation>
    </message>
    <message>
        <source>Persons with a legal duty of confidentiality are never monitored (R-SCOPE-2).</source>
        <translation></translation>
    </message>
    <message>
        <source>What the agent agreed to</source>
        <translation></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Duty of confidentiality:</source>
        <translation></translation>
    </message>
    <message>
        <source>Informed of the policy:</source>
        <translation></translation>
    </message>
    <message>
        <source>Training consent:</source>
        <translation></translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sign-in name uses lower-case letters, digits, dots, dashes and underscores only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation></translation>
    </message>
    <message>
        <source>Describe what the training consent covers.</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes, on</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::PersonTableModel</name>
    <message>
        <source>%1 (no longer active)</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation></translation>
    </message>
    <message>
        <source>Protected status</source>
        <translation></translation>
    </message>
    <message>
        <source>Training consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::PersonsTab</name>
    <message>
        <source>Persons</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a person (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation></translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation></translation>
    </message>
    <message>
        <source>The PIN or password of %1 was set.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::PolicyEditorDialog</name>
    <message>
        <source>per week</source>
        <translation></translation>
    </message>
    <message>
        <source>per month</source>
        <translation></translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation></translation>
    </message>
    <message>
        <source>per year</source>
        <translation></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation></translation>
    </message>
    <message>
        <source>New version of the monitoring policy</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation and consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Private organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Public authority (e.g. a municipality)</source>
        <translation></translation>
    </message>
    <message>
        <source>Each version needs its own consent of the works council (R-POLICY-2).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation></translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation></translation>
    </message>
    <message>
        <source>Works-council &amp;consent on:</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes and sampling</source>
        <translation></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation></translation>
    </message>
    <message>
        <source>LIA reference</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation></translation>
    </message>
    <message>
        <source>6(1)(b) contract</source>
        <translation></translation>
    </message>
    <message>
        <source>6(1)(f) legitimate interest</source>
        <translation></translation>
    </message>
    <message>
        <source>The legal basis under GDPR article 6(1)</source>
        <translation></translation>
    </message>
    <message>
        <source>needed for 6(1)(f)</source>
        <translation></translation>
    </message>
    <message>
        <source>Assessment protocol (needed for the assessment purpose)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation></translation>
    </message>
    <message>
        <source>Works-council consent o&amp;n:</source>
        <translation></translation>
    </message>
    <message>
        <source>Terms and limits</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Evaluation term (days):</source>
        <translation></translation>
    </message>
    <message>
        <source>Longest retention e&amp;xtension (days):</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum &amp;group size in reports:</source>
        <translation></translation>
    </message>
    <message>
        <source>Days between assessment &amp;monitorings:</source>
        <translation></translation>
    </message>
    <message>
        <source>Screen &amp;lock after (minutes):</source>
        <translation></translation>
    </message>
    <message>
        <source>Private lines (never monitored)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the lines on record</source>
        <translation></translation>
    </message>
    <message>
        <source>Add numbers, one per line</source>
        <translation></translation>
    </message>
    <message>
        <source>Assessment protocol reference</source>
        <translation></translation>
    </message>
    <message>
        <source>Works-council consent on the assessment protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>Private lines</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation></translation>
    </message>
    <message>
        <source>LIA reference for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls per agent for %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n private line(s) on record, kept as keyed hashes: the numbers themselves are not stored.</source>
        <translation>
            <numerusform>%n private line on record, kept as a keyed hash: the number itself is not stored.</numerusform>
            <numerusform>%n private lines on record, kept as keyed hashes: the numbers themselves are not stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1. Check the form and save it as a new version.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::PolicyHistoryModel</name>
    <message>
        <source>%1 (in force)</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation></translation>
    </message>
    <message>
        <source>Works-council consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::PolicyTab</name>
    <message numerus="yes">
        <source>%n call(s) per agent per week</source>
        <translation>
            <numerusform>%n call per agent per week</numerusform>
            <numerusform>%n calls per agent per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per agent per month</source>
        <translation>
            <numerusform>%n call per agent per month</numerusform>
            <numerusform>%n calls per agent per month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per agent per quarter</source>
        <translation>
            <numerusform>%n call per agent per quarter</numerusform>
            <numerusform>%n calls per agent per quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per agent per year</source>
        <translation>
            <numerusform>%n call per agent per year</numerusform>
            <numerusform>%n calls per agent per year</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft a new version of the policy (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation></translation>
    </message>
    <message>
        <source>All &amp;versions (select one to read it):</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 is in force since %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>No policy with works-council consent is in force: nothing can be monitored (R-POLICY-1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of the policy was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy version %1%2</source>
        <translation></translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Public authority: legitimate interest only for internal operations such as quality monitoring (R-POLICY-3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Private organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation></translation>
    </message>
    <message>
        <source>Works-council consent</source>
        <translation></translation>
    </message>
    <message>
        <source>not recorded (R-POLICY-2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation></translation>
    </message>
    <message>
        <source>LIA %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation></translation>
    </message>
    <message>
        <source>Assessment protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, works-council consent on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation term</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest retention extension</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum group size in reports</source>
        <translation></translation>
    </message>
    <message>
        <source>Between assessment monitorings</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>at least %n day(s)</source>
        <translation>
            <numerusform>at least %n day</numerusform>
            <numerusform>at least %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s) without activity</source>
        <translation>
            <numerusform>after %n minute without activity</numerusform>
            <numerusform>after %n minutes without activity</numerusform>
        </translation>
    </message>
    <message>
        <source>Private lines</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s), never monitored (kept as keyed hashes)</source>
        <translation>
            <numerusform>%n number, never monitored (kept as a keyed hash)</numerusform>
            <numerusform>%n numbers, never monitored (kept as keyed hashes)</numerusform>
        </translation>
    </message>
    <message>
        <source>External clients</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::RecordingDetails</name>
    <message>
        <source>Agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Call started</source>
        <translation></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation></translation>
    </message>
    <message>
        <source>Queue or team</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Mono: agent and customer together</source>
        <translation></translation>
    </message>
    <message>
        <source>Stereo: agent left, customer right</source>
        <translation></translation>
    </message>
    <message>
        <source>Stereo: customer left, agent right</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2, %3 Hz</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::RecordingTableModel</name>
    <message>
        <source>Outbound</source>
        <translation></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Call start</source>
        <translation></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluate by</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::RetainDialog</name>
    <message>
        <source>Keep this recording longer</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>A recording is destroyed once its evaluation is signed off or its evaluation term lapses. It may be kept longer only for an urgent reason, with %1&apos;s written consent, and until a date at most %n day(s) from today (R-RETAIN-1).</source>
        <translation>
            <numerusform>A recording is destroyed once its evaluation is signed off or its evaluation term lapses. It may be kept longer only for an urgent reason, with %1&apos;s written consent, and until a date at most %n day from today (R-RETAIN-1).</numerusform>
            <numerusform>A recording is destroyed once its evaluation is signed off or its evaluation term lapses. It may be kept longer only for an urgent reason, with %1&apos;s written consent, and until a date at most %n days from today (R-RETAIN-1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 consented in &amp;writing</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Consent dated:</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. a complaint about this call is being handled</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::ReviewArea</name>
    <message>
        <source>No call is open. Open one from the Inbox: double-click it or select it and press Enter.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep longer…</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep this recording beyond its term, with the agent&apos;s written consent, a reason and an end date.</source>
        <translation></translation>
    </message>
    <message>
        <source>This recording is kept until %1, with the agent&apos;s consent of %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::ScoreComparisonModel</name>
    <message>
        <source>n.a.</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>The coach and the agent scored this differently.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent (self-evaluation)</source>
        <translation></translation>
    </message>
    <message>
        <source>Coach&apos;s comment</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent&apos;s comment</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::ScorecardPanel</name>
    <message>
        <source>Scorecard</source>
        <translation></translation>
    </message>
    <message>
        <source>Sub&amp;mit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock the evaluation: after this nobody can change your scores.</source>
        <translation></translation>
    </message>
    <message>
        <source>Start my self-evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, version %2 (published %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Score your own call on the same scorecard as your coach. You will not see the coach&apos;s scores until you have submitted yours.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the scorecard to evaluate this call with. Only versions published before the call took place may be used (R-ASSESS-1).</source>
        <translation></translation>
    </message>
    <message>
        <source>No scorecard for %1 was published before this call took place; criteria must be known in advance (R-ASSESS-1).</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no published scorecard for %1 yet. A manager publishes one in the Templates area.</source>
        <translation></translation>
    </message>
    <message>
        <source>The scorecard of this evaluation cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Self-evaluation: %1, version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation: %1, version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted on %1; it can no longer be changed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>No total yet: %n criterion/criteria still to score.</source>
        <translation>
            <numerusform>No total yet: %n criterion still to score.</numerusform>
            <numerusform>No total yet: %n criteria still to score.</numerusform>
        </translation>
    </message>
    <message>
        <source>No total: every criterion is not applicable.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Total so far %1 (%n criterion/criteria still to score)</source>
        <translation>
            <numerusform>Total so far %1 (%n criterion still to score)</numerusform>
            <numerusform>Total so far %1 (%n criteria still to score)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed on a critical criterion: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed; saving…</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft, saved automatically at %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Score every criterion before you submit: %n still open.</source>
        <translation>
            <numerusform>Score every criterion before you submit: %n still open.</numerusform>
            <numerusform>Score every criterion before you submit: %n still open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>After submitting, nobody can change these scores. The agent will see them in the feedback session. Submit now?</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation is submitted.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>A new language is used from the next time CoachVault starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>CoachVault locks itself after %n minute(s) without activity. The vault&apos;s policy sets this time.</source>
        <translation>
            <numerusform>CoachVault locks itself after %n minute without activity. The vault&apos;s policy sets this time.</numerusform>
            <numerusform>CoachVault locks itself after %n minutes without activity. The vault&apos;s policy sets this time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CoachVault locks itself after %n second(s) without activity.</source>
        <translation>
            <numerusform>CoachVault locks itself after %n second without activity.</numerusform>
            <numerusform>CoachVault locks itself after %n seconds without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::SignInScreen</name>
    <message>
        <source>Sign-in name</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. sanne</source>
        <translation></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo: every PIN is 123456 (for example sign in as sanne, mieke or piet).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-in na&amp;me:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation></translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>This vault has no people yet. The first person is an administrator, who then adds everyone else.</source>
        <translation></translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in with your own name and PIN: everything you do in the vault is recorded in your name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your PIN or password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sign-in name uses lower-case letters, digits, dots, dashes and underscores only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 digits or a password of at least 10 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two entries do not match yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::SignOffBox</name>
    <message>
        <source>1. The agent signs</source>
        <translation></translation>
    </message>
    <message>
        <source>2. The coach signs</source>
        <translation></translation>
    </message>
    <message>
        <source>I &amp;agree with this evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>I &amp;disagree</source>
        <translation></translation>
    </message>
    <message>
        <source>Own PIN or password</source>
        <translation></translation>
    </message>
    <message>
        <source>The agent&apos;s PIN or password</source>
        <translation></translation>
    </message>
    <message>
        <source>The coach&apos;s PIN or password</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign as agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign as coach</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 chooses, writes their view above and signs with their own PIN or password.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 signs with their own PIN or password; the evaluation is then final and sealed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::SubjectDataView</name>
    <message numerus="yes">
        <source>at most %n call(s) per agent a week</source>
        <translation>
            <numerusform>at most %n call per agent a week</numerusform>
            <numerusform>at most %n calls per agent a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n call(s) per agent a quarter</source>
        <translation>
            <numerusform>at most %n call per agent a quarter</numerusform>
            <numerusform>at most %n calls per agent a quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n call(s) per agent a year</source>
        <translation>
            <numerusform>at most %n call per agent a year</numerusform>
            <numerusform>at most %n calls per agent a year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n call(s) per agent a month</source>
        <translation>
            <numerusform>at most %n call per agent a month</numerusform>
            <numerusform>at most %n calls per agent a month</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>Coach evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation></translation>
    </message>
    <message>
        <source> — agent agrees</source>
        <translation></translation>
    </message>
    <message>
        <source> — agent disagrees</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>, %n open dispute(s)</source>
        <translation>
            <numerusform>, %n open dispute</numerusform>
            <numerusform>, %n open disputes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>Length</source>
        <translation></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Who accessed</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Who</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Object</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Who may monitor</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation></translation>
    </message>
    <message>
        <source>Since</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the call in the Review area.</source>
        <translation></translation>
    </message>
    <message>
        <source> (critical criterion failed)</source>
        <translation></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the evaluation in the Feedback area.</source>
        <translation></translation>
    </message>
    <message>
        <source>CoachVault</source>
        <translation></translation>
    </message>
    <message>
        <source>No monitoring policy is in force: no calls may be monitored.</source>
        <translation></translation>
    </message>
    <message>
        <source>Monitoring policy of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>In force since %1; the works council consented on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes and how often:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>A call is evaluated within %n day(s); when that term lapses, or once the evaluation is signed off, the recording is destroyed.</source>
        <translation>
            <numerusform>A call is evaluated within %n day; when that term lapses, or once the evaluation is signed off, the recording is destroyed.</numerusform>
            <numerusform>A call is evaluated within %n days; when that term lapses, or once the evaluation is signed off, the recording is destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A recording is kept longer only with your written consent, a reason and an end date, at most %n day(s) longer.</source>
        <translation>
            <numerusform>A recording is kept longer only with your written consent, a reason and an end date, at most %n day longer.</numerusform>
            <numerusform>A recording is kept longer only with your written consent, a reason and an end date, at most %n days longer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between two assessment monitorings you have at least %n day(s) to improve.</source>
        <translation>
            <numerusform>Between two assessment monitorings you have at least %n day to improve.</numerusform>
            <numerusform>Between two assessment monitorings you have at least %n days to improve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluations (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Who accessed (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Who may monitor (%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesArea</name>
    <message>
        <source>&amp;Import…</source>
        <translation></translation>
    </message>
    <message>
        <source>Read a scorecard from a JSON file (docs/templates.md); it becomes the draft of its template</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation></translation>
    </message>
    <message>
        <source>Make the selected draft final: it can then evaluate calls that take place from now on, and can never be changed (R-ASSESS-1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the selected version as a JSON file</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>The criteria as agents read them, to print or hand out</source>
        <translation></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Published</source>
        <translation></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation></translation>
    </message>
    <message>
        <source>Import a scorecard</source>
        <translation></translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the scorecard</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the criteria as PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>published</source>
        <translation></translation>
    </message>
    <message>
        <source>draft</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported as a draft of “%1”. Publish it to use it for calls from then on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Publish the scorecard</source>
        <translation></translation>
    </message>
    <message>
        <source>Publish version %1 of “%2” now? Agents can then read its criteria; it evaluates calls that take place from now on and can never be changed again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of “%2” is published.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The criteria are saved in %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::TranscriptPanel</name>
    <message>
        <source>BSN</source>
        <translation></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation></translation>
    </message>
    <message>
        <source>date</source>
        <translation></translation>
    </message>
    <message>
        <source>house number</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>to decide</source>
        <translation></translation>
    </message>
    <message>
        <source>redact</source>
        <translation></translation>
    </message>
    <message>
        <source>keep</source>
        <translation></translation>
    </message>
    <message>
        <source>Personal data in the transcript</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import transcript…</source>
        <translation></translation>
    </message>
    <message>
        <source>A WebVTT, SRT or JSON transcript of this call. It is kept in the vault with the call and destroyed with it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add &amp;names…</source>
        <translation></translation>
    </message>
    <message>
        <source>Names the detector should find too, e.g. surnames common in your region.</source>
        <translation></translation>
    </message>
    <message>
        <source>Found</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>At</source>
        <translation></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked: redact. Unchecked: keep. Y accepts, N rejects the selected ones; double-click to hear where it is.</source>
        <translation></translation>
    </message>
    <message>
        <source>Redact (&amp;Y)</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep (&amp;N)</source>
        <translation></translation>
    </message>
    <message>
        <source>Redact the accepted (&amp;A)</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a coaching call.</source>
        <translation></translation>
    </message>
    <message>
        <source>This call has no transcript yet. Import one to find the personal data in it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) of personal data found, %1 still to decide.</source>
        <translation>
            <numerusform>%n stretch(es) of personal data found, %1 still to decide.</numerusform>
            <numerusform>%n stretch(es) of personal data found, %1 still to decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>No personal data found in the transcript.</source>
        <translation></translation>
    </message>
    <message>
        <source>Transcript of this call</source>
        <translation></translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The transcript %1 was not imported: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Transcript imported: %n stretch(es) of personal data found. Check what to redact (Y) and what may stay (N), then press A.</source>
        <translation>
            <numerusform>Transcript imported: %n stretch(es) of personal data found. Check what to redact (Y) and what may stay (N), then press A.</numerusform>
            <numerusform>Transcript imported: %n stretch(es) of personal data found. Check what to redact (Y) and what may stay (N), then press A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) added to the list the detector uses.</source>
        <translation>
            <numerusform>%n name(s) added to the list the detector uses.</numerusform>
            <numerusform>%n name(s) added to the list the detector uses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add names</source>
        <translation></translation>
    </message>
    <message>
        <source>Names for the detector to find, separated by commas:</source>
        <translation></translation>
    </message>
    <message>
        <source>No proposal is accepted yet: check what to redact (Y) first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::TransportBar</name>
    <message>
        <source>Back 5 s</source>
        <translation></translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow, J)</source>
        <translation></translation>
    </message>
    <message>
        <source>Play</source>
        <translation></translation>
    </message>
    <message>
        <source>Play (Space, L)</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation></translation>
    </message>
    <message>
        <source>Position</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation></translation>
    </message>
    <message>
        <source>Playback speed; the pitch stays the same ([ slower, ] faster)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation></translation>
    </message>
    <message>
        <source>Mute agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Do not hear the agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation></translation>
    </message>
    <message>
        <source>Hear only the agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Mute customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Do not hear the customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer only</source>
        <translation></translation>
    </message>
    <message>
        <source>Hear only the customer</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation></translation>
    </message>
    <message>
        <source>Pause (Space, K)</source>
        <translation></translation>
    </message>
    <message>
        <source>This recording is mono: agent and customer share one channel.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::UnlockScreen</name>
    <message>
        <source>Open a vault — CoachVault</source>
        <translation></translation>
    </message>
    <message>
        <source>Open your vault to start. Recordings, evaluations and notes stay encrypted on this computer.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Vault file</source>
        <translation></translation>
    </message>
    <message>
        <source>Path to a .cvault file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>The key of this vault is kept in your system keychain.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock with system keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation></translation>
    </message>
    <message>
        <source>First time here? A new vault takes a minute.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a vault file, or create a new vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation></translation>
    </message>
    <message>
        <source>CoachVault vaults (*.cvault);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no vault at this location yet. Choose another file, or create a new vault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the vault&apos;s passphrase to unlock it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This passphrase does not unlock the vault. Check it and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>sweep at unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>The vault was not opened: destroying the recordings that are due failed (%1).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cv::ui::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation></translation>
    </message>
    <message>
        <source>The call&apos;s audio over time, one lane per channel. Click to play from a moment, drag to select a range. The wheel scrolls; Ctrl+wheel, plus and minus zoom.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scroll the waveform</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation></translation>
    </message>
    <message>
        <source>Marker at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <comment>marker label, time</comment>
        <translation></translation>
    </message>
</context>
</TS>
