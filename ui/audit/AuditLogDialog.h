// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace ff {
class AuditLog;
}

namespace ff::ui {

class AuditLogFilterModel;

// File ▸ Audit log: every write made from this computer (console and CLI), newest first, with
// who, when, where, the ticket and reason, and how it ended; filterable by any text and by
// outcome. Writes with no recorded outcome (a process that died mid-write) show as unknown, with
// what reading back found when it was read back; a line cut short shows as damaged.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(const AuditLog& log, QWidget* parent = nullptr);

    void reload();
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* outcomeFilter() const { return m_outcome; }
    int visibleRows() const;

private:
    void applyFilters();
    static QList<QStandardItem*> makeRow(const QStringList& cells);

    const AuditLog& m_log;
    QStandardItemModel* m_model;
    AuditLogFilterModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_outcome;
    QTableView* m_view;
    QLabel* m_status;
};

} // namespace ff::ui
