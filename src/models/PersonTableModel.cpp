#include "PersonTableModel.h"

void PersonTableModel::setOrganisationNames(QHash<qint64, QString> names)
{
    m_organisations = std::move(names);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Organisation), index(rowCount() - 1, Organisation));
}

QStringList PersonTableModel::headers() const
{
    return {tr("Name"), tr("Title"), tr("Organisation"), tr("E-mail"), tr("Phone"), tr("Party")};
}

QVariant PersonTableModel::cell(const Person &p, int column) const
{
    switch (column) {
    case Name: return p.name;
    case Title: return p.title;
    case Organisation: return m_organisations.value(p.actorId);
    case Email: return p.email;
    case Phone: return p.phone;
    case Party: return p.party;
    }
    return {};
}
