#include "BodyTableModel.h"

#include "PaletteRoles.h"

#include <QColor>

void BodyTableModel::setOrganisationNames(QHash<qint64, QString> names)
{
    m_organisations = std::move(names);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Owner), index(rowCount() - 1, Owner));
}

void BodyTableModel::setWarnings(qint64 bodyId, const QStringList &warnings)
{
    if (m_warnings.value(bodyId) == warnings)
        return;
    if (warnings.isEmpty())
        m_warnings.remove(bodyId);
    else
        m_warnings.insert(bodyId, warnings);
    const int row = rowOf(bodyId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QStringList BodyTableModel::headers() const
{
    return {tr("Name"), tr("Kind"), tr("Area"), tr("Level"), tr("Owner"), tr("Composition")};
}

QVariant BodyTableModel::cell(const Body &b, int column) const
{
    switch (column) {
    case Name: return b.name;
    case Kind: return Classification::label(b.kind);
    case Area: return b.area == ::Area::None ? QString() : Classification::label(b.area);
    case Level: return Classification::label(b.level);
    case Owner: return m_organisations.value(b.ownerActorId);
    case Warnings: {
        const QStringList w = m_warnings.value(b.id);
        if (w.isEmpty())
            return tr("OK");
        return w.size() == 1 ? tr("1 warning") : tr("%1 warnings").arg(w.size());
    }
    }
    return {};
}

QVariant BodyTableModel::extraData(const Body &b, int column, int role) const
{
    if (role == WarningsRole)
        return m_warnings.value(b.id);
    if (column == Warnings && role == Qt::ForegroundRole && m_warnings.contains(b.id))
        return PaletteRoles::text(PaletteRoles::Role::Warning);
    if (column == Warnings && role == Qt::ToolTipRole)
        return m_warnings.value(b.id).join(QLatin1Char('\n'));
    return {};
}
