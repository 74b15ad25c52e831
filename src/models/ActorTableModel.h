#pragma once

#include "Actor.h"
#include "ActorFilter.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>

#include <vector>

// The actor register as a table. Holds every actor in a vector, keeps all of them in
// the chosen order (m_order), and shows those that pass the filter. A keystroke is one
// pass over m_order with precomputed search keys (or over the previous matches when the
// text only grew) and never sorts; sorting happens when the order or the data changes.
class ActorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, OrganisationNumber, Type, Level, Municipality, City, Areas, Roles, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, AreasRole, ActorTypeRole };

    explicit ActorTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The actors with their search and sort keys, ready to show. prepare() is a pure
    // function that a loader thread may run; setPrepared() then swaps it in at once.
    struct Prepared
    {
        ActorList actors;
        QVector<QString> searchKeys;
        std::vector<QCollatorSortKey> nameKeys;
    };
    static Prepared prepare(ActorList actors);
    void setPrepared(Prepared prepared);
    void setActors(ActorList actors) { setPrepared(prepare(std::move(actors))); }
    const ActorList &allActors() const { return m_actors; }
    int totalCount() const { return int(m_actors.size()); }

    // The actor shown in a row (of this model).
    const Actor &actorAt(int row) const;
    // The row showing the actor, or -1 when it is filtered out or unknown.
    int rowOf(qint64 id) const;
    const Actor *actorById(qint64 id) const;

    // Adds or replaces one actor (after an edit, an undo, ...); keeps filter and order.
    void upsert(const Actor &actor);
    void removeById(qint64 id);

    void setFilter(const ActorFilter &filter);
    const ActorFilter &filter() const { return m_filter; }
    void setFilterText(const QString &text);

    // Actors whose names are the same in Swedish order (SwedishCollation: "Ab" and "AB",
    // decomposed and composed letters) come in the order of their organisation numbers,
    // then of their ids, on screen and on paper (ActorListReport).
    static bool tieBefore(const Actor &a, const Actor &b);

signals:
    void filterChanged();

private:
    bool passes(int index) const;
    bool passesText(int index, const QString &needle) const;
    void rebuildVisible();
    void sortAll();
    void reindexIds();
    static QString searchKey(const Actor &a);

    ActorList m_actors;
    QVector<QString> m_searchKeys; // lower-case name, number digits, municipality, city
    std::vector<QCollatorSortKey> m_nameKeys; // SwedishCollation keys of the names
    int compareNames(int x, int y) const;
    QVector<int> m_order;          // indexes into m_actors, all of them, in display order
    QVector<int> m_visible;        // the part of m_order that passes the filter
    QHash<qint64, int> m_indexById;
    ActorFilter m_filter;
    QString m_needle;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
