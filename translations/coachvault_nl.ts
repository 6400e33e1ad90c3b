<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Administration</name>
    <message>
        <source>There is no person &apos;%1&apos;.</source>
        <translation>Er is geen persoon &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>Er is geen persoon #%1.</translation>
    </message>
    <message>
        <source>the vault already has people; only an administrator adds more.</source>
        <translation>de kluis heeft al personen; alleen een beheerder voegt er meer toe.</translation>
    </message>
    <message>
        <source>the first person of a vault must be an administrator.</source>
        <translation>de eerste persoon in een kluis moet een beheerder zijn.</translation>
    </message>
    <message>
        <source>Signing in as &apos;%1&apos; failed.</source>
        <translation>Inloggen als &apos;%1&apos; is mislukt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer active.</source>
        <translation>&apos;%1&apos; is niet meer actief.</translation>
    </message>
    <message>
        <source>There is no authorisation #%1.</source>
        <translation>Er is geen autorisatie #%1.</translation>
    </message>
</context>
<context>
    <name>AudioDecoder</name>
    <message>
        <source>not an audio file CoachVault can read (%1)</source>
        <translation>geen audiobestand dat CoachVault kan lezen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s); only mono and stereo calls are supported</source>
        <translation>
            <numerusform>%n kanaal; alleen mono- en stereogesprekken worden ondersteund</numerusform>
            <numerusform>%n kanalen; alleen mono- en stereogesprekken worden ondersteund</numerusform>
        </translation>
    </message>
    <message>
        <source>a sample rate of %1 Hz is not a telephone recording</source>
        <translation>een samplefrequentie van %1 Hz is geen telefoonopname</translation>
    </message>
    <message>
        <source>the recording holds no audio</source>
        <translation>de opname bevat geen geluid</translation>
    </message>
    <message>
        <source>the stream cannot be read from an arbitrary position</source>
        <translation>de stroom kan niet vanaf een willekeurige positie worden gelezen</translation>
    </message>
    <message>
        <source>%1 bytes is not a whole number of 33-byte raw GSM 6.10 frames; the file is truncated or not raw GSM</source>
        <translation>%1 bytes is geen geheel aantal raw GSM 6.10-frames van 33 bytes; het bestand is afgekapt of geen raw GSM</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit trail is broken at entry %1: it was altered, or an entry before it was removed, inserted or moved</source>
        <translation>de audittrail is verbroken bij regel %1: die is gewijzigd, of een regel ervoor is verwijderd, ingevoegd of verplaatst</translation>
    </message>
    <message>
        <source>the audit trail is broken at entry %1: entry %2 is missing</source>
        <translation>de audittrail is verbroken bij regel %1: regel %2 ontbreekt</translation>
    </message>
    <message>
        <source>the audit trail is broken after entry %1: entries up to %2 were removed</source>
        <translation>de audittrail is verbroken na regel %1: regels tot en met %2 zijn verwijderd</translation>
    </message>
    <message>
        <source>the audit trail is broken: its head record is missing or altered</source>
        <translation>de audittrail is verbroken: het beginrecord ontbreekt of is gewijzigd</translation>
    </message>
</context>
<context>
    <name>AuthorisationStore</name>
    <message>
        <source>There is no authorisation #%1.</source>
        <translation>Er is geen autorisatie #%1.</translation>
    </message>
    <message>
        <source>Authorisation #%1 is already revoked.</source>
        <translation>Autorisatie #%1 is al ingetrokken.</translation>
    </message>
    <message>
        <source>An authorisation names at least one purpose.</source>
        <translation>Een autorisatie noemt ten minste één doel.</translation>
    </message>
</context>
<context>
    <name>CallImporter</name>
    <message>
        <source>%1: there is no person &apos;%2&apos;</source>
        <translation>%1: er is geen persoon &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1: this call was already imported as recording %2</source>
        <translation>%1: dit gesprek is al geïmporteerd als opname %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the audio is damaged (%2)</source>
        <translation>%1: de audio is beschadigd (%2)</translation>
    </message>
    <message>
        <source>%1: the recording holds no audio</source>
        <translation>%1: de opname bevat geen audio</translation>
    </message>
    <message>
        <source>%1: agentChannel says left or right, but the recording is mono</source>
        <translation>%1: agentChannel noemt links of rechts, maar de opname is mono</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), not an audio file</source>
        <translation>%1: het bestand is leeg (0 bytes), geen audiobestand</translation>
    </message>
    <message>
        <source>%1: the header claims %2 of audio but the file holds %3; it is truncated or its header is wrong</source>
        <translation>%1: de header belooft %2 audio maar het bestand bevat %3; het is afgekapt of de header klopt niet</translation>
    </message>
    <message>
        <source>%1: the name ends in .%2 but the file holds %3 audio; the name and the content must agree</source>
        <translation>%1: de naam eindigt op .%2 maar het bestand bevat %3-audio; naam en inhoud moeten overeenkomen</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing of this call was kept</source>
        <translation>%1: import geannuleerd; niets van dit gesprek is bewaard</translation>
    </message>
</context>
<context>
    <name>CallManifest</name>
    <message>
        <source>Cannot read the manifest %1: %2</source>
        <translation>Het manifest %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>must be a date and time with its UTC offset, e.g. 2026-03-02T09:30:00+01:00</source>
        <translation>moet een datum en tijd met UTC-verschil zijn, bijv. 2026-03-02T09:30:00+01:00</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is missing from the header</source>
        <translation>%1: de kolom &apos;%2&apos; ontbreekt in de kopregel</translation>
    </message>
    <message>
        <source>%1: has %2 fields where the header has %3</source>
        <translation>%1: heeft %2 velden waar de kopregel er %3 heeft</translation>
    </message>
    <message>
        <source>%1 describes no calls</source>
        <translation>%1 beschrijft geen gesprekken</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 regel %2</translation>
    </message>
    <message>
        <source>%1 call %2</source>
        <translation>%1 gesprek %2</translation>
    </message>
</context>
<context>
    <name>CallPlayer</name>
    <message>
        <source>No audio output is available. Connect a headset or speakers, or check the sound settings; the call can still be reviewed on screen.</source>
        <translation>Er is geen geluidsuitvoer beschikbaar. Sluit een headset of luidsprekers aan, of controleer de geluidsinstellingen; het gesprek kan wel op het scherm worden beoordeeld.</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>De opname kan niet worden afgespeeld: %1</translation>
    </message>
    <message>
        <source>The audio output cannot play stereo sound at %1 Hz.</source>
        <translation>De geluidsuitvoer kan geen stereogeluid op %1 Hz afspelen.</translation>
    </message>
    <message>
        <source>The audio output stopped working.</source>
        <translation>De geluidsuitvoer werkt niet meer.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The vault file (default: $COACHVAULT_VAULT, else the user&apos;s data folder).</source>
        <translation>Het kluisbestand (standaard: $COACHVAULT_VAULT, anders de gegevensmap van de gebruiker).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>Read the vault passphrase from FILE (or set COACHVAULT_PASSPHRASE); without either the system keychain unlocks the vault.</source>
        <translation>Lees de wachtwoordzin van de kluis uit BESTAND (of zet COACHVAULT_PASSPHRASE); zonder een van beide ontgrendelt de systeemsleutelbos de kluis.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>Geef het resultaat als één JSON-document.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Het wachtwoordzinbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>COACHVAULT_PASSPHRASE is empty.</source>
        <translation>COACHVAULT_PASSPHRASE is leeg.</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Wachtwoordzin van de kluis: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtwoordzin: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <source>COACHVAULT_NEW_PASSPHRASE is empty.</source>
        <translation>COACHVAULT_NEW_PASSPHRASE is leeg.</translation>
    </message>
    <message>
        <source>Give the new passphrase with --%1 or COACHVAULT_NEW_PASSPHRASE.</source>
        <translation>Geef de nieuwe wachtwoordzin op met --%1 of COACHVAULT_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>New vault passphrase: </source>
        <translation>Nieuwe wachtwoordzin van de kluis: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>coachvault-cli: %1</source>
        <translation>coachvault-cli: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>Act as PERSON (sign-in name; or set COACHVAULT_AS).</source>
        <translation>Handel als PERSOON (inlognaam; of zet COACHVAULT_AS).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSOON</translation>
    </message>
    <message>
        <source>Read that person&apos;s PIN or password from FILE (or set COACHVAULT_PIN).</source>
        <translation>Lees de pincode of het wachtwoord van die persoon uit BESTAND (of zet COACHVAULT_PIN).</translation>
    </message>
    <message>
        <source>Read the new PIN from FILE (or set COACHVAULT_NEW_PIN).</source>
        <translation>Lees de nieuwe pincode uit BESTAND (of zet COACHVAULT_NEW_PIN).</translation>
    </message>
    <message>
        <source>Read the new password from FILE (or set COACHVAULT_NEW_PASSWORD).</source>
        <translation>Lees het nieuwe wachtwoord uit BESTAND (of zet COACHVAULT_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>Give the new PIN with --new-pin-file FILE or COACHVAULT_NEW_PIN (or a password with --new-password-file).</source>
        <translation>Geef de nieuwe pincode op met --new-pin-file BESTAND of COACHVAULT_NEW_PIN (of een wachtwoord met --new-password-file).</translation>
    </message>
    <message>
        <source>This command acts as a person: give --as PERSON and the PIN with --pin-file FILE or COACHVAULT_PIN.</source>
        <translation>Deze opdracht handelt namens een persoon: geef --as PERSOON en de pincode met --pin-file BESTAND of COACHVAULT_PIN.</translation>
    </message>
    <message>
        <source>PIN or password for %1: </source>
        <translation>Pincode of wachtwoord van %1: </translation>
    </message>
    <message>
        <source>Give the PIN of %1 with --pin-file FILE or COACHVAULT_PIN.</source>
        <translation>Geef de pincode van %1 op met --pin-file BESTAND of COACHVAULT_PIN.</translation>
    </message>
    <message>
        <source>Usage: coachvault-cli [--vault PATH] [--passphrase-file FILE] [--json] COMMAND [ARGS…]

Commands:
</source>
        <translation>Gebruik: coachvault-cli [--vault PAD] [--passphrase-file BESTAND] [--json] OPDRACHT [ARGUMENTEN…]

Opdrachten:
</translation>
    </message>
    <message>
        <source>
&apos;coachvault-cli COMMAND --help&apos; describes one command.
Exit codes: 0 ok, 2 usage, 3 refused by a rule, 4 bad input, 5 locked, 1 other.
</source>
        <translation>
&apos;coachvault-cli OPDRACHT --help&apos; beschrijft één opdracht.
Afsluitcodes: 0 gelukt, 2 verkeerd gebruik, 3 geweigerd door een regel, 4 ongeldige invoer, 5 vergrendeld, 1 overig.
</translation>
    </message>
    <message>
        <source>coachvault-cli: warning: core dumps could not be disabled
</source>
        <translation>coachvault-cli: waarschuwing: core dumps konden niet worden uitgeschakeld
</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Toon de hulp.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Toon de versie.</translation>
    </message>
    <message>
        <source>No command given; &apos;coachvault-cli --help&apos; lists the commands.</source>
        <translation>Geen opdracht gegeven; &apos;coachvault-cli --help&apos; toont de opdrachten.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; &apos;coachvault-cli --help&apos; lists the commands.</source>
        <translation>Onbekende opdracht &apos;%1&apos;; &apos;coachvault-cli --help&apos; toont de opdrachten.</translation>
    </message>
    <message>
        <source>Usage: coachvault-cli %1 [options] %2</source>
        <translation>Gebruik: coachvault-cli %1 [opties] %2</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 toegevoegd (%2).</translation>
    </message>
    <message>
        <source>There is no person &apos;%1&apos;.</source>
        <translation>Er is geen persoon &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 bijgewerkt.</translation>
    </message>
    <message>
        <source>The credential of %1 is set.</source>
        <translation>De inloggegevens van %1 zijn ingesteld.</translation>
    </message>
    <message>
        <source>%1 was informed of the policy on %2.</source>
        <translation>%1 is op %2 geïnformeerd over de regeling.</translation>
    </message>
    <message>
        <source>The training consent of %1 is withdrawn.</source>
        <translation>De toestemming van %1 voor gebruik in trainingen is ingetrokken.</translation>
    </message>
    <message>
        <source>The written training consent of %1 is recorded.</source>
        <translation>De schriftelijke toestemming van %1 voor gebruik in trainingen is vastgelegd.</translation>
    </message>
    <message>
        <source>Authorisation #%1: %2 may monitor for %3 from %4.</source>
        <translation>Autorisatie #%1: %2 mag vanaf %4 monitoren voor %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an authorisation number.</source>
        <translation>&apos;%1&apos; is geen autorisatienummer.</translation>
    </message>
    <message>
        <source>Authorisation #%1 is revoked.</source>
        <translation>Autorisatie #%1 is ingetrokken.</translation>
    </message>
    <message>
        <source>Nobody is authorised to monitor.</source>
        <translation>Niemand is geautoriseerd om te monitoren.</translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation>De volledige naam van de persoon.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>Roles, comma-separated: agent, coach, trainer, manager, privacy-officer, administrator.</source>
        <translation>Rollen, gescheiden door komma&apos;s: agent, coach, trainer, manager, privacy-officer, administrator.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>permanent, temporary, on-call, agency or none.</source>
        <translation>permanent, temporary, on-call, agency of none (vast, tijdelijk, oproepkracht, uitzendkracht of geen).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>A duty of confidentiality: company-doctor, works-council, confidential-adviser or none.</source>
        <translation>Een geheimhoudingsplicht: company-doctor, works-council, confidential-adviser of none (bedrijfsarts, OR-lid, vertrouwenspersoon of geen).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes of no.</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>Add a person (the first one, an administrator, needs no --as).</source>
        <translation>Voeg een persoon toe (de eerste, een beheerder, heeft geen --as nodig).</translation>
    </message>
    <message>
        <source>List the persons.</source>
        <translation>Toon de personen.</translation>
    </message>
    <message>
        <source>Show one person.</source>
        <translation>Toon één persoon.</translation>
    </message>
    <message>
        <source>Change a person&apos;s name, roles or status.</source>
        <translation>Wijzig de naam, rollen of status van een persoon.</translation>
    </message>
    <message>
        <source>Set your own PIN or password, or (administrators) someone else&apos;s.</source>
        <translation>Stel uw eigen pincode of wachtwoord in, of (beheerders) die van een ander.</translation>
    </message>
    <message>
        <source>Record when a person was informed of the policy.</source>
        <translation>Leg vast wanneer een persoon over de regeling is geïnformeerd.</translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD).</source>
        <translation>De datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Record (or withdraw) an agent&apos;s written consent to identifiable training use.</source>
        <translation>Leg de schriftelijke toestemming van een medewerker vast voor herkenbaar gebruik in trainingen (of trek die in).</translation>
    </message>
    <message>
        <source>The date of the written consent.</source>
        <translation>De datum van de schriftelijke toestemming.</translation>
    </message>
    <message>
        <source>What the consent covers.</source>
        <translation>Waar de toestemming voor geldt.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Record that the consent was withdrawn.</source>
        <translation>Leg vast dat de toestemming is ingetrokken.</translation>
    </message>
    <message>
        <source>Authorise a person to monitor (managers).</source>
        <translation>Autoriseer een persoon om te monitoren (managers).</translation>
    </message>
    <message>
        <source>Purposes: coaching, assessment, quality.</source>
        <translation>Doelen: coaching, assessment, quality (coaching, beoordeling, kwaliteit).</translation>
    </message>
    <message>
        <source>PURPOSES</source>
        <translation>DOELEN</translation>
    </message>
    <message>
        <source>In force from this date.</source>
        <translation>Geldig vanaf deze datum.</translation>
    </message>
    <message>
        <source>The date the person accepted the duty of confidentiality.</source>
        <translation>De datum waarop de persoon de geheimhoudingsplicht heeft aanvaard.</translation>
    </message>
    <message>
        <source>Revoke an authorisation (managers).</source>
        <translation>Trek een autorisatie in (managers).</translation>
    </message>
    <message>
        <source>Who is authorised to monitor (anyone may ask).</source>
        <translation>Wie geautoriseerd is om te monitoren (iedereen mag dit opvragen).</translation>
    </message>
    <message>
        <source>Policy version %1 of %2 (%3)</source>
        <translation>Regeling versie %1 van %2 (%3)</translation>
    </message>
    <message>
        <source>In force from %1; works-council consent %2</source>
        <translation>Geldig vanaf %1; instemming OR %2</translation>
    </message>
    <message>
        <source>  %1: %2 call(s) per agent per %3, legal basis %4%5</source>
        <translation>  %1: %2 gesprek(ken) per medewerker per %3, grondslag %4%5</translation>
    </message>
    <message>
        <source>Assessment protocol %1, consent %2</source>
        <translation>Beoordelingsprotocol %1, instemming %2</translation>
    </message>
    <message>
        <source>Evaluation term %1 days; retention extension at most %2 days; minimum group %3; %4 days between assessments; screen lock after %5 minutes; %6 private line(s)</source>
        <translation>Evaluatietermijn %1 dagen; verlenging van de bewaartermijn hoogstens %2 dagen; minimale groep %3; %4 dagen tussen beoordelingen; schermvergrendeling na %5 minuten; %6 privélijn(en)</translation>
    </message>
    <message>
        <source>External client %1: agreement %2 signed %3, agents informed %4</source>
        <translation>Externe opdrachtgever %1: overeenkomst %2 getekend op %3, medewerkers geïnformeerd op %4</translation>
    </message>
    <message>
        <source>Policy version %1 is stored.</source>
        <translation>Versie %1 van de regeling is opgeslagen.</translation>
    </message>
    <message>
        <source>There is no policy version %1.</source>
        <translation>Er is geen versie %1 van de regeling.</translation>
    </message>
    <message>
        <source>no policy with works-council consent is in force.</source>
        <translation>er geldt geen regeling met instemming van de ondernemingsraad.</translation>
    </message>
    <message>
        <source>version %1: in force from %2, consent %3</source>
        <translation>versie %1: geldig vanaf %2, instemming %3</translation>
    </message>
    <message>
        <source>No policy is stored yet.</source>
        <translation>Er is nog geen regeling opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>De audittrail is intact: %n regel gecontroleerd.</numerusform>
            <numerusform>De audittrail is intact: %n regels gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store a new policy version from a JSON file (docs/policy.md).</source>
        <translation>Sla een nieuwe versie van de regeling op uit een JSON-bestand (docs/policy.md).</translation>
    </message>
    <message>
        <source>Show the policy in force (or --version N).</source>
        <translation>Toon de geldende regeling (of --version N).</translation>
    </message>
    <message>
        <source>Show this version.</source>
        <translation>Toon deze versie.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List every policy version.</source>
        <translation>Toon alle versies van de regeling.</translation>
    </message>
    <message>
        <source>List audit entries (an agent sees those about their own data).</source>
        <translation>Toon regels uit de audittrail (een medewerker ziet die over de eigen gegevens).</translation>
    </message>
    <message>
        <source>Entries about this person&apos;s data.</source>
        <translation>Regels over de gegevens van deze persoon.</translation>
    </message>
    <message>
        <source>Entries whose action starts with this.</source>
        <translation>Regels waarvan de handeling hiermee begint.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDELING</translation>
    </message>
    <message>
        <source>Only the newest N entries.</source>
        <translation>Alleen de nieuwste N regels.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain; exit 3 naming the first broken entry.</source>
        <translation>Controleer de hashketen van de audittrail; sluit af met 3 en noem de eerste verbroken regel.</translation>
    </message>
    <message>
        <source>Vault:            %1
Id:               %2
Vault format:     %3 (schema %4)
SQLCipher:        %5 (SQLite %6)
Key:              %7
Page size:        %8 bytes
Created:          %9</source>
        <translation>Kluis:            %1
Id:               %2
Kluisformaat:     %3 (schema %4)
SQLCipher:        %5 (SQLite %6)
Sleutel:          %7
Paginagrootte:    %8 bytes
Aangemaakt:       %9</translation>
    </message>
    <message>
        <source>
Demo vault:       yes</source>
        <translation>
Demokluis:        ja</translation>
    </message>
    <message>
        <source>
Holds:
</source>
        <translation>
Inhoud:
</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase instead of the system keychain.</source>
        <translation>Beveilig de kluis met een wachtwoordzin in plaats van de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>Create a new, empty vault.</source>
        <translation>Maak een nieuwe, lege kluis.</translation>
    </message>
    <message>
        <source>Show the vault&apos;s format, encryption and contents.</source>
        <translation>Toon het formaat, de versleuteling en de inhoud van de kluis.</translation>
    </message>
    <message>
        <source>Re-encrypt the vault under a new key or passphrase.</source>
        <translation>Versleutel de kluis opnieuw met een nieuwe sleutel of wachtwoordzin.</translation>
    </message>
    <message>
        <source>Keep the new key in the system keychain.</source>
        <translation>Bewaar de nieuwe sleutel in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase.</source>
        <translation>Beveilig de kluis met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (or set COACHVAULT_NEW_PASSPHRASE).</source>
        <translation>Lees de nieuwe wachtwoordzin uit BESTAND (of zet COACHVAULT_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Create a new vault filled with the demo content.</source>
        <translation>Maak een nieuwe kluis, gevuld met de demo-inhoud.</translation>
    </message>
    <message>
        <source>imported  %1 -&gt; recording %2</source>
        <translation>geïmporteerd %1 -&gt; opname %2</translation>
    </message>
    <message>
        <source>refused   %1: %2</source>
        <translation>geweigerd   %1: %2</translation>
    </message>
    <message>
        <source>failed    %1</source>
        <translation>mislukt     %1</translation>
    </message>
    <message>
        <source>Recording %1 of %2, %3
Call %4 (%5, %6), %7
%8 %9, %10 Hz, %11 channel(s), %12 bytes
Policy version %13</source>
        <translation>Opname %1 van %2, %3
Gesprek %4 (%5, %6), %7
%8 %9, %10 Hz, %11 kanaal/kanalen, %12 bytes
Regelingversie %13</translation>
    </message>
    <message>
        <source>channel %1: %2 bins</source>
        <translation>kanaal %1: %2 bins</translation>
    </message>
    <message>
        <source>Import calls from manifests, sidecars or a folder (docs/manifest.md).</source>
        <translation>Gesprekken importeren uit manifesten, sidecar-bestanden of een map (docs/manifest.md).</translation>
    </message>
    <message>
        <source>The purpose: coaching, assessment or quality.</source>
        <translation>Het doel: coaching, assessment of quality.</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>DOEL</translation>
    </message>
    <message>
        <source>List the recordings held (agents: their own).</source>
        <translation>De opnamen in de kluis tonen (medewerkers: hun eigen).</translation>
    </message>
    <message>
        <source>Show one recording.</source>
        <translation>Eén opname tonen.</translation>
    </message>
    <message>
        <source>Print a recording&apos;s waveform peaks at one zoom level.</source>
        <translation>De golfvormpieken van een opname op één zoomniveau afdrukken.</translation>
    </message>
    <message>
        <source>Zoom level 0 (64 samples per bin) to 3 (4096).</source>
        <translation>Zoomniveau 0 (64 samples per bin) tot 3 (4096).</translation>
    </message>
    <message>
        <source>Evaluation %1 (%2, %3) of recording %4: agent %5, %6</source>
        <translation>Beoordeling %1 (%2, %3) van opname %4: medewerker %5, %6</translation>
    </message>
    <message>
        <source>Scorecard %1 v%2, evaluator %3</source>
        <translation>Scorekaart %1 v%2, beoordelaar %3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <source>Score a recording from a scores file (docs/scores.md) and submit it.</source>
        <translation>Beoordeel een opname met een scorebestand (docs/scores.md) en dien de beoordeling in.</translation>
    </message>
    <message>
        <source>The template version id, or a template key.</source>
        <translation>Het id van de sjabloonversie, of de sleutel van een sjabloon.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The scores file.</source>
        <translation>Het scorebestand.</translation>
    </message>
    <message>
        <source>Keep it a draft; do not submit.</source>
        <translation>Als concept bewaren; niet indienen.</translation>
    </message>
    <message>
        <source>A self-evaluation of your own call.</source>
        <translation>Een zelfbeoordeling van uw eigen gesprek.</translation>
    </message>
    <message>
        <source>Show one evaluation with its scores and notes.</source>
        <translation>Eén beoordeling tonen met scores en notities.</translation>
    </message>
    <message>
        <source>List the evaluations you may see.</source>
        <translation>De beoordelingen tonen die u mag zien.</translation>
    </message>
    <message>
        <source>Only about this agent.</source>
        <translation>Alleen over deze medewerker.</translation>
    </message>
    <message>
        <source>draft or submitted.</source>
        <translation>draft (concept) of submitted (ingediend).</translation>
    </message>
    <message>
        <source>When the agent asked (default today).</source>
        <translation>Wanneer de medewerker het vroeg (standaard vandaag).</translation>
    </message>
    <message>
        <source>The agent&apos;s words.</source>
        <translation>De woorden van de medewerker.</translation>
    </message>
    <message>
        <source>Record the agent&apos;s request for another evaluator (R-ASSESS-4).</source>
        <translation>Het verzoek van de medewerker om een andere beoordelaar vastleggen (R-ASSESS-4).</translation>
    </message>
    <message>
        <source>Record the agent&apos;s request for an extra monitored moment (R-ASSESS-5).</source>
        <translation>Het verzoek van de medewerker om een extra meetmoment vastleggen (R-ASSESS-5).</translation>
    </message>
    <message>
        <source>Store a scorecard template file as a draft (docs/templates.md).</source>
        <translation>Een scorekaartsjabloon uit een bestand als concept opslaan (docs/templates.md).</translation>
    </message>
    <message>
        <source>Write a template version as JSON (to --out FILE or stdout).</source>
        <translation>Een sjabloonversie als JSON schrijven (naar --out BESTAND of stdout).</translation>
    </message>
    <message>
        <source>Write to this new file.</source>
        <translation>Naar dit nieuwe bestand schrijven.</translation>
    </message>
    <message>
        <source>Publish a draft version: known to agents, immutable (R-ASSESS-1).</source>
        <translation>Een conceptversie publiceren: bekend bij medewerkers, onveranderlijk (R-ASSESS-1).</translation>
    </message>
    <message>
        <source>List every scorecard template version.</source>
        <translation>Alle versies van scorekaartsjablonen tonen.</translation>
    </message>
    <message>
        <source>Evaluation %1 (%2) of recording %3: agent %4, evaluator %5</source>
        <translation>Beoordeling %1 (%2) van opname %3: medewerker %4, beoordelaar %5</translation>
    </message>
    <message>
        <source>criterion: coach | self</source>
        <translation>criterium: coach | zelf</translation>
    </message>
    <message>
        <source>adjusted %1: %2 -&gt; %3</source>
        <translation>aangepast %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>evaluator signed %1</source>
        <translation>beoordelaar ondertekende %1</translation>
    </message>
    <message>
        <source>dispute %1: %2%3</source>
        <translation>bezwaar %1: %2%3</translation>
    </message>
    <message>
        <source> (open)</source>
        <translation> (openstaand)</translation>
    </message>
    <message>
        <source>Show a coach evaluation as the feedback session does: the coach&apos;s and the agent&apos;s own scores side by side, adjustments, sign-offs, disputes.</source>
        <translation>Toon een beoordeling door een coach zoals het feedbackgesprek die toont: de scores van de coach en de eigen scores van de medewerker naast elkaar, aanpassingen, ondertekeningen, bezwaren.</translation>
    </message>
    <message>
        <source>Adjust one score of a submitted evaluation in the feedback session, before the agent signs (kept with before and after).</source>
        <translation>Pas in het feedbackgesprek één score van een ingediende beoordeling aan, voordat de medewerker ondertekent (bewaard met de waarde ervoor en erna).</translation>
    </message>
    <message>
        <source>The criterion id.</source>
        <translation>De id van het criterium.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The new score: a number, or n.a.</source>
        <translation>De nieuwe score: een getal, of n.a.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>W</translation>
    </message>
    <message>
        <source>The new comment (default: unchanged).</source>
        <translation>De nieuwe opmerking (standaard: ongewijzigd).</translation>
    </message>
    <message>
        <source>Sign off an evaluation with your own credential (--as, --pin-file): the agent first with --agree or --disagree and their view, then the evaluator, which seals it.</source>
        <translation>Onderteken een beoordeling met uw eigen inloggegevens (--as, --pin-file): eerst de medewerker met --agree of --disagree en diens zienswijze, daarna de beoordelaar, waarmee de beoordeling wordt verzegeld.</translation>
    </message>
    <message>
        <source>The agent agrees with the outcome.</source>
        <translation>De medewerker is het eens met de uitkomst.</translation>
    </message>
    <message>
        <source>The agent disagrees with the outcome.</source>
        <translation>De medewerker is het oneens met de uitkomst.</translation>
    </message>
    <message>
        <source>The agent&apos;s view, printed on the report.</source>
        <translation>De zienswijze van de medewerker, afgedrukt op het rapport.</translation>
    </message>
    <message>
        <source>Read the agent&apos;s view from FILE (UTF-8).</source>
        <translation>Lees de zienswijze van de medewerker uit BESTAND (UTF-8).</translation>
    </message>
    <message>
        <source>Dispute a signed evaluation of your own call (R-REPORT-2).</source>
        <translation>Maak bezwaar tegen een ondertekende beoordeling van uw eigen gesprek (R-REPORT-2).</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Waarom.</translation>
    </message>
    <message>
        <source>Resolve a dispute with a note (the evaluator, or a manager).</source>
        <translation>Handel een bezwaar af met een toelichting (de beoordelaar of een manager).</translation>
    </message>
    <message>
        <source>The resolution.</source>
        <translation>De afhandeling.</translation>
    </message>
    <message>
        <source>List the open disputes of your evaluations.</source>
        <translation>Toon de openstaande bezwaren tegen uw beoordelingen.</translation>
    </message>
    <message>
        <source>Write the evaluation report as PDF (R-REPORT-1, R-ASSESS-2).</source>
        <translation>Schrijf het evaluatierapport als pdf (R-REPORT-1, R-ASSESS-2).</translation>
    </message>
    <message>
        <source>The PDF file to write (must not exist).</source>
        <translation>Het pdf-bestand dat wordt geschreven (mag nog niet bestaan).</translation>
    </message>
    <message>
        <source>nl or en (default: the interface language).</source>
        <translation>nl of en (standaard: de taal van de interface).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Export all data held about a person into a new folder (GDPR art. 15, R-ACCESS-1): yourself, or anyone for a privacy officer.</source>
        <translation>Exporteer alle vastgelegde gegevens over een persoon naar een nieuwe map (AVG art. 15, R-ACCESS-1): over uzelf, of als privacyfunctionaris over iedereen.</translation>
    </message>
    <message>
        <source>The folder to create (must not exist or be empty).</source>
        <translation>De map die wordt aangemaakt (mag niet bestaan of moet leeg zijn).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>sweep at unlock</source>
        <translation>bewaarcontrole bij ontgrendelen</translation>
    </message>
    <message>
        <source>agent signed %1, agreeing: %2</source>
        <translation>medewerker ondertekende %1, eens: %2</translation>
    </message>
    <message>
        <source>agent signed %1, disagreeing: %2</source>
        <translation>medewerker ondertekende %1, oneens: %2</translation>
    </message>
    <message>
        <source>purge</source>
        <translation>bewaarcontrole (purge)</translation>
    </message>
    <message>
        <source>sweep at restore</source>
        <translation>bewaarcontrole bij terugzetten</translation>
    </message>
    <message>
        <source>Destroy the recordings that are due (R-RETAIN-1/2), for a nightly job; --dry-run lists them and why.</source>
        <translation>Vernietig de opnamen waarvan de termijn verstreken is (R-RETAIN-1/2), voor een nachtelijke taak; --dry-run toont ze met de reden.</translation>
    </message>
    <message>
        <source>Only list what would go.</source>
        <translation>Alleen tonen wat zou verdwijnen.</translation>
    </message>
    <message>
        <source>Keep a recording beyond its term, with the agent&apos;s written consent, a reason and an end date (R-RETAIN-1).</source>
        <translation>Bewaar een opname langer dan haar termijn, met schriftelijke toestemming van de medewerker, een reden en een einddatum (R-RETAIN-1).</translation>
    </message>
    <message>
        <source>When the agent consented in writing.</source>
        <translation>Wanneer de medewerker schriftelijk toestemde.</translation>
    </message>
    <message>
        <source>Why it must be kept.</source>
        <translation>Waarom ze bewaard moet blijven.</translation>
    </message>
    <message>
        <source>The last day it is kept.</source>
        <translation>De laatste dag dat ze bewaard blijft.</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault: same key, or a new passphrase (--new-passphrase-file or COACHVAULT_NEW_PASSPHRASE).</source>
        <translation>Schrijf een versleutelde kopie van de kluis: met dezelfde sleutel, of een nieuwe wachtwoordzin (--new-passphrase-file of COACHVAULT_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Protect the copy with the passphrase in FILE.</source>
        <translation>Beveilig de kopie met de wachtwoordzin in BESTAND.</translation>
    </message>
    <message>
        <source>Restore a backup into a new vault file; the retention sweep runs before anything can read it.</source>
        <translation>Zet een back-up terug in een nieuw kluisbestand; de bewaarcontrole draait voordat iets het kan lezen.</translation>
    </message>
    <message>
        <source>The vault file to create.</source>
        <translation>Het kluisbestand dat wordt aangemaakt.</translation>
    </message>
    <message>
        <source>customer disguised, agent identifiable by consent of %1</source>
        <translation>stem klant vervormd, medewerker herkenbaar met toestemming van %1</translation>
    </message>
    <message>
        <source>both voices disguised</source>
        <translation>beide stemmen vervormd</translation>
    </message>
    <message>
        <source>Name the output .wav, .flac or .opus; the format follows the name.</source>
        <translation>Geef de uitvoer de extensie .wav, .flac of .opus; het formaat volgt de naam.</translation>
    </message>
    <message>
        <source>Cut an anonymised training clip from a coaching recording.</source>
        <translation>Knip een geanonimiseerd trainingsfragment uit een coachingsopname.</translation>
    </message>
    <message>
        <source>Start: mm:ss(.mmm) or seconds.</source>
        <translation>Begin: mm:ss(.mmm) of seconden.</translation>
    </message>
    <message>
        <source>End: mm:ss(.mmm) or seconds.</source>
        <translation>Einde: mm:ss(.mmm) of seconden.</translation>
    </message>
    <message>
        <source>Replace A-B,… with a 1 kHz tone.</source>
        <translation>Vervang A-B,… door een toon van 1 kHz.</translation>
    </message>
    <message>
        <source>A-B,…</source>
        <translation>A-B,…</translation>
    </message>
    <message>
        <source>Replace A-B,… with silence.</source>
        <translation>Vervang A-B,… door stilte.</translation>
    </message>
    <message>
        <source>customer (needs the agent&apos;s written consent) or both (the default).</source>
        <translation>customer (vereist schriftelijke toestemming van de medewerker) of both (standaard).</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>Pitch shift in semitones, 1 to 8 (4).</source>
        <translation>Toonhoogteverschuiving in halve tonen, 1 tot 8 (4).</translation>
    </message>
    <message>
        <source>The file: .wav, .flac or .opus.</source>
        <translation>Het bestand: .wav, .flac of .opus.</translation>
    </message>
    <message>
        <source>List the clip library.</source>
        <translation>Toon de fragmentenbibliotheek.</translation>
    </message>
    <message>
        <source>Also replace the transcript&apos;s accepted personal data with a tone (pii decide).</source>
        <translation>Vervang ook de geaccepteerde persoonsgegevens uit het transcript door een toon (pii decide).</translation>
    </message>
    <message>
        <source>Keep a coaching recording&apos;s transcript (WebVTT, SRT or JSON) and propose the personal data in it for redaction.</source>
        <translation>Bewaar het transcript (WebVTT, SRT of JSON) van een coachingsopname en stel de persoonsgegevens erin voor om onkenbaar te maken.</translation>
    </message>
    <message>
        <source>Show a recording&apos;s transcript.</source>
        <translation>Toon het transcript van een opname.</translation>
    </message>
    <message>
        <source>Scan a recording&apos;s transcript for Dutch personal data and list the proposals with their decisions.</source>
        <translation>Doorzoek het transcript van een opname op Nederlandse persoonsgegevens en toon de voorstellen met hun besluiten.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>NUMMERS</translation>
    </message>
    <message>
        <source>List the names trainers added for the detector to find; --add adds one (repeatable).</source>
        <translation>Toon de namen die trainers hebben toegevoegd voor de detector; --add voegt er een toe (herhaalbaar).</translation>
    </message>
    <message>
        <source>Add this name.</source>
        <translation>Voeg deze naam toe.</translation>
    </message>
    <message>
        <source>Accept or reject proposals, all or nothing; accepted ones are redacted by clip create --redact-accepted.</source>
        <translation>Accepteer of wijs voorstellen af, alles of niets; geaccepteerde worden onkenbaar gemaakt door clip create --redact-accepted.</translation>
    </message>
    <message>
        <source>Accept these proposals: ids, or all (every one the other option does not name).</source>
        <translation>Accepteer deze voorstellen: nummers, of all (elk voorstel dat de andere optie niet noemt).</translation>
    </message>
    <message>
        <source>Reject these proposals: ids, or all (every one the other option does not name).</source>
        <translation>Wijs deze voorstellen af: nummers, of all (elk voorstel dat de andere optie niet noemt).</translation>
    </message>
</context>
<context>
    <name>ClipCommands</name>
    <message>
        <source>&apos;%1&apos; is not a time: give mm:ss(.mmm) or seconds.</source>
        <translation>&apos;%1&apos; is geen tijd: geef mm:ss(.mmm) of seconden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range: give START-END, e.g. 0:12-0:15.5.</source>
        <translation>&apos;%1&apos; is geen bereik: geef BEGIN-EINDE, bijv. 0:12-0:15.5.</translation>
    </message>
    <message>
        <source>Give --from, --to and --out.</source>
        <translation>Geef --from, --to en --out.</translation>
    </message>
    <message>
        <source>--disguise takes customer or both.</source>
        <translation>--disguise neemt customer of both.</translation>
    </message>
    <message>
        <source>--strength takes %1 to %2 semitones.</source>
        <translation>--strength neemt %1 tot %2 halve tonen.</translation>
    </message>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation>Er is geen opname &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Exported clip %1 to %2 (%3).</source>
        <translation>Fragment %1 geëxporteerd naar %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ClipDesk</name>
    <message>
        <source>There is no recording %1 in this vault.</source>
        <translation>Er is geen opname %1 in deze kluis.</translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;%1&apos;: name the file .wav, .flac or .opus.</source>
        <translation>Het formaat is niet af te leiden uit &apos;%1&apos;: geef het bestand de extensie .wav, .flac of .opus.</translation>
    </message>
</context>
<context>
    <name>ClipExporter</name>
    <message>
        <source>Ogg Opus takes audio at 8, 12, 16, 24 or 48 kHz; this call is %1 Hz. Export it as WAV or FLAC.</source>
        <translation>Ogg Opus neemt audio van 8, 12, 16, 24 of 48 kHz; dit gesprek is %1 Hz. Exporteer het als WAV of FLAC.</translation>
    </message>
    <message>
        <source>The clip could not be encoded: %1</source>
        <translation>Het fragment kon niet worden gecodeerd: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>ClipRenderer</name>
    <message>
        <source>The recording&apos;s audio cannot be decoded: %1</source>
        <translation>De audio van de opname kan niet worden gedecodeerd: %1</translation>
    </message>
    <message>
        <source>The recording&apos;s audio cannot be read at the clip.</source>
        <translation>De audio van de opname kan op het fragment niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>ClipSpec</name>
    <message>
        <source>The clip must start before it ends and lie within the call (0 to %3 ms); %1 to %2 ms does not.</source>
        <translation>Het fragment moet beginnen voordat het eindigt en binnen het gesprek liggen (0 tot %3 ms); %1 tot %2 ms doet dat niet.</translation>
    </message>
    <message>
        <source>The redaction %1 to %2 ms must start before it ends and lie within the clip.</source>
        <translation>De onkenbaarmaking %1 tot %2 ms moet beginnen voordat ze eindigt en binnen het fragment liggen.</translation>
    </message>
    <message>
        <source>The disguise strength must be between %1 and %2 semitones.</source>
        <translation>De sterkte van de stemvervorming moet tussen %1 en %2 halve tonen liggen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Quality coaching for contact centres, with the law built in.</source>
        <translation>Kwaliteitscoaching voor contactcenters, met de regels ingebouwd.</translation>
    </message>
    <message>
        <source>Open a throwaway demo vault with made-up data; it is deleted on exit.</source>
        <translation>Open een tijdelijke demokluis met fictieve gegevens; die wordt bij afsluiten verwijderd.</translation>
    </message>
    <message>
        <source>Preselect the vault file at PATH.</source>
        <translation>Kies vooraf het kluisbestand op PAD.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>Use this interface language (nl or en).</source>
        <translation>Gebruik deze taal voor de interface (nl of en).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nl or en.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik nl of en.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>A PIN needs at least 6 digits and nothing else.</source>
        <translation>Een pincode bestaat uit ten minste 6 cijfers en verder niets.</translation>
    </message>
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation>Een wachtwoord heeft ten minste 10 tekens nodig.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN or password is wrong (%n attempt(s) left before a pause).</source>
        <translation>
            <numerusform>De pincode of het wachtwoord is onjuist (nog %n poging voor een pauze).</numerusform>
            <numerusform>De pincode of het wachtwoord is onjuist (nog %n pogingen voor een pauze).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN or password is wrong; further attempts are slowed down.</source>
        <translation>De pincode of het wachtwoord is onjuist; volgende pogingen worden vertraagd.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: signing in is paused until %1 UTC.</source>
        <translation>Te veel onjuiste pogingen: inloggen is gepauzeerd tot %1 UTC.</translation>
    </message>
    <message>
        <source>This person has no PIN or password yet.</source>
        <translation>Deze persoon heeft nog geen pincode of wachtwoord.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the credential.</source>
        <translation>Onvoldoende geheugen om de inloggegevens te hashen.</translation>
    </message>
</context>
<context>
    <name>CriteriaDocument</name>
    <message>
        <source>yes / no</source>
        <translation>ja / nee</translation>
    </message>
    <message>
        <source>yes / no / not applicable</source>
        <translation>ja / nee / niet van toepassing</translation>
    </message>
    <message>
        <source>1 to 5: %1</source>
        <translation>1 tot en met 5: %1</translation>
    </message>
    <message>
        <source>0 to %1 points</source>
        <translation>0 tot en met %1 punten</translation>
    </message>
    <message>
        <source>Version %1, published on %2.</source>
        <translation>Versie %1, gepubliceerd op %2.</translation>
    </message>
    <message>
        <source>Version %1: a draft, not yet published; it cannot be used to evaluate calls.</source>
        <translation>Versie %1: een concept, nog niet gepubliceerd; hiermee kunnen geen gesprekken worden beoordeeld.</translation>
    </message>
    <message>
        <source>Used for: %1.</source>
        <translation>Gebruikt voor: %1.</translation>
    </message>
    <message>
        <source>Only calls that took place after the publication date are evaluated with this version (R-ASSESS-1).</source>
        <translation>Alleen gesprekken die na de publicatiedatum plaatsvonden, worden met deze versie beoordeeld (R-ASSESS-1).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>Critical: scored at its lowest value, it fails the call.</source>
        <translation>Kritiek: met de laagste waarde gescoord is het gesprek onvoldoende.</translation>
    </message>
    <message>
        <source>How the total is computed</source>
        <translation>Hoe het totaal wordt berekend</translation>
    </message>
    <message>
        <source>Each scored criterion counts as a share of its scale (yes 100 %, no 0 %; 1 to 5 from 0 % to 100 %; points as a share of the maximum). The total is the weighted average of those shares; criteria that do not apply to the call are left out. A critical criterion scored at its lowest value fails the call whatever the total.</source>
        <translation>Elk gescoord criterium telt als een deel van zijn schaal (ja 100 %, nee 0 %; 1 tot en met 5 van 0 % tot 100 %; punten als deel van het maximum). Het totaal is het gewogen gemiddelde van die delen; criteria die niet op het gesprek van toepassing zijn, tellen niet mee. Een kritiek criterium met de laagste waarde maakt het gesprek onvoldoende, wat het totaal ook is.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineDisplay</name>
    <message>
        <source>evaluated</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <source>Evaluated; the term ran until %1 (R-ASSESS-3).</source>
        <translation>Beoordeeld; de termijn liep tot %1 (R-ASSESS-3).</translation>
    </message>
    <message>
        <source>Evaluate today, by %1 (R-ASSESS-3); after that the recording is destroyed.</source>
        <translation>Beoordeel vandaag, uiterlijk %1 (R-ASSESS-3); daarna wordt de opname vernietigd.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluate by %1, in %n day(s) (R-ASSESS-3); after that the recording is destroyed.</source>
        <translation>
            <numerusform>Beoordeel uiterlijk %1, over %n dag (R-ASSESS-3); daarna wordt de opname vernietigd.</numerusform>
            <numerusform>Beoordeel uiterlijk %1, over %n dagen (R-ASSESS-3); daarna wordt de opname vernietigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The evaluation term passed on %1 (R-ASSESS-3): the recording is destroyed at the next retention sweep.</source>
        <translation>De beoordelingstermijn is op %1 verstreken (R-ASSESS-3): de opname wordt bij de volgende bewaarcontrole vernietigd.</translation>
    </message>
</context>
<context>
    <name>DemoCalls</name>
    <message>
        <source>The demo call %1 has no coach and purpose in the demo content</source>
        <translation>Voor demogesprek %1 staan geen coach en doel in de demo-inhoud</translation>
    </message>
    <message>
        <source>The demo call %1 could not be imported: %2</source>
        <translation>Demogesprek %1 kon niet worden geïmporteerd: %2</translation>
    </message>
</context>
<context>
    <name>DemoScorecards</name>
    <message>
        <source>The demo scorecard is missing from this build</source>
        <translation>De demoscorekaart ontbreekt in deze build</translation>
    </message>
    <message>
        <source>Only a demo vault may be given a scorecard published in the past</source>
        <translation>Alleen een demokluis mag een scorekaart krijgen die in het verleden is gepubliceerd</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Permanent</source>
        <translation>Vast</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tijdelijk</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Oproepkracht</translation>
    </message>
    <message>
        <source>Agency staff</source>
        <translation>Uitzendkracht</translation>
    </message>
    <message>
        <source>Not staff</source>
        <translation>Geen medewerker</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Company doctor</source>
        <translation>Bedrijfsarts</translation>
    </message>
    <message>
        <source>Works-council member</source>
        <translation>Lid ondernemingsraad</translation>
    </message>
    <message>
        <source>Confidential adviser</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <source>GDPR art. 6(1)(b), contract</source>
        <translation>AVG art. 6 lid 1 sub b, overeenkomst</translation>
    </message>
    <message>
        <source>GDPR art. 6(1)(f), legitimate interest</source>
        <translation>AVG art. 6 lid 1 sub f, gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>system</source>
        <comment>The locale for dates and times, e.g. nl_NL</comment>
        <translation>nl_NL</translation>
    </message>
    <message>
        <source>Recording destroyed on %1 (%2): %3. Its evaluations remain.</source>
        <translation>Opname vernietigd op %1 (%2): %3. De beoordelingen blijven bestaan.</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation>Er is geen opname &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no published scorecard template &apos;%1&apos; (see &apos;template list&apos;).</source>
        <translation>Er is geen gepubliceerd scorekaartsjabloon &apos;%1&apos; (zie &apos;template list&apos;).</translation>
    </message>
    <message>
        <source>There is no evaluation &apos;%1&apos;.</source>
        <translation>Er is geen beoordeling &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no person &apos;%1&apos;.</source>
        <translation>Er is geen persoon &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--status must be draft or submitted.</source>
        <translation>--status moet draft of submitted zijn.</translation>
    </message>
    <message>
        <source>--date must be a date as YYYY-MM-DD.</source>
        <translation>--date moet een datum zijn als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Evaluation %1 of recording %2: %3, %4.</source>
        <translation>Beoordeling %1 van opname %2: %3, %4.</translation>
    </message>
    <message>
        <source>not scorable (everything n.a.)</source>
        <translation>niet te scoren (alles n.v.t.)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <source>FAILED on %1</source>
        <translation>ONVOLDOENDE op %1</translation>
    </message>
    <message>
        <source>No evaluations.</source>
        <translation>Geen beoordelingen.</translation>
    </message>
    <message>
        <source>Request %1 is recorded.</source>
        <translation>Verzoek %1 is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>EvaluationDesk</name>
    <message>
        <source>There is no recording %1 in this vault.</source>
        <translation>Deze kluis bevat geen opname %1.</translation>
    </message>
    <message>
        <source>There is no scorecard template version %1.</source>
        <translation>Er is geen versie %1 van een scorekaartsjabloon.</translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation>Er is geen beoordeling %1.</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>Er is geen persoon #%1.</translation>
    </message>
    <message>
        <source>A self-evaluation uses the coach&apos;s scorecard: version %1 of &apos;%2&apos;.</source>
        <translation>Een zelfbeoordeling gebruikt de scorekaart van de coach: versie %1 van &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>your self-evaluation of this call is submitted and can no longer change.</source>
        <translation>uw zelfbeoordeling van dit gesprek is ingediend en kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; is not on this scorecard.</source>
        <translation>Criterium &apos;%1&apos; staat niet op deze scorekaart.</translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos;: %2 is not on its scale (%3 to %4).</source>
        <translation>Criterium &apos;%1&apos;: %2 ligt niet op de schaal (%3 tot en met %4).</translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; cannot be scored n.a.; its scale has no n.a.</source>
        <translation>Criterium &apos;%1&apos; kan niet n.v.t. worden gescoord; de schaal kent geen n.v.t.</translation>
    </message>
    <message>
        <source>A note at %1 ms lies outside the call (0 to %2 ms).</source>
        <translation>Een notitie op %1 ms ligt buiten het gesprek (0 tot %2 ms).</translation>
    </message>
    <message>
        <source>The note at %1 ms has no text.</source>
        <translation>De notitie op %1 ms heeft geen tekst.</translation>
    </message>
    <message>
        <source>Not every criterion is scored yet: %1.</source>
        <translation>Nog niet elk criterium is gescoord: %1.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Monitoring is never the sole basis of an appraisal: this evaluation is one of several sources for the assessment, next to the conversations with the agent and their other work.</source>
        <translation>Monitoring is nooit de enige grondslag voor een beoordeling van het functioneren: deze beoordeling is een van meerdere bronnen daarvoor, naast de gesprekken met de medewerker en diens overige werk.</translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <source>Evaluation report %1</source>
        <translation>Evaluatierapport %1</translation>
    </message>
    <message>
        <source>CoachVault — evaluation report %1 — page %2 of %3</source>
        <translation>CoachVault — evaluatierapport %1 — pagina %2 van %3</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Evaluatierapport</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>%1, queue %2, %3</source>
        <translation>%1, wachtrij %2, %3</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>recording %1, destroyed</source>
        <translation>opname %1, vernietigd</translation>
    </message>
    <message>
        <source>%1 (%2), version %3</source>
        <translation>%1 (%2), versie %3</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorekaart</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Gepubliceerd op</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <source>not scorable</source>
        <translation>niet te scoren</translation>
    </message>
    <message>
        <source>failed on a critical criterion</source>
        <translation>onvoldoende op een kritiek criterium</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Criteria, scores and comments</source>
        <translation>Criteria, scores en opmerkingen</translation>
    </message>
    <message>
        <source>Adjusted in the feedback session</source>
        <translation>Aangepast in het feedbackgesprek</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 (%4, %5)</source>
        <translation>%1: van %2 naar %3 (%4, %5)</translation>
    </message>
    <message>
        <source>Notes on the call</source>
        <translation>Notities bij het gesprek</translation>
    </message>
    <message>
        <source>The agent&apos;s view</source>
        <translation>Zienswijze van de medewerker</translation>
    </message>
    <message>
        <source>The agent gave no view.</source>
        <translation>De medewerker heeft geen zienswijze gegeven.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>%1 — %2 — signed on %3</source>
        <translation>%1 — %2 — ondertekend op %3</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>niet akkoord</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>nog niet ondertekend</translation>
    </message>
    <message>
        <source>%1 — signed on %2</source>
        <translation>%1 — ondertekend op %2</translation>
    </message>
    <message>
        <source>Sealed in the audit trail, SHA-256 %1</source>
        <translation>Verzegeld in de audittrail, SHA-256 %1</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Bezwaren</translation>
    </message>
    <message>
        <source>No disputes.</source>
        <translation>Geen bezwaren.</translation>
    </message>
    <message>
        <source>Disputed on %1</source>
        <translation>Bezwaar gemaakt op %1</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Openstaand.</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation>Afgehandeld door %1 op %2: %3</translation>
    </message>
</context>
<context>
    <name>EvaluationSeal</name>
    <message>
        <source>signed evaluation %1 was changed after sign-off: its content no longer matches the hash sealed in the audit trail</source>
        <translation>ondertekende beoordeling %1 is na de ondertekening gewijzigd: de inhoud komt niet meer overeen met de hash die in de audittrail is verzegeld</translation>
    </message>
    <message>
        <source>evaluation %1 is marked signed but the audit trail holds no seal for it</source>
        <translation>beoordeling %1 staat als ondertekend gemarkeerd, maar de audittrail bevat er geen zegel voor</translation>
    </message>
    <message>
        <source>evaluation %1 was sealed at sign-off but is no longer marked signed</source>
        <translation>beoordeling %1 is bij de ondertekening verzegeld, maar staat niet meer als ondertekend gemarkeerd</translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <source>There is no evaluation %1.</source>
        <translation>Er is geen beoordeling %1.</translation>
    </message>
    <message>
        <source>evaluation %1 is submitted and can no longer change.</source>
        <translation>beoordeling %1 is ingediend en kan niet meer veranderen.</translation>
    </message>
</context>
<context>
    <name>FeedbackCommands</name>
    <message>
        <source>There is no evaluation &apos;%1&apos;.</source>
        <translation>Er is geen beoordeling &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no dispute &apos;%1&apos;.</source>
        <translation>Er is geen bezwaar &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no person &apos;%1&apos;.</source>
        <translation>Er is geen persoon &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
    <message>
        <source>--score must be a whole number or n.a., not &apos;%1&apos;.</source>
        <translation>--score moet een geheel getal of n.a. zijn, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The agent signs with --agree or --disagree (one of them).</source>
        <translation>De medewerker ondertekent met --agree of --disagree (een van beide).</translation>
    </message>
    <message>
        <source>--agree, --disagree and --view are the agent&apos;s; the evaluator signs without them.</source>
        <translation>--agree, --disagree en --view zijn voor de medewerker; de beoordelaar ondertekent zonder.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>--language must be nl or en.</source>
        <translation>--language moet nl of en zijn.</translation>
    </message>
    <message>
        <source>Criterion %1 of evaluation %2 is adjusted.</source>
        <translation>Criterium %1 van beoordeling %2 is aangepast.</translation>
    </message>
    <message>
        <source>The agent signed off evaluation %1 and agrees.</source>
        <translation>De medewerker heeft beoordeling %1 ondertekend en is het ermee eens.</translation>
    </message>
    <message>
        <source>The agent signed off evaluation %1 and disagrees.</source>
        <translation>De medewerker heeft beoordeling %1 ondertekend en is het er niet mee eens.</translation>
    </message>
    <message>
        <source>Evaluation %1 is signed off and sealed (SHA-256 %2).</source>
        <translation>Beoordeling %1 is ondertekend en verzegeld (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Dispute %1 of evaluation %2 is open.</source>
        <translation>Bezwaar %1 tegen beoordeling %2 staat open.</translation>
    </message>
    <message>
        <source>Dispute %1 is resolved.</source>
        <translation>Bezwaar %1 is afgehandeld.</translation>
    </message>
    <message>
        <source>No open disputes.</source>
        <translation>Geen openstaande bezwaren.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport geschreven naar %1</translation>
    </message>
</context>
<context>
    <name>FeedbackDesk</name>
    <message>
        <source>There is no evaluation %1.</source>
        <translation>Er is geen beoordeling %1.</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>Er is geen persoon #%1.</translation>
    </message>
    <message>
        <source>There is no dispute %1.</source>
        <translation>Er is geen bezwaar %1.</translation>
    </message>
    <message>
        <source>the PIN or password given is not %1&apos;s; only %1 signs as %1.</source>
        <translation>de opgegeven pincode of het opgegeven wachtwoord is niet van %1; alleen %1 ondertekent als %1.</translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; is not on this scorecard.</source>
        <translation>Criterium &apos;%1&apos; staat niet op deze scorekaart.</translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos;: %2 is not on its scale (%3 to %4).</source>
        <translation>Criterium &apos;%1&apos;: %2 ligt niet op de schaal (%3 tot en met %4).</translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; cannot be scored n.a.; its scale has no n.a.</source>
        <translation>Criterium &apos;%1&apos; kan niet n.v.t. worden gescoord; de schaal kent geen n.v.t.</translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; needs a score; an adjustment cannot leave it open.</source>
        <translation>Criterium &apos;%1&apos; heeft een score nodig; een aanpassing kan het niet open laten.</translation>
    </message>
    <message>
        <source>A dispute needs the agent&apos;s reason.</source>
        <translation>Een bezwaar vraagt om de reden van de medewerker.</translation>
    </message>
    <message>
        <source>Resolving a dispute needs a note.</source>
        <translation>Voor het afhandelen van een bezwaar is een toelichting nodig.</translation>
    </message>
    <message>
        <source>Criterion &apos;%1&apos; already has this score and comment.</source>
        <translation>Criterium &apos;%1&apos; heeft deze score en opmerking al.</translation>
    </message>
</context>
<context>
    <name>FeedbackStore</name>
    <message>
        <source>evaluation %1 is not a submitted, unsigned evaluation; it cannot change.</source>
        <translation>beoordeling %1 is geen ingediende, nog niet ondertekende beoordeling; ze kan niet veranderen.</translation>
    </message>
    <message>
        <source>There is no dispute %1.</source>
        <translation>Er is geen bezwaar %1.</translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <source>%1: not imported, the import was cancelled</source>
        <translation>%1: niet geïmporteerd, de import is geannuleerd</translation>
    </message>
</context>
<context>
    <name>ImportDiscovery</name>
    <message>
        <source>%1: no manifest found (a .csv or .json manifest, or a FILE.json sidecar next to each audio file)</source>
        <translation>%1: geen manifest gevonden (een .csv- of .json-manifest, of een sidecar BESTAND.json naast elk audiobestand)</translation>
    </message>
    <message>
        <source>%1: no manifest entry for this audio file (list it in a .csv or .json manifest in its folder, or put a sidecar %2 next to it)</source>
        <translation>%1: geen manifestregel voor dit audiobestand (neem het op in een .csv- of .json-manifest in de map, of zet er een sidecar %2 naast)</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>de sleutelbos antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this vault (%1).</source>
        <translation>De systeemsleutelbos bevat geen sleutel voor deze kluis (%1).</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). A vault protected by a passphrase can still be opened and created.</source>
        <translation>De sleutelbos van het systeem is niet bereikbaar (%1). Een kluis die met een wachtwoordzin is beveiligd, kunt u nog steeds openen en aanmaken.</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>--%1 %2 is not known; use one of: %3</source>
        <translation>--%1 %2 is onbekend; gebruik een van: %3</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date (YYYY-MM-DD).</source>
        <translation>--%1 %2 is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>agent</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>privacy officer</source>
        <translation>privacyfunctionaris</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>&apos;%1&apos; is not a valid sign-in name: use 2 to 40 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>&apos;%1&apos; is geen geldige inlognaam: gebruik 2 tot 40 kleine letters, cijfers, punten, streepjes of liggende streepjes.</translation>
    </message>
    <message>
        <source>The sign-in name &apos;%1&apos; is already taken.</source>
        <translation>De inlognaam &apos;%1&apos; is al in gebruik.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Een persoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A person needs at least one role.</source>
        <translation>Een persoon heeft ten minste één rol nodig.</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>Er is geen persoon #%1.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The policy is not valid JSON: %1</source>
        <translation>De regeling is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>Policy field %1: %2</source>
        <translation>Veld %1 van de regeling: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>moet een datum zijn als JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>moet een geheel getal van ten minste 1 zijn</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>staat er twee keer in</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is geen bekend veld</translation>
    </message>
    <message>
        <source>must be &quot;coachvault-policy&quot; version 1</source>
        <translation>moet &quot;coachvault-policy&quot; versie 1 zijn</translation>
    </message>
    <message>
        <source>must enable at least one purpose</source>
        <translation>moet ten minste één doel inschakelen</translation>
    </message>
    <message>
        <source>is required for legal basis 6(1)(f) (the legitimate-interest assessment)</source>
        <translation>is verplicht bij grondslag 6(1)(f) (de belangenafweging voor het gerechtvaardigd belang)</translation>
    </message>
    <message>
        <source>must be a telephone number</source>
        <translation>moet een telefoonnummer zijn</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>coaching, training and guidance</source>
        <translation>coaching, training en begeleiding</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <source>process improvement and quality assurance</source>
        <translation>procesverbetering en kwaliteitsborging</translation>
    </message>
</context>
<context>
    <name>RecordingAccess</name>
    <message>
        <source>There is no recording %1 in this vault.</source>
        <translation>Deze kluis bevat geen opname %1.</translation>
    </message>
    <message>
        <source>The waveform of recording %1 cannot be read.</source>
        <translation>De golfvorm van opname %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Recording %1 was destroyed on %2 (%3); only its evaluations remain.</source>
        <translation>Opname %1 is vernietigd op %2 (%3); alleen de beoordelingen blijven bestaan.</translation>
    </message>
</context>
<context>
    <name>RecordingCommands</name>
    <message>
        <source>Choose the purpose with --purpose coaching, assessment or quality.</source>
        <translation>Kies het doel met --purpose coaching, assessment of quality.</translation>
    </message>
    <message>
        <source>Imported %1, refused %2, failed %3.</source>
        <translation>Geïmporteerd %1, geweigerd %2, mislukt %3.</translation>
    </message>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation>Er is geen opname &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--level must be between 0 and %1.</source>
        <translation>--level moet tussen 0 en %1 liggen.</translation>
    </message>
</context>
<context>
    <name>RecordingStore</name>
    <message>
        <source>Recording %1 has no audio chunk %2.</source>
        <translation>Opname %1 heeft geen audioblok %2.</translation>
    </message>
    <message>
        <source>Recording %1 has no stored waveform.</source>
        <translation>Opname %1 heeft geen opgeslagen golfvorm.</translation>
    </message>
    <message>
        <source>The stored waveform of recording %1 is damaged.</source>
        <translation>De opgeslagen golfvorm van opname %1 is beschadigd.</translation>
    </message>
</context>
<context>
    <name>RetentionCommands</name>
    <message>
        <source>recording %1: %2, %3</source>
        <translation>opname %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) would be destroyed now.</source>
        <translation>
            <numerusform>%n opname zou nu worden vernietigd.</numerusform>
            <numerusform>%n opnamen zouden nu worden vernietigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) destroyed in %1 ms.</source>
        <translation>
            <numerusform>%n opname vernietigd in %1 ms.</numerusform>
            <numerusform>%n opnamen vernietigd in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 vraagt een datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Recording %1 is kept until %2.</source>
        <translation>Opname %1 blijft bewaard tot %2.</translation>
    </message>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation>Er is geen opname &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Encrypted backup written to %1.</source>
        <translation>Versleutelde back-up geschreven naar %1.</translation>
    </message>
    <message>
        <source>Give the vault file to restore into with --to PATH.</source>
        <translation>Geef met --to PAD het kluisbestand om in terug te zetten.</translation>
    </message>
    <message numerus="yes">
        <source>Restored to %1; the sweep destroyed %n recording(s) that were due.</source>
        <translation>
            <numerusform>Teruggezet naar %1; de bewaarcontrole vernietigde %n opname waarvan de termijn verstreken was.</numerusform>
            <numerusform>Teruggezet naar %1; de bewaarcontrole vernietigde %n opnamen waarvan de termijn verstreken was.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; restore never overwrites a vault.</source>
        <translation>%1 bestaat al; terugzetten overschrijft nooit een kluis.</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Kan %1 niet kopiëren: %2</translation>
    </message>
</context>
<context>
    <name>RetentionDesk</name>
    <message>
        <source>There is no recording %1.</source>
        <translation>Er is geen opname %1.</translation>
    </message>
    <message>
        <source>Recording %1 was destroyed on %2; nothing can bring it back.</source>
        <translation>Opname %1 is vernietigd op %2; niets kan haar terugbrengen.</translation>
    </message>
    <message>
        <source>Keeping a recording longer needs the agent&apos;s recorded consent: give the date of their written consent.</source>
        <translation>Een opname langer bewaren vraagt de vastgelegde toestemming van de medewerker: geef de datum van de schriftelijke toestemming.</translation>
    </message>
    <message>
        <source>The agent&apos;s consent cannot be dated in the future (%1).</source>
        <translation>De toestemming van de medewerker kan niet in de toekomst liggen (%1).</translation>
    </message>
    <message>
        <source>Keeping a recording longer needs a reason.</source>
        <translation>Een opname langer bewaren vraagt een reden.</translation>
    </message>
    <message>
        <source>Keeping a recording longer needs an end date after today.</source>
        <translation>Een opname langer bewaren vraagt een einddatum na vandaag.</translation>
    </message>
    <message numerus="yes">
        <source>The policy allows keeping a recording at most %n day(s) longer, until %1.</source>
        <translation>
            <numerusform>De regeling staat toe een opname hoogstens %n dag langer te bewaren, tot %1.</numerusform>
            <numerusform>De regeling staat toe een opname hoogstens %n dagen langer te bewaren, tot %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept until %1 with the agent&apos;s consent of %2: %3</source>
        <translation>bewaard tot %1 met toestemming van de medewerker van %2: %3</translation>
    </message>
</context>
<context>
    <name>RetentionSweep</name>
    <message>
        <source>its evaluation was signed off</source>
        <translation>de beoordeling ervan is ondertekend</translation>
    </message>
    <message numerus="yes">
        <source>its evaluation term of %n day(s) lapsed without a signed-off evaluation</source>
        <translation>
            <numerusform>de beoordelingstermijn van %n dag is verstreken zonder ondertekende beoordeling</numerusform>
            <numerusform>de beoordelingstermijn van %n dagen is verstreken zonder ondertekende beoordeling</numerusform>
        </translation>
    </message>
    <message>
        <source>the retention agreed with the agent ended on %1</source>
        <translation>het met de medewerker afgesproken bewaren eindigde op %1</translation>
    </message>
</context>
<context>
    <name>RulesEngine</name>
    <message>
        <source>your roles do not allow %1.</source>
        <translation>uw rollen staan %1 niet toe.</translation>
    </message>
    <message>
        <source>only a manager can authorise or revoke monitoring.</source>
        <translation>alleen een manager kan monitoren autoriseren of intrekken.</translation>
    </message>
    <message>
        <source>no policy with works-council consent is in force on %1; nothing can be monitored.</source>
        <translation>op %1 geldt geen regeling met instemming van de ondernemingsraad; er kan niets worden gemonitord.</translation>
    </message>
    <message>
        <source>the purpose &apos;%1&apos; is not enabled by policy version %2.</source>
        <translation>het doel &apos;%1&apos; is niet ingeschakeld in versie %2 van de regeling.</translation>
    </message>
    <message>
        <source>a new policy version needs its own works-council consent date.</source>
        <translation>een nieuwe versie van de regeling heeft een eigen datum van instemming door de ondernemingsraad nodig.</translation>
    </message>
    <message>
        <source>the assessment purpose needs an assessment protocol with its own works-council consent date.</source>
        <translation>het doel beoordeling vraagt om een beoordelingsprotocol met een eigen datum van instemming door de ondernemingsraad.</translation>
    </message>
    <message>
        <source>a public authority may rely on legitimate interest only for its internal operations; monitoring for the external client &apos;%1&apos; is not one.</source>
        <translation>een overheidsinstantie mag zich alleen voor haar interne bedrijfsvoering op gerechtvaardigd belang beroepen; monitoren voor de externe opdrachtgever &apos;%1&apos; valt daar niet onder.</translation>
    </message>
    <message>
        <source>%1 is not authorised by management to monitor for %2.</source>
        <translation>%1 is niet door het management geautoriseerd om te monitoren voor %2.</translation>
    </message>
    <message>
        <source>an authorisation records the date the person accepted the duty of confidentiality.</source>
        <translation>een autorisatie legt de datum vast waarop de persoon de geheimhoudingsplicht heeft aanvaard.</translation>
    </message>
    <message>
        <source>%1 is not registered as an agent (permanent, temporary, on-call or agency staff) and cannot be monitored.</source>
        <translation>%1 is niet geregistreerd als medewerker (vast, tijdelijk, oproepkracht of uitzendkracht) en kan niet worden gemonitord.</translation>
    </message>
    <message>
        <source>%1 has a legal duty of confidentiality (company doctor, works council or confidential adviser); their calls are never monitored.</source>
        <translation>%1 heeft een wettelijke geheimhoudingsplicht (bedrijfsarts, ondernemingsraad of vertrouwenspersoon); diens gesprekken worden nooit gemonitord.</translation>
    </message>
    <message>
        <source>the call is private and is never monitored.</source>
        <translation>het gesprek is privé en wordt nooit gemonitord.</translation>
    </message>
    <message>
        <source>the call is to or from a private line on the policy&apos;s list and is never monitored.</source>
        <translation>het gesprek is met een privélijn op de lijst van de regeling en wordt nooit gemonitord.</translation>
    </message>
    <message>
        <source>%1 was not informed of the monitoring policy before the call on %2.</source>
        <translation>%1 was voor het gesprek op %2 niet geïnformeerd over de monitoringsregeling.</translation>
    </message>
    <message>
        <source>the customer was not told the call was recorded.</source>
        <translation>de klant is niet verteld dat het gesprek werd opgenomen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would store the customer&apos;s personal data; leave it out.</source>
        <translation>&apos;%1&apos; zou persoonsgegevens van de klant opslaan; laat dit weg.</translation>
    </message>
    <message>
        <source>there is no written agreement with the external client &apos;%1&apos; on record before the call.</source>
        <translation>er is van voor het gesprek geen schriftelijke overeenkomst met de externe opdrachtgever &apos;%1&apos; vastgelegd.</translation>
    </message>
    <message>
        <source>agents were not informed beforehand of monitoring for the external client &apos;%1&apos;.</source>
        <translation>medewerkers zijn niet vooraf geïnformeerd over monitoren voor de externe opdrachtgever &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 already has %2 call(s) monitored for %3 between %4 and %5, the policy&apos;s maximum.</source>
        <translation>van %1 zijn tussen %4 en %5 al %2 gesprek(ken) gemonitord voor %3, het maximum van de regeling.</translation>
    </message>
    <message>
        <source>data obtained for %1 cannot be used for %2.</source>
        <translation>gegevens verkregen voor %1 mogen niet worden gebruikt voor %2.</translation>
    </message>
    <message>
        <source>nobody monitors their own calls.</source>
        <translation>niemand monitort de eigen gesprekken.</translation>
    </message>
    <message>
        <source>nobody evaluates their own calls.</source>
        <translation>niemand beoordeelt zijn eigen gesprekken.</translation>
    </message>
    <message>
        <source>the scorecard serves %1, not %2, the purpose this call was recorded for.</source>
        <translation>de scorekaart dient %1, niet %2, het doel waarvoor dit gesprek is opgenomen.</translation>
    </message>
    <message>
        <source>the scorecard version is a draft; only published criteria, known to agents in advance, evaluate a call.</source>
        <translation>deze versie van de scorekaart is een concept; alleen gepubliceerde criteria, vooraf bekend bij medewerkers, beoordelen een gesprek.</translation>
    </message>
    <message>
        <source>the scorecard version was published on %1, after the call on %2; its criteria were not known in advance.</source>
        <translation>deze versie van de scorekaart is gepubliceerd op %1, na het gesprek op %2; de criteria waren niet vooraf bekend.</translation>
    </message>
    <message>
        <source>the agent asked for another evaluator than you for this call.</source>
        <translation>de medewerker heeft voor dit gesprek om een andere beoordelaar dan u gevraagd.</translation>
    </message>
    <message>
        <source>this call already has a coach evaluation; a second evaluator only on the agent&apos;s request.</source>
        <translation>dit gesprek heeft al een beoordeling door een coach; een tweede beoordelaar alleen op verzoek van de medewerker.</translation>
    </message>
    <message>
        <source>the call on %1 is within %2 days after the agent&apos;s previous assessment evaluation (%3); the agent gets that time to improve first, unless they asked for an extra moment.</source>
        <translation>het gesprek op %1 valt binnen %2 dagen na de vorige beoordeling van de medewerker (%3); de medewerker krijgt eerst die tijd om te verbeteren, tenzij hij om een extra meetmoment vroeg.</translation>
    </message>
    <message>
        <source>only its evaluator changes an evaluation.</source>
        <translation>alleen de beoordelaar wijzigt een beoordeling.</translation>
    </message>
    <message>
        <source>the evaluation is submitted: it is the outcome the agent is told and can no longer change.</source>
        <translation>de beoordeling is ingediend: het is de uitkomst die de medewerker hoort en die kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>the coach&apos;s evaluation is not submitted yet.</source>
        <translation>de beoordeling van de coach is nog niet ingediend.</translation>
    </message>
    <message>
        <source>finish and submit your own self-evaluation of this call first; the coach&apos;s scores are not shown before.</source>
        <translation>rond eerst uw eigen zelfbeoordeling van dit gesprek af en dien die in; de scores van de coach worden niet eerder getoond.</translation>
    </message>
    <message>
        <source>Another evaluator can be asked for only against a submitted coach evaluation of the agent&apos;s own call.</source>
        <translation>Een andere beoordelaar kan alleen worden gevraagd tegen een ingediende beoordeling door een coach van een eigen gesprek van de medewerker.</translation>
    </message>
    <message>
        <source>the agent already asked for three additional moments between %1 and %2, the most in one assessment period.</source>
        <translation>de medewerker vroeg tussen %1 en %2 al om drie extra meetmomenten, het maximum in één beoordelingsperiode.</translation>
    </message>
    <message>
        <source>no policy in force on %1 enables the assessment purpose.</source>
        <translation>geen regeling die op %1 geldt, staat het doel beoordeling toe.</translation>
    </message>
    <message>
        <source>requests are recorded for agents only.</source>
        <translation>verzoeken worden alleen voor medewerkers vastgelegd.</translation>
    </message>
    <message>
        <source>only a coach&apos;s evaluation has a feedback session; a self-evaluation is not signed off.</source>
        <translation>alleen een beoordeling door een coach heeft een feedbackgesprek; een zelfbeoordeling wordt niet ondertekend.</translation>
    </message>
    <message>
        <source>the evaluation is not submitted yet; the feedback session discusses the submitted outcome.</source>
        <translation>de beoordeling is nog niet ingediend; in het feedbackgesprek wordt de ingediende uitkomst besproken.</translation>
    </message>
    <message>
        <source>the evaluation is signed off by the agent and the evaluator and never changes.</source>
        <translation>de beoordeling is ondertekend door de medewerker en de beoordelaar en verandert nooit meer.</translation>
    </message>
    <message>
        <source>only the evaluator adjusts the scores of an evaluation.</source>
        <translation>alleen de beoordelaar past de scores van een beoordeling aan.</translation>
    </message>
    <message>
        <source>the agent signed off these scores; they no longer change.</source>
        <translation>de medewerker heeft deze scores ondertekend; ze veranderen niet meer.</translation>
    </message>
    <message>
        <source>only the agent of the call and the evaluator sign off an evaluation.</source>
        <translation>alleen de medewerker van het gesprek en de beoordelaar ondertekenen een beoordeling.</translation>
    </message>
    <message>
        <source>the agent signs off first, then the evaluator.</source>
        <translation>eerst ondertekent de medewerker, daarna de beoordelaar.</translation>
    </message>
    <message>
        <source>this person has already signed off.</source>
        <translation>deze persoon heeft al ondertekend.</translation>
    </message>
    <message>
        <source>an evaluation can be disputed once it is signed off; before that the agent gives their view at sign-off.</source>
        <translation>tegen een beoordeling kan bezwaar worden gemaakt zodra die is ondertekend; daarvoor geeft de medewerker bij de ondertekening diens zienswijze.</translation>
    </message>
    <message>
        <source>a dispute of this evaluation is still open; it is resolved first.</source>
        <translation>er staat nog een bezwaar tegen deze beoordeling open; dat wordt eerst afgehandeld.</translation>
    </message>
    <message>
        <source>only the evaluator or a manager resolves a dispute of an evaluation.</source>
        <translation>alleen de beoordelaar of een manager handelt een bezwaar tegen een beoordeling af.</translation>
    </message>
    <message>
        <source>training clips come only from coaching recordings; this one was made for %1.</source>
        <translation>trainingsfragmenten komen alleen uit coachingsopnamen; deze is gemaakt voor %1.</translation>
    </message>
    <message>
        <source>the customer&apos;s voice is always disguised in a training clip.</source>
        <translation>de stem van de klant wordt in een trainingsfragment altijd vervormd.</translation>
    </message>
    <message>
        <source>%1 has not consented in writing to identifiable use in training; disguise both voices.</source>
        <translation>%1 heeft niet schriftelijk toegestemd in herkenbaar gebruik in trainingen; vervorm beide stemmen.</translation>
    </message>
    <message>
        <source>transcripts are kept and scanned only for coaching recordings, from which training clips are cut; this one was made for %1.</source>
        <translation>transcripten worden alleen bewaard en doorzocht voor coachingsopnamen, waaruit trainingsfragmenten worden geknipt; deze opname is gemaakt voor %1.</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>The scores file is not valid JSON: %1</source>
        <translation>Het scorebestand is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>Scores field %1: %2</source>
        <translation>Scoreveld %1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is geen bekend veld</translation>
    </message>
    <message>
        <source>must be &quot;coachvault-scores&quot; version 1</source>
        <translation>moet &quot;coachvault-scores&quot; versie 1 zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion of scorecard &apos;%2&apos; version %3</source>
        <translation>&apos;%1&apos; is geen criterium van scorekaart &apos;%2&apos; versie %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is scored twice</source>
        <translation>&apos;%1&apos; is twee keer gescoord</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een geheel getal van %1 tot en met %2 zijn</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 0 to %1 (the call&apos;s length)</source>
        <translation>moet een geheel aantal milliseconden van 0 tot en met %1 zijn (de lengte van het gesprek)</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 0</source>
        <translation>moet een geheel aantal milliseconden vanaf 0 zijn</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
</context>
<context>
    <name>ScorecardTemplate</name>
    <message>
        <source>The scorecard template is not valid JSON: %1</source>
        <translation>Het scorekaartsjabloon is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>Template field %1: %2</source>
        <translation>Sjabloonveld %1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is geen bekend veld</translation>
    </message>
    <message>
        <source>must be &quot;coachvault-scorecard&quot; version 1</source>
        <translation>moet &quot;coachvault-scorecard&quot; versie 1 zijn</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter</source>
        <translation>moet bestaan uit kleine letters, cijfers, &apos;-&apos;, &apos;_&apos; of &apos;.&apos;, beginnend met een letter</translation>
    </message>
    <message>
        <source>must be a number greater than 0 and at most 100</source>
        <translation>moet een getal groter dan 0 en hoogstens 100 zijn</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 100</source>
        <translation>moet een geheel getal van 1 tot en met 100 zijn</translation>
    </message>
    <message>
        <source>must hold exactly five labels, for 1 to 5</source>
        <translation>moet precies vijf labels bevatten, voor 1 tot en met 5</translation>
    </message>
    <message>
        <source>is only for the 1-5 scale</source>
        <translation>is alleen voor de schaal 1-5</translation>
    </message>
    <message>
        <source>is only for the points scale</source>
        <translation>is alleen voor de puntenschaal</translation>
    </message>
    <message>
        <source>must hold at least one criterion in some section</source>
        <translation>moet in een sectie ten minste één criterium bevatten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Exported to %1: %2 recordings (%3 with audio), %4 evaluations, %5 reports, %6 audit entries.</source>
        <translation>Geëxporteerd naar %1: %2 opnamen (%3 met audio), %4 beoordelingen, %5 rapporten, %6 auditregels.</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>Er is geen persoon #%1.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder.</source>
        <translation>%1 is niet leeg; kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Vastgelegde gegevens over %1</translation>
    </message>
    <message>
        <source>Exported on %1 by %2. The file data.json holds every item; the folder audio holds the recordings still held, reports the evaluation reports.</source>
        <translation>Geëxporteerd op %1 door %2. Het bestand data.json bevat alle gegevens; de map audio bevat de opnamen die nog worden bewaard, de map reports de evaluatierapporten.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Geldende regeling</translation>
    </message>
    <message>
        <source>Authorised to monitor</source>
        <translation>Geautoriseerd om te monitoren</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Opnamen</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Who accessed your data (audit)</source>
        <translation>Wie uw gegevens heeft ingezien (audittrail)</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 bestaat al; kies een ander bestand.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a template version id (see &apos;template list&apos;).</source>
        <translation>&apos;%1&apos; is geen id van een sjabloonversie (zie &apos;template list&apos;).</translation>
    </message>
    <message>
        <source>Draft version %1 of &apos;%2&apos; is stored as template %3.</source>
        <translation>Conceptversie %1 van &apos;%2&apos; is opgeslagen als sjabloon %3.</translation>
    </message>
    <message>
        <source>Version %1 of &apos;%2&apos; is published on %3 and can no longer change.</source>
        <translation>Versie %1 van &apos;%2&apos; is gepubliceerd op %3 en kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>No scorecard templates yet.</source>
        <translation>Nog geen scorekaartsjablonen.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>There is no scorecard template version %1.</source>
        <translation>Er is geen versie %1 van een scorekaartsjabloon.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>There is no scorecard template version %1.</source>
        <translation>Er is geen versie %1 van een scorekaartsjabloon.</translation>
    </message>
    <message>
        <source>version %1 of scorecard template &apos;%2&apos; was published on %3 and can never change; edit it as a new draft version.</source>
        <translation>versie %1 van scorekaartsjabloon &apos;%2&apos; is gepubliceerd op %3 en kan nooit meer veranderen; bewerk haar als een nieuwe conceptversie.</translation>
    </message>
    <message>
        <source>The draft belongs to template &apos;%1&apos;, not &apos;%2&apos;.</source>
        <translation>Het concept hoort bij sjabloon &apos;%1&apos;, niet bij &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>TranscriptCommands</name>
    <message>
        <source>There is no recording &apos;%1&apos;.</source>
        <translation>Er is geen opname &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported the transcript of recording %1: %2 segment(s), %n stretch(es) of personal data proposed for redaction.</source>
        <translation>
            <numerusform>Transcript van opname %1 geïmporteerd: %2 segment(en), %n stuk persoonsgegevens voorgesteld om onkenbaar te maken.</numerusform>
            <numerusform>Transcript van opname %1 geïmporteerd: %2 segment(en), %n stukken persoonsgegevens voorgesteld om onkenbaar te maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of proposal ids: give e.g. 3,4,7 or all.</source>
        <translation>&apos;%1&apos; is geen lijst van voorstelnummers: geef bijvoorbeeld 3,4,7 of all.</translation>
    </message>
    <message>
        <source>Give --accept IDS, --reject IDS, or both.</source>
        <translation>Geef --accept NUMMERS, --reject NUMMERS, of beide.</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected.</source>
        <translation>%1 geaccepteerd, %2 afgewezen.</translation>
    </message>
    <message>
        <source>%1 of %2 name(s) added; the others were on the list already.</source>
        <translation>%1 van %2 naam/namen toegevoegd; de andere stonden al op de lijst.</translation>
    </message>
</context>
<context>
    <name>TranscriptDesk</name>
    <message>
        <source>There is no recording %1 in this vault.</source>
        <translation>Er is geen opname %1 in deze kluis.</translation>
    </message>
    <message>
        <source>Recording %1 has no transcript; import one first.</source>
        <translation>Opname %1 heeft geen transcript; importeer er eerst een.</translation>
    </message>
    <message>
        <source>The transcript runs to %1, but the recording lasts %2: is it the transcript of another call?</source>
        <translation>Het transcript loopt tot %1, maar de opname duurt %2: is het het transcript van een ander gesprek?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use letters, spaces, hyphens and apostrophes, at most 60 characters.</source>
        <translation>&quot;%1&quot; is geen naam: gebruik letters, spaties, koppeltekens en apostrofs, hoogstens 60 tekens.</translation>
    </message>
    <message>
        <source>Name at least one name to add.</source>
        <translation>Noem ten minste één naam om toe te voegen.</translation>
    </message>
    <message>
        <source>Proposal %1 cannot be both accepted and rejected.</source>
        <translation>Voorstel %1 kan niet tegelijk geaccepteerd en afgewezen worden.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) of the transcript within the clip are still to decide: accept or reject them first.</source>
        <translation>
            <numerusform>Nog %n voorstel uit het transcript binnen het fragment is niet beslist: accepteer of wijs het eerst af.</numerusform>
            <numerusform>Nog %n voorstellen uit het transcript binnen het fragment zijn niet beslist: accepteer of wijs ze eerst af.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptFormats</name>
    <message>
        <source>Transcript line %1: %2</source>
        <translation>Transcriptregel %1: %2</translation>
    </message>
    <message>
        <source>expected a cue number, found &quot;%1&quot;</source>
        <translation>verwacht een cuenummer, gevonden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a timing line &quot;start --&gt; end&quot;</source>
        <translation>verwacht een tijdregel &quot;begin --&gt; einde&quot;</translation>
    </message>
    <message>
        <source>the timestamp is not hh:mm:ss.mmm</source>
        <translation>de tijdcode is niet uu:mm:ss.mmm</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation>de cue eindigt voordat hij begint</translation>
    </message>
    <message>
        <source>the cue starts before the previous cue</source>
        <translation>de cue begint vóór de vorige cue</translation>
    </message>
    <message>
        <source>the cue has no text</source>
        <translation>de cue heeft geen tekst</translation>
    </message>
    <message>
        <source>The transcript has no cues.</source>
        <translation>Het transcript heeft geen cues.</translation>
    </message>
    <message>
        <source>The JSON transcript must have &quot;format&quot;: &quot;coachvault-transcript&quot; and &quot;version&quot;: 1.</source>
        <translation>Het JSON-transcript moet &quot;format&quot;: &quot;coachvault-transcript&quot; en &quot;version&quot;: 1 hebben.</translation>
    </message>
    <message>
        <source>The JSON transcript has no &quot;words&quot;.</source>
        <translation>Het JSON-transcript heeft geen &quot;words&quot;.</translation>
    </message>
    <message>
        <source>JSON word %1: needs &quot;word&quot;, &quot;startMs&quot; and &quot;endMs&quot; with end after start.</source>
        <translation>JSON-woord %1: vraagt &quot;word&quot;, &quot;startMs&quot; en &quot;endMs&quot;, met het einde na het begin.</translation>
    </message>
    <message>
        <source>JSON word %1: starts before the word before it.</source>
        <translation>JSON-woord %1: begint vóór het woord ervoor.</translation>
    </message>
</context>
<context>
    <name>TranscriptStore</name>
    <message>
        <source>%1 is not a proposal of the transcript of recording %2.</source>
        <translation>%1 is geen voorstel bij het transcript van opname %2.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault has schema version %1, written by a newer CoachVault; this version understands up to %2. Update CoachVault to open it.</source>
        <translation>Deze kluis heeft schemaversie %1, geschreven door een nieuwere CoachVault; deze versie begrijpt tot en met %2. Werk CoachVault bij om de kluis te openen.</translation>
    </message>
    <message>
        <source>Upgrading the vault to schema version %1 failed; it was left unchanged: %2</source>
        <translation>Bijwerken van de kluis naar schemaversie %1 is mislukt; de kluis is ongewijzigd gebleven: %2</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Er is geen kluis op %1.</translation>
    </message>
    <message>
        <source>%1 already exists; CoachVault will not overwrite it.</source>
        <translation>%1 bestaat al; CoachVault overschrijft het niet.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a CoachVault vault; it is refused.</source>
        <translation>%1 is een onversleutelde SQLite-database, geen CoachVault-kluis; het wordt geweigerd.</translation>
    </message>
    <message>
        <source>%1 is too short to be a CoachVault vault.</source>
        <translation>%1 is te kort om een CoachVault-kluis te zijn.</translation>
    </message>
    <message>
        <source>SQLCipher encryption is not active in this build (PRAGMA cipher_version gave no answer); the vault is not opened.</source>
        <translation>SQLCipher-versleuteling is niet actief in deze build (PRAGMA cipher_version gaf geen antwoord); de kluis wordt niet geopend.</translation>
    </message>
    <message>
        <source>The key or passphrase does not open %1 (or it is not a CoachVault vault).</source>
        <translation>De sleutel of wachtwoordzin opent %1 niet (of het is geen CoachVault-kluis).</translation>
    </message>
    <message>
        <source>The vault refused the setting %1 (answer: %2).</source>
        <translation>De kluis weigerde de instelling %1 (antwoord: %2).</translation>
    </message>
    <message>
        <source>A vault key must be 32 bytes.</source>
        <translation>Een kluissleutel moet 32 bytes zijn.</translation>
    </message>
    <message>
        <source>%1 is an encrypted database but not a CoachVault vault.</source>
        <translation>%1 is een versleutelde database, maar geen CoachVault-kluis.</translation>
    </message>
    <message>
        <source>%1 uses vault format %2, which this version of CoachVault does not know.</source>
        <translation>%1 gebruikt kluisformaat %2, dat deze versie van CoachVault niet kent.</translation>
    </message>
    <message>
        <source>The vault is in use by another program; close it there and try again.</source>
        <translation>De kluis is in gebruik door een ander programma; sluit hem daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Replacing the vault file failed (%1); the vault is unchanged.</source>
        <translation>Vervangen van het kluisbestand is mislukt (%1); de kluis is ongewijzigd.</translation>
    </message>
    <message>
        <source>A vault passphrase needs at least %1 characters.</source>
        <translation>Een wachtwoordzin voor de kluis heeft ten minste %1 tekens nodig.</translation>
    </message>
    <message>
        <source>No keychain was given for a keychain vault.</source>
        <translation>Voor een kluis met sleutelbos is geen sleutelbos opgegeven.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault failed: %1</source>
        <translation>Opnieuw versleutelen van de kluis is mislukt: %1</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 bestaat al; een back-up overschrijft nooit een bestand.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Give the passphrase with --passphrase-file FILE or COACHVAULT_PASSPHRASE.</source>
        <translation>Geef de wachtwoordzin op met --passphrase-file BESTAND of COACHVAULT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Created vault %1; its key is kept in the system keychain.</source>
        <translation>Kluis %1 aangemaakt; de sleutel wordt bewaard in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>Created vault %1; it opens with its passphrase.</source>
        <translation>Kluis %1 aangemaakt; die opent met de wachtwoordzin.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under a new key kept in the system keychain.</source>
        <translation>De kluis is opnieuw versleuteld met een nieuwe sleutel in de systeemsleutelbos.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase.</source>
        <translation>De kluis is opnieuw versleuteld met de nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>Choose either --to-keychain or --to-passphrase.</source>
        <translation>Kies --to-keychain of --to-passphrase, niet allebei.</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>systeemsleutelbos</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>wachtwoordzin</translation>
    </message>
    <message>
        <source>temporary key (demo)</source>
        <translation>tijdelijke sleutel (demo)</translation>
    </message>
</context>
<context>
    <name>VaultKey</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtwoordzin is leeg.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Onvoldoende geheugen om de sleutel uit de wachtwoordzin af te leiden.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AdjustScoreDialog</name>
    <message>
        <source>Adjust score</source>
        <translation>Score aanpassen</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Criterium:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>&amp;New score:</source>
        <translation>&amp;Nieuwe score:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>The score before the change stays on record and on the report.</source>
        <translation>De score van vóór de wijziging blijft vastgelegd en staat op het rapport.</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Aanpassen</translation>
    </message>
</context>
<context>
    <name>cv::ui::AppController</name>
    <message>
        <source>CoachVault demo</source>
        <translation>CoachVault-demo</translation>
    </message>
    <message>
        <source>No private folder for the demo vault could be made in %1: %2</source>
        <translation>In %1 kon geen afgeschermde map voor de demokluis worden gemaakt: %2</translation>
    </message>
    <message>
        <source>The demo vault could not be made: %1</source>
        <translation>De demokluis kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::AreaPage</name>
    <message>
        <source>Nothing to show here yet: this area arrives in a later version of CoachVault.</source>
        <translation>Hier is nog niets te zien: dit onderdeel komt in een latere versie van CoachVault.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AuditArea</name>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Door:</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>O&amp;ver:</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>elke handeling</translation>
    </message>
    <message>
        <source>The start of an action, e.g. &quot;person.&quot; for every change to persons.</source>
        <translation>Het begin van een handeling, bijv. &quot;person.&quot; voor elke wijziging aan personen.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Handeling:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Tussen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the entries again (F5)</source>
        <translation>De regels opnieuw lezen (F5)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Keten controleren</translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed, inserted or reordered.</source>
        <translation>Controleren dat geen regel is gewijzigd, verwijderd, ingevoegd of verplaatst.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Auditregels</translation>
    </message>
    <message>
        <source>You see the entries about your own data: who looked at or changed it, and when.</source>
        <translation>U ziet de regels over uw eigen gegevens: wie ze heeft ingezien of gewijzigd, en wanneer.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Het auditspoor is intact: %n regel gecontroleerd.</numerusform>
            <numerusform>Het auditspoor is intact: %n regels gecontroleerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::AuditTableModel</name>
    <message>
        <source>Person #%1</source>
        <translation>Persoon #%1</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(systeem)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>cv::ui::AuthorisationTableModel</name>
    <message>
        <source>Person #%1</source>
        <translation>Persoon #%1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Confidentiality accepted</source>
        <translation>Geheimhoudingsplicht aanvaard</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Geautoriseerd door</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>cv::ui::AuthorisationsTab</name>
    <message>
        <source>Only the persons listed here, authorised by management, may listen to and evaluate calls, and only for the purposes shown. Everyone can see this list.</source>
        <translation>Alleen de personen in deze lijst, geautoriseerd door het management, mogen gesprekken beluisteren en beoordelen, en alleen voor de getoonde doelen. Iedereen kan deze lijst inzien.</translation>
    </message>
    <message>
        <source>Who may listen to calls</source>
        <translation>Wie gesprekken mag beluisteren</translation>
    </message>
    <message>
        <source>&amp;Authorise…</source>
        <translation>&amp;Autoriseren…</translation>
    </message>
    <message>
        <source>Authorise a person to monitor (%1)</source>
        <translation>Een persoon autoriseren om mee te luisteren (%1)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Revoke the selected authorisation (Del)</source>
        <translation>De gekozen autorisatie intrekken (Del)</translation>
    </message>
    <message>
        <source>Revoke authorisation</source>
        <translation>Autorisatie intrekken</translation>
    </message>
    <message>
        <source>Revoke the authorisation of %1 (%2)? They can then no longer monitor for these purposes.</source>
        <translation>De autorisatie van %1 (%2) intrekken? Deze persoon kan dan niet meer meeluisteren voor deze doelen.</translation>
    </message>
    <message>
        <source>The authorisation of %1 was revoked.</source>
        <translation>De autorisatie van %1 is ingetrokken.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AuthoriseDialog</name>
    <message>
        <source>Authorise a person to monitor</source>
        <translation>Een persoon autoriseren om mee te luisteren</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aanvaard op</translation>
    </message>
    <message>
        <source>Only authorised persons may import, listen to and evaluate calls, and only for the purposes given here. The person must have accepted the duty of confidentiality.</source>
        <translation>Alleen geautoriseerde personen mogen gesprekken importeren, beluisteren en beoordelen, en alleen voor de doelen die u hier opgeeft. De persoon moet de geheimhoudingsplicht hebben aanvaard.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Doelen:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>Duty of confidentiality:</source>
        <translation>Geheimhoudingsplicht:</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autoriseren</translation>
    </message>
</context>
<context>
    <name>cv::ui::CallPane</name>
    <message>
        <source>Agent and customer</source>
        <translation>Medewerker en klant</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Call of %1, %2</source>
        <translation>Gesprek van %1, %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::ClipEditor</name>
    <message>
        <source>Set the clip&apos;s range</source>
        <translation>Bereik van het fragment instellen</translation>
    </message>
    <message>
        <source>Redact a region</source>
        <translation>Een stuk onkenbaar maken</translation>
    </message>
    <message>
        <source>Remove a redaction</source>
        <translation>Een onkenbaarmaking verwijderen</translation>
    </message>
    <message>
        <source>Change a redaction&apos;s fill</source>
        <translation>De vulling van een onkenbaarmaking wijzigen</translation>
    </message>
    <message>
        <source>Change the voice disguise</source>
        <translation>De stemvervorming wijzigen</translation>
    </message>
    <message>
        <source>Change the disguise&apos;s strength</source>
        <translation>De sterkte van de vervorming wijzigen</translation>
    </message>
</context>
<context>
    <name>cv::ui::ClipsArea</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 kHz tone</source>
        <translation>toon van 1 kHz</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stilte</translation>
    </message>
    <message>
        <source>Cut a clip</source>
        <translation>Fragment knippen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>&amp;Coaching call:</source>
        <translation>&amp;Coachingsgesprek:</translation>
    </message>
    <message>
        <source>The clip</source>
        <translation>Het fragment</translation>
    </message>
    <message>
        <source>Use selection (&amp;R)</source>
        <translation>Selectie gebruiken (&amp;R)</translation>
    </message>
    <message>
        <source>Drag on the waveform to select, then press R.</source>
        <translation>Sleep over de golfvorm om te selecteren en druk dan op R.</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereik:</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Onkenbaar</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Redact selection (&amp;X)</source>
        <translation>Selectie onkenbaar maken (&amp;X)</translation>
    </message>
    <message>
        <source>Tone/silence (&amp;T)</source>
        <translation>Toon/stilte (&amp;T)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Verwijderen (Del)</translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation>Onkenbaar gemaakt:</translation>
    </message>
    <message>
        <source>The customer&apos;s voice</source>
        <translation>De stem van de klant</translation>
    </message>
    <message>
        <source>Both voices</source>
        <translation>Beide stemmen</translation>
    </message>
    <message>
        <source>&amp;Disguise:</source>
        <translation>Stem&amp;vervorming:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Preview (P)</source>
        <translation>&amp;Voorbeeld (P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>WAV, FLAC or Ogg Opus, loudness normalised, without metadata (Ctrl+E).</source>
        <translation>WAV, FLAC of Ogg Opus, luidheid genormaliseerd, zonder metadata (Ctrl+E).</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
    <message>
        <source>Consent relied on</source>
        <translation>Toestemming waarop steunt</translation>
    </message>
    <message>
        <source>Playing the clip as it will be exported: %1, %2 LUFS. Press P to stop.</source>
        <translation>Het fragment speelt zoals het wordt geëxporteerd: %1, %2 LUFS. Druk op P om te stoppen.</translation>
    </message>
    <message>
        <source>Select a part of the call on the waveform first (drag).</source>
        <translation>Selecteer eerst een deel van het gesprek op de golfvorm (slepen).</translation>
    </message>
    <message>
        <source>Select what to redact on the waveform first (drag).</source>
        <translation>Selecteer eerst wat onkenbaar moet worden op de golfvorm (slepen).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n semitone(s)</source>
        <translation>
            <numerusform>%n halve toon</numerusform>
            <numerusform>%n halve tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Training clips are cut by trainers, coaches and managers.</source>
        <translation>Trainingsfragmenten worden geknipt door trainers, coaches en managers.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>There are no coaching calls to cut clips from; only calls recorded for coaching may serve training (R-TRAIN-2).</source>
        <translation>Er zijn geen coachingsgesprekken om fragmenten uit te knippen; alleen gesprekken die voor coaching zijn opgenomen mogen voor training dienen (R-TRAIN-2).</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>De medewerker</translation>
    </message>
    <message>
        <source>%1 consented in writing to identifiable use on %2; the agent&apos;s voice may stay recognisable.</source>
        <translation>%1 stemde op %2 schriftelijk in met herkenbaar gebruik; de stem van de medewerker mag herkenbaar blijven.</translation>
    </message>
    <message>
        <source>%1 has not consented to identifiable use: both voices are disguised (R-TRAIN-1).</source>
        <translation>%1 heeft niet ingestemd met herkenbaar gebruik: beide stemmen worden vervormd (R-TRAIN-1).</translation>
    </message>
    <message>
        <source>Export clip</source>
        <translation>Fragment exporteren</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.opus)</source>
        <translation>Audio (*.wav *.flac *.opus)</translation>
    </message>
    <message>
        <source>The clip was not exported: %1</source>
        <translation>Het fragment is niet geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Clip exported to %1 (%2 kB, loudness normalised).</source>
        <translation>Fragment geëxporteerd naar %1 (%2 kB, luidheid genormaliseerd).</translation>
    </message>
    <message>
        <source>both voices disguised</source>
        <translation>beide stemmen vervormd</translation>
    </message>
    <message>
        <source>the customer&apos;s voice disguised</source>
        <translation>de stem van de klant vervormd</translation>
    </message>
    <message numerus="yes">
        <source>, %n redaction(s)</source>
        <translation>
            <numerusform>, %n onkenbaarmaking</numerusform>
            <numerusform>, %n onkenbaarmakingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s written consent of %2</source>
        <translation>schriftelijke toestemming van %1 van %2</translation>
    </message>
    <message>
        <source>none needed: anonymised</source>
        <translation>niet nodig: geanonimiseerd</translation>
    </message>
    <message>
        <source>Redact the personal data found in the transcript</source>
        <translation>De persoonsgegevens uit het transcript onkenbaar maken</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateVaultDialog</name>
    <message>
        <source>Create a new vault</source>
        <translation>Nieuwe kluis maken</translation>
    </message>
    <message>
        <source>A vault is one encrypted file that holds everything CoachVault keeps: recordings, evaluations, notes and the audit trail.</source>
        <translation>Een kluis is één versleuteld bestand met alles wat CoachVault bewaart: opnamen, evaluaties, notities en de audittrail.</translation>
    </message>
    <message>
        <source>Where to save the vault</source>
        <translation>Waar de kluis wordt opgeslagen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>Kluis&amp;bestand:</translation>
    </message>
    <message>
        <source>Protect the vault with</source>
        <translation>Beveilig de kluis met</translation>
    </message>
    <message>
        <source>The system &amp;keychain (recommended)</source>
        <translation>De &amp;systeemsleutelbos (aanbevolen)</translation>
    </message>
    <message>
        <source>A &amp;passphrase</source>
        <translation>Een &amp;wachtwoordzin</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Wachtwoord&amp;zin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>A random key that your desktop&apos;s keychain keeps for your login. There is nothing to remember.</source>
        <translation>Een willekeurige sleutel die de sleutelbos van uw bureaublad voor uw account bewaart. U hoeft niets te onthouden.</translation>
    </message>
    <message>
        <source>For computers without a keychain. Nobody can open the vault without the passphrase, and CoachVault cannot recover a forgotten one.</source>
        <translation>Voor computers zonder sleutelbos. Zonder de wachtwoordzin kan niemand de kluis openen, en een vergeten wachtwoordzin kan CoachVault niet herstellen.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Kluis &amp;maken</translation>
    </message>
    <message>
        <source>Save the new vault as</source>
        <translation>Nieuwe kluis opslaan als</translation>
    </message>
    <message>
        <source>CoachVault vaults (*.cvault)</source>
        <translation>CoachVault-kluizen (*.cvault)</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters (now %2).</source>
        <translation>Te kort: ten minste %1 tekens (nu %2).</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>De wachtwoordzinnen zijn gelijk.</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Ten minste %1 tekens. Een paar losse woorden zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Choose where to save the new vault.</source>
        <translation>Kies waar de nieuwe kluis wordt opgeslagen.</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose another name: CoachVault never overwrites a file.</source>
        <translation>Op %1 staat al een bestand. Kies een andere naam: CoachVault overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>De wachtwoordzin heeft ten minste %1 tekens nodig.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CredentialDialog</name>
    <message>
        <source>Set PIN or password for %1</source>
        <translation>Pincode of wachtwoord instellen voor %1</translation>
    </message>
    <message>
        <source>A PIN has at least 6 digits; a password at least 10 characters. Give it to %1 in person.</source>
        <translation>Een pincode heeft minstens 6 cijfers, een wachtwoord minstens 10 tekens. Geef het persoonlijk aan %1.</translation>
    </message>
    <message>
        <source>&amp;New PIN or password:</source>
        <translation>&amp;Nieuwe pincode of wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>The two entries do not match yet.</source>
        <translation>De twee invoeren komen nog niet overeen.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CriterionRow</name>
    <message>
        <source>critical</source>
        <translation>kritiek</translation>
    </message>
    <message>
        <source>Scored at its lowest value, this criterion fails the whole call.</source>
        <translation>Met de laagste waarde gescoord maakt dit criterium het hele gesprek onvoldoende.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weging %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Nee (%1)</translation>
    </message>
    <message>
        <source>n.a.</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>Not applicable to this call (9)</source>
        <translation>Niet van toepassing op dit gesprek (9)</translation>
    </message>
    <message>
        <source>Comment (Enter)</source>
        <translation>Opmerking (Enter)</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Opmerking bij %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::FeedbackArea</name>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Beoordeling:</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <source>to discuss</source>
        <translation>te bespreken</translation>
    </message>
    <message>
        <source>Evaluation %1 of %2&apos;s call, submitted %3 (%4)</source>
        <translation>Beoordeling %1 van het gesprek van %2, ingediend op %3 (%4)</translation>
    </message>
    <message>
        <source>No submitted evaluation to discuss yet. Once a coach submits an evaluation in the Review area, coach and agent go through it here and sign it off.</source>
        <translation>Er is nog geen ingediende beoordeling om te bespreken. Zodra een coach in het onderdeel Evalueren een beoordeling indient, nemen coach en medewerker die hier samen door en ondertekenen ze die.</translation>
    </message>
    <message>
        <source>Choose an evaluation above to go through it with the agent.</source>
        <translation>Kies hierboven een beoordeling om die met de medewerker door te nemen.</translation>
    </message>
    <message>
        <source>The recording of this call is no longer held; the evaluation and its sign-offs remain.</source>
        <translation>De opname van dit gesprek wordt niet meer bewaard; de beoordeling en de ondertekeningen blijven bestaan.</translation>
    </message>
</context>
<context>
    <name>cv::ui::FeedbackSessionPanel</name>
    <message>
        <source>no total</source>
        <translation>geen totaal</translation>
    </message>
    <message>
        <source>%1, failed on a critical criterion</source>
        <translation>%1, onvoldoende op een kritiek criterium</translation>
    </message>
    <message>
        <source>Scores of the coach and the agent</source>
        <translation>Scores van de coach en de medewerker</translation>
    </message>
    <message>
        <source>&amp;Adjust score…</source>
        <translation>Score &amp;aanpassen…</translation>
    </message>
    <message>
        <source>Change the selected criterion&apos;s score with the agent; the score before stays on record.</source>
        <translation>Wijzig samen met de medewerker de score van het gekozen criterium; de eerdere score blijft vastgelegd.</translation>
    </message>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation>&amp;Rapport opslaan als pdf…</translation>
    </message>
    <message>
        <source>The agent&apos;s &amp;view on this evaluation:</source>
        <translation>De &amp;zienswijze van de medewerker op deze beoordeling:</translation>
    </message>
    <message>
        <source>What the agent thinks of the outcome, in their own words. It is kept with the evaluation and printed on the report.</source>
        <translation>Wat de medewerker van de uitkomst vindt, in eigen woorden. Dit wordt bij de beoordeling bewaard en op het rapport afgedrukt.</translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation>Bezwaar &amp;maken…</translation>
    </message>
    <message>
        <source>Re&amp;solve dispute…</source>
        <translation>Bezwaar a&amp;fhandelen…</translation>
    </message>
    <message>
        <source>a destroyed recording</source>
        <translation>een vernietigde opname</translation>
    </message>
    <message>
        <source>%1 with %2 on the call of %3 — %4, version %5</source>
        <translation>%1 met %2 over het gesprek van %3 — %4, versie %5</translation>
    </message>
    <message numerus="yes">
        <source>Coach: %1 · Agent&apos;s self-evaluation: %2 · %n criterion/criteria scored differently</source>
        <translation>
            <numerusform>Coach: %1 · Zelfbeoordeling van de medewerker: %2 · %n criterium anders gescoord</numerusform>
            <numerusform>Coach: %1 · Zelfbeoordeling van de medewerker: %2 · %n criteria anders gescoord</numerusform>
        </translation>
    </message>
    <message>
        <source>Coach: %1 · The agent did not evaluate this call themselves.</source>
        <translation>Coach: %1 · De medewerker heeft dit gesprek niet zelf beoordeeld.</translation>
    </message>
    <message>
        <source>%1 agreed and signed on %2.</source>
        <translation>%1 was het ermee eens en heeft op %2 ondertekend.</translation>
    </message>
    <message>
        <source>%1 disagreed and signed on %2.</source>
        <translation>%1 was het er niet mee eens en heeft op %2 ondertekend.</translation>
    </message>
    <message>
        <source>%1 signed on %2.</source>
        <translation>%1 heeft op %2 ondertekend.</translation>
    </message>
    <message>
        <source>%1 signs after the agent.</source>
        <translation>%1 ondertekent na de medewerker.</translation>
    </message>
    <message>
        <source>Final. Sealed in the audit trail on %1 (SHA-256 %2); any later change is caught by the audit check.</source>
        <translation>Definitief. Op %1 verzegeld in de audittrail (SHA-256 %2); elke latere wijziging komt bij de auditcontrole aan het licht.</translation>
    </message>
    <message>
        <source>Disputed by %1 on %2: %3</source>
        <translation>Bezwaar van %1 op %2: %3</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation>Afgehandeld door %1 op %2: %3</translation>
    </message>
    <message>
        <source>Select the criterion to adjust first.</source>
        <translation>Kies eerst het criterium dat u wilt aanpassen.</translation>
    </message>
    <message>
        <source>The agent signed. Now the coach signs.</source>
        <translation>De medewerker heeft ondertekend. Nu ondertekent de coach.</translation>
    </message>
    <message>
        <source>Signed by both: the evaluation is final.</source>
        <translation>Door beiden ondertekend: de beoordeling is definitief.</translation>
    </message>
    <message>
        <source>Dispute the evaluation</source>
        <translation>Bezwaar maken tegen de beoordeling</translation>
    </message>
    <message>
        <source>Why do you dispute this evaluation?</source>
        <translation>Waarom maakt u bezwaar tegen deze beoordeling?</translation>
    </message>
    <message>
        <source>Your dispute is recorded; the coach will answer it.</source>
        <translation>Uw bezwaar is vastgelegd; de coach zal erop antwoorden.</translation>
    </message>
    <message>
        <source>Resolve the dispute</source>
        <translation>Het bezwaar afhandelen</translation>
    </message>
    <message>
        <source>%1 wrote: %2

Your answer:</source>
        <translation>%1 schreef: %2

Uw antwoord:</translation>
    </message>
    <message>
        <source>The dispute is resolved; the answer is on the report.</source>
        <translation>Het bezwaar is afgehandeld; het antwoord staat op het rapport.</translation>
    </message>
    <message>
        <source>Save the evaluation report</source>
        <translation>Het evaluatierapport opslaan</translation>
    </message>
    <message>
        <source>evaluation-%1.pdf</source>
        <translation>beoordeling-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Het rapport kon niet worden opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>The report is saved to %1.</source>
        <translation>Het rapport is opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ImportProgressDialog</name>
    <message>
        <source>Importing calls</source>
        <translation>Gesprekken importeren</translation>
    </message>
    <message>
        <source>Stop after the call being imported now; calls already imported stay in the vault.</source>
        <translation>Stop na het gesprek dat nu wordt geïmporteerd; al geïmporteerde gesprekken blijven in de kluis.</translation>
    </message>
    <message>
        <source>Stopping after this call…</source>
        <translation>Stoppen na dit gesprek…</translation>
    </message>
    <message>
        <source>Importing call %1 of %2</source>
        <translation>Gesprek %1 van %2 importeren</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <source>Looking for calls…</source>
        <translation>Gesprekken zoeken…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ImportSummaryDialog</name>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Opname %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation>Wat er met elk bestand is gebeurd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Nothing of a refused or failed call was stored. Correct the file or its manifest entry and import again: calls already imported are recognised and not stored twice.</source>
        <translation>Van een geweigerd of mislukt gesprek is niets opgeslagen. Verbeter het bestand of de manifestregel en importeer opnieuw: al geïmporteerde gesprekken worden herkend en niet dubbel opgeslagen.</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Alles kopiëren</translation>
    </message>
    <message>
        <source>Copy the whole report as text, one line per file</source>
        <translation>Kopieer het hele verslag als tekst, één regel per bestand</translation>
    </message>
    <message>
        <source>1 call imported for %1</source>
        <translation>1 gesprek geïmporteerd voor %1</translation>
    </message>
    <message>
        <source>%1 calls imported for %2</source>
        <translation>%1 gesprekken geïmporteerd voor %2</translation>
    </message>
    <message>
        <source>%1 refused by the rules</source>
        <translation>%1 geweigerd door de regels</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 mislukt</translation>
    </message>
    <message>
        <source>%1 not imported (cancelled)</source>
        <translation>%1 niet geïmporteerd (geannuleerd)</translation>
    </message>
</context>
<context>
    <name>cv::ui::InboxArea</name>
    <message>
        <source>Calls and manifests (*.wav *.rf64 *.w64 *.flac *.ogg *.oga *.opus *.mp3 *.au *.aif *.aiff *.caf *.gsm *.csv *.json);;All files (*)</source>
        <translation>Gesprekken en manifesten (*.wav *.rf64 *.w64 *.flac *.ogg *.oga *.opus *.mp3 *.au *.aif *.aiff *.caf *.gsm *.csv *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Opnamen</translation>
    </message>
    <message>
        <source>Enter or a double click opens the recording.</source>
        <translation>Enter of dubbelklikken opent de opname.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;No calls in the vault yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop audio files or a folder here, or choose &lt;b&gt;Import files…&lt;/b&gt; (%1) or &lt;b&gt;Import folder…&lt;/b&gt; above.&lt;/p&gt;&lt;p&gt;Each call needs an entry in a manifest: a CSV or JSON file next to the audio, or a sidecar &lt;i&gt;call.wav.json&lt;/i&gt;. It names the agent, when the call started and whether the customer heard the recording notice; the format is described in &lt;i&gt;docs/manifest.md&lt;/i&gt;. Every call is checked against the monitoring rules before anything is stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Nog geen gesprekken in de kluis&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sleep audiobestanden of een map hierheen, of kies hierboven &lt;b&gt;Bestanden importeren…&lt;/b&gt; (%1) of &lt;b&gt;Map importeren…&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Elk gesprek heeft een regel in een manifest nodig: een CSV- of JSON-bestand naast de audio, of een sidecar &lt;i&gt;call.wav.json&lt;/i&gt;. Daarin staan de medewerker, wanneer het gesprek begon en of de klant de opnamemelding heeft gehoord; het formaat staat in &lt;i&gt;docs/manifest.md&lt;/i&gt;. Elk gesprek wordt aan de monitoringregels getoetst voordat er iets wordt opgeslagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;No calls in the vault yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Coaches and managers import sampled calls; they will be listed here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Nog geen gesprekken in de kluis&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Coaches en managers importeren steekproefgesprekken; die verschijnen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;No recordings of your calls&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a coach imports one of your calls for coaching or assessment, you will see it here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Geen opnamen van uw gesprekken&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Als een coach een van uw gesprekken importeert voor coaching of beoordeling, ziet u het hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <source>Import calls from audio files and their manifests (%1)</source>
        <translation>Gesprekken importeren uit audiobestanden en hun manifesten (%1)</translation>
    </message>
    <message>
        <source>Import every call described by the manifests in a folder and its subfolders</source>
        <translation>Importeer elk gesprek dat de manifesten in een map en de submappen beschrijven</translation>
    </message>
    <message>
        <source>What the imported calls will be used for. A call keeps this purpose for ever (R-PURPOSE-1), and the policy must allow it.</source>
        <translation>Waarvoor de geïmporteerde gesprekken worden gebruikt. Een gesprek houdt dit doel altijd (R-PURPOSE-1), en de regeling moet het toestaan.</translation>
    </message>
    <message>
        <source>For &amp;purpose:</source>
        <translation>Voor &amp;doel:</translation>
    </message>
    <message>
        <source>You see the recordings of your own calls.</source>
        <translation>U ziet de opnamen van uw eigen gesprekken.</translation>
    </message>
    <message>
        <source>Filter by agent, queue, purpose…</source>
        <translation>Filter op medewerker, wachtrij, doel…</translation>
    </message>
    <message>
        <source>Filter recordings</source>
        <translation>Opnamen filteren</translation>
    </message>
    <message>
        <source>1 recording</source>
        <translation>1 opname</translation>
    </message>
    <message>
        <source>%1 recordings</source>
        <translation>%1 opnamen</translation>
    </message>
    <message>
        <source>%1 of 1 recording</source>
        <translation>%1 van 1 opname</translation>
    </message>
    <message>
        <source>%1 of %2 recordings</source>
        <translation>%1 van %2 opnamen</translation>
    </message>
    <message>
        <source>Import calls</source>
        <translation>Gesprekken importeren</translation>
    </message>
    <message>
        <source>Import the calls in a folder</source>
        <translation>De gesprekken in een map importeren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drop to import these calls for %1&lt;/p&gt;&lt;p style=&apos;font-size:10pt; font-weight:normal&apos;&gt;Files and folders; each call needs a manifest entry&lt;/p&gt;</source>
        <translation>&lt;p&gt;Loslaten om deze gesprekken te importeren voor %1&lt;/p&gt;&lt;p style=&apos;font-size:10pt; font-weight:normal&apos;&gt;Bestanden en mappen; elk gesprek heeft een manifestregel nodig&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;evaluation:%1&apos;&gt;Evaluation %1&lt;/a&gt; is disputed by %2 since %3: answer it in the Feedback area.</source>
        <translation>%2 heeft sinds %3 bezwaar tegen &lt;a href=&apos;evaluation:%1&apos;&gt;beoordeling %1&lt;/a&gt;: beantwoord het in het onderdeel Feedback.</translation>
    </message>
    <message>
        <source>call %1 of %2, on %3 (%4)</source>
        <translation>gesprek %1 van %2, op %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>nog %n</numerusform>
            <numerusform>nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) will be destroyed within 7 days: %1.</source>
        <translation>
            <numerusform>%n gesprek wordt binnen 7 dagen vernietigd: %1.</numerusform>
            <numerusform>%n gesprekken worden binnen 7 dagen vernietigd: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::LockScreen</name>
    <message>
        <source>CoachVault is locked</source>
        <translation>CoachVault is vergrendeld</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Wachtwoordzin van de kluis</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Unlock with system keychain</source>
        <translation>&amp;Ontgrendelen met systeemsleutelbos</translation>
    </message>
    <message>
        <source>This demo vault holds made-up data only, so it needs no passphrase.</source>
        <translation>Deze demokluis bevat alleen fictieve gegevens en heeft daarom geen wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Enter the vault&apos;s passphrase to unlock.</source>
        <translation>Voer de wachtwoordzin van de kluis in om te ontgrendelen.</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the vault. Check it and try again.</source>
        <translation>Deze wachtwoordzin opent de kluis niet. Controleer de invoer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The key in the system keychain no longer matches this vault.</source>
        <translation>De sleutel in de systeemsleutelbos past niet meer bij deze kluis.</translation>
    </message>
    <message>
        <source>Your PIN or password</source>
        <translation>Uw pincode of wachtwoord</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Als &amp;iemand anders aanmelden</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;Pincode of wachtwoord:</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your PIN or password to continue.</source>
        <translation>Aangemeld als %1. Voer uw pincode of wachtwoord in om verder te gaan.</translation>
    </message>
    <message>
        <source>Enter your PIN or password to unlock.</source>
        <translation>Voer uw pincode of wachtwoord in om te ontgrendelen.</translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evalueren</translation>
    </message>
    <message>
        <source>Here you will listen to a call, score it against a published scorecard and add comments at moments in the conversation.</source>
        <translation>Hier beluistert u een gesprek, scoort u het op een gepubliceerde scorekaart en plaatst u opmerkingen bij momenten in het gesprek.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Scorekaarten</translation>
    </message>
    <message>
        <source>People &amp; policy</source>
        <translation>Personen &amp; regeling</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Evaluation reports for agents, group reports without traceable individuals and the record of processing will be printed from here.</source>
        <translation>Hier drukt u evaluatierapporten voor medewerkers af, groepsrapporten zonder herleidbare personen en het verwerkingsregister.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Key: system keychain</source>
        <translation>Sleutel: systeemsleutelbos</translation>
    </message>
    <message>
        <source>Key: passphrase</source>
        <translation>Sleutel: wachtwoordzin</translation>
    </message>
    <message>
        <source>Key: temporary (demo)</source>
        <translation>Sleutel: tijdelijk (demo)</translation>
    </message>
    <message>
        <source>%1 (demo) — CoachVault</source>
        <translation>%1 (demo) — CoachVault</translation>
    </message>
    <message>
        <source>%1 — CoachVault</source>
        <translation>%1 — CoachVault</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CoachVault</source>
        <translation>&amp;Over CoachVault</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>Demo vault with made-up data; it is deleted when CoachVault closes.</source>
        <translation>Demokluis met fictieve gegevens; verdwijnt als CoachVault sluit.</translation>
    </message>
    <message>
        <source>Locked at your request.</source>
        <translation>Vergrendeld op uw verzoek.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Vergrendeld na %n minuut zonder activiteit.</numerusform>
            <numerusform>Vergrendeld na %n minuten zonder activiteit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n second(s) without activity.</source>
        <translation>
            <numerusform>Vergrendeld na %n seconde zonder activiteit.</numerusform>
            <numerusform>Vergrendeld na %n seconden zonder activiteit.</numerusform>
        </translation>
    </message>
    <message>
        <source>About CoachVault</source>
        <translation>Over CoachVault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoachVault %1&lt;/h3&gt;&lt;p&gt;Quality coaching for contact centres, with the law built in.&lt;/p&gt;&lt;p&gt;Call recordings, evaluations and notes are kept in an encrypted vault on this computer and handled by the rules of the Dutch contact-centre guideline on quality monitoring and the GDPR.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoachVault %1&lt;/h3&gt;&lt;p&gt;Kwaliteitscoaching voor contactcenters, met de regels ingebouwd.&lt;/p&gt;&lt;p&gt;Gespreksopnamen, evaluaties en notities worden bewaard in een versleutelde kluis op deze computer en behandeld volgens de Richtlijn kwaliteitsmonitoring in contactcenters en de AVG.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The people in this vault and their roles, who is authorised to listen to calls, and the monitoring policy with the works council&apos;s consent.</source>
        <translation>De personen in deze kluis en hun rollen, wie geautoriseerd is om gesprekken te beluisteren, en de regeling voor kwaliteitsmonitoring met de instemming van de ondernemingsraad.</translation>
    </message>
    <message>
        <source>Every access to personal data and every change: who, what, when, and whether the rules allowed it.</source>
        <translation>Elke inzage in persoonsgegevens en elke wijziging: wie, wat, wanneer, en of de regels het toestonden.</translation>
    </message>
    <message>
        <source>S&amp;witch person…</source>
        <translation>Andere &amp;persoon…</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Niemand aangemeld</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <source>The sampled calls you may listen to, newest first. Coaches and managers bring calls in here from a telephony export.</source>
        <translation>De steekproefgesprekken die u mag beluisteren, nieuwste eerst. Coaches en managers halen hier gesprekken binnen uit een export van de telefonie.</translation>
    </message>
    <message>
        <source>Scorecards and their criteria. A version evaluates calls only once it is published, and only calls after its publication; published criteria can always be printed for the agents.</source>
        <translation>Scorekaarten en hun criteria. Een versie beoordeelt pas gesprekken als ze is gepubliceerd, en alleen gesprekken na de publicatie; gepubliceerde criteria kunnen altijd voor de medewerkers worden afgedrukt.</translation>
    </message>
    <message>
        <source>Go through a submitted evaluation with the agent, next to their self-evaluation; the agent gives their view, and both sign off.</source>
        <translation>Neem een ingediende beoordeling door met de medewerker, naast diens zelfbeoordeling; de medewerker geeft een zienswijze en beiden ondertekenen.</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>What this vault holds about you: your recordings, evaluations and reports, who accessed them, who may monitor you and the policy in force; export it all with one button.</source>
        <translation>Wat deze kluis over u bevat: uw opnamen, beoordelingen en rapporten, wie ze heeft ingezien, wie u mag monitoren en de geldende regeling; exporteer alles met één knop.</translation>
    </message>
    <message>
        <source>sweep while open</source>
        <translation>bewaarcontrole terwijl geopend</translation>
    </message>
    <message>
        <source>Cut anonymised training clips from coaching recordings: redact personal details, disguise the voices, preview and export.</source>
        <translation>Knip geanonimiseerde trainingsfragmenten uit coachingsopnamen: maak persoonsgegevens onkenbaar, vervorm de stemmen, luister vooraf en exporteer.</translation>
    </message>
</context>
<context>
    <name>cv::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>cv::ui::MyDataArea</name>
    <message>
        <source>&amp;Data about:</source>
        <translation>&amp;Gegevens over:</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (uzelf)</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>Gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write everything shown here, the audio still held and the evaluation reports into a folder you choose (Ctrl+E).</source>
        <translation>Schrijf alles wat hier staat, de audio die nog wordt bewaard en de evaluatierapporten naar een map naar keuze (Ctrl+E).</translation>
    </message>
    <message>
        <source>Export data to folder</source>
        <translation>Gegevens exporteren naar map</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Er is niets geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>Geëxporteerd naar %1: %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::NoteList</name>
    <message>
        <source>Notes at moments in the call (N adds one at the playhead)</source>
        <translation>Notities bij momenten in het gesprek (N voegt er een toe bij de afspeelpositie)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Enter or a double click plays from the note&apos;s moment; Delete removes it.</source>
        <translation>Enter of dubbelklikken speelt af vanaf het moment van de notitie; Delete verwijdert haar.</translation>
    </message>
    <message>
        <source>Note at %1 — Enter adds it, Escape drops it</source>
        <translation>Notitie op %1 — Enter voegt haar toe, Escape laat haar vallen</translation>
    </message>
    <message>
        <source>Note at %1 on “%2” — Enter adds it, Escape drops it</source>
        <translation>Notitie op %1 bij “%2” — Enter voegt haar toe, Escape laat haar vallen</translation>
    </message>
    <message>
        <source>Note at %1</source>
        <translation>Notitie op %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::PeopleArea</name>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Who may listen to calls</source>
        <translation>&amp;Wie mag meeluisteren</translation>
    </message>
    <message>
        <source>P&amp;olicy</source>
        <translation>&amp;Regeling</translation>
    </message>
</context>
<context>
    <name>cv::ui::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Een persoon toevoegen</translation>
    </message>
    <message>
        <source>e.g. sanne.devries</source>
        <translation>bijv. sanne.devries</translation>
    </message>
    <message>
        <source>Persons with a legal duty of confidentiality are never monitored (R-SCOPE-2).</source>
        <translation>Personen met een wettelijke geheimhoudingsplicht worden nooit gemonitord (R-SCOPE-2).</translation>
    </message>
    <message>
        <source>What the agent agreed to</source>
        <translation>Waarmee de medewerker instemde</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Volledige &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Aanmeldnaam:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation>&amp;Dienstverband:</translation>
    </message>
    <message>
        <source>&amp;Duty of confidentiality:</source>
        <translation>&amp;Geheimhoudingsplicht:</translation>
    </message>
    <message>
        <source>Informed of the policy:</source>
        <translation>Geïnformeerd over de regeling:</translation>
    </message>
    <message>
        <source>Training consent:</source>
        <translation>Toestemming voor training:</translation>
    </message>
    <message>
        <source>Active (can sign in)</source>
        <translation>Actief (kan zich aanmelden)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Voer de volledige naam van de persoon in.</translation>
    </message>
    <message>
        <source>The sign-in name uses lower-case letters, digits, dots, dashes and underscores only.</source>
        <translation>De aanmeldnaam bestaat alleen uit kleine letters, cijfers, punten, streepjes en liggende streepjes.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Kies minstens één rol.</translation>
    </message>
    <message>
        <source>Describe what the training consent covers.</source>
        <translation>Beschrijf waarvoor de toestemming voor training geldt.</translation>
    </message>
    <message>
        <source>Yes, on</source>
        <translation>Ja, op</translation>
    </message>
</context>
<context>
    <name>cv::ui::PersonTableModel</name>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (niet meer actief)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Aanmeldnaam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <source>Protected status</source>
        <translation>Geheimhoudingsplicht</translation>
    </message>
    <message>
        <source>Training consent</source>
        <translation>Toestemming training</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
</context>
<context>
    <name>cv::ui::PersonsTab</name>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add a person (%1)</source>
        <translation>Een persoon toevoegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation>De gekozen persoon bewerken (Enter)</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;Pincode instellen…</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 is toegevoegd.</translation>
    </message>
    <message>
        <source>The PIN or password of %1 was set.</source>
        <translation>De pincode of het wachtwoord van %1 is ingesteld.</translation>
    </message>
</context>
<context>
    <name>cv::ui::PolicyEditorDialog</name>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>New version of the monitoring policy</source>
        <translation>Nieuwe versie van de regeling</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Importeren uit bestand…</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>E&amp;xporteren naar bestand…</translation>
    </message>
    <message>
        <source>Organisation and consent</source>
        <translation>Organisatie en instemming</translation>
    </message>
    <message>
        <source>Private organisation</source>
        <translation>Private organisatie</translation>
    </message>
    <message>
        <source>Public authority (e.g. a municipality)</source>
        <translation>Overheidsorgaan (bijv. een gemeente)</translation>
    </message>
    <message>
        <source>Each version needs its own consent of the works council (R-POLICY-2).</source>
        <translation>Elke versie heeft een eigen instemming van de ondernemingsraad nodig (R-POLICY-2).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Van kracht &amp;vanaf:</translation>
    </message>
    <message>
        <source>Works-council &amp;consent on:</source>
        <translation>&amp;Instemming ondernemingsraad op:</translation>
    </message>
    <message>
        <source>Purposes and sampling</source>
        <translation>Doelen en steekproef</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>LIA reference</source>
        <translation>Kenmerk belangenafweging</translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation>Aantal per medewerker</translation>
    </message>
    <message>
        <source>6(1)(b) contract</source>
        <translation>6 lid 1 sub b, overeenkomst</translation>
    </message>
    <message>
        <source>6(1)(f) legitimate interest</source>
        <translation>6 lid 1 sub f, gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>The legal basis under GDPR article 6(1)</source>
        <translation>De grondslag volgens AVG artikel 6 lid 1</translation>
    </message>
    <message>
        <source>needed for 6(1)(f)</source>
        <translation>nodig bij sub f</translation>
    </message>
    <message>
        <source>Assessment protocol (needed for the assessment purpose)</source>
        <translation>Beoordelingsprotocol (nodig voor het doel beoordeling)</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Kenmerk:</translation>
    </message>
    <message>
        <source>Works-council consent o&amp;n:</source>
        <translation>Instemming ondernemingsraad o&amp;p:</translation>
    </message>
    <message>
        <source>Terms and limits</source>
        <translation>Termijnen en grenzen</translation>
    </message>
    <message>
        <source>&amp;Evaluation term (days):</source>
        <translation>&amp;Beoordelingstermijn (dagen):</translation>
    </message>
    <message>
        <source>Longest retention e&amp;xtension (days):</source>
        <translation>Langste &amp;verlenging bewaartermijn (dagen):</translation>
    </message>
    <message>
        <source>Minimum &amp;group size in reports:</source>
        <translation>Minimale &amp;groepsgrootte in rapportages:</translation>
    </message>
    <message>
        <source>Days between assessment &amp;monitorings:</source>
        <translation>Dagen tussen &amp;beoordelingsmonitoringen:</translation>
    </message>
    <message>
        <source>Screen &amp;lock after (minutes):</source>
        <translation>Scherm&amp;vergrendeling na (minuten):</translation>
    </message>
    <message>
        <source>Private lines (never monitored)</source>
        <translation>Privélijnen (nooit gemonitord)</translation>
    </message>
    <message>
        <source>Remove the lines on record</source>
        <translation>De vastgelegde lijnen verwijderen</translation>
    </message>
    <message>
        <source>Add numbers, one per line</source>
        <translation>Nummers toevoegen, één per regel</translation>
    </message>
    <message>
        <source>Assessment protocol reference</source>
        <translation>Kenmerk beoordelingsprotocol</translation>
    </message>
    <message>
        <source>Works-council consent on the assessment protocol</source>
        <translation>Instemming ondernemingsraad met het beoordelingsprotocol</translation>
    </message>
    <message>
        <source>Private lines</source>
        <translation>Privélijnen</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>LIA reference for %1</source>
        <translation>Kenmerk belangenafweging voor %1</translation>
    </message>
    <message>
        <source>Calls per agent for %1</source>
        <translation>Gesprekken per medewerker voor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n private line(s) on record, kept as keyed hashes: the numbers themselves are not stored.</source>
        <translation>
            <numerusform>%n privélijn vastgelegd, als versleutelde hash: het nummer zelf wordt niet bewaard.</numerusform>
            <numerusform>%n privélijnen vastgelegd, als versleutelde hashes: de nummers zelf worden niet bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Een regeling importeren</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Regelingen (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 is niet geïmporteerd. %2</translation>
    </message>
    <message>
        <source>Imported %1. Check the form and save it as a new version.</source>
        <translation>%1 is geïmporteerd. Controleer het formulier en sla het op als nieuwe versie.</translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation>De regeling exporteren</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::PolicyHistoryModel</name>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (van kracht)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <source>Works-council consent</source>
        <translation>Instemming ondernemingsraad</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>cv::ui::PolicyTab</name>
    <message numerus="yes">
        <source>%n call(s) per agent per week</source>
        <translation>
            <numerusform>%n gesprek per medewerker per week</numerusform>
            <numerusform>%n gesprekken per medewerker per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per agent per month</source>
        <translation>
            <numerusform>%n gesprek per medewerker per maand</numerusform>
            <numerusform>%n gesprekken per medewerker per maand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per agent per quarter</source>
        <translation>
            <numerusform>%n gesprek per medewerker per kwartaal</numerusform>
            <numerusform>%n gesprekken per medewerker per kwartaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per agent per year</source>
        <translation>
            <numerusform>%n gesprek per medewerker per jaar</numerusform>
            <numerusform>%n gesprekken per medewerker per jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Nieuwe versie…</translation>
    </message>
    <message>
        <source>Draft a new version of the policy (%1)</source>
        <translation>Een nieuwe versie van de regeling opstellen (%1)</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>Versies van de regeling</translation>
    </message>
    <message>
        <source>All &amp;versions (select one to read it):</source>
        <translation>Alle &amp;versies (kies er een om die te lezen):</translation>
    </message>
    <message>
        <source>Version %1 is in force since %2.</source>
        <translation>Versie %1 is van kracht sinds %2.</translation>
    </message>
    <message>
        <source>No policy with works-council consent is in force: nothing can be monitored (R-POLICY-1).</source>
        <translation>Er is geen regeling met instemming van de ondernemingsraad van kracht: er kan niets worden gemonitord (R-POLICY-1).</translation>
    </message>
    <message>
        <source>Version %1 of the policy was saved.</source>
        <translation>Versie %1 van de regeling is opgeslagen.</translation>
    </message>
    <message>
        <source>Policy version %1%2</source>
        <translation>Regeling, versie %1%2</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation> (van kracht)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Public authority: legitimate interest only for internal operations such as quality monitoring (R-POLICY-3)</source>
        <translation>Overheidsorgaan: gerechtvaardigd belang alleen voor de interne bedrijfsvoering, zoals kwaliteitsmonitoring (R-POLICY-3)</translation>
    </message>
    <message>
        <source>Private organisation</source>
        <translation>Private organisatie</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <source>Works-council consent</source>
        <translation>Instemming ondernemingsraad</translation>
    </message>
    <message>
        <source>not recorded (R-POLICY-2)</source>
        <translation>niet vastgelegd (R-POLICY-2)</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>LIA %1</source>
        <translation>belangenafweging %1</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Assessment protocol</source>
        <translation>Beoordelingsprotocol</translation>
    </message>
    <message>
        <source>%1, works-council consent on %2</source>
        <translation>%1, instemming ondernemingsraad op %2</translation>
    </message>
    <message>
        <source>Evaluation term</source>
        <translation>Beoordelingstermijn</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest retention extension</source>
        <translation>Langste verlenging bewaartermijn</translation>
    </message>
    <message>
        <source>Minimum group size in reports</source>
        <translation>Minimale groepsgrootte in rapportages</translation>
    </message>
    <message>
        <source>Between assessment monitorings</source>
        <translation>Tussen beoordelingsmonitoringen</translation>
    </message>
    <message numerus="yes">
        <source>at least %n day(s)</source>
        <translation>
            <numerusform>minstens %n dag</numerusform>
            <numerusform>minstens %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Schermvergrendeling</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s) without activity</source>
        <translation>
            <numerusform>na %n minuut zonder activiteit</numerusform>
            <numerusform>na %n minuten zonder activiteit</numerusform>
        </translation>
    </message>
    <message>
        <source>Private lines</source>
        <translation>Privélijnen</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s), never monitored (kept as keyed hashes)</source>
        <translation>
            <numerusform>%n nummer, nooit gemonitord (bewaard als versleutelde hash)</numerusform>
            <numerusform>%n nummers, nooit gemonitord (bewaard als versleutelde hashes)</numerusform>
        </translation>
    </message>
    <message>
        <source>External clients</source>
        <translation>Externe opdrachtgevers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>cv::ui::RecordingDetails</name>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Gesprek begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Queue or team</source>
        <translation>Wachtrij of team</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Mono: agent and customer together</source>
        <translation>Mono: medewerker en klant samen</translation>
    </message>
    <message>
        <source>Stereo: agent left, customer right</source>
        <translation>Stereo: medewerker links, klant rechts</translation>
    </message>
    <message>
        <source>Stereo: customer left, agent right</source>
        <translation>Stereo: klant links, medewerker rechts</translation>
    </message>
    <message>
        <source>%1, %2, %3 Hz</source>
        <translation>%1, %2, %3 Hz</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::RecordingTableModel</name>
    <message>
        <source>Outbound</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>Begin gesprek</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Evaluate by</source>
        <translation>Beoordelen vóór</translation>
    </message>
</context>
<context>
    <name>cv::ui::RetainDialog</name>
    <message>
        <source>Keep this recording longer</source>
        <translation>Deze opname langer bewaren</translation>
    </message>
    <message numerus="yes">
        <source>A recording is destroyed once its evaluation is signed off or its evaluation term lapses. It may be kept longer only for an urgent reason, with %1&apos;s written consent, and until a date at most %n day(s) from today (R-RETAIN-1).</source>
        <translation>
            <numerusform>Een opname wordt vernietigd zodra de beoordeling is ondertekend of de beoordelingstermijn verstrijkt. Ze mag alleen langer bewaard blijven om een dringende reden, met schriftelijke toestemming van %1, en tot een datum hoogstens %n dag na vandaag (R-RETAIN-1).</numerusform>
            <numerusform>Een opname wordt vernietigd zodra de beoordeling is ondertekend of de beoordelingstermijn verstrijkt. Ze mag alleen langer bewaard blijven om een dringende reden, met schriftelijke toestemming van %1, en tot een datum hoogstens %n dagen na vandaag (R-RETAIN-1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 consented in &amp;writing</source>
        <translation>%1 heeft &amp;schriftelijk toegestemd</translation>
    </message>
    <message>
        <source>&amp;Consent dated:</source>
        <translation>Toestemming &amp;Toestemming gedateerd:amp;gedateerd:</translation>
    </message>
    <message>
        <source>e.g. a complaint about this call is being handled</source>
        <translation>bijv. een klacht over dit gesprek is in behandeling</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Bewaren &amp;tot:</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Bewaren</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReviewArea</name>
    <message>
        <source>No call is open. Open one from the Inbox: double-click it or select it and press Enter.</source>
        <translation>Er is geen gesprek geopend. Open er een vanuit de Inbox: dubbelklik erop of selecteer het en druk op Enter.</translation>
    </message>
    <message>
        <source>Keep longer…</source>
        <translation>Langer bewaren…</translation>
    </message>
    <message>
        <source>Keep this recording beyond its term, with the agent&apos;s written consent, a reason and an end date.</source>
        <translation>Bewaar deze opname langer dan haar termijn, met schriftelijke toestemming van de medewerker, een reden en een einddatum.</translation>
    </message>
    <message>
        <source>This recording is kept until %1, with the agent&apos;s consent of %2.</source>
        <translation>Deze opname blijft bewaard tot %1, met toestemming van de medewerker van %2.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ScoreComparisonModel</name>
    <message>
        <source>n.a.</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (kritiek)</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <source>The coach and the agent scored this differently.</source>
        <translation>De coach en de medewerker hebben dit verschillend gescoord.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Agent (self-evaluation)</source>
        <translation>Medewerker (zelfbeoordeling)</translation>
    </message>
    <message>
        <source>Coach&apos;s comment</source>
        <translation>Opmerking coach</translation>
    </message>
    <message>
        <source>Agent&apos;s comment</source>
        <translation>Opmerking medewerker</translation>
    </message>
</context>
<context>
    <name>cv::ui::ScorecardPanel</name>
    <message>
        <source>Scorecard</source>
        <translation>Scorekaart</translation>
    </message>
    <message>
        <source>Sub&amp;mit…</source>
        <translation>In&amp;dienen…</translation>
    </message>
    <message>
        <source>Lock the evaluation: after this nobody can change your scores.</source>
        <translation>De beoordeling vastzetten: daarna kan niemand uw scores meer wijzigen.</translation>
    </message>
    <message>
        <source>Start my self-evaluation</source>
        <translation>Mijn zelfbeoordeling starten</translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation>Beoordeling starten</translation>
    </message>
    <message>
        <source>%1, version %2 (published %3)</source>
        <translation>%1, versie %2 (gepubliceerd %3)</translation>
    </message>
    <message>
        <source>Score your own call on the same scorecard as your coach. You will not see the coach&apos;s scores until you have submitted yours.</source>
        <translation>Scoor uw eigen gesprek op dezelfde scorekaart als uw coach. U ziet de scores van de coach pas als u de uwe hebt ingediend.</translation>
    </message>
    <message>
        <source>Choose the scorecard to evaluate this call with. Only versions published before the call took place may be used (R-ASSESS-1).</source>
        <translation>Kies de scorekaart waarmee u dit gesprek beoordeelt. Alleen versies die vóór het gesprek zijn gepubliceerd, mogen worden gebruikt (R-ASSESS-1).</translation>
    </message>
    <message>
        <source>No scorecard for %1 was published before this call took place; criteria must be known in advance (R-ASSESS-1).</source>
        <translation>Er is geen scorekaart voor %1 gepubliceerd vóór dit gesprek plaatsvond; criteria moeten vooraf bekend zijn (R-ASSESS-1).</translation>
    </message>
    <message>
        <source>There is no published scorecard for %1 yet. A manager publishes one in the Templates area.</source>
        <translation>Er is nog geen gepubliceerde scorekaart voor %1. Een manager publiceert er een in het onderdeel Scorekaarten.</translation>
    </message>
    <message>
        <source>The scorecard of this evaluation cannot be read.</source>
        <translation>De scorekaart van deze beoordeling kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Self-evaluation: %1, version %2</source>
        <translation>Zelfbeoordeling: %1, versie %2</translation>
    </message>
    <message>
        <source>Evaluation: %1, version %2</source>
        <translation>Beoordeling: %1, versie %2</translation>
    </message>
    <message>
        <source>Submitted on %1; it can no longer be changed.</source>
        <translation>Ingediend op %1; kan niet meer worden gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>No total yet: %n criterion/criteria still to score.</source>
        <translation>
            <numerusform>Nog geen totaal: nog %n criterium te scoren.</numerusform>
            <numerusform>Nog geen totaal: nog %n criteria te scoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>No total: every criterion is not applicable.</source>
        <translation>Geen totaal: geen enkel criterium is van toepassing.</translation>
    </message>
    <message numerus="yes">
        <source>Total so far %1 (%n criterion/criteria still to score)</source>
        <translation>
            <numerusform>Totaal tot nu toe %1 (nog %n criterium te scoren)</numerusform>
            <numerusform>Totaal tot nu toe %1 (nog %n criteria te scoren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <source>Failed on a critical criterion: %1</source>
        <translation>Onvoldoende op een kritiek criterium: %1</translation>
    </message>
    <message>
        <source>Changed; saving…</source>
        <translation>Gewijzigd; bezig met opslaan…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1</source>
        <translation>Uw wijzigingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Draft, saved automatically at %1</source>
        <translation>Concept, automatisch opgeslagen om %1</translation>
    </message>
    <message numerus="yes">
        <source>Score every criterion before you submit: %n still open.</source>
        <translation>
            <numerusform>Scoor elk criterium voordat u indient: nog %n open.</numerusform>
            <numerusform>Scoor elk criterium voordat u indient: nog %n open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the evaluation</source>
        <translation>De beoordeling indienen</translation>
    </message>
    <message>
        <source>After submitting, nobody can change these scores. The agent will see them in the feedback session. Submit now?</source>
        <translation>Na het indienen kan niemand deze scores meer wijzigen. De medewerker ziet ze in het feedbackgesprek. Nu indienen?</translation>
    </message>
    <message>
        <source>The evaluation is submitted.</source>
        <translation>De beoordeling is ingediend.</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>A new language is used from the next time CoachVault starts.</source>
        <translation>Een nieuwe taal wordt gebruikt vanaf de volgende keer dat CoachVault start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message numerus="yes">
        <source>CoachVault locks itself after %n minute(s) without activity. The vault&apos;s policy sets this time.</source>
        <translation>
            <numerusform>CoachVault vergrendelt zich na %n minuut zonder activiteit. De regeling in de kluis bepaalt deze tijd.</numerusform>
            <numerusform>CoachVault vergrendelt zich na %n minuten zonder activiteit. De regeling in de kluis bepaalt deze tijd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CoachVault locks itself after %n second(s) without activity.</source>
        <translation>
            <numerusform>CoachVault vergrendelt zich na %n seconde zonder activiteit.</numerusform>
            <numerusform>CoachVault vergrendelt zich na %n seconden zonder activiteit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automatische vergrendeling</translation>
    </message>
</context>
<context>
    <name>cv::ui::SignInScreen</name>
    <message>
        <source>Sign-in name</source>
        <translation>Aanmeldnaam</translation>
    </message>
    <message>
        <source>e.g. sanne</source>
        <translation>bijv. sanne</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Pincode of wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>Aanmeld&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;Pincode of wachtwoord:</translation>
    </message>
    <message>
        <source>Demo: every PIN is 123456 (for example sign in as sanne, mieke or piet).</source>
        <translation>Demo: elke pincode is 123456 (meld u bijvoorbeeld aan als sanne, mieke of piet).</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Beheerder &amp;aanmaken</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Volledige n&amp;aam:</translation>
    </message>
    <message>
        <source>Sign-in na&amp;me:</source>
        <translation>Aanmeld&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>De eerste beheerder aanmaken</translation>
    </message>
    <message>
        <source>This vault has no people yet. The first person is an administrator, who then adds everyone else.</source>
        <translation>Deze kluis heeft nog geen personen. De eerste persoon is een beheerder, die daarna alle anderen toevoegt.</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Wie werkt er?</translation>
    </message>
    <message>
        <source>Sign in with your own name and PIN: everything you do in the vault is recorded in your name.</source>
        <translation>Meld u aan met uw eigen naam en pincode: alles wat u in de kluis doet, wordt op uw naam vastgelegd.</translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation>Voer uw aanmeldnaam in.</translation>
    </message>
    <message>
        <source>Enter your PIN or password.</source>
        <translation>Voer uw pincode of wachtwoord in.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Voer de volledige naam van de beheerder in.</translation>
    </message>
    <message>
        <source>The sign-in name uses lower-case letters, digits, dots, dashes and underscores only.</source>
        <translation>De aanmeldnaam bestaat alleen uit kleine letters, cijfers, punten, streepjes en liggende streepjes.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least 6 digits or a password of at least 10 characters.</source>
        <translation>Kies een pincode van minstens 6 cijfers of een wachtwoord van minstens 10 tekens.</translation>
    </message>
    <message>
        <source>The two entries do not match yet.</source>
        <translation>De twee invoeren komen nog niet overeen.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Klaar.</translation>
    </message>
</context>
<context>
    <name>cv::ui::SignOffBox</name>
    <message>
        <source>1. The agent signs</source>
        <translation>1. De medewerker ondertekent</translation>
    </message>
    <message>
        <source>2. The coach signs</source>
        <translation>2. De coach ondertekent</translation>
    </message>
    <message>
        <source>I &amp;agree with this evaluation</source>
        <translation>Ik ben het &amp;eens met deze beoordeling</translation>
    </message>
    <message>
        <source>I &amp;disagree</source>
        <translation>Ik ben het &amp;oneens</translation>
    </message>
    <message>
        <source>Own PIN or password</source>
        <translation>Eigen pincode of wachtwoord</translation>
    </message>
    <message>
        <source>The agent&apos;s PIN or password</source>
        <translation>Pincode of wachtwoord van de medewerker</translation>
    </message>
    <message>
        <source>The coach&apos;s PIN or password</source>
        <translation>Pincode of wachtwoord van de coach</translation>
    </message>
    <message>
        <source>Sign as agent</source>
        <translation>Ondertekenen als medewerker</translation>
    </message>
    <message>
        <source>Sign as coach</source>
        <translation>Ondertekenen als coach</translation>
    </message>
    <message>
        <source>%1 chooses, writes their view above and signs with their own PIN or password.</source>
        <translation>%1 kiest, schrijft hierboven een zienswijze en ondertekent met de eigen pincode of het eigen wachtwoord.</translation>
    </message>
    <message>
        <source>%1 signs with their own PIN or password; the evaluation is then final and sealed.</source>
        <translation>%1 ondertekent met de eigen pincode of het eigen wachtwoord; de beoordeling is dan definitief en verzegeld.</translation>
    </message>
</context>
<context>
    <name>cv::ui::SubjectDataView</name>
    <message numerus="yes">
        <source>at most %n call(s) per agent a week</source>
        <translation>
            <numerusform>hoogstens %n gesprek per medewerker per week</numerusform>
            <numerusform>hoogstens %n gesprekken per medewerker per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n call(s) per agent a quarter</source>
        <translation>
            <numerusform>hoogstens %n gesprek per medewerker per kwartaal</numerusform>
            <numerusform>hoogstens %n gesprekken per medewerker per kwartaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n call(s) per agent a year</source>
        <translation>
            <numerusform>hoogstens %n gesprek per medewerker per jaar</numerusform>
            <numerusform>hoogstens %n gesprekken per medewerker per jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n call(s) per agent a month</source>
        <translation>
            <numerusform>hoogstens %n gesprek per medewerker per maand</numerusform>
            <numerusform>hoogstens %n gesprekken per medewerker per maand</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>Zelfbeoordeling</translation>
    </message>
    <message>
        <source>Coach evaluation</source>
        <translation>Beoordeling door coach</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source> — agent agrees</source>
        <translation> — medewerker akkoord</translation>
    </message>
    <message>
        <source> — agent disagrees</source>
        <translation> — medewerker niet akkoord</translation>
    </message>
    <message numerus="yes">
        <source>, %n open dispute(s)</source>
        <translation>
            <numerusform>, %n openstaand bezwaar</numerusform>
            <numerusform>, %n openstaande bezwaren</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Opnamen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorekaart</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who accessed</source>
        <translation>Wie had inzage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Who may monitor</source>
        <translation>Wie mag monitoren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the call in the Review area.</source>
        <translation>Dubbelklik of druk op Enter om het gesprek te openen in het onderdeel Evalueren.</translation>
    </message>
    <message>
        <source> (critical criterion failed)</source>
        <translation> (onvoldoende op kritiek criterium)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Gesprek %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the evaluation in the Feedback area.</source>
        <translation>Dubbelklik of druk op Enter om de beoordeling te openen in het onderdeel Feedback.</translation>
    </message>
    <message>
        <source>CoachVault</source>
        <translation>CoachVault</translation>
    </message>
    <message>
        <source>No monitoring policy is in force: no calls may be monitored.</source>
        <translation>Er is geen monitoringsregeling van kracht: er mogen geen gesprekken worden gemonitord.</translation>
    </message>
    <message>
        <source>Monitoring policy of %1</source>
        <translation>Monitoringsregeling van %1</translation>
    </message>
    <message>
        <source>In force since %1; the works council consented on %2.</source>
        <translation>Van kracht sinds %1; de ondernemingsraad heeft op %2 ingestemd.</translation>
    </message>
    <message>
        <source>Purposes and how often:</source>
        <translation>Doelen en hoe vaak:</translation>
    </message>
    <message numerus="yes">
        <source>A call is evaluated within %n day(s); when that term lapses, or once the evaluation is signed off, the recording is destroyed.</source>
        <translation>
            <numerusform>Een gesprek wordt binnen %n dag beoordeeld; als die termijn verstrijkt, of zodra de beoordeling is ondertekend, wordt de opname vernietigd.</numerusform>
            <numerusform>Een gesprek wordt binnen %n dagen beoordeeld; als die termijn verstrijkt, of zodra de beoordeling is ondertekend, wordt de opname vernietigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A recording is kept longer only with your written consent, a reason and an end date, at most %n day(s) longer.</source>
        <translation>
            <numerusform>Een opname wordt alleen langer bewaard met uw schriftelijke toestemming, een reden en een einddatum, hoogstens %n dag langer.</numerusform>
            <numerusform>Een opname wordt alleen langer bewaard met uw schriftelijke toestemming, een reden en een einddatum, hoogstens %n dagen langer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between two assessment monitorings you have at least %n day(s) to improve.</source>
        <translation>
            <numerusform>Tussen twee beoordelingsmonitoringen hebt u minstens %n dag om te verbeteren.</numerusform>
            <numerusform>Tussen twee beoordelingsmonitoringen hebt u minstens %n dagen om te verbeteren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Opnamen (%1)</translation>
    </message>
    <message>
        <source>Evaluations (%1)</source>
        <translation>Beoordelingen (%1)</translation>
    </message>
    <message>
        <source>Who accessed (%1)</source>
        <translation>Wie had inzage (%1)</translation>
    </message>
    <message>
        <source>Who may monitor (%1)</source>
        <translation>Wie mag monitoren (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesArea</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Read a scorecard from a JSON file (docs/templates.md); it becomes the draft of its template</source>
        <translation>Een scorekaart uit een JSON-bestand lezen (docs/templates.md); ze wordt het concept van haar sjabloon</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <source>Make the selected draft final: it can then evaluate calls that take place from now on, and can never be changed (R-ASSESS-1)</source>
        <translation>Het gekozen concept definitief maken: het kan dan gesprekken beoordelen die vanaf nu plaatsvinden en kan nooit meer worden gewijzigd (R-ASSESS-1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Write the selected version as a JSON file</source>
        <translation>De gekozen versie als JSON-bestand schrijven</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>The criteria as agents read them, to print or hand out</source>
        <translation>De criteria zoals medewerkers ze lezen, om af te drukken of uit te delen</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorekaart</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Import a scorecard</source>
        <translation>Een scorekaart importeren</translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation>Scorekaarten (*.json)</translation>
    </message>
    <message>
        <source>Export the scorecard</source>
        <translation>De scorekaart exporteren</translation>
    </message>
    <message>
        <source>Save the criteria as PDF</source>
        <translation>De criteria opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported as a draft of “%1”. Publish it to use it for calls from then on.</source>
        <translation>Geïmporteerd als concept van “%1”. Publiceer het om het vanaf dan voor gesprekken te gebruiken.</translation>
    </message>
    <message>
        <source>Publish the scorecard</source>
        <translation>De scorekaart publiceren</translation>
    </message>
    <message>
        <source>Publish version %1 of “%2” now? Agents can then read its criteria; it evaluates calls that take place from now on and can never be changed again.</source>
        <translation>Versie %1 van “%2” nu publiceren? Medewerkers kunnen dan de criteria lezen; de versie beoordeelt gesprekken die vanaf nu plaatsvinden en kan nooit meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is published.</source>
        <translation>Versie %1 van “%2” is gepubliceerd.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>The criteria are saved in %1.</source>
        <translation>De criteria zijn opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranscriptPanel</name>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>te beslissen</translation>
    </message>
    <message>
        <source>redact</source>
        <translation>onkenbaar maken</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>laten staan</translation>
    </message>
    <message>
        <source>Personal data in the transcript</source>
        <translation>Persoonsgegevens in het transcript</translation>
    </message>
    <message>
        <source>&amp;Import transcript…</source>
        <translation>Transcript &amp;importeren…</translation>
    </message>
    <message>
        <source>A WebVTT, SRT or JSON transcript of this call. It is kept in the vault with the call and destroyed with it.</source>
        <translation>Een WebVTT-, SRT- of JSON-transcript van dit gesprek. Het wordt met het gesprek in de kluis bewaard en ermee vernietigd.</translation>
    </message>
    <message>
        <source>Add &amp;names…</source>
        <translation>&amp;Namen toevoegen…</translation>
    </message>
    <message>
        <source>Names the detector should find too, e.g. surnames common in your region.</source>
        <translation>Namen die de detector ook moet vinden, bijvoorbeeld achternamen die in uw regio veel voorkomen.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Checked: redact. Unchecked: keep. Y accepts, N rejects the selected ones; double-click to hear where it is.</source>
        <translation>Aangevinkt: onkenbaar maken. Niet aangevinkt: laten staan. Y accepteert, N wijst de geselecteerde af; dubbelklik om te horen waar het staat.</translation>
    </message>
    <message>
        <source>Redact (&amp;Y)</source>
        <translation>Onkenbaar maken (&amp;Y)</translation>
    </message>
    <message>
        <source>Keep (&amp;N)</source>
        <translation>Laten staan (&amp;N)</translation>
    </message>
    <message>
        <source>Redact the accepted (&amp;A)</source>
        <translation>Geaccepteerde onkenbaar maken (&amp;A)</translation>
    </message>
    <message>
        <source>Choose a coaching call.</source>
        <translation>Kies een coachingsgesprek.</translation>
    </message>
    <message>
        <source>This call has no transcript yet. Import one to find the personal data in it.</source>
        <translation>Dit gesprek heeft nog geen transcript. Importeer er een om de persoonsgegevens erin te vinden.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) of personal data found, %1 still to decide.</source>
        <translation>
            <numerusform>%n stuk persoonsgegevens gevonden, nog %1 te beslissen.</numerusform>
            <numerusform>%n stukken persoonsgegevens gevonden, nog %1 te beslissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No personal data found in the transcript.</source>
        <translation>Geen persoonsgegevens gevonden in het transcript.</translation>
    </message>
    <message>
        <source>Transcript of this call</source>
        <translation>Transcript van dit gesprek</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json)</source>
        <translation>Transcripten (*.vtt *.srt *.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The transcript %1 was not imported: %2</source>
        <translation>Het transcript %1 is niet geïmporteerd: %2</translation>
    </message>
    <message numerus="yes">
        <source>Transcript imported: %n stretch(es) of personal data found. Check what to redact (Y) and what may stay (N), then press A.</source>
        <translation>
            <numerusform>Transcript geïmporteerd: %n stuk persoonsgegevens gevonden. Geef aan wat onkenbaar gemaakt wordt (Y) en wat mag blijven staan (N), en druk dan op A.</numerusform>
            <numerusform>Transcript geïmporteerd: %n stukken persoonsgegevens gevonden. Geef aan wat onkenbaar gemaakt wordt (Y) en wat mag blijven staan (N), en druk dan op A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) added to the list the detector uses.</source>
        <translation>
            <numerusform>%n naam toegevoegd aan de lijst van de detector.</numerusform>
            <numerusform>%n namen toegevoegd aan de lijst van de detector.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Namen toevoegen</translation>
    </message>
    <message>
        <source>Names for the detector to find, separated by commas:</source>
        <translation>Namen die de detector moet vinden, gescheiden door komma&apos;s:</translation>
    </message>
    <message>
        <source>No proposal is accepted yet: check what to redact (Y) first.</source>
        <translation>Er is nog geen voorstel geaccepteerd: vink eerst aan wat onkenbaar gemaakt moet worden (Y).</translation>
    </message>
</context>
<context>
    <name>cv::ui::TransportBar</name>
    <message>
        <source>Back 5 s</source>
        <translation>5 s terug</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow, J)</source>
        <translation>5 seconden terug (pijl links, J)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Play (Space, L)</source>
        <translation>Afspelen (spatie, L)</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>5 s vooruit</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation>5 seconden vooruit (pijl rechts)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Snelheid</translation>
    </message>
    <message>
        <source>Playback speed; the pitch stays the same ([ slower, ] faster)</source>
        <translation>Afspeelsnelheid; de toonhoogte blijft gelijk ([ langzamer, ] sneller)</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mute agent</source>
        <translation>Medewerker dempen</translation>
    </message>
    <message>
        <source>Do not hear the agent</source>
        <translation>De medewerker niet horen</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>Alleen medewerker</translation>
    </message>
    <message>
        <source>Hear only the agent</source>
        <translation>Alleen de medewerker horen</translation>
    </message>
    <message>
        <source>Mute customer</source>
        <translation>Klant dempen</translation>
    </message>
    <message>
        <source>Do not hear the customer</source>
        <translation>De klant niet horen</translation>
    </message>
    <message>
        <source>Customer only</source>
        <translation>Alleen klant</translation>
    </message>
    <message>
        <source>Hear only the customer</source>
        <translation>Alleen de klant horen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause (Space, K)</source>
        <translation>Pauze (spatie, K)</translation>
    </message>
    <message>
        <source>This recording is mono: agent and customer share one channel.</source>
        <translation>Deze opname is mono: medewerker en klant delen één kanaal.</translation>
    </message>
</context>
<context>
    <name>cv::ui::UnlockScreen</name>
    <message>
        <source>Open a vault — CoachVault</source>
        <translation>Kluis openen — CoachVault</translation>
    </message>
    <message>
        <source>Open your vault to start. Recordings, evaluations and notes stay encrypted on this computer.</source>
        <translation>Open uw kluis om te beginnen. Opnamen, evaluaties en notities blijven versleuteld op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Vault file</source>
        <translation>&amp;Kluisbestand</translation>
    </message>
    <message>
        <source>Path to a .cvault file</source>
        <translation>Pad naar een .cvault-bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>The key of this vault is kept in your system keychain.</source>
        <translation>De sleutel van deze kluis staat in uw systeemsleutelbos.</translation>
    </message>
    <message>
        <source>&amp;Unlock with system keychain</source>
        <translation>&amp;Ontgrendelen met systeemsleutelbos</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Wachtwoordzin van de kluis</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>Nieuwe kluis &amp;maken…</translation>
    </message>
    <message>
        <source>First time here? A new vault takes a minute.</source>
        <translation>De eerste keer? Een nieuwe kluis maakt u in een minuut.</translation>
    </message>
    <message>
        <source>Choose a vault file, or create a new vault.</source>
        <translation>Kies een kluisbestand, of maak een nieuwe kluis.</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Kluis openen</translation>
    </message>
    <message>
        <source>CoachVault vaults (*.cvault);;All files (*)</source>
        <translation>CoachVault-kluizen (*.cvault);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>There is no vault at this location yet. Choose another file, or create a new vault.</source>
        <translation>Op deze plek staat nog geen kluis. Kies een ander bestand, of maak een nieuwe kluis.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>De systeemsleutelbos wordt geraadpleegd…</translation>
    </message>
    <message>
        <source>Enter the vault&apos;s passphrase to unlock it.</source>
        <translation>Voer de wachtwoordzin van de kluis in om hem te ontgrendelen.</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the vault. Check it and try again.</source>
        <translation>Deze wachtwoordzin opent de kluis niet. Controleer de invoer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>sweep at unlock</source>
        <translation>bewaarcontrole bij ontgrendelen</translation>
    </message>
    <message>
        <source>The vault was not opened: destroying the recordings that are due failed (%1).</source>
        <translation>De kluis is niet geopend: het vernietigen van de opnamen waarvan de termijn verstreken is, is mislukt (%1).</translation>
    </message>
</context>
<context>
    <name>cv::ui::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Golfvorm</translation>
    </message>
    <message>
        <source>The call&apos;s audio over time, one lane per channel. Click to play from a moment, drag to select a range. The wheel scrolls; Ctrl+wheel, plus and minus zoom.</source>
        <translation>De audio van het gesprek in de tijd, één baan per kanaal. Klik om vanaf een moment af te spelen, sleep om een stuk te selecteren. Het wiel scrolt; Ctrl+wiel, plus en min zoomen.</translation>
    </message>
    <message>
        <source>Scroll the waveform</source>
        <translation>Door de golfvorm scrollen</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanaal %1</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Geen opname geopend</translation>
    </message>
    <message>
        <source>Marker at %1</source>
        <translation>Markering op %1</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <comment>marker label, time</comment>
        <translation>%1 (op %2)</translation>
    </message>
</context>
</TS>
