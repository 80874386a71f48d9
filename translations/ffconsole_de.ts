<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentMessage</name>
    <message>
        <source>Not allowed: this profile&apos;s credentials may not do this. Check the profile&apos;s permissions.</source>
        <translation>Nicht erlaubt: Die Zugangsdaten dieses Profils berechtigen nicht dazu. Prüfen Sie die Berechtigungen des Profils.</translation>
    </message>
    <message>
        <source>Not authorised: the server refused this profile&apos;s credentials. Check the credentials under Connection ▸ Profiles.</source>
        <translation>Nicht autorisiert: Der Server hat die Zugangsdaten dieses Profils abgelehnt. Prüfen Sie die Zugangsdaten unter Verbindung ▸ Profile.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Der Server meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again in a moment.</source>
        <translation>Fehler auf dem Server (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server is busy and asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation>Der Server ist ausgelastet und bittet um weniger Anfragen (HTTP 429). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Meldung: „%1“</translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time. Try again; if it keeps happening, the service may be down.</source>
        <translation>Zeitüberschreitung: Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es noch einmal; wenn das öfter passiert, ist der Dienst vielleicht ausgefallen.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The server sent us elsewhere, which is not followed: %1</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet; dem wird nicht gefolgt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read, so nothing is shown from it: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden, daher wird nichts daraus angezeigt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large to load: %1</source>
        <translation>Die Antwort des Servers ist zu groß zum Laden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied.</source>
        <translation>Die Änderung wurde möglicherweise übernommen, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <source>(Request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Fehler auf dem Server (HTTP %1).</translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time.</source>
        <translation>Zeitüberschreitung: Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>present (see the family below)</source>
        <translation>vorhanden (siehe Über-/Untergeordnet unten)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ff::AccountPurchasesModel</name>
    <message>
        <source>Date purchased</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ff::AffiliateInvestigation</name>
    <message>
        <source>The refund policy saved for affiliate %1 could not be read (%2): the default policy is used. Correct it in Connection ▸ Profiles.</source>
        <translation>Die für Partner %1 gespeicherte Erstattungsrichtlinie konnte nicht gelesen werden (%2): Die Standardrichtlinie wird verwendet. Korrigieren Sie sie unter Verbindung ▸ Profile.</translation>
    </message>
    <message>
        <source>The time zone “%1” saved for affiliate %2 is not known: your own time zone is used. Correct it in Connection ▸ Profiles.</source>
        <translation>Die für Partner %2 gespeicherte Zeitzone „%1“ ist unbekannt: Ihre eigene Zeitzone wird verwendet. Korrigieren Sie sie unter Verbindung ▸ Profile.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (an IANA name such as Europe/London).</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt (ein IANA-Name wie Europe/Berlin).</translation>
    </message>
</context>
<context>
    <name>ff::ApiCall</name>
    <message>
        <source>the server refused the request as invalid (HTTP 400)</source>
        <translation>der Server hat die Anfrage als ungültig abgelehnt (HTTP 400)</translation>
    </message>
    <message>
        <source>not authorised: the credentials were refused (HTTP 401)</source>
        <translation>nicht autorisiert: Die Zugangsdaten wurden abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>forbidden: these credentials may not do this (HTTP 403)</source>
        <translation>verboten: Diese Zugangsdaten berechtigen nicht dazu (HTTP 403)</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>the server timed out waiting for the request (HTTP 408)</source>
        <translation>der Server hat zu lange auf die Anfrage gewartet (HTTP 408)</translation>
    </message>
    <message>
        <source>the server reports a conflict (HTTP 409)</source>
        <translation>der Server meldet einen Konflikt (HTTP 409)</translation>
    </message>
    <message>
        <source>the request is too large for the server (HTTP 413)</source>
        <translation>die Anfrage ist zu groß für den Server (HTTP 413)</translation>
    </message>
    <message>
        <source>too many requests: the server asks to slow down (HTTP 429)</source>
        <translation>zu viele Anfragen: Der Server bittet um weniger Anfragen (HTTP 429)</translation>
    </message>
    <message>
        <source>the server failed (HTTP 500)</source>
        <translation>Fehler auf dem Server (HTTP 500)</translation>
    </message>
    <message>
        <source>a proxy or gateway could not reach the server (HTTP 502)</source>
        <translation>ein Proxy oder Gateway hat den Server nicht erreicht (HTTP 502)</translation>
    </message>
    <message>
        <source>the service is unavailable (HTTP 503)</source>
        <translation>der Dienst ist nicht verfügbar (HTTP 503)</translation>
    </message>
    <message>
        <source>a proxy or gateway timed out waiting for the server (HTTP 504)</source>
        <translation>ein Proxy oder Gateway hat zu lange auf den Server gewartet (HTTP 504)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>could not connect: the server refused the connection</source>
        <translation>keine Verbindung: Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>could not connect: the server&apos;s name was not found</source>
        <translation>keine Verbindung: Der Name des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation>der Server hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection dropped after the request was sent, before any answer</source>
        <translation>die Verbindung ist nach dem Senden der Anfrage abgebrochen, noch vor einer Antwort</translation>
    </message>
    <message>
        <source>the server redirected elsewhere, which is not followed (%1)</source>
        <translation>der Server hat auf eine andere Adresse umgeleitet; dem wird nicht gefolgt (%1)</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>Fehler beim Proxy: %1</translation>
    </message>
    <message>
        <source>the network failed: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>the response is larger than the %1 MB limit</source>
        <translation>die Antwort überschreitet die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>timed out: nothing arrived for %1 s</source>
        <translation>Zeitüberschreitung: %1 s lang kam nichts an</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not followed</source>
        <translation>der Server hat auf %1 umgeleitet; dem wird nicht gefolgt</translation>
    </message>
    <message>
        <source>the connection dropped while the response was arriving</source>
        <translation>die Verbindung ist abgebrochen, während die Antwort ankam</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut</translation>
    </message>
</context>
<context>
    <name>ff::ApiClient</name>
    <message>
        <source>the server reported an error: %1</source>
        <translation>der Server meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>the response could not be read: %1</source>
        <translation>die Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>expected JSON, but the server sent %1: %2</source>
        <translation>JSON erwartet, aber der Server hat %1 gesendet: %2</translation>
    </message>
    <message>
        <source>expected JSON or XML, but the server sent %1: %2</source>
        <translation>JSON oder XML erwartet, aber der Server hat %1 gesendet: %2</translation>
    </message>
    <message>
        <source>this profile is read-only: changes are not sent</source>
        <translation>dieses Profil ist schreibgeschützt: Änderungen werden nicht gesendet</translation>
    </message>
    <message>
        <source>no secret is set for this profile&apos;s %1 authentication</source>
        <translation>für die %1-Authentifizierung dieses Profils ist kein Secret festgelegt</translation>
    </message>
    <message>
        <source>the affiliate id must be a positive number</source>
        <translation>die Partner-ID muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the customer&apos;s name or email</source>
        <translation>der Name oder die E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>the purchase order id must be a positive number</source>
        <translation>die Bestell-ID muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the item names purchase order %1, not %2</source>
        <translation>die Position nennt Bestellung %1, nicht %2</translation>
    </message>
    <message>
        <source>the supplier ref</source>
        <translation>die Lieferantenreferenz</translation>
    </message>
    <message>
        <source>the account id is not set</source>
        <translation>die Konto-ID ist nicht festgelegt</translation>
    </message>
    <message>
        <source>the start date is after the end date</source>
        <translation>das Startdatum liegt nach dem Enddatum</translation>
    </message>
    <message>
        <source>the purchase order item id must be a positive number</source>
        <translation>die Positions-ID muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the device id</source>
        <translation>die Geräte-ID</translation>
    </message>
    <message>
        <source>the answer is not about this change: %1</source>
        <translation>die Antwort betrifft nicht diese Änderung: %1</translation>
    </message>
    <message>
        <source>the admin API URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>die URL der Admin-API „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>the platform API URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>die URL der Plattform-API „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>the admin API URL uses plain http to another machine; use https, or allow insecure http in the profile</source>
        <translation>die URL der Admin-API verwendet unverschlüsseltes http zu einem anderen Rechner; verwenden Sie https oder erlauben Sie unsicheres http im Profil</translation>
    </message>
    <message>
        <source>the platform API URL uses plain http to another machine; use https, or allow insecure http in the profile</source>
        <translation>die URL der Plattform-API verwendet unverschlüsseltes http zu einem anderen Rechner; verwenden Sie https oder erlauben Sie unsicheres http im Profil</translation>
    </message>
    <message>
        <source>the admin API URL %1 is not one of the servers this profile&apos;s secret is for (%2): nothing was sent</source>
        <translation>die URL der Admin-API %1 gehört nicht zu den Servern, für die das Secret dieses Profils gilt (%2): Es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the platform API URL %1 is not one of the servers this profile&apos;s secret is for (%2): nothing was sent</source>
        <translation>die URL der Plattform-API %1 gehört nicht zu den Servern, für die das Secret dieses Profils gilt (%2): Es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>ff::ApiError</name>
    <message>
        <source> (request id %1)</source>
        <translation> (Anfrage-ID %1)</translation>
    </message>
</context>
<context>
    <name>ff::AuditLog</name>
    <message>
        <source>cannot create the audit log&apos;s folder %1</source>
        <translation>der Ordner des Prüfprotokolls %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>in das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the audit log&apos;s folder %1: %2</source>
        <translation>der Ordner des Prüfprotokolls %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make the audit log %1 reach the disk: %2</source>
        <translation>das Prüfprotokoll %1 kann nicht sicher auf die Festplatte geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ff::AuditedWrites</name>
    <message>
        <source>the write could not be recorded in the audit log, so it was not sent: %1</source>
        <translation>die Änderung konnte nicht im Prüfprotokoll festgehalten werden und wurde daher nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>ff::CardLines</name>
    <message>
        <source>Worked out from the orders, with the platform&apos;s entitlement for this item.</source>
        <translation>Ermittelt aus den Bestellungen, mit der Berechtigung der Plattform für diese Position.</translation>
    </message>
    <message>
        <source>Worked out from the orders alone: the platform&apos;s current entitlement for this title is another purchase&apos;s (item %1), so it is not used.</source>
        <translation>Nur aus den Bestellungen ermittelt: Die aktuelle Berechtigung der Plattform für diesen Titel gehört zu einem anderen Kauf (Position %1) und wird daher nicht verwendet.</translation>
    </message>
    <message>
        <source>The platform has no entitlement for this title, so this is worked out from the orders alone.</source>
        <translation>Die Plattform hat keine Berechtigung für diesen Titel, daher ist dies nur aus den Bestellungen ermittelt.</translation>
    </message>
    <message>
        <source>Worked out from the orders alone; the platform&apos;s entitlement refines it when it can be read.</source>
        <translation>Nur aus den Bestellungen ermittelt; die Berechtigung der Plattform präzisiert das, sobald sie gelesen werden kann.</translation>
    </message>
    <message>
        <source>The item was added on %1, but its order was created on %2.</source>
        <translation>Die Position wurde am %1 hinzugefügt, ihre Bestellung aber am %2 angelegt.</translation>
    </message>
    <message>
        <source>Conflicts:
%1</source>
        <translation>Widersprüche:
%1</translation>
    </message>
    <message>
        <source>How far it played: not known (%1).</source>
        <translation>Wie weit wiedergegeben: unbekannt (%1).</translation>
    </message>
    <message>
        <source>How far it played: to %1 (the last position the platform recorded); the title&apos;s length is not known.</source>
        <translation>Wie weit wiedergegeben: bis %1 (die letzte von der Plattform erfasste Position); die Länge des Titels ist unbekannt.</translation>
    </message>
    <message>
        <source>How far it played: to %1 of %2 (the last position the platform recorded, not the furthest).</source>
        <translation>Wie weit wiedergegeben: bis %1 von %2 (die letzte von der Plattform erfasste Position, nicht die weiteste).</translation>
    </message>
    <message>
        <source>the platform&apos;s entitlement for this item records no position</source>
        <translation>die Berechtigung der Plattform für diese Position erfasst keine Wiedergabeposition</translation>
    </message>
    <message>
        <source>the platform&apos;s current entitlement for this title is another purchase&apos;s (item %1), and the orders do not say</source>
        <translation>die aktuelle Berechtigung der Plattform für diesen Titel gehört zu einem anderen Kauf (Position %1), und die Bestellungen sagen nichts dazu</translation>
    </message>
    <message>
        <source>the platform has no entitlement for this title, and the orders do not say</source>
        <translation>die Plattform hat keine Berechtigung für diesen Titel, und die Bestellungen sagen nichts dazu</translation>
    </message>
    <message>
        <source>the platform&apos;s entitlement could not be read, and the orders do not say</source>
        <translation>die Berechtigung der Plattform konnte nicht gelesen werden, und die Bestellungen sagen nichts dazu</translation>
    </message>
    <message>
        <source>only the platform&apos;s entitlement for this item says, and it has not been read yet</source>
        <translation>nur die Berechtigung der Plattform für diese Position sagt etwas dazu, und sie wurde noch nicht gelesen</translation>
    </message>
    <message>
        <source>Shown as of %1, under the default policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Angezeigt mit Stand %1, nach der Standardrichtlinie: Kulanzzeitraum %2 h, früh abgebrochen bei unter %3 min, angesehen ab %4 %, Uhren dürfen um %5 s abweichen.</translation>
    </message>
    <message>
        <source>Shown as of %1, under the affiliate&apos;s policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Angezeigt mit Stand %1, nach der Richtlinie des Partners: Kulanzzeitraum %2 h, früh abgebrochen bei unter %3 min, angesehen ab %4 %, Uhren dürfen um %5 s abweichen.</translation>
    </message>
    <message>
        <source>Shown now (%1), under the default policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Angezeigt jetzt (%1), nach der Standardrichtlinie: Kulanzzeitraum %2 h, früh abgebrochen bei unter %3 min, angesehen ab %4 %, Uhren dürfen um %5 s abweichen.</translation>
    </message>
    <message>
        <source>Shown now (%1), under the affiliate&apos;s policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Angezeigt jetzt (%1), nach der Richtlinie des Partners: Kulanzzeitraum %2 h, früh abgebrochen bei unter %3 min, angesehen ab %4 %, Uhren dürfen um %5 s abweichen.</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportBilling</name>
    <message>
        <source>Account user</source>
        <translation>Kontobenutzer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportItem</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Bestellung angelegt</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Lizenz ausgestellt</translation>
    </message>
    <message>
        <source>First streamed</source>
        <translation>Erstmals gestreamt</translation>
    </message>
    <message>
        <source>First downloaded</source>
        <translation>Erstmals heruntergeladen</translation>
    </message>
    <message>
        <source>Rental time ends (worked out)</source>
        <translation>Ende der Leihdauer (ermittelt)</translation>
    </message>
    <message>
        <source>%1 + RentalTime (%2 d)</source>
        <translation>%1 + RentalTime (%2 Tg.)</translation>
    </message>
    <message>
        <source>View time ends (worked out)</source>
        <translation>Ende der Ansehzeit (ermittelt)</translation>
    </message>
    <message>
        <source>TimeOfFirstPlay + ViewTime (%1 h)</source>
        <translation>TimeOfFirstPlay + ViewTime (%1 h)</translation>
    </message>
    <message>
        <source>Rental ends (the platform&apos;s word)</source>
        <translation>Ende der Leihe (laut Plattform)</translation>
    </message>
    <message>
        <source>As of (the instant reported)</source>
        <translation>Stand (angegebener Zeitpunkt)</translation>
    </message>
    <message>
        <source>Now (when the report was made)</source>
        <translation>Jetzt (bei Erstellung des Berichts)</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportPdf</name>
    <message>
        <source>Refund case report: %1</source>
        <translation>Fallbericht Erstattung: %1</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1</source>
        <translation>FilmFlex Agent Console %1</translation>
    </message>
    <message>
        <source>Refund case report · customer %1 · affiliate %2 · made %3</source>
        <translation>Fallbericht Erstattung · Kunde %1 · Partner %2 · erstellt %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Other items (%1), one line each</source>
        <translation>Weitere Positionen (%1), je eine Zeile</translation>
    </message>
    <message>
        <source>Other items (%1): not refund candidates, one line each</source>
        <translation>Weitere Positionen (%1): keine Erstattungskandidaten, je eine Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s) are among them: past the first %1, candidates are not set out in full. Report chosen items to see them in full.</source>
        <translation>
            <numerusform>%n Erstattungskandidat ist darunter: Nach den ersten %1 werden Kandidaten nicht mehr vollständig aufgeführt. Erstellen Sie den Bericht für ausgewählte Positionen, um sie vollständig zu sehen.</numerusform>
            <numerusform>%n Erstattungskandidaten sind darunter: Nach den ersten %1 werden Kandidaten nicht mehr vollständig aufgeführt. Erstellen Sie den Bericht für ausgewählte Positionen, um sie vollständig zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 · item %2 · %3 · %4 · %5 · %6</source>
        <translation>Bestellung %1 · Position %2 · %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source>Refund case report</source>
        <translation>Fallbericht Erstattung</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Agent&apos;s account</source>
        <translation>Konto des Agenten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>none (the server was named directly)</source>
        <translation>keins (Server direkt angegeben)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>%1 (not production)</source>
        <translation>%1 (nicht Produktion)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Worked out as of</source>
        <translation>Ermittelt mit Stand</translation>
    </message>
    <message>
        <source>Worked out at</source>
        <translation>Ermittelt am</translation>
    </message>
    <message>
        <source>%1 (time zone %2)</source>
        <translation>%1 (Zeitzone %2)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the default policy</source>
        <translation>Standardrichtlinie</translation>
    </message>
    <message>
        <source>the affiliate&apos;s policy</source>
        <translation>Richtlinie des Partners</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by FilmFlex Agent Console %2</source>
        <translation>%1 mit FilmFlex Agent Console %2</translation>
    </message>
    <message>
        <source>Billing details (included at the agent&apos;s request)</source>
        <translation>Rechnungsdaten (auf Wunsch des Agenten enthalten)</translation>
    </message>
    <message>
        <source>Reported in full</source>
        <translation>Vollständig berichtet</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Order %1 · item %2 · “%3”</source>
        <translation>Bestellung %1 · Position %2 · „%3“</translation>
    </message>
    <message>
        <source>Supplier reference %1; price %2; payment transaction %3; refund transaction %4.</source>
        <translation>Lieferantenreferenz %1; Preis %2; Zahlungstransaktion %3; Erstattungstransaktion %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2</source>
        <translation>Einschätzung: %1 — %2</translation>
    </message>
    <message>
        <source>To read out:</source>
        <translation>Zum Vorlesen:</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Wann (%1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>API field</source>
        <translation>API-Feld</translation>
    </message>
    <message>
        <source>As the API sent it</source>
        <translation>Wie von der API gesendet</translation>
    </message>
    <message>
        <source>Not known: nothing.</source>
        <translation>Unbekannt: nichts.</translation>
    </message>
    <message>
        <source>Not known:
%1</source>
        <translation>Unbekannt:
%1</translation>
    </message>
    <message>
        <source>Decision: none recorded yet.</source>
        <translation>Entscheidung: noch keine erfasst.</translation>
    </message>
    <message>
        <source>Evidence for a refund</source>
        <translation>Nachweise für eine Erstattung</translation>
    </message>
    <message>
        <source>Needs a person&apos;s judgement</source>
        <translation>Ermessenssache</translation>
    </message>
    <message>
        <source>Evidence against a refund</source>
        <translation>Nachweise gegen eine Erstattung</translation>
    </message>
    <message>
        <source>Weighed by no rule</source>
        <translation>Von keiner Regel gewichtet</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Nothing was reported.</source>
        <translation>Nichts berichtet.</translation>
    </message>
    <message numerus="yes">
        <source>In %1: %2 paid over %n order(s), of which %3 refunded.</source>
        <translation>
            <numerusform>In %1: %2 bezahlt über %n Bestellung, davon %3 erstattet.</numerusform>
            <numerusform>In %1: %2 bezahlt über %n Bestellungen, davon %3 erstattet.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown currency</source>
        <translation>einer unbekannten Währung</translation>
    </message>
    <message numerus="yes">
        <source>Never paid (pending, failed or cancelled), so not in that sum: %n order(s), %1.</source>
        <translation>
            <numerusform>Nie bezahlt (ausstehend, fehlgeschlagen oder storniert), daher nicht in dieser Summe: %n Bestellung, %1.</numerusform>
            <numerusform>Nie bezahlt (ausstehend, fehlgeschlagen oder storniert), daher nicht in dieser Summe: %n Bestellungen, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some item had no price, so these sums are not the whole story.</source>
        <translation>Für manche Positionen fehlt ein Preis, daher sind diese Summen unvollständig.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Refund transaction</source>
        <translation>Erstattungstransaktion</translation>
    </message>
    <message>
        <source>Recorded in this console&apos;s audit log for this customer</source>
        <translation>Im Prüfprotokoll dieser Konsole für diesen Kunden erfasst</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Decisions: none.</source>
        <translation>Entscheidungen: keine.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Verdict then</source>
        <translation>Einschätzung damals</translation>
    </message>
    <message>
        <source>Writes: none.</source>
        <translation>Änderungen: keine.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Was gesendet wurde</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportText</name>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Keine Positionen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1.</source>
        <translation>
            <numerusform>%n Position: %1.</numerusform>
            <numerusform>%n Positionen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund case: customer %1, affiliate %2</source>
        <translation>Erstattungsfall: Kunde %1, Partner %2</translation>
    </message>
    <message>
        <source>Refund case %3: customer %1, affiliate %2</source>
        <translation>Erstattungsfall %3: Kunde %1, Partner %2</translation>
    </message>
    <message>
        <source>Order %1, item %2, “%3” (%4): %5. %6.</source>
        <translation>Bestellung %1, Position %2, „%3“ (%4): %5. %6.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Noch keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>Decisions not known: the audit log could not be read.</source>
        <translation>Entscheidungen unbekannt: Das Prüfprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Price %1; payment transaction %2; refund transaction %3.</source>
        <translation>Preis %1; Zahlungstransaktion %2; Erstattungstransaktion %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) reported in full are in the PDF and the CSV.</source>
        <translation>
            <numerusform>%n weitere vollständig berichtete Position steht im PDF und in der CSV-Datei.</numerusform>
            <numerusform>%n weitere vollständig berichtete Positionen stehen im PDF und in der CSV-Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refund candidate(s) are in the PDF on a line each and in the CSV.</source>
        <translation>
            <numerusform>%n weiterer Erstattungskandidat steht im PDF (in einer Zeile) und in der CSV-Datei.</numerusform>
            <numerusform>%n weitere Erstattungskandidaten stehen im PDF (je in einer Zeile) und in der CSV-Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) are not refund candidates and are not listed here.</source>
        <translation>
            <numerusform>%n weitere Position ist kein Erstattungskandidat und wird hier nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Positionen sind keine Erstattungskandidaten und werden hier nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paid in %1: %2 over %n order(s), of which %3 refunded.</source>
        <translation>
            <numerusform>Bezahlt in %1: %2 über %n Bestellung, davon %3 erstattet.</numerusform>
            <numerusform>Bezahlt in %1: %2 über %n Bestellungen, davon %3 erstattet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1, account %2, no profile.</source>
        <translation>FilmFlex Agent Console %1, Konto %2, kein Profil.</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1, account %2, profile %3.</source>
        <translation>FilmFlex Agent Console %1, Konto %2, Profil %3.</translation>
    </message>
    <message>
        <source>Worked out as of %1, under the default policy.</source>
        <translation>Ermittelt mit Stand %1, nach der Standardrichtlinie.</translation>
    </message>
    <message>
        <source>Worked out as of %1, under the affiliate&apos;s policy.</source>
        <translation>Ermittelt mit Stand %1, nach der Richtlinie des Partners.</translation>
    </message>
    <message>
        <source>Worked out at %1, under the default policy.</source>
        <translation>Ermittelt am %1, nach der Standardrichtlinie.</translation>
    </message>
    <message>
        <source>Worked out at %1, under the affiliate&apos;s policy.</source>
        <translation>Ermittelt am %1, nach der Richtlinie des Partners.</translation>
    </message>
</context>
<context>
    <name>ff::CertificateProblem</name>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation>Inhaber %1; Aussteller %2; gültig von %3 bis %4; SHA-256 %5</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2. A certificate for another name is never trusted: the address may be wrong, or someone may be in between.</source>
        <translation>Das Zertifikat gilt für %1, nicht für %2. Einem Zertifikat für einen anderen Namen wird nie vertraut: Die Adresse ist vielleicht falsch, oder jemand hat sich dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>%1. Only a certificate whose issuer is unknown here (self-signed, or from an internal certificate authority) can be trusted; this one cannot.</source>
        <translation>%1. Nur einem Zertifikat, dessen Aussteller hier unbekannt ist (selbst signiert oder von einer internen Zertifizierungsstelle), kann vertraut werden; diesem nicht.</translation>
    </message>
</context>
<context>
    <name>ff::ContentDecoding</name>
    <message>
        <source>the decompressor could not start</source>
        <translation>der Dekomprimierer konnte nicht starten</translation>
    </message>
    <message>
        <source>the response inflates to more than the %1 MB limit</source>
        <translation>die Antwort ist entpackt größer als die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>the compressed response is damaged or cut short</source>
        <translation>die komprimierte Antwort ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the response is encoded as &quot;%1&quot;, which is not understood</source>
        <translation>die Antwort ist als „%1“ kodiert, was nicht unterstützt wird</translation>
    </message>
</context>
<context>
    <name>ff::CredentialStore</name>
    <message>
        <source>no secret is stored for this profile</source>
        <translation>für dieses Profil ist kein Secret gespeichert</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>Fehler im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>the profile is not saved yet</source>
        <translation>das Profil ist noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ff::CurrencyTotalsModel</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Incomplete: some purchases have no amount, or the sum is too large</source>
        <translation>Unvollständig: Manche Käufe haben keinen Betrag, oder die Summe ist zu groß</translation>
    </message>
</context>
<context>
    <name>ff::CustomerInvestigation</name>
    <message>
        <source>Only the orders were read: the platform&apos;s expiry, how far it played, box-set children and the offer&apos;s terms are not known here.</source>
        <translation>Es wurden nur die Bestellungen gelesen: Ablauf laut Plattform, wie weit wiedergegeben wurde, Teile des Box-Sets und die Bedingungen des Angebots sind hier unbekannt.</translation>
    </message>
</context>
<context>
    <name>ff::DecisionRecords</name>
    <message>
        <source>there is no audit log to record it in</source>
        <translation>es gibt kein Prüfprotokoll, in dem sie erfasst werden könnte</translation>
    </message>
    <message>
        <source>Refund granted</source>
        <translation>Erstattung gewährt</translation>
    </message>
    <message>
        <source>Refund declined</source>
        <translation>Erstattung abgelehnt</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Last decision: %1, on %2 by %3 (ticket %4): “%5”. Decided on the verdict “%6” (%7) as of %8.</source>
        <translation>Letzte Entscheidung: %1, am %2 von %3 (Ticket %4): „%5“. Entschieden nach der Einschätzung „%6“ (%7) mit Stand %8.</translation>
    </message>
</context>
<context>
    <name>ff::DisplayFormat</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ff::EntitlementModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Lieferantenref.</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Positions-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Persistent and transient</source>
        <translation>Dauerhaft und temporär</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <source>None issued</source>
        <translation>Keine ausgestellt</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>Empfang bestätigt</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>Empfang nicht bestätigt</translation>
    </message>
    <message>
        <source>Issued: %1, %2</source>
        <translation>Ausgestellt: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ff::EvidenceText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ff::FieldLabels</name>
    <message>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Rechnungsdaten</translation>
    </message>
    <message>
        <source>Is purchase allowed</source>
        <translation>Käufe erlaubt</translation>
    </message>
    <message>
        <source>Is purchase order required</source>
        <translation>Bestellnummer erforderlich</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Response data</source>
        <translation>Antwortdaten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Date purchased</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Gross total</source>
        <translation>Bruttosumme</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Nettosumme</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>Kaufart</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Entitlement type</source>
        <translation>Berechtigungsart</translation>
    </message>
    <message>
        <source>Rental expiry time</source>
        <translation>Ablauf der Leihe</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Letzte Wiedergabeposition</translation>
    </message>
    <message>
        <source>Registered registered device</source>
        <translation>Registriertes Gerät</translation>
    </message>
    <message>
        <source>Transient licence issued</source>
        <translation>Temporäre Lizenz ausgestellt</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Medienelement</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Medien-Assets</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Untergeordnet</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Po created date</source>
        <translation>Bestellung angelegt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purchase order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation>Angebots-ID</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Lieferantenreferenz</translation>
    </message>
    <message>
        <source>Time of first play</source>
        <translation>Erste Wiedergabe</translation>
    </message>
    <message>
        <source>Rental time</source>
        <translation>Leihdauer</translation>
    </message>
    <message>
        <source>View time</source>
        <translation>Ansehzeit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>BBFC rating</source>
        <translation>BBFC-Einstufung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Requires pre roll</source>
        <translation>Pre-Roll erforderlich</translation>
    </message>
    <message>
        <source>Persistent licence issued</source>
        <translation>Dauerhafte Lizenz ausgestellt</translation>
    </message>
    <message>
        <source>Is DTR</source>
        <translation>Download-To-Rent (DTR)</translation>
    </message>
    <message>
        <source>Supported devices</source>
        <translation>Unterstützte Geräte</translation>
    </message>
    <message>
        <source>DRM profile</source>
        <translation>DRM-Profil</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>Lizenzempfang bestätigt</translation>
    </message>
    <message>
        <source>Entitlement type id</source>
        <translation>ID der Berechtigungsart</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Uri</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Furniture type</source>
        <translation>Art des Bildmaterials</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Asset-Art</translation>
    </message>
    <message>
        <source>Material title</source>
        <translation>Materialtitel</translation>
    </message>
    <message>
        <source>Media uri</source>
        <translation>Medien-URI</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Transcode type id</source>
        <translation>ID der Transcodierungsart</translation>
    </message>
    <message>
        <source>Transcode type description</source>
        <translation>Beschreibung der Transcodierungsart</translation>
    </message>
    <message>
        <source>Supplier reference</source>
        <translation>Lieferantenreferenz</translation>
    </message>
    <message>
        <source>Sort title</source>
        <translation>Sortiertitel</translation>
    </message>
    <message>
        <source>Title keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Erscheinungsjahr</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Altersfreigabe</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>Newsletter synopsis</source>
        <translation>Inhaltsangabe für Newsletter</translation>
    </message>
    <message>
        <source>Trailer uri</source>
        <translation>Trailer-URI</translation>
    </message>
    <message>
        <source>Furniture base url</source>
        <translation>Basis-URL des Bildmaterials</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Bildmaterial</translation>
    </message>
    <message>
        <source>External identifiers</source>
        <translation>Externe Kennungen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Audio description available</source>
        <translation>Audiodeskription verfügbar</translation>
    </message>
    <message>
        <source>Start availability</source>
        <translation>Verfügbar ab</translation>
    </message>
    <message>
        <source>End availability</source>
        <translation>Verfügbar bis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Asset type id</source>
        <translation>ID der Asset-Art</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Angebotsart</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Händlerreferenz</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Create date</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Purchase order item dtos</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Payment provider customer id</source>
        <translation>Kunden-ID beim Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Payment provider transaction id</source>
        <translation>Transaktions-ID beim Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Payment provider refund trans id</source>
        <translation>Erstattungstransaktions-ID beim Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Offer type id</source>
        <translation>ID der Angebotsart</translation>
    </message>
    <message>
        <source>Shipping ids</source>
        <translation>Versand-IDs</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Time user first streamed</source>
        <translation>Erstmals gestreamt</translation>
    </message>
    <message>
        <source>Time user first downloaded</source>
        <translation>Erstmals heruntergeladen</translation>
    </message>
    <message>
        <source>Device id of first play</source>
        <translation>Geräte-ID der ersten Wiedergabe</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Geerbt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Device type id</source>
        <translation>ID des Gerätetyps</translation>
    </message>
    <message>
        <source>Device type name</source>
        <translation>Name des Gerätetyps</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Updated date</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Is active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Can delete</source>
        <translation>Löschbar</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Downloadable</source>
        <translation>Herunterladbar</translation>
    </message>
    <message>
        <source>Streamable</source>
        <translation>Streambar</translation>
    </message>
</context>
<context>
    <name>ff::InvestigationCells</name>
    <message>
        <source>%1 · %2 left to start</source>
        <translation>%1 · noch %2 bis zum Start</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · noch %2</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · vor %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Kandidat</numerusform>
            <numerusform>%n Kandidaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ItemFacts</name>
    <message>
        <source>The order names no offer type, so whether it is a rental or bought to keep is unknown.</source>
        <translation>Die Bestellung nennt keine Angebotsart, daher ist unbekannt, ob es eine Leihe oder ein Kauf zum Behalten ist.</translation>
    </message>
    <message>
        <source>The title&apos;s length &quot;%1&quot; cannot be read.</source>
        <translation>Die Länge des Titels &quot;%1&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The title&apos;s length is unknown.</source>
        <translation>Die Länge des Titels ist unbekannt.</translation>
    </message>
    <message>
        <source>The platform has no current entitlement for this title, so its expiry, how far it played and its offers are unknown.</source>
        <translation>Die Plattform hat keine aktuelle Berechtigung für diesen Titel, daher sind Ablauf, Wiedergabefortschritt und Angebote unbekannt.</translation>
    </message>
    <message>
        <source>The entitlement could not be read (%1), so the platform&apos;s expiry, how far it played and the offers are unknown.</source>
        <translation>Die Berechtigung konnte nicht gelesen werden (%1), daher sind Ablauf laut Plattform, Wiedergabefortschritt und Angebote unbekannt.</translation>
    </message>
    <message>
        <source>The platform&apos;s current entitlement for this title is another item&apos;s (%1), so this item&apos;s expiry, how far it played, box-set children and offers are unknown.</source>
        <translation>Die aktuelle Berechtigung der Plattform für diesen Titel gehört zu einer anderen Position (%1), daher sind Ablauf, Wiedergabefortschritt, Teile des Box-Sets und Angebote dieser Position unbekannt.</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>Neither the item nor its order says when it was bought.</source>
        <translation>Weder die Position noch ihre Bestellung sagt, wann gekauft wurde.</translation>
    </message>
</context>
<context>
    <name>ff::ItemStateAt</name>
    <message>
        <source>Whether it is a rental or bought to keep is unknown: the order names no offer type.</source>
        <translation>Ob es eine Leihe oder ein Kauf zum Behalten ist, ist unbekannt: Die Bestellung nennt keine Angebotsart.</translation>
    </message>
    <message>
        <source>The order says it was bought to keep, but its entitlement&apos;s type is &quot;%1&quot;.</source>
        <translation>Laut Bestellung ein Kauf zum Behalten, aber die Art der Berechtigung ist &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The order says it is a rental, but its entitlement&apos;s type is &quot;%1&quot;.</source>
        <translation>Laut Bestellung eine Leihe, aber die Art der Berechtigung ist &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The order&apos;s offer type &quot;%1&quot; says it was bought to keep, but the item is marked Download-To-Rent (IsDtr), which is a rental.</source>
        <translation>Die Angebotsart &quot;%1&quot; der Bestellung steht für einen Kauf zum Behalten, aber die Position ist als Download-To-Rent (IsDtr) markiert, also eine Leihe.</translation>
    </message>
</context>
<context>
    <name>ff::JsonReader</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation>ein unbekannter Wert</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation>Objekte und Arrays sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the body is empty, where JSON was expected</source>
        <translation>der Inhalt ist leer, obwohl JSON erwartet wurde</translation>
    </message>
    <message>
        <source>the JSON ends too soon (truncated?)</source>
        <translation>das JSON endet zu früh (abgeschnitten?)</translation>
    </message>
    <message>
        <source>a string is malformed</source>
        <translation>ein String ist fehlerhaft</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>das ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>eine Zahl ist fehlerhaft</translation>
    </message>
    <message>
        <source>the body is too large to read</source>
        <translation>der Inhalt ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>das ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>Ganzzahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>%1 is not a decimal within .NET&apos;s range and precision</source>
        <translation>%1 ist keine Dezimalzahl im Wertebereich und in der Genauigkeit von .NET</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date, got %1</source>
        <translation>Datum nach ISO 8601 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>a time interval</source>
        <translation>eine Zeitspanne</translation>
    </message>
    <message>
        <source>expected a time interval such as &quot;1.02:03:04.5&quot;, got %1</source>
        <translation>Zeitspanne wie &quot;1.02:03:04.5&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation>eine GUID</translation>
    </message>
    <message>
        <source>expected a GUID, got %1</source>
        <translation>GUID erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>&quot;$ref&quot; refers to an object that contains it</source>
        <translation>&quot;$ref&quot; verweist auf ein Objekt, das ihn selbst enthält</translation>
    </message>
    <message>
        <source>objects and arrays are nested more than %1 deep</source>
        <translation>Objekte und Arrays sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a reference id, got %1</source>
        <translation>Referenz-ID erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>&quot;$ref&quot; references repeat more than %1 objects</source>
        <translation>&quot;$ref&quot;-Verweise wiederholen mehr als %1 Objekte</translation>
    </message>
    <message>
        <source>&quot;$ref&quot;: &quot;%1&quot; names no object read before it</source>
        <translation>&quot;$ref&quot;: &quot;%1&quot; nennt kein zuvor gelesenes Objekt</translation>
    </message>
    <message>
        <source>there is more after the JSON value</source>
        <translation>nach dem JSON-Wert folgt noch mehr</translation>
    </message>
    <message>
        <source>the text is %1: it starts with that encoding&apos;s byte-order mark (BOM), and JSON is read only as UTF-8 (save it as UTF-8)</source>
        <translation>der Text ist %1: Er beginnt mit der Bytereihenfolge-Markierung (BOM) dieser Kodierung, und JSON wird nur als UTF-8 gelesen (speichern Sie ihn als UTF-8)</translation>
    </message>
    <message>
        <source>&quot;$values&quot; appears twice</source>
        <translation>&quot;$values&quot; kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>ff::LowSpeedGuard</name>
    <message>
        <source>the answer came too slowly: %1 bytes in the last %2 s, less than %3 bytes a second</source>
        <translation>die Antwort kam zu langsam: %1 Bytes in den letzten %2 s, weniger als %3 Bytes pro Sekunde</translation>
    </message>
</context>
<context>
    <name>ff::MoneyInput</name>
    <message>
        <source>Enter an amount, such as %1.</source>
        <translation>Geben Sie einen Betrag ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Type the amount without a sign, such as %1: a price is never negative.</source>
        <translation>Geben Sie den Betrag ohne Vorzeichen ein, z. B. %1: Ein Preis ist nie negativ.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of an amount: type digits, such as %2.</source>
        <translation>„%1“ kann nicht Teil eines Betrags sein: Geben Sie Ziffern ein, z. B. %2.</translation>
    </message>
    <message>
        <source>Type the amount without its currency (it is in %1), such as %2.</source>
        <translation>Geben Sie den Betrag ohne Währung ein (sie ist %1), z. B. %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type digits, such as %2.</source>
        <translation>„%1“ ist kein Betrag: Geben Sie Ziffern ein, z. B. %2.</translation>
    </message>
    <message>
        <source>An amount has at most %1 decimal places, such as %2.</source>
        <translation>Ein Betrag hat höchstens %1 Nachkommastellen, z. B. %2.</translation>
    </message>
    <message>
        <source>An amount in %1 has no decimals: type whole units, such as %2.</source>
        <translation>Ein Betrag in %1 hat keine Nachkommastellen: Geben Sie ganze Einheiten ein, z. B. %2.</translation>
    </message>
    <message>
        <source>An amount in %1 has at most %2 decimal places, such as %3.</source>
        <translation>Ein Betrag in %1 hat höchstens %2 Nachkommastellen, z. B. %3.</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount.</source>
        <translation>„%1“ ist zu groß für einen Betrag.</translation>
    </message>
    <message>
        <source>Your language settings write “%1” before the decimals: write %2.</source>
        <translation>Nach Ihren Spracheinstellungen steht „%1“ vor den Nachkommastellen: Schreiben Sie %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount as your language settings write it: write %2.</source>
        <translation>„%1“ ist nach Ihren Spracheinstellungen kein Betrag: Schreiben Sie %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount as your language settings write it: write %2 or %3.</source>
        <translation>„%1“ ist nach Ihren Spracheinstellungen kein Betrag: Schreiben Sie %2 oder %3.</translation>
    </message>
</context>
<context>
    <name>ff::MonthlySpendModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n purchase(s))</source>
        <translation>
            <numerusform>%1: %2 (%n Kauf)</numerusform>
            <numerusform>%1: %2 (%n Käufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>(incomplete: the sum is too large)</source>
        <translation>(unvollständig: Die Summe ist zu groß)</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a date are not in the chart.</source>
        <translation>
            <numerusform>%n Kauf ohne Datum ist nicht im Diagramm.</numerusform>
            <numerusform>%n Käufe ohne Datum sind nicht im Diagramm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a gross amount are not in the chart.</source>
        <translation>
            <numerusform>%n Kauf ohne Bruttobetrag ist nicht im Diagramm.</numerusform>
            <numerusform>%n Käufe ohne Bruttobetrag sind nicht im Diagramm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
</context>
<context>
    <name>ff::NewItemRules</name>
    <message>
        <source>must be a positive number</source>
        <translation>muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>cannot be &quot;.&quot; or &quot;..&quot;</source>
        <translation>darf nicht &quot;.&quot; oder &quot;..&quot; sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>is %1, but the item is being added to order %2</source>
        <translation>ist %1, aber die Position wird zu Bestellung %2 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ff::PathSegment</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;: it would not survive as a path segment</source>
        <translation>%1 darf nicht &quot;%2&quot; sein: Das würde als Pfadsegment nicht erhalten bleiben</translation>
    </message>
</context>
<context>
    <name>ff::PrivateFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ff::ProfileStore</name>
    <message>
        <source>Profile “%1”: its proxy had a user name or password saved in the settings file. Proxy authentication is not supported, so they were removed; the proxy %2 is used without them.</source>
        <translation>Profil „%1“: Für seinen Proxy waren Benutzername oder Passwort in der Einstellungsdatei gespeichert. Proxy-Authentifizierung wird nicht unterstützt, daher wurden sie entfernt; der Proxy %2 wird ohne sie verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”: %n certificate(s) trusted by fingerprint alone are no longer trusted, because trust is now given for one server (host and port). When the server&apos;s certificate is shown, review it and trust it again if it is expected.</source>
        <translation>
            <numerusform>Profil „%1“: %n Zertifikat, dem nur anhand des Fingerabdrucks vertraut wurde, wird nicht mehr vertraut, weil Vertrauen jetzt für einen einzelnen Server (Host und Port) gilt. Wenn das Zertifikat des Servers angezeigt wird, prüfen Sie es und vertrauen Sie ihm erneut, wenn es erwartet wird.</numerusform>
            <numerusform>Profil „%1“: %n Zertifikaten, denen nur anhand des Fingerabdrucks vertraut wurde, wird nicht mehr vertraut, weil Vertrauen jetzt für einen einzelnen Server (Host und Port) gilt. Wenn das Zertifikat des Servers angezeigt wird, prüfen Sie es und vertrauen Sie ihm erneut, wenn es erwartet wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::PurchaseOrderModel</name>
    <message>
        <source>No items</source>
        <translation>Keine Positionen</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Order / item</source>
        <translation>Bestellung / Position</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Angebotsart</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Lieferantenref.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Rental (days)</source>
        <translation>Leihe (Tage)</translation>
    </message>
    <message>
        <source>View (hours)</source>
        <translation>Ansehen (Std.)</translation>
    </message>
    <message>
        <source>First play</source>
        <translation>Erste Wiedergabe</translation>
    </message>
    <message>
        <source>Licence ack.</source>
        <translation>Lizenz best.</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Refund transaction id</source>
        <translation>Erstattungstrans.-ID</translation>
    </message>
    <message>
        <source>When the order or item was created, in your time zone</source>
        <translation>Wann die Bestellung oder Position angelegt wurde, in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>An item&apos;s price; on an order, its items&apos; prices added up</source>
        <translation>Preis einer Position; bei einer Bestellung die Summe der Preise ihrer Positionen</translation>
    </message>
    <message>
        <source>Days from the order until the rental ends</source>
        <translation>Tage von der Bestellung bis zum Ende der Leihe</translation>
    </message>
    <message>
        <source>Hours from the first play until the rental ends</source>
        <translation>Stunden von der ersten Wiedergabe bis zum Ende der Leihe</translation>
    </message>
    <message>
        <source>Whether a device acknowledged receiving the licence</source>
        <translation>Ob ein Gerät den Empfang der Lizenz bestätigt hat</translation>
    </message>
    <message>
        <source>The payment provider&apos;s transaction; an item without its own shows its order&apos;s</source>
        <translation>Die Transaktion beim Zahlungsanbieter; eine Position ohne eigene zeigt die ihrer Bestellung</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where the item stands: not started, active, expired, owned, refunded; with the time left or since</source>
        <translation>Wo die Position steht: nicht begonnen, aktiv, abgelaufen, gekauft, erstattet; mit verbleibender oder vergangener Zeit</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Whether a refund is due, needs a person&apos;s review, or is not due; on an order, its refund candidates</source>
        <translation>Ob eine Erstattung fällig ist, von einem Menschen geprüft werden muss oder nicht fällig ist; bei einer Bestellung ihre Erstattungskandidaten</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>The facts about the item that bear on a refund</source>
        <translation>Die Fakten zur Position, die für eine Erstattung zählen</translation>
    </message>
</context>
<context>
    <name>ff::PurchaseSignals</name>
    <message>
        <source>Offer %1 is not among the title&apos;s offers, so the terms it was sold on cannot be checked.</source>
        <translation>Angebot %1 gehört nicht zu den Angeboten des Titels, daher lassen sich die Bedingungen, zu denen er verkauft wurde, nicht prüfen.</translation>
    </message>
    <message>
        <source>Offer %1 was not on sale at the purchase instant, so the terms it was sold on cannot be checked.</source>
        <translation>Angebot %1 war zum Kaufzeitpunkt nicht im Verkauf, daher lassen sich die Bedingungen, zu denen er verkauft wurde, nicht prüfen.</translation>
    </message>
</context>
<context>
    <name>ff::RefundPolicyJson</name>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>Array aus Strings erwartet</translation>
    </message>
    <message>
        <source>expected an array of strings, none of them empty</source>
        <translation>Array aus Strings erwartet, keiner davon leer</translation>
    </message>
    <message>
        <source>expected an array of whole numbers</source>
        <translation>Array aus ganzen Zahlen erwartet</translation>
    </message>
    <message>
        <source>expected an object of signal names and weights</source>
        <translation>Objekt aus Signalnamen und Gewichtungen erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal</source>
        <translation>&quot;%1&quot; ist kein Signal</translation>
    </message>
    <message>
        <source>&quot;already-refunded&quot; has no weight: the state decides</source>
        <translation>&quot;already-refunded&quot; hat keine Gewichtung: Der Status entscheidet</translation>
    </message>
    <message>
        <source>the weight of &quot;%1&quot; must be &quot;supports&quot;, &quot;review&quot; or &quot;opposes&quot;</source>
        <translation>die Gewichtung von &quot;%1&quot; muss &quot;supports&quot;, &quot;review&quot; oder &quot;opposes&quot; sein</translation>
    </message>
    <message>
        <source>the policy is not valid JSON: %1 (at byte %2)</source>
        <translation>die Richtlinie ist kein gültiges JSON: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation>die Richtlinie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy setting</source>
        <translation>&quot;%1&quot; ist keine Einstellung der Richtlinie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ff::RefundSentences</name>
    <message>
        <source>%1 at %2 %3</source>
        <translation>%1 um %2 %3</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1, %2 left to start</source>
        <translation>%1, noch %2 bis zum Start</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, noch %2</translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation>%1, vor %2</translation>
    </message>
    <message>
        <source>You bought it on %1; it has not been played or downloaded on any device.</source>
        <translation>Sie haben den Titel am %1 gekauft; er wurde auf keinem Gerät wiedergegeben oder heruntergeladen.</translation>
    </message>
    <message>
        <source>You rented it on %1; it has not been played or downloaded on any device.</source>
        <translation>Sie haben den Titel am %1 ausgeliehen; er wurde auf keinem Gerät wiedergegeben oder heruntergeladen.</translation>
    </message>
    <message>
        <source>The rental ended on %1 without being played or downloaded.</source>
        <translation>Die Leihe ist am %1 abgelaufen, ohne dass der Titel wiedergegeben oder heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>A licence was issued on %1, but no device confirmed receiving it, and nothing was played or downloaded.</source>
        <translation>Am %1 wurde eine Lizenz ausgestellt, aber kein Gerät hat ihren Empfang bestätigt, und nichts wurde wiedergegeben oder heruntergeladen.</translation>
    </message>
    <message>
        <source>It was streamed on %1 and stopped after %2.</source>
        <translation>Der Titel wurde am %1 gestreamt und nach %2 abgebrochen.</translation>
    </message>
    <message>
        <source>It played to %1 of %2.</source>
        <translation>Der Titel wurde bis %1 von %2 wiedergegeben.</translation>
    </message>
    <message>
        <source>Order %1 was already refunded (reference %2); the refund covers every item in it.</source>
        <translation>Bestellung %1 wurde bereits erstattet (Referenz %2); die Erstattung gilt für alle Positionen darin.</translation>
    </message>
    <message>
        <source>Order %1 is marked refunded; the refund covers every item in it.</source>
        <translation>Bestellung %1 ist als erstattet markiert; die Erstattung gilt für alle Positionen darin.</translation>
    </message>
    <message>
        <source>The records&apos; times do not fit together (a licence, play or download before the purchase or before the licence), so a clock may be wrong.</source>
        <translation>Die Zeiten in den Daten passen nicht zusammen (eine Lizenz, Wiedergabe oder ein Download vor dem Kauf oder vor der Lizenz), daher geht möglicherweise eine Uhr falsch.</translation>
    </message>
    <message>
        <source>You already owned this title (order %1, bought on %2).</source>
        <translation>Sie hatten diesen Titel bereits gekauft (Bestellung %1, gekauft am %2).</translation>
    </message>
    <message>
        <source>You already had this title on rental (order %1, rented on %2, running until %3).</source>
        <translation>Sie hatten diesen Titel bereits ausgeliehen (Bestellung %1, ausgeliehen am %2, Leihe bis %3).</translation>
    </message>
    <message>
        <source>Neither copy has been played or downloaded.</source>
        <translation>Keine der beiden Kopien wurde wiedergegeben oder heruntergeladen.</translation>
    </message>
    <message>
        <source>This copy, bought on %1, has not been played or downloaded.</source>
        <translation>Diese Kopie, gekauft am %1, wurde nicht wiedergegeben oder heruntergeladen.</translation>
    </message>
    <message>
        <source>The earlier one was never played or downloaded.</source>
        <translation>Die frühere wurde nie wiedergegeben oder heruntergeladen.</translation>
    </message>
    <message>
        <source>Both copies have been played or downloaded.</source>
        <translation>Beide Kopien wurden wiedergegeben oder heruntergeladen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You paid %1; offer %2 on sale at the time was %3.</source>
        <translation>Sie haben %1 bezahlt; Angebot %2 kostete zu diesem Zeitpunkt %3.</translation>
    </message>
    <message>
        <source>The rental was given %1 d to start; offer %2 on sale at the time gave %3 d.</source>
        <translation>Die Leihe hatte %1 Tg. Zeit zum Starten; Angebot %2 gab zu diesem Zeitpunkt %3 Tg.</translation>
    </message>
    <message>
        <source>The rental was given %1 h to watch; offer %2 on sale at the time gave %3 h.</source>
        <translation>Die Leihe hatte %1 h zum Ansehen; Angebot %2 gab zu diesem Zeitpunkt %3 h.</translation>
    </message>
    <message>
        <source>The platform says the rental ends on %1, but its terms give %2.</source>
        <translation>Laut Plattform endet die Leihe am %1, nach ihren Bedingungen aber am %2.</translation>
    </message>
    <message>
        <source>The order says &quot;%1&quot;, bought to keep, but the title is marked as a download-to-rent rental.</source>
        <translation>Die Bestellung sagt &quot;%1&quot;, also Kauf zum Behalten, aber der Titel ist als Download-To-Rent-Leihe markiert.</translation>
    </message>
    <message>
        <source>The order says &quot;%1&quot;, but the platform lists the title as &quot;%2&quot;.</source>
        <translation>Die Bestellung sagt &quot;%1&quot;, aber die Plattform führt den Titel als &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 titles in this box set have been started.</source>
        <translation>
            <numerusform>Von den %1 Titeln dieses Box-Sets wurde %n begonnen.</numerusform>
            <numerusform>Von den %1 Titeln dieses Box-Sets wurden %n begonnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::RefundTerms</name>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Owned, not played</source>
        <translation>Gekauft, nicht wiedergegeben</translation>
    </message>
    <message>
        <source>Owned, played</source>
        <translation>Gekauft, wiedergegeben</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired, unused</source>
        <translation>Abgelaufen, ungenutzt</translation>
    </message>
    <message>
        <source>Expired, watched</source>
        <translation>Abgelaufen, angesehen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Bereits erstattet</translation>
    </message>
    <message>
        <source>Nothing paid</source>
        <translation>Nichts bezahlt</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Erstattung fällig</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>No refund due</source>
        <translation>Keine Erstattung fällig</translation>
    </message>
    <message>
        <source>Unwatched in the courtesy window</source>
        <translation>Im Kulanzzeitraum nicht angesehen</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>Ungenutzt abgelaufen</translation>
    </message>
    <message>
        <source>Delivery failure</source>
        <translation>Auslieferungsfehler</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Früh abgebrochen</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelkauf</translation>
    </message>
    <message>
        <source>Terms differ</source>
        <translation>Abweichende Bedingungen</translation>
    </message>
    <message>
        <source>Box set partly used</source>
        <translation>Box-Set teilweise genutzt</translation>
    </message>
    <message>
        <source>Clock anomaly</source>
        <translation>Zeitanomalie</translation>
    </message>
    <message>
        <source>Entitlement conflict</source>
        <translation>Berechtigungskonflikt</translation>
    </message>
    <message>
        <source>Supports a refund</source>
        <translation>Spricht für Erstattung</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Opposes a refund</source>
        <translation>Spricht gegen Erstattung</translation>
    </message>
</context>
<context>
    <name>ff::RentalWindow</name>
    <message>
        <source>RentalTime %1 is not a number of days a rental can last.</source>
        <translation>RentalTime %1 ist keine mögliche Leihdauer in Tagen.</translation>
    </message>
    <message>
        <source>The rental has no RentalTime and no licence was issued, so when it ends is unknown.</source>
        <translation>Die Leihe hat keine RentalTime, und es wurde keine Lizenz ausgestellt, daher ist unbekannt, wann sie endet.</translation>
    </message>
    <message>
        <source>The rental has no RentalTime and no ViewTime, so when it ends is unknown.</source>
        <translation>Die Leihe hat weder RentalTime noch ViewTime, daher ist unbekannt, wann sie endet.</translation>
    </message>
    <message>
        <source>When the rental ends is unknown.</source>
        <translation>Unbekannt, wann die Leihe endet.</translation>
    </message>
</context>
<context>
    <name>ff::SandboxInfoReader</name>
    <message>
        <source>the sandbox&apos;s description could not be read: %1</source>
        <translation>die Beschreibung der Sandbox konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the sandbox answered HTTP %1 when asked to describe itself</source>
        <translation>die Sandbox hat auf die Frage nach ihrer Beschreibung mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>the sandbox did not describe itself: %1</source>
        <translation>die Sandbox hat sich nicht beschrieben: %1</translation>
    </message>
</context>
<context>
    <name>ff::SandboxLauncher</name>
    <message>
        <source>%1 did not report ready within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s Bereitschaft gemeldet</translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation>die Sandbox läuft bereits</translation>
    </message>
    <message>
        <source>ffconsole-sandbox was not found next to this program or on PATH</source>
        <translation>ffconsole-sandbox wurde weder neben diesem Programm noch im PATH gefunden</translation>
    </message>
    <message>
        <source>%1 printed too much before reporting ready; is it really ffconsole-sandbox?</source>
        <translation>%1 hat vor der Bereitschaftsmeldung zu viel ausgegeben; ist es wirklich ffconsole-sandbox?</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 reported ready without an address and its tokens</source>
        <translation>%1 hat Bereitschaft ohne Adresse und Tokens gemeldet</translation>
    </message>
    <message>
        <source>%1 crashed before reporting ready</source>
        <translation>%1 ist abgestürzt, bevor es Bereitschaft gemeldet hat</translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation>%1 ist abgestürzt: %2</translation>
    </message>
    <message>
        <source>%1 exited with code %2 before reporting ready</source>
        <translation>%1 wurde mit Code %2 beendet, bevor es Bereitschaft gemeldet hat</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 wurde mit Code %2 beendet: %3</translation>
    </message>
</context>
<context>
    <name>ff::TimelineEvents</name>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Bestellung angelegt</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Lizenz ausgestellt</translation>
    </message>
    <message>
        <source>First streamed</source>
        <translation>Erstmals gestreamt</translation>
    </message>
    <message>
        <source>First downloaded</source>
        <translation>Erstmals heruntergeladen</translation>
    </message>
    <message>
        <source>Window ended</source>
        <translation>Leihzeitraum endete</translation>
    </message>
    <message>
        <source>Window ends</source>
        <translation>Leihzeitraum endet</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time line, in time order: %1.</source>
        <translation>Zeitachse, zeitlich geordnet: %1.</translation>
    </message>
</context>
<context>
    <name>ff::TimelinePainter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ff::WriteVerification</name>
    <message>
        <source>the order already had an identical item before this one was sent, so whether a second one was added cannot be told for certain: check the order&apos;s items</source>
        <translation>die Bestellung hatte schon vor dem Senden eine gleiche Position, daher lässt sich nicht sicher sagen, ob eine zweite hinzugefügt wurde: Prüfen Sie die Positionen der Bestellung</translation>
    </message>
    <message>
        <source>the order now has the item (item %1): it was added</source>
        <translation>die Bestellung hat jetzt die Position (Position %1): Sie wurde hinzugefügt</translation>
    </message>
    <message>
        <source>the order has no new item: it was not added</source>
        <translation>die Bestellung hat keine neue Position: Sie wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>the licence was already marked acknowledged before, so this cannot tell whether the new acknowledgement was recorded</source>
        <translation>der Empfang der Lizenz war schon vorher als bestätigt markiert, daher lässt sich nicht sagen, ob die neue Empfangsbestätigung erfasst wurde</translation>
    </message>
    <message>
        <source>the licence is now marked acknowledged: it was recorded</source>
        <translation>der Empfang der Lizenz ist jetzt als bestätigt markiert: Die Bestätigung wurde erfasst</translation>
    </message>
    <message>
        <source>the licence is still not acknowledged: it was not recorded</source>
        <translation>der Empfang der Lizenz ist weiterhin nicht bestätigt: Die Bestätigung wurde nicht erfasst</translation>
    </message>
    <message>
        <source>it is not there yet, but the server may still be working on it</source>
        <translation>es ist noch nicht da, aber der Server arbeitet möglicherweise noch daran</translation>
    </message>
    <message>
        <source>the answer is about order %1, not order %2</source>
        <translation>die Antwort betrifft Bestellung %1, nicht Bestellung %2</translation>
    </message>
    <message>
        <source>the answer names no order</source>
        <translation>die Antwort nennt keine Bestellung</translation>
    </message>
    <message>
        <source>the order in the answer does not hold the item that was sent</source>
        <translation>die Bestellung in der Antwort enthält die gesendete Position nicht</translation>
    </message>
    <message>
        <source>the answer is about item %1, not item %2</source>
        <translation>die Antwort betrifft Position %1, nicht Position %2</translation>
    </message>
    <message>
        <source>the answer names no item</source>
        <translation>die Antwort nennt keine Position</translation>
    </message>
    <message>
        <source>the answer does not show the licence acknowledged</source>
        <translation>die Antwort zeigt den Empfang der Lizenz nicht als bestätigt</translation>
    </message>
    <message numerus="yes">
        <source>the order now has %n new items like this one: check them before doing anything else</source>
        <translation>
            <numerusform>die Bestellung hat jetzt %n neue Position wie diese: Prüfen Sie sie, bevor Sie etwas anderes tun</numerusform>
            <numerusform>die Bestellung hat jetzt %n neue Positionen wie diese: Prüfen Sie sie, bevor Sie etwas anderes tun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the order changed in other ways meanwhile (%n other new item(s)): check it before trying again</source>
        <translation>
            <numerusform>die Bestellung hat sich inzwischen anderweitig geändert (%n weitere neue Position): Prüfen Sie sie, bevor Sie es erneut versuchen</numerusform>
            <numerusform>die Bestellung hat sich inzwischen anderweitig geändert (%n weitere neue Positionen): Prüfen Sie sie, bevor Sie es erneut versuchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::XmlReader</name>
    <message>
        <source>the body is empty, where XML was expected</source>
        <translation>der Inhalt ist leer, obwohl XML erwartet wurde</translation>
    </message>
    <message>
        <source>the document declares a DTD, which is not accepted</source>
        <translation>das Dokument deklariert eine DTD, was nicht akzeptiert wird</translation>
    </message>
    <message>
        <source>the body holds no XML element</source>
        <translation>der Inhalt enthält kein XML-Element</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <source>the XML ends too soon (truncated?)</source>
        <translation>das XML endet zu früh (abgeschnitten?)</translation>
    </message>
    <message>
        <source>this is not well-formed XML: %1</source>
        <translation>das ist kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>there is more than one root element</source>
        <translation>es gibt mehr als ein Wurzelelement</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected an integer, got &quot;%1&quot;</source>
        <translation>Ganzzahl erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true oder false erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal within .NET&apos;s range and precision</source>
        <translation>&quot;%1&quot; ist keine Dezimalzahl im Wertebereich und in der Genauigkeit von .NET</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date, got &quot;%1&quot;</source>
        <translation>Datum nach ISO 8601 erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a GUID, got &quot;%1&quot;</source>
        <translation>GUID erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a DateTime in UTC and OffsetMinutes (-840 to 840), got &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>DateTime in UTC und OffsetMinutes (-840 bis 840) erwartet, erhalten: &quot;%1&quot; und &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ff::cli::AckLicenseCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>Partner-ID.</translation>
    </message>
    <message>
        <source>The device id that received the licence.</source>
        <translation>Die ID des Geräts, das die Lizenz empfangen hat.</translation>
    </message>
    <message>
        <source>Purchase order item id.</source>
        <translation>Positions-ID.</translation>
    </message>
    <message>
        <source>ack-license of item %1</source>
        <translation>ack-license für Position %1</translation>
    </message>
    <message>
        <source>ffconsole-cli orders --affiliate %1 --customer NAME shows whether item %2 has LicenseAcknowledged</source>
        <translation>ffconsole-cli orders --affiliate %1 --customer NAME zeigt, ob bei Position %2 LicenseAcknowledged gesetzt ist</translation>
    </message>
    <message>
        <source>acknowledge a licence a device received</source>
        <translation>den Empfang einer Lizenz durch ein Gerät bestätigen</translation>
    </message>
</context>
<context>
    <name>ff::cli::AddItemCommand</name>
    <message>
        <source>Purchase order id.</source>
        <translation>Bestell-ID.</translation>
    </message>
    <message>
        <source>A PurchaseOrderItem as JSON, from a file or - for stdin.</source>
        <translation>Ein PurchaseOrderItem als JSON, aus einer Datei oder - für stdin.</translation>
    </message>
    <message>
        <source>The order&apos;s affiliate: with --customer, read the order back when the answer says nothing certain.</source>
        <translation>Der Partner der Bestellung: Mit --customer wird die Bestellung erneut gelesen, wenn die Antwort nichts Sicheres sagt.</translation>
    </message>
    <message>
        <source>The order&apos;s customer (name or email), with --affiliate.</source>
        <translation>Der Kunde der Bestellung (Name oder E-Mail-Adresse), zusammen mit --affiliate.</translation>
    </message>
    <message>
        <source>--item-json is required (a file, or - for stdin)</source>
        <translation>--item-json ist erforderlich (eine Datei oder - für stdin)</translation>
    </message>
    <message>
        <source>cannot read --item-json %1: %2</source>
        <translation>--item-json %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--item-json is larger than 1 MB: not an item</source>
        <translation>--item-json ist größer als 1 MB: keine Position</translation>
    </message>
    <message>
        <source>--item-json is not a valid PurchaseOrderItem: %1</source>
        <translation>--item-json ist kein gültiges PurchaseOrderItem: %1</translation>
    </message>
    <message>
        <source>--item-json: %1</source>
        <translation>--item-json: %1</translation>
    </message>
    <message>
        <source>--affiliate and --customer go together: the order&apos;s customer, to read it back</source>
        <translation>--affiliate und --customer gehören zusammen: der Kunde der Bestellung, um sie erneut zu lesen</translation>
    </message>
    <message>
        <source>add-item to order %1</source>
        <translation>add-item für Bestellung %1</translation>
    </message>
    <message>
        <source>order %1 is not one of this customer&apos;s orders, so it could not be read back; nothing was sent</source>
        <translation>Bestellung %1 gehört nicht zu den Bestellungen dieses Kunden und konnte daher nicht erneut gelesen werden; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>ffconsole-cli orders --affiliate N --customer NAME lists order %1&apos;s items (add-item --affiliate N --customer NAME reads it back by itself)</source>
        <translation>ffconsole-cli orders --affiliate N --customer NAME listet die Positionen von Bestellung %1 auf (add-item --affiliate N --customer NAME liest sie von selbst erneut)</translation>
    </message>
    <message>
        <source>add an item to a purchase order</source>
        <translation>einer Bestellung eine Position hinzufügen</translation>
    </message>
</context>
<context>
    <name>ff::cli::CellText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ff::cli::CliApplication</name>
    <message>
        <source>Platform API base URL (default: the profile&apos;s, or FFCONSOLE_BASE_URL).</source>
        <translation>Basis-URL der Plattform-API (Standard: die des Profils oder FFCONSOLE_BASE_URL).</translation>
    </message>
    <message>
        <source>Admin accounts API base URL (default: --base-url).</source>
        <translation>Basis-URL der Admin-API für Konten (Standard: --base-url).</translation>
    </message>
    <message>
        <source>Connection profile saved by the console; its secret comes from the keychain.</source>
        <translation>Von der Konsole gespeichertes Profil; sein Secret kommt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for this many seconds, 0.1 to 3600 (default 30).</source>
        <translation>Abbrechen, wenn so viele Sekunden lang nichts ankommt, 0.1 bis 3600 (Standard 30).</translation>
    </message>
    <message>
        <source>Give up when an answer averages fewer bytes a second than this over --speed-time (default 1024).</source>
        <translation>Abbrechen, wenn eine Antwort über --speed-time gemittelt weniger als so viele Bytes pro Sekunde liefert (Standard 1024).</translation>
    </message>
    <message>
        <source>The window --speed-limit is measured over, in seconds (default 30).</source>
        <translation>Der Zeitraum in Sekunden, über den --speed-limit gemessen wird (Standard 30).</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default table); investigate also jsonl; report pdf, csv or text.</source>
        <translation>Ausgabeformat: table, json oder csv (Standard table); investigate auch jsonl; report pdf, csv oder text.</translation>
    </message>
    <message>
        <source>Authentication: bearer, apikey or basic (default: the profile&apos;s, or bearer).</source>
        <translation>Authentifizierung: bearer, apikey oder basic (Standard: die des Profils oder bearer).</translation>
    </message>
    <message>
        <source>Header name for apikey authentication (default X-Api-Key).</source>
        <translation>Header-Name für die apikey-Authentifizierung (Standard X-Api-Key).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>%1 %2 is not a server of profile &quot;%3&quot; (%4), and its secret goes nowhere else; for another server leave out --profile and set FFCONSOLE_TOKEN</source>
        <translation>%1 %2 ist kein Server des Profils &quot;%3&quot; (%4), und sein Secret wird nirgendwo anders hin gesendet; lassen Sie für einen anderen Server --profile weg und setzen Sie FFCONSOLE_TOKEN</translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL, not &quot;%2&quot;</source>
        <translation>%1 muss eine http(s)-URL sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Usage: ffconsole-cli [--base-url URL] [--admin-url URL] [--profile NAME] [--timeout SEC]
                     [--speed-limit BYTES] [--speed-time SEC] [--format table|json|csv] COMMAND ...

The FilmFlex Agent Console&apos;s command-line companion, for scripting and bulk refund work.
The secret comes from FFCONSOLE_TOKEN (and FFCONSOLE_USER for basic authentication) or
from the profile&apos;s keychain entry; it is never taken from the command line.

Commands:
</source>
        <translation>Aufruf: ffconsole-cli [--base-url URL] [--admin-url URL] [--profile NAME] [--timeout SEC]
                      [--speed-limit BYTES] [--speed-time SEC] [--format table|json|csv] COMMAND ...

Das Kommandozeilenprogramm zur FilmFlex Agent Console, für Skripte und Erstattungen in großer Zahl.
Das Secret kommt aus FFCONSOLE_TOKEN (und FFCONSOLE_USER für basic-Authentifizierung) oder
aus dem Schlüsselbundeintrag des Profils; es wird nie von der Kommandozeile übernommen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run ffconsole-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 ok, 2 bad input, 3 not found, 4 not authorised, 5 API error,
6 network failure or timeout, or a write that may have been applied,
7 malformed response, 8 some customers of an investigate list failed,
9 the output could not be written (stdout, or report&apos;s --out file).
</source>
        <translation>
Rufen Sie ffconsole-cli COMMAND --help auf, um die Optionen eines Befehls zu sehen.
Exit-Codes: 0 ok, 2 ungültige Eingabe, 3 nicht gefunden, 4 nicht autorisiert, 5 API-Fehler,
6 Netzwerkfehler oder Zeitüberschreitung, oder eine Änderung wurde möglicherweise übernommen,
7 fehlerhafte Antwort, 8 einige Kunden einer Liste bei investigate fehlgeschlagen,
9 die Ausgabe konnte nicht geschrieben werden (stdout oder bei report die Datei aus --out).
</translation>
    </message>
    <message>
        <source>orders, entitlement, purchases, add-item, ack-license, investigate or report</source>
        <translation>orders, entitlement, purchases, add-item, ack-license, investigate oder report</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>unbekannter Befehl &quot;%1&quot;; siehe --help</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format must be %1 or %2, not &quot;%3&quot;</source>
        <translation>--format muss %1 oder %2 sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--auth must be bearer, apikey or basic, not &quot;%1&quot;</source>
        <translation>--auth muss bearer, apikey oder basic sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (none are saved)</source>
        <translation>kein Profil namens &quot;%1&quot; (es sind keine gespeichert)</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;; saved: %2</source>
        <translation>kein Profil namens &quot;%1&quot;; gespeichert: %2</translation>
    </message>
    <message>
        <source>no server given: use --base-url URL or --profile NAME</source>
        <translation>kein Server angegeben: Verwenden Sie --base-url URL oder --profile NAME</translation>
    </message>
    <message>
        <source>no secret for profile &quot;%1&quot;: %2; set FFCONSOLE_TOKEN instead</source>
        <translation>kein Secret für Profil &quot;%1&quot;: %2; setzen Sie stattdessen FFCONSOLE_TOKEN</translation>
    </message>
    <message>
        <source>no secret: set FFCONSOLE_TOKEN, or use a --profile whose secret is in the keychain</source>
        <translation>kein Secret: Setzen Sie FFCONSOLE_TOKEN oder verwenden Sie ein --profile, dessen Secret im Schlüsselbund liegt</translation>
    </message>
    <message>
        <source>basic authentication needs a user name: set FFCONSOLE_USER</source>
        <translation>basic-Authentifizierung braucht einen Benutzernamen: Setzen Sie FFCONSOLE_USER</translation>
    </message>
</context>
<context>
    <name>ff::cli::CommandOutcome</name>
    <message>
        <source>%1 – the change may have been applied: check before sending it again</source>
        <translation>%1 – die Änderung wurde möglicherweise übernommen: Prüfen Sie das, bevor Sie sie erneut senden</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
</context>
<context>
    <name>ff::cli::EntitlementCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>Partner-ID.</translation>
    </message>
    <message>
        <source>The purchase order item&apos;s supplier ref.</source>
        <translation>Die Lieferantenreferenz der Position.</translation>
    </message>
    <message>
        <source>Include the parent and child entitlements.</source>
        <translation>Auch die über- und untergeordneten Berechtigungen ausgeben.</translation>
    </message>
    <message>
        <source>the current entitlement for a supplier ref</source>
        <translation>die aktuelle Berechtigung zu einer Lieferantenreferenz</translation>
    </message>
</context>
<context>
    <name>ff::cli::EntitlementOutput</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Lieferantenref.</translation>
    </message>
    <message>
        <source>Item / order</source>
        <translation>Position / Bestellung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Rental expires (UTC)</source>
        <translation>Leihe läuft ab (UTC)</translation>
    </message>
    <message>
        <source>First play (UTC)</source>
        <translation>Erste Wiederg. (UTC)</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Letzte Wiedergabepos.</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>Lizenz bestätigt</translation>
    </message>
    <message>
        <source>Persistent licence</source>
        <translation>Dauerhafte Lizenz</translation>
    </message>
    <message>
        <source>Transient licence</source>
        <translation>Temporäre Lizenz</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Medienelement</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Medien-Assets</translation>
    </message>
    <message>
        <source>%1 [%2, item %3]</source>
        <translation>%1 [%2, Position %3]</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Untergeordnet</translation>
    </message>
</context>
<context>
    <name>ff::cli::InputValidation</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>--%1 muss eine positive ganze Zahl sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538, not &quot;%2&quot;</source>
        <translation>--%1 muss eine GUID wie 1b01b296-1469-4c46-b14b-c46719621538 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 muss ein Datum im Format YYYY-MM-DD sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0.1 to 3600, such as 30 or 2.5, not &quot;%2&quot;</source>
        <translation>--%1 muss eine Anzahl Sekunden von 0.1 bis 3600 sein, etwa 30 oder 2.5, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation>--%1 ist leer</translation>
    </message>
    <message>
        <source>--%1 cannot be &quot;%2&quot;</source>
        <translation>--%1 darf nicht &quot;%2&quot; sein</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateCommand</name>
    <message>
        <source>Investigates refunds: each item&apos;s state, refund signals and verdict, from the same rules as the
console&apos;s window. Read only: it never writes to the server.
With --profile, the affiliate&apos;s refund policy and time zone are the profile&apos;s, as in the window
(--policy wins over the profile&apos;s policy); without, the built-in policy and this machine&apos;s zone.
Sentences name the zone of their dates. Formats: table, json, csv, or jsonl (one JSON object a
line).
With --customers, one JSON line per item as each customer completes, and one line
{&quot;Customer&quot;, &quot;Error&quot;, &quot;ExitCode&quot;} for a customer that failed; the run goes on. Exit 0 when
every customer succeeded, 8 when some failed, and when none succeeded and all failed alike, the
code one alone would have given; 9 when stdout could not be written (the customers whose lines
did not get out are not recorded in --state).</source>
        <translation>Prüft Erstattungen: Status, Erstattungssignale und Einschätzung jeder Position, nach denselben
Regeln wie das Fenster der Konsole. Nur lesend: Auf den Server wird nie geschrieben.
Mit --profile gelten die Erstattungsrichtlinie und die Zeitzone des Partners aus dem Profil, wie im
Fenster (--policy hat Vorrang vor der Richtlinie des Profils); andernfalls die integrierte
Richtlinie und die Zeitzone dieses Rechners.
Die Sätze nennen die Zeitzone ihrer Zeitangaben. Formate: table, json, csv oder jsonl (ein
JSON-Objekt pro Zeile).
Mit --customers eine JSON-Zeile pro Position, sobald der jeweilige Kunde fertig ist, und eine Zeile
{&quot;Customer&quot;, &quot;Error&quot;, &quot;ExitCode&quot;} für einen fehlgeschlagenen Kunden; der Lauf geht weiter.
Exit-Code 0, wenn alle Kunden erfolgreich waren, 8, wenn einige fehlschlugen, und wenn keiner
erfolgreich war und alle aus demselben Grund fehlschlugen, der Code, den ein einzelner ergeben
hätte; 9, wenn nicht nach stdout geschrieben werden konnte (die Kunden, deren Zeilen nicht
ausgegeben wurden, werden nicht in --state erfasst).</translation>
    </message>
    <message>
        <source>A list of customers, one a line, instead of --customer; written as JSON Lines (--format jsonl) as each customer completes.</source>
        <translation>Eine Liste von Kunden, einer pro Zeile, statt --customer; ausgegeben als JSON Lines (--format jsonl), sobald der jeweilige Kunde fertig ist.</translation>
    </message>
    <message>
        <source>Only the refund candidates (verdict due or review).</source>
        <translation>Nur die Erstattungskandidaten (Einschätzung „Erstattung fällig“ oder „Prüfung nötig“).</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 32 (default 4).</source>
        <translation>Gleichzeitig laufende Anfragen, 1 bis 32 (Standard 4).</translation>
    </message>
    <message>
        <source>With --customers: records the customers that succeeded, so that a rerun with the same file skips them (with the same --at, policy, --entitlements and --candidates-only: other options are refused).</source>
        <translation>Mit --customers: erfasst die erfolgreichen Kunden, damit ein erneuter Lauf mit derselben Datei sie überspringt (mit demselben --at, derselben Richtlinie, --entitlements und --candidates-only: andere Optionen werden abgelehnt).</translation>
    </message>
    <message>
        <source>give either --customer NAME or --customers FILE</source>
        <translation>geben Sie entweder --customer NAME oder --customers FILE an</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--concurrency muss eine ganze Zahl von 1 bis %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--state goes with --customers: it records a list&apos;s progress</source>
        <translation>--state gehört zu --customers: Es erfasst den Fortschritt einer Liste</translation>
    </message>
    <message>
        <source>--customers writes JSON Lines, one line per item as each customer completes: use --format jsonl</source>
        <translation>--customers schreibt JSON Lines, eine Zeile pro Position, sobald der jeweilige Kunde fertig ist: Verwenden Sie --format jsonl</translation>
    </message>
    <message>
        <source>cannot read --customers %1: %2</source>
        <translation>--customers %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>refund investigation: each item&apos;s state, signals and verdict</source>
        <translation>Erstattungsprüfung: Status, Signale und Einschätzung jeder Position</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateFetch</name>
    <message>
        <source>not sent: the run was stopped</source>
        <translation>nicht gesendet: Der Lauf wurde angehalten</translation>
    </message>
    <message>
        <source>the entitlement of supplier ref &quot;%1&quot;: %2</source>
        <translation>die Berechtigung zur Lieferantenreferenz &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateList</name>
    <message>
        <source>--customers %1: %2</source>
        <translation>--customers %1: %2</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), %2 failed, %3 already done</source>
        <translation>
            <numerusform>%1 von %n Kunden, %2 fehlgeschlagen, %3 bereits erledigt</numerusform>
            <numerusform>%1 von %n Kunden, %2 fehlgeschlagen, %3 bereits erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), %2 failed</source>
        <translation>
            <numerusform>%1 von %n Kunden, %2 fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Kunden, %2 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot write to stdout: %1; the run stopped after %n customer(s) written in full, and only those that succeeded are recorded in --state: run again with it to go on</source>
        <translation>
            <numerusform>nach stdout kann nicht geschrieben werden: %1; der Lauf wurde nach %n vollständig ausgegebenen Kunden beendet, und nur erfolgreiche Kunden sind in --state erfasst: Führen Sie den Lauf damit erneut aus, um fortzufahren</numerusform>
            <numerusform>nach stdout kann nicht geschrieben werden: %1; der Lauf wurde nach %n vollständig ausgegebenen Kunden beendet, und nur erfolgreiche Kunden sind in --state erfasst: Führen Sie den Lauf damit erneut aus, um fortzufahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot write to stdout: %1; the run stopped after %n customer(s) written in full</source>
        <translation>
            <numerusform>nach stdout kann nicht geschrieben werden: %1; der Lauf wurde nach %n vollständig ausgegebenen Kunden beendet</numerusform>
            <numerusform>nach stdout kann nicht geschrieben werden: %1; der Lauf wurde nach %n vollständig ausgegebenen Kunden beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) failed, and the rest were not tried; the last: %2</source>
        <translation>
            <numerusform>%1 von %n Kunden fehlgeschlagen, die übrigen wurden nicht versucht; der letzte Fehler: %2</numerusform>
            <numerusform>%1 von %n Kunden fehlgeschlagen, die übrigen wurden nicht versucht; der letzte Fehler: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) failed; the last: %2</source>
        <translation>
            <numerusform>%1 von %n Kunden fehlgeschlagen; der letzte Fehler: %2</numerusform>
            <numerusform>%1 von %n Kunden fehlgeschlagen; der letzte Fehler: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateOptions</name>
    <message>
        <source>--at must be an ISO 8601 instant with its offset, such as 2026-03-06T20:00:00+01:00 or 2026-03-06T19:00:00Z, not &quot;%1&quot;</source>
        <translation>--at muss ein Zeitpunkt nach ISO 8601 mit UTC-Offset sein, etwa 2026-03-06T20:00:00+01:00 oder 2026-03-06T19:00:00Z, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read --policy %1: %2</source>
        <translation>--policy %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--policy %1 is larger than 1 MB: not a policy</source>
        <translation>--policy %1 ist größer als 1 MB: keine Richtlinie</translation>
    </message>
    <message>
        <source>--policy %1: %2</source>
        <translation>--policy %1: %2</translation>
    </message>
    <message>
        <source>Affiliate id.</source>
        <translation>Partner-ID.</translation>
    </message>
    <message>
        <source>Customer name or email address.</source>
        <translation>Name oder E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <source>The instant to investigate at, ISO 8601 with its offset (default: now, when the run starts).</source>
        <translation>Der Zeitpunkt, für den ermittelt wird, nach ISO 8601 mit UTC-Offset (Standard: jetzt, beim Start des Laufs).</translation>
    </message>
    <message>
        <source>A refund policy as JSON (default: the built-in policy).</source>
        <translation>Eine Erstattungsrichtlinie als JSON (Standard: die integrierte Richtlinie).</translation>
    </message>
    <message>
        <source>Also read the current entitlement of each supplier ref (404: none); without it, the orders alone.</source>
        <translation>Auch die aktuelle Berechtigung jeder Lieferantenreferenz lesen (404: keine); ohne diese Option nur die Bestellungen.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateStateFile</name>
    <message>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>not given (the instant each run starts)</source>
        <translation>nicht angegeben (der Zeitpunkt, zu dem jeder Lauf startet)</translation>
    </message>
    <message>
        <source>no --policy</source>
        <translation>ohne --policy</translation>
    </message>
    <message>
        <source>--state %1: %2</source>
        <translation>--state %1: %2</translation>
    </message>
    <message>
        <source>--state %1 holds customers of affiliate %2 worked out with other options, and its results and this run&apos;s would disagree: %3. Run with the options it was begun with, or give another --state file</source>
        <translation>--state %1 enthält Kunden des Partners %2, die mit anderen Optionen ermittelt wurden; ihre Ergebnisse und die dieses Laufs würden nicht zusammenpassen: %3. Führen Sie den Lauf mit den Optionen aus, mit denen die Datei begonnen wurde, oder geben Sie eine andere Datei für --state an</translation>
    </message>
    <message>
        <source>--at was %1 and is now %2</source>
        <translation>--at war %1 und ist jetzt %2</translation>
    </message>
    <message>
        <source>the policy differs (--policy was %1 and is now %2; its content counts)</source>
        <translation>die Richtlinie unterscheidet sich (--policy vorher: %1, jetzt: %2; es zählt ihr Inhalt)</translation>
    </message>
    <message>
        <source>%1 was %2 and is now %3</source>
        <translation>%1 war %2 und ist jetzt %3</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigationOutput</name>
    <message>
        <source>Order</source>
        <translation>Bestellnr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n Position, %1</numerusform>
            <numerusform>%n Positionen, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation>
            <numerusform>%n Erstattungskandidat</numerusform>
            <numerusform>%n Erstattungskandidaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::OrderOutput</name>
    <message>
        <source>Order</source>
        <translation>Bestellnr.</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Angelegt (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Lieferantenref.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>First play (UTC)</source>
        <translation>Erste Wiederg. (UTC)</translation>
    </message>
    <message>
        <source>Licence ack</source>
        <translation>Lizenz best.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1</source>
        <translation>
            <numerusform>%n Bestellung, %1</numerusform>
            <numerusform>%n Bestellungen, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::OrdersCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>Partner-ID.</translation>
    </message>
    <message>
        <source>Customer name or email address.</source>
        <translation>Name oder E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <source>all purchase orders of a customer</source>
        <translation>alle Bestellungen eines Kunden</translation>
    </message>
</context>
<context>
    <name>ff::cli::PurchasesCommand</name>
    <message>
        <source>Account id (the customer&apos;s CustomerId).</source>
        <translation>Konto-ID (die CustomerId des Kunden).</translation>
    </message>
    <message>
        <source>Only purchases on or after this date.</source>
        <translation>Nur Käufe ab diesem Datum (einschließlich).</translation>
    </message>
    <message>
        <source>Only purchases on or before this date.</source>
        <translation>Nur Käufe bis zu diesem Datum (einschließlich).</translation>
    </message>
    <message>
        <source>Only paid invoices.</source>
        <translation>Nur bezahlte Rechnungen.</translation>
    </message>
    <message>
        <source>Only purchases of this type.</source>
        <translation>Nur Käufe dieser Art.</translation>
    </message>
    <message>
        <source>Software version for the XML gateway.</source>
        <translation>Softwareversion für das XML-Gateway.</translation>
    </message>
    <message>
        <source>Ask the server for XML instead of JSON.</source>
        <translation>Beim Server XML statt JSON anfordern.</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>--type is empty</source>
        <translation>--type ist leer</translation>
    </message>
    <message>
        <source>--software-version is empty</source>
        <translation>--software-version ist leer</translation>
    </message>
    <message>
        <source>an account&apos;s credit purchases, with totals per currency</source>
        <translation>die Kontokäufe eines Kontos, mit Summen je Währung</translation>
    </message>
</context>
<context>
    <name>ff::cli::PurchasesOutput</name>
    <message>
        <source>Account user</source>
        <translation>Kontobenutzer</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rechnungsdaten</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>some amounts missing</source>
        <translation>einige Beträge fehlen</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Summen je Währung</translation>
    </message>
</context>
<context>
    <name>ff::cli::ReportCommand</name>
    <message>
        <source>Makes a customer&apos;s refund case report, as the console&apos;s window does: a PDF to attach, a CSV with one
row per item, or text to paste into a ticket. The items are worked out exactly as investigate works
them out (the same policy, instant and zone); the refund candidates are reported in full and every
other item on a line, or with --items only those items, each in full. The decisions and writes the
audit log holds for the customer are added (a log that cannot be read is said in the report).
The file is readable by you only, and written whole or not at all. --out - writes to stdout (a PDF
only to a file or a pipe). Read only: it never writes to the server. Exit 3 when an item of --items
is not one of the customer&apos;s, 9 when the file could not be written.</source>
        <translation>Erstellt den Fallbericht Erstattung zu einem Kunden wie das Fenster der Konsole: ein PDF zum
Anhängen, eine CSV-Datei mit einer Zeile pro Position oder Text zum Einfügen in ein Ticket. Die
Positionen werden genau wie bei investigate ermittelt (dieselbe Richtlinie, derselbe Zeitpunkt,
dieselbe Zeitzone); die Erstattungskandidaten werden vollständig berichtet und jede andere Position
in einer Zeile, oder mit --items nur diese Positionen, jede vollständig. Die Entscheidungen und
Änderungen, die das Prüfprotokoll zu dem Kunden enthält, werden ergänzt (ein Protokoll, das nicht
gelesen werden kann, wird im Bericht vermerkt). Die Datei ist nur für Sie lesbar und wird ganz oder
gar nicht geschrieben. --out - schreibt nach stdout (ein PDF nur in eine Datei oder Pipe). Nur
lesend: Auf den Server wird nie geschrieben. Exit-Code 3, wenn eine Position aus --items nicht zu
dem Kunden gehört, 9, wenn die Datei nicht geschrieben werden konnte.</translation>
    </message>
    <message>
        <source>The file to write, or - for stdout.</source>
        <translation>Die zu schreibende Datei oder - für stdout.</translation>
    </message>
    <message>
        <source>Only these item ids, each reported in full (default: the whole customer).</source>
        <translation>Nur diese Positions-IDs, jede vollständig berichtet (Standard: der gesamte Kunde).</translation>
    </message>
    <message>
        <source>The ticket or case reference the report is for.</source>
        <translation>Das Ticket oder die Fallreferenz, für die der Bericht erstellt wird.</translation>
    </message>
    <message>
        <source>give --customer NAME</source>
        <translation>geben Sie --customer NAME an</translation>
    </message>
    <message>
        <source>report needs --format pdf, csv or text</source>
        <translation>report braucht --format pdf, csv oder text</translation>
    </message>
    <message>
        <source>The whole customer: the refund candidates in full, every other item on a line</source>
        <translation>Der gesamte Kunde: die Erstattungskandidaten vollständig, jede andere Position in einer Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen item(s), each in full: %1</source>
        <translation>
            <numerusform>%n ausgewählte Position, vollständig: %1</numerusform>
            <numerusform>%n ausgewählte Positionen, jede vollständig: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>--items: %1 not among the items of customer &quot;%2&quot; of affiliate %3</source>
        <translation>--items: %1 nicht unter den Positionen von Kunde &quot;%2&quot; bei Partner %3</translation>
    </message>
    <message>
        <source>no report was made</source>
        <translation>es wurde kein Bericht erstellt</translation>
    </message>
    <message>
        <source>a customer&apos;s refund case report: PDF, CSV or ticket text</source>
        <translation>Fallbericht Erstattung zu einem Kunden: PDF, CSV oder Tickettext</translation>
    </message>
</context>
<context>
    <name>ff::cli::ReportDestination</name>
    <message>
        <source>report needs --out FILE (or --out - for stdout)</source>
        <translation>report braucht --out FILE (oder --out - für stdout)</translation>
    </message>
    <message>
        <source>a PDF is not written to a terminal: give --out FILE, or send stdout to a file or a pipe</source>
        <translation>ein PDF wird nicht in ein Terminal geschrieben: Geben Sie --out FILE an oder leiten Sie stdout in eine Datei oder Pipe um</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>das PDF konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ff::cli::WriteCommand</name>
    <message>
        <source>Ticket or case reference, kept in the audit log.</source>
        <translation>Ticket- oder Fallreferenz, wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Why the change is made, kept in the audit log.</source>
        <translation>Grund der Änderung, wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Send it even though the audit log holds the same change with an outcome that was never found out (check first).</source>
        <translation>Auch dann senden, wenn das Prüfprotokoll dieselbe Änderung mit nie geklärtem Ergebnis enthält (vorher prüfen).</translation>
    </message>
    <message>
        <source>cannot read the audit log %1 to check for an earlier %2 whose outcome is unknown: %3; nothing was sent</source>
        <translation>das Prüfprotokoll %1 kann nicht gelesen werden, um nach einem früheren %2 mit unbekanntem Ergebnis zu suchen: %3; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>not sent: an earlier %1 (%2, ticket &quot;%3&quot;, from the %4) may have been applied and was never found out; check first (ffconsole-cli orders --affiliate N --customer NAME), then add --force to send it all the same</source>
        <translation>nicht gesendet: Ein früheres %1 (%2, Ticket &quot;%3&quot;, Quelle: %4) wurde möglicherweise übernommen, ohne dass das Ergebnis je geklärt wurde; prüfen Sie zuerst (ffconsole-cli orders --affiliate N --customer NAME) und fügen Sie dann --force hinzu, um es trotzdem zu senden</translation>
    </message>
    <message>
        <source>the change may have been applied: %1; check before sending it again: %2</source>
        <translation>die Änderung wurde möglicherweise übernommen: %1; prüfen Sie vor dem erneuten Senden: %2</translation>
    </message>
    <message>
        <source>the change may have been applied: %1 (request id %2); check before sending it again: %3</source>
        <translation>die Änderung wurde möglicherweise übernommen: %1 (Anfrage-ID %2); prüfen Sie vor dem erneuten Senden: %3</translation>
    </message>
</context>
<context>
    <name>ff::cli::WriteReadBack</name>
    <message>
        <source>the change may have been applied: %1; reading the orders back failed too (%2): check before sending it again: %3</source>
        <translation>die Änderung wurde möglicherweise übernommen: %1; auch das erneute Lesen der Bestellungen schlug fehl (%2): Prüfen Sie vor dem erneuten Senden: %3</translation>
    </message>
    <message>
        <source>the change may have been applied: %1; what it changed is no longer among the customer&apos;s orders: check before sending it again: %2</source>
        <translation>die Änderung wurde möglicherweise übernommen: %1; was sie geändert hat, ist nicht mehr unter den Bestellungen des Kunden: Prüfen Sie vor dem erneuten Senden: %2</translation>
    </message>
    <message>
        <source>applied: the answer said nothing certain (%1), but reading the orders back %2 s later shows %3</source>
        <translation>übernommen: Die Antwort sagte nichts Sicheres (%1), aber das erneute Lesen der Bestellungen %2 s später zeigt: %3</translation>
    </message>
    <message>
        <source>not applied, safe to send again: the answer said nothing certain (%1), and reading the orders back %2 s later shows %3</source>
        <translation>nicht übernommen, erneutes Senden ist sicher: Die Antwort sagte nichts Sicheres (%1), und das erneute Lesen der Bestellungen %2 s später zeigt: %3</translation>
    </message>
    <message>
        <source>not certain whether it was applied: the answer said nothing certain (%1), and reading the orders back shows %2; check before sending it again: %3</source>
        <translation>unklar, ob sie übernommen wurde: Die Antwort sagte nichts Sicheres (%1), und das erneute Lesen der Bestellungen zeigt: %2; prüfen Sie vor dem erneuten Senden: %3</translation>
    </message>
</context>
<context>
    <name>ff::ui::AccountPurchasesTab</name>
    <message>
        <source>Purchased from</source>
        <translation>Gekauft ab</translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation>Gekauft bis</translation>
    </message>
    <message>
        <source>Paid only</source>
        <translation>Nur bezahlte</translation>
    </message>
    <message>
        <source>Load purchases</source>
        <translation>Käufe laden</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Paid invoices only</source>
        <translation>Nur bezahlte Rechnungen</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>Kaufart</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>Ask for JSON</source>
        <translation>JSON anfordern</translation>
    </message>
    <message>
        <source>Ask for XML</source>
        <translation>XML anfordern</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Purchased:</source>
        <translation>Gekauft:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Software version:</source>
        <translation>Softwareversion:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Credit purchases</source>
        <translation>Kontokäufe</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Summen je Währung</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Rechnungsdaten</translation>
    </message>
    <message>
        <source>Enter an account id and load its purchases.</source>
        <translation>Geben Sie eine Konto-ID ein und laden Sie die Käufe.</translation>
    </message>
    <message>
        <source>Account purchases</source>
        <translation>Kontokäufe</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>Käufe: %1</translation>
    </message>
    <message>
        <source>“%1” is not an account id: it must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538.</source>
        <translation>„%1“ ist keine Konto-ID: Sie muss eine GUID sein, z. B. 1b01b296-1469-4c46-b14b-c46719621538.</translation>
    </message>
    <message>
        <source>Loading the account&apos;s purchases…</source>
        <translation>Die Käufe des Kontos werden geladen…</translation>
    </message>
    <message>
        <source>There is no account with this id.</source>
        <translation>Es gibt kein Konto mit dieser ID.</translation>
    </message>
    <message>
        <source>No purchases are shown because the request failed (see above).</source>
        <translation>Es werden keine Käufe angezeigt, weil die Anfrage fehlgeschlagen ist (siehe oben).</translation>
    </message>
    <message>
        <source>&lt;b&gt;User&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Benutzer&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Company&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Address&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Email&lt;/b&gt; %3 · &lt;b&gt;Phone&lt;/b&gt; %4 · &lt;b&gt;Mobile&lt;/b&gt; %5</source>
        <translation>&lt;br&gt;&lt;b&gt;Firma&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Adresse&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;E-Mail&lt;/b&gt; %3 · &lt;b&gt;Telefon&lt;/b&gt; %4 · &lt;b&gt;Mobil&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Purchases allowed&lt;/b&gt; %1 · &lt;b&gt;Purchase order required&lt;/b&gt; %2 %3</source>
        <translation>&lt;br&gt;&lt;b&gt;Käufe erlaubt&lt;/b&gt; %1 · &lt;b&gt;Bestellnummer erforderlich&lt;/b&gt; %2 %3</translation>
    </message>
    <message>
        <source>(PO %1)</source>
        <translation>(Bestellnr. %1)</translation>
    </message>
    <message>
        <source>This account has no credit purchases that match these filters.</source>
        <translation>Dieses Konto hat keine Kontokäufe, die zu diesen Filtern passen.</translation>
    </message>
    <message>
        <source>%1-purchases</source>
        <translation>%1-kontokäufe</translation>
    </message>
    <message>
        <source>%1-totals</source>
        <translation>%1-summen</translation>
    </message>
</context>
<context>
    <name>ff::ui::AckLicenceDialog</name>
    <message>
        <source>Acknowledge the licence of item %1</source>
        <translation>Lizenzempfang für Position %1 bestätigen</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>the device id or client id the customer reads out</source>
        <translation>die Geräte-ID oder Client-ID, die der Kunde vorliest</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purchase order item</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <source>Affiliate:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>&amp;Geräte-ID:</translation>
    </message>
    <message>
        <source>Acknowledge licence</source>
        <translation>Lizenzempfang bestätigen</translation>
    </message>
    <message>
        <source>This item has no id.</source>
        <translation>Diese Position hat keine ID.</translation>
    </message>
    <message>
        <source>Enter the id of the device that received the licence.</source>
        <translation>Geben Sie die ID des Geräts ein, das die Lizenz erhalten hat.</translation>
    </message>
    <message>
        <source>The device id</source>
        <translation>Die Geräte-ID</translation>
    </message>
    <message>
        <source>Record that device “%1” received the licence for item %2 (“%3”) in affiliate %4.</source>
        <translation>Erfassen, dass Gerät „%1“ die Lizenz für Position %2 („%3“) bei Partner %4 erhalten hat.</translation>
    </message>
    <message>
        <source>the device id</source>
        <translation>die Geräte-ID</translation>
    </message>
    <message>
        <source>Licence acknowledged for item %1 (%2).</source>
        <translation>Lizenzempfang für Position %1 bestätigt (%2).</translation>
    </message>
    <message>
        <source>Licence acknowledged: %1</source>
        <translation>Lizenzempfang bestätigt: %1</translation>
    </message>
    <message>
        <source>Persistent licence issued: %1</source>
        <translation>Dauerhafte Lizenz ausgestellt: %1</translation>
    </message>
    <message>
        <source>Transient licence issued: %1</source>
        <translation>Temporäre Lizenz ausgestellt: %1</translation>
    </message>
    <message>
        <source>Rental expires: %1</source>
        <translation>Leihe läuft ab: %1</translation>
    </message>
    <message>
        <source>First played: %1</source>
        <translation>Erste Wiedergabe: %1</translation>
    </message>
    <message>
        <source>Last play position: %1</source>
        <translation>Letzte Wiedergabeposition: %1</translation>
    </message>
    <message>
        <source>Device: %1 (%2, id %3)</source>
        <translation>Gerät: %1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>Entitlement type: %1</source>
        <translation>Berechtigungsart: %1</translation>
    </message>
    <message>
        <source>Media item: %1 (%2)</source>
        <translation>Medienelement: %1 (%2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>The licence acknowledgement for item %1 was recorded.</source>
        <translation>Die Empfangsbestätigung der Lizenz für Position %1 wurde erfasst.</translation>
    </message>
    <message>
        <source>item %1 is no longer in this customer&apos;s orders.</source>
        <translation>Position %1 ist nicht mehr in den Bestellungen dieses Kunden.</translation>
    </message>
</context>
<context>
    <name>ff::ui::AddItemDialog</name>
    <message>
        <source>Requires a pre-roll advert</source>
        <translation>Erfordert einen Pre-Roll-Werbespot</translation>
    </message>
    <message>
        <source>Supports download to rent (DTR)</source>
        <translation>Unterstützt Download-To-Rent (DTR)</translation>
    </message>
    <message>
        <source>Add an item to order %1</source>
        <translation>Position zu Bestellung %1 hinzufügen</translation>
    </message>
    <message>
        <source>the offer being bought, e.g. 4211</source>
        <translation>das gekaufte Angebot, z. B. 4211</translation>
    </message>
    <message>
        <source>the title&apos;s supplier reference</source>
        <translation>die Lieferantenreferenz des Titels</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation>Angebots-ID</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Lieferantenreferenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Rental time in days</source>
        <translation>Leihdauer in Tagen</translation>
    </message>
    <message>
        <source>View time in hours</source>
        <translation>Ansehzeit in Stunden</translation>
    </message>
    <message>
        <source>Entitlement type id</source>
        <translation>ID der Berechtigungsart</translation>
    </message>
    <message>
        <source>DRM profile</source>
        <translation>DRM-Profil</translation>
    </message>
    <message>
        <source>BBFC rating</source>
        <translation>BBFC-Einstufung</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Laufzeit in Minuten</translation>
    </message>
    <message>
        <source>Supported devices</source>
        <translation>Unterstützte Geräte</translation>
    </message>
    <message>
        <source>Supports DTR</source>
        <translation>Unterstützt DTR</translation>
    </message>
    <message>
        <source>Adding to order %1 of %2.</source>
        <translation>Wird zu Bestellung %1 von %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Offer id:</source>
        <translation>&amp;Angebots-ID:</translation>
    </message>
    <message>
        <source>&amp;Supplier ref:</source>
        <translation>&amp;Lieferantenreferenz:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>Stück&amp;preis:</translation>
    </message>
    <message>
        <source>Unit &amp;price (%1):</source>
        <translation>Stück&amp;preis (%1):</translation>
    </message>
    <message>
        <source>&amp;Rental time:</source>
        <translation>Lei&amp;hdauer:</translation>
    </message>
    <message>
        <source>&amp;View time:</source>
        <translation>An&amp;sehzeit:</translation>
    </message>
    <message>
        <source>&amp;Entitlement type id:</source>
        <translation>Be&amp;rechtigungsart-ID:</translation>
    </message>
    <message>
        <source>&amp;DRM profile:</source>
        <translation>&amp;DRM-Profil:</translation>
    </message>
    <message>
        <source>&amp;BBFC rating:</source>
        <translation>BBFC-&amp;Einstufung:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>La&amp;ufzeit:</translation>
    </message>
    <message>
        <source>Add item to order %1</source>
        <translation>Position zu Bestellung %1 hinzufügen</translation>
    </message>
    <message>
        <source>This order has no id, so nothing can be added to it.</source>
        <translation>Diese Bestellung hat keine ID, daher kann nichts hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>The item was added. Order %1 now has %n item(s).</source>
        <translation>
            <numerusform>Die Position wurde hinzugefügt. Bestellung %1 hat jetzt %n Position.</numerusform>
            <numerusform>Die Position wurde hinzugefügt. Bestellung %1 hat jetzt %n Positionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1 is no longer in this customer&apos;s orders.</source>
        <translation>Bestellung %1 ist nicht mehr in den Bestellungen dieses Kunden.</translation>
    </message>
    <message>
        <source>The item was added to order %1 (item %2).</source>
        <translation>Die Position wurde zu Bestellung %1 hinzugefügt (Position %2).</translation>
    </message>
    <message>
        <source>Unit price: %1</source>
        <translation>Stückpreis: %1</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> Stunde</numerusform>
            <numerusform> Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1” (supplier ref %2, offer %3) to order %4 of %5, at %6, rental %7, view time %8.</source>
        <translation>„%1“ (Lieferantenreferenz %2, Angebot %3) zum Preis von %6 zu Bestellung %4 von %5 hinzufügen; Leihdauer %7, Ansehzeit %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported devi&amp;ces:</source>
        <translation>Unterstützte &amp;Geräte:</translation>
    </message>
</context>
<context>
    <name>ff::ui::AsOfEdit</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>As of: the date and time the state is worked out for</source>
        <translation>Stand: Datum und Uhrzeit, für die der Status ermittelt wird</translation>
    </message>
    <message>
        <source>Work the state out for the present moment again</source>
        <translation>Den Status erneut für den aktuellen Zeitpunkt ermitteln</translation>
    </message>
    <message>
        <source>A&amp;s of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (jetzt)</translation>
    </message>
    <message>
        <source>%1 (%2 did not happen that day: the clocks went forward, so it is taken as %3)</source>
        <translation>%1 (%2 gab es an diesem Tag nicht: Die Uhren wurden vorgestellt, daher gilt %3)</translation>
    </message>
    <message>
        <source>%1 (the second of the two %2s: the clocks went back)</source>
        <translation>%1 (%2 zum zweiten Mal: Die Uhren wurden zurückgestellt)</translation>
    </message>
    <message>
        <source>%1 (the first of the two %2s: the clocks went back)</source>
        <translation>%1 (%2 zum ersten Mal: Die Uhren wurden zurückgestellt)</translation>
    </message>
    <message>
        <source>The second %1 (%2)</source>
        <translation>%1 zum zweiten Mal (%2)</translation>
    </message>
</context>
<context>
    <name>ff::ui::AuditLogDialog</name>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>affiliate</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation>Computerbenutzer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Filter by ticket, reason, id, profile…</source>
        <translation>Nach Ticket, Grund, ID, Profil filtern…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Prüfprotokoll filtern</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Erfasste Änderungen</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n Änderung erfasst</numerusform>
            <numerusform>%n Änderungen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown; read back: applied</source>
        <translation>unbekannt; nachgeprüft: übernommen</translation>
    </message>
    <message>
        <source>unknown; read back: not applied</source>
        <translation>unbekannt; nachgeprüft: nicht übernommen</translation>
    </message>
    <message>
        <source>unknown; read back: not certain</source>
        <translation>unbekannt; nachgeprüft: nicht sicher</translation>
    </message>
    <message>
        <source>%1 · read back %2: %3</source>
        <translation>%1 · nachgeprüft am %2: %3</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>refund decision</source>
        <translation>Erstattungsentscheidung</translation>
    </message>
    <message>
        <source>affiliate %1 · %2 · order %3 · item %4</source>
        <translation>Partner %1 · %2 · Bestellung %3 · Position %4</translation>
    </message>
    <message>
        <source>verdict %1, state %2, as of %3 (version %4)</source>
        <translation>Einschätzung %1, Status %2, Stand %3 (Version %4)</translation>
    </message>
    <message>
        <source>refund decisions</source>
        <translation>Erstattungsentscheidungen</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>prüfprotokoll</translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation>das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) (cut short while being written) shown as damaged</source>
        <translation>
            <numerusform>%n beschädigte Zeile (beim Schreiben abgeschnitten) als beschädigt angezeigt</numerusform>
            <numerusform>%n beschädigte Zeilen (beim Schreiben abgeschnitten) als beschädigt angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n refund decision(s)</source>
        <translation>
            <numerusform>%1; %n Erstattungsentscheidung</numerusform>
            <numerusform>%1; %n Erstattungsentscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ff::ui::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
</context>
<context>
    <name>ff::ui::CaseReportDialog</name>
    <message>
        <source>Save a &amp;CSV beside it (same name, .csv)</source>
        <translation>Daneben eine &amp;CSV-Datei speichern (gleicher Name, .csv)</translation>
    </message>
    <message>
        <source>Copy the &amp;ticket text to the clipboard</source>
        <translation>&amp;Tickettext in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Include the account&apos;s &amp;billing details (address, email, phone) in the PDF</source>
        <translation>&amp;Rechnungsdaten des Kontos (Adresse, E-Mail, Telefon) ins PDF aufnehmen</translation>
    </message>
    <message>
        <source>Case report: %1</source>
        <translation>Fallbericht: %1</translation>
    </message>
    <message>
        <source>The selected &amp;item (item %1), in full</source>
        <translation>Die ausgewählte &amp;Position (Position %1), vollständig</translation>
    </message>
    <message>
        <source>The selected &amp;item (select an item first)</source>
        <translation>Die ausgewählte &amp;Position (erst eine Position auswählen)</translation>
    </message>
    <message numerus="yes">
        <source>The selected &amp;order (order %1, %n item(s)), in full</source>
        <translation>
            <numerusform>Die ausgewählte &amp;Bestellung (Bestellung %1, %n Position), vollständig</numerusform>
            <numerusform>Die ausgewählte &amp;Bestellung (Bestellung %1, %n Positionen), vollständig</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected &amp;order (select an order first)</source>
        <translation>Die ausgewählte &amp;Bestellung (erst eine Bestellung auswählen)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole customer (%n item(s)): refund candidates in full, every other item on a line</source>
        <translation>
            <numerusform>Den &amp;gesamten Kunden (%n Position): Erstattungskandidaten vollständig, jede andere Position in einer Zeile</numerusform>
            <numerusform>Den &amp;gesamten Kunden (%n Positionen): Erstattungskandidaten vollständig, jede andere Position in einer Zeile</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket or case reference, e.g. CS-1234 (optional)</source>
        <translation>Das Ticket oder die Fallreferenz, z. B. CS-1234 (optional)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Available once the customer&apos;s account is known</source>
        <translation>Verfügbar, sobald das Konto des Kunden bekannt ist</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>Bericht &amp;erstellen</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket:</translation>
    </message>
    <message>
        <source>Save PDF &amp;as:</source>
        <translation>PDF &amp;speichern unter:</translation>
    </message>
    <message>
        <source>Report on:</source>
        <translation>Bericht über:</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Fallbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation>Geben Sie an, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>These files are there already and would be replaced:
%1</source>
        <translation>Diese Dateien gibt es bereits, sie würden ersetzt:
%1</translation>
    </message>
    <message>
        <source>The selected item (item %1)</source>
        <translation>Die ausgewählte Position (Position %1)</translation>
    </message>
    <message>
        <source>The selected order (order %1)</source>
        <translation>Die ausgewählte Bestellung (Bestellung %1)</translation>
    </message>
    <message>
        <source>The whole customer: refund candidates in full, every other item on a line</source>
        <translation>Der gesamte Kunde: Erstattungskandidaten vollständig, jede andere Position in einer Zeile</translation>
    </message>
    <message>
        <source>Not connected: the billing details cannot be read.</source>
        <translation>Nicht verbunden: Die Rechnungsdaten können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the billing details…</source>
        <translation>Die Rechnungsdaten werden gelesen…</translation>
    </message>
    <message>
        <source>The billing details could not be read: %1</source>
        <translation>Die Rechnungsdaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>Der Bericht wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Case report saved: %1.</source>
        <translation>Fallbericht gespeichert: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The ticket text is on the clipboard.</source>
        <translation>Der Tickettext ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ff::ui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatdetails</translation>
    </message>
    <message>
        <source>The server %1 of profile “%2” presented a certificate this computer does not trust, so nothing was sent.</source>
        <translation>Der Server %1 von Profil „%2“ hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Trust it only if your IT team has told you this certificate is expected (for example an internal test server). It is then trusted for %1 only, and asked about again if it changes.</source>
        <translation>Vertrauen Sie ihm nur, wenn Ihr IT-Team Ihnen gesagt hat, dass dieses Zertifikat erwartet wird (zum Beispiel bei einem internen Testserver). Es gilt dann nur für %1 als vertrauenswürdig, und Sie werden erneut gefragt, wenn es sich ändert.</translation>
    </message>
    <message>
        <source>This cannot be trusted from here. Check the profile&apos;s URL, or ask your IT team.</source>
        <translation>Diesem Zertifikat kann hier nicht vertraut werden. Prüfen Sie die URL des Profils oder fragen Sie Ihr IT-Team.</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 in “%2”</source>
        <translation>Diesem Zertifikat für %1 in „%2“ vertrauen</translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionSession</name>
    <message>
        <source>No secret is stored for profile “%1” yet.</source>
        <translation>Für Profil „%1“ ist noch kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the secret is asked for each time and never saved.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher wird das Secret jedes Mal abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The secret works for now but could not be saved in the keychain: %1</source>
        <translation>Das Secret funktioniert vorerst, konnte aber nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>Die integrierte Sandbox ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionState</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Verbunden: %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Waiting for the secret of %1</source>
        <translation>Warten auf das Secret von %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::CurrencySpendChart</name>
    <message>
        <source>Spend per month in %1</source>
        <translation>Ausgaben pro Monat in %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter orders</source>
        <translation>Bestellungen &amp;filtern</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Add item to order…</source>
        <translation>&amp;Position zur Bestellung hinzufügen…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Position hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Acknowledge &amp;licence…</source>
        <translation>&amp;Lizenzempfang bestätigen…</translation>
    </message>
    <message>
        <source>Acknowledge licence…</source>
        <translation>Lizenzempfang bestätigen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Account purchases…</source>
        <translation>&amp;Kontokäufe…</translation>
    </message>
    <message>
        <source>Account purchases…</source>
        <translation>Kontokäufe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Copy customer id</source>
        <translation>Kunden-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy customer id</source>
        <translation>Kunden-ID kopieren</translation>
    </message>
    <message>
        <source>Load this customer&apos;s orders again (F5)</source>
        <translation>Die Bestellungen dieses Kunden neu laden (F5)</translation>
    </message>
    <message>
        <source>Add an item to the selected order</source>
        <translation>Eine Position zur ausgewählten Bestellung hinzufügen</translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation>Erst eine Bestellung auswählen</translation>
    </message>
    <message>
        <source>Acknowledge the licence of the selected item</source>
        <translation>Den Lizenzempfang für die ausgewählte Position bestätigen</translation>
    </message>
    <message>
        <source>Select an item first</source>
        <translation>Erst eine Position auswählen</translation>
    </message>
    <message>
        <source>The credit purchases of this customer&apos;s account (Ctrl+Shift+P)</source>
        <translation>Die Kontokäufe des Kontos dieses Kunden (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Available once the customer&apos;s orders have loaded</source>
        <translation>Verfügbar, sobald die Bestellungen des Kunden geladen sind</translation>
    </message>
    <message>
        <source>The credit purchases of an account (Ctrl+Shift+P)</source>
        <translation>Die Kontokäufe eines Kontos (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Copy the customer&apos;s id to the clipboard</source>
        <translation>Die ID des Kunden in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Refund candidates</source>
        <translation>Erstattungskandidaten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Case report…</source>
        <translation>Fallbericht…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Show only the items whose refund is due or needs review, or everything again (Ctrl+Shift+R)</source>
        <translation>Nur die Positionen zeigen, deren Erstattung fällig ist oder geprüft werden muss, oder wieder alles (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>A PDF, a CSV and ticket text of the evidence for a refund decision (Ctrl+P)</source>
        <translation>Ein PDF, eine CSV-Datei und ein Tickettext mit den Nachweisen für eine Erstattungsentscheidung (Strg+P)</translation>
    </message>
    <message>
        <source>Show only refund ca&amp;ndidates</source>
        <translation>Nur &amp;Erstattungskandidaten zeigen</translation>
    </message>
    <message>
        <source>Case r&amp;eport…</source>
        <translation>Fall&amp;bericht…</translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerHeader</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>customer id %1</source>
        <translation>Kunden-ID %1</translation>
    </message>
    <message>
        <source>No refund candidates</source>
        <translation>Keine Erstattungskandidaten</translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation>
            <numerusform>%n Erstattungskandidat</numerusform>
            <numerusform>%n Erstattungskandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n unwatched in the courtesy window</source>
        <translation>
            <numerusform>%n im Kulanzzeitraum nicht angesehen</numerusform>
            <numerusform>%n im Kulanzzeitraum nicht angesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired unused</source>
        <translation>
            <numerusform>%n ungenutzt abgelaufen</numerusform>
            <numerusform>%n ungenutzt abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation>
            <numerusform>%n Auslieferungsfehler</numerusform>
            <numerusform>%n Auslieferungsfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n früh abgebrochen</numerusform>
            <numerusform>%n früh abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watched</source>
        <translation>
            <numerusform>%n angesehen</numerusform>
            <numerusform>%n angesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Doppelkauf</numerusform>
            <numerusform>%n Doppelkäufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already refunded</source>
        <translation>
            <numerusform>%n bereits erstattet</numerusform>
            <numerusform>%n bereits erstattet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with other terms than the offer&apos;s</source>
        <translation>
            <numerusform>%n mit anderen Bedingungen als im Angebot</numerusform>
            <numerusform>%n mit anderen Bedingungen als im Angebot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box set(s) partly used</source>
        <translation>
            <numerusform>%n Box-Set teilweise genutzt</numerusform>
            <numerusform>%n Box-Sets teilweise genutzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clock anomaly</source>
        <translation>
            <numerusform>%n mit Zeitanomalie</numerusform>
            <numerusform>%n mit Zeitanomalie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement conflict(s)</source>
        <translation>
            <numerusform>%n Berechtigungskonflikt</numerusform>
            <numerusform>%n Berechtigungskonflikte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerTab</name>
    <message>
        <source>The selected order or item</source>
        <translation>Die ausgewählte Bestellung oder Position</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Entitlement</source>
        <translation>&amp;Berechtigung</translation>
    </message>
    <message>
        <source>Customer id copied</source>
        <translation>Kunden-ID kopiert</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>%1 (affiliate %2)</source>
        <translation>%1 (Partner %2)</translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected yet: the orders load once the connection is ready.</source>
        <translation>Noch nicht verbunden: Die Bestellungen werden geladen, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>Refreshing was cancelled: what is shown is from the last load.</source>
        <translation>Aktualisieren abgebrochen: Angezeigt wird der Stand des letzten Ladens.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>Erneut laden</translation>
    </message>
    <message>
        <source>No customer “%1” was found in %2. Check the spelling, or try their email address.</source>
        <translation>Kein Kunde „%1“ bei %2 gefunden. Prüfen Sie die Schreibweise oder versuchen Sie es mit der E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 has no purchase orders in this affiliate.</source>
        <translation>%1 hat bei diesem Partner keine Bestellungen.</translation>
    </message>
    <message>
        <source>Item added to order %1</source>
        <translation>Position zu Bestellung %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>Lizenzempfang bestätigt</translation>
    </message>
    <message>
        <source>%1-orders</source>
        <translation>%1-bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Entitlement of %1</source>
        <translation>Berechtigung von %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>It is kept in the audit log on this computer; nothing is sent to the platform.</source>
        <translation>Sie wird im Prüfprotokoll auf diesem Computer gespeichert; an die Plattform wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Refund &amp;granted</source>
        <translation>Erstattung &amp;gewährt</translation>
    </message>
    <message>
        <source>Refund &amp;declined</source>
        <translation>Erstattung &amp;abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Escalated</source>
        <translation>&amp;Eskaliert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ticket or case reference</source>
        <translation>Ticket oder Fallreferenz</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Geben Sie den Grund für die Entscheidung an.</translation>
    </message>
    <message>
        <source>Give the ticket or case reference.</source>
        <translation>Geben Sie das Ticket oder die Fallreferenz an.</translation>
    </message>
</context>
<context>
    <name>ff::ui::DetailsPane</name>
    <message>
        <source>Details of the selected order or item</source>
        <translation>Details der ausgewählten Bestellung oder Position</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Item %1 of order %2</source>
        <translation>Position %1 von Bestellung %2</translation>
    </message>
    <message>
        <source>Select an order or an item to see all its fields.</source>
        <translation>Wählen Sie eine Bestellung oder Position aus, um alle Felder zu sehen.</translation>
    </message>
    <message>
        <source>Refund investigation of the selected item</source>
        <translation>Erstattungsprüfung der ausgewählten Position</translation>
    </message>
</context>
<context>
    <name>ff::ui::EntitlementPane</name>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Rental / view</source>
        <translation>Leihe / Ansehen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Offers of the media item</source>
        <translation>Angebote des Medienelements</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Medien-Assets</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Asset-Art</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Transcode</source>
        <translation>Transcodierung</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Parent and children</source>
        <translation>Über-/Untergeordnet</translation>
    </message>
    <message>
        <source>Parent and child entitlements</source>
        <translation>Über- und untergeordnete Berechtigungen</translation>
    </message>
    <message>
        <source>Select an item to see its current entitlement.</source>
        <translation>Wählen Sie eine Position aus, um ihre aktuelle Berechtigung zu sehen.</translation>
    </message>
    <message>
        <source>Loading the entitlement…</source>
        <translation>Die Berechtigung wird geladen…</translation>
    </message>
    <message>
        <source>Loading the entitlement was cancelled.</source>
        <translation>Das Laden der Berechtigung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Note: the current entitlement for this title comes from another purchase (item %1), not from the selected item %2.</source>
        <translation>Hinweis: Die aktuelle Berechtigung für diesen Titel stammt aus einem anderen Kauf (Position %1), nicht aus der ausgewählten Position %2.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>Bezahlter Preis</translation>
    </message>
    <message>
        <source>Rental expires</source>
        <translation>Leihe läuft ab</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Letzte Wiedergabeposition</translation>
    </message>
    <message>
        <source>First played</source>
        <translation>Erste Wiedergabe</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>acknowledged: %1 · persistent: %2 · transient: %3</source>
        <translation>Empfang bestätigt: %1 · dauerhaft: %2 · temporär: %3</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>%1 (%2, device id %3, %4)</source>
        <translation>%1 (%2, Geräte-ID %3, %4)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>keins registriert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Medienelement</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Inhaltsangabe</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 d / %2 h</source>
        <translation>%1 Tg. / %2 h</translation>
    </message>
    <message>
        <source>%1-offers</source>
        <translation>%1-angebote</translation>
    </message>
    <message>
        <source>%1-assets</source>
        <translation>%1-assets</translation>
    </message>
    <message>
        <source>%1-family</source>
        <translation>%1-familie</translation>
    </message>
    <message>
        <source>The platform has no entitlement for this title (supplier ref “%1”): the rental may have ended or the item been removed. The refund investigation goes on from the orders alone.</source>
        <translation>Die Plattform hat keine Berechtigung für diesen Titel (Lieferantenreferenz „%1“): Die Leihe ist vielleicht abgelaufen oder die Position wurde entfernt. Die Erstattungsprüfung läuft nur mit den Bestellungen weiter.</translation>
    </message>
</context>
<context>
    <name>ff::ui::ErrorPresenter</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Review the certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>Enter the secret again</source>
        <translation>Secret erneut eingeben</translation>
    </message>
    <message>
        <source>Edit the profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>No secret is set for profile “%1”. Enter it.</source>
        <translation>Für Profil „%1“ ist kein Secret festgelegt. Geben Sie es ein.</translation>
    </message>
    <message>
        <source>The server refused the secret of profile “%1” (it may have expired). Enter it again.</source>
        <translation>Der Server hat das Secret von Profil „%1“ abgelehnt (vielleicht ist es abgelaufen). Geben Sie es erneut ein.</translation>
    </message>
</context>
<context>
    <name>ff::ui::InvestigationCard</name>
    <message>
        <source>Record a dec&amp;ision…</source>
        <translation>&amp;Entscheidung festhalten…</translation>
    </message>
    <message>
        <source>Refund investigation of the selected item</source>
        <translation>Erstattungsprüfung der ausgewählten Position</translation>
    </message>
    <message>
        <source>Sentences to read out</source>
        <translation>Sätze zum Vorlesen</translation>
    </message>
    <message>
        <source>Keep what you decided, why and the ticket in the audit log (nothing is sent)</source>
        <translation>Was Sie entschieden haben, warum, und das Ticket im Prüfprotokoll festhalten (es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>Read out to the customer</source>
        <translation>Dem Kunden vorlesen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Item %1 of order %2 · %3</source>
        <translation>Position %1 von Bestellung %2 · %3</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Einschätzung: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Nothing found for or against a refund: %1.</source>
        <translation>Nichts gefunden, was für oder gegen eine Erstattung spricht: %1.</translation>
    </message>
    <message>
        <source>Not known:
%1</source>
        <translation>Unbekannt:
%1</translation>
    </message>
    <message>
        <source>No decision recorded for this item yet.</source>
        <translation>Für diese Position ist noch keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>Reading the decisions recorded earlier from the audit log…</source>
        <translation>Frühere Entscheidungen werden aus dem Prüfprotokoll gelesen…</translation>
    </message>
    <message>
        <source>The audit log could not be read, so earlier decisions are not shown: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden, daher werden frühere Entscheidungen nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Item %1 (%2) · %3</source>
        <translation>Position %1 (%2) · %3</translation>
    </message>
    <message>
        <source>The decision about item %1 was not recorded: %2</source>
        <translation>Die Entscheidung zu Position %1 wurde nicht erfasst: %2</translation>
    </message>
</context>
<context>
    <name>ff::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
</context>
<context>
    <name>ff::ui::LicenceStates</name>
    <message>
        <source>State before: %1.</source>
        <translation>Status vorher: %1.</translation>
    </message>
    <message>
        <source>State after: %1.</source>
        <translation>Status nachher: %1.</translation>
    </message>
    <message>
        <source>The rental window started: it ends on %1.</source>
        <translation>Der Leihzeitraum hat begonnen: Er endet am %1.</translation>
    </message>
    <message>
        <source>The rental window had already started: it ends on %1.</source>
        <translation>Der Leihzeitraum hatte bereits begonnen: Er endet am %1.</translation>
    </message>
</context>
<context>
    <name>ff::ui::MainWindow</name>
    <message>
        <source>FilmFlex Agent Console</source>
        <translation>FilmFlex Agent Console</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Open customers</source>
        <translation>Geöffnete Kunden</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Kunde &amp;suchen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Keep recent searches between sessions</source>
        <translation>Letzte Suchen über Sitzungen hinweg &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Clear recent searches</source>
        <translation>Letzte Suchen &amp;löschen</translation>
    </message>
    <message>
        <source>Recent searches cleared</source>
        <translation>Letzte Suchen gelöscht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About FilmFlex Agent Console</source>
        <translation>Über FilmFlex Agent Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;For the people who answer FilmFlex customers.&lt;br&gt;Qt %2&lt;br&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;Für alle, die FilmFlex-Kunden betreuen.&lt;br&gt;Qt %2&lt;br&gt;Freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console — %1</source>
        <translation>FilmFlex Agent Console — %1</translation>
    </message>
    <message>
        <source>Not connected: no secret was given for this profile.</source>
        <translation>Nicht verbunden: Für dieses Profil wurde kein Secret angegeben.</translation>
    </message>
    <message>
        <source>The console will speak %1 from its next start: close it and open it again.</source>
        <translation>Die Konsole verwendet ab dem nächsten Start %1: Schließen Sie sie und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Start the &amp;built-in sandbox</source>
        <translation>Integrierte &amp;Sandbox starten</translation>
    </message>
</context>
<context>
    <name>ff::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Aktion zur Meldung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ff::ui::OptionalDateEdit</name>
    <message>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrderFilterBar</name>
    <message>
        <source>Created from</source>
        <translation>Angelegt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Angelegt bis</translation>
    </message>
    <message>
        <source>Filter by title, supplier ref, order, item or transaction id (Ctrl+F)</source>
        <translation>Nach Titel, Lieferantenreferenz, Bestellung, Position oder Transaktions-ID filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter orders</source>
        <translation>Bestellungen filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Refund candidates</source>
        <translation>Erstattungskandidaten</translation>
    </message>
    <message>
        <source>Show only refund candidates</source>
        <translation>Nur Erstattungskandidaten zeigen</translation>
    </message>
    <message>
        <source>Only the items whose refund is due or needs review, within the other filters (Ctrl+Shift+R)</source>
        <translation>Nur die Positionen, deren Erstattung fällig ist oder geprüft werden muss, innerhalb der anderen Filter (Strg+Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersLoader</name>
    <message>
        <source>Loading the orders of %1…</source>
        <translation>Die Bestellungen von %1 werden geladen…</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersTree</name>
    <message>
        <source>Purchase orders and their items</source>
        <translation>Bestellungen und ihre Positionen</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ff::ui::OutcomeCountdown</name>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Read the order again now to see whether it was applied</source>
        <translation>Die Bestellung jetzt erneut lesen, um zu sehen, ob die Änderung übernommen wurde</translation>
    </message>
    <message numerus="yes">
        <source>Not yet seen on the server. The order is read again in %n s; until then this change cannot be sent again.</source>
        <translation>
            <numerusform>Noch nicht auf dem Server zu sehen. Die Bestellung wird in %n s erneut gelesen; bis dahin kann diese Änderung nicht erneut gesendet werden.</numerusform>
            <numerusform>Noch nicht auf dem Server zu sehen. Die Bestellung wird in %n s erneut gelesen; bis dahin kann diese Änderung nicht erneut gesendet werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileIndicator</name>
    <message>
        <source>Active connection profile</source>
        <translation>Aktives Verbindungsprofil</translation>
    </message>
    <message>
        <source>● PRODUCTION: %1</source>
        <translation>● PRODUKTION: %1</translation>
    </message>
    <message>
        <source>Sandbox (test data)</source>
        <translation>Sandbox (Testdaten)</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · schreibgeschützt</translation>
    </message>
    <message>
        <source> · insecure http allowed</source>
        <translation> · unsicheres http erlaubt</translation>
    </message>
    <message numerus="yes">
        <source> · trusts %n extra certificate(s)</source>
        <translation>
            <numerusform> · vertraut %n zusätzlichem Zertifikat</numerusform>
            <numerusform> · vertraut %n zusätzlichen Zertifikaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected through profile “%1”. Click to switch.</source>
        <translation>Verbunden über Profil „%1“. Zum Wechseln klicken.</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile (server, SHA-256):</source>
        <translation>Für dieses Profil vertrauenswürdige Zertifikate (Server, SHA-256):</translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileManager</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>No connection is set up yet.

Start the built-in sandbox (a local server with realistic test customers, for trying the console safely), or set up a connection to a FilmFlex server?</source>
        <translation>Es ist noch keine Verbindung eingerichtet.

Die integrierte Sandbox starten (ein lokaler Server mit realistischen Testkunden, um die Konsole gefahrlos auszuprobieren) oder eine Verbindung zu einem FilmFlex-Server einrichten?</translation>
    </message>
    <message>
        <source>Start the sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <source>Set up a connection…</source>
        <translation>Verbindung einrichten…</translation>
    </message>
    <message>
        <source>Settings updated</source>
        <translation>Einstellungen aktualisiert</translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfilesDialog</name>
    <message>
        <source>Production (shown in red)</source>
        <translation>Produktion (rot angezeigt)</translation>
    </message>
    <message>
        <source>Read-only: no changes can be sent</source>
        <translation>Schreibgeschützt: Es können keine Änderungen gesendet werden</translation>
    </message>
    <message>
        <source>Allow plain http to a remote server (insecure)</source>
        <translation>Unverschlüsseltes http zu einem entfernten Server erlauben (unsicher)</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>API-Schlüssel-Header</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>leave empty to keep the one in the keychain</source>
        <translation>leer lassen, um das im Schlüsselbund zu behalten</translation>
    </message>
    <message>
        <source>no keychain: you will be asked for it when connecting</source>
        <translation>kein Schlüsselbund: Es wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Affiliates of this profile</source>
        <translation>Partner dieses Profils</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation>Plattform-API-URL</translation>
    </message>
    <message>
        <source>Admin API URL</source>
        <translation>Admin-API-URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>API key header name</source>
        <translation>Name des API-Schlüssel-Headers</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Platform API URL:</source>
        <translation>&amp;Plattform-API-URL:</translation>
    </message>
    <message>
        <source>A&amp;dmin API URL:</source>
        <translation>A&amp;dmin-API-URL:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>API-Schlüssel-&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;User name (basic):</source>
        <translation>&amp;Benutzername (Basic):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Affiliates:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add affiliate</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>Jedes Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two profiles are called “%1”.</source>
        <translation>Zwei Profile heißen „%1“.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” is not an http(s) URL.</source>
        <translation>Profil „%1“: „%2“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy settings; host:port, no user name or password</source>
        <translation>leer: Proxy-Einstellungen des Systems; Host:Port, ohne Benutzername oder Passwort</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Refund policy (JSON)</source>
        <translation>Erstattungsrichtlinie (JSON)</translation>
    </message>
    <message>
        <source>The affiliate&apos;s time zone, e.g. Europe/London; empty: yours</source>
        <translation>Die Zeitzone des Partners, z. B. Europe/Berlin; leer: Ihre eigene</translation>
    </message>
    <message>
        <source>The affiliate&apos;s refund policy as JSON, e.g. {&quot;CourtesyWindowHours&quot;: 24}; a missing key takes its default; empty: the defaults</source>
        <translation>Die Erstattungsrichtlinie des Partners als JSON, z. B. {&quot;CourtesyWindowHours&quot;: 24}; ein fehlender Schlüssel hat seinen Standardwert; leer: die Standardwerte</translation>
    </message>
    <message>
        <source>Profile “%1”: the proxy has a user name or password. Proxy authentication is not supported: give the proxy as host:port, without them.</source>
        <translation>Profil „%1“: Der Proxy hat einen Benutzernamen oder ein Passwort. Proxy-Authentifizierung wird nicht unterstützt: Geben Sie den Proxy als Host:Port an, ohne diese Angaben.</translation>
    </message>
    <message>
        <source>Profile “%1”, affiliate %2: %3</source>
        <translation>Profil „%1“, Partner %2: %3</translation>
    </message>
    <message>
        <source>Profile “%1”, affiliate %2: the refund policy: %3</source>
        <translation>Profil „%1“, Partner %2: die Erstattungsrichtlinie: %3</translation>
    </message>
</context>
<context>
    <name>ff::ui::SearchBar</name>
    <message>
        <source>Open customer</source>
        <translation>Kunde öffnen</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The affiliate, by name or by id</source>
        <translation>Der Partner, nach Name oder ID</translation>
    </message>
    <message>
        <source>Customer name or email</source>
        <translation>Name oder E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Customer name or email (Ctrl+L)</source>
        <translation>Name oder E-Mail des Kunden (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Affiliate:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not an affiliate: choose one from the list or type its number.</source>
        <translation>„%1“ ist kein Partner: Wählen Sie einen aus der Liste oder geben Sie seine Nummer ein.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name or email address.</source>
        <translation>Geben Sie den Namen oder die E-Mail-Adresse des Kunden ein.</translation>
    </message>
    <message>
        <source>“%1” cannot be a customer name.</source>
        <translation>„%1“ kann kein Kundenname sein.</translation>
    </message>
</context>
<context>
    <name>ff::ui::SecretDialog</name>
    <message>
        <source>Remember it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Secret for %1</source>
        <translation>Secret für %1</translation>
    </message>
    <message>
        <source>Token, API key or password</source>
        <translation>Token, API-Schlüssel oder Passwort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
</context>
<context>
    <name>ff::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Send a confirmed change (in the add-item and licence dialogs)</source>
        <translation>Eine bestätigte Änderung senden (in den Dialogen zum Hinzufügen von Positionen und zur Lizenz)</translation>
    </message>
</context>
<context>
    <name>ff::ui::SignalColumns</name>
    <message>
        <source>For a refund</source>
        <translation>Für eine Erstattung</translation>
    </message>
    <message>
        <source>Needs a person&apos;s judgement</source>
        <translation>Ermessenssache</translation>
    </message>
    <message>
        <source>Against a refund</source>
        <translation>Gegen eine Erstattung</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>%1 (no weight: the state decides)</source>
        <translation>%1 (keine Gewichtung: Der Status entscheidet)</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Nachweise für %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::SpendChartPanel</name>
    <message>
        <source>As a &amp;table</source>
        <translation>Als &amp;Tabelle</translation>
    </message>
    <message>
        <source>Show &amp;all months</source>
        <translation>Alle &amp;Monate zeigen</translation>
    </message>
    <message>
        <source>Show spend per month as a table</source>
        <translation>Ausgaben pro Monat als Tabelle zeigen</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table, one row per month and currency</source>
        <translation>Die Zahlen des Diagramms als Tabelle, eine Zeile je Monat und Währung</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Ausgaben pro Monat</translation>
    </message>
    <message>
        <source>Press Enter on a month to show only its purchases</source>
        <translation>Drücken Sie auf einem Monat die Eingabetaste, um nur dessen Käufe zu zeigen</translation>
    </message>
    <message>
        <source>spend-per-month</source>
        <translation>ausgaben-pro-monat</translation>
    </message>
    <message>
        <source>Show purchases of all months</source>
        <translation>Käufe aller Monate zeigen</translation>
    </message>
    <message>
        <source>Gross spend per month (months in %1):</source>
        <translation>Bruttoausgaben pro Monat (Monate in %1):</translation>
    </message>
    <message>
        <source>Showing the purchases of %1 only.</source>
        <translation>Es werden nur die Käufe von %1 gezeigt.</translation>
    </message>
</context>
<context>
    <name>ff::ui::TableExport</name>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells, for a spreadsheet to paste as cells</source>
        <translation>Die ausgewählten Zellen kopieren, zum Einfügen als Zellen in eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Save every row the filter shows (expanded or not), in the columns and the order shown, as a CSV file</source>
        <translation>Jede Zeile, die der Filter zeigt (aufgeklappt oder nicht), in den angezeigten Spalten und der angezeigten Reihenfolge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::TimelineWidget</name>
    <message>
        <source>Time line</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ff::ui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Find a customer&lt;/h2&gt;&lt;p&gt;Choose the affiliate, type the customer&apos;s name or email address and press Enter. Each customer opens in a tab of its own.&lt;/p&gt;&lt;p&gt;Ctrl+L: search · Ctrl+F: filter orders · F5: refresh · Ctrl+W: close tab · F1: all shortcuts&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kunden suchen&lt;/h2&gt;&lt;p&gt;Wählen Sie den Partner, geben Sie den Namen oder die E-Mail-Adresse des Kunden ein und drücken Sie die Eingabetaste. Jeder Kunde öffnet sich in einem eigenen Tab.&lt;/p&gt;&lt;p&gt;Strg+L: Suche · Strg+F: Bestellungen filtern · F5: aktualisieren · Strg+W: Tab schließen · F1: alle Tastenkürzel&lt;/p&gt;</translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test customers of the sandbox: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Testkunden der Sandbox: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;To see refund investigations, open %1: an example of every refund case, each item with its verdict and the evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um Erstattungsprüfungen zu sehen, öffnen Sie %1: ein Beispiel für jeden Erstattungsfall, jede Position mit ihrer Einschätzung und den Nachweisen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteDialog</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Genau das wird gesendet</translation>
    </message>
    <message>
        <source>e.g. CS-104233</source>
        <translation>z. B. CS-104233</translation>
    </message>
    <message>
        <source>Ticket or case reference</source>
        <translation>Ticket oder Fallreferenz</translation>
    </message>
    <message>
        <source>Why this change is being made</source>
        <translation>Warum diese Änderung vorgenommen wird</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Grund für die Änderung</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Wird gesendet:</translation>
    </message>
    <message>
        <source>&amp;Ticket or case reference:</source>
        <translation>Ticket- oder &amp;Fallreferenz:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Gru&amp;nd:</translation>
    </message>
    <message>
        <source>Result of the change</source>
        <translation>Ergebnis der Änderung</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Reading the order again to find out whether it was applied…</source>
        <translation>Die Bestellung wird erneut gelesen, um festzustellen, ob die Änderung übernommen wurde…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Sending… the answer is awaited before anything else can be done here.</source>
        <translation>Wird gesendet… Erst nach der Antwort ist hier wieder etwas möglich.</translation>
    </message>
    <message>
        <source>Before going on:</source>
        <translation>Bevor Sie fortfahren:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not yet seen on the server: “%1” was sent earlier in this session, its answer said nothing certain, and whether it was applied has not been found out. The same change cannot be sent again in this session: check the customer&apos;s orders (F5) to see whether it is there.</source>
        <translation>Noch nicht auf dem Server zu sehen: „%1“ wurde in dieser Sitzung bereits gesendet, die Antwort war nicht eindeutig, und ob die Änderung übernommen wurde, ist noch nicht geklärt. Dieselbe Änderung kann in dieser Sitzung nicht erneut gesendet werden: Prüfen Sie die Bestellungen des Kunden (F5), um zu sehen, ob sie da ist.</translation>
    </message>
    <message>
        <source>%1 Reading the order again shows %2.</source>
        <translation>%1 Erneutes Lesen der Bestellung zeigt: %2.</translation>
    </message>
    <message>
        <source>%1 Reading the order again, once the server had had time to finish, shows %2. You can send it again.</source>
        <translation>%1 Erneutes Lesen der Bestellung, nachdem der Server Zeit zum Abschließen hatte, zeigt: %2. Sie können die Änderung erneut senden.</translation>
    </message>
    <message>
        <source>%1 Whether it was applied is not certain: %2. Send it again only once you are sure it is not there.</source>
        <translation>%1 Ob die Änderung übernommen wurde, ist nicht sicher: %2. Senden Sie sie nur erneut, wenn Sie sicher sind, dass sie nicht da ist.</translation>
    </message>
    <message>
        <source>%1 Not yet seen on the server: %2</source>
        <translation>%1 Noch nicht auf dem Server zu sehen: %2</translation>
    </message>
    <message>
        <source>%1 Whether it was applied is still not known: %2 Check the order before doing anything else.</source>
        <translation>%1 Ob die Änderung übernommen wurde, ist weiterhin unbekannt: %2 Prüfen Sie die Bestellung, bevor Sie etwas anderes tun.</translation>
    </message>
    <message>
        <source>Not yet seen on the server. Check again, or close this and check the customer&apos;s orders: this change cannot be sent again in this session.</source>
        <translation>Noch nicht auf dem Server zu sehen. Prüfen Sie erneut, oder schließen Sie dies und prüfen Sie die Bestellungen des Kunden: Diese Änderung kann in dieser Sitzung nicht erneut gesendet werden.</translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteReconciler</name>
    <message>
        <source>the connection is gone.</source>
        <translation>die Verbindung ist getrennt.</translation>
    </message>
</context>
<context>
    <name>ffconsole</name>
    <message>
        <source>A desktop console for FilmFlex customer service.</source>
        <translation>Eine Desktop-Konsole für den FilmFlex-Kundenservice.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and connect to it.</source>
        <translation>Die eingebaute Sandbox starten und sich mit ihr verbinden.</translation>
    </message>
    <message>
        <source>Connect with this saved profile.</source>
        <translation>Mit diesem gespeicherten Profil verbinden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>the value of --profile in --help</comment>
        <translation>NAME</translation>
    </message>
</context>
</TS>
