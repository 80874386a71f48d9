// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ff::ui {

// Record a decision: what the agent decided about a refund (granted, declined, escalated), why
// (required) and the ticket or case reference (required, free text, trimmed). Recording it is the
// card's business; this only asks, and refuses to close while something is missing.
class DecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    // The identifiers the audit log keeps: "refund-granted", "refund-declined", "escalated".
    static const QStringList& decisions();

    // heading: what is being decided about ("Item 5003 (Heat) · Review").
    explicit DecisionDialog(const QString& heading, QWidget* parent = nullptr);

    QString decision() const; // an identifier of decisions()
    QString reason() const;
    QString ticket() const;
    // What is missing, in words; empty when it can be recorded.
    QStringList problems() const;

    QLineEdit* ticketEdit() const { return m_ticket; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void choose(const QString& decision);

    void accept() override;

private:
    void revalidate();

    QButtonGroup* m_choices;
    QPlainTextEdit* m_reason;
    QLineEdit* m_ticket;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace ff::ui
