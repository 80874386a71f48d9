// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "models/EntitlementModel.h"
#include "tests/support/ModelFixture.h"

#include <QFont>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextDocument>
#include <memory>

using namespace ff;
using ff::test::entitlement;
using ff::test::instant;

namespace {

const QString Dash = QString(QChar(0x2014));
using Model = EntitlementModel;

QString title(const QModelIndex& index)
{
    return index.siblingAtColumn(Model::Title).data().toString();
}

QStringList titlesUnder(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(parent); ++row)
        titles.append(title(model.index(row, 0, parent)));
    return titles;
}

// A box set with three episodes, as the API sends it for the second episode: the parent's
// Children leave out the episode asked for (the serializer broke the loop there) or not.
Entitlement secondEpisode(bool parentListsIt)
{
    Entitlement box = entitlement(100, QStringLiteral("The Box Set"));
    QList<Entitlement> episodes { entitlement(101, QStringLiteral("Episode 1")) };
    if (parentListsIt)
        episodes.append(entitlement(102, QStringLiteral("Episode 2 (as listed)")));
    episodes.append(entitlement(103, QStringLiteral("Episode 3")));
    box.children = episodes;

    Entitlement current = entitlement(102, QStringLiteral("Episode 2"));
    current.parent = SharedValue<Entitlement>(box);
    current.children = QList<Entitlement> { entitlement(201, QStringLiteral("Extra A")),
        entitlement(202, QStringLiteral("Extra B")) };
    current.rentalExpiryTime = instant("2025-09-06T07:11:51Z");
    current.persistentLicenseIssued = true;
    current.transientLicenceIssued = false;
    current.licenseAcknowledged = true;
    return current;
}

} // namespace

class TestEntitlement : public QObject
{
    Q_OBJECT

private slots:
    void aTooltipShowsATitleLetterForLetter()
    {
        // Qt takes a tooltip that looks like markup for markup: a title with tags or "&lt;"
        // must still read as the title when it is shown.
        const QStringList titles { QStringLiteral("<b>Bold</b> & Co"), QStringLiteral("Less &lt;3 than more"),
            QStringLiteral("Plain & simple") };
        for (const QString& text : titles) {
            m_model->setEntitlement(entitlement(7, text));
            const QString tip
                = m_model->indexOfCurrent().siblingAtColumn(Model::Title).data(Qt::ToolTipRole).toString();
            QString shown = tip;
            if (Qt::mightBeRichText(tip)) {
                QTextDocument document;
                document.setHtml(tip);
                shown = document.toPlainText();
            }
            QCOMPARE(shown, text);
        }
    }

    void init()
    {
        m_fixture = std::make_unique<Fixture>();
        m_model = &m_fixture->model();
        m_proxy = &m_fixture->proxy();
        m_model->setDisplayFormat(test::londonFormat());
        m_proxy->setSortRole(Model::SortRole);
    }
    void cleanup() { m_fixture.reset(); }

    void parentThenCurrentThenChildren()
    {
        m_model->setEntitlement(secondEpisode(true));
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex box = m_model->index(0, 0);
        QCOMPARE(title(box), QStringLiteral("The Box Set"));
        // The current entitlement in its place among its siblings, with its own data.
        QCOMPARE(titlesUnder(*m_model, box),
            (QStringList {
                QStringLiteral("Episode 1"), QStringLiteral("Episode 2"), QStringLiteral("Episode 3") }));
        const QModelIndex current = m_model->index(1, 0, box);
        QCOMPARE(m_model->indexOfCurrent(), current);
        QVERIFY(current.data(Model::IsCurrentRole).toBool());
        QVERIFY(current.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!box.data(Model::IsCurrentRole).toBool());
        QVERIFY(!box.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(titlesUnder(*m_model, current),
            (QStringList { QStringLiteral("Extra A"), QStringLiteral("Extra B") }));
        QCOMPARE(m_model->rowCount(m_model->index(0, 0, box)), 0);

        QCOMPARE(current.data(Model::EntitlementRole).value<Entitlement>().id, std::optional<qint64>(102));
        QCOMPARE(box.data(Model::EntitlementRole).value<Entitlement>().id, std::optional<qint64>(100));
        QCOMPARE(m_model->entitlementAt(current)->title, std::optional(QStringLiteral("Episode 2")));
    }

    void currentLeftOutOfItsParentsChildrenComesAfterThem()
    {
        m_model->setEntitlement(secondEpisode(false));
        const QModelIndex box = m_model->index(0, 0);
        QCOMPARE(titlesUnder(*m_model, box),
            (QStringList {
                QStringLiteral("Episode 1"), QStringLiteral("Episode 3"), QStringLiteral("Episode 2") }));
        QCOMPARE(m_model->indexOfCurrent(), m_model->index(2, 0, box));
    }

    void withoutAParentTheEntitlementIsTheTopRow()
    {
        Entitlement single = entitlement(7, QStringLiteral("Film"));
        single.children = QList<Entitlement> { entitlement(8, QStringLiteral("Trailer")) };
        m_model->setEntitlement(single);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->indexOfCurrent(), m_model->index(0, 0));
        QCOMPARE(titlesUnder(*m_model, m_model->index(0, 0)), QStringList { QStringLiteral("Trailer") });
    }

    void parentsOfParentsAreFollowed()
    {
        Entitlement series = entitlement(1, QStringLiteral("Series"));
        series.children = QList<Entitlement> { entitlement(2, QStringLiteral("Season 1")),
            entitlement(3, QStringLiteral("Season 2")) };
        Entitlement season = entitlement(3, QStringLiteral("Season 2"));
        season.parent = SharedValue<Entitlement>(series);
        season.children = QList<Entitlement> { entitlement(30, QStringLiteral("S2E1")) };
        Entitlement episode = entitlement(31, QStringLiteral("S2E2"));
        episode.parent = SharedValue<Entitlement>(season);
        m_model->setEntitlement(episode);

        const QModelIndex top = m_model->index(0, 0);
        QCOMPARE(title(top), QStringLiteral("Series"));
        QCOMPARE(titlesUnder(*m_model, top),
            (QStringList { QStringLiteral("Season 1"), QStringLiteral("Season 2") }));
        const QModelIndex seasonRow = m_model->index(1, 0, top);
        QCOMPARE(titlesUnder(*m_model, seasonRow),
            (QStringList { QStringLiteral("S2E1"), QStringLiteral("S2E2") }));
        QCOMPARE(m_model->indexOfCurrent().parent(), seasonRow);
        QCOMPARE(title(m_model->indexOfCurrent()), QStringLiteral("S2E2"));
    }

    void columnsShowWhatAnAgentNeeds()
    {
        m_model->setEntitlement(secondEpisode(true));
        const QModelIndex current = m_model->indexOfCurrent();
        auto cell = [&](int column) { return current.siblingAtColumn(column).data().toString(); };
        QCOMPARE(cell(Model::SupplierRef), QStringLiteral("SUP-102"));
        QCOMPARE(cell(Model::ItemId), QStringLiteral("102"));
        QCOMPARE(cell(Model::Type), QStringLiteral("Rental"));
        QCOMPARE(cell(Model::Expires), QStringLiteral("06/09/2025 08:11 BST"));
        QCOMPARE(cell(Model::Licence), QStringLiteral("Persistent, acknowledged"));
        QCOMPARE(cell(Model::Deleted), QStringLiteral("No"));
        QCOMPARE(current.siblingAtColumn(Model::Expires).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2025-09-06T07:11:51Z"));
        QCOMPARE(m_model->headerData(Model::Licence, Qt::Horizontal).toString(), QStringLiteral("Licence"));

        // A sibling the API told little about: dashes, not blanks or zeros.
        const QModelIndex sibling = m_model->index(0, 0, m_model->index(0, 0));
        QCOMPARE(sibling.siblingAtColumn(Model::Expires).data().toString(), Dash);
        QCOMPARE(sibling.siblingAtColumn(Model::Licence).data().toString(), Dash);
        QVERIFY(!sibling.siblingAtColumn(Model::Expires).data(Model::SortRole).isValid());
    }

    void deletedEntitlementsLookDifferent()
    {
        Entitlement film = entitlement(7, QStringLiteral("Film"));
        Entitlement gone = entitlement(8, QStringLiteral("Old cut"));
        gone.deleted = true;
        film.children = QList<Entitlement> { gone, entitlement(9, QStringLiteral("New cut")) };
        m_model->setEntitlement(film);
        const QModelIndex deleted = m_model->index(0, 0, m_model->index(0, 0));
        const QModelIndex kept = m_model->index(1, 0, m_model->index(0, 0));
        QVERIFY(deleted.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(deleted.data(Qt::ForegroundRole).isValid());
        QVERIFY(!kept.data(Qt::ForegroundRole).isValid());
        QCOMPARE(deleted.siblingAtColumn(Model::Deleted).data().toString(), QStringLiteral("Yes"));
    }

    void sortsChildrenByTypedValues()
    {
        Entitlement film = entitlement(7, QStringLiteral("Film"));
        film.children = QList<Entitlement> { entitlement(30, QStringLiteral("c")),
            entitlement(4, QStringLiteral("a")), entitlement(200, QStringLiteral("b")) };
        m_model->setEntitlement(film);
        m_proxy->sort(Model::ItemId, Qt::AscendingOrder);
        // As numbers: 4 < 30 < 200 (as text it would be 200 < 30 < 4).
        QCOMPARE(titlesUnder(*m_proxy, m_proxy->index(0, 0)),
            (QStringList { QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b") }));
    }

    void clearAndReplace()
    {
        m_model->setEntitlement(secondEpisode(true));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->indexOfCurrent().isValid());
        m_model->setEntitlement(secondEpisode(false));
        QCOMPARE(m_model->rowCount(), 1);
        m_model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedKingdom), QTimeZone::utc()));
        QCOMPARE(m_model->indexOfCurrent().siblingAtColumn(Model::Expires).data().toString(),
            QStringLiteral("06/09/2025 07:11 UTC"));
    }

private:
    using Fixture = test::ModelFixture<EntitlementModel, QSortFilterProxyModel>;
    std::unique_ptr<Fixture> m_fixture; // the model and proxy under their testers, per test
    EntitlementModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

QTEST_MAIN(TestEntitlement)
#include "tst_entitlement.moc"
