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
// title is (cast, offers) and its media assets, and the parent and children (box sets). A 404
// is no error: the platform has no entitlement for the supplier ref, and the pane says so.
class EntitlementPane final : public QWidget
{
    Q_OBJECT

public:
    enum class Outcome {
        None, // nothing asked (no item, cancelled, not connected)
        Loading,
        Found,
        NotFound, // 404: the platform has none for the supplier ref (nothing to retry)
        Failed, // an error, shown with what can be done about it
    };

    explicit EntitlementPane(ConnectionSession* session, QWidget* parent = nullptr);

    void setDisplayFormat(const DisplayFormat& format);
    // Fetches the entitlement for the item (cancelling any fetch still running).
    void load(qint64 affiliateId, const QString& supplierRef, qint64 itemId, const QString& currency);
    void clear();
    bool isLoading() const;
    const std::optional<Entitlement>& entitlement() const { return m_entitlement; }
    Outcome outcome() const { return m_outcome; }
    // The supplier ref last asked about, and when the platform answered (Found or NotFound).
    const QString& supplierRef() const { return m_supplierRef; }
    std::optional<DateTimeOffset> answeredAt() const { return m_answeredAt; }
    // What the pane says in place of the entitlement (none selected, none on the platform...).
    QString placeholderText() const;

signals:
    void loaded();
    // The platform has no entitlement for the supplier ref (404).
    void notFound(const QString& supplierRef);

private:
    void reload();
    void show(const Entitlement& entitlement);
    void addRow(const QString& label, const QString& value);

    ConnectionSession* m_session;
    DisplayFormat m_format;
    QPointer<ApiCall> m_call;
    std::optional<Entitlement> m_entitlement;
    Outcome m_outcome = Outcome::None;
    qint64 m_affiliateId = 0;
    QString m_supplierRef;
    std::optional<DateTimeOffset> m_answeredAt;
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
