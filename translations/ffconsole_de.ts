<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentMessage</name>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="32"/>
        <source>Not allowed: this profile&apos;s credentials may not do this. Check the profile&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="33"/>
        <source>Not authorised: the server refused this profile&apos;s credentials. Check the credentials under Connection ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="41"/>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="49"/>
        <source>The server failed (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="51"/>
        <source>The server is busy and asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="53"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="55"/>
        <source>It said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="58"/>
        <source>Timed out: the server did not answer in time. Try again; if it keeps happening, the service may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="62"/>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="65"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="69"/>
        <source>The server sent us elsewhere, which is not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="72"/>
        <source>The server&apos;s answer could not be read, so nothing is shown from it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="76"/>
        <source>The server&apos;s answer is too large to load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="79"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="84"/>
        <source>The change may or may not have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="86"/>
        <source>(Request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <location filename="../models/FieldRows.h" line="62"/>
        <source>present (see the family below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/FieldRows.h" line="70"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/FieldRows.h" line="82"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::AccountPurchasesModel</name>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="110"/>
        <source>Date purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="112"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="114"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="116"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="118"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="120"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="122"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="124"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="126"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="128"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="130"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ApiCall</name>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="27"/>
        <source>the server refused the request as invalid (HTTP 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="29"/>
        <source>not authorised: the credentials were refused (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="31"/>
        <source>forbidden: these credentials may not do this (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="33"/>
        <source>not found (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="35"/>
        <source>the server timed out waiting for the request (HTTP 408)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="37"/>
        <source>the server reports a conflict (HTTP 409)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="39"/>
        <source>the request is too large for the server (HTTP 413)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="41"/>
        <source>too many requests: the server asks to slow down (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="43"/>
        <source>the server failed (HTTP 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="45"/>
        <source>a proxy or gateway could not reach the server (HTTP 502)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="47"/>
        <source>the service is unavailable (HTTP 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="49"/>
        <source>a proxy or gateway timed out waiting for the server (HTTP 504)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="51"/>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="104"/>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="147"/>
        <location filename="../api/client/ApiCall.cpp" line="184"/>
        <location filename="../api/client/ApiCall.cpp" line="309"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="254"/>
        <source>could not connect: the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="257"/>
        <source>could not connect: the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="260"/>
        <source>the server closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="263"/>
        <source>the connection dropped after the request was sent, before any answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="267"/>
        <source>the server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="276"/>
        <source>the server redirected elsewhere, which is not followed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="283"/>
        <source>the proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="286"/>
        <source>the network failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="316"/>
        <source>the response is larger than the %1 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="324"/>
        <source>timed out: nothing arrived for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="333"/>
        <source>the server redirected to %1, which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiCall.cpp" line="349"/>
        <source>the connection dropped while the response was arriving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ApiClient</name>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="59"/>
        <source>the server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="81"/>
        <location filename="../api/client/ApiClient.cpp" line="99"/>
        <location filename="../api/client/ApiClient.cpp" line="117"/>
        <source>the response could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="94"/>
        <source>expected JSON, but the server sent %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="111"/>
        <source>expected JSON or XML, but the server sent %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="173"/>
        <source>admin API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="173"/>
        <source>platform API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="177"/>
        <source>the %1 URL &quot;%2&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="180"/>
        <source>the %1 URL uses plain http to another machine; use https, or allow insecure http in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="185"/>
        <source>this profile is read-only: changes are not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="188"/>
        <source>no secret is set for this profile&apos;s %1 authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="280"/>
        <location filename="../api/client/ApiClient.cpp" line="318"/>
        <location filename="../api/client/ApiClient.cpp" line="365"/>
        <source>the affiliate id must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="281"/>
        <source>the customer&apos;s name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="300"/>
        <source>the purchase order id must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="303"/>
        <source>the item names purchase order %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="319"/>
        <source>the supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="349"/>
        <source>the account id is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="351"/>
        <source>the start date is after the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="367"/>
        <source>the purchase order item id must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ApiClient.cpp" line="368"/>
        <source>the device id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ApiError</name>
    <message>
        <location filename="../api/client/ApiError.cpp" line="12"/>
        <source> (request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::AuditLog</name>
    <message>
        <location filename="../api/audit/AuditLog.cpp" line="91"/>
        <source>cannot create the audit log&apos;s folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/audit/AuditLog.cpp" line="95"/>
        <source>cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/audit/AuditLog.cpp" line="99"/>
        <source>cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/audit/AuditLog.cpp" line="107"/>
        <source>cannot make the audit log %1 reach the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/audit/AuditLog.cpp" line="183"/>
        <source>%1 line(s) of the audit log could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::AuditedWrites</name>
    <message>
        <location filename="../api/audit/AuditedWrites.cpp" line="40"/>
        <source>the write could not be recorded in the audit log, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ContentDecoding</name>
    <message>
        <location filename="../api/client/ContentDecoding.cpp" line="19"/>
        <source>the decompressor could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ContentDecoding.cpp" line="35"/>
        <source>the response inflates to more than the %1 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ContentDecoding.cpp" line="45"/>
        <source>the compressed response is damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/ContentDecoding.cpp" line="58"/>
        <source>the response is encoded as &quot;%1&quot;, which is not understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CredentialStore</name>
    <message>
        <location filename="../api/auth/CredentialStore.cpp" line="18"/>
        <source>no secret is stored for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/auth/CredentialStore.cpp" line="22"/>
        <source>no keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/auth/CredentialStore.cpp" line="27"/>
        <source>the keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/auth/CredentialStore.cpp" line="31"/>
        <source>the keychain failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CurrencyTotalsModel</name>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="41"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="43"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="45"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="47"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="49"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="51"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="74"/>
        <source>%1 (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="93"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="103"/>
        <source>Incomplete: some purchases have no amount, or the sum is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::DisplayFormat</name>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="146"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="146"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="161"/>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="166"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="167"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::EntitlementModel</name>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="192"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="194"/>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="196"/>
        <source>Item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="198"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="200"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="202"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="204"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="301"/>
        <source>Persistent and transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="303"/>
        <source>Persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="305"/>
        <source>Transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="307"/>
        <source>None issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="311"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="311"/>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="316"/>
        <source>Issued: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="319"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::JsonReader</name>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="170"/>
        <location filename="../api/codec/JsonReader.cpp" line="565"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="172"/>
        <location filename="../api/codec/JsonReader.cpp" line="575"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="174"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="176"/>
        <location filename="../api/codec/JsonReader.cpp" line="385"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="178"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="182"/>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="189"/>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="191"/>
        <source>objects and arrays are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="193"/>
        <source>the body is empty, where JSON was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="196"/>
        <location filename="../api/codec/JsonReader.cpp" line="701"/>
        <source>the JSON ends too soon (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="198"/>
        <source>a string is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="203"/>
        <source>this is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="205"/>
        <source>a number is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="208"/>
        <location filename="../api/codec/JsonReader.cpp" line="728"/>
        <source>the body is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="210"/>
        <source>this is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="365"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="372"/>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="379"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="390"/>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="394"/>
        <source>%1 is not a decimal within .NET&apos;s range and precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="402"/>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="406"/>
        <source>expected an ISO 8601 date, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="413"/>
        <source>a time interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="416"/>
        <source>expected a time interval such as &quot;1.02:03:04.5&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="424"/>
        <source>a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="427"/>
        <source>expected a GUID, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="448"/>
        <location filename="../api/codec/JsonReader.cpp" line="513"/>
        <source>&quot;$ref&quot; refers to an object that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="524"/>
        <source>objects and arrays are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="534"/>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="570"/>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="625"/>
        <source>expected a reference id, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="638"/>
        <source>&quot;$ref&quot; references repeat more than %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="647"/>
        <source>&quot;$ref&quot;: &quot;%1&quot; names no object read before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/JsonReader.cpp" line="720"/>
        <source>there is more after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::NewItemRules</name>
    <message>
        <location filename="../api/domain/NewItemRules.cpp" line="13"/>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/NewItemRules.cpp" line="16"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/NewItemRules.cpp" line="19"/>
        <source>cannot be &quot;.&quot; or &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/NewItemRules.cpp" line="22"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/NewItemRules.cpp" line="25"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/NewItemRules.cpp" line="28"/>
        <source>is %1, but the item is being added to order %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::PathSegment</name>
    <message>
        <location filename="../api/client/PathSegment.cpp" line="12"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/client/PathSegment.cpp" line="14"/>
        <source>%1 cannot be &quot;%2&quot;: it would not survive as a path segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::PurchaseOrderModel</name>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="273"/>
        <location filename="../models/PurchaseOrderModel.cpp" line="352"/>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/PurchaseOrderModel.cpp" line="268"/>
        <location filename="../models/PurchaseOrderModel.cpp" line="273"/>
        <location filename="../models/PurchaseOrderModel.cpp" line="352"/>
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="955"/>
        <source>Order / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="957"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="959"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="961"/>
        <source>Offer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="963"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="965"/>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="967"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="969"/>
        <source>Rental (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="971"/>
        <source>View (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="973"/>
        <source>First play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="975"/>
        <source>Licence ack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="977"/>
        <source>Payment provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="979"/>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="981"/>
        <source>Refund transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="989"/>
        <source>When the order or item was created, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="991"/>
        <source>An item&apos;s price; on an order, its items&apos; prices added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="993"/>
        <source>Days from the order until the rental ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="995"/>
        <source>Hours from the first play until the rental ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="997"/>
        <source>Whether a device acknowledged receiving the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="999"/>
        <source>The payment provider&apos;s transaction; an item without its own shows its order&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="1119"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="1149"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="206"/>
        <location filename="../models/PurchaseOrderModel.cpp" line="1153"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="1231"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::SandboxLauncher</name>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="39"/>
        <source>%1 did not report ready within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="85"/>
        <source>the sandbox is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="96"/>
        <source>ffconsole-sandbox was not found next to this program or on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="123"/>
        <source>%1 printed too much before reporting ready; is it really ffconsole-sandbox?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="152"/>
        <source>%1 reported ready without an address and a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="194"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="194"/>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="195"/>
        <source>%1 %2 before reporting ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="196"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/launcher/SandboxLauncher.cpp" line="204"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::WriteVerification</name>
    <message>
        <location filename="../api/domain/WriteVerification.cpp" line="48"/>
        <source>the order already had an identical item before this one was sent, so whether a second one was added cannot be told for certain: check the order&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/WriteVerification.cpp" line="58"/>
        <source>the order now has the item (item %1): it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/WriteVerification.cpp" line="65"/>
        <source>the order has no new item: it was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/WriteVerification.cpp" line="71"/>
        <source>the order now has %1 new items like this one: check them before doing anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/WriteVerification.cpp" line="74"/>
        <source>the order changed in other ways meanwhile (%1 other new item(s)): check it before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/WriteVerification.cpp" line="87"/>
        <source>the licence was already marked acknowledged before, so this cannot tell whether the new acknowledgement was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/WriteVerification.cpp" line="92"/>
        <source>the licence is now marked acknowledged: it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/domain/WriteVerification.cpp" line="96"/>
        <source>the licence is still not acknowledged: it was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::XmlReader</name>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="33"/>
        <source>the body is empty, where XML was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="37"/>
        <source>the document declares a DTD, which is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="50"/>
        <source>the body holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="58"/>
        <source> (line %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="68"/>
        <source>the XML ends too soon (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="69"/>
        <source>this is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="79"/>
        <source>there is more than one root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="103"/>
        <source>elements are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="164"/>
        <source>expected an integer, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="176"/>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="185"/>
        <source>&quot;%1&quot; is not a decimal within .NET&apos;s range and precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="197"/>
        <source>expected an ISO 8601 date, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api/codec/XmlReader.cpp" line="207"/>
        <source>expected a GUID, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AccountPurchasesTab</name>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="49"/>
        <source>Purchased from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="50"/>
        <source>Purchased until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="51"/>
        <source>Paid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="56"/>
        <source>Load purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="72"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="73"/>
        <source>Paid invoices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="77"/>
        <source>Purchase type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="78"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="79"/>
        <source>Software version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="81"/>
        <source>Ask for JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="82"/>
        <source>Ask for XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="86"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="88"/>
        <source>Account &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="91"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="94"/>
        <source>Purchased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="97"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="99"/>
        <source>Software version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="101"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="116"/>
        <source>Credit purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="125"/>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="131"/>
        <source>Totals per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="133"/>
        <source>Billing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="156"/>
        <source>Enter an account id and load its purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="163"/>
        <source>Account purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="163"/>
        <source>Purchases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="188"/>
        <source>“%1” is not an account id: it must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="208"/>
        <source>Loading the account&apos;s purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="223"/>
        <source>There is no account with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="225"/>
        <source>No purchases are shown because the request failed (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="244"/>
        <source>&lt;b&gt;User&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="247"/>
        <source>&lt;br&gt;&lt;b&gt;Company&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Address&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Email&lt;/b&gt; %3 · &lt;b&gt;Phone&lt;/b&gt; %4 · &lt;b&gt;Mobile&lt;/b&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="253"/>
        <source>&lt;br&gt;&lt;b&gt;Purchases allowed&lt;/b&gt; %1 · &lt;b&gt;Purchase order required&lt;/b&gt; %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="255"/>
        <source>(PO %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="259"/>
        <source>This account has no credit purchases that match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AckLicenceDialog</name>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="22"/>
        <source>Acknowledge the licence of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="25"/>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="26"/>
        <source>the device id or client id the customer reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="34"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="34"/>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="63"/>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="83"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="35"/>
        <source>Affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="36"/>
        <source>Purchase order item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="38"/>
        <source>Affiliate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="39"/>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="40"/>
        <source>&amp;Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="42"/>
        <source>Acknowledge licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="50"/>
        <source>This item has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="53"/>
        <source>Enter the id of the device that received the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="54"/>
        <source>The device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="61"/>
        <source>Record that device “%1” received the licence for item %2 (“%3”) in affiliate %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="70"/>
        <source>the device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="81"/>
        <source>Licence acknowledged for item %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="84"/>
        <source>Licence acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="85"/>
        <source>Persistent licence issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="86"/>
        <source>Transient licence issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="87"/>
        <source>Rental expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="88"/>
        <source>First played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="89"/>
        <source>Last play position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="91"/>
        <source>Device: %1 (%2, id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="96"/>
        <source>Entitlement type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="98"/>
        <source>Media item: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="108"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="133"/>
        <source>The licence acknowledgement for item %1 was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="138"/>
        <source>item %1 is no longer in this customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AddItemDialog</name>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="40"/>
        <location filename="../ui/writes/AddItemDialog.cpp" line="80"/>
        <source>Requires a pre-roll advert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="41"/>
        <source>Supports download to rent (DTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="43"/>
        <source>Add an item to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="48"/>
        <source>the offer being bought, e.g. 4211</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="49"/>
        <source>the title&apos;s supplier reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="52"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="55"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="59"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="75"/>
        <source>Offer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="76"/>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="76"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="76"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="77"/>
        <source>Rental time in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="77"/>
        <source>View time in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="78"/>
        <source>Entitlement type id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="78"/>
        <source>DRM profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="79"/>
        <source>BBFC rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="79"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="80"/>
        <source>Supported devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="81"/>
        <source>Supports DTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="92"/>
        <source>Adding to order %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="96"/>
        <source>&amp;Offer id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="97"/>
        <source>&amp;Supplier ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="98"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="100"/>
        <source>Unit &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="100"/>
        <source>Unit &amp;price (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="101"/>
        <source>&amp;Rental time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="102"/>
        <source>&amp;View time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="103"/>
        <source>&amp;Entitlement type id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="104"/>
        <source>&amp;DRM profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="105"/>
        <source>&amp;BBFC rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="106"/>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="107"/>
        <source>Supported de&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="113"/>
        <source>Add item to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="166"/>
        <source>The unit price must be a number such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="168"/>
        <source>This order has no id, so nothing can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="173"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="185"/>
        <source>Add “%1” (supplier ref %2, offer %3) to order %4 of %5, at %6, rental %7 days, view time %8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="187"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="205"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/writes/AddItemDialog.cpp" line="230"/>
        <source>The item was added. Order %1 now has %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="243"/>
        <source>order %1 is no longer in this customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="249"/>
        <source>The item was added to order %1 (item %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AuditLogDialog</name>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="47"/>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="104"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="49"/>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="105"/>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="54"/>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="106"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="62"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="63"/>
        <source>affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="64"/>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="65"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="93"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="97"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="97"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="97"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="97"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="97"/>
        <source>Computer user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="97"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="97"/>
        <source>Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="98"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="98"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="98"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="98"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="98"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="98"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="100"/>
        <source>Filter by ticket, reason, id, profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="102"/>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="103"/>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="107"/>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="112"/>
        <source>Recorded changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="115"/>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="122"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogDialog.cpp" line="163"/>
        <source>%n change(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogDialog.cpp" line="164"/>
        <source>%n change(s) recorded; %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::BusyBar</name>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="16"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="22"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="24"/>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/profiles/CertificateDialog.cpp" line="16"/>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/CertificateDialog.cpp" line="20"/>
        <source>The server of profile “%1” presented a certificate this computer does not trust, so nothing was sent. Trust it only if your IT team has told you this certificate is expected (for example an internal test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/CertificateDialog.cpp" line="29"/>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/CertificateDialog.cpp" line="32"/>
        <source>Trust this certificate for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionSession</name>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="68"/>
        <source>No secret is stored for profile “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="73"/>
        <source>No keychain is available on this computer, so the secret is asked for each time and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="80"/>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="118"/>
        <source>The secret works for now but could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="169"/>
        <source>The built-in sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionState</name>
    <message>
        <location filename="../ui/main/ConnectionState.cpp" line="16"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ConnectionState.cpp" line="19"/>
        <source>Connected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ConnectionState.cpp" line="21"/>
        <location filename="../ui/main/ConnectionState.cpp" line="25"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ConnectionState.cpp" line="23"/>
        <source>Waiting for the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerActions</name>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="11"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="11"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="12"/>
        <source>&amp;Filter orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="12"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="14"/>
        <source>&amp;Add item to order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="14"/>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="14"/>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="15"/>
        <source>Acknowledge &amp;licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="15"/>
        <source>Acknowledge licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="16"/>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="17"/>
        <source>&amp;Account purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="17"/>
        <source>Account purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="18"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="20"/>
        <source>&amp;Copy customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="20"/>
        <source>Copy customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="40"/>
        <source>Load this customer&apos;s orders again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="47"/>
        <source>Add an item to the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="47"/>
        <source>Select an order first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="50"/>
        <source>Acknowledge the licence of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="50"/>
        <source>Select an item first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="56"/>
        <source>The credit purchases of this customer&apos;s account (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="57"/>
        <source>Available once the customer&apos;s orders have loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="58"/>
        <source>The credit purchases of an account (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerActions.cpp" line="60"/>
        <source>Copy the customer&apos;s id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerHeader</name>
    <message numerus="yes">
        <location filename="../ui/customer/CustomerHeader.cpp" line="50"/>
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/CustomerHeader.cpp" line="50"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerHeader.cpp" line="53"/>
        <source>customer id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerTab</name>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="74"/>
        <source>The selected order or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="75"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="76"/>
        <source>&amp;Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="301"/>
        <source>Customer id copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="115"/>
        <source>%1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="138"/>
        <source>%1 (affiliate %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="139"/>
        <source>affiliate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="140"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="147"/>
        <location filename="../ui/customer/CustomerTab.cpp" line="148"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="100"/>
        <source>Not connected yet: the orders load once the connection is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="202"/>
        <source>Refreshing was cancelled: what is shown is from the last load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="203"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="204"/>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="209"/>
        <source>No customer “%1” was found in %2. Check the spelling, or try their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="219"/>
        <source>%1 has no purchase orders in this affiliate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="272"/>
        <source>Item added to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="285"/>
        <source>Licence acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::DetailsPane</name>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="42"/>
        <source>Details of the selected order or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="44"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="44"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="54"/>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="88"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="90"/>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="91"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="105"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="111"/>
        <source>Item %1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="119"/>
        <source>Select an order or an item to see all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::EntitlementPane</name>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="78"/>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="82"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="84"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="84"/>
        <location filename="../ui/customer/EntitlementPane.cpp" line="226"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="84"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="84"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="84"/>
        <source>Rental / view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="84"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="86"/>
        <source>Offers of the media item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="90"/>
        <location filename="../ui/customer/EntitlementPane.cpp" line="94"/>
        <source>Media assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="92"/>
        <source>Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="92"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="92"/>
        <source>Transcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="92"/>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="92"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="98"/>
        <source>Parent and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="101"/>
        <source>Parent and child entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="150"/>
        <source>Select an item to see its current entitlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="172"/>
        <source>Loading the entitlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="183"/>
        <source>Loading the entitlement was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="188"/>
        <source>There is no current entitlement for “%1”: the rental may have ended or the item been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="213"/>
        <source>Note: the current entitlement for this title comes from another purchase (item %1), not from the selected item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="224"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="225"/>
        <source>Price paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="227"/>
        <source>Rental expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="228"/>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="229"/>
        <source>Last play position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="230"/>
        <source>First played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="231"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="232"/>
        <source>acknowledged: %1 · persistent: %2 · transient: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="237"/>
        <location filename="../ui/customer/EntitlementPane.cpp" line="242"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="238"/>
        <source>%1 (%2, device id %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="240"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="240"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="242"/>
        <source>none registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="244"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="247"/>
        <source>Media item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="248"/>
        <source>%1 (%2) · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="253"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="255"/>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="257"/>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="268"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="271"/>
        <source>%1 d / %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ErrorPresenter</name>
    <message>
        <location filename="../ui/errors/ErrorPresenter.cpp" line="62"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errors/ErrorPresenter.cpp" line="64"/>
        <source>Review the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errors/ErrorPresenter.cpp" line="66"/>
        <source>Enter the secret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errors/ErrorPresenter.cpp" line="68"/>
        <source>Edit the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errors/ErrorPresenter.cpp" line="134"/>
        <source>No secret is set for profile “%1”. Enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errors/ErrorPresenter.cpp" line="135"/>
        <source>The server refused the secret of profile “%1” (it may have expired). Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="68"/>
        <source>FilmFlex Agent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="71"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="82"/>
        <source>Open customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="124"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="129"/>
        <location filename="../ui/main/MainWindow.cpp" line="134"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="169"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="170"/>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="170"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="178"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="178"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="179"/>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="179"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="187"/>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="200"/>
        <source>C&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="201"/>
        <source>&amp;Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="206"/>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="207"/>
        <source>Start the built-in &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="210"/>
        <source>&amp;Keep recent searches between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="215"/>
        <source>&amp;Clear recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="218"/>
        <source>Recent searches cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="221"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="222"/>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="230"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="231"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="232"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="233"/>
        <source>About FilmFlex Agent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="234"/>
        <source>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;For the people who answer FilmFlex customers.&lt;br&gt;Qt %2&lt;br&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="356"/>
        <source>FilmFlex Agent Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="133"/>
        <source>Not connected: no secret was given for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="29"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="30"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="31"/>
        <source>Message action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="32"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/OptionalDateEdit.cpp" line="12"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OrderFilterBar</name>
    <message>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="19"/>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="20"/>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="23"/>
        <source>Filter by title, supplier ref, order, item or transaction id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="25"/>
        <source>Filter orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="27"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="28"/>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="55"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="34"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/OrderFilterBar.cpp" line="36"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersLoader</name>
    <message>
        <location filename="../ui/customer/OrdersLoader.cpp" line="54"/>
        <source>Loading the orders of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersTree</name>
    <message>
        <location filename="../ui/customer/OrdersTree.cpp" line="24"/>
        <source>Purchase orders and their items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/OrdersTree.cpp" line="88"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileIndicator</name>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="16"/>
        <source>Active connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="25"/>
        <source>● PRODUCTION: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="28"/>
        <source>Sandbox (test data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="32"/>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="34"/>
        <source> · insecure http allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/ProfileIndicator.cpp" line="36"/>
        <source> · trusts %n extra certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="39"/>
        <source>Connected through profile “%1”. Click to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="41"/>
        <source>Certificates trusted for this profile (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="55"/>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="61"/>
        <source>Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileIndicator.cpp" line="64"/>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileManager</name>
    <message>
        <location filename="../ui/main/ProfileManager.cpp" line="59"/>
        <source>There is no profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileManager.cpp" line="91"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileManager.cpp" line="92"/>
        <source>No connection is set up yet.

Start the built-in sandbox (a local server with realistic test customers, for trying the console safely), or set up a connection to a FilmFlex server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileManager.cpp" line="96"/>
        <source>Start the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ProfileManager.cpp" line="97"/>
        <source>Set up a connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="38"/>
        <source>Production (shown in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="39"/>
        <source>Read-only: no changes can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="40"/>
        <source>Allow plain http to a remote server (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="44"/>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="47"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="48"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="49"/>
        <source>API key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="50"/>
        <source>Basic (user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="51"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="54"/>
        <source>leave empty to keep the one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="55"/>
        <source>no keychain: you will be asked for it when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="58"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="59"/>
        <source>empty: the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="60"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="60"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="62"/>
        <source>Affiliates of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="67"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="67"/>
        <source>Platform API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="68"/>
        <source>Admin API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="68"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="69"/>
        <source>API key header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="69"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="70"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="70"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="70"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="79"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="80"/>
        <source>&amp;Platform API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="81"/>
        <source>A&amp;dmin API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="82"/>
        <source>A&amp;uthentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="83"/>
        <source>API key &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="84"/>
        <source>&amp;User name (basic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="85"/>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="86"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="87"/>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="91"/>
        <source>Affiliates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="93"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="94"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="95"/>
        <source>Add affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="216"/>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="243"/>
        <source>Every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="245"/>
        <source>Two profiles are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="252"/>
        <source>Profile “%1”: “%2” is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::SearchBar</name>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="22"/>
        <location filename="../ui/main/SearchBar.cpp" line="42"/>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="30"/>
        <source>Affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="31"/>
        <source>The affiliate, by name or by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="33"/>
        <source>Customer name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="34"/>
        <source>Customer name or email (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="46"/>
        <source>&amp;Affiliate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="48"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="69"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="126"/>
        <source>“%1” is not an affiliate: choose one from the list or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="132"/>
        <source>Enter the customer&apos;s name or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="137"/>
        <source>“%1” cannot be a customer name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::SecretDialog</name>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="17"/>
        <source>Remember it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="19"/>
        <source>Secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="23"/>
        <source>Token, API key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="30"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="39"/>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="15"/>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="17"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="17"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="30"/>
        <source>Send a confirmed change (in the add-item and licence dialogs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::WelcomePage</name>
    <message>
        <location filename="../ui/main/WelcomePage.cpp" line="31"/>
        <source>&lt;h2&gt;Find a customer&lt;/h2&gt;&lt;p&gt;Choose the affiliate, type the customer&apos;s name or email address and press Enter. Each customer opens in a tab of its own.&lt;/p&gt;&lt;p&gt;Ctrl+L: search · Ctrl+F: filter orders · F5: refresh · Ctrl+W: close tab · F1: all shortcuts&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/WelcomePage.cpp" line="39"/>
        <source>affiliate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/WelcomePage.cpp" line="46"/>
        <source>&lt;p&gt;Test customers of the sandbox: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteDialog</name>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="35"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="36"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="38"/>
        <location filename="../ui/writes/WriteDialog.cpp" line="263"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="54"/>
        <source>Exactly what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="58"/>
        <source>e.g. CS-104233</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="59"/>
        <source>Ticket or case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="61"/>
        <source>Why this change is being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="62"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="67"/>
        <source>Will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="68"/>
        <source>&amp;Ticket or case reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="69"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="74"/>
        <source>Result of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="93"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="168"/>
        <source>Reading the order again to find out whether it was applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="175"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="186"/>
        <source>The answer was lost, but reading the order again shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="192"/>
        <source>Reading the order again shows %1. You can send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="196"/>
        <source>Whether it was applied is not certain: %1. Send it again only once you are sure it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="209"/>
        <source>Whether it was applied is not known, and the order could not be read again: %1 Check the order before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="237"/>
        <source>Sending… the answer is awaited before anything else can be done here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="239"/>
        <source>Checking whether it was applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="251"/>
        <source>Before going on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="263"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteReconciler</name>
    <message>
        <location filename="../ui/writes/WriteReconciler.cpp" line="19"/>
        <source>the connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
