<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AgentMessage</name>
    <message>
        <source>Not allowed: this profile&apos;s credentials may not do this. Check the profile&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised: the server refused this profile&apos;s credentials. Check the credentials under Connection ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy and asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time. Try again; if it keeps happening, the service may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent us elsewhere, which is not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read, so nothing is shown from it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large to load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may or may not have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>present (see the family below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::AccountPurchasesModel</name>
    <message>
        <source>Date purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::AffiliateInvestigation</name>
    <message>
        <source>The refund policy saved for affiliate %1 could not be read (%2): the default policy is used. Correct it in Connection ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone “%1” saved for affiliate %2 is not known: your own time zone is used. Correct it in Connection ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (an IANA name such as Europe/London).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ApiCall</name>
    <message>
        <source>the server refused the request as invalid (HTTP 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authorised: the credentials were refused (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden: these credentials may not do this (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server timed out waiting for the request (HTTP 408)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reports a conflict (HTTP 409)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is too large for the server (HTTP 413)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests: the server asks to slow down (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server failed (HTTP 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proxy or gateway could not reach the server (HTTP 502)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service is unavailable (HTTP 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proxy or gateway timed out waiting for the server (HTTP 504)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect: the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect: the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection dropped after the request was sent, before any answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected elsewhere, which is not followed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than the %1 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out: nothing arrived for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection dropped while the response was arriving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ApiClient</name>
    <message>
        <source>the server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected JSON, but the server sent %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected JSON or XML, but the server sent %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 URL &quot;%2&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 URL uses plain http to another machine; use https, or allow insecure http in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this profile is read-only: changes are not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret is set for this profile&apos;s %1 authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 URL %2 is not one of the servers this profile&apos;s secret is for (%3): nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not about this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the affiliate id must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase order id must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item names purchase order %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account id is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date is after the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase order item id must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ApiError</name>
    <message>
        <source> (request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::AuditLog</name>
    <message>
        <source>cannot create the audit log&apos;s folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the audit log&apos;s folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the audit log %1 reach the disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::AuditedWrites</name>
    <message>
        <source>the write could not be recorded in the audit log, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CardLines</name>
    <message>
        <source>Worked out from the orders, with the platform&apos;s entitlement for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from the orders alone: the platform&apos;s current entitlement for this title is another purchase&apos;s (item %1), so it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has no entitlement for this title, so this is worked out from the orders alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from the orders alone; the platform&apos;s entitlement refines it when it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the affiliate&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown %1, under %2: courtesy window %3 h, stopped early under %4 min, watched from %5 %, clocks may differ by %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was added on %1, but its order was created on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far it played: not known (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far it played: to %1 (the last position the platform recorded); the title&apos;s length is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far it played: to %1 of %2 (the last position the platform recorded, not the furthest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s entitlement for this item records no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s current entitlement for this title is another purchase&apos;s (item %1), and the orders do not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform has no entitlement for this title, and the orders do not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s entitlement could not be read, and the orders do not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the platform&apos;s entitlement for this item says, and it has not been read yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CaseReportBilling</name>
    <message>
        <source>Account user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CaseReportItem</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental time ends (worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + RentalTime (%2 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View time ends (worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimeOfFirstPlay + ViewTime (%1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental ends (the platform&apos;s word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of (the instant reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (when the report was made)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CaseReportPdf</name>
    <message>
        <source>Refund case report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund case report · customer %1 · affiliate %2 · made %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other items (%1), one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other items (%1): not refund candidates, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s) are among them: past the first %1, candidates are not set out in full. Report chosen items to see them in full.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 · item %2 · %3 · %4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the server was named directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (time zone %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the affiliate&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by FilmFlex Agent Console %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing details (included at the agent&apos;s request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · item %2 · “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier reference %1; price %2; payment transaction %3; refund transaction %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the API sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: none recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a person&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence against a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed by no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %1: %2 paid over %n order(s), of which %3 refunded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Never paid (pending, failed or cancelled), so not in that sum: %n order(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some item had no price, so these sums are not the whole story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in this console&apos;s audit log for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CaseReportText</name>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refund case: customer %1, affiliate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund case %3: customer %1, affiliate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, item %2, “%3” (%4): %5. %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions not known: the audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1; payment transaction %2; refund transaction %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) reported in full are in the PDF and the CSV.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refund candidate(s) are in the PDF on a line each and in the CSV.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) are not refund candidates and are not listed here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paid in %1: %2 over %n order(s), of which %3 refunded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the affiliate&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out as of %1, under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out at %1, under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1, account %2, no profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1, account %2, profile %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CertificateProblem</name>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2. A certificate for another name is never trusted: the address may be wrong, or someone may be in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Only a certificate whose issuer is unknown here (self-signed, or from an internal certificate authority) can be trusted; this one cannot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ContentDecoding</name>
    <message>
        <source>the decompressor could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response inflates to more than the %1 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed response is damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is encoded as &quot;%1&quot;, which is not understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CredentialStore</name>
    <message>
        <source>no secret is stored for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CurrencyTotalsModel</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: some purchases have no amount, or the sum is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CustomerInvestigation</name>
    <message>
        <source>Only the orders were read: the platform&apos;s expiry, how far it played, box-set children and the offer&apos;s terms are not known here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::DecisionRecords</name>
    <message>
        <source>there is no audit log to record it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decision: %1, on %2 by %3 (ticket %4): “%5”. Decided on the verdict “%6” (%7) as of %8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::DisplayFormat</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::EntitlementModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent and transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::EvidenceText</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::InvestigationCells</name>
    <message>
        <source>%1 · %2 left to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ItemFacts</name>
    <message>
        <source>The order names no offer type, so whether it is a rental or bought to keep is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title&apos;s length &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title&apos;s length is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has no current entitlement for this title, so its expiry, how far it played and its offers are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entitlement could not be read (%1), so the platform&apos;s expiry, how far it played and the offers are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s current entitlement for this title is another item&apos;s (%1), so this item&apos;s expiry, how far it played, box-set children and offers are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the item nor its order says when it was bought.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ItemStateAt</name>
    <message>
        <source>The order says it was bought to keep, but its entitlement&apos;s type is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order says it is a rental, but its entitlement&apos;s type is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s offer type &quot;%1&quot; says it was bought to keep, but the item is marked Download-To-Rent (IsDtr), which is a rental.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it is a rental or bought to keep is unknown: the order names no offer type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::JsonReader</name>
    <message>
        <source>the JSON ends too soon (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1: it starts with that encoding&apos;s byte-order mark (BOM), and JSON is read only as UTF-8 (save it as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a decimal within .NET&apos;s range and precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time interval such as &quot;1.02:03:04.5&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a GUID, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$ref&quot; refers to an object that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects and arrays are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$values&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a reference id, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$ref&quot; references repeat more than %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$ref&quot;: &quot;%1&quot; names no object read before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty, where JSON was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::LowSpeedGuard</name>
    <message>
        <source>the answer came too slowly: %1 bytes in the last %2 s, less than %3 bytes a second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::MoneyInput</name>
    <message>
        <source>Enter an amount, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount without a sign, such as %1: a price is never negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be part of an amount: type digits, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount without its currency (it is in %1), such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: type digits, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most %1 decimal places, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount in %1 has no decimals: type whole units, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount in %1 has at most %2 decimal places, such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your language settings write “%1” before the decimals: write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount as your language settings write it: write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount as your language settings write it: write %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::MonthlySpendModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n purchase(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(incomplete: the sum is too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a date are not in the chart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a gross amount are not in the chart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::NewItemRules</name>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be &quot;.&quot; or &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the item is being added to order %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::PathSegment</name>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;: it would not survive as a path segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::PrivateFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ProfileStore</name>
    <message>
        <source>Profile “%1”: its proxy had a user name or password saved in the settings file. Proxy authentication is not supported, so they were removed; the proxy %2 is used without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”: %n certificate(s) trusted by fingerprint alone are no longer trusted, because trust is now given for one server (host and port). When the server&apos;s certificate is shown, review it and trust it again if it is expected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::PurchaseOrderModel</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the order or item was created, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s price; on an order, its items&apos; prices added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from the order until the rental ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours from the first play until the rental ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence ack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a device acknowledged receiving the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment provider&apos;s transaction; an item without its own shows its order&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the item stands: not started, active, expired, owned, refunded; with the time left or since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a refund is due, needs a person&apos;s review, or is not due; on an order, its refund candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts about the item that bear on a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::PurchaseSignals</name>
    <message>
        <source>Offer %1 is not among the title&apos;s offers, so the terms it was sold on cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer %1 was not on sale at the purchase instant, so the terms it was sold on cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::RefundPolicyJson</name>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings, none of them empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of signal names and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;already-refunded&quot; has no weight: the state decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of &quot;%1&quot; must be &quot;supports&quot;, &quot;review&quot; or &quot;opposes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is not valid JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::RefundSentences</name>
    <message>
        <source>%1 at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 left to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You bought it on %1; it has not been played or downloaded on any device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rented it on %1; it has not been played or downloaded on any device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rental ended on %1 without being played or downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence was issued on %1, but no device confirmed receiving it, and nothing was played or downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was streamed on %1 and stopped after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It played to %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was already refunded (reference %2); the refund covers every item in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is marked refunded; the refund covers every item in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 titles in this box set have been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records&apos; times do not fit together (a licence, play or download before the purchase or before the licence), so a clock may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already owned this title (order %1, bought on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already had this title on rental (order %1, rented on %2, running until %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither copy has been played or downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy, bought on %1, has not been played or downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier one was never played or downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both copies have been played or downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paid %1; offer %2 on sale at the time was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rental was given %1 d to start; offer %2 on sale at the time gave %3 d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rental was given %1 h to watch; offer %2 on sale at the time gave %3 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform says the rental ends on %1, but its terms give %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order says &quot;%1&quot;, bought to keep, but the title is marked as a download-to-rent rental.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order says &quot;%1&quot;, but the platform lists the title as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::RefundTerms</name>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned, not played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned, played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired, watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwatched in the courtesy window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box set partly used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposes a refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::RentalWindow</name>
    <message>
        <source>RentalTime %1 is not a number of days a rental can last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rental has no RentalTime and no licence was issued, so when it ends is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rental has no RentalTime and no ViewTime, so when it ends is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the rental ends is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::SandboxInfoReader</name>
    <message>
        <source>the sandbox&apos;s description could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox answered HTTP %1 when asked to describe itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox did not describe itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::SandboxLauncher</name>
    <message>
        <source>%1 did not report ready within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffconsole-sandbox was not found next to this program or on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed too much before reporting ready; is it really ffconsole-sandbox?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported ready without an address and its tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 before reporting ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::TimelineEvents</name>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time line, in time order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::TimelinePainter</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::WriteVerification</name>
    <message>
        <source>the order already had an identical item before this one was sent, so whether a second one was added cannot be told for certain: check the order&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order now has the item (item %1): it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order has no new item: it was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the order now has %n new items like this one: check them before doing anything else</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the order changed in other ways meanwhile (%n other new item(s)): check it before trying again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the licence was already marked acknowledged before, so this cannot tell whether the new acknowledgement was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licence is now marked acknowledged: it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licence is still not acknowledged: it was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not there yet, but the server may still be working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is about order %1, not order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names no order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order in the answer does not hold the item that was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is about item %1, not item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names no item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not show the licence acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::XmlReader</name>
    <message>
        <source>the body is empty, where XML was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document declares a DTD, which is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML ends too soon (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more than one root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal within .NET&apos;s range and precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a DateTime in UTC and OffsetMinutes (-840 to 840), got &quot;%1&quot; and &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a GUID, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AccountPurchasesTab</name>
    <message>
        <source>Purchased from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid invoices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an account id and load its purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an account id: it must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases are shown because the request failed (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;User&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Company&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Address&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Email&lt;/b&gt; %3 · &lt;b&gt;Phone&lt;/b&gt; %4 · &lt;b&gt;Mobile&lt;/b&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Purchases allowed&lt;/b&gt; %1 · &lt;b&gt;Purchase order required&lt;/b&gt; %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(PO %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no credit purchases that match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AckLicenceDialog</name>
    <message>
        <source>Acknowledge the licence of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device id or client id the customer reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the id of the device that received the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that device “%1” received the licence for item %2 (“%3”) in affiliate %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence acknowledged for item %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent licence issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient licence issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last play position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 (%2, id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media item: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence acknowledgement for item %1 was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is no longer in this customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AddItemDialog</name>
    <message>
        <source>Requires a pre-roll advert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports download to rent (DTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer being bought, e.g. 4211</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title&apos;s supplier reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental time in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View time in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement type id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRM profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BBFC rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports DTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to order %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;price (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rental time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entitlement type id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DRM profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BBFC rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported de&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no id, so nothing can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” (supplier ref %2, offer %3) to order %4 of %5, at %6, rental %7 days, view time %8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The item was added. Order %1 now has %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>order %1 is no longer in this customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was added to order %1 (item %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AsOfEdit</name>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of: the date and time the state is worked out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the state out for the present moment again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;s of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 did not happen that day: the clocks went forward, so it is taken as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the second of the two %2s: the clocks went back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first of the two %2s: the clocks went back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AuditLogDialog</name>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown; read back: applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown; read back: not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown; read back: not certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · read back %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliate %1 · %2 · order %3 · item %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict %1, state %2, as of %3 (version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by ticket, reason, id, profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) (cut short while being written) shown as damaged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n refund decision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CaseReportDialog</name>
    <message>
        <source>Save a &amp;CSV beside it (same name, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;ticket text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the account&apos;s &amp;billing details (address, email, phone) in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected &amp;item (item %1), in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected &amp;item (select an item first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selected &amp;order (order %1, %n item(s)), in full</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The selected &amp;order (select an order first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole customer (%n item(s)): refund candidates in full, every other item on a line</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket or case reference, e.g. CS-1234 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the customer&apos;s account is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are there already and would be replaced:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected item (item %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected order (order %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole customer: refund candidates in full, every other item on a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the billing details cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the billing details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 of profile “%2” presented a certificate this computer does not trust, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it only if your IT team has told you this certificate is expected (for example an internal test server). It is then trusted for %1 only, and asked about again if it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be trusted from here. Check the profile&apos;s URL, or ask your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for %1 in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionSession</name>
    <message>
        <source>No secret is stored for profile “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the secret is asked for each time and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret works for now but could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionState</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CurrencySpendChart</name>
    <message>
        <source>Spend per month in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item to order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge &amp;licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;refund candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this customer&apos;s orders again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the items whose refund is due or needs review, or everything again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the customer&apos;s orders have loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF, a CSV and ticket text of the evidence for a refund decision (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the licence of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit purchases of this customer&apos;s account (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit purchases of an account (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the customer&apos;s id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerHeader</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>customer id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unwatched in the courtesy window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired unused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already refunded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with other terms than the offer&apos;s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box set(s) partly used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clock anomaly</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerTab</name>
    <message>
        <source>%1-orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected order or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet: the orders load once the connection is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (affiliate %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing was cancelled: what is shown is from the last load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer “%1” was found in %2. Check the spelling, or try their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no purchase orders in this affiliate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item added to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept in the audit log on this computer; nothing is sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket or case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ticket or case reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::DetailsPane</name>
    <message>
        <source>Details of the selected order or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund investigation of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order or an item to see all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::EntitlementPane</name>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental / view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers of the media item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent and child entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its current entitlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the entitlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the entitlement was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has no entitlement for this title (supplier ref “%1”): the rental may have ended or the item been removed. The refund investigation goes on from the orders alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the current entitlement for this title comes from another purchase (item %1), not from the selected item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged: %1 · persistent: %2 · transient: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, device id %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d / %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ErrorPresenter</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is set for profile “%1”. Enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the secret of profile “%1” (it may have expired). Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::InvestigationCard</name>
    <message>
        <source>Record a dec&amp;ision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund investigation of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences to read out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you decided, why and the ticket in the audit log (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read out to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of order %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for or against a refund: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded for this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the decisions recorded earlier from the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read, so earlier decisions are not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision about item %1 was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::LicenceStates</name>
    <message>
        <source>State before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State after: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rental window started: it ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rental window had already started: it ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::MainWindow</name>
    <message>
        <source>FilmFlex Agent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: no secret was given for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep recent searches between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent searches cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FilmFlex Agent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;For the people who answer FilmFlex customers.&lt;br&gt;Qt %2&lt;br&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FilmFlex Agent Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OptionalDateEdit</name>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OrderFilterBar</name>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, supplier ref, order, item or transaction id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only refund candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items whose refund is due or needs review, within the other filters (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersLoader</name>
    <message>
        <source>Loading the orders of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersTree</name>
    <message>
        <source>Purchase orders and their items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OutcomeCountdown</name>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the order again now to see whether it was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet seen on the server. The order is read again in %n s; until then this change cannot be sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileIndicator</name>
    <message>
        <source>Active connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● PRODUCTION: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (test data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · insecure http allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · trusts %n extra certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected through profile “%1”. Click to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates trusted for this profile (server, SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileManager</name>
    <message>
        <source>Settings updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is set up yet.

Start the built-in sandbox (a local server with realistic test customers, for trying the console safely), or set up a connection to a FilmFlex server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfilesDialog</name>
    <message>
        <source>Production (shown in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: no changes can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http to a remote server (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain: you will be asked for it when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy settings; host:port, no user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund policy (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affiliate&apos;s time zone, e.g. Europe/London; empty: yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affiliate&apos;s refund policy as JSON, e.g. {&quot;CourtesyWindowHours&quot;: 24}; a missing key takes its default; empty: the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliates of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmin API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name (basic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two profiles are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”: the proxy has a user name or password. Proxy authentication is not supported: give the proxy as host:port, without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”, affiliate %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”, affiliate %2: the refund policy: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::SearchBar</name>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affiliate, by name or by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name or email (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affiliate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an affiliate: choose one from the list or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a customer name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::SecretDialog</name>
    <message>
        <source>Remember it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token, API key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a confirmed change (in the add-item and licence dialogs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::SignalColumns</name>
    <message>
        <source>For a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a person&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no weight: the state decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::SpendChartPanel</name>
    <message>
        <source>As a &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show spend per month as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table, one row per month and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a month to show only its purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend-per-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show purchases of all months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross spend per month (months in %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the purchases of %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::TableExport</name>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells, for a spreadsheet to paste as cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every row the filter shows (expanded or not), in the columns and the order shown, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::TimelineWidget</name>
    <message>
        <source>Time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Find a customer&lt;/h2&gt;&lt;p&gt;Choose the affiliate, type the customer&apos;s name or email address and press Enter. Each customer opens in a tab of its own.&lt;/p&gt;&lt;p&gt;Ctrl+L: search · Ctrl+F: filter orders · F5: refresh · Ctrl+W: close tab · F1: all shortcuts&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Test customers of the sandbox: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;To see refund investigations, open %1: an example of every refund case, each item with its verdict and the evidence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CS-104233</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket or case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this change is being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket or case reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet seen on the server: “%1” was sent earlier in this session, its answer said nothing certain, and whether it was applied has not been found out. The same change cannot be sent again in this session: check the customer&apos;s orders (F5) to see whether it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the order again to find out whether it was applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reading the order again shows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reading the order again, once the server had had time to finish, shows %2. You can send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Whether it was applied is not certain: %2. Send it again only once you are sure it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Not yet seen on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Whether it was applied is still not known: %2 Check the order before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet seen on the server. Check again, or close this and check the customer&apos;s orders: this change cannot be sent again in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… the answer is awaited before anything else can be done here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before going on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteReconciler</name>
    <message>
        <source>the connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
