<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AgentMessage</name>
    <message>
        <source>Not allowed: this profile&apos;s credentials may not do this. Check the profile&apos;s permissions.</source>
        <translation>Brak uprawnień: dane logowania tego profilu na to nie pozwalają. Sprawdź uprawnienia profilu.</translation>
    </message>
    <message>
        <source>Not authorised: the server refused this profile&apos;s credentials. Check the credentials under Connection ▸ Profiles.</source>
        <translation>Brak autoryzacji: serwer odrzucił dane logowania tego profilu. Sprawdź je w menu Połączenie ▸ Profile.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Serwer zgłosił błąd: %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Błąd serwera (HTTP %1).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again in a moment.</source>
        <translation>Błąd serwera (HTTP %1). Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The server is busy and asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation>Serwer jest przeciążony i prosi o wolniejsze wysyłanie żądań (HTTP 429). Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Serwer odrzucił żądanie (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Odpowiedź serwera: „%1”</translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time.</source>
        <translation>Przekroczono limit czasu: serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time. Try again; if it keeps happening, the service may be down.</source>
        <translation>Przekroczono limit czasu: serwer nie odpowiedział na czas. Spróbuj ponownie; jeśli to się powtarza, usługa może być niedostępna.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Nie można połączyć się z serwerem: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation>Certyfikat serwera nie jest zaufany, więc nic nie wysłano: %1</translation>
    </message>
    <message>
        <source>The server sent us elsewhere, which is not followed: %1</source>
        <translation>Serwer przekierował żądanie gdzie indziej; przekierowania nie są wykonywane: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read, so nothing is shown from it: %1</source>
        <translation>Nie można odczytać odpowiedzi serwera, więc nic z niej nie jest wyświetlane: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large to load: %1</source>
        <translation>Odpowiedź serwera jest za duża, by ją wczytać: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied.</source>
        <translation>Zmiana mogła zostać wprowadzona lub nie.</translation>
    </message>
    <message>
        <source>(Request id %1)</source>
        <translation>(ID żądania %1)</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>present (see the family below)</source>
        <translation>jest (zob. „Nadrzędne i podrzędne” poniżej)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>ff::AccountPurchasesModel</name>
    <message>
        <source>Date purchased</source>
        <translation>Data zakupu</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jedn.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
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
        <translation>Nie można odczytać zasad zwrotów zapisanych dla partnera %1 (%2): używane są zasady domyślne. Popraw je w menu Połączenie ▸ Profile.</translation>
    </message>
    <message>
        <source>The time zone “%1” saved for affiliate %2 is not known: your own time zone is used. Correct it in Connection ▸ Profiles.</source>
        <translation>Strefa czasowa „%1” zapisana dla partnera %2 jest nieznana: używana jest Twoja strefa czasowa. Popraw ją w menu Połączenie ▸ Profile.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (an IANA name such as Europe/London).</source>
        <translation>„%1” to strefa czasowa nieznana na tym komputerze (podaj nazwę IANA, np. Europe/London).</translation>
    </message>
</context>
<context>
    <name>ff::ApiCall</name>
    <message>
        <source>the server refused the request as invalid (HTTP 400)</source>
        <translation>serwer odrzucił żądanie jako nieprawidłowe (HTTP 400)</translation>
    </message>
    <message>
        <source>not authorised: the credentials were refused (HTTP 401)</source>
        <translation>brak autoryzacji: dane logowania zostały odrzucone (HTTP 401)</translation>
    </message>
    <message>
        <source>forbidden: these credentials may not do this (HTTP 403)</source>
        <translation>brak dostępu: te dane logowania na to nie pozwalają (HTTP 403)</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>nie znaleziono (HTTP 404)</translation>
    </message>
    <message>
        <source>the server timed out waiting for the request (HTTP 408)</source>
        <translation>serwer nie doczekał się żądania (HTTP 408)</translation>
    </message>
    <message>
        <source>the server reports a conflict (HTTP 409)</source>
        <translation>serwer zgłasza konflikt (HTTP 409)</translation>
    </message>
    <message>
        <source>the request is too large for the server (HTTP 413)</source>
        <translation>żądanie jest za duże dla serwera (HTTP 413)</translation>
    </message>
    <message>
        <source>too many requests: the server asks to slow down (HTTP 429)</source>
        <translation>za dużo żądań: serwer prosi o zwolnienie tempa (HTTP 429)</translation>
    </message>
    <message>
        <source>the server failed (HTTP 500)</source>
        <translation>błąd serwera (HTTP 500)</translation>
    </message>
    <message>
        <source>a proxy or gateway could not reach the server (HTTP 502)</source>
        <translation>serwer proxy lub brama nie może połączyć się z serwerem (HTTP 502)</translation>
    </message>
    <message>
        <source>the service is unavailable (HTTP 503)</source>
        <translation>usługa jest niedostępna (HTTP 503)</translation>
    </message>
    <message>
        <source>a proxy or gateway timed out waiting for the server (HTTP 504)</source>
        <translation>serwer proxy lub brama nie doczekały się odpowiedzi serwera (HTTP 504)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>serwer odpowiedział HTTP %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>could not connect: the server refused the connection</source>
        <translation>nie można połączyć: serwer odrzucił połączenie</translation>
    </message>
    <message>
        <source>could not connect: the server&apos;s name was not found</source>
        <translation>nie można połączyć: nie znaleziono nazwy serwera</translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation>serwer zamknął połączenie przed udzieleniem odpowiedzi</translation>
    </message>
    <message>
        <source>the connection dropped after the request was sent, before any answer</source>
        <translation>połączenie zostało zerwane po wysłaniu żądania, przed jakąkolwiek odpowiedzią</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted</source>
        <translation>certyfikat serwera %1 nie jest zaufany</translation>
    </message>
    <message>
        <source>the server redirected elsewhere, which is not followed (%1)</source>
        <translation>serwer przekierował żądanie gdzie indziej; przekierowania nie są wykonywane (%1)</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>błąd serwera proxy: %1</translation>
    </message>
    <message>
        <source>the network failed: %1</source>
        <translation>błąd sieci: %1</translation>
    </message>
    <message>
        <source>the response is larger than the %1 MB limit</source>
        <translation>odpowiedź przekracza limit %1 MB</translation>
    </message>
    <message>
        <source>timed out: nothing arrived for %1 s</source>
        <translation>przekroczono limit czasu: nic nie nadeszło przez %1 s</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not followed</source>
        <translation>serwer przekierował do %1; przekierowania nie są wykonywane</translation>
    </message>
    <message>
        <source>the connection dropped while the response was arriving</source>
        <translation>połączenie zostało zerwane w trakcie odbierania odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ff::ApiClient</name>
    <message>
        <source>the server reported an error: %1</source>
        <translation>serwer zgłosił błąd: %1</translation>
    </message>
    <message>
        <source>the response could not be read: %1</source>
        <translation>nie można odczytać odpowiedzi: %1</translation>
    </message>
    <message>
        <source>expected JSON, but the server sent %1: %2</source>
        <translation>oczekiwano JSON, a serwer wysłał %1: %2</translation>
    </message>
    <message>
        <source>expected JSON or XML, but the server sent %1: %2</source>
        <translation>oczekiwano JSON lub XML, a serwer wysłał %1: %2</translation>
    </message>
    <message>
        <source>this profile is read-only: changes are not sent</source>
        <translation>ten profil jest tylko do odczytu: zmiany nie są wysyłane</translation>
    </message>
    <message>
        <source>no secret is set for this profile&apos;s %1 authentication</source>
        <translation>w tym profilu nie ustawiono sekretu do uwierzytelniania typu %1</translation>
    </message>
    <message>
        <source>the answer is not about this change: %1</source>
        <translation>odpowiedź nie dotyczy tej zmiany: %1</translation>
    </message>
    <message>
        <source>the affiliate id must be a positive number</source>
        <translation>ID partnera musi być liczbą dodatnią</translation>
    </message>
    <message>
        <source>the customer&apos;s name or email</source>
        <translation>nazwa lub e-mail klienta</translation>
    </message>
    <message>
        <source>the purchase order id must be a positive number</source>
        <translation>ID zamówienia musi być liczbą dodatnią</translation>
    </message>
    <message>
        <source>the item names purchase order %1, not %2</source>
        <translation>pozycja wskazuje zamówienie %1, a nie %2</translation>
    </message>
    <message>
        <source>the supplier ref</source>
        <translation>referencja dostawcy</translation>
    </message>
    <message>
        <source>the account id is not set</source>
        <translation>nie ustawiono ID konta</translation>
    </message>
    <message>
        <source>the start date is after the end date</source>
        <translation>data początkowa jest późniejsza niż końcowa</translation>
    </message>
    <message>
        <source>the purchase order item id must be a positive number</source>
        <translation>ID pozycji zamówienia musi być liczbą dodatnią</translation>
    </message>
    <message>
        <source>the device id</source>
        <translation>ID urządzenia</translation>
    </message>
    <message>
        <source>the admin API URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>adres URL API administracyjnego &quot;%1&quot; nie jest adresem http(s)</translation>
    </message>
    <message>
        <source>the platform API URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>adres URL API platformy &quot;%1&quot; nie jest adresem http(s)</translation>
    </message>
    <message>
        <source>the admin API URL uses plain http to another machine; use https, or allow insecure http in the profile</source>
        <translation>adres URL API administracyjnego używa zwykłego http do innego komputera; użyj https albo zezwól w profilu na niezabezpieczone http</translation>
    </message>
    <message>
        <source>the platform API URL uses plain http to another machine; use https, or allow insecure http in the profile</source>
        <translation>adres URL API platformy używa zwykłego http do innego komputera; użyj https albo zezwól w profilu na niezabezpieczone http</translation>
    </message>
    <message>
        <source>the admin API URL %1 is not one of the servers this profile&apos;s secret is for (%2): nothing was sent</source>
        <translation>adres URL API administracyjnego %1 nie należy do serwerów, dla których jest sekret tego profilu (%2): nic nie wysłano</translation>
    </message>
    <message>
        <source>the platform API URL %1 is not one of the servers this profile&apos;s secret is for (%2): nothing was sent</source>
        <translation>adres URL API platformy %1 nie należy do serwerów, dla których jest sekret tego profilu (%2): nic nie wysłano</translation>
    </message>
</context>
<context>
    <name>ff::ApiError</name>
    <message>
        <source> (request id %1)</source>
        <translation> (ID żądania %1)</translation>
    </message>
</context>
<context>
    <name>ff::AuditLog</name>
    <message>
        <source>cannot create the audit log&apos;s folder %1: %2</source>
        <translation>nie można utworzyć folderu dziennika audytu %1: %2</translation>
    </message>
    <message>
        <source>cannot create the audit log&apos;s folder %1</source>
        <translation>nie można utworzyć folderu dziennika audytu %1</translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>nie można otworzyć dziennika audytu %1: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>nie można zapisać dziennika audytu %1: %2</translation>
    </message>
    <message>
        <source>cannot make the audit log %1 reach the disk: %2</source>
        <translation>nie można utrwalić dziennika audytu %1 na dysku: %2</translation>
    </message>
</context>
<context>
    <name>ff::AuditedWrites</name>
    <message>
        <source>the write could not be recorded in the audit log, so it was not sent: %1</source>
        <translation>nie można zapisać zmiany w dzienniku audytu, więc jej nie wysłano: %1</translation>
    </message>
</context>
<context>
    <name>ff::CardLines</name>
    <message>
        <source>Worked out from the orders, with the platform&apos;s entitlement for this item.</source>
        <translation>Ustalono na podstawie zamówień i uprawnienia tej pozycji na platformie.</translation>
    </message>
    <message>
        <source>Worked out from the orders alone: the platform&apos;s current entitlement for this title is another purchase&apos;s (item %1), so it is not used.</source>
        <translation>Ustalono wyłącznie na podstawie zamówień: obecne uprawnienie do tego tytułu na platformie pochodzi z innego zakupu (pozycja %1), więc nie zostało użyte.</translation>
    </message>
    <message>
        <source>The platform has no entitlement for this title, so this is worked out from the orders alone.</source>
        <translation>Platforma nie ma uprawnienia do tego tytułu, więc ustalono to wyłącznie na podstawie zamówień.</translation>
    </message>
    <message>
        <source>Worked out from the orders alone; the platform&apos;s entitlement refines it when it can be read.</source>
        <translation>Ustalono wyłącznie na podstawie zamówień; gdy uda się odczytać uprawnienie z platformy, uściśli ono wynik.</translation>
    </message>
    <message>
        <source>The item was added on %1, but its order was created on %2.</source>
        <translation>Pozycję dodano: %1, ale jej zamówienie utworzono: %2.</translation>
    </message>
    <message>
        <source>Conflicts:
%1</source>
        <translation>Sprzeczności:
%1</translation>
    </message>
    <message>
        <source>How far it played: not known (%1).</source>
        <translation>Do którego miejsca odtworzono: nie wiadomo (%1).</translation>
    </message>
    <message>
        <source>How far it played: to %1 (the last position the platform recorded); the title&apos;s length is not known.</source>
        <translation>Do którego miejsca odtworzono: do %1 (ostatnie miejsce zapisane przez platformę); długość tytułu jest nieznana.</translation>
    </message>
    <message>
        <source>How far it played: to %1 of %2 (the last position the platform recorded, not the furthest).</source>
        <translation>Do którego miejsca odtworzono: do %1 z %2 (ostatnie miejsce zapisane przez platformę, nie najdalsze).</translation>
    </message>
    <message>
        <source>the platform&apos;s entitlement for this item records no position</source>
        <translation>uprawnienie tej pozycji na platformie nie zawiera miejsca odtwarzania</translation>
    </message>
    <message>
        <source>the platform&apos;s current entitlement for this title is another purchase&apos;s (item %1), and the orders do not say</source>
        <translation>obecne uprawnienie do tego tytułu na platformie pochodzi z innego zakupu (pozycja %1), a zamówienia tego nie podają</translation>
    </message>
    <message>
        <source>the platform has no entitlement for this title, and the orders do not say</source>
        <translation>platforma nie ma uprawnienia do tego tytułu, a zamówienia tego nie podają</translation>
    </message>
    <message>
        <source>the platform&apos;s entitlement could not be read, and the orders do not say</source>
        <translation>nie można odczytać uprawnienia z platformy, a zamówienia tego nie podają</translation>
    </message>
    <message>
        <source>only the platform&apos;s entitlement for this item says, and it has not been read yet</source>
        <translation>podaje to tylko uprawnienie tej pozycji na platformie, a nie zostało ono jeszcze odczytane</translation>
    </message>
    <message>
        <source>Shown as of %1, under the default policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Pokazano stan na wskazaną chwilę (%1), według zasad domyślnych: okres dobrej woli %2 h, przerwanie na początku poniżej %3 min, obejrzane od %4 %, dopuszczalna różnica zegarów %5 s.</translation>
    </message>
    <message>
        <source>Shown as of %1, under the affiliate&apos;s policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Pokazano stan na wskazaną chwilę (%1), według zasad partnera: okres dobrej woli %2 h, przerwanie na początku poniżej %3 min, obejrzane od %4 %, dopuszczalna różnica zegarów %5 s.</translation>
    </message>
    <message>
        <source>Shown now (%1), under the default policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Pokazano stan bieżący (%1), według zasad domyślnych: okres dobrej woli %2 h, przerwanie na początku poniżej %3 min, obejrzane od %4 %, dopuszczalna różnica zegarów %5 s.</translation>
    </message>
    <message>
        <source>Shown now (%1), under the affiliate&apos;s policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Pokazano stan bieżący (%1), według zasad partnera: okres dobrej woli %2 h, przerwanie na początku poniżej %3 min, obejrzane od %4 %, dopuszczalna różnica zegarów %5 s.</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportBilling</name>
    <message>
        <source>Account user</source>
        <translation>Użytkownik konta</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adres rozliczeniowy</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Komórka</translation>
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
        <translation>Zakup</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Utworzenie zamówienia</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Wydanie licencji</translation>
    </message>
    <message>
        <source>First streamed</source>
        <translation>Pierwszy streaming</translation>
    </message>
    <message>
        <source>First downloaded</source>
        <translation>Pierwsze pobranie</translation>
    </message>
    <message>
        <source>Rental time ends (worked out)</source>
        <translation>Koniec czasu wypożyczenia (wyliczony)</translation>
    </message>
    <message>
        <source>%1 + RentalTime (%2 d)</source>
        <translation>%1 + RentalTime (%2 d)</translation>
    </message>
    <message>
        <source>View time ends (worked out)</source>
        <translation>Koniec czasu oglądania (wyliczony)</translation>
    </message>
    <message>
        <source>TimeOfFirstPlay + ViewTime (%1 h)</source>
        <translation>TimeOfFirstPlay + ViewTime (%1 h)</translation>
    </message>
    <message>
        <source>Rental ends (the platform&apos;s word)</source>
        <translation>Koniec wypożyczenia (wg platformy)</translation>
    </message>
    <message>
        <source>As of (the instant reported)</source>
        <translation>Stan na (podana chwila)</translation>
    </message>
    <message>
        <source>Now (when the report was made)</source>
        <translation>Teraz (chwila utworzenia raportu)</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportPdf</name>
    <message>
        <source>Refund case report: %1</source>
        <translation>Raport sprawy zwrotu: %1</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1</source>
        <translation>FilmFlex Agent Console %1</translation>
    </message>
    <message>
        <source>Refund case report · customer %1 · affiliate %2 · made %3</source>
        <translation>Raport sprawy zwrotu · klient %1 · partner %2 · utworzono: %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
    <message>
        <source>Other items (%1), one line each</source>
        <translation>Pozostałe pozycje (%1), po jednym wierszu</translation>
    </message>
    <message>
        <source>Other items (%1): not refund candidates, one line each</source>
        <translation>Pozostałe pozycje (%1): nie są kandydatami do zwrotu, po jednym wierszu</translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s) are among them: past the first %1, candidates are not set out in full. Report chosen items to see them in full.</source>
        <translation>
            <numerusform>Jest wśród nich %n kandydat do zwrotu: powyżej pierwszych %1 kandydaci nie są przedstawiani w całości. Aby zobaczyć ich w całości, utwórz raport dla wybranych pozycji.</numerusform>
            <numerusform>Są wśród nich %n kandydaci do zwrotu: powyżej pierwszych %1 kandydaci nie są przedstawiani w całości. Aby zobaczyć ich w całości, utwórz raport dla wybranych pozycji.</numerusform>
            <numerusform>Jest wśród nich %n kandydatów do zwrotu: powyżej pierwszych %1 kandydaci nie są przedstawiani w całości. Aby zobaczyć ich w całości, utwórz raport dla wybranych pozycji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 · item %2 · %3 · %4 · %5 · %6</source>
        <translation>Zamówienie %1 · pozycja %2 · %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source>Refund case report</source>
        <translation>Raport sprawy zwrotu</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>Agent&apos;s account</source>
        <translation>Konto agenta</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>none (the server was named directly)</source>
        <translation>brak (serwer podano bezpośrednio)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (produkcja)</translation>
    </message>
    <message>
        <source>%1 (not production)</source>
        <translation>%1 (nie produkcja)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Pobrano</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Worked out as of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Worked out at</source>
        <translation>Ustalono</translation>
    </message>
    <message>
        <source>%1 (time zone %2)</source>
        <translation>%1 (strefa czasowa %2)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the default policy</source>
        <translation>zasady domyślne</translation>
    </message>
    <message>
        <source>the affiliate&apos;s policy</source>
        <translation>zasady partnera</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Zakres raportu</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>%1 by FilmFlex Agent Console %2</source>
        <translation>%1 (FilmFlex Agent Console %2)</translation>
    </message>
    <message>
        <source>Billing details (included at the agent&apos;s request)</source>
        <translation>Dane rozliczeniowe (dołączone na prośbę agenta)</translation>
    </message>
    <message>
        <source>Reported in full</source>
        <translation>Przedstawione w całości</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>brak zapisów</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Order %1 · item %2 · “%3”</source>
        <translation>Zamówienie %1 · pozycja %2 · „%3”</translation>
    </message>
    <message>
        <source>Supplier reference %1; price %2; payment transaction %3; refund transaction %4.</source>
        <translation>Referencja dostawcy %1; cena %2; transakcja płatności %3; transakcja zwrotu %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2</source>
        <translation>Ocena: %1 — %2</translation>
    </message>
    <message>
        <source>To read out:</source>
        <translation>Do odczytania klientowi:</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Kiedy (%1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>API field</source>
        <translation>Pole API</translation>
    </message>
    <message>
        <source>As the API sent it</source>
        <translation>Wartość z API</translation>
    </message>
    <message>
        <source>Not known: nothing.</source>
        <translation>Nieznane: nic.</translation>
    </message>
    <message>
        <source>Not known:
%1</source>
        <translation>Nieznane:
%1</translation>
    </message>
    <message>
        <source>Decision: none recorded yet.</source>
        <translation>Decyzja: jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Evidence for a refund</source>
        <translation>Dowody za zwrotem</translation>
    </message>
    <message>
        <source>Needs a person&apos;s judgement</source>
        <translation>Wymaga decyzji człowieka</translation>
    </message>
    <message>
        <source>Evidence against a refund</source>
        <translation>Dowody przeciw zwrotowi</translation>
    </message>
    <message>
        <source>Weighed by no rule</source>
        <translation>Nieuwzględnione przez żadną regułę</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Nie znaleziono.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pieniądze</translation>
    </message>
    <message>
        <source>Nothing was reported.</source>
        <translation>Brak danych o płatnościach.</translation>
    </message>
    <message numerus="yes">
        <source>In %1: %2 paid over %n order(s), of which %3 refunded.</source>
        <translation>
            <numerusform>W %1: zapłacono %2 w %n zamówieniu, z czego zwrócono %3.</numerusform>
            <numerusform>W %1: zapłacono %2 w %n zamówieniach, z czego zwrócono %3.</numerusform>
            <numerusform>W %1: zapłacono %2 w %n zamówieniach, z czego zwrócono %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown currency</source>
        <translation>nieznanej walucie</translation>
    </message>
    <message numerus="yes">
        <source>Never paid (pending, failed or cancelled), so not in that sum: %n order(s), %1.</source>
        <translation>
            <numerusform>Nigdy nieopłacone (oczekujące, nieudane lub anulowane), więc nieuwzględnione w tej sumie: %n zamówienie, %1.</numerusform>
            <numerusform>Nigdy nieopłacone (oczekujące, nieudane lub anulowane), więc nieuwzględnione w tej sumie: %n zamówienia, %1.</numerusform>
            <numerusform>Nigdy nieopłacone (oczekujące, nieudane lub anulowane), więc nieuwzględnione w tej sumie: %n zamówień, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some item had no price, so these sums are not the whole story.</source>
        <translation>Niektóre pozycje nie mają ceny, więc te sumy nie mówią wszystkiego.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Refund transaction</source>
        <translation>Transakcja zwrotu</translation>
    </message>
    <message>
        <source>Recorded in this console&apos;s audit log for this customer</source>
        <translation>Zapisane w dzienniku audytu tej konsoli dla tego klienta</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Nie można odczytać dziennika audytu: %1</translation>
    </message>
    <message>
        <source>Decisions: none.</source>
        <translation>Decyzje: brak.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Verdict then</source>
        <translation>Ówczesna ocena</translation>
    </message>
    <message>
        <source>Writes: none.</source>
        <translation>Zmiany: brak.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Co wysłano</translation>
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
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Brak pozycji.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1.</source>
        <translation>
            <numerusform>%n pozycja: %1.</numerusform>
            <numerusform>%n pozycje: %1.</numerusform>
            <numerusform>%n pozycji: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund case: customer %1, affiliate %2</source>
        <translation>Sprawa zwrotu: klient %1, partner %2</translation>
    </message>
    <message>
        <source>Refund case %3: customer %1, affiliate %2</source>
        <translation>Sprawa zwrotu %3: klient %1, partner %2</translation>
    </message>
    <message>
        <source>Order %1, item %2, “%3” (%4): %5. %6.</source>
        <translation>Zamówienie %1, pozycja %2, „%3” (%4): %5. %6.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Nie zapisano jeszcze decyzji.</translation>
    </message>
    <message>
        <source>Decisions not known: the audit log could not be read.</source>
        <translation>Decyzje nieznane: nie można odczytać dziennika audytu.</translation>
    </message>
    <message>
        <source>Price %1; payment transaction %2; refund transaction %3.</source>
        <translation>Cena %1; transakcja płatności %2; transakcja zwrotu %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) reported in full are in the PDF and the CSV.</source>
        <translation>
            <numerusform>Jeszcze %n pozycja przedstawiona w całości jest w pliku PDF i CSV.</numerusform>
            <numerusform>Jeszcze %n pozycje przedstawione w całości są w pliku PDF i CSV.</numerusform>
            <numerusform>Jeszcze %n pozycji przedstawionych w całości jest w pliku PDF i CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refund candidate(s) are in the PDF on a line each and in the CSV.</source>
        <translation>
            <numerusform>Jeszcze %n kandydat do zwrotu jest w pliku PDF (w osobnym wierszu) i w CSV.</numerusform>
            <numerusform>Jeszcze %n kandydaci do zwrotu są w pliku PDF (każdy w osobnym wierszu) i w CSV.</numerusform>
            <numerusform>Jeszcze %n kandydatów do zwrotu jest w pliku PDF (każdy w osobnym wierszu) i w CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) are not refund candidates and are not listed here.</source>
        <translation>
            <numerusform>%n inna pozycja nie jest kandydatem do zwrotu; nie wymieniono jej tutaj.</numerusform>
            <numerusform>%n inne pozycje nie są kandydatami do zwrotu; nie wymieniono ich tutaj.</numerusform>
            <numerusform>%n innych pozycji nie jest kandydatami do zwrotu; nie wymieniono ich tutaj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paid in %1: %2 over %n order(s), of which %3 refunded.</source>
        <translation>
            <numerusform>Zapłacono w %1: %2 w %n zamówieniu, z czego zwrócono %3.</numerusform>
            <numerusform>Zapłacono w %1: %2 w %n zamówieniach, z czego zwrócono %3.</numerusform>
            <numerusform>Zapłacono w %1: %2 w %n zamówieniach, z czego zwrócono %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Nie można odczytać dziennika audytu: %1</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1, account %2, no profile.</source>
        <translation>FilmFlex Agent Console %1, konto %2, bez profilu.</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1, account %2, profile %3.</source>
        <translation>FilmFlex Agent Console %1, konto %2, profil %3.</translation>
    </message>
    <message>
        <source>Worked out as of %1, under the default policy.</source>
        <translation>Stan na: %1, według zasad domyślnych.</translation>
    </message>
    <message>
        <source>Worked out as of %1, under the affiliate&apos;s policy.</source>
        <translation>Stan na: %1, według zasad partnera.</translation>
    </message>
    <message>
        <source>Worked out at %1, under the default policy.</source>
        <translation>Ustalono: %1, według zasad domyślnych.</translation>
    </message>
    <message>
        <source>Worked out at %1, under the affiliate&apos;s policy.</source>
        <translation>Ustalono: %1, według zasad partnera.</translation>
    </message>
</context>
<context>
    <name>ff::CertificateProblem</name>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation>podmiot %1; wystawca %2; ważny od %3 do %4; SHA-256 %5</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2. A certificate for another name is never trusted: the address may be wrong, or someone may be in between.</source>
        <translation>Certyfikat jest dla %1, a nie dla %2. Certyfikat dla innej nazwy nigdy nie jest zaufany: adres może być błędny albo ktoś może przechwytywać połączenie.</translation>
    </message>
    <message>
        <source>%1. Only a certificate whose issuer is unknown here (self-signed, or from an internal certificate authority) can be trusted; this one cannot.</source>
        <translation>%1. Zaufać można tylko certyfikatowi, którego wystawca jest tu nieznany (samodzielnie podpisanemu lub z wewnętrznego urzędu certyfikacji); temu nie można.</translation>
    </message>
</context>
<context>
    <name>ff::ContentDecoding</name>
    <message>
        <source>the decompressor could not start</source>
        <translation>nie można uruchomić dekompresji</translation>
    </message>
    <message>
        <source>the response inflates to more than the %1 MB limit</source>
        <translation>odpowiedź po rozpakowaniu przekracza limit %1 MB</translation>
    </message>
    <message>
        <source>the compressed response is damaged or cut short</source>
        <translation>skompresowana odpowiedź jest uszkodzona lub niepełna</translation>
    </message>
    <message>
        <source>the response is encoded as &quot;%1&quot;, which is not understood</source>
        <translation>odpowiedź jest zakodowana jako &quot;%1&quot;, czego program nie obsługuje</translation>
    </message>
</context>
<context>
    <name>ff::CredentialStore</name>
    <message>
        <source>no secret is stored for this profile</source>
        <translation>dla tego profilu nie zapisano sekretu</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>pęk kluczy jest niedostępny (%1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>pęk kluczy odmówił dostępu (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>błąd pęku kluczy (%1)</translation>
    </message>
    <message>
        <source>the profile is not saved yet</source>
        <translation>profil nie jest jeszcze zapisany</translation>
    </message>
</context>
<context>
    <name>ff::CurrencyTotalsModel</name>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (niepełne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Incomplete: some purchases have no amount, or the sum is too large</source>
        <translation>Niepełne: niektóre zakupy nie mają kwoty albo suma jest za duża</translation>
    </message>
</context>
<context>
    <name>ff::CustomerInvestigation</name>
    <message>
        <source>Only the orders were read: the platform&apos;s expiry, how far it played, box-set children and the offer&apos;s terms are not known here.</source>
        <translation>Odczytano tylko zamówienia: data wygaśnięcia na platformie, miejsce odtwarzania, tytuły podrzędne zestawu i warunki oferty nie są tu znane.</translation>
    </message>
</context>
<context>
    <name>ff::DecisionRecords</name>
    <message>
        <source>there is no audit log to record it in</source>
        <translation>nie ma dziennika audytu, w którym można ją zapisać</translation>
    </message>
    <message>
        <source>Refund granted</source>
        <translation>Zwrot przyznany</translation>
    </message>
    <message>
        <source>Refund declined</source>
        <translation>Zwrot odrzucony</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalowano</translation>
    </message>
    <message>
        <source>Last decision: %1, on %2 by %3 (ticket %4): “%5”. Decided on the verdict “%6” (%7) as of %8.</source>
        <translation>Ostatnia decyzja: %1 (%2, agent %3, zgłoszenie %4): „%5”. Podjęta przy ocenie „%6” (%7), stan na %8.</translation>
    </message>
</context>
<context>
    <name>ff::DisplayFormat</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
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
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Ref. dostawcy</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>ID pozycji</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Persistent and transient</source>
        <translation>Trwała i tymczasowa</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Trwała</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Tymczasowa</translation>
    </message>
    <message>
        <source>None issued</source>
        <translation>Nie wydano</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>potwierdzono odbiór</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>nie potwierdzono odbioru</translation>
    </message>
    <message>
        <source>Issued: %1, %2</source>
        <translation>Wydano: %1, %2</translation>
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
        <translation>Identyfikacja</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Dane rozliczeniowe</translation>
    </message>
    <message>
        <source>Is purchase allowed</source>
        <translation>Zakupy dozwolone</translation>
    </message>
    <message>
        <source>Is purchase order required</source>
        <translation>Wymagany numer zamówienia</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Response data</source>
        <translation>Dane odpowiedzi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Komórka</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Date purchased</source>
        <translation>Data zakupu</translation>
    </message>
    <message>
        <source>Gross total</source>
        <translation>Kwota brutto</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numer faktury</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Kwota netto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>Typ zakupu</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Entitlement type</source>
        <translation>Typ uprawnienia</translation>
    </message>
    <message>
        <source>Rental expiry time</source>
        <translation>Wygaśnięcie wypożyczenia</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Ostatnie miejsce odtwarzania</translation>
    </message>
    <message>
        <source>Registered registered device</source>
        <translation>Zarejestrowane urządzenie</translation>
    </message>
    <message>
        <source>Transient licence issued</source>
        <translation>Wydano licencję tymczasową</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Element multimedialny</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Zasoby multimedialne</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Uprawnienia podrzędne</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Uprawnienie nadrzędne</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryte</translation>
    </message>
    <message>
        <source>Po created date</source>
        <translation>Data utworzenia zamówienia</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Purchase order id</source>
        <translation>ID zamówienia</translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation>ID oferty</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Ref. dostawcy</translation>
    </message>
    <message>
        <source>Time of first play</source>
        <translation>Pierwsze odtworzenie</translation>
    </message>
    <message>
        <source>Rental time</source>
        <translation>Czas wypożyczenia</translation>
    </message>
    <message>
        <source>View time</source>
        <translation>Czas oglądania</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>BBFC rating</source>
        <translation>Klasyfikacja BBFC</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Requires pre roll</source>
        <translation>Wymaga reklamy przed filmem (pre-roll)</translation>
    </message>
    <message>
        <source>Persistent licence issued</source>
        <translation>Wydano licencję trwałą</translation>
    </message>
    <message>
        <source>Is DTR</source>
        <translation>Wypożyczenie z pobraniem (DTR)</translation>
    </message>
    <message>
        <source>Supported devices</source>
        <translation>Obsługiwane urządzenia</translation>
    </message>
    <message>
        <source>DRM profile</source>
        <translation>Profil DRM</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>Potwierdzenie odbioru licencji</translation>
    </message>
    <message>
        <source>Entitlement type id</source>
        <translation>ID typu uprawnienia</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Uri</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Furniture type</source>
        <translation>Typ grafiki</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID użytkownika</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Typ zasobu</translation>
    </message>
    <message>
        <source>Material title</source>
        <translation>Tytuł materiału</translation>
    </message>
    <message>
        <source>Media uri</source>
        <translation>URI multimediów</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID klucza</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Proporcje obrazu</translation>
    </message>
    <message>
        <source>Transcode type id</source>
        <translation>ID typu transkodowania</translation>
    </message>
    <message>
        <source>Transcode type description</source>
        <translation>Opis typu transkodowania</translation>
    </message>
    <message>
        <source>Supplier reference</source>
        <translation>Referencja dostawcy</translation>
    </message>
    <message>
        <source>Sort title</source>
        <translation>Tytuł do sortowania</translation>
    </message>
    <message>
        <source>Title keywords</source>
        <translation>Słowa kluczowe tytułu</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Rok wydania</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Kategoria wiekowa</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Obsada</translation>
    </message>
    <message>
        <source>Newsletter synopsis</source>
        <translation>Opis do newslettera</translation>
    </message>
    <message>
        <source>Trailer uri</source>
        <translation>URI zwiastuna</translation>
    </message>
    <message>
        <source>Furniture base url</source>
        <translation>Bazowy URL grafik</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Grafiki</translation>
    </message>
    <message>
        <source>External identifiers</source>
        <translation>Identyfikatory zewnętrzne</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>Audio description available</source>
        <translation>Dostępna audiodeskrypcja</translation>
    </message>
    <message>
        <source>Start availability</source>
        <translation>Początek dostępności</translation>
    </message>
    <message>
        <source>End availability</source>
        <translation>Koniec dostępności</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Asset type id</source>
        <translation>ID typu zasobu</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Typ oferty</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Ref. sprzedawcy</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID klienta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Create date</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Purchase order item dtos</source>
        <translation>Pozycje zamówienia</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Operator płatności</translation>
    </message>
    <message>
        <source>Payment provider customer id</source>
        <translation>ID klienta u operatora płatności</translation>
    </message>
    <message>
        <source>Payment provider transaction id</source>
        <translation>ID transakcji u operatora płatności</translation>
    </message>
    <message>
        <source>Payment provider refund trans id</source>
        <translation>ID transakcji zwrotu u operatora płatności</translation>
    </message>
    <message>
        <source>Offer type id</source>
        <translation>ID typu oferty</translation>
    </message>
    <message>
        <source>Shipping ids</source>
        <translation>ID wysyłek</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Time user first streamed</source>
        <translation>Pierwszy streaming</translation>
    </message>
    <message>
        <source>Time user first downloaded</source>
        <translation>Pierwsze pobranie</translation>
    </message>
    <message>
        <source>Device id of first play</source>
        <translation>ID urządzenia pierwszego odtworzenia</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Odziedziczone</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Device type id</source>
        <translation>ID typu urządzenia</translation>
    </message>
    <message>
        <source>Device type name</source>
        <translation>Nazwa typu urządzenia</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nazwa urządzenia</translation>
    </message>
    <message>
        <source>Updated date</source>
        <translation>Data aktualizacji</translation>
    </message>
    <message>
        <source>Is active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID aplikacji klienckiej</translation>
    </message>
    <message>
        <source>Can delete</source>
        <translation>Można usunąć</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Kod błędu</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Przyczyna błędu</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Typ urządzenia</translation>
    </message>
    <message>
        <source>Downloadable</source>
        <translation>Do pobrania</translation>
    </message>
    <message>
        <source>Streamable</source>
        <translation>Do streamingu</translation>
    </message>
</context>
<context>
    <name>ff::InvestigationCells</name>
    <message>
        <source>%1 · %2 left to start</source>
        <translation>%1 · %2 na rozpoczęcie</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · zostało %2</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · %2 temu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandydat</numerusform>
            <numerusform>%n kandydaci</numerusform>
            <numerusform>%n kandydatów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ItemFacts</name>
    <message>
        <source>The order names no offer type, so whether it is a rental or bought to keep is unknown.</source>
        <translation>Zamówienie nie podaje typu oferty, więc nie wiadomo, czy to wypożyczenie, czy zakup na własność.</translation>
    </message>
    <message>
        <source>The title&apos;s length &quot;%1&quot; cannot be read.</source>
        <translation>Nie można odczytać długości tytułu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The title&apos;s length is unknown.</source>
        <translation>Długość tytułu jest nieznana.</translation>
    </message>
    <message>
        <source>The platform has no current entitlement for this title, so its expiry, how far it played and its offers are unknown.</source>
        <translation>Platforma nie ma obecnego uprawnienia do tego tytułu, więc data wygaśnięcia, miejsce odtwarzania i oferty są nieznane.</translation>
    </message>
    <message>
        <source>The entitlement could not be read (%1), so the platform&apos;s expiry, how far it played and the offers are unknown.</source>
        <translation>Nie można odczytać uprawnienia (%1), więc data wygaśnięcia na platformie, miejsce odtwarzania i oferty są nieznane.</translation>
    </message>
    <message>
        <source>The platform&apos;s current entitlement for this title is another item&apos;s (%1), so this item&apos;s expiry, how far it played, box-set children and offers are unknown.</source>
        <translation>Obecne uprawnienie do tego tytułu na platformie należy do innej pozycji (%1), więc data wygaśnięcia tej pozycji, miejsce odtwarzania, tytuły podrzędne zestawu i oferty są nieznane.</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>brak ID</translation>
    </message>
    <message>
        <source>Neither the item nor its order says when it was bought.</source>
        <translation>Ani pozycja, ani jej zamówienie nie podają daty zakupu.</translation>
    </message>
</context>
<context>
    <name>ff::ItemStateAt</name>
    <message>
        <source>The order says it was bought to keep, but its entitlement&apos;s type is &quot;%1&quot;.</source>
        <translation>Zamówienie podaje zakup na własność, ale typ uprawnienia to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The order says it is a rental, but its entitlement&apos;s type is &quot;%1&quot;.</source>
        <translation>Zamówienie podaje wypożyczenie, ale typ uprawnienia to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The order&apos;s offer type &quot;%1&quot; says it was bought to keep, but the item is marked Download-To-Rent (IsDtr), which is a rental.</source>
        <translation>Typ oferty w zamówieniu &quot;%1&quot; oznacza zakup na własność, ale pozycja jest oznaczona jako Download-To-Rent (IsDtr), czyli wypożyczenie.</translation>
    </message>
    <message>
        <source>Whether it is a rental or bought to keep is unknown: the order names no offer type.</source>
        <translation>Nie wiadomo, czy to wypożyczenie, czy zakup na własność: zamówienie nie podaje typu oferty.</translation>
    </message>
</context>
<context>
    <name>ff::JsonReader</name>
    <message>
        <source>the JSON ends too soon (truncated?)</source>
        <translation>JSON kończy się za wcześnie (ucięty?)</translation>
    </message>
    <message>
        <source>the text is %1: it starts with that encoding&apos;s byte-order mark (BOM), and JSON is read only as UTF-8 (save it as UTF-8)</source>
        <translation>tekst jest w kodowaniu %1: zaczyna się od znacznika kolejności bajtów (BOM) tego kodowania, a JSON jest odczytywany tylko jako UTF-8 (zapisz go jako UTF-8)</translation>
    </message>
    <message>
        <source>there is more after the JSON value</source>
        <translation>po wartości JSON jest jeszcze coś</translation>
    </message>
    <message>
        <source>the body is too large to read</source>
        <translation>treść jest za duża do odczytania</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>oczekiwano liczby całkowitej, otrzymano: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ciąg znaków</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>liczba dziesiętna</translation>
    </message>
    <message>
        <source>%1 is not a decimal within .NET&apos;s range and precision</source>
        <translation>%1 nie jest liczbą dziesiętną w zakresie i precyzji .NET</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date, got %1</source>
        <translation>oczekiwano daty ISO 8601, otrzymano: %1</translation>
    </message>
    <message>
        <source>a time interval</source>
        <translation>przedział czasu</translation>
    </message>
    <message>
        <source>expected a time interval such as &quot;1.02:03:04.5&quot;, got %1</source>
        <translation>oczekiwano przedziału czasu, np. &quot;1.02:03:04.5&quot;, otrzymano: %1</translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>expected a GUID, got %1</source>
        <translation>oczekiwano identyfikatora GUID, otrzymano: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>oczekiwano tablicy, otrzymano: %1</translation>
    </message>
    <message>
        <source>&quot;$ref&quot; refers to an object that contains it</source>
        <translation>&quot;$ref&quot; odwołuje się do obiektu, który go zawiera</translation>
    </message>
    <message>
        <source>objects and arrays are nested more than %1 deep</source>
        <translation>obiekty i tablice przekraczają limit zagnieżdżenia (%1)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>oczekiwano: %1, otrzymano: %2</translation>
    </message>
    <message>
        <source>&quot;$values&quot; appears twice</source>
        <translation>&quot;$values&quot; występuje dwukrotnie</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>tablica</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <source>expected a reference id, got %1</source>
        <translation>oczekiwano ID odwołania, otrzymano: %1</translation>
    </message>
    <message>
        <source>&quot;$ref&quot; references repeat more than %1 objects</source>
        <translation>odwołania &quot;$ref&quot; powtarzają więcej obiektów niż limit (%1)</translation>
    </message>
    <message>
        <source>&quot;$ref&quot;: &quot;%1&quot; names no object read before it</source>
        <translation>&quot;$ref&quot;: &quot;%1&quot; wskazuje obiekt, którego wcześniej nie odczytano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>wartość logiczna</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation>nieznana wartość</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>tekst nie jest poprawnym UTF-8</translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation>obiekty i tablice są zagnieżdżone zbyt głęboko</translation>
    </message>
    <message>
        <source>the body is empty, where JSON was expected</source>
        <translation>treść jest pusta, a oczekiwano JSON</translation>
    </message>
    <message>
        <source>a string is malformed</source>
        <translation>ciąg znaków jest nieprawidłowy</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>to nie jest poprawny JSON</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>liczba jest nieprawidłowa</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>to nie jest poprawny JSON (%1)</translation>
    </message>
</context>
<context>
    <name>ff::LowSpeedGuard</name>
    <message>
        <source>the answer came too slowly: %1 bytes in the last %2 s, less than %3 bytes a second</source>
        <translation>odpowiedź napływała zbyt wolno: %1 B w ciągu ostatnich %2 s, mniej niż %3 B/s</translation>
    </message>
</context>
<context>
    <name>ff::MoneyInput</name>
    <message>
        <source>Enter an amount, such as %1.</source>
        <translation>Wpisz kwotę, np. %1.</translation>
    </message>
    <message>
        <source>Type the amount without a sign, such as %1: a price is never negative.</source>
        <translation>Wpisz kwotę bez znaku, np. %1: cena nigdy nie jest ujemna.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of an amount: type digits, such as %2.</source>
        <translation>„%1” nie może być częścią kwoty: wpisz cyfry, np. %2.</translation>
    </message>
    <message>
        <source>Type the amount without its currency (it is in %1), such as %2.</source>
        <translation>Wpisz kwotę bez waluty (jest w %1), np. %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type digits, such as %2.</source>
        <translation>„%1” nie jest kwotą: wpisz cyfry, np. %2.</translation>
    </message>
    <message>
        <source>An amount has at most %1 decimal places, such as %2.</source>
        <translation>Za dużo cyfr po przecinku: dozwolone najwyżej %1, np. %2.</translation>
    </message>
    <message>
        <source>An amount in %1 has no decimals: type whole units, such as %2.</source>
        <translation>Kwota w %1 nie ma części dziesiętnej: wpisz pełne jednostki, np. %2.</translation>
    </message>
    <message>
        <source>An amount in %1 has at most %2 decimal places, such as %3.</source>
        <translation>Za dużo cyfr po przecinku: kwota w %1 może mieć najwyżej %2, np. %3.</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount.</source>
        <translation>„%1” to za duża kwota.</translation>
    </message>
    <message>
        <source>Your language settings write “%1” before the decimals: write %2.</source>
        <translation>W Twoich ustawieniach języka część dziesiętną poprzedza „%1”: wpisz %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount as your language settings write it: write %2.</source>
        <translation>„%1” nie jest kwotą w zapisie zgodnym z Twoimi ustawieniami języka: wpisz %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount as your language settings write it: write %2 or %3.</source>
        <translation>„%1” nie jest kwotą w zapisie zgodnym z Twoimi ustawieniami języka: wpisz %2 lub %3.</translation>
    </message>
</context>
<context>
    <name>ff::MonthlySpendModel</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n purchase(s))</source>
        <translation>
            <numerusform>%1: %2 (%n zakup)</numerusform>
            <numerusform>%1: %2 (%n zakupy)</numerusform>
            <numerusform>%1: %2 (%n zakupów)</numerusform>
        </translation>
    </message>
    <message>
        <source>(incomplete: the sum is too large)</source>
        <translation>(niepełne: suma jest za duża)</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a date are not in the chart.</source>
        <translation>
            <numerusform>Wykres nie uwzględnia %n zakupu bez daty.</numerusform>
            <numerusform>Wykres nie uwzględnia %n zakupów bez daty.</numerusform>
            <numerusform>Wykres nie uwzględnia %n zakupów bez daty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a gross amount are not in the chart.</source>
        <translation>
            <numerusform>Wykres nie uwzględnia %n zakupu bez kwoty brutto.</numerusform>
            <numerusform>Wykres nie uwzględnia %n zakupów bez kwoty brutto.</numerusform>
            <numerusform>Wykres nie uwzględnia %n zakupów bez kwoty brutto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
</context>
<context>
    <name>ff::NewItemRules</name>
    <message>
        <source>must be a positive number</source>
        <translation>wymagana liczba dodatnia</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>wartość nie może być pusta</translation>
    </message>
    <message>
        <source>cannot be &quot;.&quot; or &quot;..&quot;</source>
        <translation>wartość nie może być &quot;.&quot; ani &quot;..&quot;</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wartość jest wymagana</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>wartość nie może być ujemna</translation>
    </message>
    <message>
        <source>is %1, but the item is being added to order %2</source>
        <translation>wartość to %1, a pozycja jest dodawana do zamówienia %2</translation>
    </message>
</context>
<context>
    <name>ff::PathSegment</name>
    <message>
        <source>%1 is empty</source>
        <translation>brak wartości: %1</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;: it would not survive as a path segment</source>
        <translation>%1: wartość &quot;%2&quot; jest niedozwolona, bo nie może być częścią ścieżki URL</translation>
    </message>
</context>
<context>
    <name>ff::PrivateFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>ff::ProfileStore</name>
    <message>
        <source>Profile “%1”: its proxy had a user name or password saved in the settings file. Proxy authentication is not supported, so they were removed; the proxy %2 is used without them.</source>
        <translation>Profil „%1”: dla serwera proxy w pliku ustawień zapisano nazwę użytkownika lub hasło. Uwierzytelnianie proxy nie jest obsługiwane, więc je usunięto; proxy %2 jest używany bez nich.</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”: %n certificate(s) trusted by fingerprint alone are no longer trusted, because trust is now given for one server (host and port). When the server&apos;s certificate is shown, review it and trust it again if it is expected.</source>
        <translation>
            <numerusform>Profil „%1”: %n certyfikat zaufany tylko na podstawie odcisku nie jest już zaufany, bo zaufanie dotyczy teraz jednego serwera (host i port). Gdy pojawi się certyfikat serwera, sprawdź go i zaufaj mu ponownie, jeśli jest oczekiwany.</numerusform>
            <numerusform>Profil „%1”: %n certyfikaty zaufane tylko na podstawie odcisku nie są już zaufane, bo zaufanie dotyczy teraz jednego serwera (host i port). Gdy pojawi się certyfikat serwera, sprawdź go i zaufaj mu ponownie, jeśli jest oczekiwany.</numerusform>
            <numerusform>Profil „%1”: %n certyfikatów zaufanych tylko na podstawie odcisku nie jest już zaufanych, bo zaufanie dotyczy teraz jednego serwera (host i port). Gdy pojawi się certyfikat serwera, sprawdź go i zaufaj mu ponownie, jeśli jest oczekiwany.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::PurchaseOrderModel</name>
    <message>
        <source>Order %1</source>
        <translation>Zamówienie %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Pozycja %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Order / item</source>
        <translation>Zamówienie / pozycja</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>When the order or item was created, in your time zone</source>
        <translation>Kiedy utworzono zamówienie lub pozycję, w Twojej strefie czasowej</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Typ oferty</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Ref. dostawcy</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>An item&apos;s price; on an order, its items&apos; prices added up</source>
        <translation>Cena pozycji; przy zamówieniu suma cen jego pozycji</translation>
    </message>
    <message>
        <source>Rental (days)</source>
        <translation>Wypoż. (dni)</translation>
    </message>
    <message>
        <source>Days from the order until the rental ends</source>
        <translation>Liczba dni od zamówienia do końca wypożyczenia</translation>
    </message>
    <message>
        <source>View (hours)</source>
        <translation>Oglądanie (h)</translation>
    </message>
    <message>
        <source>Hours from the first play until the rental ends</source>
        <translation>Liczba godzin od pierwszego odtworzenia do końca wypożyczenia</translation>
    </message>
    <message>
        <source>First play</source>
        <translation>Pierwsze odtw.</translation>
    </message>
    <message>
        <source>Licence ack.</source>
        <translation>Potw. licencji</translation>
    </message>
    <message>
        <source>Whether a device acknowledged receiving the licence</source>
        <translation>Czy urządzenie potwierdziło odbiór licencji</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Operator płatności</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>ID transakcji</translation>
    </message>
    <message>
        <source>The payment provider&apos;s transaction; an item without its own shows its order&apos;s</source>
        <translation>Transakcja u operatora płatności; pozycja bez własnej pokazuje transakcję zamówienia</translation>
    </message>
    <message>
        <source>Refund transaction id</source>
        <translation>ID transakcji zwrotu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Where the item stands: not started, active, expired, owned, refunded; with the time left or since</source>
        <translation>Na jakim etapie jest pozycja: nierozpoczęta, aktywna, wygasła, na własność, zwrócona; z pozostałym lub upływającym czasem</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Whether a refund is due, needs a person&apos;s review, or is not due; on an order, its refund candidates</source>
        <translation>Czy zwrot jest należny, wymaga sprawdzenia przez człowieka, czy jest nienależny; przy zamówieniu jego kandydaci do zwrotu</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Sygnały</translation>
    </message>
    <message>
        <source>The facts about the item that bear on a refund</source>
        <translation>Fakty o pozycji, które mają znaczenie dla zwrotu</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Brak pozycji</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::PurchaseSignals</name>
    <message>
        <source>Offer %1 is not among the title&apos;s offers, so the terms it was sold on cannot be checked.</source>
        <translation>Oferty %1 nie ma wśród ofert tytułu, więc nie można sprawdzić warunków, na jakich ją sprzedano.</translation>
    </message>
    <message>
        <source>Offer %1 was not on sale at the purchase instant, so the terms it was sold on cannot be checked.</source>
        <translation>Oferta %1 nie była w sprzedaży w chwili zakupu, więc nie można sprawdzić warunków, na jakich ją sprzedano.</translation>
    </message>
</context>
<context>
    <name>ff::RefundPolicyJson</name>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>oczekiwano liczby całkowitej od %1 do %2</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>oczekiwano tablicy ciągów znaków</translation>
    </message>
    <message>
        <source>expected an array of strings, none of them empty</source>
        <translation>oczekiwano tablicy niepustych ciągów znaków</translation>
    </message>
    <message>
        <source>expected an array of whole numbers</source>
        <translation>oczekiwano tablicy liczb całkowitych</translation>
    </message>
    <message>
        <source>expected an object of signal names and weights</source>
        <translation>oczekiwano obiektu z nazwami sygnałów i wagami</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal</source>
        <translation>&quot;%1&quot; nie jest sygnałem</translation>
    </message>
    <message>
        <source>&quot;already-refunded&quot; has no weight: the state decides</source>
        <translation>&quot;already-refunded&quot; nie ma wagi: decyduje stan</translation>
    </message>
    <message>
        <source>the weight of &quot;%1&quot; must be &quot;supports&quot;, &quot;review&quot; or &quot;opposes&quot;</source>
        <translation>waga &quot;%1&quot; musi mieć wartość &quot;supports&quot;, &quot;review&quot; lub &quot;opposes&quot;</translation>
    </message>
    <message>
        <source>the policy is not valid JSON: %1 (at byte %2)</source>
        <translation>zasady nie są poprawnym JSON: %1 (bajt %2)</translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation>zasady muszą być obiektem JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy setting</source>
        <translation>&quot;%1&quot; nie jest ustawieniem zasad</translation>
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
        <translation>%1 o %2 %3</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>%1, %2 na rozpoczęcie</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, zostało %2</translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation>%1, %2 temu</translation>
    </message>
    <message>
        <source>You bought it on %1; it has not been played or downloaded on any device.</source>
        <translation>Data zakupu: %1. Tytuł nie był jeszcze odtwarzany ani pobierany na żadnym urządzeniu.</translation>
    </message>
    <message>
        <source>You rented it on %1; it has not been played or downloaded on any device.</source>
        <translation>Data wypożyczenia: %1. Tytuł nie był jeszcze odtwarzany ani pobierany na żadnym urządzeniu.</translation>
    </message>
    <message>
        <source>The rental ended on %1 without being played or downloaded.</source>
        <translation>Koniec wypożyczenia: %1. Tytuł nie był odtwarzany ani pobierany.</translation>
    </message>
    <message>
        <source>A licence was issued on %1, but no device confirmed receiving it, and nothing was played or downloaded.</source>
        <translation>Wydanie licencji: %1. Żadne urządzenie nie potwierdziło jej odbioru, a tytuł nie był odtwarzany ani pobierany.</translation>
    </message>
    <message>
        <source>It was streamed on %1 and stopped after %2.</source>
        <translation>Tytuł oglądano online: %1; odtwarzanie przerwano po %2.</translation>
    </message>
    <message>
        <source>It played to %1 of %2.</source>
        <translation>Odtwarzanie dotarło do %1 z %2.</translation>
    </message>
    <message>
        <source>Order %1 was already refunded (reference %2); the refund covers every item in it.</source>
        <translation>Za zamówienie %1 już zwrócono pieniądze (numer %2); zwrot obejmuje wszystkie jego pozycje.</translation>
    </message>
    <message>
        <source>Order %1 is marked refunded; the refund covers every item in it.</source>
        <translation>Zamówienie %1 jest oznaczone jako zwrócone; zwrot obejmuje wszystkie jego pozycje.</translation>
    </message>
    <message>
        <source>The records&apos; times do not fit together (a licence, play or download before the purchase or before the licence), so a clock may be wrong.</source>
        <translation>Czasy w zapisach do siebie nie pasują (licencja, odtworzenie lub pobranie przed zakupem albo przed licencją), więc któryś zegar może się mylić.</translation>
    </message>
    <message>
        <source>You already owned this title (order %1, bought on %2).</source>
        <translation>Ten tytuł był już wcześniej kupiony na własność (zamówienie %1, data zakupu: %2).</translation>
    </message>
    <message>
        <source>You already had this title on rental (order %1, rented on %2, running until %3).</source>
        <translation>Ten tytuł był już wypożyczony (zamówienie %1, data wypożyczenia: %2, ważne do: %3).</translation>
    </message>
    <message>
        <source>Neither copy has been played or downloaded.</source>
        <translation>Żadna z kopii nie była odtwarzana ani pobierana.</translation>
    </message>
    <message>
        <source>This copy, bought on %1, has not been played or downloaded.</source>
        <translation>Ta kopia (data zakupu: %1) nie była odtwarzana ani pobierana.</translation>
    </message>
    <message>
        <source>The earlier one was never played or downloaded.</source>
        <translation>Wcześniejsza kopia nigdy nie była odtwarzana ani pobierana.</translation>
    </message>
    <message>
        <source>Both copies have been played or downloaded.</source>
        <translation>Obie kopie były odtwarzane lub pobierane.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You paid %1; offer %2 on sale at the time was %3.</source>
        <translation>Zapłacono %1; oferta %2 dostępna wtedy w sprzedaży kosztowała %3.</translation>
    </message>
    <message>
        <source>The rental was given %1 d to start; offer %2 on sale at the time gave %3 d.</source>
        <translation>Na rozpoczęcie wypożyczenia przyznano %1 d; oferta %2 dostępna wtedy w sprzedaży dawała %3 d.</translation>
    </message>
    <message>
        <source>The rental was given %1 h to watch; offer %2 on sale at the time gave %3 h.</source>
        <translation>Na obejrzenie przyznano %1 h; oferta %2 dostępna wtedy w sprzedaży dawała %3 h.</translation>
    </message>
    <message>
        <source>The platform says the rental ends on %1, but its terms give %2.</source>
        <translation>Koniec wypożyczenia według platformy: %1; według jego warunków: %2.</translation>
    </message>
    <message>
        <source>The order says &quot;%1&quot;, bought to keep, but the title is marked as a download-to-rent rental.</source>
        <translation>Zamówienie podaje &quot;%1&quot;, zakup na własność, ale tytuł jest oznaczony jako wypożyczenie download-to-rent.</translation>
    </message>
    <message>
        <source>The order says &quot;%1&quot;, but the platform lists the title as &quot;%2&quot;.</source>
        <translation>Zamówienie podaje &quot;%1&quot;, ale platforma podaje dla tytułu &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 titles in this box set have been started.</source>
        <translation>
            <numerusform>Rozpoczęto %n z %1 tytułów tego zestawu.</numerusform>
            <numerusform>Rozpoczęto %n z %1 tytułów tego zestawu.</numerusform>
            <numerusform>Rozpoczęto %n z %1 tytułów tego zestawu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::RefundTerms</name>
    <message>
        <source>Unpaid</source>
        <translation>Nieopłacone</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Owned, not played</source>
        <translation>Na własność, nieodtworzone</translation>
    </message>
    <message>
        <source>Owned, played</source>
        <translation>Na własność, odtworzone</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nierozpoczęte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Expired, unused</source>
        <translation>Wygasłe, niewykorzystane</translation>
    </message>
    <message>
        <source>Expired, watched</source>
        <translation>Wygasłe, obejrzane</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Już zwrócono</translation>
    </message>
    <message>
        <source>Nothing paid</source>
        <translation>Nic nie zapłacono</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Zwrot należny</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <source>No refund due</source>
        <translation>Zwrot nienależny</translation>
    </message>
    <message>
        <source>Unwatched in the courtesy window</source>
        <translation>Nieobejrzane w okresie dobrej woli</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>Wygasłe niewykorzystane</translation>
    </message>
    <message>
        <source>Delivery failure</source>
        <translation>Nieudane dostarczenie</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Przerwane na początku</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Obejrzane</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Podwójny zakup</translation>
    </message>
    <message>
        <source>Terms differ</source>
        <translation>Inne warunki</translation>
    </message>
    <message>
        <source>Box set partly used</source>
        <translation>Zestaw częściowo wykorzystany</translation>
    </message>
    <message>
        <source>Clock anomaly</source>
        <translation>Niezgodność zegarów</translation>
    </message>
    <message>
        <source>Entitlement conflict</source>
        <translation>Konflikt uprawnień</translation>
    </message>
    <message>
        <source>Supports a refund</source>
        <translation>Za zwrotem</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <source>Opposes a refund</source>
        <translation>Przeciw zwrotowi</translation>
    </message>
</context>
<context>
    <name>ff::RentalWindow</name>
    <message>
        <source>RentalTime %1 is not a number of days a rental can last.</source>
        <translation>RentalTime %1 nie jest liczbą dni, przez którą może trwać wypożyczenie.</translation>
    </message>
    <message>
        <source>The rental has no RentalTime and no licence was issued, so when it ends is unknown.</source>
        <translation>Wypożyczenie nie ma RentalTime i nie wydano licencji, więc nie wiadomo, kiedy się kończy.</translation>
    </message>
    <message>
        <source>The rental has no RentalTime and no ViewTime, so when it ends is unknown.</source>
        <translation>Wypożyczenie nie ma RentalTime ani ViewTime, więc nie wiadomo, kiedy się kończy.</translation>
    </message>
    <message>
        <source>When the rental ends is unknown.</source>
        <translation>Nie wiadomo, kiedy kończy się wypożyczenie.</translation>
    </message>
</context>
<context>
    <name>ff::SandboxInfoReader</name>
    <message>
        <source>the sandbox&apos;s description could not be read: %1</source>
        <translation>nie można odczytać opisu piaskownicy: %1</translation>
    </message>
    <message>
        <source>the sandbox answered HTTP %1 when asked to describe itself</source>
        <translation>zapytana o opis piaskownica odpowiedziała HTTP %1</translation>
    </message>
    <message>
        <source>the sandbox did not describe itself: %1</source>
        <translation>piaskownica nie podała swojego opisu: %1</translation>
    </message>
</context>
<context>
    <name>ff::SandboxLauncher</name>
    <message>
        <source>%1 did not report ready within %2 s</source>
        <translation>%1 nie zgłosił gotowości w ciągu %2 s</translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation>piaskownica już działa</translation>
    </message>
    <message>
        <source>ffconsole-sandbox was not found next to this program or on PATH</source>
        <translation>nie znaleziono ffconsole-sandbox obok tego programu ani w PATH</translation>
    </message>
    <message>
        <source>%1 printed too much before reporting ready; is it really ffconsole-sandbox?</source>
        <translation>%1 wypisał za dużo przed zgłoszeniem gotowości; czy to na pewno ffconsole-sandbox?</translation>
    </message>
    <message>
        <source>%1 reported ready without an address and its tokens</source>
        <translation>%1 zgłosił gotowość bez adresu i tokenów</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>nie można uruchomić %1: %2</translation>
    </message>
    <message>
        <source>%1 crashed before reporting ready</source>
        <translation>%1 uległ awarii przed zgłoszeniem gotowości</translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation>%1 uległ awarii: %2</translation>
    </message>
    <message>
        <source>%1 exited with code %2 before reporting ready</source>
        <translation>%1 zakończył działanie z kodem %2 przed zgłoszeniem gotowości</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 zakończył działanie z kodem %2: %3</translation>
    </message>
</context>
<context>
    <name>ff::TimelineEvents</name>
    <message>
        <source>Bought</source>
        <translation>Zakup</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Utworzenie zamówienia</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Wydanie licencji</translation>
    </message>
    <message>
        <source>First streamed</source>
        <translation>Pierwszy streaming</translation>
    </message>
    <message>
        <source>First downloaded</source>
        <translation>Pierwsze pobranie</translation>
    </message>
    <message>
        <source>Window ended</source>
        <translation>Okres się skończył</translation>
    </message>
    <message>
        <source>Window ends</source>
        <translation>Okres się kończy</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time line, in time order: %1.</source>
        <translation>Oś czasu, w kolejności chronologicznej: %1.</translation>
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
        <translation>zamówienie miało już identyczną pozycję przed wysłaniem tej, więc nie da się z pewnością stwierdzić, czy dodano drugą: sprawdź pozycje zamówienia</translation>
    </message>
    <message>
        <source>the order now has the item (item %1): it was added</source>
        <translation>zamówienie ma teraz tę pozycję (pozycja %1): została dodana</translation>
    </message>
    <message>
        <source>the order has no new item: it was not added</source>
        <translation>zamówienie nie ma nowej pozycji: nie została dodana</translation>
    </message>
    <message numerus="yes">
        <source>the order now has %n new items like this one: check them before doing anything else</source>
        <translation>
            <numerusform>zamówienie ma teraz %n nową pozycję taką jak ta: sprawdź ją, zanim zrobisz cokolwiek innego</numerusform>
            <numerusform>zamówienie ma teraz %n nowe pozycje takie jak ta: sprawdź je, zanim zrobisz cokolwiek innego</numerusform>
            <numerusform>zamówienie ma teraz %n nowych pozycji takich jak ta: sprawdź je, zanim zrobisz cokolwiek innego</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the order changed in other ways meanwhile (%n other new item(s)): check it before trying again</source>
        <translation>
            <numerusform>w międzyczasie zamówienie zmieniło się także inaczej (%n inna nowa pozycja): sprawdź je przed ponowną próbą</numerusform>
            <numerusform>w międzyczasie zamówienie zmieniło się także inaczej (%n inne nowe pozycje): sprawdź je przed ponowną próbą</numerusform>
            <numerusform>w międzyczasie zamówienie zmieniło się także inaczej (%n innych nowych pozycji): sprawdź je przed ponowną próbą</numerusform>
        </translation>
    </message>
    <message>
        <source>the licence was already marked acknowledged before, so this cannot tell whether the new acknowledgement was recorded</source>
        <translation>licencja była już wcześniej oznaczona jako odebrana, więc nie da się stwierdzić, czy nowe potwierdzenie odbioru zostało zapisane</translation>
    </message>
    <message>
        <source>the licence is now marked acknowledged: it was recorded</source>
        <translation>licencja jest teraz oznaczona jako odebrana: potwierdzenie zostało zapisane</translation>
    </message>
    <message>
        <source>the licence is still not acknowledged: it was not recorded</source>
        <translation>licencja nadal nie ma potwierdzenia odbioru: nie zostało zapisane</translation>
    </message>
    <message>
        <source>it is not there yet, but the server may still be working on it</source>
        <translation>jeszcze tego nie ma, ale serwer może nadal to przetwarzać</translation>
    </message>
    <message>
        <source>the answer is about order %1, not order %2</source>
        <translation>odpowiedź dotyczy zamówienia %1, a nie zamówienia %2</translation>
    </message>
    <message>
        <source>the answer names no order</source>
        <translation>odpowiedź nie wskazuje zamówienia</translation>
    </message>
    <message>
        <source>the order in the answer does not hold the item that was sent</source>
        <translation>zamówienie w odpowiedzi nie zawiera wysłanej pozycji</translation>
    </message>
    <message>
        <source>the answer is about item %1, not item %2</source>
        <translation>odpowiedź dotyczy pozycji %1, a nie pozycji %2</translation>
    </message>
    <message>
        <source>the answer names no item</source>
        <translation>odpowiedź nie wskazuje pozycji</translation>
    </message>
    <message>
        <source>the answer does not show the licence acknowledged</source>
        <translation>odpowiedź nie pokazuje potwierdzenia odbioru licencji</translation>
    </message>
</context>
<context>
    <name>ff::XmlReader</name>
    <message>
        <source>the body is empty, where XML was expected</source>
        <translation>treść jest pusta, a oczekiwano XML</translation>
    </message>
    <message>
        <source>the document declares a DTD, which is not accepted</source>
        <translation>dokument deklaruje DTD, co nie jest akceptowane</translation>
    </message>
    <message>
        <source>the body holds no XML element</source>
        <translation>treść nie zawiera elementu XML</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (wiersz %1, kolumna %2)</translation>
    </message>
    <message>
        <source>the XML ends too soon (truncated?)</source>
        <translation>XML kończy się za wcześnie (ucięty?)</translation>
    </message>
    <message>
        <source>this is not well-formed XML: %1</source>
        <translation>to nie jest poprawnie zbudowany XML: %1</translation>
    </message>
    <message>
        <source>there is more than one root element</source>
        <translation>jest więcej niż jeden element główny</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>elementy przekraczają limit zagnieżdżenia (%1)</translation>
    </message>
    <message>
        <source>expected an integer, got &quot;%1&quot;</source>
        <translation>oczekiwano liczby całkowitej, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>oczekiwano true lub false, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal within .NET&apos;s range and precision</source>
        <translation>&quot;%1&quot; nie jest liczbą dziesiętną w zakresie i precyzji .NET</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date, got &quot;%1&quot;</source>
        <translation>oczekiwano daty ISO 8601, otrzymano &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a DateTime in UTC and OffsetMinutes (-840 to 840), got &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>oczekiwano DateTime w UTC i OffsetMinutes (od -840 do 840), otrzymano &quot;%1&quot; i &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a GUID, got &quot;%1&quot;</source>
        <translation>oczekiwano identyfikatora GUID, otrzymano &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ff::cli::AckLicenseCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>ID partnera.</translation>
    </message>
    <message>
        <source>The device id that received the licence.</source>
        <translation>ID urządzenia, które otrzymało licencję.</translation>
    </message>
    <message>
        <source>Purchase order item id.</source>
        <translation>ID pozycji zamówienia.</translation>
    </message>
    <message>
        <source>ack-license of item %1</source>
        <translation>ack-license dla pozycji %1</translation>
    </message>
    <message>
        <source>ffconsole-cli orders --affiliate %1 --customer NAME shows whether item %2 has LicenseAcknowledged</source>
        <translation>ffconsole-cli orders --affiliate %1 --customer NAME pokaże, czy pozycja %2 ma LicenseAcknowledged</translation>
    </message>
    <message>
        <source>acknowledge a licence a device received</source>
        <translation>potwierdzenie odbioru licencji przez urządzenie</translation>
    </message>
</context>
<context>
    <name>ff::cli::AddItemCommand</name>
    <message>
        <source>Purchase order id.</source>
        <translation>ID zamówienia.</translation>
    </message>
    <message>
        <source>A PurchaseOrderItem as JSON, from a file or - for stdin.</source>
        <translation>Obiekt PurchaseOrderItem w JSON: z pliku albo - dla stdin.</translation>
    </message>
    <message>
        <source>The order&apos;s affiliate: with --customer, read the order back when the answer says nothing certain.</source>
        <translation>Partner zamówienia: razem z --customer pozwala ponownie odczytać zamówienie, gdy odpowiedź nie jest jednoznaczna.</translation>
    </message>
    <message>
        <source>The order&apos;s customer (name or email), with --affiliate.</source>
        <translation>Klient zamówienia (nazwa lub e-mail), razem z --affiliate.</translation>
    </message>
    <message>
        <source>--item-json is required (a file, or - for stdin)</source>
        <translation>brak wymaganej opcji --item-json (plik albo - dla stdin)</translation>
    </message>
    <message>
        <source>cannot read --item-json %1: %2</source>
        <translation>nie można odczytać --item-json %1: %2</translation>
    </message>
    <message>
        <source>--item-json is larger than 1 MB: not an item</source>
        <translation>--item-json ma ponad 1 MB: to nie jest pozycja</translation>
    </message>
    <message>
        <source>--item-json is not a valid PurchaseOrderItem: %1</source>
        <translation>--item-json nie jest poprawnym obiektem PurchaseOrderItem: %1</translation>
    </message>
    <message>
        <source>--item-json: %1</source>
        <translation>--item-json: %1</translation>
    </message>
    <message>
        <source>--affiliate and --customer go together: the order&apos;s customer, to read it back</source>
        <translation>--affiliate i --customer podaje się razem: wskazują klienta zamówienia, aby można było je ponownie odczytać</translation>
    </message>
    <message>
        <source>add-item to order %1</source>
        <translation>add-item do zamówienia %1</translation>
    </message>
    <message>
        <source>order %1 is not one of this customer&apos;s orders, so it could not be read back; nothing was sent</source>
        <translation>zamówienie %1 nie należy do zamówień tego klienta, więc nie można go ponownie odczytać; nic nie wysłano</translation>
    </message>
    <message>
        <source>ffconsole-cli orders --affiliate N --customer NAME lists order %1&apos;s items (add-item --affiliate N --customer NAME reads it back by itself)</source>
        <translation>ffconsole-cli orders --affiliate N --customer NAME wyświetli pozycje zamówienia %1 (add-item z --affiliate N --customer NAME samo odczytuje je ponownie)</translation>
    </message>
    <message>
        <source>add an item to a purchase order</source>
        <translation>dodanie pozycji do zamówienia</translation>
    </message>
</context>
<context>
    <name>ff::cli::CellText</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ff::cli::CliApplication</name>
    <message>
        <source>Platform API base URL (default: the profile&apos;s, or FFCONSOLE_BASE_URL).</source>
        <translation>Bazowy adres URL API platformy (domyślnie: z profilu albo FFCONSOLE_BASE_URL).</translation>
    </message>
    <message>
        <source>Admin accounts API base URL (default: --base-url).</source>
        <translation>Bazowy adres URL administracyjnego API kont (domyślnie: --base-url).</translation>
    </message>
    <message>
        <source>Connection profile saved by the console; its secret comes from the keychain.</source>
        <translation>Profil połączenia zapisany w konsoli; jego sekret jest pobierany z pęku kluczy.</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for this many seconds, 0.1 to 3600 (default 30).</source>
        <translation>Przerywa, gdy przez tyle sekund nic nie nadejdzie; od 0.1 do 3600 (domyślnie 30).</translation>
    </message>
    <message>
        <source>Give up when an answer averages fewer bytes a second than this over --speed-time (default 1024).</source>
        <translation>Przerywa, gdy odpowiedź nadchodzi średnio wolniej niż tyle bajtów na sekundę w oknie --speed-time (domyślnie 1024).</translation>
    </message>
    <message>
        <source>The window --speed-limit is measured over, in seconds (default 30).</source>
        <translation>Okno pomiaru --speed-limit w sekundach (domyślnie 30).</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default table); investigate also jsonl; report pdf, csv or text.</source>
        <translation>Format wyniku: table, json lub csv (domyślnie table); dla investigate także jsonl; dla report pdf, csv lub text.</translation>
    </message>
    <message>
        <source>Authentication: bearer, apikey or basic (default: the profile&apos;s, or bearer).</source>
        <translation>Uwierzytelnianie: bearer, apikey lub basic (domyślnie: z profilu albo bearer).</translation>
    </message>
    <message>
        <source>Header name for apikey authentication (default X-Api-Key).</source>
        <translation>Nazwa nagłówka przy uwierzytelnianiu apikey (domyślnie X-Api-Key).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Wyświetla tę pomoc.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Wyświetla numer wersji.</translation>
    </message>
    <message>
        <source>%1 %2 is not a server of profile &quot;%3&quot; (%4), and its secret goes nowhere else; for another server leave out --profile and set FFCONSOLE_TOKEN</source>
        <translation>%1 %2 nie jest serwerem profilu &quot;%3&quot; (%4), a jego sekret nie trafia nigdzie indziej; dla innego serwera pomiń --profile i ustaw FFCONSOLE_TOKEN</translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL, not &quot;%2&quot;</source>
        <translation>%1 musi być adresem URL http(s), a nie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Usage: ffconsole-cli [--base-url URL] [--admin-url URL] [--profile NAME] [--timeout SEC]
                     [--speed-limit BYTES] [--speed-time SEC] [--format table|json|csv] COMMAND ...

The FilmFlex Agent Console&apos;s command-line companion, for scripting and bulk refund work.
The secret comes from FFCONSOLE_TOKEN (and FFCONSOLE_USER for basic authentication) or
from the profile&apos;s keychain entry; it is never taken from the command line.

Commands:
</source>
        <translation>Sposób użycia: ffconsole-cli [--base-url URL] [--admin-url URL] [--profile NAME] [--timeout SEC]
                             [--speed-limit BYTES] [--speed-time SEC] [--format table|json|csv] COMMAND ...

Wersja FilmFlex Agent Console dla wiersza poleceń, do skryptów i masowej obsługi zwrotów.
Sekret pochodzi z FFCONSOLE_TOKEN (nazwa użytkownika przy uwierzytelnianiu basic: z FFCONSOLE_USER)
albo z wpisu profilu w pęku kluczy; nigdy nie jest pobierany z wiersza poleceń.

Polecenia:
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
Uruchom ffconsole-cli COMMAND --help, aby zobaczyć opcje polecenia.
Kody wyjścia: 0 sukces, 2 błędne dane wejściowe, 3 nie znaleziono, 4 brak autoryzacji, 5 błąd API,
6 błąd sieci lub przekroczony limit czasu albo zmiana, która mogła zostać wprowadzona,
7 nieprawidłowa odpowiedź, 8 niepowodzenie dla części klientów z listy investigate,
9 nie można zapisać wyniku (stdout albo pliku --out polecenia report).
</translation>
    </message>
    <message>
        <source>orders, entitlement, purchases, add-item, ack-license, investigate or report</source>
        <translation>orders, entitlement, purchases, add-item, ack-license, investigate lub report</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>nie podano polecenia; spróbuj --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>nieznane polecenie &quot;%1&quot;; spróbuj --help</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>nieoczekiwany argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format must be %1 or %2, not &quot;%3&quot;</source>
        <translation>--format musi mieć wartość %1 lub %2, a nie &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--auth must be bearer, apikey or basic, not &quot;%1&quot;</source>
        <translation>--auth musi mieć wartość bearer, apikey lub basic, a nie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (none are saved)</source>
        <translation>nie ma profilu o nazwie &quot;%1&quot; (nie zapisano żadnych profili)</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;; saved: %2</source>
        <translation>nie ma profilu o nazwie &quot;%1&quot;; zapisane profile: %2</translation>
    </message>
    <message>
        <source>no server given: use --base-url URL or --profile NAME</source>
        <translation>nie podano serwera: użyj --base-url URL lub --profile NAME</translation>
    </message>
    <message>
        <source>no secret for profile &quot;%1&quot;: %2; set FFCONSOLE_TOKEN instead</source>
        <translation>brak sekretu dla profilu &quot;%1&quot;: %2; zamiast tego ustaw FFCONSOLE_TOKEN</translation>
    </message>
    <message>
        <source>no secret: set FFCONSOLE_TOKEN, or use a --profile whose secret is in the keychain</source>
        <translation>brak sekretu: ustaw FFCONSOLE_TOKEN albo użyj --profile z sekretem zapisanym w pęku kluczy</translation>
    </message>
    <message>
        <source>basic authentication needs a user name: set FFCONSOLE_USER</source>
        <translation>uwierzytelnianie basic wymaga nazwy użytkownika: ustaw FFCONSOLE_USER</translation>
    </message>
</context>
<context>
    <name>ff::cli::CommandOutcome</name>
    <message>
        <source>%1 – the change may have been applied: check before sending it again</source>
        <translation>%1 – zmiana mogła zostać wprowadzona: sprawdź, zanim wyślesz ją ponownie</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (ID żądania %2)</translation>
    </message>
</context>
<context>
    <name>ff::cli::EntitlementCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>ID partnera.</translation>
    </message>
    <message>
        <source>The purchase order item&apos;s supplier ref.</source>
        <translation>Referencja dostawcy pozycji zamówienia.</translation>
    </message>
    <message>
        <source>Include the parent and child entitlements.</source>
        <translation>Dołącza uprawnienie nadrzędne i uprawnienia podrzędne.</translation>
    </message>
    <message>
        <source>the current entitlement for a supplier ref</source>
        <translation>bieżące uprawnienie dla referencji dostawcy</translation>
    </message>
</context>
<context>
    <name>ff::cli::EntitlementOutput</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Ref. dostawcy</translation>
    </message>
    <message>
        <source>Item / order</source>
        <translation>Pozycja / zamówienie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Rental expires (UTC)</source>
        <translation>Wypożyczenie do (UTC)</translation>
    </message>
    <message>
        <source>First play (UTC)</source>
        <translation>Pierwsze odtw. (UTC)</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Ostatnie miejsce odtw.</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>Potw. odbioru licencji</translation>
    </message>
    <message>
        <source>Persistent licence</source>
        <translation>Licencja trwała</translation>
    </message>
    <message>
        <source>Transient licence</source>
        <translation>Licencja tymczasowa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Element multimedialny</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Zasoby multimedialne</translation>
    </message>
    <message>
        <source>%1 [%2, item %3]</source>
        <translation>%1 [%2, pozycja %3]</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Uprawnienie nadrzędne</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Uprawnienia podrzędne</translation>
    </message>
</context>
<context>
    <name>ff::cli::InputValidation</name>
    <message>
        <source>--%1 is required</source>
        <translation>brak wymaganej opcji --%1</translation>
    </message>
    <message>
        <source>--%1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>--%1 musi być dodatnią liczbą całkowitą, a nie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538, not &quot;%2&quot;</source>
        <translation>--%1 musi być identyfikatorem GUID, np. 1b01b296-1469-4c46-b14b-c46719621538, a nie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 musi być datą w formacie YYYY-MM-DD, a nie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0.1 to 3600, such as 30 or 2.5, not &quot;%2&quot;</source>
        <translation>--%1 musi być liczbą sekund od 0.1 do 3600, np. 30 lub 2.5, a nie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation>--%1 ma pustą wartość</translation>
    </message>
    <message>
        <source>--%1 cannot be &quot;%2&quot;</source>
        <translation>--%1 nie może mieć wartości &quot;%2&quot;</translation>
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
        <translation>Analizuje zwroty: stan każdej pozycji, sygnały dotyczące zwrotu i ocenę według tych samych reguł co
okno konsoli. Tylko do odczytu: nigdy nic nie zapisuje na serwerze. Z --profile zasady zwrotów i
strefa czasowa partnera pochodzą z profilu, tak jak w oknie konsoli (--policy ma pierwszeństwo
przed zasadami z profilu); bez --profile: zasady wbudowane i strefa czasowa tego komputera. Zdania
podają strefę czasową swoich dat. Formaty: table, json, csv lub jsonl (jeden obiekt JSON w
wierszu).
Z --customers: jeden wiersz JSON na pozycję, wypisywany po przeanalizowaniu każdego klienta, oraz
jeden wiersz {&quot;Customer&quot;, &quot;Error&quot;, &quot;ExitCode&quot;} dla klienta, dla
którego się nie powiodło; przetwarzanie trwa dalej. Kod wyjścia: 0, gdy powiodło się dla wszystkich
klientów; 8, gdy dla niektórych nie; gdy nie powiodło się dla żadnego i wszystkie błędy są tego
samego rodzaju – kod, jaki dałby pojedynczy klient; 9, gdy nie można pisać do stdout (klienci,
których wiersze nie zostały wypisane, nie są zapisywani w --state).</translation>
    </message>
    <message>
        <source>A list of customers, one a line, instead of --customer; written as JSON Lines (--format jsonl) as each customer completes.</source>
        <translation>Lista klientów, po jednym w wierszu, zamiast --customer; wynik jest wypisywany jako JSON Lines (--format jsonl) po przeanalizowaniu każdego klienta.</translation>
    </message>
    <message>
        <source>Only the refund candidates (verdict due or review).</source>
        <translation>Tylko kandydaci do zwrotu (ocena: zwrot należny lub do sprawdzenia).</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 32 (default 4).</source>
        <translation>Liczba jednoczesnych żądań, od 1 do 32 (domyślnie 4).</translation>
    </message>
    <message>
        <source>With --customers: records the customers that succeeded, so that a rerun with the same file skips them (with the same --at, policy, --entitlements and --candidates-only: other options are refused).</source>
        <translation>Z --customers: zapisuje klientów przetworzonych pomyślnie, aby ponowne uruchomienie z tym samym plikiem ich pominęło (przy tych samych --at, zasadach, --entitlements i --candidates-only: inne opcje są odrzucane).</translation>
    </message>
    <message>
        <source>give either --customer NAME or --customers FILE</source>
        <translation>podaj albo --customer NAME, albo --customers FILE</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--concurrency musi być liczbą całkowitą od 1 do %1, a nie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--state goes with --customers: it records a list&apos;s progress</source>
        <translation>--state podaje się razem z --customers: zapisuje postęp przetwarzania listy</translation>
    </message>
    <message>
        <source>--customers writes JSON Lines, one line per item as each customer completes: use --format jsonl</source>
        <translation>--customers wypisuje JSON Lines, jeden wiersz na pozycję, po przeanalizowaniu każdego klienta: użyj --format jsonl</translation>
    </message>
    <message>
        <source>cannot read --customers %1: %2</source>
        <translation>nie można odczytać --customers %1: %2</translation>
    </message>
    <message>
        <source>refund investigation: each item&apos;s state, signals and verdict</source>
        <translation>analiza zwrotów: stan, sygnały i ocena każdej pozycji</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateFetch</name>
    <message>
        <source>not sent: the run was stopped</source>
        <translation>nie wysłano: przetwarzanie zostało zatrzymane</translation>
    </message>
    <message>
        <source>the entitlement of supplier ref &quot;%1&quot;: %2</source>
        <translation>uprawnienie dla referencji dostawcy &quot;%1&quot;: %2</translation>
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
        <translation>błąd zapisu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), %2 failed, %3 already done</source>
        <translation>
            <numerusform>%1 z %n klienta, nieudane: %2, ukończone wcześniej: %3</numerusform>
            <numerusform>%1 z %n klientów, nieudane: %2, ukończone wcześniej: %3</numerusform>
            <numerusform>%1 z %n klientów, nieudane: %2, ukończone wcześniej: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), %2 failed</source>
        <translation>
            <numerusform>%1 z %n klienta, nieudane: %2</numerusform>
            <numerusform>%1 z %n klientów, nieudane: %2</numerusform>
            <numerusform>%1 z %n klientów, nieudane: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot write to stdout: %1; the run stopped after %n customer(s) written in full, and only those that succeeded are recorded in --state: run again with it to go on</source>
        <translation>
            <numerusform>nie można pisać do stdout: %1; przetwarzanie zatrzymano po wypisaniu w całości wyników %n klienta, a w --state zapisano tylko klientów przetworzonych pomyślnie: uruchom ponownie z tym samym --state, aby kontynuować</numerusform>
            <numerusform>nie można pisać do stdout: %1; przetwarzanie zatrzymano po wypisaniu w całości wyników %n klientów, a w --state zapisano tylko klientów przetworzonych pomyślnie: uruchom ponownie z tym samym --state, aby kontynuować</numerusform>
            <numerusform>nie można pisać do stdout: %1; przetwarzanie zatrzymano po wypisaniu w całości wyników %n klientów, a w --state zapisano tylko klientów przetworzonych pomyślnie: uruchom ponownie z tym samym --state, aby kontynuować</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot write to stdout: %1; the run stopped after %n customer(s) written in full</source>
        <translation>
            <numerusform>nie można pisać do stdout: %1; przetwarzanie zatrzymano po wypisaniu w całości wyników %n klienta</numerusform>
            <numerusform>nie można pisać do stdout: %1; przetwarzanie zatrzymano po wypisaniu w całości wyników %n klientów</numerusform>
            <numerusform>nie można pisać do stdout: %1; przetwarzanie zatrzymano po wypisaniu w całości wyników %n klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) failed, and the rest were not tried; the last: %2</source>
        <translation>
            <numerusform>nie powiodło się dla %1 z %n klienta, a pozostałych klientów nie przetworzono; ostatni błąd: %2</numerusform>
            <numerusform>nie powiodło się dla %1 z %n klientów, a pozostałych klientów nie przetworzono; ostatni błąd: %2</numerusform>
            <numerusform>nie powiodło się dla %1 z %n klientów, a pozostałych klientów nie przetworzono; ostatni błąd: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) failed; the last: %2</source>
        <translation>
            <numerusform>nie powiodło się dla %1 z %n klienta; ostatni błąd: %2</numerusform>
            <numerusform>nie powiodło się dla %1 z %n klientów; ostatni błąd: %2</numerusform>
            <numerusform>nie powiodło się dla %1 z %n klientów; ostatni błąd: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateOptions</name>
    <message>
        <source>--at must be an ISO 8601 instant with its offset, such as 2026-03-06T20:00:00+01:00 or 2026-03-06T19:00:00Z, not &quot;%1&quot;</source>
        <translation>--at musi być znacznikiem czasu ISO 8601 z przesunięciem strefy, np. 2026-03-06T20:00:00+01:00 lub 2026-03-06T19:00:00Z, a nie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read --policy %1: %2</source>
        <translation>nie można odczytać --policy %1: %2</translation>
    </message>
    <message>
        <source>--policy %1 is larger than 1 MB: not a policy</source>
        <translation>--policy %1 ma ponad 1 MB: to nie są zasady zwrotów</translation>
    </message>
    <message>
        <source>--policy %1: %2</source>
        <translation>--policy %1: %2</translation>
    </message>
    <message>
        <source>Affiliate id.</source>
        <translation>ID partnera.</translation>
    </message>
    <message>
        <source>Customer name or email address.</source>
        <translation>Nazwa lub adres e-mail klienta.</translation>
    </message>
    <message>
        <source>The instant to investigate at, ISO 8601 with its offset (default: now, when the run starts).</source>
        <translation>Chwila, na którą wykonać analizę, w ISO 8601 z przesunięciem strefy (domyślnie: teraz, w chwili rozpoczęcia przetwarzania).</translation>
    </message>
    <message>
        <source>A refund policy as JSON (default: the built-in policy).</source>
        <translation>Zasady zwrotów w JSON (domyślnie: zasady wbudowane).</translation>
    </message>
    <message>
        <source>Also read the current entitlement of each supplier ref (404: none); without it, the orders alone.</source>
        <translation>Odczytuje też bieżące uprawnienie dla każdej referencji dostawcy (404: brak); bez tej opcji – tylko zamówienia.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateStateFile</name>
    <message>
        <source>given</source>
        <translation>podano</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>not given (the instant each run starts)</source>
        <translation>nie podano (chwila rozpoczęcia każdego przetwarzania)</translation>
    </message>
    <message>
        <source>no --policy</source>
        <translation>bez --policy</translation>
    </message>
    <message>
        <source>--state %1: %2</source>
        <translation>--state %1: %2</translation>
    </message>
    <message>
        <source>--state %1 holds customers of affiliate %2 worked out with other options, and its results and this run&apos;s would disagree: %3. Run with the options it was begun with, or give another --state file</source>
        <translation>--state %1 zawiera klientów partnera %2 przeanalizowanych z innymi opcjami, więc jego wyniki i wyniki tego przetwarzania byłyby niespójne: %3. Uruchom z opcjami, z którymi zaczęto, albo podaj inny plik --state</translation>
    </message>
    <message>
        <source>--at was %1 and is now %2</source>
        <translation>--at: wcześniej %1, teraz %2</translation>
    </message>
    <message>
        <source>the policy differs (--policy was %1 and is now %2; its content counts)</source>
        <translation>zasady są inne (--policy: wcześniej %1, teraz %2; liczy się ich treść)</translation>
    </message>
    <message>
        <source>%1 was %2 and is now %3</source>
        <translation>%1: wcześniej %2, teraz %3</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigationOutput</name>
    <message>
        <source>Order</source>
        <translation>Nr zam.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poz.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Sygnały</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n pozycja, %1</numerusform>
            <numerusform>%n pozycje, %1</numerusform>
            <numerusform>%n pozycji, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation>
            <numerusform>%n kandydat do zwrotu</numerusform>
            <numerusform>%n kandydaci do zwrotu</numerusform>
            <numerusform>%n kandydatów do zwrotu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::OrderOutput</name>
    <message>
        <source>Order</source>
        <translation>Nr zam.</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Utworzono (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poz.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Ref. dostawcy</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>First play (UTC)</source>
        <translation>Pierwsze odtw. (UTC)</translation>
    </message>
    <message>
        <source>Licence ack</source>
        <translation>Potw. licencji</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1</source>
        <translation>
            <numerusform>%n zamówienie, %1</numerusform>
            <numerusform>%n zamówienia, %1</numerusform>
            <numerusform>%n zamówień, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::OrdersCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>ID partnera.</translation>
    </message>
    <message>
        <source>Customer name or email address.</source>
        <translation>Nazwa lub adres e-mail klienta.</translation>
    </message>
    <message>
        <source>all purchase orders of a customer</source>
        <translation>wszystkie zamówienia klienta</translation>
    </message>
</context>
<context>
    <name>ff::cli::PurchasesCommand</name>
    <message>
        <source>Account id (the customer&apos;s CustomerId).</source>
        <translation>ID konta (CustomerId klienta).</translation>
    </message>
    <message>
        <source>Only purchases on or after this date.</source>
        <translation>Tylko zakupy z tego dnia lub późniejsze.</translation>
    </message>
    <message>
        <source>Only purchases on or before this date.</source>
        <translation>Tylko zakupy z tego dnia lub wcześniejsze.</translation>
    </message>
    <message>
        <source>Only paid invoices.</source>
        <translation>Tylko opłacone faktury.</translation>
    </message>
    <message>
        <source>Only purchases of this type.</source>
        <translation>Tylko zakupy tego typu.</translation>
    </message>
    <message>
        <source>Software version for the XML gateway.</source>
        <translation>Wersja oprogramowania dla bramy XML.</translation>
    </message>
    <message>
        <source>Ask the server for XML instead of JSON.</source>
        <translation>Żąda od serwera XML zamiast JSON.</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>data --from jest późniejsza niż --to</translation>
    </message>
    <message>
        <source>--type is empty</source>
        <translation>--type ma pustą wartość</translation>
    </message>
    <message>
        <source>--software-version is empty</source>
        <translation>--software-version ma pustą wartość</translation>
    </message>
    <message>
        <source>an account&apos;s credit purchases, with totals per currency</source>
        <translation>zakupy na koncie z sumami dla każdej waluty</translation>
    </message>
</context>
<context>
    <name>ff::cli::PurchasesOutput</name>
    <message>
        <source>Account user</source>
        <translation>Użytk. konta</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Dane rozlicz.</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Il.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jedn.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>some amounts missing</source>
        <translation>brak części kwot</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Sumy według walut</translation>
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
        <translation>Tworzy raport sprawy zwrotu dla klienta, tak jak okno konsoli: PDF do załączenia, CSV z jednym
wierszem na pozycję albo tekst do wklejenia do zgłoszenia. Pozycje są ustalane dokładnie tak jak
w investigate (te same zasady, chwila i strefa czasowa); kandydaci do zwrotu są przedstawiani
w całości, a każda inna pozycja w jednym wierszu, albo z --items tylko wskazane pozycje, każda
w całości. Dodawane są decyzje i zmiany zapisane dla klienta w dzienniku audytu (jeśli dziennika
nie można odczytać, raport to podaje). Plik może odczytać tylko jego właściciel; jest zapisywany
w całości albo wcale. --out - wypisuje na stdout (PDF tylko do pliku lub potoku). Tylko do odczytu:
nigdy nic nie zapisuje na serwerze. Kod wyjścia 3, gdy pozycji z --items nie ma wśród pozycji
klienta, 9, gdy nie można zapisać pliku.</translation>
    </message>
    <message>
        <source>The file to write, or - for stdout.</source>
        <translation>Plik do zapisania albo - dla stdout.</translation>
    </message>
    <message>
        <source>Only these item ids, each reported in full (default: the whole customer).</source>
        <translation>Tylko pozycje o tych ID, każda przedstawiona w całości (domyślnie: wszystkie zamówienia klienta).</translation>
    </message>
    <message>
        <source>The ticket or case reference the report is for.</source>
        <translation>Numer zgłoszenia lub sprawy, której dotyczy raport.</translation>
    </message>
    <message>
        <source>give --customer NAME</source>
        <translation>podaj --customer NAME</translation>
    </message>
    <message>
        <source>report needs --format pdf, csv or text</source>
        <translation>report wymaga --format pdf, csv lub text</translation>
    </message>
    <message>
        <source>The whole customer: the refund candidates in full, every other item on a line</source>
        <translation>Wszystkie zamówienia klienta: kandydaci do zwrotu w całości, pozostałe pozycje po jednym wierszu</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen item(s), each in full: %1</source>
        <translation>
            <numerusform>%n wybrana pozycja, w całości: %1</numerusform>
            <numerusform>%n wybrane pozycje, każda w całości: %1</numerusform>
            <numerusform>%n wybranych pozycji, każda w całości: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Uprawnienia</translation>
    </message>
    <message>
        <source>--items: %1 not among the items of customer &quot;%2&quot; of affiliate %3</source>
        <translation>--items: %1 – brak wśród pozycji klienta &quot;%2&quot; partnera %3</translation>
    </message>
    <message>
        <source>no report was made</source>
        <translation>nie utworzono raportu</translation>
    </message>
    <message>
        <source>a customer&apos;s refund case report: PDF, CSV or ticket text</source>
        <translation>raport sprawy zwrotu klienta: PDF, CSV lub tekst do zgłoszenia</translation>
    </message>
</context>
<context>
    <name>ff::cli::ReportDestination</name>
    <message>
        <source>report needs --out FILE (or --out - for stdout)</source>
        <translation>report wymaga --out FILE (albo --out - dla stdout)</translation>
    </message>
    <message>
        <source>a PDF is not written to a terminal: give --out FILE, or send stdout to a file or a pipe</source>
        <translation>PDF nie jest wypisywany na terminal: podaj --out FILE albo przekieruj stdout do pliku lub potoku</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>nie można utworzyć pliku PDF</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>nie można zapisać %1</translation>
    </message>
</context>
<context>
    <name>ff::cli::WriteCommand</name>
    <message>
        <source>Ticket or case reference, kept in the audit log.</source>
        <translation>Numer zgłoszenia lub sprawy, zapisywany w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Why the change is made, kept in the audit log.</source>
        <translation>Powód zmiany, zapisywany w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Send it even though the audit log holds the same change with an outcome that was never found out (check first).</source>
        <translation>Wysyła zmianę, nawet jeśli dziennik audytu zawiera tę samą zmianę o nigdy nieustalonym wyniku (najpierw sprawdź).</translation>
    </message>
    <message>
        <source>cannot read the audit log %1 to check for an earlier %2 whose outcome is unknown: %3; nothing was sent</source>
        <translation>nie można odczytać dziennika audytu %1, aby sprawdzić, czy jest w nim wcześniejsza zmiana %2 o nieznanym wyniku: %3; nic nie wysłano</translation>
    </message>
    <message>
        <source>not sent: an earlier %1 (%2, ticket &quot;%3&quot;, from the %4) may have been applied and was never found out; check first (ffconsole-cli orders --affiliate N --customer NAME), then add --force to send it all the same</source>
        <translation>nie wysłano: wcześniejsza zmiana %1 (%2, zgłoszenie &quot;%3&quot;, źródło: %4) mogła zostać wprowadzona, a nigdy tego nie ustalono; najpierw sprawdź (ffconsole-cli orders --affiliate N --customer NAME), a potem dodaj --force, aby mimo to ją wysłać</translation>
    </message>
    <message>
        <source>the change may have been applied: %1; check before sending it again: %2</source>
        <translation>zmiana mogła zostać wprowadzona: %1; sprawdź, zanim wyślesz ją ponownie: %2</translation>
    </message>
    <message>
        <source>the change may have been applied: %1 (request id %2); check before sending it again: %3</source>
        <translation>zmiana mogła zostać wprowadzona: %1 (ID żądania %2); sprawdź, zanim wyślesz ją ponownie: %3</translation>
    </message>
</context>
<context>
    <name>ff::cli::WriteReadBack</name>
    <message>
        <source>the change may have been applied: %1; reading the orders back failed too (%2): check before sending it again: %3</source>
        <translation>zmiana mogła zostać wprowadzona: %1; ponowny odczyt zamówień też się nie powiódł (%2): sprawdź, zanim wyślesz ją ponownie: %3</translation>
    </message>
    <message>
        <source>the change may have been applied: %1; what it changed is no longer among the customer&apos;s orders: check before sending it again: %2</source>
        <translation>zmiana mogła zostać wprowadzona: %1; tego, czego dotyczyła, nie ma już wśród zamówień klienta: sprawdź, zanim wyślesz ją ponownie: %2</translation>
    </message>
    <message>
        <source>applied: the answer said nothing certain (%1), but reading the orders back %2 s later shows %3</source>
        <translation>zmiana wprowadzona: odpowiedź nie była jednoznaczna (%1), ale ponowny odczyt zamówień po %2 s pokazuje, że %3</translation>
    </message>
    <message>
        <source>not applied, safe to send again: the answer said nothing certain (%1), and reading the orders back %2 s later shows %3</source>
        <translation>zmiana niewprowadzona, można ją bezpiecznie wysłać ponownie: odpowiedź nie była jednoznaczna (%1), a ponowny odczyt zamówień po %2 s pokazuje, że %3</translation>
    </message>
    <message>
        <source>not certain whether it was applied: the answer said nothing certain (%1), and reading the orders back shows %2; check before sending it again: %3</source>
        <translation>nie ma pewności, czy zmiana została wprowadzona: odpowiedź nie była jednoznaczna (%1), a ponowny odczyt zamówień pokazuje, że %2; sprawdź, zanim wyślesz ją ponownie: %3</translation>
    </message>
</context>
<context>
    <name>ff::ui::AccountPurchasesTab</name>
    <message>
        <source>Purchased from</source>
        <translation>Data zakupu od</translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation>Data zakupu do</translation>
    </message>
    <message>
        <source>Paid only</source>
        <translation>Tylko opłacone</translation>
    </message>
    <message>
        <source>Load purchases</source>
        <translation>Wczytaj zakupy</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>ID konta</translation>
    </message>
    <message>
        <source>Paid invoices only</source>
        <translation>Tylko opłacone faktury</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>Typ zakupu</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Wersja oprogramowania</translation>
    </message>
    <message>
        <source>Ask for JSON</source>
        <translation>Pobierz jako JSON</translation>
    </message>
    <message>
        <source>Ask for XML</source>
        <translation>Pobierz jako XML</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>&amp;ID konta:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Purchased:</source>
        <translation>Data zakupu:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Software version:</source>
        <translation>Wersja oprogramowania:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Credit purchases</source>
        <translation>Zakupy na koncie</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Sumy według walut</translation>
    </message>
    <message>
        <source>%1-purchases</source>
        <translation>%1-zakupy</translation>
    </message>
    <message>
        <source>%1-totals</source>
        <translation>%1-sumy</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Dane rozliczeniowe</translation>
    </message>
    <message>
        <source>Enter an account id and load its purchases.</source>
        <translation>Wpisz ID konta i wczytaj jego zakupy.</translation>
    </message>
    <message>
        <source>Account purchases</source>
        <translation>Zakupy na koncie</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>Zakupy: %1</translation>
    </message>
    <message>
        <source>“%1” is not an account id: it must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538.</source>
        <translation>„%1” nie jest ID konta: musi to być GUID, np. 1b01b296-1469-4c46-b14b-c46719621538.</translation>
    </message>
    <message>
        <source>Loading the account&apos;s purchases…</source>
        <translation>Wczytywanie zakupów na koncie…</translation>
    </message>
    <message>
        <source>There is no account with this id.</source>
        <translation>Nie ma konta o tym ID.</translation>
    </message>
    <message>
        <source>No purchases are shown because the request failed (see above).</source>
        <translation>Nie są wyświetlane żadne zakupy, bo żądanie się nie powiodło (zob. wyżej).</translation>
    </message>
    <message>
        <source>&lt;b&gt;User&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Użytkownik&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Company&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Address&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Email&lt;/b&gt; %3 · &lt;b&gt;Phone&lt;/b&gt; %4 · &lt;b&gt;Mobile&lt;/b&gt; %5</source>
        <translation>&lt;br&gt;&lt;b&gt;Firma&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Adres&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;E-mail&lt;/b&gt; %3 · &lt;b&gt;Telefon&lt;/b&gt; %4 · &lt;b&gt;Komórka&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Purchases allowed&lt;/b&gt; %1 · &lt;b&gt;Purchase order required&lt;/b&gt; %2 %3</source>
        <translation>&lt;br&gt;&lt;b&gt;Zakupy dozwolone&lt;/b&gt; %1 · &lt;b&gt;Wymagany numer zamówienia&lt;/b&gt; %2 %3</translation>
    </message>
    <message>
        <source>(PO %1)</source>
        <translation>(PO %1)</translation>
    </message>
    <message>
        <source>This account has no credit purchases that match these filters.</source>
        <translation>To konto nie ma zakupów pasujących do tych filtrów.</translation>
    </message>
</context>
<context>
    <name>ff::ui::AckLicenceDialog</name>
    <message>
        <source>Acknowledge the licence of item %1</source>
        <translation>Potwierdź odbiór licencji pozycji %1</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID urządzenia</translation>
    </message>
    <message>
        <source>the device id or client id the customer reads out</source>
        <translation>ID urządzenia lub client ID, które podaje klient</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>bez tytułu</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purchase order item</source>
        <translation>Pozycja zamówienia</translation>
    </message>
    <message>
        <source>Affiliate:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Pozycja:</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>&amp;ID urządzenia:</translation>
    </message>
    <message>
        <source>Acknowledge licence</source>
        <translation>Potwierdź odbiór licencji</translation>
    </message>
    <message>
        <source>This item has no id.</source>
        <translation>Ta pozycja nie ma ID.</translation>
    </message>
    <message>
        <source>Enter the id of the device that received the licence.</source>
        <translation>Wpisz ID urządzenia, które odebrało licencję.</translation>
    </message>
    <message>
        <source>The device id</source>
        <translation>ID urządzenia</translation>
    </message>
    <message>
        <source>Record that device “%1” received the licence for item %2 (“%3”) in affiliate %4.</source>
        <translation>Zapisz, że urządzenie „%1” odebrało licencję na pozycję %2 („%3”) u partnera %4.</translation>
    </message>
    <message>
        <source>the device id</source>
        <translation>ID urządzenia</translation>
    </message>
    <message>
        <source>Licence acknowledged for item %1 (%2).</source>
        <translation>Potwierdzono odbiór licencji dla pozycji %1 (%2).</translation>
    </message>
    <message>
        <source>Licence acknowledged: %1</source>
        <translation>Potwierdzenie odbioru licencji: %1</translation>
    </message>
    <message>
        <source>Persistent licence issued: %1</source>
        <translation>Wydano licencję trwałą: %1</translation>
    </message>
    <message>
        <source>Transient licence issued: %1</source>
        <translation>Wydano licencję tymczasową: %1</translation>
    </message>
    <message>
        <source>Rental expires: %1</source>
        <translation>Wypożyczenie wygasa: %1</translation>
    </message>
    <message>
        <source>First played: %1</source>
        <translation>Pierwsze odtworzenie: %1</translation>
    </message>
    <message>
        <source>Last play position: %1</source>
        <translation>Ostatnie miejsce odtwarzania: %1</translation>
    </message>
    <message>
        <source>Device: %1 (%2, id %3)</source>
        <translation>Urządzenie: %1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>Entitlement type: %1</source>
        <translation>Typ uprawnienia: %1</translation>
    </message>
    <message>
        <source>Media item: %1 (%2)</source>
        <translation>Element multimedialny: %1 (%2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>brak połączenia</translation>
    </message>
    <message>
        <source>The licence acknowledgement for item %1 was recorded.</source>
        <translation>Potwierdzenie odbioru licencji dla pozycji %1 zostało zapisane.</translation>
    </message>
    <message>
        <source>item %1 is no longer in this customer&apos;s orders.</source>
        <translation>pozycji %1 nie ma już w zamówieniach tego klienta.</translation>
    </message>
</context>
<context>
    <name>ff::ui::AddItemDialog</name>
    <message>
        <source>Requires a pre-roll advert</source>
        <translation>Wymaga reklamy przed filmem (pre-roll)</translation>
    </message>
    <message>
        <source>Supports download to rent (DTR)</source>
        <translation>Obsługuje wypożyczenie z pobraniem (DTR)</translation>
    </message>
    <message>
        <source>Add an item to order %1</source>
        <translation>Dodaj pozycję do zamówienia %1</translation>
    </message>
    <message>
        <source>the offer being bought, e.g. 4211</source>
        <translation>kupowana oferta, np. 4211</translation>
    </message>
    <message>
        <source>the title&apos;s supplier reference</source>
        <translation>referencja dostawcy tytułu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation>ID oferty</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Ref. dostawcy</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Rental time in days</source>
        <translation>Czas wypożyczenia w dniach</translation>
    </message>
    <message>
        <source>View time in hours</source>
        <translation>Czas oglądania w godzinach</translation>
    </message>
    <message>
        <source>Entitlement type id</source>
        <translation>ID typu uprawnienia</translation>
    </message>
    <message>
        <source>DRM profile</source>
        <translation>Profil DRM</translation>
    </message>
    <message>
        <source>BBFC rating</source>
        <translation>Klasyfikacja BBFC</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Czas trwania w minutach</translation>
    </message>
    <message>
        <source>Supported devices</source>
        <translation>Obsługiwane urządzenia</translation>
    </message>
    <message>
        <source>Supports DTR</source>
        <translation>Obsługuje DTR</translation>
    </message>
    <message>
        <source>Adding to order %1 of %2.</source>
        <translation>Dodawanie do zamówienia %1 klienta %2.</translation>
    </message>
    <message>
        <source>&amp;Offer id:</source>
        <translation>&amp;ID oferty:</translation>
    </message>
    <message>
        <source>&amp;Supplier ref:</source>
        <translation>&amp;Referencja dostawcy:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>&amp;Cena jednostkowa:</translation>
    </message>
    <message>
        <source>Unit &amp;price (%1):</source>
        <translation>&amp;Cena jednostkowa (%1):</translation>
    </message>
    <message>
        <source>&amp;Rental time:</source>
        <translation>Czas &amp;wypożyczenia:</translation>
    </message>
    <message>
        <source>&amp;View time:</source>
        <translation>Czas o&amp;glądania:</translation>
    </message>
    <message>
        <source>&amp;Entitlement type id:</source>
        <translation>ID typu &amp;uprawnienia:</translation>
    </message>
    <message>
        <source>&amp;DRM profile:</source>
        <translation>Profil &amp;DRM:</translation>
    </message>
    <message>
        <source>&amp;BBFC rating:</source>
        <translation>Klasyfikacja &amp;BBFC:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Czas trw&amp;ania:</translation>
    </message>
    <message>
        <source>Add item to order %1</source>
        <translation>Dodaj pozycję do zamówienia %1</translation>
    </message>
    <message>
        <source>Unit price: %1</source>
        <translation>Cena jednostkowa: %1</translation>
    </message>
    <message>
        <source>This order has no id, so nothing can be added to it.</source>
        <translation>To zamówienie nie ma ID, więc nie można nic do niego dodać.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>bez tytułu</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>brak połączenia</translation>
    </message>
    <message numerus="yes">
        <source>The item was added. Order %1 now has %n item(s).</source>
        <translation>
            <numerusform>Dodano pozycję. Zamówienie %1 ma teraz %n pozycję.</numerusform>
            <numerusform>Dodano pozycję. Zamówienie %1 ma teraz %n pozycje.</numerusform>
            <numerusform>Dodano pozycję. Zamówienie %1 ma teraz %n pozycji.</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1 is no longer in this customer&apos;s orders.</source>
        <translation>zamówienia %1 nie ma już w zamówieniach tego klienta.</translation>
    </message>
    <message>
        <source>The item was added to order %1 (item %2).</source>
        <translation>Dodano pozycję do zamówienia %1 (pozycja %2).</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> dzień</numerusform>
            <numerusform> dni</numerusform>
            <numerusform> dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> godzina</numerusform>
            <numerusform> godziny</numerusform>
            <numerusform> godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1” (supplier ref %2, offer %3) to order %4 of %5, at %6, rental %7, view time %8.</source>
        <translation>Dodaj „%1” (ref. dostawcy %2, oferta %3) do zamówienia %4 klienta %5, cena %6, wypożyczenie: %7, czas oglądania: %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzina</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported devi&amp;ces:</source>
        <translation>&amp;Obsługiwane urządzenia:</translation>
    </message>
</context>
<context>
    <name>ff::ui::AsOfEdit</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Teraz</translation>
    </message>
    <message>
        <source>As of: the date and time the state is worked out for</source>
        <translation>Stan na: data i godzina, dla których ustalany jest stan</translation>
    </message>
    <message>
        <source>Work the state out for the present moment again</source>
        <translation>Ustal stan ponownie dla bieżącej chwili</translation>
    </message>
    <message>
        <source>A&amp;s of:</source>
        <translation>Stan &amp;na:</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (teraz)</translation>
    </message>
    <message>
        <source>%1 (%2 did not happen that day: the clocks went forward, so it is taken as %3)</source>
        <translation>%1 (godziny %2 tego dnia nie było: zegary przestawiono do przodu, więc przyjęto %3)</translation>
    </message>
    <message>
        <source>%1 (the second of the two %2s: the clocks went back)</source>
        <translation>%1 (druga z dwóch godzin %2: zegary cofnięto)</translation>
    </message>
    <message>
        <source>%1 (the first of the two %2s: the clocks went back)</source>
        <translation>%1 (pierwsza z dwóch godzin %2: zegary cofnięto)</translation>
    </message>
    <message>
        <source>The second %1 (%2)</source>
        <translation>Druga godzina %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ff::ui::AuditLogDialog</name>
    <message>
        <source>applied</source>
        <translation>wprowadzona</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>niewprowadzona</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nie wiadomo</translation>
    </message>
    <message>
        <source>unknown; read back: applied</source>
        <translation>nie wiadomo; po odczycie: wprowadzona</translation>
    </message>
    <message>
        <source>unknown; read back: not applied</source>
        <translation>nie wiadomo; po odczycie: niewprowadzona</translation>
    </message>
    <message>
        <source>unknown; read back: not certain</source>
        <translation>nie wiadomo; po odczycie: bez pewności</translation>
    </message>
    <message>
        <source>%1 · read back %2: %3</source>
        <translation>%1 · odczyt %2: %3</translation>
    </message>
    <message>
        <source>order</source>
        <translation>zamówienie</translation>
    </message>
    <message>
        <source>affiliate</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>device</source>
        <translation>urządzenie</translation>
    </message>
    <message>
        <source>item</source>
        <translation>pozycja</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>decyzja: %1</translation>
    </message>
    <message>
        <source>refund decision</source>
        <translation>decyzja o zwrocie</translation>
    </message>
    <message>
        <source>affiliate %1 · %2 · order %3 · item %4</source>
        <translation>partner %1 · %2 · zamówienie %3 · pozycja %4</translation>
    </message>
    <message>
        <source>verdict %1, state %2, as of %3 (version %4)</source>
        <translation>ocena %1, stan %2, stan na %3 (wersja %4)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation>Użytkownik komputera</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID żądania</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Filter by ticket, reason, id, profile…</source>
        <translation>Filtruj wg zgłoszenia, powodu, ID, profilu…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtruj dziennik audytu</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Wszystkie wyniki</translation>
    </message>
    <message>
        <source>refund decisions</source>
        <translation>decyzje o zwrocie</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtruj wg wyniku</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Zapisane zmiany</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>dziennik-audytu</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Przechowywany w %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation>nie można odczytać dziennika audytu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) (cut short while being written) shown as damaged</source>
        <translation>
            <numerusform>%n uszkodzony wiersz (ucięty podczas zapisu) pokazano jako uszkodzony</numerusform>
            <numerusform>%n uszkodzone wiersze (ucięte podczas zapisu) pokazano jako uszkodzone</numerusform>
            <numerusform>%n uszkodzonych wierszy (uciętych podczas zapisu) pokazano jako uszkodzone</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>uszkodzony</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>zapisano %n zmianę</numerusform>
            <numerusform>zapisano %n zmiany</numerusform>
            <numerusform>zapisano %n zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n refund decision(s)</source>
        <translation>
            <numerusform>%1; %n decyzja o zwrocie</numerusform>
            <numerusform>%1; %n decyzje o zwrocie</numerusform>
            <numerusform>%1; %n decyzji o zwrocie</numerusform>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wczytywanie</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Anuluj wczytywanie</translation>
    </message>
</context>
<context>
    <name>ff::ui::CaseReportDialog</name>
    <message>
        <source>Save a &amp;CSV beside it (same name, .csv)</source>
        <translation>Zapisz obok plik &amp;CSV (ta sama nazwa, .csv)</translation>
    </message>
    <message>
        <source>Copy the &amp;ticket text to the clipboard</source>
        <translation>Skopiuj do schowka &amp;tekst do zgłoszenia</translation>
    </message>
    <message>
        <source>Include the account&apos;s &amp;billing details (address, email, phone) in the PDF</source>
        <translation>Dołącz do PDF &amp;dane rozliczeniowe konta (adres, e-mail, telefon)</translation>
    </message>
    <message>
        <source>Case report: %1</source>
        <translation>Raport sprawy: %1</translation>
    </message>
    <message>
        <source>The selected &amp;item (item %1), in full</source>
        <translation>Wybrana &amp;pozycja (pozycja %1) w całości</translation>
    </message>
    <message>
        <source>The selected &amp;item (select an item first)</source>
        <translation>Wybrana &amp;pozycja (najpierw wybierz pozycję)</translation>
    </message>
    <message numerus="yes">
        <source>The selected &amp;order (order %1, %n item(s)), in full</source>
        <translation>
            <numerusform>Wybrane &amp;zamówienie (zamówienie %1, %n pozycja) w całości</numerusform>
            <numerusform>Wybrane &amp;zamówienie (zamówienie %1, %n pozycje) w całości</numerusform>
            <numerusform>Wybrane &amp;zamówienie (zamówienie %1, %n pozycji) w całości</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected &amp;order (select an order first)</source>
        <translation>Wybrane &amp;zamówienie (najpierw wybierz zamówienie)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole customer (%n item(s)): refund candidates in full, every other item on a line</source>
        <translation>
            <numerusform>&amp;Wszystkie zamówienia klienta (%n pozycja): kandydaci do zwrotu w całości, pozostałe pozycje po jednym wierszu</numerusform>
            <numerusform>&amp;Wszystkie zamówienia klienta (%n pozycje): kandydaci do zwrotu w całości, pozostałe pozycje po jednym wierszu</numerusform>
            <numerusform>&amp;Wszystkie zamówienia klienta (%n pozycji): kandydaci do zwrotu w całości, pozostałe pozycje po jednym wierszu</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket or case reference, e.g. CS-1234 (optional)</source>
        <translation>Numer zgłoszenia lub sprawy, np. CS-1234 (opcjonalnie)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wy&amp;bierz…</translation>
    </message>
    <message>
        <source>Available once the customer&apos;s account is known</source>
        <translation>Dostępne, gdy konto klienta będzie znane</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Tworzenie raportu</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Utwórz raport</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Z&amp;głoszenie:</translation>
    </message>
    <message>
        <source>Save PDF &amp;as:</source>
        <translation>Zapisz PDF &amp;jako:</translation>
    </message>
    <message>
        <source>Report on:</source>
        <translation>Raport dotyczy:</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Zapisz raport sprawy</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation>Wskaż, gdzie zapisać raport.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Zastąpić pliki?</translation>
    </message>
    <message>
        <source>These files are there already and would be replaced:
%1</source>
        <translation>Te pliki już istnieją i zostałyby zastąpione:
%1</translation>
    </message>
    <message>
        <source>The selected item (item %1)</source>
        <translation>Wybrana pozycja (pozycja %1)</translation>
    </message>
    <message>
        <source>The selected order (order %1)</source>
        <translation>Wybrane zamówienie (zamówienie %1)</translation>
    </message>
    <message>
        <source>The whole customer: refund candidates in full, every other item on a line</source>
        <translation>Wszystkie zamówienia klienta: kandydaci do zwrotu w całości, pozostałe pozycje po jednym wierszu</translation>
    </message>
    <message>
        <source>Not connected: the billing details cannot be read.</source>
        <translation>Brak połączenia: nie można odczytać danych rozliczeniowych.</translation>
    </message>
    <message>
        <source>Reading the billing details…</source>
        <translation>Odczytywanie danych rozliczeniowych…</translation>
    </message>
    <message>
        <source>The billing details could not be read: %1</source>
        <translation>Nie można odczytać danych rozliczeniowych: %1</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Tworzenie raportu…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Anulowano: nic nie zapisano.</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>Nie zapisano raportu. %1</translation>
    </message>
    <message>
        <source>Case report saved: %1.</source>
        <translation>Zapisano raport sprawy: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>The ticket text is on the clipboard.</source>
        <translation>Tekst do zgłoszenia jest w schowku.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>ff::ui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Niezaufany certyfikat</translation>
    </message>
    <message>
        <source>The server %1 of profile “%2” presented a certificate this computer does not trust, so nothing was sent.</source>
        <translation>Serwer %1 profilu „%2” przedstawił certyfikat, któremu ten komputer nie ufa, więc nic nie wysłano.</translation>
    </message>
    <message>
        <source>Trust it only if your IT team has told you this certificate is expected (for example an internal test server). It is then trusted for %1 only, and asked about again if it changes.</source>
        <translation>Zaufaj mu tylko wtedy, gdy dział IT poinformował Cię, że ten certyfikat jest oczekiwany (np. wewnętrzny serwer testowy). Będzie wtedy zaufany tylko dla %1, a po jego zmianie pytanie pojawi się ponownie.</translation>
    </message>
    <message>
        <source>This cannot be trusted from here. Check the profile&apos;s URL, or ask your IT team.</source>
        <translation>Temu certyfikatowi nie można tu zaufać. Sprawdź adres URL profilu albo zapytaj dział IT.</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Szczegóły certyfikatu</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 in “%2”</source>
        <translation>Zaufaj temu certyfikatowi dla %1 w profilu „%2”</translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionSession</name>
    <message>
        <source>No secret is stored for profile “%1” yet.</source>
        <translation>Dla profilu „%1” nie zapisano jeszcze sekretu.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the secret is asked for each time and never saved.</source>
        <translation>Na tym komputerze nie ma pęku kluczy, więc sekret jest podawany za każdym razem i nigdy nie jest zapisywany.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Nie można odczytać pęku kluczy: %1</translation>
    </message>
    <message>
        <source>The secret works for now but could not be saved in the keychain: %1</source>
        <translation>Sekret na razie działa, ale nie można go zapisać w pęku kluczy: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>Nie uruchomiono wbudowanej piaskownicy: %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionState</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Połączono: %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>Waiting for the secret of %1</source>
        <translation>Oczekiwanie na sekret dla %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::CurrencySpendChart</name>
    <message>
        <source>Spend per month in %1</source>
        <translation>Wydatki miesięczne w %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>&amp;Filter orders</source>
        <translation>&amp;Filtruj zamówienia</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Add item to order…</source>
        <translation>&amp;Dodaj pozycję do zamówienia…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Dodaj pozycję…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Acknowledge &amp;licence…</source>
        <translation>Potwierdź odbiór &amp;licencji…</translation>
    </message>
    <message>
        <source>Acknowledge licence…</source>
        <translation>Potwierdź odbiór licencji…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Account purchases…</source>
        <translation>Z&amp;akupy na koncie…</translation>
    </message>
    <message>
        <source>Account purchases…</source>
        <translation>Zakupy na koncie…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Copy customer id</source>
        <translation>&amp;Kopiuj ID klienta</translation>
    </message>
    <message>
        <source>Copy customer id</source>
        <translation>Kopiuj ID klienta</translation>
    </message>
    <message>
        <source>Refund candidates</source>
        <translation>Kandydaci do zwrotu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Case report…</source>
        <translation>Raport sprawy…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Load this customer&apos;s orders again (F5)</source>
        <translation>Wczytaj ponownie zamówienia tego klienta (F5)</translation>
    </message>
    <message>
        <source>Show only the items whose refund is due or needs review, or everything again (Ctrl+Shift+R)</source>
        <translation>Pokaż tylko pozycje, dla których zwrot jest należny lub wymaga sprawdzenia, albo znów wszystko (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Available once the customer&apos;s orders have loaded</source>
        <translation>Dostępne po wczytaniu zamówień klienta</translation>
    </message>
    <message>
        <source>A PDF, a CSV and ticket text of the evidence for a refund decision (Ctrl+P)</source>
        <translation>PDF, CSV i tekst do zgłoszenia z dowodami do decyzji o zwrocie (Ctrl+P)</translation>
    </message>
    <message>
        <source>Add an item to the selected order</source>
        <translation>Dodaj pozycję do wybranego zamówienia</translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation>Najpierw wybierz zamówienie</translation>
    </message>
    <message>
        <source>Acknowledge the licence of the selected item</source>
        <translation>Potwierdź odbiór licencji wybranej pozycji</translation>
    </message>
    <message>
        <source>Select an item first</source>
        <translation>Najpierw wybierz pozycję</translation>
    </message>
    <message>
        <source>The credit purchases of this customer&apos;s account (Ctrl+Shift+P)</source>
        <translation>Zakupy na koncie tego klienta (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>The credit purchases of an account (Ctrl+Shift+P)</source>
        <translation>Zakupy na koncie (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Copy the customer&apos;s id to the clipboard</source>
        <translation>Skopiuj ID klienta do schowka</translation>
    </message>
    <message>
        <source>Show only refund ca&amp;ndidates</source>
        <translation>Pokaż tylko kandydatów do &amp;zwrotu</translation>
    </message>
    <message>
        <source>Case r&amp;eport…</source>
        <translation>&amp;Raport sprawy…</translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerHeader</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>customer id %1</source>
        <translation>ID klienta %1</translation>
    </message>
    <message>
        <source>No refund candidates</source>
        <translation>Brak kandydatów do zwrotu</translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation>
            <numerusform>%n kandydat do zwrotu</numerusform>
            <numerusform>%n kandydaci do zwrotu</numerusform>
            <numerusform>%n kandydatów do zwrotu</numerusform>
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
            <numerusform>%n nieobejrzana w okresie dobrej woli</numerusform>
            <numerusform>%n nieobejrzane w okresie dobrej woli</numerusform>
            <numerusform>%n nieobejrzanych w okresie dobrej woli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired unused</source>
        <translation>
            <numerusform>%n wygasła niewykorzystana</numerusform>
            <numerusform>%n wygasłe niewykorzystane</numerusform>
            <numerusform>%n wygasłych niewykorzystanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation>
            <numerusform>%n nieudane dostarczenie</numerusform>
            <numerusform>%n nieudane dostarczenia</numerusform>
            <numerusform>%n nieudanych dostarczeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n przerwana na początku</numerusform>
            <numerusform>%n przerwane na początku</numerusform>
            <numerusform>%n przerwanych na początku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watched</source>
        <translation>
            <numerusform>%n obejrzana</numerusform>
            <numerusform>%n obejrzane</numerusform>
            <numerusform>%n obejrzanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n podwójny zakup</numerusform>
            <numerusform>%n podwójne zakupy</numerusform>
            <numerusform>%n podwójnych zakupów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already refunded</source>
        <translation>
            <numerusform>%n już zwrócona</numerusform>
            <numerusform>%n już zwrócone</numerusform>
            <numerusform>%n już zwróconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with other terms than the offer&apos;s</source>
        <translation>
            <numerusform>%n z innymi warunkami niż w ofercie</numerusform>
            <numerusform>%n z innymi warunkami niż w ofercie</numerusform>
            <numerusform>%n z innymi warunkami niż w ofercie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box set(s) partly used</source>
        <translation>
            <numerusform>%n zestaw częściowo wykorzystany</numerusform>
            <numerusform>%n zestawy częściowo wykorzystane</numerusform>
            <numerusform>%n zestawów częściowo wykorzystanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clock anomaly</source>
        <translation>
            <numerusform>%n z niezgodnością zegarów</numerusform>
            <numerusform>%n z niezgodnością zegarów</numerusform>
            <numerusform>%n z niezgodnością zegarów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement conflict(s)</source>
        <translation>
            <numerusform>%n konflikt uprawnień</numerusform>
            <numerusform>%n konflikty uprawnień</numerusform>
            <numerusform>%n konfliktów uprawnień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerTab</name>
    <message>
        <source>%1-orders</source>
        <translation>%1-zamowienia</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>The selected order or item</source>
        <translation>Wybrane zamówienie lub pozycja</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>&amp;Entitlement</source>
        <translation>&amp;Uprawnienie</translation>
    </message>
    <message>
        <source>Not connected yet: the orders load once the connection is ready.</source>
        <translation>Jeszcze brak połączenia: zamówienia wczytają się, gdy połączenie będzie gotowe.</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>Skopiowano: %1</translation>
    </message>
    <message>
        <source>%1 (affiliate %2)</source>
        <translation>%1 (partner %2)</translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation>partner %1</translation>
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
        <source>Refreshing was cancelled: what is shown is from the last load.</source>
        <translation>Anulowano odświeżanie: widoczne dane pochodzą z ostatniego wczytania.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Anulowano wczytywanie.</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>No customer “%1” was found in %2. Check the spelling, or try their email address.</source>
        <translation>Nie znaleziono klienta „%1” – przeszukano: %2. Sprawdź pisownię albo wyszukaj klienta po adresie e-mail.</translation>
    </message>
    <message>
        <source>%1 has no purchase orders in this affiliate.</source>
        <translation>%1 nie ma zamówień u tego partnera.</translation>
    </message>
    <message>
        <source>Item added to order %1</source>
        <translation>Dodano pozycję do zamówienia %1</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>Potwierdzono odbiór licencji</translation>
    </message>
    <message>
        <source>Customer id copied</source>
        <translation>Skopiowano ID klienta</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Entitlement of %1</source>
        <translation>Uprawnienie: %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Zapisz decyzję</translation>
    </message>
    <message>
        <source>It is kept in the audit log on this computer; nothing is sent to the platform.</source>
        <translation>Zostanie zapisana w dzienniku audytu na tym komputerze; nic nie jest wysyłane do platformy.</translation>
    </message>
    <message>
        <source>Refund &amp;granted</source>
        <translation>Zwrot &amp;przyznany</translation>
    </message>
    <message>
        <source>Refund &amp;declined</source>
        <translation>Zwrot &amp;odrzucony</translation>
    </message>
    <message>
        <source>&amp;Escalated</source>
        <translation>&amp;Eskalowano</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Ticket or case reference</source>
        <translation>Numer zgłoszenia lub sprawy</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decyzja:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Powó&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Zgłoszenie:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Zapi&amp;sz</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Podaj powód decyzji.</translation>
    </message>
    <message>
        <source>Give the ticket or case reference.</source>
        <translation>Podaj numer zgłoszenia lub sprawy.</translation>
    </message>
</context>
<context>
    <name>ff::ui::DetailsPane</name>
    <message>
        <source>Details of the selected order or item</source>
        <translation>Szczegóły wybranego zamówienia lub pozycji</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Kopiuj wartość</translation>
    </message>
    <message>
        <source>Refund investigation of the selected item</source>
        <translation>Analiza zwrotu dla wybranej pozycji</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Skopiuj %1 do schowka</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiuj: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Zamówienie %1</translation>
    </message>
    <message>
        <source>Item %1 of order %2</source>
        <translation>Pozycja %1 zamówienia %2</translation>
    </message>
    <message>
        <source>Select an order or an item to see all its fields.</source>
        <translation>Wybierz zamówienie lub pozycję, aby zobaczyć wszystkie pola.</translation>
    </message>
</context>
<context>
    <name>ff::ui::EntitlementPane</name>
    <message>
        <source>Entitlement</source>
        <translation>Uprawnienie</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Rental / view</source>
        <translation>Wypoż. / oglądanie</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Offers of the media item</source>
        <translation>Oferty elementu multimedialnego</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Zasoby multimedialne</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Typ zasobu</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiał</translation>
    </message>
    <message>
        <source>Transcode</source>
        <translation>Transkodowanie</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Proporcje obrazu</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID klucza</translation>
    </message>
    <message>
        <source>Parent and children</source>
        <translation>Nadrzędne i podrzędne</translation>
    </message>
    <message>
        <source>Parent and child entitlements</source>
        <translation>Uprawnienia nadrzędne i podrzędne</translation>
    </message>
    <message>
        <source>%1-offers</source>
        <translation>%1-oferty</translation>
    </message>
    <message>
        <source>%1-assets</source>
        <translation>%1-zasoby</translation>
    </message>
    <message>
        <source>%1-family</source>
        <translation>%1-rodzina</translation>
    </message>
    <message>
        <source>Select an item to see its current entitlement.</source>
        <translation>Wybierz pozycję, aby zobaczyć jej obecne uprawnienie.</translation>
    </message>
    <message>
        <source>Loading the entitlement…</source>
        <translation>Wczytywanie uprawnienia…</translation>
    </message>
    <message>
        <source>Loading the entitlement was cancelled.</source>
        <translation>Anulowano wczytywanie uprawnienia.</translation>
    </message>
    <message>
        <source>The platform has no entitlement for this title (supplier ref “%1”): the rental may have ended or the item been removed. The refund investigation goes on from the orders alone.</source>
        <translation>Platforma nie ma uprawnienia do tego tytułu (referencja dostawcy „%1”): wypożyczenie mogło się skończyć albo pozycję usunięto. Analiza zwrotu opiera się wyłącznie na zamówieniach.</translation>
    </message>
    <message>
        <source>Note: the current entitlement for this title comes from another purchase (item %1), not from the selected item %2.</source>
        <translation>Uwaga: obecne uprawnienie do tego tytułu pochodzi z innego zakupu (pozycja %1), a nie z wybranej pozycji %2.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>Zapłacona cena</translation>
    </message>
    <message>
        <source>Rental expires</source>
        <translation>Wypożyczenie wygasa</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(wygasło)</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Ostatnie miejsce odtwarzania</translation>
    </message>
    <message>
        <source>First played</source>
        <translation>Pierwsze odtworzenie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>acknowledged: %1 · persistent: %2 · transient: %3</source>
        <translation>potwierdzono odbiór: %1 · trwała: %2 · tymczasowa: %3</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>%1 (%2, device id %3, %4)</source>
        <translation>%1 (%2, ID urządzenia %3, %4)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nieaktywne</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>nie zarejestrowano</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Element multimedialny</translation>
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
        <translation>Obsada</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 d / %2 h</source>
        <translation>%1 d / %2 h</translation>
    </message>
</context>
<context>
    <name>ff::ui::ErrorPresenter</name>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Review the certificate…</source>
        <translation>Sprawdź certyfikat…</translation>
    </message>
    <message>
        <source>Enter the secret again</source>
        <translation>Wpisz sekret ponownie</translation>
    </message>
    <message>
        <source>Edit the profile…</source>
        <translation>Edytuj profil…</translation>
    </message>
    <message>
        <source>No secret is set for profile “%1”. Enter it.</source>
        <translation>Dla profilu „%1” nie ustawiono sekretu. Wpisz go.</translation>
    </message>
    <message>
        <source>The server refused the secret of profile “%1” (it may have expired). Enter it again.</source>
        <translation>Serwer odrzucił sekret profilu „%1” (mógł wygasnąć). Wpisz go ponownie.</translation>
    </message>
</context>
<context>
    <name>ff::ui::InvestigationCard</name>
    <message>
        <source>Record a dec&amp;ision…</source>
        <translation>Zapisz &amp;decyzję…</translation>
    </message>
    <message>
        <source>Refund investigation of the selected item</source>
        <translation>Analiza zwrotu dla wybranej pozycji</translation>
    </message>
    <message>
        <source>Sentences to read out</source>
        <translation>Zdania do odczytania</translation>
    </message>
    <message>
        <source>Keep what you decided, why and the ticket in the audit log (nothing is sent)</source>
        <translation>Zapisz w dzienniku audytu swoją decyzję, powód i zgłoszenie (nic nie jest wysyłane)</translation>
    </message>
    <message>
        <source>Read out to the customer</source>
        <translation>Do odczytania klientowi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Item %1 of order %2 · %3</source>
        <translation>Pozycja %1 zamówienia %2 · %3</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ocena: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stan: %1</translation>
    </message>
    <message>
        <source>Nothing found for or against a refund: %1.</source>
        <translation>Nie znaleziono nic za zwrotem ani przeciw niemu: %1.</translation>
    </message>
    <message>
        <source>Not known:
%1</source>
        <translation>Nieznane:
%1</translation>
    </message>
    <message>
        <source>No decision recorded for this item yet.</source>
        <translation>Dla tej pozycji nie zapisano jeszcze decyzji.</translation>
    </message>
    <message>
        <source>Reading the decisions recorded earlier from the audit log…</source>
        <translation>Odczytywanie z dziennika audytu wcześniej zapisanych decyzji…</translation>
    </message>
    <message>
        <source>The audit log could not be read, so earlier decisions are not shown: %1</source>
        <translation>Nie można odczytać dziennika audytu, więc wcześniejsze decyzje nie są pokazane: %1</translation>
    </message>
    <message>
        <source>Item %1 (%2) · %3</source>
        <translation>Pozycja %1 (%2) · %3</translation>
    </message>
    <message>
        <source>The decision about item %1 was not recorded: %2</source>
        <translation>Nie zapisano decyzji dotyczącej pozycji %1: %2</translation>
    </message>
</context>
<context>
    <name>ff::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>Język &amp;systemu (%1)</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>język systemu</translation>
    </message>
</context>
<context>
    <name>ff::ui::LicenceStates</name>
    <message>
        <source>State before: %1.</source>
        <translation>Stan przed: %1.</translation>
    </message>
    <message>
        <source>State after: %1.</source>
        <translation>Stan po: %1.</translation>
    </message>
    <message>
        <source>The rental window started: it ends on %1.</source>
        <translation>Okres wypożyczenia się rozpoczął. Koniec: %1.</translation>
    </message>
    <message>
        <source>The rental window had already started: it ends on %1.</source>
        <translation>Okres wypożyczenia rozpoczął się już wcześniej. Koniec: %1.</translation>
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
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Open customers</source>
        <translation>Otwarci klienci</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Połączono z %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Not connected: no secret was given for this profile.</source>
        <translation>Brak połączenia: nie podano sekretu dla tego profilu.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Znajdź klienta</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Zamknij &amp;kartę</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Dziennik audytu…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>P&amp;ołączenie</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>P&amp;rzełącz profil</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Keep recent searches between sessions</source>
        <translation>&amp;Zachowuj ostatnie wyszukiwania między sesjami</translation>
    </message>
    <message>
        <source>&amp;Clear recent searches</source>
        <translation>&amp;Wyczyść ostatnie wyszukiwania</translation>
    </message>
    <message>
        <source>Recent searches cleared</source>
        <translation>Wyczyszczono ostatnie wyszukiwania</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Ciemny motyw</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O programie</translation>
    </message>
    <message>
        <source>About FilmFlex Agent Console</source>
        <translation>O programie FilmFlex Agent Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;For the people who answer FilmFlex customers.&lt;br&gt;Qt %2&lt;br&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;Dla osób, które obsługują klientów FilmFlex.&lt;br&gt;Qt %2&lt;br&gt;Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub nowszej (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console — %1</source>
        <translation>FilmFlex Agent Console — %1</translation>
    </message>
    <message>
        <source>The console will speak %1 from its next start: close it and open it again.</source>
        <translation>Od następnego uruchomienia język konsoli to: %1. Zamknij ją i otwórz ponownie.</translation>
    </message>
    <message>
        <source>Start the &amp;built-in sandbox</source>
        <translation>&amp;Uruchom wbudowaną piaskownicę</translation>
    </message>
</context>
<context>
    <name>ff::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Zamknij komunikat</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Akcja komunikatu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>ff::ui::OptionalDateEdit</name>
    <message>
        <source>any date</source>
        <translation>dowolna data</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrderFilterBar</name>
    <message>
        <source>Created from</source>
        <translation>Utworzone od</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Utworzone do</translation>
    </message>
    <message>
        <source>Refund candidates</source>
        <translation>Kandydaci do zwrotu</translation>
    </message>
    <message>
        <source>Filter by title, supplier ref, order, item or transaction id (Ctrl+F)</source>
        <translation>Filtruj wg tytułu, ref. dostawcy, zamówienia, pozycji lub ID transakcji (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter orders</source>
        <translation>Filtruj zamówienia</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtruj wg statusu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>Show only refund candidates</source>
        <translation>Pokaż tylko kandydatów do zwrotu</translation>
    </message>
    <message>
        <source>Only the items whose refund is due or needs review, within the other filters (Ctrl+Shift+R)</source>
        <translation>Tylko pozycje, dla których zwrot jest należny lub wymaga sprawdzenia, w ramach pozostałych filtrów (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Utworzone:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersLoader</name>
    <message>
        <source>Loading the orders of %1…</source>
        <translation>Wczytywanie zamówień: %1…</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersTree</name>
    <message>
        <source>Purchase orders and their items</source>
        <translation>Zamówienia i ich pozycje</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Pozycja %1</translation>
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
        <translation>Sprawdź &amp;teraz</translation>
    </message>
    <message>
        <source>Read the order again now to see whether it was applied</source>
        <translation>Odczytaj zamówienie ponownie teraz, aby sprawdzić, czy zmiana została wprowadzona</translation>
    </message>
    <message numerus="yes">
        <source>Not yet seen on the server. The order is read again in %n s; until then this change cannot be sent again.</source>
        <translation>
            <numerusform>Jeszcze nie widać tego na serwerze. Zamówienie zostanie odczytane ponownie za %n sekundę; do tego czasu nie można ponownie wysłać tej zmiany.</numerusform>
            <numerusform>Jeszcze nie widać tego na serwerze. Zamówienie zostanie odczytane ponownie za %n sekundy; do tego czasu nie można ponownie wysłać tej zmiany.</numerusform>
            <numerusform>Jeszcze nie widać tego na serwerze. Zamówienie zostanie odczytane ponownie za %n sekund; do tego czasu nie można ponownie wysłać tej zmiany.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileIndicator</name>
    <message>
        <source>Active connection profile</source>
        <translation>Aktywny profil połączenia</translation>
    </message>
    <message>
        <source>● PRODUCTION: %1</source>
        <translation>● PRODUKCJA: %1</translation>
    </message>
    <message>
        <source>Sandbox (test data)</source>
        <translation>Piaskownica (dane testowe)</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · tylko do odczytu</translation>
    </message>
    <message>
        <source> · insecure http allowed</source>
        <translation> · niezabezpieczone http</translation>
    </message>
    <message numerus="yes">
        <source> · trusts %n extra certificate(s)</source>
        <translation>
            <numerusform> · ufa %n dodatkowemu certyfikatowi</numerusform>
            <numerusform> · ufa %n dodatkowym certyfikatom</numerusform>
            <numerusform> · ufa %n dodatkowym certyfikatom</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected through profile “%1”. Click to switch.</source>
        <translation>Połączono przez profil „%1”. Kliknij, aby przełączyć.</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile (server, SHA-256):</source>
        <translation>Certyfikaty zaufane w tym profilu (serwer, SHA-256):</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (produkcja)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Zarządzaj profilami…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Brak profilu</translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileManager</name>
    <message>
        <source>Settings updated</source>
        <translation>Zaktualizowano ustawienia</translation>
    </message>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Nie ma profilu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Witaj</translation>
    </message>
    <message>
        <source>No connection is set up yet.

Start the built-in sandbox (a local server with realistic test customers, for trying the console safely), or set up a connection to a FilmFlex server?</source>
        <translation>Nie skonfigurowano jeszcze żadnego połączenia.

Uruchomić wbudowaną piaskownicę (lokalny serwer z realistycznymi klientami testowymi do bezpiecznego wypróbowania konsoli) czy skonfigurować połączenie z serwerem FilmFlex?</translation>
    </message>
    <message>
        <source>Start the sandbox</source>
        <translation>Uruchom piaskownicę</translation>
    </message>
    <message>
        <source>Set up a connection…</source>
        <translation>Skonfiguruj połączenie…</translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfilesDialog</name>
    <message>
        <source>Production (shown in red)</source>
        <translation>Produkcja (oznaczana na czerwono)</translation>
    </message>
    <message>
        <source>Read-only: no changes can be sent</source>
        <translation>Tylko do odczytu: nie można wysyłać zmian</translation>
    </message>
    <message>
        <source>Allow plain http to a remote server (insecure)</source>
        <translation>Zezwalaj na zwykłe http do serwera zdalnego (niezabezpieczone)</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profile połączeń</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>Nagłówek z kluczem API</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (użytkownik i hasło)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>leave empty to keep the one in the keychain</source>
        <translation>zostaw puste, aby zachować sekret z pęku kluczy</translation>
    </message>
    <message>
        <source>no keychain: you will be asked for it when connecting</source>
        <translation>brak pęku kluczy: sekret będzie podawany przy łączeniu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy settings; host:port, no user name or password</source>
        <translation>puste: ustawienia proxy systemu; host:port, bez nazwy użytkownika i hasła</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Refund policy (JSON)</source>
        <translation>Zasady zwrotów (JSON)</translation>
    </message>
    <message>
        <source>The affiliate&apos;s time zone, e.g. Europe/London; empty: yours</source>
        <translation>Strefa czasowa partnera, np. Europe/London; puste: Twoja</translation>
    </message>
    <message>
        <source>The affiliate&apos;s refund policy as JSON, e.g. {&quot;CourtesyWindowHours&quot;: 24}; a missing key takes its default; empty: the defaults</source>
        <translation>Zasady zwrotów partnera w JSON, np. {&quot;CourtesyWindowHours&quot;: 24}; brakujący klucz ma wartość domyślną; puste: wartości domyślne</translation>
    </message>
    <message>
        <source>Affiliates of this profile</source>
        <translation>Partnerzy w tym profilu</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nazwa profilu</translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation>URL API platformy</translation>
    </message>
    <message>
        <source>Admin API URL</source>
        <translation>URL API administracyjnego</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Uwierzytelnianie</translation>
    </message>
    <message>
        <source>API key header name</source>
        <translation>Nazwa nagłówka klucza API</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Sekret</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Limit czasu</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Platform API URL:</source>
        <translation>URL API &amp;platformy:</translation>
    </message>
    <message>
        <source>A&amp;dmin API URL:</source>
        <translation>URL API a&amp;dministracyjnego:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>&amp;Uwierzytelnianie:</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>Nagłówek &amp;klucza API:</translation>
    </message>
    <message>
        <source>&amp;User name (basic):</source>
        <translation>Nazwa uż&amp;ytkownika (Basic):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Sekret:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Limit czasu:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Affiliates:</source>
        <translation>Partnerzy:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Add affiliate</source>
        <translation>Dodaj partnera</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nowy profil %1</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>Każdy profil musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Two profiles are called “%1”.</source>
        <translation>Dwa profile mają nazwę „%1”.</translation>
    </message>
    <message>
        <source>Profile “%1”: the proxy has a user name or password. Proxy authentication is not supported: give the proxy as host:port, without them.</source>
        <translation>Profil „%1”: proxy ma nazwę użytkownika lub hasło. Uwierzytelnianie proxy nie jest obsługiwane: podaj proxy jako host:port, bez nich.</translation>
    </message>
    <message>
        <source>Profile “%1”, affiliate %2: %3</source>
        <translation>Profil „%1”, partner %2: %3</translation>
    </message>
    <message>
        <source>Profile “%1”, affiliate %2: the refund policy: %3</source>
        <translation>Profil „%1”, partner %2: zasady zwrotów: %3</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” is not an http(s) URL.</source>
        <translation>Profil „%1”: „%2” nie jest adresem URL http(s).</translation>
    </message>
</context>
<context>
    <name>ff::ui::SearchBar</name>
    <message>
        <source>Open customer</source>
        <translation>Otwórz klienta</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The affiliate, by name or by id</source>
        <translation>Partner: nazwa lub ID</translation>
    </message>
    <message>
        <source>Customer name or email</source>
        <translation>Nazwa lub e-mail klienta</translation>
    </message>
    <message>
        <source>Customer name or email (Ctrl+L)</source>
        <translation>Nazwa lub e-mail klienta (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Affiliate:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Kli&amp;ent:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not an affiliate: choose one from the list or type its number.</source>
        <translation>„%1” nie jest partnerem: wybierz go z listy lub wpisz jego numer.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name or email address.</source>
        <translation>Wpisz nazwę lub adres e-mail klienta.</translation>
    </message>
    <message>
        <source>“%1” cannot be a customer name.</source>
        <translation>„%1” nie może być nazwą klienta.</translation>
    </message>
</context>
<context>
    <name>ff::ui::SecretDialog</name>
    <message>
        <source>Remember it in the system keychain</source>
        <translation>Zapamiętaj w systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>Secret for %1</source>
        <translation>Sekret dla %1</translation>
    </message>
    <message>
        <source>Token, API key or password</source>
        <translation>Token, klucz API lub hasło</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Sekret:</translation>
    </message>
</context>
<context>
    <name>ff::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Send a confirmed change (in the add-item and licence dialogs)</source>
        <translation>Wyślij potwierdzoną zmianę (w oknach dodawania pozycji i licencji)</translation>
    </message>
</context>
<context>
    <name>ff::ui::SignalColumns</name>
    <message>
        <source>For a refund</source>
        <translation>Za zwrotem</translation>
    </message>
    <message>
        <source>Needs a person&apos;s judgement</source>
        <translation>Wymaga decyzji człowieka</translation>
    </message>
    <message>
        <source>Against a refund</source>
        <translation>Przeciw zwrotowi</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nic</translation>
    </message>
    <message>
        <source>%1 (no weight: the state decides)</source>
        <translation>%1 (bez wagi: decyduje stan)</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Dowody: %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::SpendChartPanel</name>
    <message>
        <source>As a &amp;table</source>
        <translation>Jako &amp;tabela</translation>
    </message>
    <message>
        <source>Show &amp;all months</source>
        <translation>Wszystkie &amp;miesiące</translation>
    </message>
    <message>
        <source>Show spend per month as a table</source>
        <translation>Pokaż wydatki miesięczne jako tabelę</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table, one row per month and currency</source>
        <translation>Liczby z wykresu jako tabela, jeden wiersz na miesiąc i walutę</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Wydatki miesięczne</translation>
    </message>
    <message>
        <source>Press Enter on a month to show only its purchases</source>
        <translation>Naciśnij Enter na miesiącu, aby pokazać tylko jego zakupy</translation>
    </message>
    <message>
        <source>spend-per-month</source>
        <translation>wydatki-miesiecznie</translation>
    </message>
    <message>
        <source>Show purchases of all months</source>
        <translation>Pokaż zakupy ze wszystkich miesięcy</translation>
    </message>
    <message>
        <source>Gross spend per month (months in %1):</source>
        <translation>Wydatki brutto miesięcznie (miesiące wg strefy %1):</translation>
    </message>
    <message>
        <source>Showing the purchases of %1 only.</source>
        <translation>Pokazano tylko zakupy z miesiąca: %1.</translation>
    </message>
</context>
<context>
    <name>ff::ui::TableExport</name>
    <message>
        <source>Export as CSV…</source>
        <translation>Eksportuj do CSV…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the selected cells, for a spreadsheet to paste as cells</source>
        <translation>Skopiuj zaznaczone komórki, aby wkleić je jako komórki do arkusza</translation>
    </message>
    <message>
        <source>Save every row the filter shows (expanded or not), in the columns and the order shown, as a CSV file</source>
        <translation>Zapisz do pliku CSV wszystkie wiersze widoczne po filtrowaniu (rozwinięte lub nie), z kolumnami w pokazanej kolejności</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksportuj do CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz do %1</numerusform>
            <numerusform>Wyeksportowano %n wiersze do %1</numerusform>
            <numerusform>Wyeksportowano %n wierszy do %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::TimelineWidget</name>
    <message>
        <source>Time line</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nic do pokazania.</translation>
    </message>
</context>
<context>
    <name>ff::ui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Find a customer&lt;/h2&gt;&lt;p&gt;Choose the affiliate, type the customer&apos;s name or email address and press Enter. Each customer opens in a tab of its own.&lt;/p&gt;&lt;p&gt;Ctrl+L: search · Ctrl+F: filter orders · F5: refresh · Ctrl+W: close tab · F1: all shortcuts&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Znajdź klienta&lt;/h2&gt;&lt;p&gt;Wybierz partnera, wpisz nazwę lub adres e-mail klienta i naciśnij Enter. Każdy klient otwiera się w osobnej karcie.&lt;/p&gt;&lt;p&gt;Ctrl+L: wyszukiwanie · Ctrl+F: filtrowanie zamówień · F5: odświeżanie · Ctrl+W: zamknięcie karty · F1: wszystkie skróty&lt;/p&gt;</translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation>partner %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test customers of the sandbox: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klienci testowi piaskownicy: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;To see refund investigations, open %1: an example of every refund case, each item with its verdict and the evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aby zobaczyć analizy zwrotów, otwórz %1: przykład każdego przypadku zwrotu, każda pozycja z oceną i dowodami.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteDialog</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Dokładnie to, co zostanie wysłane</translation>
    </message>
    <message>
        <source>e.g. CS-104233</source>
        <translation>np. CS-104233</translation>
    </message>
    <message>
        <source>Ticket or case reference</source>
        <translation>Numer zgłoszenia lub sprawy</translation>
    </message>
    <message>
        <source>Why this change is being made</source>
        <translation>Dlaczego wprowadzasz tę zmianę</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Powód zmiany</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Zostanie wysłane:</translation>
    </message>
    <message>
        <source>&amp;Ticket or case reference:</source>
        <translation>&amp;Numer zgłoszenia lub sprawy:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>Result of the change</source>
        <translation>Wynik zmiany</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Wyślij (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not yet seen on the server: “%1” was sent earlier in this session, its answer said nothing certain, and whether it was applied has not been found out. The same change cannot be sent again in this session: check the customer&apos;s orders (F5) to see whether it is there.</source>
        <translation>Jeszcze nie widać tego na serwerze: „%1” wysłano wcześniej w tej sesji, odpowiedź nie była jednoznaczna i nie ustalono, czy zmiana została wprowadzona. Tej samej zmiany nie można wysłać ponownie w tej sesji: sprawdź zamówienia klienta (F5), aby zobaczyć, czy tam jest.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Reading the order again to find out whether it was applied…</source>
        <translation>Ponowne odczytywanie zamówienia, aby ustalić, czy zmiana została wprowadzona…</translation>
    </message>
    <message>
        <source>%1 Reading the order again shows %2.</source>
        <translation>%1 Ponowny odczyt zamówienia pokazuje, że %2.</translation>
    </message>
    <message>
        <source>%1 Reading the order again, once the server had had time to finish, shows %2. You can send it again.</source>
        <translation>%1 Ponowny odczyt zamówienia, gdy serwer miał już czas na zakończenie pracy, pokazuje, że %2. Możesz wysłać zmianę ponownie.</translation>
    </message>
    <message>
        <source>%1 Whether it was applied is not certain: %2. Send it again only once you are sure it is not there.</source>
        <translation>%1 Nie ma pewności, czy zmiana została wprowadzona: %2. Wyślij ją ponownie dopiero wtedy, gdy masz pewność, że jej tam nie ma.</translation>
    </message>
    <message>
        <source>%1 Not yet seen on the server: %2</source>
        <translation>%1 Jeszcze nie widać tego na serwerze: %2</translation>
    </message>
    <message>
        <source>%1 Whether it was applied is still not known: %2 Check the order before doing anything else.</source>
        <translation>%1 Nadal nie wiadomo, czy zmiana została wprowadzona: %2 Sprawdź zamówienie, zanim zrobisz cokolwiek innego.</translation>
    </message>
    <message>
        <source>Not yet seen on the server. Check again, or close this and check the customer&apos;s orders: this change cannot be sent again in this session.</source>
        <translation>Jeszcze nie widać tego na serwerze. Sprawdź ponownie albo zamknij to okno i sprawdź zamówienia klienta: tej zmiany nie można wysłać ponownie w tej sesji.</translation>
    </message>
    <message>
        <source>Sending… the answer is awaited before anything else can be done here.</source>
        <translation>Wysyłanie… przed wykonaniem jakichkolwiek innych działań trzeba poczekać na odpowiedź.</translation>
    </message>
    <message>
        <source>Before going on:</source>
        <translation>Zanim przejdziesz dalej:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteReconciler</name>
    <message>
        <source>the connection is gone.</source>
        <translation>połączenie zostało przerwane.</translation>
    </message>
</context>
<context>
    <name>ffconsole</name>
    <message>
        <source>A desktop console for FilmFlex customer service.</source>
        <translation>Konsola do obsługi klientów FilmFlex.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and connect to it.</source>
        <translation>Uruchom wbudowaną piaskownicę i połącz się z nią.</translation>
    </message>
    <message>
        <source>Connect with this saved profile.</source>
        <translation>Połącz się przy użyciu tego zapisanego profilu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>the value of --profile in --help</comment>
        <translation>NAZWA</translation>
    </message>
</context>
</TS>
