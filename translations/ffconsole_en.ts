<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FieldRows</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::CaseReportPdf</name>
    <message numerus="yes">
        <source>%n refund candidate(s) are among them: past the first %1, candidates are not set out in full. Report chosen items to see them in full.</source>
        <translation>
            <numerusform>%n refund candidate is among them: past the first %1, candidates are not set out in full. Report chosen items to see them in full.</numerusform>
            <numerusform>%n refund candidates are among them: past the first %1, candidates are not set out in full. Report chosen items to see them in full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1: %2 paid over %n order(s), of which %3 refunded.</source>
        <translation>
            <numerusform>In %1: %2 paid over %n order, of which %3 refunded.</numerusform>
            <numerusform>In %1: %2 paid over %n orders, of which %3 refunded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never paid (pending, failed or cancelled), so not in that sum: %n order(s), %1.</source>
        <translation>
            <numerusform>Never paid (pending, failed or cancelled), so not in that sum: %n order, %1.</numerusform>
            <numerusform>Never paid (pending, failed or cancelled), so not in that sum: %n orders, %1.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n item(s): %1.</source>
        <translation>
            <numerusform>%n item: %1.</numerusform>
            <numerusform>%n items: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) reported in full are in the PDF and the CSV.</source>
        <translation>
            <numerusform>%n more item reported in full is in the PDF and the CSV.</numerusform>
            <numerusform>%n more items reported in full are in the PDF and the CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refund candidate(s) are in the PDF on a line each and in the CSV.</source>
        <translation>
            <numerusform>%n more refund candidate is in the PDF on a line and in the CSV.</numerusform>
            <numerusform>%n more refund candidates are in the PDF on a line each and in the CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) are not refund candidates and are not listed here.</source>
        <translation>
            <numerusform>%n other item is not a refund candidate and is not listed here.</numerusform>
            <numerusform>%n other items are not refund candidates and are not listed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paid in %1: %2 over %n order(s), of which %3 refunded.</source>
        <translation>
            <numerusform>Paid in %1: %2 over %n order, of which %3 refunded.</numerusform>
            <numerusform>Paid in %1: %2 over %n orders, of which %3 refunded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::InvestigationCells</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::MonthlySpendModel</name>
    <message numerus="yes">
        <source>%1: %2 (%n purchase(s))</source>
        <translation>
            <numerusform>%1: %2 (%n purchase)</numerusform>
            <numerusform>%1: %2 (%n purchases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a date are not in the chart.</source>
        <translation>
            <numerusform>%n purchase without a date is not in the chart.</numerusform>
            <numerusform>%n purchases without a date are not in the chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a gross amount are not in the chart.</source>
        <translation>
            <numerusform>%n purchase without a gross amount is not in the chart.</numerusform>
            <numerusform>%n purchases without a gross amount are not in the chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ProfileStore</name>
    <message numerus="yes">
        <source>Profile “%1”: %n certificate(s) trusted by fingerprint alone are no longer trusted, because trust is now given for one server (host and port). When the server&apos;s certificate is shown, review it and trust it again if it is expected.</source>
        <translation>
            <numerusform>Profile “%1”: %n certificate trusted by fingerprint alone is no longer trusted, because trust is now given for one server (host and port). When the server&apos;s certificate is shown, review it and trust it again if it is expected.</numerusform>
            <numerusform>Profile “%1”: %n certificates trusted by fingerprint alone are no longer trusted, because trust is now given for one server (host and port). When the server&apos;s certificate is shown, review it and trust it again if it is expected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::PurchaseOrderModel</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::RefundSentences</name>
    <message numerus="yes">
        <source>%n of the %1 titles in this box set have been started.</source>
        <translation>
            <numerusform>%n of the %1 titles in this box set has been started.</numerusform>
            <numerusform>%n of the %1 titles in this box set have been started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::WriteVerification</name>
    <message numerus="yes">
        <source>the order now has %n new items like this one: check them before doing anything else</source>
        <translation>
            <numerusform>the order now has %n new item like this one: check it before doing anything else</numerusform>
            <numerusform>the order now has %n new items like this one: check them before doing anything else</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the order changed in other ways meanwhile (%n other new item(s)): check it before trying again</source>
        <translation>
            <numerusform>the order changed in other ways meanwhile (%n other new item): check it before trying again</numerusform>
            <numerusform>the order changed in other ways meanwhile (%n other new items): check it before trying again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateList</name>
    <message numerus="yes">
        <source>%1 of %n customer(s), %2 failed, %3 already done</source>
        <translation>
            <numerusform>%1 of %n customer, %2 failed, %3 already done</numerusform>
            <numerusform>%1 of %n customers, %2 failed, %3 already done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), %2 failed</source>
        <translation>
            <numerusform>%1 of %n customer, %2 failed</numerusform>
            <numerusform>%1 of %n customers, %2 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot write to stdout: %1; the run stopped after %n customer(s) written in full, and only those that succeeded are recorded in --state: run again with it to go on</source>
        <translation>
            <numerusform>cannot write to stdout: %1; the run stopped after %n customer written in full, and only those that succeeded are recorded in --state: run again with it to go on</numerusform>
            <numerusform>cannot write to stdout: %1; the run stopped after %n customers written in full, and only those that succeeded are recorded in --state: run again with it to go on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot write to stdout: %1; the run stopped after %n customer(s) written in full</source>
        <translation>
            <numerusform>cannot write to stdout: %1; the run stopped after %n customer written in full</numerusform>
            <numerusform>cannot write to stdout: %1; the run stopped after %n customers written in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) failed, and the rest were not tried; the last: %2</source>
        <translation>
            <numerusform>%1 of %n customer failed, and the rest were not tried; the last: %2</numerusform>
            <numerusform>%1 of %n customers failed, and the rest were not tried; the last: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) failed; the last: %2</source>
        <translation>
            <numerusform>%1 of %n customer failed; the last: %2</numerusform>
            <numerusform>%1 of %n customers failed; the last: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigationOutput</name>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n item, %1</numerusform>
            <numerusform>%n items, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation>
            <numerusform>%n refund candidate</numerusform>
            <numerusform>%n refund candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::OrderOutput</name>
    <message numerus="yes">
        <source>%n order(s), %1</source>
        <translation>
            <numerusform>%n order, %1</numerusform>
            <numerusform>%n orders, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::ReportCommand</name>
    <message numerus="yes">
        <source>%n chosen item(s), each in full: %1</source>
        <translation>
            <numerusform>%n chosen item, in full: %1</numerusform>
            <numerusform>%n chosen items, each in full: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::AddItemDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The item was added. Order %1 now has %n item(s).</source>
        <translation>
            <numerusform>The item was added. Order %1 now has %n item.</numerusform>
            <numerusform>The item was added. Order %1 now has %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n damaged line(s) (cut short while being written) shown as damaged</source>
        <translation>
            <numerusform>%n damaged line (cut short while being written) shown as damaged</numerusform>
            <numerusform>%n damaged lines (cut short while being written) shown as damaged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n change recorded</numerusform>
            <numerusform>%n changes recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n refund decision(s)</source>
        <translation>
            <numerusform>%1; %n refund decision</numerusform>
            <numerusform>%1; %n refund decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::CaseReportDialog</name>
    <message numerus="yes">
        <source>The selected &amp;order (order %1, %n item(s)), in full</source>
        <translation>
            <numerusform>The selected &amp;order (order %1, %n item), in full</numerusform>
            <numerusform>The selected &amp;order (order %1, %n items), in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole customer (%n item(s)): refund candidates in full, every other item on a line</source>
        <translation>
            <numerusform>The &amp;whole customer (%n item): refund candidates in full, every other item on a line</numerusform>
            <numerusform>The &amp;whole customer (%n items): refund candidates in full, every other item on a line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerHeader</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation>
            <numerusform>%n refund candidate</numerusform>
            <numerusform>%n refund candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unwatched in the courtesy window</source>
        <translation>
            <numerusform>%n unwatched in the courtesy window</numerusform>
            <numerusform>%n unwatched in the courtesy window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired unused</source>
        <translation>
            <numerusform>%n expired unused</numerusform>
            <numerusform>%n expired unused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation>
            <numerusform>%n delivery failure</numerusform>
            <numerusform>%n delivery failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n stopped early</numerusform>
            <numerusform>%n stopped early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watched</source>
        <translation>
            <numerusform>%n watched</numerusform>
            <numerusform>%n watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already refunded</source>
        <translation>
            <numerusform>%n already refunded</numerusform>
            <numerusform>%n already refunded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with other terms than the offer&apos;s</source>
        <translation>
            <numerusform>%n with other terms than the offer&apos;s</numerusform>
            <numerusform>%n with other terms than the offer&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box set(s) partly used</source>
        <translation>
            <numerusform>%n box set partly used</numerusform>
            <numerusform>%n box sets partly used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clock anomaly</source>
        <translation>
            <numerusform>%n with a clock anomaly</numerusform>
            <numerusform>%n with a clock anomaly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement conflict(s)</source>
        <translation>
            <numerusform>%n entitlement conflict</numerusform>
            <numerusform>%n entitlement conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::OutcomeCountdown</name>
    <message numerus="yes">
        <source>Not yet seen on the server. The order is read again in %n s; until then this change cannot be sent again.</source>
        <translation>
            <numerusform>Not yet seen on the server. The order is read again in %n s; until then this change cannot be sent again.</numerusform>
            <numerusform>Not yet seen on the server. The order is read again in %n s; until then this change cannot be sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileIndicator</name>
    <message numerus="yes">
        <source> · trusts %n extra certificate(s)</source>
        <translation>
            <numerusform> · trusts %n extra certificate</numerusform>
            <numerusform> · trusts %n extra certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::TableExport</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
