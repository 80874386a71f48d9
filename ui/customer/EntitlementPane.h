// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Entitlement.h"
#include "models/DisplayFormat.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTreeView;
class QTreeWidget;

namespace ff {
class ApiCall;
class EntitlementModel;
} // namespace ff

namespace ff::ui {

class BusyBar;
class ConnectionSession;
class ErrorPresenter;
class MessageBar;

// The current entitlement of the selected item, fetched when it is selected: whether the
// customer can still watch it and until when, where they got to, on which device, what the
// title is (cast, offers) and its media assets, and the parent and children (box sets).
class EntitlementPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EntitlementPane(ConnectionSession* session, QWidget* parent = nullptr);

    void setDisplayFormat(const DisplayFormat& format);
    // Fetches the entitlement for the item (cancelling any fetch still running).
    void load(qint64 affiliateId, const QString& supplierRef, qint64 itemId, const QString& currency);
    void clear();
    bool isLoading() const;
    const std::optional<Entitlement>& entitlement() const { return m_entitlement; }

signals:
    void loaded();

private:
    void reload();
    void show(const Entitlement& entitlement);
    void addRow(const QString& label, const QString& value);

    ConnectionSession* m_session;
    DisplayFormat m_format;
    QPointer<ApiCall> m_call;
    std::optional<Entitlement> m_entitlement;
    qint64 m_affiliateId = 0;
    QString m_supplierRef;
    qint64 m_itemId = 0;
    QString m_currency;

    MessageBar* m_messages;
    ErrorPresenter* m_errors;
    BusyBar* m_busy;
    QLabel* m_placeholder;
    QWidget* m_content;
    QScrollArea* m_scroll;
    QFormLayout* m_summary;
    QLabel* m_mismatch;
    QTreeWidget* m_offers;
    QTreeWidget* m_assets;
    QTreeView* m_family;
    EntitlementModel* m_familyModel;
};

} // namespace ff::ui
