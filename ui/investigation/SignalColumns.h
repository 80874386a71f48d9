// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemInvestigation.h"
#include "models/DisplayFormat.h"

#include <QWidget>
#include <array>

class QLabel;
class QVBoxLayout;

namespace ff::ui {

// The evidence for and against a refund side by side, as a supervisor reads it: three columns
// (supports, needs review, opposes), each signal with its name and the fields that raised it,
// by the API's name and their values. A signal the policy gives no weight (already refunded)
// goes under review, marked so.
class SignalColumns final : public QWidget
{
    Q_OBJECT

public:
    explicit SignalColumns(QWidget* parent = nullptr);

    void setSignals(const ItemInvestigation& item, const DisplayFormat& format);
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Column
    {
        SignalWeight weight;
        QWidget* box = nullptr;
        QLabel* heading = nullptr;
        QVBoxLayout* list = nullptr;
    };
    void colour();
    void empty(Column& column);

    std::array<Column, 3> m_columns;
};

} // namespace ff::ui
