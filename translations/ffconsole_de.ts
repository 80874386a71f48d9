<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentMessage</name>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="31"/>
        <source>Not allowed: this profile&apos;s credentials may not do this. Check the profile&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="32"/>
        <source>Not authorised: the server refused this profile&apos;s credentials. Check the credentials under Connection ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="40"/>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="46"/>
        <source>The server failed (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="48"/>
        <source>The server is busy and asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="50"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="52"/>
        <source>It said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="55"/>
        <source>Timed out: the server did not answer in time. Try again; if it keeps happening, the service may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="58"/>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="61"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="64"/>
        <source>The server sent us elsewhere, which is not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="67"/>
        <source>The server&apos;s answer could not be read, so nothing is shown from it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="70"/>
        <source>The server&apos;s answer is too large to load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="73"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="78"/>
        <source>The change may or may not have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AgentMessage.cpp" line="80"/>
        <source>(Request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::AccountPurchasesModel</name>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="109"/>
        <source>Date purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="111"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="113"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="115"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="117"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="119"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="121"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="123"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="125"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="127"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/AccountPurchasesModel.cpp" line="129"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::CurrencyTotalsModel</name>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="40"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="42"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="44"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="46"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="48"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="73"/>
        <source>%1 (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="92"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/CurrencyTotalsModel.cpp" line="102"/>
        <source>Incomplete: some purchases have no amount, or the sum is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::DisplayFormat</name>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="139"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="139"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="154"/>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="159"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="160"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::EntitlementModel</name>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="191"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="193"/>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="195"/>
        <source>Item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="197"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="199"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="201"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="203"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="299"/>
        <source>Persistent and transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="301"/>
        <source>Persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="303"/>
        <source>Transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="305"/>
        <source>None issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="309"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="309"/>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="314"/>
        <source>Issued: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/EntitlementModel.cpp" line="317"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::PurchaseOrderModel</name>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="209"/>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/PurchaseOrderModel.cpp" line="211"/>
        <source>%n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="749"/>
        <source>Order / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="751"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="753"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="755"/>
        <source>Offer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="757"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="759"/>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="761"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="763"/>
        <source>Rental (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="765"/>
        <source>View (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="767"/>
        <source>First play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="769"/>
        <source>Licence ack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="771"/>
        <source>Payment provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="773"/>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="775"/>
        <source>Refund transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="783"/>
        <source>When the order or item was created, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="785"/>
        <source>An item&apos;s price; on an order, its items&apos; prices added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="787"/>
        <source>Days from the order until the rental ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="789"/>
        <source>Hours from the first play until the rental ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="791"/>
        <source>Whether a device acknowledged receiving the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="793"/>
        <source>The payment provider&apos;s transaction; an item without its own shows its order&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="913"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="943"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="947"/>
        <location filename="../models/PurchaseOrderModel.cpp" line="1015"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PurchaseOrderModel.cpp" line="1068"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AccountPurchasesTab</name>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="42"/>
        <source>Purchased from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="42"/>
        <source>Purchased until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="43"/>
        <source>Paid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="45"/>
        <source>Load purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="56"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="57"/>
        <source>Paid invoices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="60"/>
        <source>Purchase type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="61"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="62"/>
        <source>Software version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="64"/>
        <source>Ask for JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="65"/>
        <source>Ask for XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="69"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="71"/>
        <source>Account &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="74"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="77"/>
        <source>Purchased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="80"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="82"/>
        <source>Software version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="84"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="98"/>
        <source>Credit purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="107"/>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="113"/>
        <source>Totals per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="115"/>
        <source>Billing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="138"/>
        <source>Enter an account id and load its purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="145"/>
        <source>Account purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="145"/>
        <source>Purchases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="165"/>
        <source>“%1” is not an account id: it must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="185"/>
        <source>Loading the account&apos;s purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="200"/>
        <source>There is no account with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="201"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="203"/>
        <source>No purchases are shown because the request failed (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="221"/>
        <source>&lt;b&gt;User&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="224"/>
        <source>&lt;br&gt;&lt;b&gt;Company&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Address&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Email&lt;/b&gt; %3 · &lt;b&gt;Phone&lt;/b&gt; %4 · &lt;b&gt;Mobile&lt;/b&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="227"/>
        <source>&lt;br&gt;&lt;b&gt;Purchases allowed&lt;/b&gt; %1 · &lt;b&gt;Purchase order required&lt;/b&gt; %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="229"/>
        <source>(PO %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchases/AccountPurchasesTab.cpp" line="232"/>
        <source>This account has no credit purchases that match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AckLicenceDialog</name>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="19"/>
        <source>Acknowledge the licence of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="22"/>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="23"/>
        <source>the device id or client id the customer reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="30"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="30"/>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="59"/>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="74"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="31"/>
        <source>Affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="32"/>
        <source>Purchase order item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="33"/>
        <source>Affiliate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="34"/>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="35"/>
        <source>&amp;Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="37"/>
        <source>Acknowledge licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="45"/>
        <source>This item has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="48"/>
        <source>Enter the id of the device that received the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="49"/>
        <source>The device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="56"/>
        <source>Record that device “%1” received the licence for item %2 (“%3”) in affiliate %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="74"/>
        <source>Licence acknowledged for item %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="75"/>
        <source>Licence acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="76"/>
        <source>Persistent licence issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="77"/>
        <source>Transient licence issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="78"/>
        <source>Rental expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="79"/>
        <source>First played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="80"/>
        <source>Last play position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="82"/>
        <source>Device: %1 (%2, id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="87"/>
        <source>Entitlement type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="89"/>
        <source>Media item: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AckLicenceDialog.cpp" line="97"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::AddItemDialog</name>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="28"/>
        <location filename="../ui/writes/AddItemDialog.cpp" line="66"/>
        <source>Requires a pre-roll advert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="29"/>
        <source>Supports download to rent (DTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="31"/>
        <source>Add an item to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="35"/>
        <source>the offer being bought, e.g. 4211</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="36"/>
        <source>the title&apos;s supplier reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="39"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="42"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="46"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="62"/>
        <source>Offer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="62"/>
        <source>Supplier ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="62"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="63"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="63"/>
        <source>Rental time in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="63"/>
        <source>View time in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="64"/>
        <source>Entitlement type id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="64"/>
        <source>DRM profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="64"/>
        <source>BBFC rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="65"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="65"/>
        <source>Supported devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="66"/>
        <source>Supports DTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="77"/>
        <source>Adding to order %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="80"/>
        <source>&amp;Offer id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="81"/>
        <source>&amp;Supplier ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="82"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="83"/>
        <source>Unit &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="83"/>
        <source>Unit &amp;price (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="84"/>
        <source>&amp;Rental time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="85"/>
        <source>&amp;View time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="86"/>
        <source>&amp;Entitlement type id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="87"/>
        <source>&amp;DRM profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="88"/>
        <source>&amp;BBFC rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="89"/>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="90"/>
        <source>Supported de&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="96"/>
        <source>Add item to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="148"/>
        <source>The unit price must be a number such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="150"/>
        <source>This order has no id, so nothing can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="155"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="166"/>
        <source>Add “%1” (supplier ref %2, offer %3) to order %4 of %5, at %6, rental %7 days, view time %8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="167"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/AddItemDialog.cpp" line="187"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/writes/AddItemDialog.cpp" line="201"/>
        <source>The item was added. Order %1 now has %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::AuditLogDialog</name>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="29"/>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="64"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="31"/>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="65"/>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="36"/>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="66"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="53"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="56"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="56"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="56"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="56"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="56"/>
        <source>Computer user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="56"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="57"/>
        <source>Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="57"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="57"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="57"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="57"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="57"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="58"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="60"/>
        <source>Filter by ticket, reason, id, profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="62"/>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="63"/>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="67"/>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="72"/>
        <source>Recorded changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="75"/>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogDialog.cpp" line="81"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogDialog.cpp" line="121"/>
        <source>%n change(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditLogDialog.cpp" line="122"/>
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
        <location filename="../ui/widgets/BusyBar.cpp" line="12"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="17"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="19"/>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/profiles/CertificateDialog.cpp" line="15"/>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/CertificateDialog.cpp" line="18"/>
        <source>The server of profile “%1” presented a certificate this computer does not trust, so nothing was sent. Trust it only if your IT team has told you this certificate is expected (for example an internal test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/CertificateDialog.cpp" line="26"/>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/CertificateDialog.cpp" line="28"/>
        <source>Trust this certificate for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionSession</name>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="64"/>
        <source>No secret is stored for profile “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="69"/>
        <source>No keychain is available on this computer, so the secret is asked for each time and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="75"/>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="112"/>
        <source>The secret works for now but could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/ConnectionSession.cpp" line="162"/>
        <source>The built-in sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerTab</name>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="48"/>
        <source>Copy customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="48"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="49"/>
        <source>Account purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="49"/>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="50"/>
        <source>Acknowledge licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="51"/>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="51"/>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="71"/>
        <source>Load this customer&apos;s orders again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="80"/>
        <source>Filter by title, supplier ref, order, item or transaction id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="82"/>
        <source>Filter orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="83"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="84"/>
        <location filename="../ui/customer/CustomerTab.cpp" line="355"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="87"/>
        <source>Purchase orders and their items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="103"/>
        <source>The selected order or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="104"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="105"/>
        <source>&amp;Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="130"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="132"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="149"/>
        <source>Customer id copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="156"/>
        <source>The server refused the secret of profile “%1” (it may have expired). Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="178"/>
        <source>%1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="199"/>
        <source>%1 (affiliate %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="200"/>
        <source>affiliate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="201"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="207"/>
        <location filename="../ui/customer/CustomerTab.cpp" line="208"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="247"/>
        <source>Not connected yet: the orders load once the connection is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="248"/>
        <location filename="../ui/customer/CustomerTab.cpp" line="291"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="252"/>
        <source>Loading the orders of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="270"/>
        <source>Refreshing was cancelled: what is shown is from the last load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="271"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="272"/>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="277"/>
        <source>Review the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="283"/>
        <source>Enter the secret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="288"/>
        <source>No customer “%1” was found in %2. Check the spelling, or try their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/CustomerTab.cpp" line="304"/>
        <location filename="../ui/customer/CustomerTab.cpp" line="454"/>
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customer/CustomerTab.cpp" line="304"/>
        <location filename="../ui/customer/CustomerTab.cpp" line="455"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="306"/>
        <source>customer id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="309"/>
        <source>%1 has no purchase orders in this affiliate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="319"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="409"/>
        <source>Add an item to the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="409"/>
        <source>Select an order first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="411"/>
        <source>Acknowledge the licence of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="411"/>
        <source>Select an item first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="456"/>
        <source>Item added to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="471"/>
        <source>order %1 is no longer in this customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="477"/>
        <source>The item was added to order %1 (item %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="491"/>
        <source>Licence acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="508"/>
        <source>The licence acknowledgement for item %1 was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/CustomerTab.cpp" line="513"/>
        <source>item %1 is no longer in this customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::DetailsPane</name>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="36"/>
        <source>Details of the selected order or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="38"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="38"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="48"/>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="81"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="83"/>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="84"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="98"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="103"/>
        <source>Item %1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/DetailsPane.cpp" line="110"/>
        <source>Select an order or an item to see all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::EntitlementPane</name>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="60"/>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="64"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="65"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="65"/>
        <location filename="../ui/customer/EntitlementPane.cpp" line="206"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="65"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="65"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="65"/>
        <source>Rental / view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="65"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="67"/>
        <source>Offers of the media item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="70"/>
        <location filename="../ui/customer/EntitlementPane.cpp" line="73"/>
        <source>Media assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="71"/>
        <source>Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="71"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="71"/>
        <source>Transcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="71"/>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="71"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="76"/>
        <source>Parent and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="79"/>
        <source>Parent and child entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="129"/>
        <source>Select an item to see its current entitlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="150"/>
        <source>Loading the entitlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="160"/>
        <source>Loading the entitlement was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="165"/>
        <source>There is no current entitlement for “%1”: the rental may have ended or the item been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="175"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="194"/>
        <source>Note: the current entitlement for this title comes from another purchase (item %1), not from the selected item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="204"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="205"/>
        <source>Price paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="207"/>
        <source>Rental expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="207"/>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="208"/>
        <source>Last play position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="209"/>
        <source>First played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="210"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="210"/>
        <source>acknowledged: %1 · persistent: %2 · transient: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="215"/>
        <location filename="../ui/customer/EntitlementPane.cpp" line="219"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="215"/>
        <source>%1 (%2, device id %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="217"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="217"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="219"/>
        <source>none registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="221"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="224"/>
        <source>Media item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="224"/>
        <source>%1 (%2) · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="229"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="230"/>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="232"/>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="241"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer/EntitlementPane.cpp" line="242"/>
        <source>%1 d / %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="56"/>
        <source>FilmFlex Agent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="63"/>
        <source>Active connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="66"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="77"/>
        <source>Open customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="78"/>
        <source>&lt;h2&gt;Find a customer&lt;/h2&gt;&lt;p&gt;Choose the affiliate, type the customer&apos;s name or email address and press Enter. Each customer opens in a tab of its own.&lt;/p&gt;&lt;p&gt;Ctrl+L: search · Ctrl+F: filter orders · F5: refresh · Ctrl+W: close tab · F1: all shortcuts&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="117"/>
        <source>Connected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="120"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="123"/>
        <location filename="../ui/main/MainWindow.cpp" line="492"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="124"/>
        <location filename="../ui/main/MainWindow.cpp" line="494"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="153"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="154"/>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="154"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="155"/>
        <source>&amp;Account purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="155"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="161"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="161"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="162"/>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="162"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="168"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="170"/>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="171"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="177"/>
        <source>&amp;Filter orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="177"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="182"/>
        <source>&amp;Add item to order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="182"/>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="186"/>
        <source>Acknowledge &amp;licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="186"/>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="191"/>
        <source>C&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="192"/>
        <source>&amp;Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="197"/>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="198"/>
        <source>Start the built-in &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="200"/>
        <source>&amp;Keep recent searches between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="204"/>
        <source>&amp;Clear recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="207"/>
        <source>Recent searches cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="210"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="211"/>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="218"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="219"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="220"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="221"/>
        <source>About FilmFlex Agent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="222"/>
        <source>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;For the people who answer FilmFlex customers.&lt;br&gt;Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="305"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="309"/>
        <source>● PRODUCTION: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="312"/>
        <source>Sandbox (test data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="316"/>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="318"/>
        <source> · insecure http allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="320"/>
        <source> · trusts %n extra certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="322"/>
        <source>Connected through profile “%1”. Click to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="324"/>
        <source>Certificates trusted for this profile (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="330"/>
        <source>FilmFlex Agent Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="353"/>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="359"/>
        <source>Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="361"/>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="388"/>
        <source>There is no profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="411"/>
        <source>No connection is set up yet.

Start the built-in sandbox (a local server with realistic test customers, for trying the console safely), or set up a connection to a FilmFlex server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="415"/>
        <source>Start the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="416"/>
        <source>Set up a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="482"/>
        <source>Waiting for the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="493"/>
        <source>Not connected: no secret was given for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="24"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="25"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="26"/>
        <source>Message action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="27"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/OptionalDateEdit.cpp" line="10"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="27"/>
        <source>Production (shown in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="28"/>
        <source>Read-only: no changes can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="29"/>
        <source>Allow plain http to a remote server (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="32"/>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="35"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="36"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="37"/>
        <source>API key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="38"/>
        <source>Basic (user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="39"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="41"/>
        <source>leave empty to keep the one in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="42"/>
        <source>no keychain: you will be asked for it when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="45"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="46"/>
        <source>empty: the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="47"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="47"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="49"/>
        <source>Affiliates of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="53"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="53"/>
        <source>Platform API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="53"/>
        <source>Admin API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="54"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="54"/>
        <source>API key header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="54"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="55"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="55"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="55"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="61"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="62"/>
        <source>&amp;Platform API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="63"/>
        <source>A&amp;dmin API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="64"/>
        <source>A&amp;uthentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="65"/>
        <source>API key &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="66"/>
        <source>&amp;User name (basic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="67"/>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="68"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="69"/>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="73"/>
        <source>Affiliates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="75"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="77"/>
        <source>Add affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="181"/>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="208"/>
        <source>Every profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="210"/>
        <source>Two profiles are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfilesDialog.cpp" line="216"/>
        <source>Profile “%1”: “%2” is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::SearchBar</name>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="18"/>
        <location filename="../ui/main/SearchBar.cpp" line="36"/>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="24"/>
        <source>Affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="25"/>
        <source>The affiliate, by name or by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="27"/>
        <source>Customer name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="28"/>
        <source>Customer name or email (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="40"/>
        <source>&amp;Affiliate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="42"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="62"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="114"/>
        <source>“%1” is not an affiliate: choose one from the list or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="120"/>
        <source>Enter the customer&apos;s name or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SearchBar.cpp" line="125"/>
        <source>“%1” cannot be a customer name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::SecretDialog</name>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="13"/>
        <source>Remember it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="15"/>
        <source>Secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="19"/>
        <source>Token, API key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="25"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profiles/SecretDialog.cpp" line="33"/>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="13"/>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="17"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="15"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ShortcutsDialog.cpp" line="15"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteDialog</name>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="23"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="23"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="24"/>
        <location filename="../ui/writes/WriteDialog.cpp" line="225"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="38"/>
        <source>Exactly what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="42"/>
        <source>e.g. CS-104233</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="43"/>
        <source>Ticket or case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="45"/>
        <source>Why this change is being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="46"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="51"/>
        <source>Will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="52"/>
        <source>&amp;Ticket or case reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="53"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="58"/>
        <source>Result of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="135"/>
        <source>Reading the order again to find out whether it was applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="140"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="150"/>
        <source>The answer was lost, but reading the order again shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="157"/>
        <source>Reading the order again shows %1. You can send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="161"/>
        <source>Whether it was applied is not certain: %1. Send it again only once you are sure it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="174"/>
        <source>Whether it was applied is not known, and the order could not be read again: %1 Check the order before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="202"/>
        <source>Sending… the answer is awaited before anything else can be done here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="204"/>
        <source>Checking whether it was applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="214"/>
        <source>Before going on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/writes/WriteDialog.cpp" line="225"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
