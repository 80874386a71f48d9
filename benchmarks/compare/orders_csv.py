#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The CSV export of a purchase-orders response with Python's json and csv modules: what
scripts/bench.sh compares ffconsole-cli --format csv orders with. One row per item, the order's
columns first, as the CLI writes them."""
import csv
import json
import sys

ORDER = ["Id", "MerchantRef", "CustomerId", "Status.Id", "Status.Code", "Status.Name", "OfferType",
         "CreateDate", "PaymentProvider", "PaymentProviderCustomerId", "PaymentProviderTransactionId",
         "PaymentProviderRefundTransId", "OfferTypeId"]
ITEM = ["Id", "PurchaseOrderId", "OfferId", "UnitPrice", "SupplierRef", "TimeOfFirstPlay", "RentalTime",
        "ViewTime", "Title", "BbfcRating", "Duration", "Deleted", "RequiresPreRoll", "PersistentLicenseIssued",
        "IsDtr", "SupportedDevices", "ShippingIds", "DrmProfile", "LicenseAcknowledged", "EntitlementTypeId",
        "CreatedDate", "TimeUserFirstStreamed", "TimeUserFirstDownloaded", "DeviceIdOfFirstPlay",
        "PaymentProvider", "PaymentProviderTransactionId", "Inherited"]


def value(obj, path):
    for key in path.split("."):
        obj = obj.get(key) if isinstance(obj, dict) else None
    return "" if obj is None else obj


def main():
    orders = json.load(sys.stdin)
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(["Order." + name for name in ORDER] + ["Item." + name for name in ITEM])
    for order in orders:
        head = [value(order, name) for name in ORDER]
        for item in order.get("PurchaseOrderItemDtos") or [{}]:
            out.writerow(head + [value(item, name) for name in ITEM])


if __name__ == "__main__":
    main()
