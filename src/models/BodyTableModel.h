#pragma once

#include "Body.h"
#include "RecordTableModel.h"

#include <QHash>

// Bodies with kind, area, level and owner; a body whose composition breaks the
// seeds' rules carries its warnings (WarningsRole) and a warning icon colour.
class BodyTableModel : public RecordTableModel<Body>
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Area, Level, Owner, Warnings };
    static constexpr int WarningsRole = Qt::UserRole + 2;
    using RecordTableModel::RecordTableModel;

    void setOrganisationNames(QHash<qint64, QString> names);
    void setWarnings(qint64 bodyId, const QStringList &warnings);
    QStringList warnings(qint64 bodyId) const { return m_warnings.value(bodyId); }

protected:
    QStringList headers() const override;
    QVariant cell(const Body &b, int column) const override;
    QVariant extraData(const Body &b, int column, int role) const override;

private:
    QHash<qint64, QString> m_organisations;
    QHash<qint64, QStringList> m_warnings;
};
