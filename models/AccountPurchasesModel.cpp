// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AccountPurchasesModel.h"

#include <QSet>
#include <algorithm>

namespace ff {

namespace {

template <class T> QVariant variantOf(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QString idText(const std::optional<QUuid>& id)
{
    return id ? id->toString(QUuid::WithoutBraces) : QString();
}

QString filterTextOf(const CreditPurchase& purchase)
{
    QString text = purchase.purchaseType.value_or(QString());
    text += u'\n';
    if (purchase.invoiceNumber)
        text += QString::number(*purchase.invoiceNumber);
    text += u'\n' + idText(purchase.id) + u'\n' + purchase.currency.value_or(QString());
    return std::move(text).toLower();
}

bool isMoney(int column)
{
    using C = AccountPurchasesModel::Column;
    return column == C::UnitPrice || column == C::Net || column == C::Tax || column == C::Gross;
}

} // namespace

AccountPurchasesModel::AccountPurchasesModel(QObject* parent)
    : FormattedTableModel(ColumnCount, parent)
{ }

void AccountPurchasesModel::setPurchases(QList<CreditPurchase> purchases)
{
    beginResetModel();
    m_purchases = std::move(purchases);
    m_filterTexts.clear();
    m_filterTexts.reserve(size_t(m_purchases.size()));
    for (const CreditPurchase& purchase : std::as_const(m_purchases))
        m_filterTexts.push_back(filterTextOf(purchase));
    m_totals = CurrencyTotal::of(m_purchases);
    endResetModel();
    emit totalsChanged();
}

void AccountPurchasesModel::clear()
{
    setPurchases({});
}

const CreditPurchase* AccountPurchasesModel::purchaseAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_purchases.size())
        return nullptr;
    return &m_purchases.at(index.row());
}

QStringList AccountPurchasesModel::purchaseTypes() const
{
    QSet<QString> seen;
    QStringList types;
    for (const CreditPurchase& purchase : m_purchases) {
        if (purchase.purchaseType && !purchase.purchaseType->isEmpty()
            && !seen.contains(*purchase.purchaseType)) {
            seen.insert(*purchase.purchaseType);
            types.append(*purchase.purchaseType);
        }
    }
    std::sort(types.begin(), types.end(),
        [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return types;
}

QString AccountPurchasesModel::header(int column) const
{
    // In the order of Column.
    static const char* const headers[ColumnCount] = {
        QT_TR_NOOP("Date purchased"),
        QT_TR_NOOP("Invoice"),
        QT_TR_NOOP("Type"),
        QT_TR_NOOP("Quantity"),
        QT_TR_NOOP("Unit price"),
        QT_TR_NOOP("Net"),
        QT_TR_NOOP("Tax"),
        QT_TR_NOOP("Gross"),
        QT_TR_NOOP("Currency"),
        QT_TR_NOOP("Paid"),
        QT_TR_NOOP("ID"),
    };
    return column >= 0 && column < ColumnCount ? tr(headers[column]) : QString();
}

QVariant AccountPurchasesModel::data(const QModelIndex& index, int role) const
{
    const CreditPurchase* purchase = purchaseAt(index);
    if (!purchase || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*purchase, index.column());
    case Qt::ToolTipRole:
        return DisplayFormat::toolTipOf(toolTip(*purchase, index.column())); // the type, the currency as sent
    case Qt::TextAlignmentRole:
        return isMoney(index.column()) || index.column() == Quantity
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SortRole:
        return sortValue(*purchase, index.column());
    case PurchaseRole:
        return QVariant::fromValue(*purchase);
    case FilterTextRole:
        return m_filterTexts[size_t(index.row())];
    case PaidRole:
        return variantOf(purchase->paid);
    case DatePurchasedRole:
        return variantOf(purchase->datePurchased);
    case PurchaseTypeRole:
        return variantOf(purchase->purchaseType);
    default:
        return {};
    }
}

QString AccountPurchasesModel::display(const CreditPurchase& purchase, int column) const
{
    const QString currency = purchase.currency.value_or(QString());
    switch (column) {
    case DatePurchased:
        return displayFormat().dateTime(purchase.datePurchased);
    case Invoice:
        return purchase.invoiceNumber ? QString::number(*purchase.invoiceNumber) : DisplayFormat::absent();
    case Type:
        return displayFormat().text(purchase.purchaseType);
    case Quantity:
        return displayFormat().number(purchase.quantity);
    case UnitPrice:
        return displayFormat().money(purchase.unitPrice, currency);
    case Net:
        return displayFormat().money(purchase.netTotal, currency);
    case Tax:
        return displayFormat().money(purchase.tax, currency);
    case Gross:
        return displayFormat().money(purchase.grossTotal, currency);
    case Currency:
        return displayFormat().text(purchase.currency);
    case Paid:
        return displayFormat().yesNo(purchase.paid);
    case Id:
        return purchase.id ? idText(purchase.id) : DisplayFormat::absent();
    default:
        return {};
    }
}

QVariant AccountPurchasesModel::sortValue(const CreditPurchase& purchase, int column) const
{
    switch (column) {
    case DatePurchased:
        return variantOf(purchase.datePurchased);
    case Invoice:
        return variantOf(purchase.invoiceNumber);
    case Type:
        return variantOf(purchase.purchaseType);
    case Quantity:
        return variantOf(purchase.quantity);
    case UnitPrice:
        return variantOf(purchase.unitPrice);
    case Net:
        return variantOf(purchase.netTotal);
    case Tax:
        return variantOf(purchase.tax);
    case Gross:
        return variantOf(purchase.grossTotal);
    case Currency:
        return variantOf(purchase.currency);
    case Paid:
        return variantOf(purchase.paid);
    case Id:
        return purchase.id ? QVariant(idText(purchase.id)) : QVariant();
    default:
        return {};
    }
}

QVariant AccountPurchasesModel::toolTip(const CreditPurchase& purchase, int column) const
{
    // The whole value, to copy: the instant as the API wrote it, amounts exactly, in the
    // invariant form, with their currency code.
    auto exact = [&](const std::optional<Decimal>& amount) {
        if (!amount)
            return QVariant();
        const QString currency = purchase.currency.value_or(QString());
        return QVariant(currency.isEmpty() ? amount->toString() : amount->toString() + u' ' + currency);
    };
    switch (column) {
    case DatePurchased:
        return purchase.datePurchased ? QVariant(QString::fromLatin1(purchase.datePurchased->toIsoString()))
                                      : QVariant();
    case Quantity:
        return purchase.quantity ? QVariant(purchase.quantity->toString()) : QVariant();
    case UnitPrice:
        return exact(purchase.unitPrice);
    case Net:
        return exact(purchase.netTotal);
    case Tax:
        return exact(purchase.tax);
    case Gross:
        return exact(purchase.grossTotal);
    default: {
        const QString text = display(purchase, column);
        return text == DisplayFormat::absent() || text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

} // namespace ff
